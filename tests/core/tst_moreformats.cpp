#include "import/AircallCsvFormat.h"
#include "import/AsteriskCdrFormat.h"
#include "import/AsteriskQueueLogFormat.h"
#include "import/CallboardCsvFormat.h"
#include "import/CarInsuranceCampaignFormat.h"
#include "import/DailySummaryFormat.h"
#include "import/Decc911HourlyFormat.h"
#include "import/DiscoEventLogFormat.h"
#include "import/FreeSwitchCdrFormat.h"
#include "import/Importer.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/QueueSimulationFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "import/ThreeCxCdrFormat.h"
#include "kpi/KpiEngine.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString simulation =
    QStringLiteral(CALLBOARD_TEST_DATA "/simulated-call-centre-bangs/simulated_call_centre.csv");
const QString eventLog =
    QStringLiteral(CALLBOARD_TEST_DATA "/disco-callcenter-eventlog/CallCenter.csv");
const QString campaign =
    QStringLiteral(CALLBOARD_TEST_DATA "/car-insurance-cold-calls/carInsurance_train.csv");

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

/// The first record of @p path, as the importer reads it (the header, where there is one).
QStringList firstRecordOf(const QString &path)
{
    auto reader = RecordReader::open(path);
    Record first;
    if (!reader || !(*reader)->readRecord(first)) {
        return {};
    }
    return first.fields;
}

/// The formats that were there before these three.
std::vector<std::unique_ptr<TabularFormat>> earlierFormats()
{
    std::vector<std::unique_ptr<TabularFormat>> formats;
    formats.push_back(std::make_unique<PwcSpreadsheetFormat>());
    formats.push_back(std::make_unique<TechnionBankFormat>());
    formats.push_back(std::make_unique<AircallCsvFormat>());
    formats.push_back(std::make_unique<CallboardCsvFormat>());
    formats.push_back(std::make_unique<AsteriskQueueLogFormat>());
    formats.push_back(std::make_unique<DailySummaryFormat>());
    formats.push_back(std::make_unique<Decc911HourlyFormat>());
    formats.push_back(std::make_unique<AsteriskCdrFormat>());
    formats.push_back(std::make_unique<FreeSwitchCdrFormat>());
    formats.push_back(std::make_unique<ThreeCxCdrFormat>());
    return formats;
}

const Exclusion *findExclusion(const KpiValue &kpi, const char *code)
{
    for (const Exclusion &exclusion : kpi.excluded) {
        if (exclusion.code == QLatin1String(code)) {
            return &exclusion;
        }
    }
    return nullptr;
}

} // namespace

class TestMoreFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void headersAreToldApart();
    void settingsTableIsRefusedAsSuch();

    void simulationMakesOneAnsweredCallPerRow();
    void simulationFollowsTheMapping();
    void simulationKpis();
    void simulationReimportAddsNothing();

    void eventLogMakesCallsOfPhoneActivitiesOnly();
    void eventLogFollowsTheMapping();
    void eventLogKpis();
    void eventLogKeysDoNotDependOnRecordOrder();
    void eventLogWithoutCallsIsRefused();

    void campaignIsRefusedWithoutAYear();
    void campaignMakesOneSoldOrUnsoldCallPerCustomer();
    void campaignFollowsTheMapping();
    void campaignRejectsBadRows();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    /// One stored call's columns, by its source and id.
    QSqlQuery call(const QString &columns, const char *source, const QString &sourceId) const;
    /// The result of a query that yields one number.
    qint64 number(const QString &sql) const;
    QString writeFile(const char *name, const QByteArray &content) const;
    KpiEngine engine() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    /// The simulation is large: imported once, into a workspace of its own, for its tests.
    std::unique_ptr<Workspace> m_simulationWorkspace;
    FileImportResult m_simulationResult;
};

void TestMoreFormats::initTestCase()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("simulation.sqlite")));
    QVERIFY(workspace);
    m_simulationWorkspace = std::move(*workspace);
    QVERIFY(m_simulationWorkspace->setReportTimeZone(QTimeZone("UTC")));
    m_simulationResult = Importer(*m_simulationWorkspace).importFile(simulation, {});
    QVERIFY2(!m_simulationResult.refusal,
             qPrintable(m_simulationResult.refusal ? m_simulationResult.refusal->toString()
                                                   : QString()));
}

