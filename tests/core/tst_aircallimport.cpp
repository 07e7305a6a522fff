#include "import/AircallCsvFormat.h"
#include "import/Importer.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "kpi/KpiEngine.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString currentExport = QStringLiteral(CALLBOARD_TEST_DATA "/aircall/current-export.csv");
const QString legacyExport = QStringLiteral(CALLBOARD_TEST_DATA "/aircall/legacy-export.csv");

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

/// The header row of @p path, as the importer reads it.
QStringList headerOf(const QString &path)
{
    auto reader = RecordReader::open(path);
    Record header;
    if (!reader || !(*reader)->readRecord(header)) {
        return {};
    }
    return header.fields;
}

} // namespace

class TestAircallImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headersAreTellApartFromOtherFormats();
    void importsTheCurrentExport();
    void currentExportFollowsTheMapping();
    void currentExportKpis();
    void importsTheLegacyExport();
    void legacyExportDerivesItsWaits();
    void resavedCopyWithLocalTimes();
    void contradictoryDatesAreRefused();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    /// One stored call's columns, by a condition on the calls table.
    QSqlQuery call(const QString &columns, const QString &where) const;
    QString writeFile(const char *name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestAircallImport::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestAircallImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestAircallImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

QSqlQuery TestAircallImport::call(const QString &columns, const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT ") + columns
               + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id WHERE ")
               + where);
    query.next();
    return query;
}

QString TestAircallImport::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestAircallImport::headersAreTellApartFromOtherFormats()
{
    const QStringList current = headerOf(currentExport);
    const QStringList legacy = headerOf(legacyExport);
    const QStringList pwc =
        headerOf(QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"));
    const QStringList technion =
        headerOf(QStringLiteral(CALLBOARD_TEST_DATA "/technion-anonymous-bank/january.txt"));
    QCOMPARE(current.size(), 41);
    QCOMPARE(legacy.size(), 18);

    const AircallCsvFormat aircall;
    QCOMPARE(aircall.matchHeader(current), 95);
    QCOMPARE(aircall.matchHeader(legacy), 95);
    QCOMPARE(aircall.matchHeader(pwc), 0);
    QCOMPARE(aircall.matchHeader(technion), 0);
    for (const QStringList &header : {current, legacy}) {
        QCOMPARE(PwcSpreadsheetFormat().matchHeader(header), 0);
        QCOMPARE(TechnionBankFormat().matchHeader(header), 0);
    }
}

void TestAircallImport::importsTheCurrentExport()
{
    const FileImportResult result = import(currentExport);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("aircall-csv"));
    QCOMPARE(result.rows, 15);
    QCOMPARE(result.imported, 15);
    QCOMPARE(result.rejected, 0);
    // The times are the export's UTC column, whatever the report zone.
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    // 12 inbound, 2 outbound, 1 internal (row 114).
    QSqlQuery byDirection(m_workspace->database());
    QVERIFY(byDirection.exec(
        QStringLiteral("SELECT direction, count(*) FROM calls GROUP BY direction")));
    QHash<int, int> directions;
    while (byDirection.next()) {
        directions.insert(byDirection.value(0).toInt(), byDirection.value(1).toInt());
    }
    QCOMPARE(directions.value(int(Direction::Inbound)), 12);
    QCOMPARE(directions.value(int(Direction::Outbound)), 2);
    QCOMPARE(directions.value(int(Direction::Internal)), 1);

    QSqlQuery byOutcome(m_workspace->database());
    QVERIFY(byOutcome.exec(QStringLiteral("SELECT outcome, count(*) FROM calls GROUP BY outcome")));
    QHash<int, int> outcomes;
    while (byOutcome.next()) {
        outcomes.insert(byOutcome.value(0).toInt(), byOutcome.value(1).toInt());
    }
    // Answered: 101-104 inbound, 112 outbound, 114 internal. Abandoned: 105, 106, 107 (both
    // short_abandoned ones). Ivr: 108 (abandoned_in_ivr), 115 (AI Call). Voicemail: 109. Missed:
    // 110 (no_available_agent), 111 (out_of_opening_hours). Not connected: 113.
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 6);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 3);
    QCOMPARE(outcomes.value(int(Outcome::Ivr)), 2);
    QCOMPARE(outcomes.value(int(Outcome::Voicemail)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 2);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 1);

    // Importing it again adds nothing: the key is (aircall, call id (internal)).
    const FileImportResult again = import(currentExport);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 15);
}

