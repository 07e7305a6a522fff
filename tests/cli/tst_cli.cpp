#include <QColor>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = QStringLiteral(CALLBOARD_CLI);
const QString gui = QStringLiteral(CALLBOARD_GUI);
const QString pwc = QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty()) {
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importReportsCounts();
    void kpisPrintTheStandardProfile();
    void kpisForOneAgentAndMonth();
    void kpisUnderAnotherProfile();
    void kpisGroupedAndCompared();
    void staffingPerIntervalOfTheWeek();
    void agentsListEveryAgent();
    void targetsAreSharedThroughTheWorkspace();
    void targetsRefuseBadValues();
    void refusedFileExitsOneAndNamesLineAndColumn();
    void usageErrorsExitTwo();
    void mistakesAUserMakes();
    void importLogAndUndo();
    void reportTimeZoneCanBeChanged();
    void homeCountryAndHashedNumbers();
    void purgeRemovesOldCalls();
    void intervalsPrintDailyTotals();
    void leadsAndDealsImportCountAndUndo();
    void skippedRecordsAndTheYearAreReported();
    void importKilledHalfWayChangesNothing();
    void generateWritesALogThatImports();
    void importThroughASavedMapping();
    void erlangStaffsTheCrossCheckExample();
    void erlangSaysWhenTheAgentsCannotCarryTheLoad();
    void erlangRefusesBadInput();
    void darkThemeRendersDark();
    void guiRendersAScreenshotHeadless();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
}

void TestCli::importReportsCounts()
{
    const Run first = run(
        cli,
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), pwc});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject file = first.json()[QLatin1String("files")].toArray().at(0).toObject();
    QCOMPARE(file[QLatin1String("format")].toString(), QStringLiteral("pwc-spreadsheet"));
    QCOMPARE(file[QLatin1String("rows")].toInt(), 5000);
    QCOMPARE(file[QLatin1String("calls")].toInt(), 5000);
    QCOMPARE(file[QLatin1String("imported")].toInt(), 5000);
    QCOMPARE(file[QLatin1String("duplicates")].toInt(), 0);
    QCOMPARE(file[QLatin1String("rejected")].toInt(), 0);

    const Run again = run(
        cli,
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--json"), pwc});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = again.json()[QLatin1String("files")].toArray().at(0).toObject();
    QCOMPARE(second[QLatin1String("imported")].toInt(), 0);
    QCOMPARE(second[QLatin1String("duplicates")].toInt(), 5000);
}

void TestCli::kpisPrintTheStandardProfile()
{
    const Run result =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    // Without --from and --to the figures cover all the data, and say which days that is.
    QCOMPARE(json[QLatin1String("from")].toString(), QStringLiteral("2021-01-01"));
    QCOMPARE(json[QLatin1String("to")].toString(), QStringLiteral("2021-03-31"));
    const QJsonObject kpis = json[QLatin1String("kpis")].toObject();
    for (const char *id : {"calls",
                           "answered_calls",
                           "abandoned_calls",
                           "service_level",
                           "asa",
                           "aht",
                           "abandonment_rate",
                           "resolution_rate",
                           "csat",
                           "csat_average",
                           "fcr"}) {
        QVERIFY2(kpis.contains(QLatin1String(id)), id);
    }
    const QJsonObject sl = kpis[QLatin1String("service_level")].toObject();
    QCOMPARE(sl[QLatin1String("value")].toDouble(), 374.0 / 5000);
    QCOMPARE(sl[QLatin1String("numerator")].toDouble(), 374.0);
    QCOMPARE(sl[QLatin1String("denominator")].toDouble(), 5000.0);
    QCOMPARE(sl[QLatin1String("unit")].toString(), QStringLiteral("ratio"));
    QCOMPARE(sl[QLatin1String("target")].toDouble(), 0.8);
    QCOMPARE(sl[QLatin1String("status")].toString(), QStringLiteral("bad"));
    const QJsonObject asa = kpis[QLatin1String("asa")].toObject();
    QCOMPARE(asa[QLatin1String("value")].toDouble(), 273729.0 / 4054);
    QCOMPARE(asa[QLatin1String("unit")].toString(), QStringLiteral("seconds"));
    const QJsonObject fcr = kpis[QLatin1String("fcr")].toObject();
    QVERIFY(fcr[QLatin1String("value")].isNull());
    QVERIFY(!fcr[QLatin1String("reason")].toString().isEmpty());
    QCOMPARE(fcr[QLatin1String("status")].toString(), QStringLiteral("none"));
}

