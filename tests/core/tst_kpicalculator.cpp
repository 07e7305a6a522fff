#include "kpi/KpiCalculator.h"

#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

qint64 excludedCount(const KpiValue &kpi, const char *code)
{
    for (const Exclusion &exclusion : kpi.excluded) {
        if (exclusion.code == QLatin1String(code)) {
            return exclusion.count;
        }
    }
    return 0;
}

/// ICMI's worked example (docs/metrics.md, section 1.2.1): 1000 answered, 860 of them within
/// 20 s; 60 abandoned, 10 of them within 5 s.
CallCounts icmiExample()
{
    CallCounts counts;
    counts.inbound = 1060;
    counts.answered = 1000;
    counts.answeredWaitKnown = 1000;
    counts.answeredWithinThreshold = 860;
    counts.abandonedAll = 60;
    counts.shortAbandons = 10;
    return counts;
}

} // namespace

class TestKpiCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardServiceLevelOnTheIcmiExample();
    void abandonmentLeavesShortAbandonsOut();
    void meansAndRates();
    void emptySelectionGivesNoValueAndAReason();
    void answeredCallsWithoutWaitLeaveTheServiceLevel();
    void ahtLabelSaysWhichPartsItHas();
    void firstCallResolution();
    void statusAgainstTargets_data();
    void statusAgainstTargets();

private:
    KpiCalculator m_calculator{DefinitionProfile::standard(), Targets::defaults()};
};

void TestKpiCalculator::standardServiceLevelOnTheIcmiExample()
{
    // Standard = answered within T / (answered + abandoned - short abandons)
    //          = 860 / (1000 + 60 - 10) = 860 / 1050 = 81.90 % (SL-C with S = 5 in metrics.md).
    const KpiValue sl = findKpi(m_calculator.compute(icmiExample()), "service_level");
    QCOMPARE(*sl.numerator, 860.0);
    QCOMPARE(*sl.denominator, 1050.0);
    QCOMPARE(qRound(*sl.value * 10000), 8190);
    QCOMPARE(sl.unit, KpiUnit::Ratio);
    QCOMPARE(*sl.target, 0.80);
    QCOMPARE(sl.status, KpiStatus::Good);
    QCOMPARE(excludedCount(sl, "short_abandon"), 10);
}

void TestKpiCalculator::abandonmentLeavesShortAbandonsOut()
{
    // 50 / 1050 = 4.76 %, the fixture's figure without the 10 short abandons.
    const QList<KpiValue> kpis = m_calculator.compute(icmiExample());
    const KpiValue rate = findKpi(kpis, "abandonment_rate");
    QCOMPARE(*rate.numerator, 50.0);
    QCOMPARE(*rate.denominator, 1050.0);
    QCOMPARE(qRound(*rate.value * 10000), 476);
    QCOMPARE(rate.status, KpiStatus::Good); // target 5 %, lower is better
    QCOMPARE(*findKpi(kpis, "abandoned_calls").value, 50.0);
    QCOMPARE(*findKpi(kpis, "short_abandons").value, 10.0);
}

void TestKpiCalculator::meansAndRates()
{
    CallCounts counts;
    counts.inbound = 4;
    counts.answered = 3;
    counts.answeredWaitKnown = 3;
    counts.answeredWaitSum = 60; // waits 15 + 25 + 20
    counts.answeredTalkKnown = 3;
    counts.handleSum = 865; // talk 200 + 65 + 600
    counts.answeredResolvedKnown = 3;
    counts.answeredResolved = 2;
    counts.ratings = 2;
    counts.topTwoBoxRatings = 1; // ratings 5 and 2
    counts.ratingSum = 7;
    const QList<KpiValue> kpis = m_calculator.compute(counts);
    QCOMPARE(*findKpi(kpis, "asa").value, 20.0);
    QCOMPARE(findKpi(kpis, "asa").unit, KpiUnit::Seconds);
    QCOMPARE(*findKpi(kpis, "aht").value, 865.0 / 3);
    QCOMPARE(*findKpi(kpis, "resolution_rate").value, 2.0 / 3);
    QCOMPARE(*findKpi(kpis, "csat").value, 0.5);
    QCOMPARE(*findKpi(kpis, "csat_average").value, 3.5);
    QCOMPARE(findKpi(kpis, "csat_average").unit, KpiUnit::Score);
    QCOMPARE(findKpi(kpis, "asa").status, KpiStatus::Good); // 20 s against 30 s
}