void TestAircallImport::currentExportFollowsTheMapping()
{
    QVERIFY(!import(currentExport).refusal);
    const QString columns =
        QStringLiteral("c.source, c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms, c.wait_s,"
                       " c.talk_s, a.name, c.queue, c.caller_number, c.callee_number, c.tags,"
                       " c.transferred, c.outcome, c.outcome_reason, c.direction");
    auto byId = [&](int id) { return call(columns, QStringLiteral("c.source_id = '%1'").arg(id)); };

    // 1700000101: answered, datetime (utc) 2024-03-12 13:05:09.125, 200 s in all, 180 s in call,
    // time to answer 00:00:12 (waiting time 00:00:15 counts the welcome message too).
    QSqlQuery answered = byId(1700000101);
    QCOMPARE(answered.value(0).toString(), QStringLiteral("aircall"));
    const qint64 arrival = utcMs(2024, 3, 12, 13, 5, 9) + 125;
    QCOMPARE(answered.value(1).toLongLong(), arrival);
    QCOMPARE(answered.value(3).toLongLong(), arrival + 200'000); // ended: start + total
    QCOMPARE(answered.value(2).toLongLong(), arrival + 20'000);  // answered: end - 180 s in call
    QCOMPARE(answered.value(4).toDouble(), 12.0);
    QCOMPARE(answered.value(5).toDouble(), 180.0);
    QCOMPARE(answered.value(6).toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(answered.value(7).toString(), QStringLiteral("Support"));
    QCOMPARE(answered.value(8).toString(), QStringLiteral("15550123401"));
    QCOMPARE(answered.value(9).toString(), QStringLiteral("15550100000"));
    QCOMPARE(answered.value(10).toString(), tagList({"Billing", "VIP"})); // "Billing, VIP"
    QCOMPARE(answered.value(13).toString(), QStringLiteral("Answered"));  // the call type

    // 1700000103 was transferred (its comment says so), but the export has no transfer column:
    // unknown, not false. The agent is the last one on the call.
    QSqlQuery transferred = byId(1700000103);
    QVERIFY(transferred.value(11).isNull());
    QCOMPARE(transferred.value(6).toString(), QStringLiteral("Chloe Park"));

    // 1700000104: answered with no time to answer; its waiting time 00:00:18 is the wait. No team.
    QSqlQuery noTimeToAnswer = byId(1700000104);
    QCOMPARE(noTimeToAnswer.value(4).toDouble(), 18.0);
    QVERIFY(noTimeToAnswer.value(7).toString().isEmpty());

    // 1700000105: abandoned_in_classic after 00:00:40; "[No associated user]" is no agent, and an
    // unanswered call has no talk time.
    QSqlQuery abandoned = byId(1700000105);
    QCOMPARE(abandoned.value(12).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(13).toString(), QStringLiteral("abandoned_in_classic"));
    QCOMPARE(abandoned.value(4).toDouble(), 40.0);
    QVERIFY(abandoned.value(5).isNull());
    QVERIFY(abandoned.value(6).isNull());

    // Aircall's short_abandoned is an abandon with its measured wait: 3 s (short under the
    // Standard's 5 s) for 106, 8 s (short for Aircall's 10 s, not for the Standard) for 107.
    QSqlQuery shortOne = byId(1700000106);
    QCOMPARE(shortOne.value(12).toInt(), int(Outcome::Abandoned));
    QCOMPARE(shortOne.value(13).toString(), QStringLiteral("short_abandoned"));
    QCOMPARE(shortOne.value(4).toDouble(), 3.0);
    QCOMPARE(byId(1700000107).value(4).toDouble(), 8.0);

    QCOMPARE(byId(1700000108).value(12).toInt(), int(Outcome::Ivr)); // abandoned_in_ivr

    // 1700000109: agents_did_not_answer, then a voicemail was left: a voicemail.
    QSqlQuery voicemail = byId(1700000109);
    QCOMPARE(voicemail.value(12).toInt(), int(Outcome::Voicemail));
    QCOMPARE(voicemail.value(13).toString(), QStringLiteral("agents_did_not_answer"));

    // 1700000110: no_available_agent from an anonymous caller, who is no number.
    QSqlQuery anonymous = byId(1700000110);
    QCOMPARE(anonymous.value(12).toInt(), int(Outcome::Missed));
    QVERIFY(anonymous.value(8).isNull());
    QCOMPARE(byId(1700000111).value(12).toInt(), int(Outcome::Missed)); // out_of_opening_hours

    // 1700000115: no reason, call type "AI Call": the AI voice agent alone, like a voice menu.
    QSqlQuery aiCall = byId(1700000115);
    QCOMPARE(aiCall.value(12).toInt(), int(Outcome::Ivr));
    QCOMPARE(aiCall.value(13).toString(), QStringLiteral("AI Call"));

    // 1700000112: outbound, answered, 95 s in call; the caller is the Aircall line. Outbound
    // calls have no queue wait.
    QSqlQuery outbound = byId(1700000112);
    QCOMPARE(outbound.value(14).toInt(), int(Direction::Outbound));
    QCOMPARE(outbound.value(12).toInt(), int(Outcome::Answered));
    QCOMPARE(outbound.value(5).toDouble(), 95.0);
    QVERIFY(outbound.value(4).isNull());
    QCOMPARE(outbound.value(8).toString(), QStringLiteral("15550100001"));
    QCOMPARE(outbound.value(9).toString(), QStringLiteral("15550123412"));

    QSqlQuery unanswered = byId(1700000113);
    QCOMPARE(unanswered.value(12).toInt(), int(Outcome::NotConnected));
    QVERIFY(unanswered.value(5).isNull());

    QCOMPARE(byId(1700000114).value(14).toInt(), int(Direction::Internal));
}

void TestAircallImport::currentExportKpis()
{
    QVERIFY(!import(currentExport).refusal);
    const KpiEngine engine(*m_workspace,
                           KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    const auto kpis = engine.kpis(CallFilter{});
    QVERIFY(kpis);
    // 12 inbound + 2 outbound; the internal call 114 is left out.
    QCOMPARE(*findKpi(*kpis, "calls").value, 14.0);
    // Inbound answered 101-104, waits 12, 35, 8 and 18 s.
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 4.0);
    // Abandoned 105 (40 s) and 107 (8 s); 106 waited 3 s <= 5 s, a short abandon.
    QCOMPARE(*findKpi(*kpis, "abandoned_calls").value, 2.0);
    QCOMPARE(*findKpi(*kpis, "short_abandons").value, 1.0);
    // Within 20 s: 101, 103, 104 = 3, over answered 4 + abandoned 2 = 6: 50 %.
    QCOMPARE(*findKpi(*kpis, "service_level").value, 3.0 / (4 + 2));
    // Abandoned 2 over answered 4 + abandoned 2.
    QCOMPARE(*findKpi(*kpis, "abandonment_rate").value, 2.0 / (4 + 2));
    // (12 + 35 + 8 + 18) / 4 and (180 + 270 + 460 + 150) / 4.
    QCOMPARE(*findKpi(*kpis, "asa").value, 73.0 / 4);
    QCOMPARE(*findKpi(*kpis, "aht").value, 1060.0 / 4);
}

void TestAircallImport::importsTheLegacyExport()
{
    const FileImportResult result = import(legacyExport);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("aircall-csv"));
    QCOMPARE(result.rows, 10);
    QCOMPARE(result.imported, 10);
    QCOMPARE(result.rejected, 0);

    // No call id in this generation: each row is keyed by its content, and a second import of
    // the file finds every row again.
    QCOMPARE(call(QStringLiteral("count(*)"), QStringLiteral("c.source_id LIKE 'sha256:%'"))
                 .value(0)
                 .toInt(),
             10);
    const FileImportResult again = import(legacyExport);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 10);

    QSqlQuery byOutcome(m_workspace->database());
    QVERIFY(byOutcome.exec(QStringLiteral("SELECT outcome, count(*) FROM calls GROUP BY outcome")));
    QHash<int, int> outcomes;
    while (byOutcome.next()) {
        outcomes.insert(byOutcome.value(0).toInt(), byOutcome.value(1).toInt());
    }
    // 2 inbound + 1 outbound answered; abandoned_in_classic and short_abandoned; abandoned_in_ivr;
    // a voicemail left; no_available_agent and out_of_opening_hours; one outbound not answered.
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 3);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 2);
    QCOMPARE(outcomes.value(int(Outcome::Ivr)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Voicemail)), 1);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 2);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 1);
}