void TestMoreFormats::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (name.startsWith(QLatin1String("simulation"))) {
        // Those tests read the simulation's own workspace.
        return;
    }
    auto workspace = Workspace::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestMoreFormats::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestMoreFormats::import(const QString &path, ImportOptions options)
{
    Workspace &workspace = m_workspace ? *m_workspace : *m_simulationWorkspace;
    return Importer(workspace).importFile(path, options);
}

QSqlQuery
TestMoreFormats::call(const QString &columns, const char *source, const QString &sourceId) const
{
    const Workspace &workspace = m_workspace ? *m_workspace : *m_simulationWorkspace;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id"
                                   " WHERE c.source = ? AND c.source_id = ?"));
    query.addBindValue(QString::fromLatin1(source));
    query.addBindValue(sourceId);
    query.exec();
    if (!query.next()) {
        qWarning("no call %s %s", source, qPrintable(sourceId));
    }
    return query;
}

qint64 TestMoreFormats::number(const QString &sql) const
{
    const Workspace &workspace = m_workspace ? *m_workspace : *m_simulationWorkspace;
    QSqlQuery query(workspace.database());
    query.exec(sql);
    query.next();
    return query.value(0).toLongLong();
}

QString TestMoreFormats::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

KpiEngine TestMoreFormats::engine() const
{
    const Workspace &workspace = m_workspace ? *m_workspace : *m_simulationWorkspace;
    return KpiEngine(workspace, KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
}

void TestMoreFormats::headersAreToldApart()
{
    const QueueSimulationFormat simulationFormat;
    const DiscoEventLogFormat eventLogFormat;
    const CarInsuranceCampaignFormat campaignFormat;
    const QStringList simulationHeader = firstRecordOf(simulation);
    const QStringList eventLogHeader = firstRecordOf(eventLog);
    const QStringList campaignHeader = firstRecordOf(campaign);
    QCOMPARE(simulationFormat.matchHeader(simulationHeader), 95);
    QCOMPARE(eventLogFormat.matchHeader(eventLogHeader), 80);
    QCOMPARE(campaignFormat.matchHeader(campaignHeader), 95);

    // No earlier format claims the new headers...
    for (const auto &format : earlierFormats()) {
        for (const QStringList &header : {simulationHeader, eventLogHeader, campaignHeader}) {
            QVERIFY2(format->matchHeader(header) == 0,
                     qPrintable(format->id() + u' ' + header.join(u',')));
        }
    }
    // ... and the new formats claim nothing else in the test data, each other's files included.
    QDirIterator files(QStringLiteral(CALLBOARD_TEST_DATA),
                       QDir::Files,
                       QDirIterator::Subdirectories);
    int looked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String(".md")) || path.endsWith(QLatin1String(".sql"))
            || path.endsWith(QLatin1String(".awk"))) {
            continue;
        }
        const QStringList first = firstRecordOf(path);
        ++looked;
        QVERIFY2(path == simulation || simulationFormat.matchHeader(first) == 0, qPrintable(path));
        QVERIFY2(path == eventLog || eventLogFormat.matchHeader(first) == 0, qPrintable(path));
        QVERIFY2(path == campaign || campaignFormat.matchHeader(first) == 0, qPrintable(path));
    }
    QVERIFY(looked > 20);
}

void TestMoreFormats::settingsTableIsRefusedAsSuch()
{
    // queues.csv from the same PBX export as the CDRs: `ext,name,value`, one setting a row.
    const FileImportResult result = import(
        QStringLiteral(CALLBOARD_TEST_DATA "/asterisk-pbx-db-export-voipreports/queues.csv"));
    QVERIFY(result.refusal);
    QVERIFY2(result.refusal->message.contains(QLatin1String("settings table")),
             qPrintable(result.refusal->message));
    QCOMPARE(result.refusal->line, 1);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls")), 0);
}

void TestMoreFormats::simulationMakesOneAnsweredCallPerRow()
{
    // 51,708 data rows (wc -l counts 51,709 lines with the header), each its own date and
    // daily_caller: awk -F, 'NR>1{c[$2"/"$3]++} END{print length(c)}' gives 51708.
    QCOMPARE(m_simulationResult.format, QStringLiteral("queue-simulation"));
    QCOMPARE(m_simulationResult.rows, 51708);
    QCOMPARE(m_simulationResult.imported, 51708);
    QCOMPARE(m_simulationResult.rejected, 0);
    QCOMPARE(m_simulationResult.skipped, 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE direction = 0 AND outcome = 0"
                                   " AND agent_id IS NULL AND caller_key IS NULL")),
             51708);
    // meets_standard: 47,481 TRUE and 4,227 FALSE (awk -F, 'NR>1{print $9}' | sort | uniq -c).
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE tags = 'meets standard'")),
             47481);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE tags = 'misses standard'")),
             4227);
}

