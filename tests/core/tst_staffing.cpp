#include "kpi/Staffing.h"

#include <QTest>

#include <cmath>

using namespace callboard;

namespace {

/// @p value with as many decimals as @p expected has, so that a figure is compared to exactly the
/// digits the cross-check table gives. An empty expectation (the table gives no such figure for
/// the row) gives an empty string, which compares equal.
QString toDigitsOf(double value, const QString &expected)
{
    if (expected.isEmpty()) {
        return QString();
    }
    const qsizetype point = expected.indexOf(u'.');
    const int decimals = point < 0 ? 0 : static_cast<int>(expected.size() - point - 1);
    return QString::number(value, 'f', decimals);
}

/// 100 calls in 30 minutes of 180 s each: A = 10 Erlangs, the load of rows 1, 2, 3, 6 and 7.
const CallLoad tenErlangs{100, 1800, 180};

/// Five minutes' mean patience, the Erlang A rows' callers.
constexpr double fiveMinutes = 300;

/// A load of @p erlangs made of calls of 180 s in 30 minutes, for rows that give A alone (P(wait)
/// depends on A and N only).
CallLoad erlangsOf(double erlangs)
{
    return CallLoad{erlangs * 10, 1800, 180};
}

/// Adds a row of Erlang C figures, each as the table writes it ("" where it gives none).
void erlangCRow(const char *name,
                const CallLoad &load,
                int agents,
                double thresholdSeconds,
                const char *waitProbability,
                const char *serviceLevel,
                const char *asaSeconds,
                const char *occupancy)
{
    QTest::newRow(name) << load.calls << load.intervalSeconds << load.handleSeconds << agents
                        << thresholdSeconds << QString::fromLatin1(waitProbability)
                        << QString::fromLatin1(serviceLevel) << QString::fromLatin1(asaSeconds)
                        << QString::fromLatin1(occupancy);
}

/// Adds a row of Erlang A figures for row 6's load and patience, as the table writes them.
void erlangARow(const char *name,
                int agents,
                const char *waitProbability,
                const char *abandonProbability,
                const char *occupancy,
                const char *asaSeconds,
                const char *serviceLevel)
{
    QTest::newRow(name) << agents << QString::fromLatin1(waitProbability)
                        << QString::fromLatin1(abandonProbability) << QString::fromLatin1(occupancy)
                        << QString::fromLatin1(asaSeconds) << QString::fromLatin1(serviceLevel);
}

/// The largest load @p agents can take with at most @p share of callers waiting, by bisection on A.
double largestLoadWithWaitAtMost(int agents, double share)
{
    double carried = 0;
    double tooMuch = agents;
    while (tooMuch - carried > 1e-9) {
        const double middle = (carried + tooMuch) / 2;
        const std::optional<QueueOutlook> outlook = erlangC(agents, CallLoad{middle, 1, 1}, 0);
        if (outlook && outlook->waitProbability <= share) {
            carried = middle;
        } else {
            tooMuch = middle;
        }
    }
    return carried;
}

} // namespace

/// Staffing math against the cross-check table of docs/metrics.md ("Staffing what-if"), whose row
/// numbers are those of the research notes' section 2.5; each expectation to the digits given.
class TestStaffing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trafficInErlangs();
    void erlangCCrossCheck_data();
    void erlangCCrossCheck();
    void fewestAgentsForTheTargetErlangC();
    void occupancyCapAndShrinkage();
    void largestLoadForAWaitShare();
    void erlangACrossCheck_data();
    void erlangACrossCheck();
    void fewestAgentsForTheTargetErlangA();
    void unstableLoadHasNoErlangCFigures();
    void erlangACarriesAnyLoad();
    void zeroCalls();
    void erlangAWithEndlessPatienceIsErlangC();
    void erlangAAtLargeScale();
    void scheduledAgentsRoundUp();
    void abandonRateFromData();
};

void TestStaffing::trafficInErlangs()
{
    QCOMPARE(tenErlangs.erlangs(), 10.0);                 // row 1: 100 × 180 s ÷ 1800 s
    QCOMPARE((CallLoad{600, 3600, 120}.erlangs()), 20.0); // row 4: 600 an hour of 120 s
    QCOMPARE((CallLoad{360, 1800, 240}.erlangs()), 48.0); // row 5: 360 in 30 min of 4 min
}