void TestAircallImport::legacyExportDerivesItsWaits()
{
    QVERIFY(!import(legacyExport).refusal);
    const QString columns = QStringLiteral("c.arrived_at_ms, c.wait_s, c.talk_s, a.name, c.tags,"
                                           " c.outcome, c.ended_at_ms");
    auto byCaller = [&](const char *number) {
        return call(columns, QStringLiteral("c.caller_number = '%1'").arg(QLatin1String(number)));
    };

    // Answered, datetime (UTC) 2019-06-03 08:15:00, 95 s in all, 80 s in call: waited 15 s.
    QSqlQuery answered = byCaller("15550123501");
    QCOMPARE(answered.value(0).toLongLong(), utcMs(2019, 6, 3, 8, 15));
    QCOMPARE(answered.value(1).toDouble(), 95.0 - 80);
    QCOMPARE(answered.value(2).toDouble(), 80.0);
    QCOMPARE(answered.value(3).toString(), QStringLiteral("Dora Lind"));
    QCOMPARE(answered.value(6).toLongLong(), utcMs(2019, 6, 3, 8, 16, 35));
    // "Sales, Follow-up": two tags; 130 s in all, 60 in call: waited 70 s.
    QSqlQuery twoTags = byCaller("15550123502");
    QCOMPARE(twoTags.value(4).toString(), tagList({"Sales", "Follow-up"}));
    QCOMPARE(twoTags.value(1).toDouble(), 70.0);

    // An abandon waited its whole 25 s; a short_abandoned one its 4 s.
    QCOMPARE(byCaller("15550123503").value(1).toDouble(), 25.0);
    QCOMPARE(byCaller("15550123504").value(1).toDouble(), 4.0);
    // Left in the voice menu: no wait.
    QSqlQuery ivr = byCaller("15550123505");
    QCOMPARE(ivr.value(5).toInt(), int(Outcome::Ivr));
    QVERIFY(ivr.value(1).isNull());
    // No call type column here: the voicemail link alone makes it a voicemail.
    QCOMPARE(byCaller("15550123506").value(5).toInt(), int(Outcome::Voicemail));

    // Outbound, 42 s in call, no queue wait.
    QSqlQuery outbound = call(QStringLiteral("c.wait_s, c.talk_s"),
                              QStringLiteral("c.callee_number = '15550123509'"));
    QVERIFY(outbound.value(0).isNull());
    QCOMPARE(outbound.value(1).toDouble(), 42.0);
}

