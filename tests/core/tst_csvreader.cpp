#include "import/CsvReader.h"
#include "import/Record.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

#include "common/Fields.h"

using namespace callboard;
using callboard::test::fields;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    char delimiter = 0;
    QList<bool> fallback;
    QList<bool> unterminated;
};

ReadResult readAll(const QByteArray &bytes, char delimiter = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    ReadResult result;
    Record record;
    while (reader.readRecord(record)) {
        result.records.append(record.fields);
        result.lines.append(record.line);
        result.fallback.append(record.decodedAsWindows1252);
        result.unterminated.append(record.unterminatedQuote);
    }
    result.delimiter = reader.delimiter();
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRecords();
    void rawRecordAsJson();
    void lineEndings_data();
    void lineEndings();
    void delimiters_data();
    void delimiters();
    void quotedFieldsWithDelimitersQuotesAndNewlines();
    void malformedPbxQuoting();
    void asteriskEscapedEmptyCallerName();
    void blankLinesAreSkipped();
    void byteOrderMarks();
    void invalidUtf8FallsBackToWindows1252();
    void unterminatedQuoteIsFlagged();
    void largeInputStreamsAcrossBuffers();
    void utf16SurrogatePairAcrossBuffers();
};

void TestCsvReader::plainRecords()
{
    const ReadResult result = readAll("a,b,c\n1,2,3\n");
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0], fields({"a", "b", "c"}));
    QCOMPARE(result.records[1], fields({"1", "2", "3"}));
    QCOMPARE(result.lines, (QList<qint64>{1, 2}));
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("h1,h2\nx,1\ny,2\n");
    QTest::newRow("CRLF") << QByteArray("h1,h2\r\nx,1\r\ny,2\r\n");
    QTest::newRow("CR only") << QByteArray("h1,h2\rx,1\ry,2\r");
    QTest::newRow("no final newline") << QByteArray("h1,h2\nx,1\ny,2");
    QTest::newRow("CRLF, no final newline") << QByteArray("h1,h2\r\nx,1\r\ny,2");
}

void TestCsvReader::lineEndings()
{
    QFETCH(QByteArray, bytes);
    const ReadResult result = readAll(bytes);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[0], fields({"h1", "h2"}));
    QCOMPARE(result.records[2], fields({"y", "2"}));
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b;c,d\n1,2;3,4\n") << ',';
    QTest::newRow("semicolon (Kaggle daily)")
        << QByteArray("Index;Incoming Calls;Answer Rate\n1;217;94,01%\n") << ';';
    QTest::newRow("tab (Technion)")
        << QByteArray("vru+line\tcall_id\tdate\nAA0101\t1\t990101\n") << '\t';
    QTest::newRow("pipe (queue_log)")
        << QByteArray("1366720340|1366720340.303267|MYQUEUE|SIP/8007|RINGNOANSWER|1000\n") << '|';
    QTest::newRow("comma inside quotes does not count")
        << QByteArray("\"a,b,c,d\";x\n\"e,f,g,h\";y\n") << ';';
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, expected);
    QCOMPARE(readAll(bytes).delimiter, expected);
}

void TestCsvReader::quotedFieldsWithDelimitersQuotesAndNewlines()
{
    const ReadResult result = readAll("id,note,n\n"
                                      "1,\"Smith, Jane\",2\n"
                                      "2,\"said \"\"hi\"\"\",3\n"
                                      "3,\"two\nlines\",4\n"
                                      "4,\"\",5\n");
    QCOMPARE(result.records.size(), 5);
    QCOMPARE(result.records[1], fields({"1", "Smith, Jane", "2"}));
    QCOMPARE(result.records[2], fields({"2", "said \"hi\"", "3"}));
    QCOMPARE(result.records[3], fields({"3", "two\nlines", "4"}));
    QCOMPARE(result.records[4], fields({"4", "", "5"}));
    // The embedded line break moves the next record's line on by one.
    QCOMPARE(result.lines, (QList<qint64>{1, 2, 3, 4, 6}));
}

void TestCsvReader::malformedPbxQuoting()
{
    // As the voipreports cdr.csv writes caller ids: bare quotes inside a quoted field.
    const ReadResult result = readAll("clid,src\n"
                                      "\"\"Ramana Ulsa\" <1115>\",1115\n"
                                      "\"\"\" <12484363600>\",12484363600\n");
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[1], fields({"\"Ramana Ulsa\" <1115>", "1115"}));
    // Here the doubled quote reads as an escaped one, as RFC 4180 has it; what importers need of
    // a caller id is the number between < and >, which survives either reading.
    QCOMPARE(result.records[2], fields({"\" <12484363600>", "12484363600"}));
}

void TestCsvReader::asteriskEscapedEmptyCallerName()
{
    // Asterisk's cdr_csv escapes properly: the caller id "" <client1> is written with its two
    // quotes doubled (kelysaina Master.csv), and the last field is unquoted.
    const ReadResult result = readAll("\"\"\"\"\" <client1>\",\"client1\",2\n");
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0], fields({"\"\" <client1>", "client1", "2"}));
}