void TestKpiCalculator::emptySelectionGivesNoValueAndAReason()
{
    const QList<KpiValue> kpis = m_calculator.compute(CallCounts());
    QCOMPARE(*findKpi(kpis, "calls").value, 0.0);
    for (const char *id : {"service_level",
                           "asa",
                           "aht",
                           "abandonment_rate",
                           "fcr",
                           "resolution_rate",
                           "csat",
                           "csat_average"}) {
        const KpiValue &kpi = findKpi(kpis, id);
        QVERIFY2(!kpi.value, id);
        QVERIFY2(!kpi.reason.isEmpty(), id);
        QCOMPARE(kpi.status, KpiStatus::None);
    }
}

void TestKpiCalculator::answeredCallsWithoutWaitLeaveTheServiceLevel()
{
    CallCounts counts;
    counts.inbound = 10;
    counts.answered = 10;
    counts.answeredWaitKnown = 8;
    counts.answeredWithinThreshold = 6;
    const KpiValue sl = findKpi(m_calculator.compute(counts), "service_level");
    QCOMPARE(*sl.value, 6.0 / 8);
    QCOMPARE(excludedCount(sl, "wait_unknown"), 2);
}

void TestKpiCalculator::ahtLabelSaysWhichPartsItHas()
{
    CallCounts counts;
    counts.answered = 2;
    counts.answeredTalkKnown = 2;
    counts.handleSum = 100;
    QVERIFY(
        findKpi(m_calculator.compute(counts), "aht").label.startsWith(QLatin1String("talk only")));
    counts.answeredHoldKnown = 2;
    counts.answeredAfterCallWorkKnown = 2;
    QCOMPARE(findKpi(m_calculator.compute(counts), "aht").label,
             QStringLiteral("talk + hold + after-call work"));
}

void TestKpiCalculator::firstCallResolution()
{
    CallCounts counts;
    counts.inbound = 10;
    counts.answered = 10;
    counts.fcrAnonymous = 10;
    KpiValue fcr = findKpi(m_calculator.compute(counts), "fcr");
    QVERIFY(!fcr.value);
    QVERIFY(fcr.reason.contains(QLatin1String("identity")));

    counts.fcrAnonymous = 2;
    counts.fcrProvisional = 3;
    counts.fcrEligible = 5;
    counts.fcrResolved = 4;
    fcr = findKpi(m_calculator.compute(counts), "fcr");
    QCOMPARE(*fcr.value, 0.8);
    QCOMPARE(excludedCount(fcr, "anonymous"), 2);
    QCOMPARE(excludedCount(fcr, "provisional"), 3);
    QCOMPARE(fcr.status, KpiStatus::Good); // 80 % against 70 %
}

void TestKpiCalculator::statusAgainstTargets_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<KpiStatus>("expected");
    // Service level: target 80 %, higher is better, warning down to 72 % (10 % of the target).
    QTest::newRow("SL at target") << "service_level" << 0.80 << KpiStatus::Good;
    QTest::newRow("SL in band") << "service_level" << 0.75 << KpiStatus::Warning;
    QTest::newRow("SL below band") << "service_level" << 0.70 << KpiStatus::Bad;
    // ASA: target 30 s, lower is better, warning up to 33 s.
    QTest::newRow("ASA under") << "asa" << 29.0 << KpiStatus::Good;
    QTest::newRow("ASA in band") << "asa" << 33.0 << KpiStatus::Warning;
    QTest::newRow("ASA over") << "asa" << 33.5 << KpiStatus::Bad;
    QTest::newRow("no target") << "resolution_rate" << 0.1 << KpiStatus::None;
}

void TestKpiCalculator::statusAgainstTargets()
{
    QFETCH(QString, kpi);
    QFETCH(double, value);
    QFETCH(KpiStatus, expected);
    QCOMPARE(Targets::defaults().evaluate(kpi, value), expected);
}

QTEST_GUILESS_MAIN(TestKpiCalculator)
#include "tst_kpicalculator.moc"