void TestMoreFormats::simulationFollowsTheMapping()
{
    const QString columns = QStringLiteral(
        "arrived_at_ms, queue_entered_at_ms, answered_at_ms, ended_at_ms, wait_s, talk_s, tags");
    // Line 2: 1,2021-01-01,1,8:00:00 AM,8:00:00 AM,8:14:22 AM,0,863,TRUE
    QSqlQuery first = call(columns, "queue-simulation", QStringLiteral("2021-01-01/1"));
    QCOMPARE(first.value(0).toLongLong(), utcMs(2021, 1, 1, 8, 0));
    QCOMPARE(first.value(1).toLongLong(), utcMs(2021, 1, 1, 8, 0));
    QCOMPARE(first.value(2).toLongLong(), utcMs(2021, 1, 1, 8, 0));
    QCOMPARE(first.value(3).toLongLong(), utcMs(2021, 1, 1, 8, 14, 22));
    QCOMPARE(first.value(4), QVariant(0.0)); // answered at once: a real zero
    QCOMPARE(first.value(5).toDouble(), 863.0);
    QCOMPARE(first.value(6).toString(), QStringLiteral("meets standard"));

    // Line 268: 267,2021-01-04,121,4:52:45 PM,4:55:30 PM,4:55:54 PM,166,23,FALSE. The clock
    // says 165 s of wait and 24 s of talk; the measured lengths are kept.
    QSqlQuery late = call(columns, "queue-simulation", QStringLiteral("2021-01-04/121"));
    QCOMPARE(late.value(0).toLongLong(), utcMs(2021, 1, 4, 16, 52, 45));
    QCOMPARE(late.value(2).toLongLong(), utcMs(2021, 1, 4, 16, 55, 30));
    QCOMPARE(late.value(3).toLongLong(), utcMs(2021, 1, 4, 16, 55, 54));
    QCOMPARE(late.value(4).toDouble(), 166.0);
    QCOMPARE(late.value(5).toDouble(), 23.0);
    QCOMPARE(late.value(6).toString(), QStringLiteral("misses standard"));

    // Line 60: 59,2021-01-01,59,11:56:45 AM,11:56:45 AM,12:05:17 PM: 12 PM is noon.
    QSqlQuery noon = call(columns, "queue-simulation", QStringLiteral("2021-01-01/59"));
    QCOMPARE(noon.value(3).toLongLong(), utcMs(2021, 1, 1, 12, 5, 17));
}

void TestMoreFormats::simulationKpis()
{
    const auto kpis = engine().kpis(CallFilter{});
    QVERIFY(kpis);
    // tr -d '\r' < simulated_call_centre.csv | awk -F, 'NR>1 {n++; w+=$7; s+=$8; if ($7<=20) q++}
    //   END {print n, w, s, q}'  prints  51708 880842 15465997 46132
    QCOMPARE(*findKpi(*kpis, "calls").value, 51708.0);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 51708.0);
    QCOMPARE(*findKpi(*kpis, "abandoned_calls").value, 0.0);
    QCOMPARE(*findKpi(*kpis, "service_level").value, 46132.0 / 51708);
    QCOMPARE(*findKpi(*kpis, "asa").value, 880842.0 / 51708);
    QCOMPARE(*findKpi(*kpis, "aht").value, 15465997.0 / 51708);
    QCOMPARE(*findKpi(*kpis, "abandonment_rate").value, 0.0);
    // No caller identity in a simulation: FCR has no value.
    QVERIFY(!findKpi(*kpis, "fcr").value);

    // One day, in UTC as the times were read: the same awk with $2 == "2021-03-15" prints
    // 152 2373 47297 138.
    CallFilter ides;
    ides.from = ides.to = QDate(2021, 3, 15);
    const auto day = engine().kpis(ides);
    QVERIFY(day);
    QCOMPARE(*findKpi(*day, "calls").value, 152.0);
    QCOMPARE(*findKpi(*day, "service_level").value, 138.0 / 152);
    QCOMPARE(*findKpi(*day, "asa").value, 2373.0 / 152);
    QCOMPARE(*findKpi(*day, "aht").value, 47297.0 / 152);
}

