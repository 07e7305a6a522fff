#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

double valueOf(const QList<KpiValue> &kpis, const char *id)
{
    const KpiValue &kpi = findKpi(kpis, id);
    if (!kpi.value) {
        qFatal("KPI %s has no value", id);
    }
    return *kpi.value;
}

/// Expected figures of one selection, as the independent SQL computes them.
struct PwcFigures
{
    double calls;
    double answered;
    double abandoned;
    double answeredWithin20;
    double waitSum;
    double talkSum;
    double resolved;
    double topTwo;
    double ratingSum;
};

void compareStandardKpis(const QList<KpiValue> &kpis, const PwcFigures &e)
{
    QCOMPARE(valueOf(kpis, "calls"), e.calls);
    QCOMPARE(valueOf(kpis, "answered_calls"), e.answered);
    QCOMPARE(valueOf(kpis, "abandoned_calls"), e.abandoned);
    // PwC abandons have no wait, so none is short and every call is offered.
    QCOMPARE(valueOf(kpis, "service_level"), e.answeredWithin20 / e.calls);
    QCOMPARE(*findKpi(kpis, "service_level").numerator, e.answeredWithin20);
    QCOMPARE(*findKpi(kpis, "service_level").denominator, e.calls);
    QCOMPARE(valueOf(kpis, "asa"), e.waitSum / e.answered);
    QCOMPARE(valueOf(kpis, "aht"), e.talkSum / e.answered);
    QCOMPARE(valueOf(kpis, "abandonment_rate"), e.abandoned / e.calls);
    QCOMPARE(valueOf(kpis, "resolution_rate"), e.resolved / e.answered);
    // Every answered PwC call has a rating from 1 to 5.
    QCOMPARE(valueOf(kpis, "csat"), e.topTwo / e.answered);
    QCOMPARE(valueOf(kpis, "csat_average"), e.ratingSum / e.answered);
    QVERIFY(!findKpi(kpis, "fcr").value);
    QVERIFY(findKpi(kpis, "fcr").reason.contains(QLatin1String("identity")));
}

qint64 utcMs(QDate day, QTime time = QTime(10, 0))
{
    return QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

/// A call of the source "test", answered unless the test says otherwise, with a wait of 5 s.
Call testCall(const char *id, qint64 arrivedAtMs)
{
    Call call;
    call.source = QStringLiteral("test");
    call.sourceId = QString::fromLatin1(id);
    call.arrivedAtMs = arrivedAtMs;
    call.waitSeconds = 5;
    return call;
}

/// Stores @p calls in one transaction, as an import does.
bool store(Workspace &workspace, const QList<Call> &calls)
{
    if (!workspace.beginTransaction()) {
        return false;
    }
    for (const Call &call : calls) {
        if (!workspace.upsertCall(call, 0)) {
            return false;
        }
    }
    return bool(workspace.commit());
}

/// A new workspace at @p path reporting in @p zone, or nothing.
std::unique_ptr<Workspace> openWorkspace(const QString &path, const char *zone)
{
    auto opened = Workspace::open(path);
    if (!opened || !(*opened)->setReportTimeZone(QTimeZone(zone))) {
        return nullptr;
    }
    return std::move(*opened);
}

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pwcWholePeriod();
    void pwcOneAgentOneMonth();
    void pwcOneMonth();
    void pwcWaitPercentiles();
    void pwcByAgent();
    void pwcByDay();
    void pwcDataRange();
    void emptyPeriodHasNoRates();
    void pwcUnderOtherProfiles();

    void firstCallResolutionLooksForRepeatCalls();
    void periodBoundaryFollowsTheReportZone();
    void oneEngineFollowsChangesToTheWorkspace();
    void pwcByMonthAndWeek();
    void pwcPreviousPeriod();
    void filtersByDirectionAndTeam();
    void hoursAndWeekdayHoursAcrossTheClockChanges();
    void staffingInputsPerIntervalOfTheWeek();
    void escalationTransferHoldAndAbandonTimes();

private:
    KpiEngine engine(const Workspace &workspace) const
    {
        return KpiEngine(workspace,
                         KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_pwc;
};

void TestKpiEngine::initTestCase()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("pwc.sqlite")));
    QVERIFY(workspace);
    m_pwc = std::move(*workspace);
    QVERIFY(m_pwc->setReportTimeZone(QTimeZone("UTC")));
    Importer importer(*m_pwc);
    const FileImportResult result = importer.importFile(
        QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"),
        {});
    QCOMPARE(result.imported, 5000);
}

