#include "import/Importer.h"
#include "import/RecordReader.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CALLBOARD_TEST_DATA "/") + QString::fromLatin1(name);
}

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// Tags as the workspace stores them.
QString tagList(std::initializer_list<const char *> tags)
{
    QStringList list;
    for (const char *tag : tags) {
        list.append(QString::fromUtf8(tag));
    }
    return list.join(u'\x1f');
}

/// The Twilio sid the fixture gives call @p n (CA, 28 zeros, four digits).
QString twilioSid(int n)
{
    return QStringLiteral("CA%1").arg(n, 32, 10, QLatin1Char('0'));
}

} // namespace

class TestJsonImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readerUnwrapsEnvelopes_data();
    void readerUnwrapsEnvelopes();
    void recordFieldsFollowTheFirstObject();
    void flatJsonIsReadByATabularFormat();
    void malformedJsonIsRefused_data();
    void malformedJsonIsRefused();
    void otherJsonIsRefused_data();
    void otherJsonIsRefused();
    void objectsWithoutNeededFieldsAreRejected_data();
    void objectsWithoutNeededFieldsAreRejected();

    void aircallSample();
    void aircallJsonLines();
    void aircallCsvAndApiStoreOneCall();
    void aircallWebhookEvents();
    void cloudTalkSamples();
    void cloudTalkCallHistory();
    void cloudTalkNaiveTimesFollowTheGivenZone();
    void cloudTalkCallDetailLegs();
    void twilioCallsPage();
    void twilioBulkExport();
    void reimportAddsNothing_data();
    void reimportAddsNothing();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    /// The columns of the stored call (or leg) that @p where finds, read and released at once.
    QVariantList callRow(const QString &columns, const QString &where) const;
    /// How many stored calls have each outcome.
    QHash<int, int> outcomeCounts(const QString &source) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestJsonImport::init()
{
    // One workspace per test function and data row.
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                         + QString::fromLatin1(QTest::currentDataTag());
    auto workspace = Workspace::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestJsonImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestJsonImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

QVariantList TestJsonImport::callRow(const QString &columns, const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT ") + columns
               + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id WHERE ")
               + where);
    QVariantList values;
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            values.append(query.value(i));
        }
    }
    return values;
}

QHash<int, int> TestJsonImport::outcomeCounts(const QString &source) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT outcome, count(*) FROM calls WHERE source = ? AND leg = 0"
                                 " GROUP BY outcome"));
    query.addBindValue(source);
    query.exec();
    QHash<int, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toInt(), query.value(1).toInt());
    }
    return counts;
}

QString TestJsonImport::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestJsonImport::readerUnwrapsEnvelopes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<qint64>>("lines"); // where each call object starts

    QTest::newRow("array") << QByteArray("[\n  {\"id\": 1},\n  {\"id\": 2}\n]\n")
                           << QStringList{QStringLiteral("id")} << QList<qint64>{2, 3};
    QTest::newRow("Aircall list page")
        << QByteArray("{\"calls\": [{\"id\": 1}, {\"id\": 2}],\n \"meta\": {\"count\": 2}}")
        << QStringList{QStringLiteral("id")} << QList<qint64>{1, 1};
    QTest::newRow("Aircall single call") << QByteArray("{\n  \"call\": {\"id\": 1}\n}")
                                         << QStringList{QStringLiteral("id")} << QList<qint64>{2};
    QTest::newRow("CloudTalk list") << QByteArray("{\"responseData\": {\"itemsCount\": 2,\n"
                                                  "  \"data\": [\n"
                                                  "    {\"Cdr\": {\"id\": \"1\"}},\n"
                                                  "    {\"Cdr\": {\"id\": \"2\"}}]}}")
                                    << QStringList{QStringLiteral("Cdr")} << QList<qint64>{3, 4};
    QTest::newRow("CloudTalk single item")
        << QByteArray("{\"responseData\":\n  {\"Cdr\": {\"id\": \"1\"}}}")
        << QStringList{QStringLiteral("Cdr")} << QList<qint64>{2};
    QTest::newRow("Twilio page") << QByteArray("{\"first_page_uri\": \"/p0\", \"calls\": [\n"
                                               "  {\"sid\": \"CA1\"}], \"next_page_uri\": null}")
                                 << QStringList{QStringLiteral("sid")} << QList<qint64>{2};
    QTest::newRow("bare object") << QByteArray("\n\n{\"cdr_id\": 1}")
                                 << QStringList{QStringLiteral("cdr_id")} << QList<qint64>{3};
    // Braces and brackets inside strings, escaped quotes, a "calls" key deeper down, nesting:
    // none of them moves the lines of the three calls (3, 5 and 7).
    QTest::newRow("strings and nesting")
        << QByteArray("{\"meta\": {\"x\": [1, {\"calls\": \"no\"}]},\n"
                      " \"calls\": [\n"
                      "  {\"id\": 1, \"note\": \"a \\\"quoted\\\" } ] { [ brace\"},\n"
                      "\n"
                      "  {\"id\": 2,\n"
                      "   \"nested\": [{\"a\": [1, 2]}, []]},\n"
                      "  {\"id\": 3}]}")
        << QStringList{QStringLiteral("id"), QStringLiteral("note")} << QList<qint64>{3, 5, 7};
    // JSON Lines: a call, a blank line, a page of two, an Airbyte record of another stream
    // (skipped) and one of the calls stream.
    QTest::newRow("JSON Lines") << QByteArray("{\"id\": 1}\n"
                                              "\n"
                                              "{\"calls\": [{\"id\": 2}, {\"id\": 3}]}\n"
                                              "{\"stream\": \"users\", \"data\": {\"id\": 9}}\n"
                                              "{\"stream\": \"calls\", \"data\": {\"id\": 4}}\n")
                                << QStringList{QStringLiteral("id")} << QList<qint64>{1, 3, 3, 5};
    // Aircall webhook deliveries: only the call's data is read; other resources are skipped.
    QTest::newRow("webhooks") << QByteArray("{\"resource\": \"user\", \"event\": \"user.opened\","
                                            " \"token\": \"t\", \"data\": {\"id\": 1}}\n"
                                            "{\"resource\": \"call\", \"event\": \"call.ended\","
                                            " \"token\": \"t\", \"data\": {\"id\": 2}}\n")
                              << QStringList{QStringLiteral("id")} << QList<qint64>{2};
    // Airbyte protocol messages: a state message (skipped), then a record of the calls stream.
    QTest::newRow("Airbyte messages")
        << QByteArray("{\"type\": \"STATE\", \"state\": {\"data\": {}}}\n"
                      "{\"type\": \"RECORD\", \"record\": {\"stream\": \"calls\","
                      " \"data\": {\"id\": 7}, \"emitted_at\": 1}}\n")
        << QStringList{QStringLiteral("id")} << QList<qint64>{2};
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF[{\"id\": 1}]")
                                     << QStringList{QStringLiteral("id")} << QList<qint64>{1};
}