void TestMoreFormats::simulationReimportAddsNothing()
{
    const FileImportResult again = import(simulation);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 51708);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls")), 51708);
}

void TestMoreFormats::eventLogMakesCallsOfPhoneActivitiesOnly()
{
    const FileImportResult result = import(eventLog);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("disco-event-log"));
    // awk -F, 'NR>1{print $2}' CallCenter.csv | sort | uniq -c: 4361 Inbound Call, 661 Call
    // Outbound, 931 Handle Case, 564 Handle Email, 544 Email Outbound, 487 Inbound Email.
    QCOMPARE(result.rows, 7548);
    QCOMPARE(result.calls, 4361 + 661);
    QCOMPARE(result.imported, 4361 + 661);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.skipped, 931 + 564 + 544 + 487);
    const QMap<QString, qint64> skipped{
        {QStringLiteral("\"Email Outbound\" is not a phone call"), 544},
        {QStringLiteral("\"Handle Case\" is not a phone call"), 931},
        {QStringLiteral("\"Handle Email\" is not a phone call"), 564},
        {QStringLiteral("\"Inbound Email\" is not a phone call"), 487},
    };
    QCOMPARE(result.skippedByReason, skipped);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE direction = 0")), 4361);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE direction = 1")), 661);
    // Agents of phone activities: awk -F, 'NR>1 && $2~/Call/{print $9}' | sort -u | wc -l
    QCOMPARE(number(QStringLiteral("SELECT count(DISTINCT agent_id) FROM calls")), 39);

    const FileImportResult again = import(eventLog);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 5022);
    QCOMPARE(again.skipped, 2526);
}