// Expected values: tests/data/pwc-call-center/expected.sql, run with the sqlite3 shell on the raw
// CSV ("sqlite3 :memory: < expected.sql" in that folder).

void TestKpiEngine::pwcWholePeriod()
{
    const auto kpis = engine(*m_pwc).kpis(CallFilter{});
    QVERIFY(kpis);
    // calls 5000, answered 4054, abandoned 946, answered within 20 s 374, wait sum 273729,
    // talk sum 911837, resolved 3646, ratings of 4-5 2023, rating sum 13798.
    compareStandardKpis(*kpis, {5000, 4054, 946, 374, 273729, 911837, 3646, 2023, 13798});
    QCOMPARE(qRound(valueOf(*kpis, "service_level") * 10000), 748); // 7.48 %
    QCOMPARE(findKpi(*kpis, "service_level").status, KpiStatus::Bad);
    QCOMPARE(findKpi(*kpis, "aht").status, KpiStatus::Good); // 224.9 s against 360 s
}

void TestKpiEngine::pwcOneAgentOneMonth()
{
    const auto diane = m_pwc->agentIdByName(QStringLiteral("Diane"));
    QVERIFY(diane && diane->has_value());
    CallFilter filter;
    filter.from = QDate(2021, 2, 1);
    filter.to = QDate(2021, 2, 28);
    filter.agentId = **diane;
    const auto kpis = engine(*m_pwc).kpis(filter);
    QVERIFY(kpis);
    // Diane, February 2021: 203 calls, 157 answered, 46 abandoned, 16 within 20 s,
    // wait sum 10873, talk sum 34072, 141 resolved, 72 ratings of 4-5, rating sum 529.
    compareStandardKpis(*kpis, {203, 157, 46, 16, 10873, 34072, 141, 72, 529});
}

void TestKpiEngine::pwcOneMonth()
{
    CallFilter filter;
    filter.from = QDate(2021, 2, 1);
    filter.to = QDate(2021, 2, 28);
    const auto kpis = engine(*m_pwc).kpis(filter);
    QVERIFY(kpis);
    // February 2021, every agent: 1616 calls, 1298 answered, 120 within 20 s.
    QCOMPARE(valueOf(*kpis, "calls"), 1616.0);
    QCOMPARE(valueOf(*kpis, "answered_calls"), 1298.0);
    QCOMPARE(*findKpi(*kpis, "service_level").numerator, 120.0);
}

void TestKpiEngine::pwcWaitPercentiles()
{
    const auto kpis = engine(*m_pwc).kpis(CallFilter{});
    QVERIFY(kpis);
    const KpiValue &asa = findKpi(*kpis, "asa");
    QCOMPARE(asa.details.size(), 2);
    QCOMPARE(asa.details[0].name, QStringLiteral("median"));
    QCOMPARE(asa.details[0].value, 68.0); // the 2027th of 4054 sorted waits
    QCOMPARE(asa.details[1].name, QStringLiteral("p90"));
    QCOMPARE(asa.details[1].value, 114.0); // the 3649th
}

void TestKpiEngine::pwcByAgent()
{
    const auto agents = engine(*m_pwc).kpisByAgent(CallFilter{});
    QVERIFY(agents);
    QCOMPARE(agents->size(), 8);
    QCOMPARE(agents->first().label, QStringLiteral("Becky"));
    QCOMPARE(agents->last().label, QStringLiteral("Stewart"));
    // Becky: 631 calls, 517 answered, 48 within 20 s; Stewart: 582, 477, 48.
    QCOMPARE(valueOf(agents->first().kpis, "calls"), 631.0);
    QCOMPARE(valueOf(agents->first().kpis, "answered_calls"), 517.0);
    QCOMPARE(valueOf(agents->first().kpis, "service_level"), 48.0 / 631);
    QCOMPARE(valueOf(agents->last().kpis, "service_level"), 48.0 / 582);
    double total = 0;
    for (const GroupKpis &agent : *agents) {
        total += valueOf(agent.kpis, "calls");
    }
    QCOMPARE(total, 5000.0);
}

