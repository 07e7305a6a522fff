#include "import/RecordReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "common/Fields.h"

using namespace callboard;
using callboard::test::fields;

namespace {

const QString handmade = QStringLiteral(CALLBOARD_TEST_DATA "/xlsx/handmade.xlsx");

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFirstSheetRowByRow();
    void rewindStartsAgain();
    void zipThatIsNotAWorkbookIsRefused();
    void truncatedWorkbookFailsCleanly();
    void realPwcWorkbook();
};

void TestXlsxReader::readsTheFirstSheetRowByRow()
{
    // handmade.xlsx: the first sheet ("Calls") lives in worksheets/calls.xml, found through the
    // workbook's relationships; a rich-text shared string, a phonetic run, inline strings, a
    // formula string, booleans, missing cells and a blank row.
    auto reader = RecordReader::open(handmade);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
    Record record;
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.line, 1);
    QCOMPARE(
        record.fields,
        fields({"Call Id", "Agent", "Date", "Answered (Y/N)", "AvgTalkDuration", "Escalated"}));
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields,
             fields({"H1", "Zoë Martin", "44197.5", "Y", "1.6550925925925926E-3", "TRUE"}));
    QVERIFY((*reader)->readRecord(record)); // row 3 is blank and skipped
    QCOMPARE(record.line, 4);
    QCOMPARE(record.fields, fields({"H2", "", "2021-01-02", "N"}));
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.line, 5);
    QCOMPARE(record.fields, fields({"", "12", "", "", "", "FALSE"}));
    QVERIFY(!(*reader)->readRecord(record));
    QVERIFY(!(*reader)->error());
}

void TestXlsxReader::rewindStartsAgain()
{
    auto reader = RecordReader::open(handmade);
    QVERIFY(reader);
    Record record;
    while ((*reader)->readRecord(record)) {
    }
    QVERIFY((*reader)->position() > 0);
    QCOMPARE((*reader)->position(), (*reader)->total());
    QVERIFY((*reader)->rewind());
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.line, 1);
    QCOMPARE(record.fields.first(), QStringLiteral("Call Id"));
}

void TestXlsxReader::zipThatIsNotAWorkbookIsRefused()
{
    const auto reader =
        RecordReader::open(QStringLiteral(CALLBOARD_TEST_DATA "/xlsx/not-a-workbook.xlsx"));
    QVERIFY(!reader);
    QVERIFY(reader.error().message.contains(QLatin1String("not an Excel workbook")));
    QVERIFY(reader.error().file.endsWith(QLatin1String("not-a-workbook.xlsx")));
}

void TestXlsxReader::truncatedWorkbookFailsCleanly()
{
    QFile original(handmade);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    QTemporaryDir dir;
    // Cut the file at several points; each must give an error, never a crash or a hang.
    for (const qsizetype length :
         {qsizetype(10), bytes.size() / 3, bytes.size() / 2, bytes.size() - 40}) {
        const QString path = dir.filePath(QStringLiteral("cut-%1.xlsx").arg(length));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(length));
        cut.close();
        auto reader = RecordReader::open(path);
        if (!reader) {
            QVERIFY(!reader.error().message.isEmpty());
            continue;
        }
        Record record;
        int records = 0;
        while ((*reader)->readRecord(record) && records < 100) {
            ++records;
        }
        QVERIFY(records < 100);
    }
}

void TestXlsxReader::realPwcWorkbook()
{
    auto reader = RecordReader::open(
        QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/01 Call-Center-Dataset.xlsx"));
    QVERIFY(reader);
    Record record;
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.fields.size(), 10);
    QCOMPARE(record.fields.at(5), QStringLiteral("Answered (Y/N)"));
    int rows = 0;
    Record first;
    qint64 lastLine = 0;
    while ((*reader)->readRecord(record)) {
        if (rows++ == 0) {
            first = record;
        }
        lastLine = record.line;
    }
    QCOMPARE(rows, 5000);
    QCOMPARE(lastLine, 5001);
    // Row 2: ID0001, Diane, 2021-01-01 (text), 9:12:58 as a day fraction, answered, 109 s.
    QCOMPARE(first.fields.at(0), QStringLiteral("ID0001"));
    QCOMPARE(first.fields.at(2), QStringLiteral("2021-01-01"));
    QVERIFY(first.fields.at(3).startsWith(QLatin1String("0.384")));
    QCOMPARE(first.fields.at(7), QStringLiteral("109"));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