void TestMoreFormats::eventLogFollowsTheMapping()
{
    QVERIFY(!import(eventLog).refusal);
    const QString columns =
        QStringLiteral("c.direction, c.outcome, c.outcome_reason, c.arrived_at_ms,"
                       " c.answered_at_ms, c.ended_at_ms, c.wait_s, c.talk_s, a.name, c.queue,"
                       " c.customer_id, c.tags");
    // Line 2: Case 1,Inbound Call,9.3.10 8:05,9.3.10 8:10,FL,Customer 1,MacBook Pro,
    // Referred to Servicer,Helen
    QSqlQuery inbound =
        call(columns, "disco-event-log", QStringLiteral("Case 1/2010-03-09T08:05:00"));
    QCOMPARE(inbound.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(inbound.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(inbound.value(2).toString(), QStringLiteral("Inbound Call"));
    QCOMPARE(inbound.value(3).toLongLong(), utcMs(2010, 3, 9, 8, 5));
    QCOMPARE(inbound.value(4).toLongLong(), utcMs(2010, 3, 9, 8, 5));
    QCOMPARE(inbound.value(5).toLongLong(), utcMs(2010, 3, 9, 8, 10));
    QVERIFY(inbound.value(6).isNull()); // the log has no wait
    QCOMPARE(inbound.value(7).toDouble(), 300.0);
    QCOMPARE(inbound.value(8).toString(), QStringLiteral("Helen"));
    QCOMPARE(inbound.value(9).toString(), QStringLiteral("MacBook Pro"));
    QCOMPARE(inbound.value(10).toString(), QStringLiteral("Customer 1"));
    QCOMPARE(inbound.value(11).toString(), tagList({"FL", "Referred to Servicer"}));

    // Line 4: Case 1,Call Outbound,11.3.10 11:45,11.3.10 11:52,FL,Customer 1,...,Henk
    QSqlQuery outbound =
        call(columns, "disco-event-log", QStringLiteral("Case 1/2010-03-11T11:45:00"));
    QCOMPARE(outbound.value(0).toInt(), int(Direction::Outbound));
    QCOMPARE(outbound.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(outbound.value(7).toDouble(), 420.0);
    QCOMPARE(outbound.value(8).toString(), QStringLiteral("Henk"));

    // 29.3.10 (line 5's case 2 is on 4.3.10) shows the dates are day first: a 31-day check.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE arrived_at_ms < ")
                    + QString::number(utcMs(2010, 3, 1, 0, 0))),
             0);

    // Lines 4456-4457: Case 2343 has two inbound calls starting 27.3.10 14:59, ending 14:59 and
    // 15:10: the one that ends first keeps the plain key.
    QSqlQuery shorter =
        call(columns, "disco-event-log", QStringLiteral("Case 2343/2010-03-27T14:59:00"));
    QCOMPARE(shorter.value(7).toDouble(), 0.0);
    QSqlQuery longer =
        call(columns, "disco-event-log", QStringLiteral("Case 2343/2010-03-27T14:59:00/2"));
    QCOMPARE(longer.value(7).toDouble(), 660.0);
}

void TestMoreFormats::eventLogKpis()
{
    QVERIFY(!import(eventLog).refusal);
    const auto kpis = engine().kpis(CallFilter{});
    QVERIFY(kpis);
    QCOMPARE(*findKpi(*kpis, "inbound_calls").value, 4361.0);
    QCOMPARE(*findKpi(*kpis, "outbound_calls").value, 661.0);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 4361.0);
    // No wait in the log: service level and ASA have no value, and say so.
    QVERIFY(!findKpi(*kpis, "service_level").value);
    QVERIFY(!findKpi(*kpis, "asa").value);
    const Exclusion *waitUnknown = findExclusion(findKpi(*kpis, "asa"), "wait_unknown");
    QVERIFY(waitUnknown);
    QCOMPARE(waitUnknown->count, 4361);
    // Talk: no call crosses midnight, so the minutes between Start and End of the inbound calls
    // are  awk -F, 'NR>1 && $2=="Inbound Call" {split($3,s,/[. :]/); split($4,e,/[. :]/);
    //   m+=(e[4]-s[4])*60+e[5]-s[5]} END{print m}' CallCenter.csv  =  18654, over 4,361 calls.
    QCOMPARE(*findKpi(*kpis, "aht").value, 18654.0 * 60 / 4361);
    // Repeat contacts by Customer ID within 7 days: awk -F, -f fcr.awk CallCenter.csv (beside
    // the log) prints "judged 4317 resolved 2972 provisional 44".
    const KpiValue &fcr = findKpi(*kpis, "fcr");
    QCOMPARE(*fcr.numerator, 2972.0);
    QCOMPARE(*fcr.denominator, 4317.0);
    const Exclusion *provisional = findExclusion(fcr, "provisional");
    QVERIFY(provisional);
    QCOMPARE(provisional->count, 44);
}

void TestMoreFormats::eventLogKeysDoNotDependOnRecordOrder()
{
    QVERIFY(!import(eventLog).refusal);
    // The two calls of Case 2343 that start together, in the other order, and a third record
    // repeating one of them field for field: the same two calls, nothing added.
    const QString path = writeFile(
        "case-2343.csv",
        "ServiceID,Operation,Start Date,End Date,AgentPosition,Customer ID,Product,Service "
        "Type,Agent\n"
        "Case 2343,Inbound Call,27.3.10 14:59,27.3.10 15:10,FL,Customer 1968,MacBook Pro,"
        "Referred to Servicer,Ton\n"
        "Case 2343,Inbound Call,27.3.10 14:59,27.3.10 14:59,FL,Customer 1968,MacBook Pro,"
        "Referred to Servicer,Ton\n"
        "Case 2343,Inbound Call,27.3.10 14:59,27.3.10 15:10,FL,Customer 1968,MacBook Pro,"
        "Referred to Servicer,Ton\n");
    const FileImportResult result = import(path);
    QVERIFY(!result.refusal);
    QCOMPARE(result.calls, 3);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.duplicates, 3);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls")), 5022);
}