void TestKpiEngine::pwcByDay()
{
    const auto days = engine(*m_pwc).kpisByDay(CallFilter{});
    QVERIFY(days);
    QCOMPARE(days->size(), 90); // 1 January to 31 March 2021, calls on every day
    QCOMPARE(days->first().key.toDate(), QDate(2021, 1, 1));
    // 1 January: 58 calls, 46 answered, 4 within 20 s.
    QCOMPARE(valueOf(days->first().kpis, "calls"), 58.0);
    QCOMPARE(valueOf(days->first().kpis, "answered_calls"), 46.0);
    QCOMPARE(valueOf(days->first().kpis, "service_level"), 4.0 / 58);
    QCOMPARE(days->last().key.toDate(), QDate(2021, 3, 31));
}

void TestKpiEngine::pwcDataRange()
{
    const auto range = engine(*m_pwc).dataRange(CallFilter{});
    QVERIFY(range && range->has_value());
    QCOMPARE((*range)->first, QDate(2021, 1, 1));
    QCOMPARE((*range)->second, QDate(2021, 3, 31));
}

void TestKpiEngine::pwcUnderOtherProfiles()
{
    // expected.sql, "profiles": 374 of the 4054 answered calls within 20 s, 1796 within 60 s.
    const KpiEngine aircall(*m_pwc,
                            KpiCalculator(DefinitionProfile::aircallLike(), Targets::defaults()));
    const KpiValue slA = findKpi(*aircall.kpis(CallFilter{}), "service_level");
    QCOMPARE(*slA.numerator, 374.0);
    QCOMPARE(*slA.denominator, 4054.0);
    QCOMPARE(qRound(*slA.value * 1000000), 92255); // 0.092255
    QVERIFY(slA.label.contains(QLatin1String("Aircall-like")));
    const KpiEngine asterisk(
        *m_pwc,
        KpiCalculator(DefinitionProfile::asteriskServiceLevelPerf(), Targets::defaults()));
    const KpiValue sl60 = findKpi(*asterisk.kpis(CallFilter{}), "service_level");
    QCOMPARE(*sl60.numerator, 1796.0);
    QCOMPARE(*sl60.denominator, 4054.0);
    QCOMPARE(qRound(*sl60.value * 1000000), 443019); // 0.443019
}

void TestKpiEngine::emptyPeriodHasNoRates()
{
    CallFilter filter;
    filter.from = QDate(2022, 1, 1);
    filter.to = QDate(2022, 1, 31);
    const auto kpis = engine(*m_pwc).kpis(filter);
    QVERIFY(kpis);
    QCOMPARE(valueOf(*kpis, "calls"), 0.0);
    QVERIFY(!findKpi(*kpis, "service_level").value);
    QVERIFY(!findKpi(*kpis, "asa").value);
    QVERIFY(findKpi(*kpis, "asa").details.isEmpty());
}