void TestStaffing::erlangCCrossCheck_data()
{
    QTest::addColumn<double>("calls");
    QTest::addColumn<double>("intervalSeconds");
    QTest::addColumn<double>("handleSeconds");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("thresholdSeconds");
    QTest::addColumn<QString>("waitProbability");
    QTest::addColumn<QString>("serviceLevel");
    QTest::addColumn<QString>("asaSeconds");
    QTest::addColumn<QString>("occupancy");

    const CallLoad twentyErlangs{600, 3600, 120};
    const CallLoad fortyEightErlangs{360, 1800, 240};
    // Load, agents, T, then P(wait), service level, ASA (s) and occupancy as the table writes them.
    erlangCRow("row 1, N 14", tenErlangs, 14, 20, "0.174132", "0.888350", "7.84", "0.714286");
    erlangCRow("row 2, N 15", tenErlangs, 15, 20, "0.1020", "0.9415", "", "0.667");
    erlangCRow("row 3, N 11", tenErlangs, 11, 20, "0.682118", "0.3896", "122.78", "");
    erlangCRow("row 3, N 12", tenErlangs, 12, 20, "0.449388", "0.6402", "40.44", "");
    erlangCRow("row 3, N 13", tenErlangs, 13, 20, "0.285270", "0.7956", "17.12", "");
    erlangCRow("row 3, N 15", tenErlangs, 15, 20, "0.102042", "0.9415", "3.67", "");
    // Rows 4, 8 and 9 give no threshold (0 here): their service level is not checked.
    erlangCRow("row 4, N 26", twentyErlangs, 26, 0, "0.1434", "", "2.87", "");
    erlangCRow("row 4, N 30", twentyErlangs, 30, 0, "0.0250", "", "", "");
    erlangCRow("row 5, N 55", fortyEightErlangs, 55, 15, "0.238701", "0.84588", "8.18", "0.8727");
    erlangCRow("row 8, A 500, N 520", erlangsOf(500), 520, 0, "0.274756", "", "", "");
    erlangCRow("row 8, A 1000, N 1040", erlangsOf(1000), 1040, 0, "0.140454", "", "", "");
    erlangCRow("row 9, A 10.5, N 13", erlangsOf(10.5), 13, 0, "0.368846", "", "", "");
}

void TestStaffing::erlangCCrossCheck()
{
    QFETCH(double, calls);
    QFETCH(double, intervalSeconds);
    QFETCH(double, handleSeconds);
    QFETCH(int, agents);
    QFETCH(double, thresholdSeconds);
    QFETCH(QString, waitProbability);
    QFETCH(QString, serviceLevel);
    QFETCH(QString, asaSeconds);
    QFETCH(QString, occupancy);

    const std::optional<QueueOutlook> outlook =
        erlangC(agents, CallLoad{calls, intervalSeconds, handleSeconds}, thresholdSeconds);
    QVERIFY(outlook);
    QCOMPARE(toDigitsOf(outlook->waitProbability, waitProbability), waitProbability);
    QCOMPARE(toDigitsOf(outlook->serviceLevel, serviceLevel), serviceLevel);
    QCOMPARE(toDigitsOf(outlook->asaSeconds, asaSeconds), asaSeconds);
    QCOMPARE(toDigitsOf(outlook->occupancy, occupancy), occupancy);
    QVERIFY(!outlook->abandonProbability);
}

void TestStaffing::fewestAgentsForTheTargetErlangC()
{
    // Row 1: 80 % in 20 s needs 14 (row 3: 13 agents reach only 79.56 %).
    QCOMPARE(requiredAgentsErlangC(tenErlangs, StaffingGoal{0.8, 20}), 14);
    // Row 5: 80 % in 15 s at 48 Erlangs needs 55.
    QCOMPARE(requiredAgentsErlangC(CallLoad{360, 1800, 240}, StaffingGoal{0.8, 15}), 55);
}

void TestStaffing::occupancyCapAndShrinkage()
{
    // Row 1: 14 agents, ⌈14 ÷ 0.7⌉ = 20 scheduled at 30 % shrinkage.
    QCOMPARE(scheduledAgents(14, 0.3), 20);
    // Row 2: at most 70 % occupancy needs ⌈10 ÷ 0.7⌉ = 15, and ⌈15 ÷ 0.7⌉ = 22 scheduled.
    const std::optional<int> capped =
        requiredAgentsErlangC(tenErlangs, StaffingGoal{0.8, 20, 0.70});
    QCOMPARE(capped, 15);
    QCOMPARE(scheduledAgents(*capped, 0.3), 22);
    // A ceiling the service level already keeps to changes nothing (row 1: 71.4 % at 14).
    QCOMPARE(requiredAgentsErlangC(tenErlangs, StaffingGoal{0.8, 20, 0.85}), 14);
}

