#include "kpi/KpiCalculator.h"
#include "kpi/WorkspaceTargets.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace callboard;

namespace {

Target targetOf(double value, bool higherIsBetter, double warningBand, const QString &colour = {})
{
    Target target;
    target.value = value;
    target.higherIsBetter = higherIsBetter;
    target.warningBand = warningBand;
    target.colour = colour;
    return target;
}

std::optional<KpiTarget> entryFor(const QList<KpiTarget> &list, const QString &kpiId)
{
    for (const KpiTarget &entry : list) {
        if (entry.kpiId == kpiId) {
            return entry;
        }
    }
    return std::nullopt;
}

std::optional<ReferenceValue> referenceFor(const QList<ReferenceValue> &list, const QString &id)
{
    for (const ReferenceValue &value : list) {
        if (value.id == id) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

class TestWorkspaceTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsWhenNothingIsStored();
    void targetsAreStoredInTheWorkspace();
    void clearAndResetGoBackToTheDefaults();
    void refusedTargets_data();
    void refusedTargets();
    void presetsSetServiceLevelAndRecordT();
    void referenceValuesShipFromCloudTalk();
    void referenceValuesCanBeChangedAndReset();
    void olderWorkspaceGainsDefaultTargets();

private:
    /// Opens the test's workspace again, as another team member would.
    void reopen();

    QTemporaryDir m_dir;
    QString m_path;
    int m_workspaces = 0;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspaceTargets::init()
{
    // A new workspace for every test and every row of a table.
    m_path = m_dir.filePath(QStringLiteral("targets%1.sqlite").arg(++m_workspaces));
    reopen();
}

void TestWorkspaceTargets::cleanup()
{
    m_workspace.reset();
}

void TestWorkspaceTargets::reopen()
{
    m_workspace.reset();
    auto workspace = Workspace::open(m_path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    m_workspace = std::move(*workspace);
}

void TestWorkspaceTargets::defaultsWhenNothingIsStored()
{
    const WorkspaceTargets targets(*m_workspace);
    const Expected<QList<KpiTarget>> list = targets.list();
    QVERIFY(list);
    QCOMPARE(list->size(), KpiCalculator::kpiIds().size());
    QCOMPARE(list->constFirst().kpiId, QStringLiteral("calls"));
    // Today's defaults: service level 80 %, ASA 30 s, abandonment 5 %, FCR 70 %, CSAT 80 %,
    // AHT 360 s, each with a 10 % band; the other KPIs have none.
    const QList<std::tuple<QString, double, bool>> defaults{
        {QStringLiteral("service_level"), 0.80, true},
        {QStringLiteral("asa"), 30, false},
        {QStringLiteral("abandonment_rate"), 0.05, false},
        {QStringLiteral("fcr"), 0.70, true},
        {QStringLiteral("csat"), 0.80, true},
        {QStringLiteral("aht"), 360, false},
    };
    for (const auto &[id, value, higherIsBetter] : defaults) {
        const std::optional<KpiTarget> entry = entryFor(*list, id);
        QVERIFY2(entry && entry->target, qPrintable(id));
        QVERIFY(entry->isDefault);
        QCOMPARE(entry->target->value, value);
        QCOMPARE(entry->target->higherIsBetter, higherIsBetter);
        QCOMPARE(entry->target->warningBand, 0.10);
        QVERIFY(entry->target->colour.isEmpty());
        QVERIFY(!entry->target->assumedThresholdSeconds);
    }
    const std::optional<KpiTarget> resolution = entryFor(*list, QStringLiteral("resolution_rate"));
    QVERIFY(resolution && resolution->isDefault && !resolution->target);
    QCOMPARE(resolution->unit, KpiUnit::Ratio);
    QCOMPARE(entryFor(*list, QStringLiteral("asa"))->unit, KpiUnit::Seconds);

    // The targets in effect judge exactly as Targets::defaults() does.
    const Expected<Targets> effective = targets.targets();
    QVERIFY(effective);
    QCOMPARE(effective->evaluate(QStringLiteral("service_level"), 0.75), KpiStatus::Warning);
    QCOMPARE(effective->evaluate(QStringLiteral("asa"), 33.5), KpiStatus::Bad);
    QCOMPARE(effective->evaluate(QStringLiteral("resolution_rate"), 0.1), KpiStatus::None);
}

void TestWorkspaceTargets::targetsAreStoredInTheWorkspace()
{
    {
        WorkspaceTargets targets(*m_workspace);
        QVERIFY(targets.set(QStringLiteral("service_level"),
                            targetOf(0.85, true, 0.05, QStringLiteral("#2e7d32"))));
        QVERIFY(targets.set(QStringLiteral("resolution_rate"), targetOf(0.9, true, 0.10)));
        QVERIFY(targets.set(QStringLiteral("asa"), targetOf(20, false, 0.5)));
    }
    reopen();
    const WorkspaceTargets targets(*m_workspace);
    const Expected<QList<KpiTarget>> list = targets.list();
    QVERIFY(list);
    const std::optional<KpiTarget> sl = entryFor(*list, QStringLiteral("service_level"));
    QVERIFY(sl && sl->target && !sl->isDefault);
    QCOMPARE(sl->target->value, 0.85);
    QCOMPARE(sl->target->warningBand, 0.05);
    QCOMPARE(sl->target->colour, QStringLiteral("#2E7D32"));
    QVERIFY(entryFor(*list, QStringLiteral("fcr"))->isDefault);

    const Expected<Targets> effective = targets.targets();
    QVERIFY(effective);
    // Service level 85 % with a 5 % band: a warning down to 85 − 4.25 = 80.75 %.
    const QString slId = QStringLiteral("service_level");
    QCOMPARE(effective->evaluate(slId, 0.85), KpiStatus::Good);
    QCOMPARE(effective->evaluate(slId, 0.81), KpiStatus::Warning);
    QCOMPARE(effective->evaluate(slId, 0.80), KpiStatus::Bad);
    // ASA 20 s, lower is better, a 50 % band: a warning up to 30 s.
    QCOMPARE(effective->evaluate(QStringLiteral("asa"), 30), KpiStatus::Warning);
    QCOMPARE(effective->evaluate(QStringLiteral("asa"), 31), KpiStatus::Bad);
    // A KPI without a default target now has one; the untouched defaults still hold.
    QCOMPARE(effective->evaluate(QStringLiteral("resolution_rate"), 0.9), KpiStatus::Good);
    QCOMPARE(effective->evaluate(QStringLiteral("aht"), 360), KpiStatus::Good);
}

void TestWorkspaceTargets::clearAndResetGoBackToTheDefaults()
{
    WorkspaceTargets targets(*m_workspace);
    QVERIFY(targets.set(QStringLiteral("service_level"), targetOf(0.9, true, 0.1)));
    QVERIFY(targets.set(QStringLiteral("aht"), targetOf(300, false, 0.2)));
    QVERIFY(targets.set(QStringLiteral("csat_average"), targetOf(4.2, true, 0.05)));

    QVERIFY(targets.clear(QStringLiteral("service_level")));
    Expected<QList<KpiTarget>> list = targets.list();
    QVERIFY(list);
    QVERIFY(entryFor(*list, QStringLiteral("service_level"))->isDefault);
    QCOMPARE(entryFor(*list, QStringLiteral("service_level"))->target->value, 0.80);
    QCOMPARE(entryFor(*list, QStringLiteral("aht"))->target->value, 300.0);
    // Clearing a KPI that has no default leaves it without a target.
    QVERIFY(targets.clear(QStringLiteral("csat_average")));
    list = targets.list();
    QVERIFY(list);
    QVERIFY(!entryFor(*list, QStringLiteral("csat_average"))->target);
    // Clearing one never set is no error; clearing an unknown KPI is.
    QVERIFY(targets.clear(QStringLiteral("fcr")));
    const Status unknown = targets.clear(QStringLiteral("speed"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QLatin1String("calls, inbound_calls")),
             qPrintable(unknown.error().message));

    QVERIFY(targets.reset());
    list = targets.list();
    QVERIFY(list);
    for (const KpiTarget &entry : *list) {
        QVERIFY2(entry.isDefault, qPrintable(entry.kpiId));
    }
    QCOMPARE(entryFor(*list, QStringLiteral("aht"))->target->value, 360.0);
}

void TestWorkspaceTargets::refusedTargets_data()
{
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("band");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    const QString none;
    const QString share = QStringLiteral("a share from 0 to 1");
    const QString seconds = QStringLiteral("a time in seconds, 0 or more");
    const QString zeroOrMore = QStringLiteral("is 0 or more, not -1");
    const QString band = QStringLiteral("The warning band is a fraction of the target, 0 or more");
    const QString colour = QStringLiteral("A colour is written #RRGGBB");
    const QString sl = QStringLiteral("service_level");
    QTest::newRow("ratio 0") << sl << 0.0 << 0.1 << none << none;
    QTest::newRow("ratio 1") << sl << 1.0 << 0.1 << none << none;
    QTest::newRow("ratio over 1") << sl << 1.2 << 0.1 << none << share;
    QTest::newRow("ratio 80 for 80 %") << sl << 80.0 << 0.1 << none << share;
    QTest::newRow("ratio below 0") << sl << -0.1 << 0.1 << none << share;
    QTest::newRow("ratio not a number")
        << sl << std::numeric_limits<double>::quiet_NaN() << 0.1 << none << share;
    QTest::newRow("seconds 0") << QStringLiteral("asa") << 0.0 << 0.1 << none << none;
    QTest::newRow("seconds large") << QStringLiteral("aht") << 7200.0 << 0.1 << none << none;
    QTest::newRow("seconds below 0") << QStringLiteral("asa") << -1.0 << 0.1 << none << seconds;
    QTest::newRow("seconds infinite")
        << QStringLiteral("aht") << std::numeric_limits<double>::infinity() << 0.1 << none
        << seconds;
    QTest::newRow("count below 0") << QStringLiteral("calls") << -1.0 << 0.1 << none << zeroOrMore;
    QTest::newRow("score below 0")
        << QStringLiteral("csat_average") << -1.0 << 0.1 << none << zeroOrMore;
    QTest::newRow("band 0") << sl << 0.8 << 0.0 << none << none;
    QTest::newRow("band wider than the target")
        << QStringLiteral("asa") << 30.0 << 2.0 << none << none;
    QTest::newRow("band below 0") << sl << 0.8 << -0.05 << none << band;
    QTest::newRow("colour") << sl << 0.8 << 0.1 << QStringLiteral("#a1B2c3") << none;
    QTest::newRow("colour by name") << sl << 0.8 << 0.1 << QStringLiteral("green") << colour;
    QTest::newRow("colour not hex") << sl << 0.8 << 0.1 << QStringLiteral("#12345G") << colour;
    QTest::newRow("colour short") << sl << 0.8 << 0.1 << QStringLiteral("#fff") << colour;
    QTest::newRow("unknown KPI")
        << QStringLiteral("lead_response_time") << 60.0 << 0.1 << none
        << QStringLiteral("There is no KPI \"lead_response_time\"; the KPIs are calls, "
                          "inbound_calls, outbound_calls, answered_calls, abandoned_calls, "
                          "short_abandons, service_level, asa, aht, abandonment_rate, fcr, "
                          "resolution_rate, csat, csat_average, escalation_rate, transfer_rate, "
                          "hold_time, after_call_work, time_to_abandon, voicemail_calls, "
                          "missed_calls.");
}

void TestWorkspaceTargets::refusedTargets()
{
    QFETCH(QString, kpi);
    QFETCH(double, value);
    QFETCH(double, band);
    QFETCH(QString, colour);
    QFETCH(QString, refusal);
    WorkspaceTargets targets(*m_workspace);
    const Status status = targets.set(kpi, targetOf(value, true, band, colour));
    if (refusal.isEmpty()) {
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        return;
    }
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(refusal), qPrintable(status.error().message));
    // A refused target changes nothing.
    const Expected<QList<KpiTarget>> list = targets.list();
    QVERIFY(list);
    for (const KpiTarget &entry : *list) {
        QVERIFY2(entry.isDefault, qPrintable(entry.kpiId));
    }
}

void TestWorkspaceTargets::presetsSetServiceLevelAndRecordT()
{
    WorkspaceTargets targets(*m_workspace);
    // A team's band and colour survive a preset; the share and the threshold it assumes change.
    QVERIFY(targets.set(QStringLiteral("service_level"),
                        targetOf(0.5, false, 0.05, QStringLiteral("#1565C0"))));
    for (const auto &[preset, share, threshold] : {std::tuple{"90/10", 0.90, 10.0},
                                                   std::tuple{"70/30", 0.70, 30.0},
                                                   std::tuple{"80/20", 0.80, 20.0}}) {
        QVERIFY2(targets.applyPreset(QLatin1String(preset)), preset);
        const std::optional<Target> sl = targets.targets()->forKpi(QStringLiteral("service_level"));
        QVERIFY(sl);
        QCOMPARE(sl->value, share);
        QVERIFY(sl->higherIsBetter);
        QCOMPARE(sl->warningBand, 0.05);
        QCOMPARE(sl->colour, QStringLiteral("#1565C0"));
        QCOMPARE(sl->assumedThresholdSeconds.value_or(-1), threshold);
    }
    // On a workspace at the defaults, 80/20 is the default target with T recorded.
    QVERIFY(targets.reset());
    QVERIFY(targets.applyPreset(QStringLiteral("80/20")));
    reopen();
    const WorkspaceTargets reopened(*m_workspace);
    const std::optional<KpiTarget> sl = entryFor(*reopened.list(), QStringLiteral("service_level"));
    QVERIFY(sl && sl->target && !sl->isDefault);
    QCOMPARE(sl->target->value, 0.80);
    QCOMPARE(sl->target->warningBand, 0.10);
    QCOMPARE(sl->target->assumedThresholdSeconds.value_or(-1), 20.0);

    const Status unknown = WorkspaceTargets(*m_workspace).applyPreset(QStringLiteral("85/15"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message,
             QStringLiteral("There is no preset \"85/15\"; the presets are 80/20, 90/10, 70/30."));
}

void TestWorkspaceTargets::referenceValuesShipFromCloudTalk()
{
    const Expected<QList<ReferenceValue>> values = WorkspaceTargets(*m_workspace).referenceValues();
    QVERIFY(values);
    // CloudTalk's lead response times: healthcare 2 h 05 min, telecom 16 min, small business
    // 48 min, mid-size business 1 h 38 min, enterprise 1 h 28 min.
    const QList<std::pair<QString, double>> expected{
        {QStringLiteral("lead_response_time.healthcare"), 7500},
        {QStringLiteral("lead_response_time.telecom"), 960},
        {QStringLiteral("lead_response_time.small_business"), 2880},
        {QStringLiteral("lead_response_time.mid_size_business"), 5880},
        {QStringLiteral("lead_response_time.enterprise"), 5280},
    };
    QCOMPARE(values->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ReferenceValue &value = values->at(i);
        QCOMPARE(value.id, expected.at(i).first);
        QCOMPARE(value.value, expected.at(i).second);
        QCOMPARE(value.kpiId, QStringLiteral("lead_response_time"));
        QCOMPARE(value.unit, KpiUnit::Seconds);
        QCOMPARE(value.source, QStringLiteral("CloudTalk, call-tracking metrics article"));
        QVERIFY(value.isShipped);
    }
    QCOMPARE(values->at(3).label, QStringLiteral("Mid-size business"));
}

void TestWorkspaceTargets::referenceValuesCanBeChangedAndReset()
{
    const QString telecom = QStringLiteral("lead_response_time.telecom");
    const QString enterprise = QStringLiteral("lead_response_time.enterprise");
    {
        WorkspaceTargets targets(*m_workspace);
        QVERIFY(targets.setReferenceValue(telecom, 600, QStringLiteral("Our 2025 survey")));
        QVERIFY(targets.setReferenceValue(enterprise, 3600, QString()));
    }
    reopen();
    WorkspaceTargets targets(*m_workspace);
    Expected<QList<ReferenceValue>> values = targets.referenceValues();
    QVERIFY(values);
    QCOMPARE(referenceFor(*values, telecom)->value, 600.0);
    QCOMPARE(referenceFor(*values, telecom)->source, QStringLiteral("Our 2025 survey"));
    QVERIFY(!referenceFor(*values, telecom)->isShipped);
    // A figure changed without a source no longer claims CloudTalk's.
    QVERIFY(referenceFor(*values, enterprise)->source.isEmpty());
    QCOMPARE(referenceFor(*values, QStringLiteral("lead_response_time.healthcare"))->value, 7500.0);

    const Status unknown = targets.setReferenceValue(QStringLiteral("asa.retail"), 10, {});
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QLatin1String("lead_response_time.healthcare, ")),
             qPrintable(unknown.error().message));
    const Status negative = targets.setReferenceValue(telecom, -5, {});
    QVERIFY(!negative);
    QCOMPARE(negative.error().message, QStringLiteral("A reference value is 0 or more, not -5."));
    QVERIFY(!targets.resetReferenceValue(QStringLiteral("asa.retail")));

    QVERIFY(targets.resetReferenceValue(telecom));
    values = targets.referenceValues();
    QVERIFY(values);
    QCOMPARE(referenceFor(*values, telecom)->value, 960.0);
    QVERIFY(referenceFor(*values, telecom)->isShipped);
    QVERIFY(!referenceFor(*values, enterprise)->isShipped);
    QVERIFY(targets.resetReferenceValues());
    values = targets.referenceValues();
    QVERIFY(values);
    QCOMPARE(referenceFor(*values, enterprise)->value, 5280.0);
    QCOMPARE(referenceFor(*values, enterprise)->source,
             QStringLiteral("CloudTalk, call-tracking metrics article"));
    // Resetting the targets leaves the reference values alone, and the other way round.
    QVERIFY(targets.setReferenceValue(telecom, 600, {}));
    QVERIFY(targets.reset());
    QVERIFY(!referenceFor(*targets.referenceValues(), telecom)->isShipped);
}

void TestWorkspaceTargets::olderWorkspaceGainsDefaultTargets()
{
    m_workspace.reset();
    const QString path = m_dir.filePath(QStringLiteral("version7.sqlite"));
    {
        // A workspace as schema version 7, the one before targets, wrote it, with one call.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int step = 0; step < 7; ++step) {
            for (const QString &statement : schema::migrationSteps().at(step)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('home_country', 'GB'),"
                           " ('report_time_zone', 'Europe/London')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO calls (source, source_id, direction, outcome, arrived_at_ms,"
            " attributed_at_ms, local_day, local_hour, content_hash)"
            " VALUES ('test', 'A', 0, 0, 0, 0, 2440588, 0, 1)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    m_workspace = std::move(*workspace);
    QCOMPARE(m_workspace->schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(m_workspace->homeCountry(), QStringLiteral("GB"));
    QSqlQuery count(m_workspace->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM calls")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);

    WorkspaceTargets targets(*m_workspace);
    const Expected<QList<KpiTarget>> list = targets.list();
    QVERIFY(list);
    for (const KpiTarget &entry : *list) {
        QVERIFY2(entry.isDefault, qPrintable(entry.kpiId));
    }
    QCOMPARE(entryFor(*list, QStringLiteral("service_level"))->target->value, 0.80);
    QVERIFY(targets.referenceValues());
    QVERIFY(targets.set(QStringLiteral("service_level"), targetOf(0.85, true, 0.1)));
    QCOMPARE(targets.targets()->forKpi(QStringLiteral("service_level"))->value, 0.85);
}

QTEST_GUILESS_MAIN(TestWorkspaceTargets)
#include "tst_workspacetargets.moc"
