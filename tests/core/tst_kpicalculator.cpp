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
    counts.abandonedWithinThreshold = 20; // and 40 after 20 s
    return counts;
}

/// The calculator for @p formula, with the Standard profile's T = 20 s and S = 5 s.
KpiCalculator withFormula(ServiceLevelFormula formula)
{
    DefinitionProfile profile = DefinitionProfile::standard();
    profile.serviceLevelFormula = formula;
    return KpiCalculator(profile, Targets::defaults());
}

} // namespace

class TestKpiCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardServiceLevelOnTheIcmiExample();
    void serviceLevelVariantsOnTheIcmiExample_data();
    void serviceLevelVariantsOnTheIcmiExample();
    void breakoutsAndMissedCallsVariants();
    void shippedProfiles();
    void icmiStrictCountsEveryAbandon();
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

void TestKpiCalculator::serviceLevelVariantsOnTheIcmiExample_data()
{
    // metrics.md section 1.2.1's fixture: answered 1000, abandoned 60, answered within 20 s 860,
    // abandoned within 20 s 20, after 20 s 40, within 5 s 10. Worked by hand:
    QTest::addColumn<ServiceLevelFormula>("formula");
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("numerator");
    QTest::addColumn<double>("denominator");
    QTest::addColumn<int>("basisPoints"); // the value in hundredths of a per cent
    using F = ServiceLevelFormula;
    QTest::newRow("SL-A") << F::AnsweredWithinOverAnswered << "SL-A" << 860.0 << 1000.0
                          << 8600; // 860 / 1000
    QTest::newRow("SL-B") << F::AnsweredWithinOverOffered << "SL-B" << 860.0 << 1060.0
                          << 8113; // 860 / 1060
    QTest::newRow("SL-C") << F::AnsweredWithinOverOfferedLessShort << "SL-C" << 860.0 << 1050.0
                          << 8190; // 860 / (1060 - 10)
    QTest::newRow("SL-D") << F::AnsweredWithinOverOfferedLessEarly << "SL-D" << 860.0 << 1040.0
                          << 8269; // 860 / (1000 + 40)
    QTest::newRow("SL-E") << F::WithinOverOffered << "SL-E" << 880.0 << 1060.0
                          << 8302; // (860 + 20) / 1060
    QTest::newRow("SL-F") << F::AnsweredWithinOrShortOverOffered << "SL-F" << 870.0 << 1060.0
                          << 8208; // (860 + 10) / 1060
}

void TestKpiCalculator::serviceLevelVariantsOnTheIcmiExample()
{
    QFETCH(ServiceLevelFormula, formula);
    QFETCH(QString, id);
    QFETCH(double, numerator);
    QFETCH(double, denominator);
    QFETCH(int, basisPoints);
    const KpiValue sl = findKpi(withFormula(formula).compute(icmiExample()), "service_level");
    QCOMPARE(*sl.numerator, numerator);
    QCOMPARE(*sl.denominator, denominator);
    QCOMPARE(qRound(*sl.value * 10000), basisPoints);
    QVERIFY2(sl.label.startsWith(id + QLatin1String(": ")), qPrintable(sl.label));
    QVERIFY2(sl.label.endsWith(QLatin1String("(Standard profile)")), qPrintable(sl.label));
}

void TestKpiCalculator::breakoutsAndMissedCallsVariants()
{
    // The ICMI example plus 30 callers who left the queue by a key and 50 missed calls, 10 of
    // them within 20 s (and 5 voicemails, which neither variant counts).
    CallCounts counts = icmiExample();
    counts.inbound += 85;
    counts.notOffered = 85;
    counts.leftByKey = 30;
    counts.missed = 50;
    counts.missedWithinThreshold = 10;
    // SL-G: 860 / (1000 + 60 + 30) = 860 / 1090 = 78.90 %; 55 not offered are left out.
    const KpiValue g = findKpi(
        withFormula(ServiceLevelFormula::AnsweredWithinOverOfferedAndBreakouts).compute(counts),
        "service_level");
    QCOMPARE(*g.denominator, 1090.0);
    QCOMPARE(qRound(*g.value * 10000), 7890);
    QCOMPARE(excludedCount(g, "not_offered"), 55);
    // SL-H: (860 + 10) / (1000 + 50) = 870 / 1050 = 82.86 %; the 60 abandons are left out.
    const KpiValue h = findKpi(
        withFormula(ServiceLevelFormula::AnsweredOrMissedWithinOverAnsweredMissed).compute(counts),
        "service_level");
    QCOMPARE(*h.numerator, 870.0);
    QCOMPARE(*h.denominator, 1050.0);
    QCOMPARE(qRound(*h.value * 10000), 8286);
    QCOMPARE(excludedCount(h, "abandoned"), 60);
    QCOMPARE(excludedCount(h, "not_offered"), 35);
}

void TestKpiCalculator::shippedProfiles()
{
    const QList<DefinitionProfile> profiles = DefinitionProfile::builtIn();
    QCOMPARE(profiles.size(), 4);
    QCOMPARE(profiles.at(0).name, QStringLiteral("Standard"));
    QCOMPARE(profiles.at(0).serviceLevelFormulaId(), QStringLiteral("SL-C"));
    const auto icmi = DefinitionProfile::builtInNamed(QStringLiteral("icmi-strict"));
    QVERIFY(icmi);
    QCOMPARE(icmi->name, QStringLiteral("ICMI strict"));
    QCOMPARE(icmi->serviceLevelFormulaId(), QStringLiteral("SL-B"));
    QCOMPARE(icmi->shortAbandonSeconds, 0.0);
    const auto aircall = DefinitionProfile::builtInNamed(QStringLiteral("Aircall-like"));
    QVERIFY(aircall);
    QCOMPARE(aircall->serviceLevelFormulaId(), QStringLiteral("SL-A"));
    QCOMPARE(aircall->shortAbandonSeconds, 10.0);
    const auto asterisk =
        DefinitionProfile::builtInNamed(QStringLiteral("asterisk servicelevelperf"));
    QVERIFY(asterisk);
    QCOMPARE(asterisk->serviceLevelFormulaId(), QStringLiteral("SL-A"));
    QCOMPARE(asterisk->serviceLevelThresholdSeconds, 60.0);
    QVERIFY(!DefinitionProfile::builtInNamed(QStringLiteral("Genesys")));
}

void TestKpiCalculator::icmiStrictCountsEveryAbandon()
{
    // S = 0: the engine counts no abandon as short, so abandonment is 60 / 1060 = 5.66 % (the
    // fixture's figure with short abandons included; Standard's S = 5 gives 50 / 1050 = 4.76 %).
    CallCounts counts = icmiExample();
    counts.shortAbandons = 0;
    const KpiCalculator strict(*DefinitionProfile::builtInNamed(QStringLiteral("ICMI strict")),
                               Targets::defaults());
    const QList<KpiValue> kpis = strict.compute(counts);
    QCOMPARE(qRound(*findKpi(kpis, "abandonment_rate").value * 10000), 566);
    QCOMPARE(qRound(*findKpi(kpis, "service_level").value * 10000), 8113);
    QCOMPARE(excludedCount(findKpi(kpis, "service_level"), "short_abandon"), 0);
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