void TestAircallImport::resavedCopyWithLocalTimes()
{
    // A copy re-saved with semicolons, day-first dates and no UTC column.
    const QString path = writeFile(
        "resaved.csv",
        "call id (internal);datetime (tz offset incl.);number timezone;direction;from;to;"
        "answered;missed_call_reason;user;duration (total);duration (in call);call type;"
        "waiting time;time to answer\n"
        "9001;13/03/2024 09:05:00;America/New_York;inbound;15550123601;15550100000;Yes;;"
        "Ana Ruiz;100;90;Answered;00:00:10;00:00:10\n"
        "9002;04/03/2024 10:00:00;;inbound;15550123602;15550100000;No;;[No associated user];"
        "30;;Abandoned;00:00:25;\n"
        "9003;05/03/2024 11:00:00;America/New_York;inbound;15550123603;15550100000;Yes;;"
        "Ben Okafor;100;90;Answered;soon;\n");
    const FileImportResult result = import(path);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.first().line, 4);
    QCOMPARE(result.problems.first().column, 13); // waiting time
    QVERIFY(result.problems.first().message.contains(QLatin1String("soon")));
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    auto arrivedAt = [&](const char *id) {
        return call(QStringLiteral("c.arrived_at_ms"),
                    QStringLiteral("c.source_id = '%1'").arg(QLatin1String(id)))
            .value(0)
            .toLongLong();
    };
    // 13 March 09:05 on the line's New York clock (EDT, UTC-4) is 13:05 UTC.
    QCOMPARE(arrivedAt("9001"), utcMs(2024, 3, 13, 13, 5));
    // No number timezone: the report zone (UTC here); 04/03 is read day first, 4 March.
    QCOMPARE(arrivedAt("9002"), utcMs(2024, 3, 4, 10, 0));
    // No missed_call_reason, call type Abandoned: an abandon with its waiting time.
    QSqlQuery abandoned =
        call(QStringLiteral("c.outcome, c.wait_s"), QStringLiteral("c.source_id = '9002'"));
    QCOMPARE(abandoned.value(0).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(1).toDouble(), 25.0);
    abandoned.finish(); // an unfinished read keeps the calls table locked against the import

    // A zone the user gives wins over the line's: 09:05 in Paris (CET, UTC+1) is 08:05 UTC.
    ImportOptions paris;
    paris.timeZone = QTimeZone("Europe/Paris");
    const FileImportResult again = import(path, paris);
    QVERIFY2(!again.refusal, qPrintable(again.refusal ? again.refusal->toString() : QString()));
    QCOMPARE(again.updated, 2);
    QCOMPARE(arrivedAt("9001"), utcMs(2024, 3, 13, 8, 5));
    QCOMPARE(ImportLog(*m_workspace).imports()->last().timeZone, QStringLiteral("Europe/Paris"));
}

void TestAircallImport::contradictoryDatesAreRefused()
{
    const QString path = writeFile("contradictory.csv",
                                   "call id (internal);datetime (tz offset incl.);direction;"
                                   "answered;missed_call_reason;duration (total)\n"
                                   "1;13/03/2024 09:05:00;inbound;Yes;;100\n"
                                   "2;03/14/2024 09:05:00;inbound;Yes;;100\n");
    const FileImportResult result = import(path);
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->missing, MissingInput::DateOrder);
    QCOMPARE(result.refusal->line, 3);
    QCOMPARE(result.refusal->column, 2);
}

QTEST_GUILESS_MAIN(TestAircallImport)
#include "tst_aircallimport.moc"