void TestStaffing::largestLoadForAWaitShare()
{
    // Row 4: 30 agents keep P(wait) at or under 15 % up to 23.64 Erlangs.
    QCOMPARE(QString::number(largestLoadWithWaitAtMost(30, 0.15), 'f', 2), QStringLiteral("23.64"));
}

void TestStaffing::erlangACrossCheck_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<QString>("waitProbability");
    QTest::addColumn<QString>("abandonProbability");
    QTest::addColumn<QString>("occupancy");
    QTest::addColumn<QString>("asaSeconds");
    QTest::addColumn<QString>("serviceLevel");

    // 100 calls in 30 min, AHT 3 min, mean patience 5 min, T = 20 s. Agents, then P(wait),
    // P(abandon), occupancy, ASA (s) and service level as the table writes them.
    erlangARow("row 6, N 14", 14, "0.14526", "0.013984", "0.704297", "4.20", "0.916792");
    erlangARow("row 7, N 12", 12, "", "0.0427", "", "12.81", "0.7723");
    erlangARow("row 7, N 13", 13, "", "0.0250", "", "7.49", "0.8582");
    erlangARow("row 7, N 15", 15, "", "0.0075", "", "2.25", "0.9539");
    erlangARow("row 7, N 16", 16, "", "0.0039", "", "1.16", "0.9757");
}

void TestStaffing::erlangACrossCheck()
{
    QFETCH(int, agents);
    QFETCH(QString, waitProbability);
    QFETCH(QString, abandonProbability);
    QFETCH(QString, occupancy);
    QFETCH(QString, asaSeconds);
    QFETCH(QString, serviceLevel);

    const std::optional<QueueOutlook> outlook = erlangA(agents, tenErlangs, fiveMinutes, 20);
    QVERIFY(outlook);
    QVERIFY(outlook->abandonProbability);
    QCOMPARE(toDigitsOf(outlook->waitProbability, waitProbability), waitProbability);
    QCOMPARE(toDigitsOf(*outlook->abandonProbability, abandonProbability), abandonProbability);
    QCOMPARE(toDigitsOf(outlook->occupancy, occupancy), occupancy);
    QCOMPARE(toDigitsOf(outlook->asaSeconds, asaSeconds), asaSeconds);
    QCOMPARE(toDigitsOf(outlook->serviceLevel, serviceLevel), serviceLevel);
}

void TestStaffing::fewestAgentsForTheTargetErlangA()
{
    // Row 6's ASA in the table's own unit: 0.069919 min.
    QCOMPARE(QString::number(erlangA(14, tenErlangs, fiveMinutes, 20)->asaSeconds / 60, 'f', 6),
             QStringLiteral("0.069919"));
    // Row 7: callers who hang up lighten the queue, so 13 reach 80 % in 20 s where Erlang C
    // needs 14.
    QCOMPARE(requiredAgentsErlangA(tenErlangs, fiveMinutes, StaffingGoal{0.8, 20}), 13);
    // The occupancy ceiling applies to the model's occupancy, net of abandons: 14 agents are
    // 70.43 % busy (row 6) and 15 are 66.17 %, so a 70 % ceiling needs 15.
    QCOMPARE(requiredAgentsErlangA(tenErlangs, fiveMinutes, StaffingGoal{0.8, 20, 0.70}), 15);
}

void TestStaffing::unstableLoadHasNoErlangCFigures()
{
    // 10 Erlangs need more than 10 agents; with 10 or fewer the queue never empties.
    QVERIFY(!erlangC(10, tenErlangs, 20));
    QVERIFY(!erlangC(9, tenErlangs, 20));
    QVERIFY(!erlangC(0, tenErlangs, 20));
    QVERIFY(erlangC(11, tenErlangs, 20));
    // A fractional load is not rounded down: 10.5 Erlangs are too many for 10 agents.
    QVERIFY(!erlangC(10, CallLoad{105, 1800, 180}, 20));
}

void TestStaffing::erlangACarriesAnyLoad()
{
    // Where Erlang C has no answer, impatient callers keep the queue finite: at 9 agents for
    // 10 Erlangs the agents are nearly always busy, and the excess hangs up.
    const std::optional<QueueOutlook> outlook = erlangA(9, tenErlangs, fiveMinutes, 20);
    QVERIFY(outlook);
    QVERIFY(outlook->occupancy < 1);
    QVERIFY(outlook->occupancy > 0.9);
    // At least the calls beyond what 9 agents can answer (1 in 10) hang up.
    QVERIFY(*outlook->abandonProbability > 0.1);
    QVERIFY(outlook->serviceLevel > 0);
    QVERIFY(outlook->serviceLevel < 0.5);
}