void TestKpiEngine::firstCallResolutionLooksForRepeatCalls()
{
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("fcr.sqlite")));
    QVERIFY(opened);
    Workspace &ws = **opened;
    QVERIFY(ws.setReportTimeZone(QTimeZone("UTC")));
    const QDate start(2021, 3, 1);
    struct Row
    {
        const char *id;
        const char *caller;
        int day; // days after 1 March
        Outcome outcome;
        std::optional<bool> resolved;
    };
    // W = 7 days; the latest call is on day 29, so answered calls after day 22 are provisional.
    const Row rows[] = {
        {"a1", "+3215550001", 0, Outcome::Answered, std::nullopt}, // repeat on day 2: not FCR
        {"a2", "+3215550001", 2, Outcome::Abandoned, std::nullopt},
        {"b1", "+3215550002", 1, Outcome::Answered, true},         // next call 10 days later: FCR
        {"b2", "+3215550002", 11, Outcome::Answered, true},        // no repeat: FCR
        {"c1", "+3215550003", 4, Outcome::Answered, false},        // not resolved: not FCR
        {"d1", "+3215550004", 5, Outcome::Answered, std::nullopt}, // only a voice-menu call: FCR
        {"d2", "+3215550004", 6, Outcome::Ivr, std::nullopt},
        {"x1", "", 7, Outcome::Answered, std::nullopt},             // anonymous
        {"e1", "+3215550005", 24, Outcome::Answered, std::nullopt}, // provisional
        {"f1", "+3215550006", 29, Outcome::Answered, std::nullopt}, // provisional, the latest call
    };
    QVERIFY(ws.beginTransaction());
    for (const Row &row : rows) {
        Call call;
        call.source = QStringLiteral("test");
        call.sourceId = QString::fromLatin1(row.id);
        call.callerNumber = QString::fromLatin1(row.caller);
        call.arrivedAtMs = utcMs(start.addDays(row.day));
        call.outcome = row.outcome;
        call.resolved = row.resolved;
        call.waitSeconds = 10;
        QVERIFY(ws.upsertCall(call, 0));
    }
    QVERIFY(ws.commit());

    // Judged: a1, b1, b2, c1, d1; first-call resolved: b1, b2, d1 -> 3 / 5.
    const auto all = engine(ws).kpis(CallFilter{});
    QVERIFY(all);
    const KpiValue &fcr = findKpi(*all, "fcr");
    QCOMPARE(*fcr.numerator, 3.0);
    QCOMPARE(*fcr.denominator, 5.0);
    QCOMPARE(*fcr.value, 0.6);
    QCOMPARE(fcr.status, KpiStatus::Bad); // 60 % against 70 %, below the 63 % warning band
    QCOMPARE(fcr.excluded.size(), 2);
    QCOMPARE(fcr.excluded[0].code, QStringLiteral("anonymous"));
    QCOMPARE(fcr.excluded[0].count, 1);
    QCOMPARE(fcr.excluded[1].code, QStringLiteral("provisional"));
    QCOMPARE(fcr.excluded[1].count, 2);

    // The first week: a1, b1, c1, d1 are judged; b1 and d1 resolved at first contact. The
    // repeat that undoes a1 is looked for in the whole workspace, not just the period.
    CallFilter firstWeek;
    firstWeek.from = start;
    firstWeek.to = start.addDays(6);
    const auto week = engine(ws).kpis(firstWeek);
    QVERIFY(week);
    QCOMPARE(*findKpi(*week, "fcr").numerator, 2.0);
    QCOMPARE(*findKpi(*week, "fcr").denominator, 4.0);
}

void TestKpiEngine::periodBoundaryFollowsTheReportZone()
{
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("boundary.sqlite")));
    QVERIFY(opened);
    Workspace &ws = **opened;
    QVERIFY(ws.setReportTimeZone(QTimeZone("UTC")));
    Call call;
    call.source = QStringLiteral("test");
    call.sourceId = QStringLiteral("late");
    call.arrivedAtMs = utcMs(QDate(2021, 3, 31), QTime(23, 30));
    call.waitSeconds = 5;
    QVERIFY(ws.beginTransaction());
    QVERIFY(ws.upsertCall(call, 0));
    QVERIFY(ws.commit());

    CallFilter march;
    march.from = QDate(2021, 3, 1);
    march.to = QDate(2021, 3, 31);
    CallFilter april;
    april.from = QDate(2021, 4, 1);
    april.to = QDate(2021, 4, 30);
    QCOMPARE(valueOf(*engine(ws).kpis(march), "calls"), 1.0);
    QCOMPARE(valueOf(*engine(ws).kpis(april), "calls"), 0.0);
    // 23:30 UTC is 01:30 on 1 April in Berlin (UTC+2 in summer time).
    QVERIFY(ws.setReportTimeZone(QTimeZone("Europe/Berlin")));
    QCOMPARE(valueOf(*engine(ws).kpis(march), "calls"), 0.0);
    QCOMPARE(valueOf(*engine(ws).kpis(april), "calls"), 1.0);
}