void TestMoreFormats::eventLogWithoutCallsIsRefused()
{
    // Only emails and case work, and a call that does not say which way it went.
    const QString emails =
        writeFile("emails.csv",
                  "Case ID,Activity,Start Timestamp,Complete Timestamp,Resource\n"
                  "Case 9,Inbound Email,23.3.10 9:00,23.3.10 9:05,Ann\n"
                  "Case 9,Handle Case,23.3.10 9:10,23.3.10 9:30,Ann\n");
    const FileImportResult none = import(emails);
    QCOMPARE(none.format, QStringLiteral("disco-event-log"));
    QVERIFY(none.refusal);
    QVERIFY2(none.refusal->message.contains(QLatin1String("None of the 2 records is a call")),
             qPrintable(none.refusal->message));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls")), 0);

    const QString unclear =
        writeFile("unclear.csv",
                  "Case ID,Activity,Start Timestamp,Complete Timestamp,Resource\n"
                  "Case 9,Phone Call,23.3.10 9:00,23.3.10 9:05,Ann\n"
                  "Case 9,Outbound Call,23.3.10 9:10,23.3.10 9:30,Ann\n"
                  "Case 9,Inbound Call,23.3.10 9:40,23.3.10 9:35,Ann\n");
    const FileImportResult some = import(unclear);
    QVERIFY(!some.refusal);
    QCOMPARE(some.imported, 1);
    QCOMPARE(some.rejected, 2);
    QCOMPARE(some.problems.at(0).line, 2);
    QCOMPARE(some.problems.at(0).column, 2);
    QVERIFY(some.problems.at(0).message.contains(QLatin1String("inbound or an outbound")));
    QCOMPARE(some.problems.at(1).line, 4);
    QCOMPARE(some.problems.at(1).column, 4);
    QVERIFY(some.problems.at(1).message.contains(QLatin1String("ends before it starts")));
}

void TestMoreFormats::campaignIsRefusedWithoutAYear()
{
    const FileImportResult result = import(campaign);
    QCOMPARE(result.format, QStringLiteral("car-insurance-campaign"));
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->missing, MissingInput::Year);
    QCOMPARE(result.refusal->line, 1);
    QCOMPARE(result.refusal->column, 12); // LastContactMonth
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM imports")), 0);
}

void TestMoreFormats::campaignMakesOneSoldOrUnsoldCallPerCustomer()
{
    ImportOptions options;
    options.year = 2017;
    const FileImportResult result = import(campaign, options);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    // 4,000 records, each followed by a blank line (CRLF CRLF); Ids 1 to 4000, none repeated.
    QCOMPARE(result.rows, 4000);
    QCOMPARE(result.imported, 4000);
    QCOMPARE(result.rejected, 0);
    // CarInsurance: 2,396 0 and 1,604 1 (awk -F, 'NR>1 && NF{print $19}' | sort | uniq -c after
    // tr -d '\r'); Communication: 2,831 cellular, 267 telephone, 902 NA.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE disposition = 'Sale'")), 1604);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE disposition = 'No sale'")),
             2396);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE tags = 'cellular'")), 2831);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE tags = 'telephone'")), 267);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE tags IS NULL OR tags = ''")),
             902);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE campaign = 'Car insurance'"
                                   " AND direction = 1 AND outcome = 0")),
             4000);
    // CallEnd - CallStart over all rows (awk on the H:MM:SS fields): 1,403,376 s.
    QCOMPARE(number(QStringLiteral("SELECT sum(talk_s) FROM calls")), 1403376);

    const auto kpis = engine().kpis(CallFilter{});
    QCOMPARE(*findKpi(*kpis, "outbound_calls").value, 4000.0);
    QCOMPARE(*findKpi(*kpis, "inbound_calls").value, 0.0);
    QVERIFY(!findKpi(*kpis, "aht").value); // inbound only

    const FileImportResult again = import(campaign, options);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 4000);
}