void TestCli::kpisUnderAnotherProfile()
{
    // Aircall-like: SL-A, answered within 20 s / answered = 374 / 4054 (expected.sql, "profiles").
    const Run result = run(cli,
                           {QStringLiteral("kpis"),
                            QStringLiteral("--db"),
                            m_db,
                            QStringLiteral("--profile"),
                            QStringLiteral("aircall-like"),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json[QLatin1String("profile")].toString(), QStringLiteral("Aircall-like"));
    const QJsonObject sl =
        json[QLatin1String("kpis")].toObject()[QLatin1String("service_level")].toObject();
    QCOMPARE(sl[QLatin1String("numerator")].toDouble(), 374.0);
    QCOMPARE(sl[QLatin1String("denominator")].toDouble(), 4054.0);
    QVERIFY(sl[QLatin1String("label")].toString().startsWith(QLatin1String("SL-A: ")));

    const Run unknown = run(cli,
                            {QStringLiteral("agents"),
                             QStringLiteral("--db"),
                             m_db,
                             QStringLiteral("--profile"),
                             QStringLiteral("Genesys")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("\"ICMI strict\""), unknown.err.constData());
}

void TestCli::kpisGroupedAndCompared()
{
    // expected.sql: January 1772 calls, February 1616, March 1612; the 28 days before February
    // (4 to 31 January) 1596.
    const Run months = run(cli,
                           {QStringLiteral("kpis"),
                            QStringLiteral("--db"),
                            m_db,
                            QStringLiteral("--group-by"),
                            QStringLiteral("month"),
                            QStringLiteral("--json")});
    QCOMPARE(months.exitCode, 0);
    const QJsonArray groups = months.json()[QLatin1String("groups")].toArray();
    QCOMPARE(groups.size(), 3);
    QList<double> calls;
    for (const QJsonValue &group : groups) {
        calls.append(group[QLatin1String("kpis")][QLatin1String("calls")][QLatin1String("value")]
                         .toDouble());
    }
    QCOMPARE(calls, (QList<double>{1772, 1616, 1612}));
    QCOMPARE(groups.at(1)[QLatin1String("key")].toString(), QStringLiteral("2021-02"));

    const Run compared = run(cli,
                             {QStringLiteral("kpis"),
                              QStringLiteral("--db"),
                              m_db,
                              QStringLiteral("--from"),
                              QStringLiteral("2021-02-01"),
                              QStringLiteral("--to"),
                              QStringLiteral("2021-02-28"),
                              QStringLiteral("--compare"),
                              QStringLiteral("previous"),
                              QStringLiteral("--json")});
    QCOMPARE(compared.exitCode, 0);
    const QJsonObject json = compared.json();
    QCOMPARE(json[QLatin1String("previous_from")].toString(), QStringLiteral("2021-01-04"));
    const QJsonObject callsKpi =
        json[QLatin1String("kpis")].toObject()[QLatin1String("calls")].toObject();
    QCOMPARE(callsKpi[QLatin1String("value")].toDouble(), 1616.0);
    QCOMPARE(callsKpi[QLatin1String("previous")].toDouble(), 1596.0);
    QCOMPARE(callsKpi[QLatin1String("change")].toDouble(), 20.0);

    const Run wrong = run(cli,
                          {QStringLiteral("agents"),
                           QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--group-by"),
                           QStringLiteral("fortnight")});
    QCOMPARE(wrong.exitCode, 2);
}

void TestCli::staffingPerIntervalOfTheWeek()
{
    // The PwC log, by the hour: 168 intervals of the week. Its abandons have no wait, so there
    // is no patience to learn and the model is Erlang C. Monday 09:00 has 13 occurrences in
    // January to March 2021; each interval's agents reach the 80/20 target.
    const Run result = run(cli,
                           {QStringLiteral("staffing"),
                            QStringLiteral("--db"),
                            m_db,
                            QStringLiteral("--interval"),
                            QStringLiteral("1h"),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json[QLatin1String("model")].toString(), QStringLiteral("erlang-c"));
    QCOMPARE(json[QLatin1String("interval_minutes")].toInt(), 60);
    const QJsonArray intervals = json[QLatin1String("intervals")].toArray();
    QCOMPARE(intervals.size(), 168);
    const QJsonObject monday9 = intervals.at(9).toObject();
    QCOMPARE(monday9[QLatin1String("weekday")].toString(), QStringLiteral("Mon"));
    QCOMPARE(monday9[QLatin1String("start")].toString(), QStringLiteral("09:00"));
    QCOMPARE(monday9[QLatin1String("occurrences")].toInt(), 13);
    for (const QJsonValue &interval : intervals) {
        if (interval[QLatin1String("calls")].toDouble() > 0) {
            QVERIFY(interval[QLatin1String("service_level")].toDouble() >= 0.8);
        }
    }
    const Run wrong = run(cli,
                          {QStringLiteral("staffing"),
                           QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--interval"),
                           QStringLiteral("7m")});
    QCOMPARE(wrong.exitCode, 2);
}

void TestCli::kpisForOneAgentAndMonth()
{
    const Run result = run(cli,
                           {QStringLiteral("kpis"),
                            QStringLiteral("--db"),
                            m_db,
                            QStringLiteral("--from"),
                            QStringLiteral("2021-02-01"),
                            QStringLiteral("--to"),
                            QStringLiteral("2021-02-28"),
                            QStringLiteral("--agent"),
                            QStringLiteral("Diane"),
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json[QLatin1String("from")].toString(), QStringLiteral("2021-02-01"));
    QCOMPARE(json[QLatin1String("to")].toString(), QStringLiteral("2021-02-28"));
    QCOMPARE(json[QLatin1String("agent")].toString(), QStringLiteral("Diane"));
    const QJsonObject kpis = json[QLatin1String("kpis")].toObject();
    // Diane, February 2021 (expected.sql): 203 calls, 157 answered, AHT 34072 / 157.
    QCOMPARE(kpis[QLatin1String("calls")].toObject()[QLatin1String("value")].toInt(), 203);
    QCOMPARE(kpis[QLatin1String("answered_calls")].toObject()[QLatin1String("value")].toInt(), 157);
    QCOMPARE(kpis[QLatin1String("aht")].toObject()[QLatin1String("value")].toDouble(),
             34072.0 / 157);
}

void TestCli::agentsListEveryAgent()
{
    const Run result =
        run(cli,
            {QStringLiteral("agents"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray agents = result.json()[QLatin1String("agents")].toArray();
    QCOMPARE(agents.size(), 8);
    const QJsonObject jim = agents.at(4).toObject();
    QCOMPARE(jim[QLatin1String("agent")].toString(), QStringLiteral("Jim"));
    // Jim: 666 calls, 536 answered, 51 within 20 s.
    const QJsonObject kpis = jim[QLatin1String("kpis")].toObject();
    QCOMPARE(kpis[QLatin1String("calls")].toObject()[QLatin1String("value")].toInt(), 666);
    QCOMPARE(kpis[QLatin1String("service_level")].toObject()[QLatin1String("value")].toDouble(),
             51.0 / 666);
}

void TestCli::targetsAreSharedThroughTheWorkspace()
{
    const auto targets = [this](const QStringList &options) {
        return run(cli,
                   QStringList{QStringLiteral("targets"), QStringLiteral("--db"), m_db} + options);
    };
    const auto kpi = [this](const QString &id) {
        const Run kpis =
            run(cli,
                {QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        return kpis.json()[QLatin1String("kpis")].toObject()[id].toObject();
    };
    const QString sl = QStringLiteral("service_level");

    // Nothing set yet: today's defaults, and CloudTalk's lead response times.
    const Run shipped = targets({QStringLiteral("--json")});
    QCOMPARE(shipped.exitCode, 0);
    const QJsonObject defaults = shipped.json()[QLatin1String("targets")].toObject();
    QCOMPARE(defaults.size(), 21); // every KPI of KpiCalculator::kpiIds()
    QCOMPARE(defaults[sl].toObject(),
             (QJsonObject{{QStringLiteral("unit"), QStringLiteral("ratio")},
                          {QStringLiteral("value"), 0.8},
                          {QStringLiteral("direction"), QStringLiteral("higher")},
                          {QStringLiteral("warning_band"), 0.1},
                          {QStringLiteral("colour"), QJsonValue()},
                          {QStringLiteral("assumed_threshold_s"), QJsonValue()},
                          {QStringLiteral("default"), true}}));
    QCOMPARE(defaults[QLatin1String("aht")].toObject()[QLatin1String("value")].toDouble(), 360.0);
    QCOMPARE(defaults[QLatin1String("aht")].toObject()[QLatin1String("direction")].toString(),
             QStringLiteral("lower"));
    QVERIFY(defaults[QLatin1String("resolution_rate")].toObject()[QLatin1String("value")].isNull());
    const QJsonObject references = shipped.json()[QLatin1String("reference_values")].toObject();
    QCOMPARE(references.size(), 5);
    QCOMPARE(references[QLatin1String("lead_response_time.healthcare")].toObject(),
             (QJsonObject{{QStringLiteral("kpi"), QStringLiteral("lead_response_time")},
                          {QStringLiteral("label"), QStringLiteral("Healthcare")},
                          {QStringLiteral("value"), 7500},
                          {QStringLiteral("unit"), QStringLiteral("seconds")},
                          {QStringLiteral("source"),
                           QStringLiteral("CloudTalk, call-tracking metrics article")},
                          {QStringLiteral("default"), true}}));

    // The PwC service level, 374 / 5,000 = 7.48 %, is good against 7 %, higher being better.
    const Run set = targets({QStringLiteral("--set"),
                             QStringLiteral("service_level=0.07"),
                             QStringLiteral("--direction"),
                             QStringLiteral("higher"),
                             QStringLiteral("--json")});
    QCOMPARE(set.exitCode, 0);
    const QJsonObject stored = set.json()[QLatin1String("targets")].toObject()[sl].toObject();
    QCOMPARE(stored[QLatin1String("value")].toDouble(), 0.07);
    QCOMPARE(stored[QLatin1String("default")].toBool(), false);
    QJsonObject figure = kpi(sl);
    QCOMPARE(figure[QLatin1String("value")].toDouble(), 374.0 / 5000);
    QCOMPARE(figure[QLatin1String("target")].toDouble(), 0.07);
    QCOMPARE(figure[QLatin1String("status")].toString(), QStringLiteral("good"));
    // Shown as the percentage typed, not as 0.07 × 100 in binary.
    const Run text = targets({});
    QVERIFY2(text.out.contains("service_level     Service level          7 %     higher  10 %"),
             text.out.constData());

    // Against 8 % with a 10 % band (down to 7.2 %) it is a warning, for Jim too (51 / 666).
    QCOMPARE(targets({QStringLiteral("--set"), QStringLiteral("service_level=0.08")}).exitCode, 0);
    figure = kpi(sl);
    QCOMPARE(figure[QLatin1String("target")].toDouble(), 0.08);
    QCOMPARE(figure[QLatin1String("status")].toString(), QStringLiteral("warning"));
    const Run agents =
        run(cli,
            {QStringLiteral("agents"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    const QJsonObject jim = agents.json()[QLatin1String("agents")]
                                .toArray()
                                .at(4)
                                .toObject()[QLatin1String("kpis")]
                                .toObject()[sl]
                                .toObject();
    QCOMPARE(jim[QLatin1String("value")].toDouble(), 51.0 / 666);
    QCOMPARE(jim[QLatin1String("status")].toString(), QStringLiteral("warning"));

    // ASA 67.52 s: bad against the default 30 s, good against 70 s; what is not given stays.
    QCOMPARE(kpi(QStringLiteral("asa"))[QLatin1String("status")].toString(), QStringLiteral("bad"));
    const Run asa = targets({QStringLiteral("--set"),
                             QStringLiteral("asa=70"),
                             QStringLiteral("--band"),
                             QStringLiteral("0.25"),
                             QStringLiteral("--colour"),
                             QStringLiteral("#2e7d32"),
                             QStringLiteral("--json")});
    QCOMPARE(asa.exitCode, 0);
    QCOMPARE(asa.json()[QLatin1String("targets")].toObject()[QLatin1String("asa")].toObject(),
             (QJsonObject{{QStringLiteral("unit"), QStringLiteral("seconds")},
                          {QStringLiteral("value"), 70},
                          {QStringLiteral("direction"), QStringLiteral("lower")},
                          {QStringLiteral("warning_band"), 0.25},
                          {QStringLiteral("colour"), QStringLiteral("#2E7D32")},
                          {QStringLiteral("assumed_threshold_s"), QJsonValue()},
                          {QStringLiteral("default"), false}}));
    figure = kpi(QStringLiteral("asa"));
    QCOMPARE(figure[QLatin1String("target")].toDouble(), 70.0);
    QCOMPARE(figure[QLatin1String("status")].toString(), QStringLiteral("good"));

    // 80/20 in one step: 80 %, higher, the band kept, and the T it assumes.
    const Run preset =
        targets({QStringLiteral("--preset"), QStringLiteral("80/20"), QStringLiteral("--json")});
    QCOMPARE(preset.exitCode, 0);
    const QJsonObject eighty = preset.json()[QLatin1String("targets")].toObject()[sl].toObject();
    QCOMPARE(eighty[QLatin1String("value")].toDouble(), 0.8);
    QCOMPARE(eighty[QLatin1String("assumed_threshold_s")].toDouble(), 20.0);
    QCOMPARE(eighty[QLatin1String("default")].toBool(), false);
    QCOMPARE(kpi(sl)[QLatin1String("status")].toString(), QStringLiteral("bad"));

    // Clearing one target brings its default back; --reset brings them all back.
    const Run cleared =
        targets({QStringLiteral("--clear"), QStringLiteral("asa"), QStringLiteral("--json")});
    QCOMPARE(cleared.exitCode, 0);
    const QJsonObject asaBack =
        cleared.json()[QLatin1String("targets")].toObject()[QLatin1String("asa")].toObject();
    QCOMPARE(asaBack[QLatin1String("value")].toDouble(), 30.0);
    QCOMPARE(asaBack[QLatin1String("default")].toBool(), true);
    QCOMPARE(targets({QStringLiteral("--reset")}).exitCode, 0);
    QCOMPARE(targets({QStringLiteral("--json")}).json()[QLatin1String("targets")], defaults);
    figure = kpi(sl);
    QCOMPARE(figure[QLatin1String("target")].toDouble(), 0.8);
    QCOMPARE(figure[QLatin1String("status")].toString(), QStringLiteral("bad"));
}

void TestCli::targetsRefuseBadValues()
{
    const auto targets = [this](const QStringList &options) {
        return run(cli,
                   QStringList{QStringLiteral("targets"), QStringLiteral("--db"), m_db} + options);
    };
    // Values the workspace refuses exit 1 and say why.
    for (const auto &[options, why] :
         {std::pair{QStringList{QStringLiteral("--set"), QStringLiteral("service_level=1.5")},
                    "a share from 0 to 1 (0.8 for 80 %), not 1.5"},
          std::pair{QStringList{QStringLiteral("--set"), QStringLiteral("speed=3")},
                    "the KPIs are calls, inbound_calls, outbound_calls, answered_calls"},
          std::pair{QStringList{QStringLiteral("--set"), QStringLiteral("asa=-1")},
                    "a time in seconds, 0 or more, not -1"},
          std::pair{QStringList{QStringLiteral("--set"),
                                QStringLiteral("service_level=0.8"),
                                QStringLiteral("--band"),
                                QStringLiteral("-0.1")},
                    "The warning band is a fraction of the target, 0 or more"},
          std::pair{QStringList{QStringLiteral("--set"),
                                QStringLiteral("service_level=0.8"),
                                QStringLiteral("--colour"),
                                QStringLiteral("green")},
                    "A colour is written #RRGGBB"},
          std::pair{QStringList{QStringLiteral("--clear"), QStringLiteral("speed")},
                    "There is no KPI \"speed\""},
          std::pair{QStringList{QStringLiteral("--set-reference"),
                                QStringLiteral("lead_response_time.retail=60")},
                    "they are lead_response_time.healthcare, lead_response_time.telecom"}}) {
        const Run refused = targets(options);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(why), refused.err.constData());
    }
    // Command lines that cannot be read exit 2.
    for (const QStringList &options :
         {QStringList{QStringLiteral("--set"), QStringLiteral("service_level")},
          QStringList{QStringLiteral("--set"), QStringLiteral("service_level=80%")},
          QStringList{QStringLiteral("--band"), QStringLiteral("0.1")},
          QStringList{QStringLiteral("--set"),
                      QStringLiteral("asa=20"),
                      QStringLiteral("--direction"),
                      QStringLiteral("up")},
          QStringList{QStringLiteral("--preset"), QStringLiteral("85/15")},
          QStringList{QStringLiteral("--reset"), QStringLiteral("--clear"), QStringLiteral("asa")},
          QStringList{QStringLiteral("--source"), QStringLiteral("survey")},
          QStringList{QStringLiteral("asa=20")}}) {
        QCOMPARE(targets(options).exitCode, 2);
    }
    QCOMPARE(run(cli, {QStringLiteral("targets")}).exitCode, 2); // no --db
    QCOMPARE(run(cli, {QStringLiteral("targets"), QStringLiteral("--help")}).exitCode, 0);
    QVERIFY(run(cli, {QStringLiteral("--help")}).out.contains("  targets  "));
    const Run missing = run(cli,
                            {QStringLiteral("targets"),
                             QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("no-such.sqlite"))});
    QCOMPARE(missing.exitCode, 1);
    // Nothing refused was stored.
    const QJsonObject listed = targets({QStringLiteral("--json")}).json();
    for (const QJsonValue &target : listed[QLatin1String("targets")].toObject()) {
        QVERIFY(target.toObject()[QLatin1String("default")].toBool());
    }

    // A reference value changes with its source, and goes back to CloudTalk's.
    const QString telecom = QStringLiteral("lead_response_time.telecom");
    const Run changed = targets({QStringLiteral("--set-reference"),
                                 telecom + QStringLiteral("=900"),
                                 QStringLiteral("--source"),
                                 QStringLiteral("Our 2025 survey"),
                                 QStringLiteral("--json")});
    QCOMPARE(changed.exitCode, 0);
    QJsonObject value =
        changed.json()[QLatin1String("reference_values")].toObject()[telecom].toObject();
    QCOMPARE(value[QLatin1String("value")].toDouble(), 900.0);
    QCOMPARE(value[QLatin1String("source")].toString(), QStringLiteral("Our 2025 survey"));
    QCOMPARE(value[QLatin1String("default")].toBool(), false);
    const Run back =
        targets({QStringLiteral("--clear-reference"), telecom, QStringLiteral("--json")});
    QCOMPARE(back.exitCode, 0);
    value = back.json()[QLatin1String("reference_values")].toObject()[telecom].toObject();
    QCOMPARE(value[QLatin1String("value")].toDouble(), 960.0);
    QCOMPARE(value[QLatin1String("source")].toString(),
             QStringLiteral("CloudTalk, call-tracking metrics article"));
    QCOMPARE(value[QLatin1String("default")].toBool(), true);
}

void TestCli::refusedFileExitsOneAndNamesLineAndColumn()
{
    const QString bad = QStringLiteral(CALLBOARD_TEST_DATA "/pwc-variants/all-rows-bad.csv");
    const Run result = run(cli, {QStringLiteral("import"), QStringLiteral("--db"), m_db, bad});
    QCOMPARE(result.exitCode, 1);
    const QString message = QString::fromUtf8(result.err);
    QVERIFY2(message.contains(bad), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("line 2, column 3")), qPrintable(message));

    // The workspace still holds the 5000 calls and nothing of the refused file.
    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(kpis.json()[QLatin1String("kpis")]
                 .toObject()[QLatin1String("calls")]
                 .toObject()[QLatin1String("value")]
                 .toInt(),
             5000);
}

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(run(cli, {}).exitCode, 2);
    QCOMPARE(run(cli, {QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run(cli, {QStringLiteral("kpis")}).exitCode, 2); // no --db
    QCOMPARE(run(cli,
                 {QStringLiteral("kpis"),
                  QStringLiteral("--db"),
                  m_db,
                  QStringLiteral("--from"),
                  QStringLiteral("1 March")})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), m_db}).exitCode, 2);
    QCOMPARE(run(cli,
                 {QStringLiteral("import"),
                  QStringLiteral("--db"),
                  m_db,
                  QStringLiteral("--timezone"),
                  QStringLiteral("Mars/Olympus"),
                  pwc})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("x")})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("kpis"), QStringLiteral("--help")}).exitCode, 0);
}

void TestCli::mistakesAUserMakes()
{
    // A mistyped workspace is not created empty: kpis says there is none and exits 1.
    const QString typo = m_dir.filePath(QStringLiteral("typo.sqlite"));
    const Run missing = run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), typo});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(QString::fromUtf8(missing.err).contains(QLatin1String("no workspace")));
    QVERIFY(!QFile::exists(typo));

    // An agent's name in the wrong case still finds the agent; an unknown one lists them all.
    const Run lower = run(cli,
                          {QStringLiteral("kpis"),
                           QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--agent"),
                           QStringLiteral("diane"),
                           QStringLiteral("--json")});
    QCOMPARE(lower.exitCode, 0);
    QCOMPARE(lower.json()[QLatin1String("agent")].toString(), QStringLiteral("Diane"));
    const Run unknown = run(cli,
                            {QStringLiteral("kpis"),
                             QStringLiteral("--db"),
                             m_db,
                             QStringLiteral("--agent"),
                             QStringLiteral("Bob")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(QString::fromUtf8(unknown.err).contains(QLatin1String("Becky, Dan, Diane")));

    // A well-formed date that is not on the calendar is named as such.
    const Run february = run(cli,
                             {QStringLiteral("kpis"),
                              QStringLiteral("--db"),
                              m_db,
                              QStringLiteral("--from"),
                              QStringLiteral("2021-02-30")});
    QCOMPARE(february.exitCode, 2);
    QVERIFY(QString::fromUtf8(february.err).contains(QLatin1String("not a day of the calendar")));
}

void TestCli::importLogAndUndo()
{
    const QString db = m_dir.filePath(QStringLiteral("undo.sqlite"));
    const QString bad = QStringLiteral(CALLBOARD_TEST_DATA "/pwc-variants/bad-rows.csv");
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pwc, bad}).exitCode,
             0);
    const Run listed =
        run(cli, {QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray imports = listed.json()[QLatin1String("imports")].toArray();
    QCOMPARE(imports.size(), 2);
    const QJsonObject second = imports.at(1).toObject();
    QCOMPARE(second[QLatin1String("file")].toString(), QStringLiteral("bad-rows.csv"));
    QCOMPARE(second[QLatin1String("rejected")].toInt(), 4);
    const QJsonArray problems = second[QLatin1String("problems")].toArray();
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(1).toObject()[QLatin1String("line")].toInt(), 4);
    QCOMPARE(problems.at(1).toObject()[QLatin1String("column")].toInt(), 6);

    const QString id = QString::number(imports.at(0).toObject()[QLatin1String("id")].toInt());
    const Run undone = run(
        cli,
        {QStringLiteral("undo-import"), QStringLiteral("--db"), db, QStringLiteral("--json"), id});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(undone.json()[QLatin1String("removed")].toInt(), 5000);
    QCOMPARE(run(cli, {QStringLiteral("undo-import"), QStringLiteral("--db"), db, id}).exitCode, 1);
    QCOMPARE(run(cli, {QStringLiteral("undo-import"), QStringLiteral("--db"), db}).exitCode, 2);
    // What is left is the one call of the second file.
    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(kpis.json()[QLatin1String("kpis")]
                 .toObject()[QLatin1String("calls")]
                 .toObject()[QLatin1String("value")]
                 .toInt(),
             1);
}