void TestCsvReader::blankLinesAreSkipped()
{
    // The car-insurance file ends every record with CRLF CRLF.
    const ReadResult result =
        readAll("\"Id\",\"Age\"\r\n\r\n\"1\",\"32\"\r\n\r\n\"2\",\"32\"\r\n\r\n");
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[2], fields({"2", "32"}));
    QCOMPARE(result.lines, (QList<qint64>{1, 3, 5}));
}

void TestCsvReader::byteOrderMarks()
{
    const ReadResult utf8 = readAll("\xEF\xBB\xBF"
                                    "Call Id,Agent\nID1,Zoë\n");
    QCOMPARE(utf8.records[0], fields({"Call Id", "Agent"}));
    QCOMPARE(utf8.records[1], fields({"ID1", "Zoë"}));

    const QString text = QStringLiteral("Call Id;Agent\r\nID1;Zoë\r\n");
    QByteArray utf16le("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF));
        utf16le.append(char(c.unicode() >> 8));
    }
    const ReadResult wide = readAll(utf16le);
    QCOMPARE(wide.delimiter, ';');
    QCOMPARE(wide.records.size(), 2);
    QCOMPARE(wide.records[1], fields({"ID1", "Zoë"}));
}

void TestCsvReader::invalidUtf8FallsBackToWindows1252()
{
    // "Zoë" and a euro sign as a Windows spreadsheet saves them.
    const ReadResult result = readAll("agent,price\nZo\xEB,\x80"
                                      "5\nplain,1\n");
    QCOMPARE(result.records[1], fields({"Zoë", "€5"}));
    QCOMPARE(result.fallback, (QList<bool>{false, true, false}));
}

void TestCsvReader::unterminatedQuoteIsFlagged()
{
    const ReadResult result = readAll("a,b\n1,\"never closed\n2,3\n");
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.unterminated, (QList<bool>{false, true}));
    QCOMPARE(result.lines[1], 2);
}

void TestCsvReader::largeInputStreamsAcrossBuffers()
{
    // Records straddle the reader's 64 KiB chunks; each must come out whole.
    QByteArray bytes("id,name,note\n");
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        bytes += QByteArray::number(i) + ",\"name, " + QByteArray::number(i) + "\",x\r\n";
    }
    const ReadResult result = readAll(bytes);
    QCOMPARE(result.records.size(), count + 1);
    QCOMPARE(result.records[12345], fields({"12344", "name, 12344", "x"}));
    QCOMPARE(result.lines.last(), qint64(count + 1));
}

void TestCsvReader::utf16SurrogatePairAcrossBuffers()
{
    // The reader takes 64 KiB at a time: after the BOM that is 32,767 UTF-16 units, so an emoji
    // (a surrogate pair) starting at unit 32,766 is cut in two. Each half used to become `?`.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    const QString text =
        QStringLiteral("name\n") + QString(32760, u'x') + u'\n' + emoji + QStringLiteral(",ok\n");
    QCOMPARE(text.indexOf(emoji), 32766);
    QStringEncoder toUtf16(QStringEncoder::Utf16LE);
    const QByteArray bytes = QByteArray("\xFF\xFE", 2) + QByteArray(toUtf16.encode(text));
    const ReadResult result = readAll(bytes);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[2], (QStringList{emoji, QStringLiteral("ok")}));

    // The high half of a pair the end of the file cuts is no character: it reads as `?`, as
    // Qt converts it, rather than being lost.
    const ReadResult cut = readAll(QByteArray("\xFF\xFE"
                                              "a\0,\0=\xD8",
                                              8));
    QCOMPARE(cut.records.size(), 1);
    QCOMPARE(cut.records[0], fields({"a", "?"}));
}

void TestCsvReader::rawRecordAsJson()
{
    // The raw record kept with each call: a JSON array of the fields, escaped by hand.
    Record record;
    record.fields = {QStringLiteral("plain"),
                     QStringLiteral("\"Name\" <123>"),
                     QStringLiteral("C:\\logs"),
                     QStringLiteral("two\nlines\r\tand a tab"),
                     QString(QChar(0x01)),
                     QString(),
                     QStringLiteral("Zo\u00eb \u2013 \U0001F4DE")};
    const QString json = rawRecordJson(record);
    QCOMPARE(json,
             QStringLiteral("[\"plain\",\"\\\"Name\\\" <123>\",\"C:\\\\logs\","
                            "\"two\\nlines\\r\\tand a tab\",\"\\u0001\",\"\","
                            "\"Zo\u00eb \u2013 \U0001F4DE\"]"));
    // And it reads back as the same fields.
    QJsonParseError error;
    const QJsonArray parsed = QJsonDocument::fromJson(json.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList fields;
    for (const QJsonValue &field : parsed) {
        fields.append(field.toString());
    }
    QCOMPARE(fields, record.fields);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