void TestJsonImport::readerUnwrapsEnvelopes()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, header);
    QFETCH(QList<qint64>, lines);
    const QString path =
        writeFile(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json"), content);
    auto opened = RecordReader::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    RecordReader &reader = **opened;

    // Read twice, as the importer does: the second pass must see the same records.
    for (int pass = 0; pass < 2; ++pass) {
        Record record;
        QVERIFY(reader.readRecord(record));
        QCOMPARE(record.fields, header);
        QCOMPARE(record.line, lines.value(0));
        QList<qint64> read;
        while (reader.readRecord(record)) {
            QVERIFY(!record.object.isEmpty());
            read.append(record.line);
        }
        QVERIFY(!reader.error());
        QCOMPARE(read, lines);
        QVERIFY(reader.rewind());
    }
}

void TestJsonImport::recordFieldsFollowTheFirstObject()
{
    // The header is the first object's keys (sorted, as Qt keeps them); every record's fields are
    // its values for those keys, as text. "c" is not in the first object, so it is not a field.
    const QString path = writeFile(
        QStringLiteral("flat.json"),
        "[{\"b\": 2, \"a\": \"x\"}, {\"a\": 1.5, \"c\": true}, {\"a\": null, \"b\": 7e3}]");
    auto reader = RecordReader::open(path);
    QVERIFY(reader);
    Record record;
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("x"), QStringLiteral("2")}));
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.fields, (QStringList{QStringLiteral("1.5"), QString()}));
    QCOMPARE(record.object.value(u"c").toBool(), true);
    QVERIFY((*reader)->readRecord(record));
    QCOMPARE(record.fields, (QStringList{QString(), QStringLiteral("7000")}));
    QVERIFY(!(*reader)->readRecord(record));
}

void TestJsonImport::flatJsonIsReadByATabularFormat()
{
    // A spreadsheet saved as an array of flat objects reads like its CSV: here two PwC rows.
    const QString path = writeFile(
        QStringLiteral("pwc.json"),
        "[{\"Call Id\": \"ID0001\", \"Agent\": \"Diane\", \"Date\": \"2021-01-01\", "
        "\"Time\": \"9:12:58\", \"Topic\": \"Contract related\", \"Answered (Y/N)\": \"Y\", "
        "\"Resolved\": \"Y\", \"Speed of answer in seconds\": 109, "
        "\"AvgTalkDuration\": \"0:02:23\", \"Satisfaction rating\": 3},\n"
        " {\"Call Id\": \"ID0002\", \"Agent\": \"Becky\", \"Date\": \"2021-01-01\", "
        "\"Time\": \"9:12:58\", \"Topic\": \"Technical Support\", \"Answered (Y/N)\": \"N\", "
        "\"Resolved\": \"N\", \"Speed of answer in seconds\": null, "
        "\"AvgTalkDuration\": null, \"Satisfaction rating\": null}]");
    const FileImportResult result = import(path);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("pwc-spreadsheet"));
    QCOMPARE(result.imported, 2);
    // ID0001: wait 109 s, talk 0:02:23 = 143 s, rating 3.
    QCOMPARE(callRow(QStringLiteral("c.wait_s, c.talk_s, c.csat_score, a.name"),
                     QStringLiteral("c.source_id = 'ID0001'")),
             (QVariantList{109.0, 143.0, 3.0, QStringLiteral("Diane")}));
}

void TestJsonImport::malformedJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");

    // The "}" after a trailing comma: line 2, column 36 (2 spaces, then `{"id": 1, "direction":
    // "inbound",` is 33 characters, so the comma is column 35).
    QTest::newRow("document") << QByteArray("{\"calls\": [\n"
                                            "  {\"id\": 1, \"direction\": \"inbound\",}\n"
                                            "]}\n")
                              << QStringLiteral("broken.json") << qint64(2) << 36;
    // JSON Lines of Aircall calls, line 3: a missing comma before "x". Columns count characters:
    // `{"id": 3, "name": "Zoë" ` is 24 characters (ë is two bytes), so the quote of "x" is
    // column 25.
    QTest::newRow("JSON Lines") << QByteArray("{\"id\": 1, \"direction\": \"inbound\", "
                                              "\"started_at\": 1710000000, \"raw_digits\": \"\"}\n"
                                              "{\"id\": 2}\n"
                                              "{\"id\": 3, \"name\": \"Zo\xC3\xAB\" \"x\": 1}\n"
                                              "{\"id\": 4}\n")
                                << QStringLiteral("broken.jsonl") << qint64(3) << 25;
}

void TestJsonImport::malformedJsonIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(qint64, line);
    QFETCH(int, column);
    const FileImportResult result = import(writeFile(name, content));
    QVERIFY(result.refusal);
    QVERIFY2(result.refusal->message.contains(QLatin1String("JSON")),
             qPrintable(result.refusal->message));
    QCOMPARE(result.refusal->line, line);
    QCOMPARE(result.refusal->column, column);
    QCOMPARE(result.imported, 0);
}