void TestKpiEngine::oneEngineFollowsChangesToTheWorkspace()
{
    // The engine counts from a snapshot of the calls; a window keeps one engine for as long as
    // a workspace is open, so the snapshot must follow this connection's own changes and other
    // connections' (another process importing) alike.
    const QString path = m_dir.filePath(QStringLiteral("follows.sqlite"));
    auto opened = Workspace::open(path);
    QVERIFY(opened);
    Workspace &ws = **opened;
    QVERIFY(ws.setReportTimeZone(QTimeZone("UTC")));
    auto addCall = [](Workspace &workspace, const char *id, QTime time) {
        return store(workspace, {testCall(id, utcMs(QDate(2021, 3, 31), time))});
    };
    QVERIFY(addCall(ws, "first", QTime(12, 0)));
    const KpiEngine shared = engine(ws);
    CallFilter april;
    april.from = QDate(2021, 4, 1);
    april.to = QDate(2021, 4, 30);
    QCOMPARE(valueOf(*shared.kpis(CallFilter{}), "calls"), 1.0);

    QVERIFY(addCall(ws, "second", QTime(23, 30))); // this connection
    QCOMPARE(valueOf(*shared.kpis(CallFilter{}), "calls"), 2.0);
    QCOMPARE(valueOf(*shared.kpis(april), "calls"), 0.0);

    {
        auto other = Workspace::open(path); // another connection, as a second process has
        QVERIFY(other);
        QVERIFY(addCall(**other, "third", QTime(8, 0)));
    }
    QCOMPARE(valueOf(*shared.kpis(CallFilter{}), "calls"), 3.0);

    // 23:30 UTC on 31 March is 1 April in Berlin: the local days were rewritten.
    QVERIFY(ws.setReportTimeZone(QTimeZone("Europe/Berlin")));
    QCOMPARE(valueOf(*shared.kpis(april), "calls"), 1.0);
}

void TestKpiEngine::pwcByMonthAndWeek()
{
    // expected.sql, per month: January 1772 calls (1455 answered), February 1616 (1298), March
    // 1612 (1301).
    const auto months = engine(*m_pwc).kpisByTime(CallFilter{}, TimeGrouping::Month);
    QVERIFY(months);
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(0).label, QStringLiteral("2021-01"));
    QCOMPARE(valueOf(months->at(0).kpis, "calls"), 1772.0);
    QCOMPARE(valueOf(months->at(0).kpis, "answered_calls"), 1455.0);
    QCOMPARE(months->at(1).label, QStringLiteral("2021-02"));
    QCOMPARE(valueOf(months->at(1).kpis, "calls"), 1616.0);
    QCOMPARE(valueOf(months->at(2).kpis, "answered_calls"), 1301.0);
    // Weeks start on Monday: 1 January 2021 was a Friday, so the first week is 28 December's,
    // and the weeks' calls add up to the whole.
    const auto weeks = engine(*m_pwc).kpisByTime(CallFilter{}, TimeGrouping::Week);
    QVERIFY(weeks);
    QCOMPARE(weeks->first().label, QStringLiteral("2020-12-28"));
    double total = 0;
    for (const GroupKpis &week : *weeks) {
        QCOMPARE(week.key.toDate().dayOfWeek(), 1);
        total += valueOf(week.kpis, "calls");
    }
    QCOMPARE(total, 5000.0);
}

void TestKpiEngine::pwcPreviousPeriod()
{
    // February's 28 days are compared with the 28 before them, 4 to 31 January: 1596 calls
    // (expected.sql, "January 4-31").
    CallFilter february;
    february.from = QDate(2021, 2, 1);
    february.to = QDate(2021, 2, 28);
    const CallFilter before = february.previousPeriod();
    QCOMPARE(*before.from, QDate(2021, 1, 4));
    QCOMPARE(*before.to, QDate(2021, 1, 31));
    QCOMPARE(valueOf(*engine(*m_pwc).kpis(before), "calls"), 1596.0);
}