void TestMoreFormats::campaignFollowsTheMapping()
{
    ImportOptions options;
    options.year = 2017;
    QVERIFY(!import(campaign, options).refusal);
    const QString columns = QStringLiteral("arrived_at_ms, answered_at_ms, ended_at_ms, talk_s,"
                                           " customer_id, disposition, tags, campaign, wait_s");
    // Id 1: telephone, 28 jan, NoOfContacts 2, 13:45:20 to 13:46:30, CarInsurance 0.
    QSqlQuery first = call(columns, "car-insurance-campaign", QStringLiteral("1"));
    QCOMPARE(first.value(0).toLongLong(), utcMs(2017, 1, 28, 13, 45, 20));
    QVERIFY(first.value(1).isNull());
    QCOMPARE(first.value(2).toLongLong(), utcMs(2017, 1, 28, 13, 46, 30));
    QCOMPARE(first.value(3).toDouble(), 70.0);
    QCOMPARE(first.value(4).toString(), QStringLiteral("1"));
    QCOMPARE(first.value(5).toString(), QStringLiteral("No sale"));
    QCOMPARE(first.value(6).toString(), QStringLiteral("telephone"));
    QCOMPARE(first.value(7).toString(), QStringLiteral("Car insurance"));
    QVERIFY(first.value(8).isNull());
    // Id 3: cellular, 3 jun, 16:30:24 to 16:36:04, CarInsurance 1.
    QSqlQuery third = call(columns, "car-insurance-campaign", QStringLiteral("3"));
    QCOMPARE(third.value(0).toLongLong(), utcMs(2017, 6, 3, 16, 30, 24));
    QCOMPARE(third.value(3).toDouble(), 340.0);
    QCOMPARE(third.value(5).toString(), QStringLiteral("Sale"));
    QCOMPARE(third.value(6).toString(), QStringLiteral("cellular"));
    // NoOfContacts is the lead's: one call per customer whatever it says (Id 1 says 2).
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM calls WHERE customer_id = '1'")), 1);

    // Read in another zone, the same calls move: Id 1 at 13:45:20 in New York is 18:45:20 UTC.
    options.timeZone = QTimeZone("America/New_York");
    const FileImportResult moved = import(campaign, options);
    QCOMPARE(moved.imported, 0);
    QCOMPARE(moved.updated, 4000);
    QCOMPARE(call(columns, "car-insurance-campaign", QStringLiteral("1")).value(0).toLongLong(),
             utcMs(2017, 1, 28, 18, 45, 20));
}

void TestMoreFormats::campaignRejectsBadRows()
{
    const QByteArray header =
        "\"Id\",\"Age\",\"Job\",\"Marital\",\"Education\",\"Default\",\"Balance\",\"HHInsurance\","
        "\"CarLoan\",\"Communication\",\"LastContactDay\",\"LastContactMonth\",\"NoOfContacts\","
        "\"DaysPassed\",\"PrevAttempts\",\"Outcome\",\"CallStart\",\"CallEnd\",\"CarInsurance\""
        "\r\n\r\n";
    const QString path = writeFile(
        "bad-campaign.csv",
        header
            + "1,32,\"management\",\"single\",\"tertiary\",0,1218,1,0,\"telephone\",29,\"feb\",2,"
              "-1,0,NA,\"13:45:20\",\"13:46:30\",0\r\n\r\n"
              "2,32,\"management\",\"single\",\"tertiary\",0,1218,1,0,NA,3,\"smarch\",2,-1,0,NA,"
              "\"13:45:20\",\"13:46:30\",0\r\n\r\n"
              "3,32,\"management\",\"single\",\"tertiary\",0,1218,1,0,NA,3,\"mar\",2,-1,0,NA,"
              "\"13:45:20\",\"13:44:30\",0\r\n\r\n"
              "4,32,\"management\",\"single\",\"tertiary\",0,1218,1,0,NA,3,\"mar\",2,-1,0,NA,"
              "\"13:45:20\",\"13:46:30\",2\r\n\r\n"
              "5,32,\"management\",\"single\",\"tertiary\",0,1218,1,0,NA,3,\"mar\",2,-1,0,NA,"
              "\"13:45:20\",\"13:46:30\",NA\r\n\r\n");
    ImportOptions options;
    options.year = 2017;
    const FileImportResult result = import(path, options);
    QVERIFY(!result.refusal);
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected, 4);
    // 29 February 2017 does not exist (line 3, LastContactDay); an unknown month (line 5,
    // LastContactMonth); an end before the start (line 7, CallEnd); a conversion of 2 (line 9).
    const QList<std::pair<qint64, int>> where{{3, 11}, {5, 12}, {7, 18}, {9, 19}};
    for (qsizetype i = 0; i < where.size(); ++i) {
        QCOMPARE(result.problems.at(i).line, where.at(i).first);
        QCOMPARE(result.problems.at(i).column, where.at(i).second);
    }
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("29 feb is no date in 2017")));
    // The test half of the dataset leaves CarInsurance NA: no disposition, not a rejection.
    QVERIFY(call(QStringLiteral("disposition"), "car-insurance-campaign", QStringLiteral("5"))
                .value(0)
                .toString()
                .isEmpty());

    // In a leap year the same 29 February is a day.
    options.year = 2016;
    QCOMPARE(import(path, options).imported, 1);
}

QTEST_GUILESS_MAIN(TestMoreFormats)
#include "tst_moreformats.moc"