void TestJsonImport::otherJsonIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");

    QTest::newRow("not calls") << writeFile(QStringLiteral("foo.json"), "{\"foo\": 1}")
                               << QStringLiteral("(foo)");
    QTest::newRow("not objects") << writeFile(QStringLiteral("numbers.json"), "[1, 2, 3]")
                                 << QStringLiteral("(none)");
    QTest::newRow("empty list") << writeFile(QStringLiteral("empty.json"),
                                             "{\"calls\": [], \"meta\": {\"count\": 0}}")
                                << QStringLiteral("no calls");
    // Airbyte's expected records for its Aircall connector hold tags, teams, availabilities and
    // users, one record per line, but no call.
    QTest::newRow("Airbyte records of other streams")
        << dataFile("aircall-api/airbyte-source-aircall.expected_records.jsonl")
        << QStringLiteral("streams tags, teams, user_availability, users");
    QTest::newRow("webhook events of no call")
        << writeFile(QStringLiteral("user-events.jsonl"),
                     "{\"resource\": \"user\", \"event\": \"user.connected\", \"data\": {}}\n"
                     "{\"resource\": \"number\", \"event\": \"number.opened\", \"data\": {}}\n")
        << QStringLiteral("only these events or messages: user.connected, number.opened");
}

void TestJsonImport::otherJsonIsRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    const FileImportResult result = import(path);
    QVERIFY(result.refusal);
    QVERIFY2(result.refusal->message.contains(says), qPrintable(result.refusal->message));
    QVERIFY(result.format.isEmpty());
}

void TestJsonImport::objectsWithoutNeededFieldsAreRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reason");

    // In each, the call on line 2 is whole and the one on line 3 lacks a field it needs.
    QTest::newRow("Aircall without started_at")
        << QByteArray("[\n"
                      "{\"id\": 1, \"direction\": \"inbound\", \"started_at\": 1710000000, "
                      "\"answered_at\": null},\n"
                      "{\"id\": 2, \"direction\": \"inbound\", \"answered_at\": null}\n"
                      "]")
        << QStringLiteral("aircall-json") << QStringLiteral("started_at: missing");
    QTest::newRow("CloudTalk without a call id")
        << QByteArray("[\n"
                      "{\"Cdr\": {\"id\": \"1\", \"type\": \"incoming\", "
                      "\"started_at\": \"2024-01-10T09:00:00Z\"}},\n"
                      "{\"Cdr\": {\"type\": \"incoming\", "
                      "\"started_at\": \"2024-01-10T09:05:00Z\"}}\n"
                      "]")
        << QStringLiteral("cloudtalk-json") << QStringLiteral("Cdr.id: missing");
    QTest::newRow("Twilio without a direction")
        << QByteArray("[\n"
                      "{\"sid\": \"CA1\", \"status\": \"completed\", \"direction\": "
                      "\"outbound-api\", \"from\": \"+1\", \"to\": \"+2\", "
                      "\"start_time\": \"Mon, 05 Feb 2024 09:00:00 +0000\"},\n"
                      "{\"sid\": \"CA2\", \"status\": \"completed\", \"from\": \"+1\", "
                      "\"to\": \"+2\", \"start_time\": \"Mon, 05 Feb 2024 09:10:00 +0000\"}\n"
                      "]")
        << QStringLiteral("twilio-json") << QStringLiteral("direction: missing");
}

void TestJsonImport::objectsWithoutNeededFieldsAreRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(QString, reason);
    const FileImportResult result = import(
        writeFile(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json"), content));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, format);
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 0);
    QCOMPARE(result.problems.first().message, reason);
}