void TestCli::reportTimeZoneCanBeChanged()
{
    const QString db = m_dir.filePath(QStringLiteral("zone.sqlite"));
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pwc}).exitCode, 0);
    QCOMPARE(run(cli,
                 {QStringLiteral("settings"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--report-timezone"),
                  QStringLiteral("Nowhere/Special")})
                 .exitCode,
             2);
    const Run set = run(cli,
                        {QStringLiteral("settings"),
                         QStringLiteral("--db"),
                         db,
                         QStringLiteral("--report-timezone"),
                         QStringLiteral("Asia/Tokyo"),
                         QStringLiteral("--json")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json()[QLatin1String("report_time_zone")].toString(),
             QStringLiteral("Asia/Tokyo"));
    // The log's times were read in the zone the workspace had when it was imported (UTC here),
    // so in Tokyo (UTC+9) the evening calls of 31 March fall on 1 April.
    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(kpis.json()[QLatin1String("time_zone")].toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(kpis.json()[QLatin1String("to")].toString(), QStringLiteral("2021-04-01"));
}

void TestCli::leadsAndDealsImportCountAndUndo()
{
    const QString db = m_dir.filePath(QStringLiteral("crm.sqlite"));
    const QString leads = QStringLiteral(CALLBOARD_TEST_DATA "/crm/leads.csv");
    const QString deals = QStringLiteral(CALLBOARD_TEST_DATA "/crm/deals.csv");
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--timezone"),
                             QStringLiteral("Europe/London"),
                             QStringLiteral("--json")};
    const Run imported = run(cli, import + QStringList{leads, deals});
    QCOMPARE(imported.exitCode, 0);
    const QJsonArray files = imported.json()[QLatin1String("files")].toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject leadFile = files.at(0).toObject();
    QCOMPARE(leadFile[QLatin1String("format")].toString(), QStringLiteral("leads"));
    QCOMPARE(leadFile[QLatin1String("rows")].toInt(), 11);
    QCOMPARE(leadFile[QLatin1String("calls")].toInt(), 0);
    QCOMPARE(leadFile[QLatin1String("imported")].toInt(), 0);
    QCOMPARE(leadFile[QLatin1String("leads")].toInt(), 7);
    QCOMPARE(leadFile[QLatin1String("leads_imported")].toInt(), 7);
    QCOMPARE(leadFile[QLatin1String("deals")].toInt(), 0);
    QCOMPARE(leadFile[QLatin1String("rejected")].toInt(), 4);
    const QJsonObject badDate = leadFile[QLatin1String("problems")].toArray().at(1).toObject();
    QCOMPARE(badDate[QLatin1String("line")].toInt(), 7);
    QCOMPARE(badDate[QLatin1String("column")].toInt(), 4);
    const QJsonObject dealFile = files.at(1).toObject();
    QCOMPARE(dealFile[QLatin1String("format")].toString(), QStringLiteral("deals"));
    QCOMPARE(dealFile[QLatin1String("calls")].toInt(), 0);
    QCOMPARE(dealFile[QLatin1String("deals")].toInt(), 6);
    QCOMPARE(dealFile[QLatin1String("deals_imported")].toInt(), 6);
    QCOMPARE(dealFile[QLatin1String("rejected")].toInt(), 5);

    // Again: nothing added, everything already stored.
    const QJsonObject again =
        run(cli, import + QStringList{deals}).json()[QLatin1String("files")][0].toObject();
    QCOMPARE(again[QLatin1String("deals_imported")].toInt(), 0);
    QCOMPARE(again[QLatin1String("deals_duplicates")].toInt(), 6);

    // 7 leads; deals open D-502 and D-505, won D-501 ($1,250.00), D-504 ($3,000) and D-509
    // ($1,100), lost D-503.
    const Run counted =
        run(cli, {QStringLiteral("leads"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(counted.exitCode, 0);
    const QJsonObject counts = counted.json();
    QCOMPARE(counts[QLatin1String("leads")].toInt(), 7);
    QCOMPARE(counts[QLatin1String("deals")].toInt(), 6);
    QCOMPARE(counts[QLatin1String("deals_open")].toInt(), 2);
    QCOMPARE(counts[QLatin1String("deals_won")].toInt(), 3);
    QCOMPARE(counts[QLatin1String("deals_lost")].toInt(), 1);
    QCOMPARE(counts[QLatin1String("won_value")].toDouble(), 5350.0);
    QCOMPARE(counts[QLatin1String("won_currencies")].toArray().at(0).toString(),
             QStringLiteral("$"));
    const Run text = run(cli, {QStringLiteral("leads"), QStringLiteral("--db"), db});
    QVERIFY2(text.out.contains("Deals: 6 (2 open, 3 won, 1 lost)"), text.out.constData());

    const Run listed =
        run(cli, {QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonArray imports = listed.json()[QLatin1String("imports")].toArray();
    QCOMPARE(imports.size(), 3);
    QCOMPARE(imports.at(0).toObject()[QLatin1String("leads_imported")].toInt(), 7);
    QCOMPARE(imports.at(1).toObject()[QLatin1String("deals_imported")].toInt(), 6);
    QCOMPARE(imports.at(2).toObject()[QLatin1String("deals_duplicates")].toInt(), 6);
    QCOMPARE(imports.at(1).toObject()[QLatin1String("problems")].toArray().size(), 5);

    const QString leadImport =
        QString::number(imports.at(0).toObject()[QLatin1String("id")].toInt());
    const Run undone = run(cli,
                           {QStringLiteral("undo-import"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--json"),
                            leadImport});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(undone.json()[QLatin1String("leads_removed")].toInt(), 7);
    QCOMPARE(undone.json()[QLatin1String("removed")].toInt(), 0);
    const QJsonObject after =
        run(cli, {QStringLiteral("leads"), QStringLiteral("--db"), db, QStringLiteral("--json")})
            .json();
    QCOMPARE(after[QLatin1String("leads")].toInt(), 0);
    QCOMPARE(after[QLatin1String("deals")].toInt(), 6);
}

void TestCli::homeCountryAndHashedNumbers()
{
    // One caller written two ways (fictional numbers of Ofcom's drama range).
    const QString log = m_dir.filePath(QStringLiteral("numbers.csv"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("call_id,direction,outcome,arrived_at,talk_s,caller\n"
                   "N1,inbound,answered,2025-03-03T09:00:00Z,60,+44 20 7946 0018\n"
                   "N2,inbound,answered,2025-03-04T09:00:00Z,60,020 7946 0018\n");
    }
    const QString db = m_dir.filePath(QStringLiteral("numbers.sqlite"));
    QProcessEnvironment verbose = QProcessEnvironment::systemEnvironment();
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("callboard.*.debug=true"));
    const Run imported =
        run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, log}, verbose);
    QCOMPARE(imported.exitCode, 0);
    const auto settings = [&db](const QStringList &options) {
        return run(cli,
                   QStringList{QStringLiteral("settings"), QStringLiteral("--db"), db} + options);
    };
    const Run shown = settings({QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    // The tests run in the C locale: no home country.
    QVERIFY(shown.json()[QLatin1String("home_country")].isNull());
    QCOMPARE(shown.json()[QLatin1String("hash_caller_numbers")].toBool(), false);

    QCOMPARE(settings({QStringLiteral("--home-country"), QStringLiteral("UK")}).exitCode, 2);
    QCOMPARE(settings({QStringLiteral("--hash-caller-numbers"), QStringLiteral("yes")}).exitCode,
             2);
    // In GB, N2's national number is N1's caller: one number read again.
    const Run home = settings({QStringLiteral("--home-country"), QStringLiteral("gb")});
    QCOMPARE(home.exitCode, 0);
    QVERIFY2(home.out.contains("Read the numbers of 1 calls again."), home.out.constData());
    QVERIFY(home.out.contains("Home country: GB"));

    const Run hashed = run(cli,
                           {QStringLiteral("settings"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--hash-caller-numbers"),
                            QStringLiteral("on"),
                            QStringLiteral("--json")},
                           verbose);
    QCOMPARE(hashed.exitCode, 0);
    QCOMPARE(hashed.json()[QLatin1String("hash_caller_numbers")].toBool(), true);
    QCOMPARE(hashed.json()[QLatin1String("home_country")].toString(), QStringLiteral("GB"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("2079460018"));
    QVERIFY(!bytes.contains("20 7946 0018"));
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))
            || QFile(db + QStringLiteral("-wal")).size() == 0);
    // The developer logs carry counts, never the numbers.
    for (const Run *logged : {&imported, &hashed}) {
        QVERIFY(!logged->err.contains("7946"));
        QVERIFY(!logged->out.contains("7946"));
    }
    // Off again: said to apply to later imports only.
    const Run off = settings({QStringLiteral("--hash-caller-numbers"), QStringLiteral("off")});
    QCOMPARE(off.exitCode, 0);
    QVERIFY(off.out.contains("cannot be turned back"));
    QVERIFY(
        settings(
            {QStringLiteral("--home-country"), QStringLiteral("none"), QStringLiteral("--json")})
            .json()[QLatin1String("home_country")]
            .isNull());
}

void TestCli::purgeRemovesOldCalls()
{
    const QString db = m_dir.filePath(QStringLiteral("purge.sqlite"));
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pwc}).exitCode, 0);
    const auto purge = [&db](const QStringList &options) {
        return run(cli, QStringList{QStringLiteral("purge"), QStringLiteral("--db"), db} + options);
    };
    QCOMPARE(purge({}).exitCode, 2);
    QCOMPARE(purge({QStringLiteral("--older-than"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(purge({QStringLiteral("--older-than"), QStringLiteral("six")}).exitCode, 2);
    // The PwC log ends in March 2021, long before a month ago: all 5,000 calls go, and the one
    // import that wrote them can no longer be undone.
    const Run purged =
        purge({QStringLiteral("--older-than"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(purged.exitCode, 0);
    QCOMPARE(purged.json()[QLatin1String("calls")].toInt(), 5000);
    QCOMPARE(purged.json()[QLatin1String("imports_no_longer_undoable")].toInt(), 1);
    QVERIFY(!purged.json()[QLatin1String("time_zone")].toString().isEmpty());
    const QDate firstKept =
        QDate::fromString(purged.json()[QLatin1String("first_kept_day")].toString(), Qt::ISODate);
    QCOMPARE(firstKept.day(), 1);
    QVERIFY(firstKept > QDate(2021, 3, 31));
    const Run again = purge({QStringLiteral("--older-than"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith("Purged 0 calls attributed before "), again.out.constData());
    const Run undo =
        run(cli, {QStringLiteral("undo-import"), QStringLiteral("--db"), db, QStringLiteral("1")});
    QCOMPARE(undo.exitCode, 1);
    QVERIFY(undo.err.contains("a purge removed calls it had written"));
}

void TestCli::skippedRecordsAndTheYearAreReported()
{
    const QString db = m_dir.filePath(QStringLiteral("skipped.sqlite"));
    // The Disco event log: 5,022 phone activities make calls, 2,526 emails and case work do not
    // (tst_moreformats counts them by activity).
    const QString eventLog =
        QStringLiteral(CALLBOARD_TEST_DATA "/disco-callcenter-eventlog/CallCenter.csv");
    const Run json = run(
        cli,
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), eventLog});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject file = json.json()[QLatin1String("files")].toArray().at(0).toObject();
    QCOMPARE(file[QLatin1String("calls")].toInt(), 5022);
    QCOMPARE(file[QLatin1String("skipped")].toInt(), 2526);
    const QJsonArray reasons = file[QLatin1String("skipped_reasons")].toArray();
    QCOMPARE(reasons.size(), 4);
    const QJsonObject handleCase = reasons.at(1).toObject();
    QCOMPARE(handleCase[QLatin1String("reason")].toString(),
             QStringLiteral("\"Handle Case\" is not a phone call"));
    QCOMPARE(handleCase[QLatin1String("records")].toInt(), 931);
    const Run text = run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, eventLog});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("2,526 records are no calls and were skipped: \"Email Outbound\" is "
                               "not a phone call (544); \"Handle Case\" is not a phone call (931)"),
             text.out.constData());

    // A campaign dated by day and month only is refused until --year gives the year.
    const QString campaign =
        QStringLiteral(CALLBOARD_TEST_DATA "/car-insurance-cold-calls/carInsurance_train.csv");
    const Run noYear = run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, campaign});
    QCOMPARE(noYear.exitCode, 1);
    QVERIFY2(noYear.err.contains("--year YYYY"), noYear.err.constData());
    const Run withYear = run(cli,
                             {QStringLiteral("import"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--year"),
                              QStringLiteral("2017"),
                              QStringLiteral("--json"),
                              campaign});
    QCOMPARE(withYear.exitCode, 0);
    QCOMPARE(withYear.json()[QLatin1String("files")]
                 .toArray()
                 .at(0)
                 .toObject()[QLatin1String("imported")]
                 .toInt(),
             4000);
}

void TestCli::intervalsPrintDailyTotals()
{
    const QString db = m_dir.filePath(QStringLiteral("intervals.sqlite"));
    const QString week45 = QStringLiteral(CALLBOARD_TEST_DATA "/decc-911-hourly/week_45_phone.csv");
    const Run imported = run(
        cli,
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json"), week45});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject file = imported.json()[QLatin1String("files")].toArray().at(0).toObject();
    QCOMPARE(file[QLatin1String("format")].toString(), QStringLiteral("decc-911-hourly"));
    QCOMPARE(file[QLatin1String("calls")].toInt(), 0);
    QCOMPARE(file[QLatin1String("intervals")].toInt(), 336); // 168 hours x 2 lines
    QCOMPARE(file[QLatin1String("intervals_imported")].toInt(), 336);
    QCOMPARE(run(cli,
                 {QStringLiteral("settings"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--report-timezone"),
                  QStringLiteral("America/New_York")})
                 .exitCode,
             0);

    const Run all =
        run(cli,
            {QStringLiteral("intervals"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    const QJsonObject report = all.json();
    QCOMPARE(report[QLatin1String("from")].toString(), QStringLiteral("2025-11-02"));
    QCOMPARE(report[QLatin1String("to")].toString(), QStringLiteral("2025-11-08"));
    QCOMPARE(report[QLatin1String("threshold_seconds")].toInt(), 20);
    const QJsonArray days = report[QLatin1String("days")].toArray();
    QCOMPARE(days.size(), 7);
    // The first day, rows 2-25 of the file: awk -F, 'NR>1 && NR<=25 {o+=$11+$25;
    // w+=$3+$4+$5+$17+$18+$19} END {print o, w}' gives 587 offered, 459 within 20 s.
    const QJsonObject first = days.at(0).toObject();
    QCOMPARE(first[QLatin1String("day")].toString(), QStringLiteral("2025-11-02"));
    QCOMPARE(first[QLatin1String("intervals")].toInt(), 48);
    QCOMPARE(first[QLatin1String("offered")].toInt(), 587);
    QCOMPARE(first[QLatin1String("answered_within_threshold")].toInt(), 459);
    // The week: 911 1953 offered (1165 answered, 788 abandoned, 1134 within 20 s) and admin 3510
    // (3468, 42, 3321), summed with awk over $11, $3..$9, $10, $3..$5 and $25, $17..$23, $24,
    // $17..$19.
    const QJsonObject total = report[QLatin1String("total")].toObject();
    QCOMPARE(total[QLatin1String("offered")].toInt(), 5463);
    QCOMPARE(total[QLatin1String("answered")].toInt(), 4633);
    QCOMPARE(total[QLatin1String("abandoned")].toInt(), 830);
    QCOMPARE(total[QLatin1String("answered_within_threshold")].toInt(), 4455);
    QCOMPARE(total[QLatin1String("service_level")].toDouble(), 4455.0 / 5463.0);
    QVERIFY(total[QLatin1String("asa")].isNull());

    const Run emergency = run(cli,
                              {QStringLiteral("intervals"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--queue"),
                               QStringLiteral("911"),
                               QStringLiteral("--from"),
                               QStringLiteral("2025-11-01"),
                               QStringLiteral("--json")});
    QCOMPARE(emergency.exitCode, 0);
    QCOMPARE(emergency.json()[QLatin1String("from")].toString(), QStringLiteral("2025-11-01"));
    const QJsonObject emergencyTotal = emergency.json()[QLatin1String("total")].toObject();
    QCOMPARE(emergencyTotal[QLatin1String("offered")].toInt(), 1953);
    QCOMPARE(emergencyTotal[QLatin1String("answered_within_threshold")].toInt(), 1134);

    const Run text = run(cli, {QStringLiteral("intervals"), QStringLiteral("--db"), db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Service level (answered within 20 s / offered): 81.55 %"),
             text.out.constData());
    // The per-call KPIs know nothing of the intervals.
    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(kpis.json()[QLatin1String("kpis")]
                 .toObject()[QLatin1String("calls")]
                 .toObject()[QLatin1String("value")]
                 .toInt(),
             0);
    QCOMPARE(run(cli,
                 {QStringLiteral("intervals"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--from"),
                  QStringLiteral("2025-11-31")})
                 .exitCode,
             2);
}

void TestCli::importKilledHalfWayChangesNothing()
{
    // A workspace holding the PwC log, then a large second log whose import is killed with
    // SIGKILL while it writes: the workspace must be exactly as before.
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, pwc}).exitCode, 0);

    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Call Id,Agent,Date,Time,Topic,Answered (Y/N),Resolved,"
                   "Speed of answer in seconds,AvgTalkDuration,Satisfaction rating\n");
        for (int i = 0; i < 300000; ++i) {
            file.write(QStringLiteral("BIG%1,Agent %2,2022-0%3-1%4,10:%5,Sales,Y,Y,%6,0:03:00,4\n")
                           .arg(i)
                           .arg(i % 60)
                           .arg(1 + i % 9)
                           .arg(i % 10)
                           .arg(10 + i % 50)
                           .arg(i % 90)
                           .toUtf8());
        }
    }
    QProcess import;
    import.start(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, big});
    QVERIFY(import.waitForStarted());
    // Kill it once it is visibly writing: its write-ahead log has grown past a few megabytes.
    QFile wal(db + QStringLiteral("-wal"));
    QElapsedTimer waited;
    waited.start();
    while (wal.size() < 4 * 1024 * 1024 && import.state() == QProcess::Running
           && waited.elapsed() < 120000) {
        QTest::qWait(20);
    }
    QVERIFY2(import.state() == QProcess::Running,
             "the import finished before it could be killed; make the log larger");
    import.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);

    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(kpis.exitCode, 0);
    QCOMPARE(kpis.json()[QLatin1String("kpis")]
                 .toObject()[QLatin1String("calls")]
                 .toObject()[QLatin1String("value")]
                 .toInt(),
             5000);
    const Run imports =
        run(cli, {QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(imports.json()[QLatin1String("imports")].toArray().size(), 1);
}

void TestCli::generateWritesALogThatImports()
{
    const QString log = m_dir.filePath(QStringLiteral("generated.csv"));
    const QStringList generate{QStringLiteral("generate"),
                               QStringLiteral("--calls"),
                               QStringLiteral("500"),
                               QStringLiteral("--seed"),
                               QStringLiteral("3"),
                               QStringLiteral("--out"),
                               log};
    QCOMPARE(run(cli, generate).exitCode, 0);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    QVERIFY(first.count('\n') > 500); // the header, 500 calls and their transfer legs
    QCOMPARE(run(cli, generate).exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first);

    const QString db = m_dir.filePath(QStringLiteral("generated.sqlite"));
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, log}).exitCode, 0);
    const Run kpis =
        run(cli, {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(kpis.json()[QLatin1String("kpis")]
                 .toObject()[QLatin1String("calls")]
                 .toObject()[QLatin1String("value")]
                 .toInt(),
             500);

    QCOMPARE(run(cli,
                 {QStringLiteral("generate"),
                  QStringLiteral("--calls"),
                  QStringLiteral("0"),
                  QStringLiteral("--out"),
                  log})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("5")})
                 .exitCode,
             2); // no --out
}

void TestCli::importThroughASavedMapping()
{
    const QString db = m_dir.filePath(QStringLiteral("mapped.sqlite"));
    const QString log = QStringLiteral(CALLBOARD_TEST_DATA "/mapping/acme-export.csv");
    const QString mapping = QStringLiteral(CALLBOARD_TEST_DATA "/mapping/acme.mapping.json");
    // Without the mapping nothing knows the file (and the refusal says how to give one); with
    // it, four calls and three rejected rows (tests/core/tst_mapping.cpp works them out).
    const Run unknown = run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, log});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("--mapping F.json"), unknown.err.constData());
    const Run mapped = run(cli,
                           {QStringLiteral("import"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--mapping"),
                            mapping,
                            QStringLiteral("--json"),
                            log});
    QCOMPARE(mapped.exitCode, 0);
    const QJsonObject file = mapped.json()[QLatin1String("files")].toArray().at(0).toObject();
    QCOMPARE(file[QLatin1String("format")].toString(), QStringLiteral("mapped"));
    QCOMPARE(file[QLatin1String("imported")].toInt(), 4);
    QCOMPARE(file[QLatin1String("rejected")].toInt(), 3);

    const QString broken = m_dir.filePath(QStringLiteral("broken.mapping.json"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(R"({"columns": {"agent": "Handled By"}})");
    brokenFile.close();
    const Run refused = run(cli,
                            {QStringLiteral("import"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--mapping"),
                             broken,
                             log});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("arrived"));
    QCOMPARE(run(cli,
                 {QStringLiteral("import"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--mapping"),
                  mapping,
                  QStringLiteral("--format"),
                  QStringLiteral("pwc-spreadsheet"),
                  log})
                 .exitCode,
             2);

    // Saved in the workspace (where it reads such files with no --mapping), it can be listed,
    // written back to a file, and deleted, after which the file is unknown again.
    const QStringList mappings{QStringLiteral("mappings"), QStringLiteral("--db"), db};
    QCOMPARE(run(cli, mappings + QStringList{QStringLiteral("--add"), mapping}).exitCode, 0);
    const Run listed = run(cli, mappings + QStringList{QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray saved = listed.json()[QLatin1String("mappings")].toArray();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0)[QLatin1String("name")].toString(), QStringLiteral("Acme PBX export"));
    const QString exported = m_dir.filePath(QStringLiteral("exported.mapping.json"));
    QCOMPARE(run(cli,
                 mappings
                     + QStringList{QStringLiteral("--export"),
                                   QStringLiteral("Acme PBX export"),
                                   QStringLiteral("--out"),
                                   exported})
                 .exitCode,
             0);
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    const Run throughExport = run(cli,
                                  {QStringLiteral("import"),
                                   QStringLiteral("--db"),
                                   again,
                                   QStringLiteral("--mapping"),
                                   exported,
                                   QStringLiteral("--json"),
                                   log});
    QCOMPARE(throughExport.exitCode, 0);
    QCOMPARE(throughExport.json()[QLatin1String("files")]
                 .toArray()
                 .at(0)[QLatin1String("imported")]
                 .toInt(),
             4);
    QCOMPARE(run(cli, mappings + QStringList{QStringLiteral("--delete"), QStringLiteral("Nope")})
                 .exitCode,
             1);
    QCOMPARE(
        run(cli,
            mappings + QStringList{QStringLiteral("--delete"), QStringLiteral("Acme PBX export")})
            .exitCode,
        0);
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, log}).exitCode, 1);
}

void TestCli::erlangStaffsTheCrossCheckExample()
{
    // Row 1 of the cross-check table (docs/metrics.md, "Staffing what-if"): 100 calls of 180 s
    // in 30 minutes are 10 Erlangs; 80 % in 20 s needs 14 agents, 20 scheduled at 30 % shrinkage.
    const QStringList rowOne{QStringLiteral("erlang"),
                             QStringLiteral("--calls"),
                             QStringLiteral("100"),
                             QStringLiteral("--interval"),
                             QStringLiteral("30m"),
                             QStringLiteral("--aht"),
                             QStringLiteral("180"),
                             QStringLiteral("--target"),
                             QStringLiteral("80/20")};
    const Run erlangC = run(cli,
                            rowOne
                                + QStringList{QStringLiteral("--shrinkage"),
                                              QStringLiteral("0.3"),
                                              QStringLiteral("--json")});
    QCOMPARE(erlangC.exitCode, 0);
    const QJsonObject c = erlangC.json();
    QCOMPARE(c[QLatin1String("model")].toString(), QStringLiteral("erlang-c"));
    QCOMPARE(c[QLatin1String("traffic_erlangs")].toDouble(), 10.0);
    QCOMPARE(c[QLatin1String("required_agents")].toInt(), 14);
    QCOMPARE(c[QLatin1String("agents")].toInt(), 14);
    QCOMPARE(c[QLatin1String("scheduled_agents")].toInt(), 20);
    QCOMPARE(c[QLatin1String("stable")].toBool(), true);
    QCOMPARE(QString::number(c[QLatin1String("service_level")].toDouble(), 'f', 5),
             QStringLiteral("0.88835"));
    QCOMPARE(QString::number(c[QLatin1String("p_wait")].toDouble(), 'f', 6),
             QStringLiteral("0.174132"));
    QCOMPARE(QString::number(c[QLatin1String("asa")].toDouble(), 'f', 2), QStringLiteral("7.84"));
    QCOMPARE(QString::number(c[QLatin1String("occupancy")].toDouble(), 'f', 6),
             QStringLiteral("0.714286"));
    QVERIFY(c[QLatin1String("p_abandon")].isNull());

    // Rows 6 and 7: with five minutes' patience Erlang A needs 13, and 14 give 91.68 %.
    const Run erlangA = run(cli,
                            rowOne
                                + QStringList{QStringLiteral("--patience"),
                                              QStringLiteral("5m"),
                                              QStringLiteral("--agents"),
                                              QStringLiteral("14"),
                                              QStringLiteral("--json")});
    QCOMPARE(erlangA.exitCode, 0);
    const QJsonObject a = erlangA.json();
    QCOMPARE(a[QLatin1String("model")].toString(), QStringLiteral("erlang-a"));
    QCOMPARE(a[QLatin1String("required_agents")].toInt(), 13);
    QCOMPARE(a[QLatin1String("agents")].toInt(), 14);
    QCOMPARE(QString::number(a[QLatin1String("service_level")].toDouble(), 'f', 6),
             QStringLiteral("0.916792"));
    QCOMPARE(QString::number(a[QLatin1String("p_abandon")].toDouble(), 'f', 6),
             QStringLiteral("0.013984"));
    QVERIFY(!a.contains(QLatin1String("scheduled_agents")));

    // Without --json, a few lines a person reads.
    const Run text = run(cli, rowOne);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Required for 80 % answered within 20 s: 14 agents."),
             text.out.constData());
    QVERIFY2(text.out.contains("service level 88.84 %"), text.out.constData());
}

void TestCli::erlangSaysWhenTheAgentsCannotCarryTheLoad()
{
    // 10 agents for 10 Erlangs: Erlang C's queue grows without end, so no figure is given.
    const QStringList tenForTen{QStringLiteral("erlang"),
                                QStringLiteral("--calls"),
                                QStringLiteral("100"),
                                QStringLiteral("--interval"),
                                QStringLiteral("1800"),
                                QStringLiteral("--aht"),
                                QStringLiteral("180"),
                                QStringLiteral("--target"),
                                QStringLiteral("80/20"),
                                QStringLiteral("--agents"),
                                QStringLiteral("10")};
    const Run unstable = run(cli, tenForTen + QStringList{QStringLiteral("--json")});
    QCOMPARE(unstable.exitCode, 0);
    const QJsonObject json = unstable.json();
    QCOMPARE(json[QLatin1String("stable")].toBool(), false);
    QCOMPARE(json[QLatin1String("agents")].toInt(), 10);
    QCOMPARE(json[QLatin1String("required_agents")].toInt(), 14);
    for (const char *figure : {"service_level", "asa", "p_wait", "occupancy", "p_abandon"}) {
        QVERIFY2(json.contains(QLatin1String(figure)), figure);
        QVERIFY2(json[QLatin1String(figure)].isNull(), figure);
    }
    const Run text = run(cli, tenForTen);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("grows without end"), text.out.constData());
}

void TestCli::erlangRefusesBadInput()
{
    const auto exitCode = [](const QString &calls,
                             const QString &interval,
                             const QString &aht,
                             const QString &target) {
        return run(cli,
                   {QStringLiteral("erlang"),
                    QStringLiteral("--calls"),
                    calls,
                    QStringLiteral("--interval"),
                    interval,
                    QStringLiteral("--aht"),
                    aht,
                    QStringLiteral("--target"),
                    target})
            .exitCode;
    };
    const QString calls = QStringLiteral("100");
    const QString interval = QStringLiteral("30m");
    const QString aht = QStringLiteral("180");
    const QString target = QStringLiteral("80/20");
    QCOMPARE(exitCode(calls, interval, aht, target), 0);
    QCOMPARE(exitCode(QStringLiteral("-5"), interval, aht, target), 2);
    QCOMPARE(exitCode(calls, QStringLiteral("15x"), aht, target), 2);
    QCOMPARE(exitCode(calls, interval, QStringLiteral("0"), target), 2);
    QCOMPARE(exitCode(calls, interval, aht, QStringLiteral("80/0")), 2);
    QCOMPARE(exitCode(calls, interval, aht, QStringLiteral("120/20")), 2);
    // Every way of writing half an hour gives the same 10 Erlangs.
    for (const char *halfHour : {"1800", "1800s", "30m", "0.5h"}) {
        QCOMPARE(exitCode(calls, QLatin1String(halfHour), aht, target), 0);
    }
    const Run missing = run(cli, {QStringLiteral("erlang"), QStringLiteral("--calls"), calls});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("--interval"), missing.err.constData());
    QCOMPARE(run(cli, {QStringLiteral("erlang"), QStringLiteral("--help")}).exitCode, 0);
}

void TestCli::darkThemeRendersDark()
{
    const QString png = m_dir.filePath(QStringLiteral("dark.png"));
    QCOMPARE(run(gui,
                 {QStringLiteral("--db"),
                  m_db,
                  QStringLiteral("--theme"),
                  QStringLiteral("pink"),
                  QStringLiteral("--screenshot"),
                  png})
                 .exitCode,
             2);
    QCOMPARE(run(gui,
                 {QStringLiteral("--db"),
                  m_db,
                  QStringLiteral("--theme"),
                  QStringLiteral("dark"),
                  QStringLiteral("--screenshot"),
                  png})
                 .exitCode,
             0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The window background near the top-right corner, between the filter bar and the edge.
    QVERIFY2(QColor(image.pixel(image.width() - 4, image.height() / 2)).lightness() < 80,
             qPrintable(QColor(image.pixel(image.width() - 4, image.height() / 2)).name()));
}

void TestCli::guiRendersAScreenshotHeadless()
{
    // With no display at all the app says so, prints the KPI summary and writes a picture.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    const Run result = run(gui, {QStringLiteral("--demo"), pwc}, env);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QLatin1String("No display")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("374 of 5,000")), qPrintable(out));
    const QString png =
        m_dir.filePath(QStringLiteral("data/Callboard/Callboard/demo-dashboard.png"));
    QVERIFY2(QFile::exists(png), qPrintable(out));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/Callboard/Callboard/demo.sqlite"))));

    // A second start finds the demo workspace already imported.
    const Run again = run(gui, {QStringLiteral("--demo"), pwc}, env);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!QString::fromUtf8(again.out).contains(QLatin1String("Importing")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