void TestKpiEngine::filtersByDirectionAndTeam()
{
    const auto ws = openWorkspace(m_dir.filePath(QStringLiteral("teams.sqlite")), "UTC");
    QVERIFY(ws);
    struct Row
    {
        const char *id;
        Direction direction;
        const char *queue;
    };
    // Sales: 2 inbound, 1 outbound; Support: 3 inbound; no queue: 1 outbound.
    const Row rows[] = {{"1", Direction::Inbound, "Sales"},
                        {"2", Direction::Inbound, "Sales"},
                        {"3", Direction::Outbound, "Sales"},
                        {"4", Direction::Inbound, "Support"},
                        {"5", Direction::Inbound, "Support"},
                        {"6", Direction::Inbound, "Support"},
                        {"7", Direction::Outbound, ""}};
    QList<Call> calls;
    for (const Row &row : rows) {
        Call call = testCall(row.id, utcMs(QDate(2021, 5, 3), QTime(10, 0)));
        call.direction = row.direction;
        call.queue = QString::fromLatin1(row.queue);
        calls.append(call);
    }
    QVERIFY(store(*ws, calls));
    const KpiEngine teams = engine(*ws);
    CallFilter sales;
    sales.queue = QStringLiteral("Sales");
    QCOMPARE(valueOf(*teams.kpis(sales), "calls"), 3.0);
    QCOMPARE(valueOf(*teams.kpis(sales), "inbound_calls"), 2.0);
    sales.direction = Direction::Outbound;
    QCOMPARE(valueOf(*teams.kpis(sales), "calls"), 1.0);
    CallFilter outbound;
    outbound.direction = Direction::Outbound;
    QCOMPARE(valueOf(*teams.kpis(outbound), "calls"), 2.0);
    CallFilter nobody;
    nobody.queue = QStringLiteral("Billing"); // no call has it
    QCOMPARE(valueOf(*teams.kpis(nobody), "calls"), 0.0);
}

void TestKpiEngine::hoursAndWeekdayHoursAcrossTheClockChanges()
{
    // London: on Sunday 28 March 2021 the clocks went from 01:00 GMT to 02:00 BST (a 23-hour
    // day without 01:00); on Sunday 31 October 2021 from 02:00 BST back to 01:00 GMT (a 25-hour
    // day with 01:00 twice).
    const auto ws = openWorkspace(m_dir.filePath(QStringLiteral("dst.sqlite")), "Europe/London");
    QVERIFY(ws);
    // Local times: 00:30 GMT and 02:30 BST on 28 March; 01:30 BST, then 01:30 GMT on 31 October.
    QVERIFY(store(*ws,
                  {testCall("spring-before", utcMs(QDate(2021, 3, 28), QTime(0, 30))),
                   testCall("spring-after", utcMs(QDate(2021, 3, 28), QTime(1, 30))),
                   testCall("autumn-first", utcMs(QDate(2021, 10, 31), QTime(0, 30))),
                   testCall("autumn-second", utcMs(QDate(2021, 10, 31), QTime(1, 30)))}));
    const KpiEngine london = engine(*ws);

    // Each hour apart, the two 01:00 hours of 31 October included, named with their offsets.
    const auto hours = london.kpisByTime(CallFilter{}, TimeGrouping::Hour);
    QVERIFY(hours);
    QStringList labels;
    for (const GroupKpis &hour : *hours) {
        labels.append(hour.label);
        QCOMPARE(valueOf(hour.kpis, "calls"), 1.0);
    }
    QCOMPARE(labels,
             (QStringList{QStringLiteral("2021-03-28T00:00:00+00:00"),
                          QStringLiteral("2021-03-28T02:00:00+01:00"),
                          QStringLiteral("2021-10-31T01:00:00+01:00"),
                          QStringLiteral("2021-10-31T01:00:00+00:00")}));
    // Each day whole: both calls of each Sunday on that Sunday.
    const auto days = london.kpisByTime(CallFilter{}, TimeGrouping::Day);
    QVERIFY(days);
    QCOMPARE(days->size(), 2);
    QCOMPARE(valueOf(days->at(1).kpis, "calls"), 2.0);

    // Hours of the week over those two Sundays alone: 01:00 occurs twice in October and not at
    // all in March; 02:00 once in each; 23 + 25 = 48 hours in all.
    CallFilter spring;
    spring.from = spring.to = QDate(2021, 3, 28);
    CallFilter autumn;
    autumn.from = autumn.to = QDate(2021, 10, 31);
    auto occurrences = [&london](const CallFilter &filter) {
        QHash<QString, int> byLabel;
        int total = 0;
        const auto cells = london.kpisByTime(filter, TimeGrouping::WeekdayHour);
        for (const GroupKpis &cell : *cells) {
            byLabel.insert(cell.label, cell.occurrences);
            total += cell.occurrences;
        }
        return std::pair{byLabel, total};
    };
    const auto [springCells, springHours] = occurrences(spring);
    QCOMPARE(springHours, 23);
    QVERIFY(!springCells.contains(QStringLiteral("Sun 01:00")));
    QCOMPARE(springCells.value(QStringLiteral("Sun 02:00")), 1);
    const auto [autumnCells, autumnHours] = occurrences(autumn);
    QCOMPARE(autumnHours, 25);
    QCOMPARE(autumnCells.value(QStringLiteral("Sun 01:00")), 2);
    // Both 01:30 calls of 31 October fall in that one cell of the week.
    const auto autumnWeek = london.kpisByTime(autumn, TimeGrouping::WeekdayHour);
    QVERIFY(autumnWeek);
    for (const GroupKpis &cell : *autumnWeek) {
        QCOMPARE(valueOf(cell.kpis, "calls"), cell.label == QLatin1String("Sun 01:00") ? 2.0 : 0.0);
    }
}