void TestJsonImport::aircallSample()
{
    // Aircall's documented example list page: one outbound call, id 812.
    const FileImportResult result = import(dataFile("aircall-api/call-list-response.example.json"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("aircall-json"));
    QCOMPARE(result.rows, 1);
    QCOMPARE(result.imported, 1);
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    const QVariantList call = callRow(
        QStringLiteral("c.source, c.direction, c.outcome, c.arrived_at_ms, c.answered_at_ms,"
                       " c.ended_at_ms, c.wait_s, c.talk_s, a.name, c.caller_number,"
                       " c.callee_number, c.tracking_number, c.transferred, c.recording_url"),
        QStringLiteral("c.source_id = '812' AND c.leg = 0"));
    QCOMPARE(call.value(0).toString(), QStringLiteral("aircall"));
    QCOMPARE(call.value(1).toInt(), int(Direction::Outbound));
    QCOMPARE(call.value(2).toInt(), int(Outcome::Answered)); // answered_at is set
    // started_at 1584998199, answered_at 1584998205, ended_at 1584998210 (Unix seconds, UTC).
    QCOMPARE(call.value(3).toLongLong(), 1584998199'000LL);
    QCOMPARE(call.value(4).toLongLong(), 1584998205'000LL);
    QCOMPARE(call.value(5).toLongLong(), 1584998210'000LL);
    QVERIFY(call.value(6).isNull());         // outbound: no queue wait
    QCOMPARE(call.value(7).toDouble(), 5.0); // 1584998210 - 1584998205
    QCOMPARE(call.value(8).toString(), QStringLiteral("John Doe"));
    // Outbound: the caller is the Aircall line "+33 1 76 11 11 11", the callee raw_digits
    // "+1 800-123-4567", both given as digits only. The line's eleven digits make a valid
    // French number with their country code, stored in E.164; the callee's do not (no North
    // American exchange starts with 1), so they stay digits. The tracking number is for inbound
    // calls.
    QCOMPARE(call.value(9).toString(), QStringLiteral("+33176111111"));
    QCOMPARE(call.value(10).toString(), QStringLiteral("18001234567"));
    QVERIFY(call.value(11).isNull());
    QCOMPARE(call.value(12).toInt(), 0); // transferred_to: null
    QVERIFY(call.value(13).isNull());    // asset, recording and voicemail are all null
}

void TestJsonImport::aircallJsonLines()
{
    // calls.jsonl: lines 1-10 one call each, line 11 blank, line 12 a list page of two calls
    // (9000011 and 9000012, whose id is a string), line 13 a call whose started_at is "soon".
    const FileImportResult result = import(dataFile("aircall-api/calls.jsonl"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("aircall-json"));
    QCOMPARE(result.rows, 13);
    QCOMPARE(result.imported, 12);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.first().line, 13);
    QVERIFY(result.problems.first().message.startsWith(QLatin1String("started_at")));

    // Answered 9000001, 9000002, 9000011 (outbound), 9000012; abandoned 9000003
    // (abandoned_in_classic) and 9000004 (short_abandoned); voice menu 9000005; missed 9000006
    // (no_available_agent) and 9000007 (out_of_opening_hours); voicemail 9000008
    // (agents_did_not_answer, then a voicemail); not connected 9000009 (outbound, no
    // answered_at); in progress 9000010 (status "answered").
    const QHash<int, int> outcomes = outcomeCounts(QStringLiteral("aircall"));
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 4);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 2);
    QCOMPARE(outcomes.value(int(Outcome::Ivr)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 2);
    QCOMPARE(outcomes.value(int(Outcome::Voicemail)), 1);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 1);
    QCOMPARE(outcomes.value(int(Outcome::InProgress)), 1);

    const QString columns = QStringLiteral(
        "c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms, c.wait_s, c.talk_s, a.name, c.queue,"
        " c.caller_number, c.callee_number, c.tracking_number, c.tags, c.recording_url,"
        " c.transferred, c.outcome_reason");
    auto byId = [&](const char *id) {
        return callRow(columns, QStringLiteral("c.source_id = '%1'").arg(QLatin1String(id)));
    };
    // 9000001: started 1710000000 (2024-03-09 16:00:00 UTC), answered 12 s later, ended at
    // 1710000192: waited 12 s, talked 192 - 12 = 180 s. The recording is the asset page.
    const QVariantList answered = byId("9000001");
    QCOMPARE(answered.value(0).toLongLong(), utcMs(2024, 3, 9, 16, 0));
    QCOMPARE(answered.value(1).toLongLong(), utcMs(2024, 3, 9, 16, 0, 12));
    QCOMPARE(answered.value(2).toLongLong(), utcMs(2024, 3, 9, 16, 3, 12));
    QCOMPARE(answered.value(3).toDouble(), 12.0);
    QCOMPARE(answered.value(4).toDouble(), 180.0);
    QCOMPARE(answered.value(5).toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(answered.value(6).toString(), QStringLiteral("Support"));
    QCOMPARE(answered.value(7).toString(), QStringLiteral("15550123401")); // +1 555-012-3401
    QCOMPARE(answered.value(8).toString(), QStringLiteral("15550100000")); // +1 555-010-0000
    QCOMPARE(answered.value(9).toString(), QStringLiteral("15550100000"));
    QCOMPARE(answered.value(10).toString(), tagList({"Billing", "VIP"}));
    QCOMPARE(answered.value(11).toString(),
             QStringLiteral("https://assets.aircall.io/recording/9000001"));
    QCOMPARE(answered.value(12).toInt(), 0);

    // 9000002: waited 1710000335 - 1710000300 = 35 s, talked 1710000605 - 1710000335 = 270 s,
    // transferred_to Ben Okafor.
    const QVariantList transferred = byId("9000002");
    QCOMPARE(transferred.value(3).toDouble(), 35.0);
    QCOMPARE(transferred.value(4).toDouble(), 270.0);
    QCOMPARE(transferred.value(12).toInt(), 1);

    // The abandons waited from start to end: 1710000740 - 1710000700 = 40 s and 3 s; no talk.
    const QVariantList abandoned = byId("9000003");
    QCOMPARE(abandoned.value(3).toDouble(), 40.0);
    QVERIFY(abandoned.value(4).isNull());
    QVERIFY(abandoned.value(5).isNull()); // user: null
    QCOMPARE(abandoned.value(13).toString(), QStringLiteral("abandoned_in_classic"));
    QCOMPARE(byId("9000004").value(3).toDouble(), 3.0);
    // Left in the voice menu: no wait.
    QVERIFY(byId("9000005").value(3).isNull());
    // raw_digits "anonymous" is no number.
    QVERIFY(byId("9000006").value(7).isNull());
    // A voicemail: its link is the recording.
    QCOMPARE(byId("9000008").value(11).toString(),
             QStringLiteral("https://aircall-voicemails.example.com/9000008.mp3"));
    // Still going on: answered at 1710001406, no end.
    const QVariantList ongoing = byId("9000010");
    QCOMPARE(ongoing.value(13).toString(), QStringLiteral("answered"));
    QVERIFY(ongoing.value(2).isNull());
    QVERIFY(ongoing.value(4).isNull());
    // From the page on line 12: outbound 9000011 to +44 20 7946 0011 talked 1710001605 -
    // 1710001510 = 95 s; 9000012 (a string id) waited 8 s and talked 60 s in team Sales.
    const QVariantList outbound = byId("9000011");
    QCOMPARE(outbound.value(4).toDouble(), 95.0);
    QVERIFY(outbound.value(3).isNull());
    QCOMPARE(outbound.value(8).toString(), QStringLiteral("+442079460011")); // in E.164
    const QVariantList stringId = byId("9000012");
    QCOMPARE(stringId.value(3).toDouble(), 8.0);
    QCOMPARE(stringId.value(4).toDouble(), 60.0);
    QCOMPARE(stringId.value(6).toString(), QStringLiteral("Sales"));
}

void TestJsonImport::aircallCsvAndApiStoreOneCall()
{
    // Call 9000001 of calls.jsonl as Aircall's CSV export writes it: the same internal id.
    const QString csv =
        writeFile(QStringLiteral("export.csv"),
                  "call id (internal),datetime (utc),direction,from,to,answered,"
                  "missed_call_reason,user,team,duration (total),duration (in call),"
                  "time to answer\n"
                  "9000001,2024-03-09 16:00:00,inbound,15550123401,15550100000,Yes,,Ana Ruiz,"
                  "Support,192,180,00:00:12\n");
    const FileImportResult fromCsv = import(csv);
    QVERIFY2(!fromCsv.refusal,
             qPrintable(fromCsv.refusal ? fromCsv.refusal->toString() : QString()));
    QCOMPARE(fromCsv.imported, 1);

    // The API's copy of it adds nothing new: it updates the stored call (the API adds the
    // tracking number, tags and recording); the 11 other calls are new.
    const FileImportResult fromApi = import(dataFile("aircall-api/calls.jsonl"));
    QVERIFY(!fromApi.refusal);
    QCOMPARE(fromApi.imported, 11);
    QCOMPARE(fromApi.updated, 1);
    QCOMPARE(callRow(QStringLiteral("count(*)"), QStringLiteral("c.source_id = '9000001'")),
             QVariantList{1});
    // Both say the same arrival, wait and talk.
    QCOMPARE(callRow(QStringLiteral("c.arrived_at_ms, c.wait_s, c.talk_s"),
                     QStringLiteral("c.source_id = '9000001'")),
             (QVariantList{utcMs(2024, 3, 9, 16, 0), 12.0, 180.0}));
}

void TestJsonImport::aircallWebhookEvents()
{
    // webhooks.jsonl: call 9100001 created (line 1), answered (3), ended (6) and tagged (7); call
    // 9100002 created (2) and ended as a short abandon (5); a user.connected event on line 4.
    const QString path = dataFile("aircall-api/webhooks.jsonl");
    const FileImportResult result = import(path);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("aircall-json"));
    // Only each call's last event is a record: lines 5 and 7.
    QCOMPARE(result.rows, 2);
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(callRow(QStringLiteral("count(*)"), QStringLiteral("1")).value(0).toInt(), 2);

    // Each event carries the call as it stood, so the last one wins: answered at 1712000015
    // after 15 s, ended at 1712000195 (180 s of talk), by Ana Ruiz, tagged Renewal.
    const QVariantList answered =
        callRow(QStringLiteral("c.outcome, c.wait_s, c.talk_s, a.name, c.tags, c.ended_at_ms"),
                QStringLiteral("c.source_id = '9100001'"));
    QCOMPARE(answered.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(answered.value(1).toDouble(), 15.0);
    QCOMPARE(answered.value(2).toDouble(), 180.0);
    QCOMPARE(answered.value(3).toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(answered.value(4).toString(), QStringLiteral("Renewal"));
    QCOMPARE(answered.value(5).toLongLong(), 1712000195'000LL);
    // 9100002 hung up after 8 s in the queue (1712000108 - 1712000100).
    const QVariantList abandoned = callRow(QStringLiteral("c.outcome, c.wait_s, c.outcome_reason"),
                                           QStringLiteral("c.source_id = '9100002'"));
    QCOMPARE(abandoned.value(0).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(1).toDouble(), 8.0);
    QCOMPARE(abandoned.value(2).toString(), QStringLiteral("short_abandoned"));

    // The webhook's shared secret never reaches the workspace: only the calls' data is kept.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM calls WHERE raw LIKE '%token%'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // Importing the same deliveries again stores nothing new.
    const FileImportResult again = import(path);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 2);
}

void TestJsonImport::cloudTalkSamples()
{
    // CloudTalk's documented example of /calls/index.json: call 27, outgoing, ids, counts and
    // durations as strings, phone numbers as JSON numbers.
    const FileImportResult list =
        import(dataFile("cloudtalk-api/calls-index.response.example.json"));
    QVERIFY2(!list.refusal, qPrintable(list.refusal ? list.refusal->toString() : QString()));
    QCOMPARE(list.format, QStringLiteral("cloudtalk-json"));
    QCOMPARE(list.imported, 1);
    const QVariantList call = callRow(
        QStringLiteral("c.direction, c.outcome, c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms,"
                       " c.wait_s, c.talk_s, c.acw_s, a.name, c.queue, c.caller_number,"
                       " c.callee_number, c.customer_id, c.tags, c.recording_url, c.transferred,"
                       " c.csat_score"),
        QStringLiteral("c.source = 'cloudtalk' AND c.source_id = '27'"));
    QCOMPARE(call.value(0).toInt(), int(Direction::Outbound));
    QCOMPARE(call.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(call.value(2).toLongLong(), utcMs(2017, 10, 4, 6, 33, 37)); // 06:33:37.000Z
    QCOMPARE(call.value(3).toLongLong(), utcMs(2017, 10, 4, 6, 33, 37));
    QCOMPARE(call.value(4).toLongLong(), utcMs(2017, 10, 4, 6, 33, 49));
    QVERIFY(call.value(5).isNull());          // outgoing: no queue wait
    QCOMPARE(call.value(6).toDouble(), 21.0); // talking_time "21" (billsec "0" is billing)
    QCOMPARE(call.value(7).toDouble(), 5.0);  // wrapup_time 5
    QCOMPARE(call.value(8).toString(), QStringLiteral("Max Yellow"));
    QCOMPARE(call.value(9).toString(), QStringLiteral("Sales support"));
    // Outgoing: from the company number public_internal 421221291400 to public_external, both
    // stored in E.164.
    QCOMPARE(call.value(10).toString(), QStringLiteral("+421221291400"));
    QCOMPARE(call.value(11).toString(), QStringLiteral("+421904247371"));
    QCOMPARE(call.value(12).toString(), QStringLiteral("1234"));
    QCOMPARE(call.value(13).toString(), tagList({"Missed", "VIP"}));
    QCOMPARE(call.value(14).toString(), QStringLiteral("https://my.cloudtalk.io/r/play/27"));
    QVERIFY(call.value(15).isNull()); // no transferred_from key: unknown
    QVERIFY(call.value(16).isNull()); // no Ratings

    // The analytics API's example call detail: cdr 12345, incoming, answered by Agent11 after
    // Agent12 (offline) rang 5 s.
    const FileImportResult detail =
        import(dataFile("cloudtalk-api/analytics-call-detail.response.example.json"));
    QVERIFY2(!detail.refusal, qPrintable(detail.refusal ? detail.refusal->toString() : QString()));
    QCOMPARE(detail.rows, 1);
    QCOMPARE(detail.imported, 1); // one agent took it: leg 0 only
    const QVariantList leg = callRow(
        QStringLiteral("c.outcome, c.arrived_at_ms, c.queue_entered_at_ms, c.answered_at_ms,"
                       " c.wait_s, c.ring_s, c.talk_s, c.hold_s, c.acw_s, a.name, c.queue,"
                       " c.caller_number, c.tracking_number, c.customer_id, c.csat_score,"
                       " c.tags, c.transferred"),
        QStringLiteral("c.source_id = '12345' AND c.leg = 0"));
    QCOMPARE(leg.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(leg.value(1).toLongLong(), utcMs(2022, 2, 7, 13, 0));     // date
    QCOMPARE(leg.value(2).toLongLong(), utcMs(2022, 2, 7, 13, 0, 10)); // the queue step's date
    // Agent11's step began ringing at 13:00:15 and rang 5 s: answered 13:00:20.
    QCOMPARE(leg.value(3).toLongLong(), utcMs(2022, 2, 7, 13, 0, 20));
    // The call's own waiting_time (20) is kept as CloudTalk gives it, though this example's steps
    // put queue entry (13:00:10) to answer (13:00:20) at 10 s; ringing_time 10 (5 + 5).
    QCOMPARE(leg.value(4).toDouble(), 20.0);
    QCOMPARE(leg.value(5).toDouble(), 10.0);
    // Talk, hold and wrap-up are Agent11's own: 60, 2 and 10.
    QCOMPARE(leg.value(6).toDouble(), 60.0);
    QCOMPARE(leg.value(7).toDouble(), 2.0);
    QCOMPARE(leg.value(8).toDouble(), 10.0);
    QCOMPARE(leg.value(9).toString(), QStringLiteral("Agent11"));
    QCOMPARE(leg.value(10).toString(), QStringLiteral("Europe Sales"));
    QCOMPARE(leg.value(11).toString(), QStringLiteral("+420123123123"));
    QCOMPARE(leg.value(12).toString(), QStringLiteral("+421456456456"));
    QCOMPARE(leg.value(13).toString(), QStringLiteral("1"));
    QCOMPARE(leg.value(14).toDouble(), 3.0);
    QCOMPARE(leg.value(15).toString(), QStringLiteral("Lead"));
    QCOMPARE(leg.value(16).toInt(), 0);
}

void TestJsonImport::cloudTalkCallHistory()
{
    // calls-history.json: nine calls written from CloudTalk's documentation, starting on lines
    // 8, 27, 40, 49, 58, 68, 78, 90 and 96 (grep -n '^      {').
    const FileImportResult result = import(dataFile("cloudtalk-api/calls-history.json"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 9);
    QCOMPARE(result.imported, 7);
    QCOMPARE(result.rejected, 2);
    // 1008 starts "yesterday"; 1009's contact rating is 7.
    QCOMPARE(result.problems.at(0).line, 90);
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("Cdr.started_at")));
    QCOMPARE(result.problems.at(1).line, 96);
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("from 1 to 5")));

    // Answered 1001, 1006 (internal), 1007; abandoned 1002 (answered_at null) and 1003 (""),
    // voicemail 1004 (answered_at "0", is_voicemail); not connected 1005 (outgoing).
    const QHash<int, int> outcomes = outcomeCounts(QStringLiteral("cloudtalk"));
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 3);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 2);
    QCOMPARE(outcomes.value(int(Outcome::Voicemail)), 1);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 1);

    const QString columns = QStringLiteral(
        "c.arrived_at_ms, c.answered_at_ms, c.wait_s, c.talk_s, c.acw_s, a.name, c.queue,"
        " c.caller_number, c.callee_number, c.tracking_number, c.customer_id, c.csat_score,"
        " c.tags, c.transferred, c.direction");
    auto byId = [&](const char *id) {
        return callRow(columns, QStringLiteral("c.source_id = '%1'").arg(QLatin1String(id)));
    };
    // 1001: 09:42:11+01:00 is 08:42:11 UTC, answered 18 s later; waiting_time 18 (a number),
    // talking_time "300", wrapup_time "25" (strings); the contact rated 4 (the agent's 5 is not
    // CSAT).
    const QVariantList answered = byId("1001");
    QCOMPARE(answered.value(0).toLongLong(), utcMs(2024, 1, 10, 8, 42, 11));
    QCOMPARE(answered.value(1).toLongLong(), utcMs(2024, 1, 10, 8, 42, 29));
    QCOMPARE(answered.value(2).toDouble(), 18.0);
    QCOMPARE(answered.value(3).toDouble(), 300.0);
    QCOMPARE(answered.value(4).toDouble(), 25.0);
    QCOMPARE(answered.value(5).toString(), QStringLiteral("Eva Novak"));
    QCOMPARE(answered.value(6).toString(), QStringLiteral("Support line"));
    QCOMPARE(answered.value(7).toString(), QStringLiteral("+302242092741"));
    QCOMPARE(answered.value(8).toString(), QStringLiteral("+442012345678"));
    QCOMPARE(answered.value(9).toString(), QStringLiteral("+442012345678"));
    QCOMPARE(answered.value(10).toString(), QStringLiteral("501"));
    QCOMPARE(answered.value(11).toDouble(), 4.0);
    QCOMPARE(answered.value(12).toString(), tagList({"Refund"}));
    QCOMPARE(answered.value(13).toInt(), 0); // transferred_from: null

    // 1002: numbers as JSON numbers, waiting_time "42": an abandon that waited 42 s, its
    // talking_time "0" no talk.
    const QVariantList abandoned = byId("1002");
    QCOMPARE(abandoned.value(2).toDouble(), 42.0);
    QVERIFY(abandoned.value(3).isNull());
    QCOMPARE(abandoned.value(7).toString(), QStringLiteral("+302242092742")); // in E.164
    QCOMPARE(byId("1003").value(2).toDouble(), 7.0);
    QVERIFY(byId("1004").value(2).isNull()); // a voicemail has no queue wait
    // 1005, outgoing: the company number called the customer.
    QCOMPARE(byId("1005").value(7).toString(), QStringLiteral("+442012345678"));
    // 1006, internal, with no offset: read in UTC, CloudTalk's documented zone.
    const QVariantList internal = byId("1006");
    QCOMPARE(internal.value(14).toInt(), int(Direction::Internal));
    QCOMPARE(internal.value(0).toLongLong(), utcMs(2024, 1, 10, 11, 0));
    // 1007: transferred_from set; the agent named by first and last name only.
    const QVariantList transferred = byId("1007");
    QCOMPARE(transferred.value(13).toInt(), 1);
    QCOMPARE(transferred.value(5).toString(), QStringLiteral("Jan Kral"));
    QCOMPARE(transferred.value(3).toDouble(), 125.0);
}