void TestStaffing::zeroCalls()
{
    const CallLoad none{0, 1800, 180};
    QCOMPARE(none.erlangs(), 0.0);
    const std::optional<QueueOutlook> c = erlangC(1, none, 20);
    QVERIFY(c);
    QCOMPARE(c->waitProbability, 0.0);
    QCOMPARE(c->serviceLevel, 1.0);
    QCOMPARE(c->asaSeconds, 0.0);
    QCOMPARE(c->occupancy, 0.0);
    const std::optional<QueueOutlook> a = erlangA(1, none, fiveMinutes, 20);
    QVERIFY(a);
    QCOMPARE(a->waitProbability, 0.0);
    QCOMPARE(a->serviceLevel, 1.0);
    QCOMPARE(*a->abandonProbability, 0.0);
    QCOMPARE(a->occupancy, 0.0);
    // No calls need no agents, and no agents carry them.
    QVERIFY(erlangC(0, none, 20));
    QVERIFY(erlangA(0, none, fiveMinutes, 20));
    QCOMPARE(requiredAgentsErlangC(none, StaffingGoal{}), 0);
    QCOMPARE(requiredAgentsErlangA(none, fiveMinutes, StaffingGoal{}), 0);
}

void TestStaffing::erlangAWithEndlessPatienceIsErlangC()
{
    // A mean patience of about four months: practically nobody hangs up within the seconds a
    // queue at 71 % occupancy makes callers wait, so Erlang A must give row 1's figures.
    const std::optional<QueueOutlook> a = erlangA(14, tenErlangs, 1e7, 20);
    const std::optional<QueueOutlook> c = erlangC(14, tenErlangs, 20);
    QVERIFY(a);
    QVERIFY(c);
    QVERIFY(*a->abandonProbability < 1e-6);
    QVERIFY(std::abs(a->waitProbability - c->waitProbability) < 1e-5);
    QVERIFY(std::abs(a->serviceLevel - c->serviceLevel) < 1e-5);
    QVERIFY(std::abs(a->asaSeconds - c->asaSeconds) < 1e-3);
    QVERIFY(std::abs(a->occupancy - c->occupancy) < 1e-5);
    QCOMPARE(requiredAgentsErlangA(tenErlangs, 1e7, StaffingGoal{0.8, 20}), 14);
}

void TestStaffing::erlangAAtLargeScale()
{
    // Row 8's loads, where a factorial would overflow: the figures stay probabilities, and
    // patient callers bring them near Erlang C's.
    const CallLoad thousandErlangs{10000, 1800, 180};
    const std::optional<QueueOutlook> a = erlangA(1040, thousandErlangs, 3600, 20);
    QVERIFY(a);
    for (const double share :
         {a->waitProbability, a->serviceLevel, *a->abandonProbability, a->occupancy}) {
        QVERIFY(std::isfinite(share));
        QVERIFY(share >= 0);
        QVERIFY(share <= 1);
    }
    QVERIFY(a->waitProbability < erlangC(1040, thousandErlangs, 20)->waitProbability);
    QVERIFY(a->serviceLevel > erlangC(1040, thousandErlangs, 20)->serviceLevel);
    // Overloaded by half: the queue is long but finite, a third of callers hang up (what 1,000
    // agents cannot answer of 1,500 Erlangs), and those answered waited long.
    const std::optional<QueueOutlook> overloaded =
        erlangA(1000, CallLoad{15000, 1800, 180}, 300, 20);
    QVERIFY(overloaded);
    QVERIFY(std::abs(*overloaded->abandonProbability - 1.0 / 3) < 0.01);
    QVERIFY(overloaded->occupancy <= 1);
    QVERIFY(overloaded->serviceLevel < 1e-6);
}

void TestStaffing::scheduledAgentsRoundUp()
{
    QCOMPARE(scheduledAgents(14, 0.0), 14);
    QCOMPARE(scheduledAgents(14, 0.3), 20);  // 20.000000000000004 in binary, still 20
    QCOMPARE(scheduledAgents(15, 0.3), 22);  // 21.43
    QCOMPARE(scheduledAgents(55, 0.35), 85); // 84.6
}

void TestStaffing::abandonRateFromData()
{
    // 60 abandons over 5 hours of waiting by all callers: θ = 60 ÷ 18,000 s, a mean patience of
    // 300 s.
    const std::optional<double> rate = estimatedAbandonRate(60, 18000);
    QVERIFY(rate);
    QCOMPARE(1 / *rate, 300.0);
    QVERIFY(!estimatedAbandonRate(0, 18000)); // nobody hung up: no sign of impatience
    QVERIFY(!estimatedAbandonRate(5, 0));
}

QTEST_GUILESS_MAIN(TestStaffing)
#include "tst_staffing.moc"