void TestKpiEngine::staffingInputsPerIntervalOfTheWeek()
{
    const auto ws = openWorkspace(m_dir.filePath(QStringLiteral("staffing.sqlite")), "UTC");
    QVERIFY(ws);
    struct Row
    {
        const char *id;
        QDate day;
        QTime time;
        Outcome outcome;
        double wait;
        std::optional<double> talk;
    };
    // Mondays 3 and 10 May 2021 and the week between. Offered: answered or abandoned; the
    // voicemail is not offered to agents.
    const Row rows[] = {
        {"a", QDate(2021, 5, 3), QTime(9, 10), Outcome::Answered, 10, 200},
        {"b", QDate(2021, 5, 3), QTime(9, 40), Outcome::Abandoned, 30, std::nullopt},
        {"c", QDate(2021, 5, 10), QTime(9, 5), Outcome::Answered, 20, 100},
        {"d", QDate(2021, 5, 5), QTime(14, 59), Outcome::Answered, 0, std::nullopt},
        {"e", QDate(2021, 5, 5), QTime(15, 0), Outcome::Voicemail, 40, std::nullopt},
    };
    QList<Call> calls;
    for (const Row &row : rows) {
        Call call = testCall(row.id, utcMs(row.day, row.time));
        call.outcome = row.outcome;
        call.waitSeconds = row.wait;
        call.talkSeconds = row.talk;
        calls.append(call);
    }
    QVERIFY(store(*ws, calls));

    const auto inputs = engine(*ws).staffingInputs(CallFilter{}, 30);
    QVERIFY(inputs);
    QCOMPARE(inputs->from, QDate(2021, 5, 3));
    QCOMPARE(inputs->to, QDate(2021, 5, 10));
    QCOMPARE(inputs->intervals.size(), 7 * 48);
    auto cell = [&inputs](int weekday, int hour, int minute) {
        return inputs->intervals.at((weekday - 1) * 48 + (hour * 60 + minute) / 30);
    };
    // Two Mondays in the period, one of every other weekday.
    QCOMPARE(cell(1, 9, 0).occurrences, 2);
    QCOMPARE(cell(3, 9, 0).occurrences, 1);
    // Monday 09:00-09:30: a (200 s) and c (100 s); 09:30-10:00: b, abandoned.
    QCOMPARE(cell(1, 9, 0).offered, 2);
    QCOMPARE(cell(1, 9, 0).handled, 2);
    QCOMPARE(cell(1, 9, 0).handleSeconds, 300.0);
    QCOMPARE(cell(1, 9, 30).offered, 1);
    QCOMPARE(cell(1, 9, 30).handled, 0);
    // Wednesday 14:30-15:00: d, answered without a talk time; the voicemail at 15:00 is not
    // offered.
    QCOMPARE(cell(3, 14, 30).offered, 1);
    QCOMPARE(cell(3, 14, 30).handled, 0);
    QCOMPARE(cell(3, 15, 0).offered, 0);
    // The period: 2 calls with a talk time (300 s), 1 abandon, waits 10 + 30 + 20 + 0 = 60 s.
    QCOMPARE(inputs->handled, 2);
    QCOMPARE(inputs->handleSeconds, 300.0);
    QCOMPARE(inputs->abandons, 1);
    QCOMPARE(inputs->queueSeconds, 60.0);
}