void TestJsonImport::cloudTalkNaiveTimesFollowTheGivenZone()
{
    QVERIFY(!import(dataFile("cloudtalk-api/calls-history.json")).refusal);
    // Bratislava is UTC+1 in January: 1006's 11:00:00 is 10:00 UTC; the others carry offsets,
    // so only 1006 changes.
    ImportOptions bratislava;
    bratislava.timeZone = QTimeZone("Europe/Bratislava");
    const FileImportResult again = import(dataFile("cloudtalk-api/calls-history.json"), bratislava);
    QVERIFY(!again.refusal);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.duplicates, 6);
    QCOMPARE(callRow(QStringLiteral("c.arrived_at_ms"), QStringLiteral("c.source_id = '1006'")),
             QVariantList{utcMs(2024, 1, 10, 10, 0)});
}

void TestJsonImport::cloudTalkCallDetailLegs()
{
    // call-details.json: three call details. 2001 was answered by Marek Sykora, who passed it
    // on (cold transfer) to Ivana Kolar: two legs. 2002 was missed with no agent online; 2003
    // cancelled by the caller while Lena Horak rang.
    const FileImportResult result = import(dataFile("cloudtalk-api/call-details.json"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 3);
    QCOMPARE(result.imported, 4);

    const QString columns = QStringLiteral(
        "c.arrived_at_ms, c.queue_entered_at_ms, c.answered_at_ms, c.wait_s, c.ring_s, c.talk_s,"
        " c.hold_s, c.acw_s, a.name, c.transferred, c.csat_score, c.tags, c.outcome,"
        " c.outcome_reason");
    // Leg 0: Marek's step began at 10:00:08 and rang 5 s: answered 10:00:13; his talk 120,
    // hold 10, wrap-up 0. The call's waiting_time 15 and ringing_time 8; queue entry 10:00:05.
    const QVariantList first =
        callRow(columns, QStringLiteral("c.source_id = '2001' AND c.leg = 0"));
    QCOMPARE(first.value(0).toLongLong(), utcMs(2024, 2, 1, 10, 0));
    QCOMPARE(first.value(1).toLongLong(), utcMs(2024, 2, 1, 10, 0, 5));
    QCOMPARE(first.value(2).toLongLong(), utcMs(2024, 2, 1, 10, 0, 13));
    QCOMPARE(first.value(3).toDouble(), 15.0);
    QCOMPARE(first.value(4).toDouble(), 8.0);
    QCOMPARE(first.value(5).toDouble(), 120.0);
    QCOMPARE(first.value(6).toDouble(), 10.0);
    QCOMPARE(first.value(7).toDouble(), 0.0);
    QCOMPARE(first.value(8).toString(), QStringLiteral("Marek Sykora"));
    QCOMPARE(first.value(9).toInt(), 1);
    QCOMPARE(first.value(10).toDouble(), 5.0);
    QCOMPARE(first.value(11).toString(), tagList({"Upgrade"}));
    // Leg 1: Ivana's step began at 10:02:20 and rang 3 s: answered 10:02:23; talk 180, wrap-up
    // 20. No customer wait, queue entry, rating or tags of its own.
    const QVariantList second =
        callRow(columns, QStringLiteral("c.source_id = '2001' AND c.leg = 1"));
    QCOMPARE(second.value(0).toLongLong(), utcMs(2024, 2, 1, 10, 2, 20));
    QVERIFY(second.value(1).isNull());
    QCOMPARE(second.value(2).toLongLong(), utcMs(2024, 2, 1, 10, 2, 23));
    QVERIFY(second.value(3).isNull());
    QCOMPARE(second.value(4).toDouble(), 3.0);
    QCOMPARE(second.value(5).toDouble(), 180.0);
    QCOMPARE(second.value(7).toDouble(), 20.0);
    QCOMPARE(second.value(8).toString(), QStringLiteral("Ivana Kolar"));
    QVERIFY(second.value(10).isNull());
    QVERIFY(second.value(11).isNull());

    // 2002: no agent online: missed, with no wait counted.
    const QVariantList noAgent = callRow(columns, QStringLiteral("c.source_id = '2002'"));
    QCOMPARE(noAgent.value(12).toInt(), int(Outcome::Missed));
    QCOMPARE(noAgent.value(13).toString(), QStringLiteral("no_agents_online"));
    QVERIFY(noAgent.value(3).isNull());
    // 2003: the caller hung up after waiting_time 33 s: an abandon; no talk.
    const QVariantList cancelled = callRow(columns, QStringLiteral("c.source_id = '2003'"));
    QCOMPARE(cancelled.value(12).toInt(), int(Outcome::Abandoned));
    QCOMPARE(cancelled.value(3).toDouble(), 33.0);
    QVERIFY(cancelled.value(5).isNull());
    QVERIFY(cancelled.value(8).isNull());
}

void TestJsonImport::twilioCallsPage()
{
    // calls-page.json: a Calls list page written from Twilio's OpenAPI schema, newest first, 16
    // resources. Calls of their own: 1, 4, 7, 9, 11 (inbound), 12, 13, 14 (outbound-api) and 16
    // (inbound, start_time "not a date"). Dialled legs: 2 and 3 of 1; 5 and 6 of 4; 8 of 7; 10
    // of 9; 15 of 99, which is not in the file.
    const FileImportResult result = import(dataFile("twilio-api/calls-page.json"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("twilio-json"));
    QCOMPARE(result.rows, 16);
    // Leg 0 of the 8 readable calls of their own, and leg 1 of call 4 (leg 6); legs 2, 3, 5, 8
    // and 10 are folded into leg 0 or were ring attempts.
    QCOMPARE(result.imported, 9);
    QCOMPARE(result.rejected, 2);
    // Each resource takes 30 lines from line 6 (grep -n '"sid"' less one): 16 on line 6,
    // 15 on line 36.
    QCOMPARE(result.problems.at(0).line, 6);
    QVERIFY(result.problems.at(0).message.startsWith(QLatin1String("start_time")));
    QCOMPARE(result.problems.at(1).line, 36);
    QVERIFY(result.problems.at(1).message.contains(twilioSid(99)));

    // Answered 1, 4 (inbound, through a dialled leg) and 12 (outbound); missed 7 (its leg got
    // no-answer); abandoned 9 (its leg was cancelled); the voice menu 11 (dialled nobody); not
    // connected 13 (busy); in progress 14 (queued).
    const QHash<int, int> outcomes = outcomeCounts(QStringLiteral("twilio"));
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 3);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Ivr)), 1);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 1);
    QCOMPARE(outcomes.value(int(Outcome::InProgress)), 1);

    const QString columns = QStringLiteral(
        "c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms, c.wait_s, c.talk_s, a.name,"
        " c.caller_number, c.tracking_number, c.transferred, c.outcome_reason, c.direction");
    auto leg = [&](int call, int number) {
        return callRow(
            columns,
            QStringLiteral("c.source_id = '%1' AND c.leg = %2").arg(twilioSid(call)).arg(number));
    };
    // Call 1 arrived Mon, 05 Feb 2024 09:00:00; leg 2 (client:anna) ended 09:05:00 after 270 s,
    // so it was answered at 09:00:30: waited 30 s. Leg 3 (client:ben) was cancelled when anna
    // answered: one agent, not a transfer.
    const QVariantList one = leg(1, 0);
    QCOMPARE(one.value(0).toLongLong(), utcMs(2024, 2, 5, 9, 0));
    QCOMPARE(one.value(1).toLongLong(), utcMs(2024, 2, 5, 9, 0, 30));
    QCOMPARE(one.value(2).toLongLong(), utcMs(2024, 2, 5, 9, 5));
    QCOMPARE(one.value(3).toDouble(), 30.0);
    QCOMPARE(one.value(4).toDouble(), 270.0);
    QCOMPARE(one.value(5).toString(), QStringLiteral("anna"));
    QCOMPARE(one.value(6).toString(), QStringLiteral("+15550001001"));
    QCOMPARE(one.value(7).toString(), QStringLiteral("+15550009999"));
    QCOMPARE(one.value(8).toInt(), 0);
    // Call 4: leg 5 (anna) ended 09:14:00 after 220 s, answered 09:10:20, 20 s after the
    // arrival; leg 6 (carl) ended 09:20:00 after 350 s, answered 09:14:10: a further agent.
    const QVariantList four = leg(4, 0);
    QCOMPARE(four.value(1).toLongLong(), utcMs(2024, 2, 5, 9, 10, 20));
    QCOMPARE(four.value(3).toDouble(), 20.0);
    QCOMPARE(four.value(4).toDouble(), 220.0);
    QCOMPARE(four.value(5).toString(), QStringLiteral("anna"));
    QCOMPARE(four.value(8).toInt(), 1);
    const QVariantList fourSecond = leg(4, 1);
    QCOMPARE(fourSecond.value(1).toLongLong(), utcMs(2024, 2, 5, 9, 14, 10));
    QCOMPARE(fourSecond.value(4).toDouble(), 350.0);
    QCOMPARE(fourSecond.value(5).toString(), QStringLiteral("carl"));
    QCOMPARE(fourSecond.value(10).toInt(), int(Direction::Inbound));
    QVERIFY(fourSecond.value(3).isNull());
    // Call 7: its only leg got no answer: missed.
    QCOMPARE(leg(7, 0).value(9).toString(), QStringLiteral("no-answer"));
    // Call 9: the caller hung up while the leg rang: waited 09:40:00 to 09:40:45, 45 s.
    const QVariantList nine = leg(9, 0);
    QCOMPARE(nine.value(3).toDouble(), 45.0);
    QVERIFY(nine.value(5).isNull());
    // Call 11 dialled nobody: the voice application handled it; no agent, talk or wait.
    const QVariantList eleven = leg(11, 0);
    QVERIFY(eleven.value(4).isNull());
    QVERIFY(eleven.value(3).isNull());
    QVERIFY(eleven.value(8).isNull());
    // Call 12, outbound, answered_by human: ended 10:02:00 after 95 s, answered 10:00:25.
    const QVariantList twelve = leg(12, 0);
    QCOMPARE(twelve.value(10).toInt(), int(Direction::Outbound));
    QCOMPARE(twelve.value(1).toLongLong(), utcMs(2024, 2, 5, 10, 0, 25));
    QCOMPARE(twelve.value(4).toDouble(), 95.0);
    QVERIFY(twelve.value(3).isNull());
    QCOMPARE(twelve.value(9).toString(), QStringLiteral("completed/human"));
    // Call 14 was never dialled: no start_time, so its date_created 10:10:00 is the arrival.
    QCOMPARE(leg(14, 0).value(0).toLongLong(), utcMs(2024, 2, 5, 10, 10));
}

void TestJsonImport::twilioBulkExport()
{
    // bulk-export.jsonl: two records as Twilio's bulk export writes them, ISO times and numeric
    // durations. Call 21 arrived 08:00:00; its leg 22 (client:dora) ended 08:03:00 after 150 s,
    // answered 08:00:30: waited 30 s.
    const FileImportResult result = import(dataFile("twilio-api/bulk-export.jsonl"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 2);
    QCOMPARE(result.imported, 1);
    QCOMPARE(callRow(QStringLiteral("c.outcome, c.arrived_at_ms, c.wait_s, c.talk_s, a.name"),
                     QStringLiteral("c.source_id = '%1'").arg(twilioSid(21))),
             (QVariantList{int(Outcome::Answered),
                           utcMs(2024, 2, 6, 8, 0),
                           30.0,
                           150.0,
                           QStringLiteral("dora")}));
}

void TestJsonImport::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("calls");

    QTest::newRow("Aircall JSON Lines") << dataFile("aircall-api/calls.jsonl") << 12;
    QTest::newRow("CloudTalk history") << dataFile("cloudtalk-api/calls-history.json") << 7;
    QTest::newRow("CloudTalk details") << dataFile("cloudtalk-api/call-details.json") << 4;
    QTest::newRow("Twilio page") << dataFile("twilio-api/calls-page.json") << 9;
}

void TestJsonImport::reimportAddsNothing()
{
    QFETCH(QString, path);
    QFETCH(int, calls);
    const FileImportResult first = import(path);
    QVERIFY(!first.refusal);
    QCOMPARE(first.imported, calls);
    const FileImportResult again = import(path);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, calls);
}

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