void TestKpiEngine::escalationTransferHoldAndAbandonTimes()
{
    const auto ws = openWorkspace(m_dir.filePath(QStringLiteral("flags.sqlite")), "UTC");
    QVERIFY(ws);
    struct Row
    {
        const char *id;
        Outcome outcome;
        std::optional<double> wait;
        std::optional<bool> escalated;
        std::optional<bool> transferred;
        std::optional<double> hold;
        std::optional<double> afterCallWork;
    };
    const Row rows[] = {
        {"a", Outcome::Answered, 10, true, false, 30, 10},
        {"b", Outcome::Answered, 10, false, true, 0, 20},
        {"c", Outcome::Answered, 10, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        {"d", Outcome::Abandoned, 3, {}, {}, {}, {}}, // short (S = 5 s)
        {"e", Outcome::Abandoned, 40, {}, {}, {}, {}},
        {"f", Outcome::Abandoned, std::nullopt, {}, {}, {}, {}}, // wait unknown: not short
        {"g", Outcome::Voicemail, 50, {}, {}, {}, {}},
        {"h", Outcome::Missed, 60, {}, {}, {}, {}},
    };
    QList<Call> calls;
    for (const Row &row : rows) {
        Call call = testCall(row.id, utcMs(QDate(2021, 6, 1), QTime(10, 0)));
        call.outcome = row.outcome;
        call.waitSeconds = row.wait;
        call.talkSeconds =
            row.outcome == Outcome::Answered ? std::optional<double>(100) : std::nullopt;
        call.escalated = row.escalated;
        call.transferred = row.transferred;
        call.holdSeconds = row.hold;
        call.afterCallWorkSeconds = row.afterCallWork;
        calls.append(call);
    }
    QVERIFY(store(*ws, calls));
    const auto kpis = engine(*ws).kpis(CallFilter{});
    QVERIFY(kpis);
    // Escalated: a of a and b (c does not say) = 1 / 2; transferred: b of a and b = 1 / 2.
    const KpiValue escalation = findKpi(*kpis, "escalation_rate");
    QCOMPARE(*escalation.numerator, 1.0);
    QCOMPARE(*escalation.denominator, 2.0);
    QCOMPARE(valueOf(*kpis, "transfer_rate"), 0.5);
    // Hold per held call: only a was held, 30 s. After-call work over a and b: (10 + 20) / 2.
    QCOMPARE(valueOf(*kpis, "hold_time"), 30.0);
    QCOMPARE(*findKpi(*kpis, "hold_time").denominator, 1.0);
    QCOMPARE(valueOf(*kpis, "after_call_work"), 15.0);
    // Time to abandon: e (40 s); d is short, f has no wait.
    QCOMPARE(valueOf(*kpis, "time_to_abandon"), 40.0);
    QCOMPARE(*findKpi(*kpis, "time_to_abandon").denominator, 1.0);
    QCOMPARE(valueOf(*kpis, "voicemail_calls"), 1.0);
    QCOMPARE(valueOf(*kpis, "missed_calls"), 1.0);

    // The PwC log has no such flags: the rates say what is missing instead of showing 0.
    const auto pwc = engine(*m_pwc).kpis(CallFilter{});
    QVERIFY(pwc);
    QVERIFY(!findKpi(*pwc, "escalation_rate").value);
    QVERIFY(findKpi(*pwc, "escalation_rate").reason.contains(QLatin1String("escalated")));
    QVERIFY(!findKpi(*pwc, "hold_time").value);
}

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"
