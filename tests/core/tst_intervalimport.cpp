#include "import/AircallCsvFormat.h"
#include "import/DailySummaryFormat.h"
#include "import/Decc911HourlyFormat.h"
#include "import/Importer.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "kpi/KpiEngine.h"
#include "store/ImportLog.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString kaggleDaily =
    QStringLiteral(CALLBOARD_TEST_DATA "/daily-summary/Call Center Data.csv");

QString week(int number)
{
    return QStringLiteral(CALLBOARD_TEST_DATA "/decc-911-hourly/week_%1_phone.csv").arg(number);
}

qint64 utcMs(int y, int m, int d, int hh, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc()).toMSecsSinceEpoch();
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

QVariant value(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return QVariant();
    }
    return query.value(0);
}

/// The header of the 911 weekly files, for fixtures.
const QByteArray decc911Header =
    "DateTime,Hour,911_10,911_15,911_20,911_40,911_60,911_120,911_121,911_AB,911_T,911_PCT_10,"
    "911_PCT_15,911_PCT_20,911_PCT_40,911_PCT_AB,ADM_10,ADM_15,ADM_20,ADM_40,ADM_60,ADM_120,"
    "ADM_121,ADM_AB,ADM_T,Total,ADM_PCT_10,PCT_ADM_15,ADM_PCT_20,ADM_PCT_40,ADM_PCT_AB,"
    "TTL_PCT_10,TTL_PCT_15,TTL_PCT_20,TTL_PCT_40,TTL_PCT_AB\n";

/// One row of that header: the 911 counts, then the admin counts (fractions left at 0: the
/// importer does not read them).
QByteArray
decc911Row(const char *dateTime, const char *hour, const char *line911, const char *admin)
{
    return QByteArray(dateTime) + ',' + hour + ',' + line911 + ",0,0,0,0,0," + admin
           + ",0,0,0,0,0,0,0,0,0,0,0\n";
}

} // namespace

class TestIntervalImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headersAreToldApartFromOtherFormats();
    void dailyFileIsRefusedWithoutStartDate();
    void importsTheKaggleDailyFile();
    void dailyTotalsRollUpWeighted();
    void datedDailySummaryFollowsTheLocalClock();
    void dailySummaryRejectsBadRows();
    void importsTheFour911Weeks();
    void hourlyTotalsPerQueue();
    void repeatedHourOfTheDstChange();
    void skippedSpringHourAndBadRowsAreRejected();
    void reportZoneChangeMovesIntervals();
    void reimportAddsNothingAndUndoRestores();
    void perCallKpisIgnoreIntervals();
    void versionFourWorkspaceKeepsItsCalls();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    ImportOptions kaggleOptions() const;
    KpiEngine engine() const;
    QString writeFile(const char *name, const QByteArray &content) const;
    /// One column of the stored interval of @p queue starting at @p startMs.
    QVariant interval(const QString &column, const QString &queue, qint64 startMs) const;
    QVariant answeredWithin(const QString &queue, qint64 startMs, int thresholdSeconds) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestIntervalImport::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestIntervalImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestIntervalImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

ImportOptions TestIntervalImport::kaggleOptions() const
{
    ImportOptions options;
    options.startDate = QDate(2021, 1, 1);
    return options;
}

KpiEngine TestIntervalImport::engine() const
{
    return KpiEngine(*m_workspace,
                     KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
}

QString TestIntervalImport::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

QVariant
TestIntervalImport::interval(const QString &column, const QString &queue, qint64 startMs) const
{
    return value(*m_workspace,
                 QStringLiteral("SELECT %1 FROM intervals WHERE queue = '%2' AND start_ms = %3")
                     .arg(column, queue)
                     .arg(startMs));
}

QVariant
TestIntervalImport::answeredWithin(const QString &queue, qint64 startMs, int thresholdSeconds) const
{
    return value(*m_workspace,
                 QStringLiteral("SELECT t.answered FROM interval_thresholds t JOIN intervals i"
                                " ON i.id = t.interval_id WHERE i.queue = '%1'"
                                " AND i.start_ms = %2 AND t.threshold_s = %3")
                     .arg(queue)
                     .arg(startMs)
                     .arg(thresholdSeconds));
}

void TestIntervalImport::headersAreToldApartFromOtherFormats()
{
    const QStringList daily = headerOf(kaggleDaily);
    const QStringList hourly = headerOf(week(44));
    QCOMPARE(daily.size(), 9);
    QCOMPARE(hourly.size(), 36);
    QCOMPARE(DailySummaryFormat().matchHeader(daily), 90);
    QCOMPARE(Decc911HourlyFormat().matchHeader(hourly), 95);
    QCOMPARE(DailySummaryFormat().matchHeader(hourly), 0);
    QCOMPARE(Decc911HourlyFormat().matchHeader(daily), 0);
    for (const QStringList &header : {daily, hourly}) {
        QCOMPARE(PwcSpreadsheetFormat().matchHeader(header), 0);
        QCOMPARE(TechnionBankFormat().matchHeader(header), 0);
        QCOMPARE(AircallCsvFormat().matchHeader(header), 0);
    }
    for (const char *callLog : {"/pwc-call-center/Call-Center-Dataset.csv",
                                "/technion-anonymous-bank/january.txt",
                                "/aircall/current-export.csv"}) {
        const QStringList header =
            headerOf(QStringLiteral(CALLBOARD_TEST_DATA) + QLatin1String(callLog));
        QVERIFY(!header.isEmpty());
        QCOMPARE(DailySummaryFormat().matchHeader(header), 0);
        QCOMPARE(Decc911HourlyFormat().matchHeader(header), 0);
    }
}

void TestIntervalImport::dailyFileIsRefusedWithoutStartDate()
{
    const FileImportResult result = import(kaggleDaily);
    QVERIFY(result.refusal);
    QCOMPARE(result.format, QStringLiteral("daily-summary"));
    QVERIFY2(result.refusal->message.contains(QLatin1String("--start-date")),
             qPrintable(result.refusal->message));
    QCOMPARE(result.refusal->column, 1); // the Index column
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM intervals")).toInt(), 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
}

void TestIntervalImport::importsTheKaggleDailyFile()
{
    const FileImportResult result = import(kaggleDaily, kaggleOptions());
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("daily-summary"));
    // 1,251 data rows: awk -F';' 'NR>1' "Call Center Data.csv" | wc -l
    QCOMPARE(result.rows, 1251);
    QCOMPARE(result.intervals, 1251);
    QCOMPARE(result.intervalsImported, 1251);
    QCOMPARE(result.calls, 0);
    QCOMPARE(result.rejected, 0);

    // awk -F';' 'NR>1 {o+=$2; a+=$3; b+=$5} END {print o, a, b}' "Call Center Data.csv"
    // prints 248373 221234 27139.
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT sum(offered) FROM intervals")).toLongLong(),
             248373);
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT sum(answered) FROM intervals")).toLongLong(),
        221234);
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT sum(abandoned) FROM intervals")).toLongLong(),
        27139);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(DISTINCT queue) FROM intervals"))
                 .toString(),
             QStringLiteral("1"));
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT max(length_s) FROM intervals")).toInt(),
             86400);

    // Line 101 is `100;226;219;96.90%;7;0:00:10;0:02:12;0:02:45;88.00%`: day index 100 is 99 days
    // after 2021-01-01 (index 1), 2021-04-10, a whole UTC day.
    const qint64 day100 = utcMs(2021, 4, 10, 0);
    QCOMPARE(interval(QStringLiteral("offered"), QString(), day100).toInt(), 226);
    QCOMPARE(interval(QStringLiteral("answered"), QString(), day100).toInt(), 219);
    QCOMPARE(interval(QStringLiteral("abandoned"), QString(), day100).toInt(), 7);
    QCOMPARE(interval(QStringLiteral("asa_s"), QString(), day100).toDouble(), 10.0);
    QCOMPARE(interval(QStringLiteral("asa_count"), QString(), day100).toInt(), 219);
    QCOMPARE(interval(QStringLiteral("talk_s"), QString(), day100).toDouble(), 132.0);
    QCOMPARE(interval(QStringLiteral("reported_sl"), QString(), day100).toDouble(), 0.88);
    QCOMPARE(interval(QStringLiteral("reported_sl_threshold_s"), QString(), day100).toInt(), 20);
    QCOMPARE(interval(QStringLiteral("local_day"), QString(), day100).toLongLong(),
             QDate(2021, 4, 10).toJulianDay());
    // The report states a share, not the calls behind it: no count is invented.
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT count(*) FROM interval_thresholds")).toInt(),
        0);
    // The last row, the partial day (`1251;12;11;91.67%;1;...`), is 1,250 days after the first.
    QCOMPARE(interval(QStringLiteral("offered"), QString(), utcMs(2024, 6, 4, 0)).toInt(), 12);
}

void TestIntervalImport::dailyTotalsRollUpWeighted()
{
    QVERIFY(!import(kaggleDaily, kaggleOptions()).refusal);
    const auto days = engine().intervalTotalsByDay(IntervalFilter{});
    QVERIFY(days);
    QCOMPARE(days->size(), 1251);
    IntervalTotals total;
    for (const IntervalTotals &day : *days) {
        total.add(day);
    }
    QCOMPARE(total.offered, 248373);
    QCOMPARE(total.answered, 221234);
    QCOMPARE(total.abandoned, 27139);
    // Weighted ASA: awk -F';' 'NR>1 {split($6,t,":"); w+=(t[1]*3600+t[2]*60+t[3])*$3; a+=$3}
    // END {print w, a}' gives 6600649 s over 221234 answered calls, 29.8356 s.
    QCOMPARE(total.answerWaitSum, 6600649.0);
    QCOMPARE(total.answerWaitCalls, 221234);
    QVERIFY(qAbs(*total.asa() - 29.835599) < 1e-6);
    // No interval counts the calls within 20 s, so that service level has no value; the
    // report's own, weighted by offered calls: awk -F';' 'NR>1 {s+=$9*$2; o+=$2}
    // END {print s/o/100}' gives 0.637860.
    QVERIFY(!total.serviceLevel());
    QVERIFY(qAbs(*total.reportedServiceLevel() - 0.637860) < 1e-6);

    // One day, 2021-04-10 (index 100), alone.
    const auto one = engine().intervalTotalsByDay(
        IntervalFilter{QDate(2021, 4, 10), QDate(2021, 4, 10), std::nullopt});
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().offered, 226);
    QCOMPARE(*one->first().asa(), 10.0);
    QCOMPARE(*one->first().reportedServiceLevel(), 0.88);
}

void TestIntervalImport::datedDailySummaryFollowsTheLocalClock()
{
    // A daily summary with dates instead of an index (day first, as 14/03/2021 shows), in New
    // York, where 14 March 2021 lost an hour. Written for this test.
    const QString path = writeFile("dated.csv",
                                   "Date,Incoming Calls,Answered Calls,Abandoned Calls,"
                                   "Answer Speed (AVG),Service Level (30 Seconds)\n"
                                   "13/03/2021,100,90,10,0:00:20,0.8\n"
                                   "14/03/2021,50,45,5,15,75%\n");
    ImportOptions options;
    options.timeZone = QTimeZone("America/New_York");
    const FileImportResult result = import(path, options);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.intervals, 2);
    // Midnight EST is 05:00 UTC; the day the clocks went forward lasts 23 h.
    QCOMPARE(interval(QStringLiteral("length_s"), QString(), utcMs(2021, 3, 13, 5)).toInt(), 86400);
    QCOMPARE(interval(QStringLiteral("length_s"), QString(), utcMs(2021, 3, 14, 5)).toInt(), 82800);
    QCOMPARE(interval(QStringLiteral("reported_sl"), QString(), utcMs(2021, 3, 14, 5)).toDouble(),
             0.75);
    QCOMPARE(interval(QStringLiteral("reported_sl_threshold_s"), QString(), utcMs(2021, 3, 14, 5))
                 .toInt(),
             30);
    // The engine reports the profile's 20 s only: a 30 s share is not a 20 s one.
    const auto days = engine().intervalTotalsByDay(IntervalFilter{});
    QVERIFY(days);
    QCOMPARE(days->size(), 2);
    QVERIFY(!days->first().reportedServiceLevel());
}

void TestIntervalImport::dailySummaryRejectsBadRows()
{
    const QString path = writeFile("bad-daily.csv",
                                   "Index;Incoming Calls;Answered Calls;Abandoned Calls;"
                                   "Answer Speed (AVG)\n"
                                   "3;100;90;10;0:00:20\n"
                                   "4;100;lots;10;0:00:20\n"
                                   "3;80;70;10;0:00:20\n"
                                   "5;100;120;0;0:00:20\n"
                                   "x;100;90;10;0:00:20\n"
                                   "6;100;90;10;soon\n"
                                   "7;100;90;10;\n");
    ImportOptions options;
    options.startDate = QDate(2024, 1, 1);
    const FileImportResult result = import(path, options);
    QVERIFY(!result.refusal);
    QCOMPARE(result.intervals, 2);
    QCOMPARE(result.rejected, 5);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(0).column, 3);
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("lots")));
    QCOMPARE(result.problems.at(1).line, 4); // index 3 again
    QCOMPARE(result.problems.at(1).column, 1);
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("line 2")));
    QCOMPARE(result.problems.at(2).line, 5);
    QCOMPARE(result.problems.at(2).column, 3);
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("more than the 100 offered")));
    QCOMPARE(result.problems.at(3).line, 6);
    QCOMPARE(result.problems.at(3).column, 1);
    QCOMPARE(result.problems.at(4).line, 7);
    QCOMPARE(result.problems.at(4).column, 5);
    // Index 3 is the lowest, so it is 2024-01-01; index 7 (no ASA given) is 2024-01-05.
    QCOMPARE(interval(QStringLiteral("offered"), QString(), utcMs(2024, 1, 1, 0)).toInt(), 100);
    QVERIFY(interval(QStringLiteral("asa_s"), QString(), utcMs(2024, 1, 5, 0)).isNull());
    QCOMPARE(interval(QStringLiteral("answered"), QString(), utcMs(2024, 1, 5, 0)).toInt(), 90);
}

void TestIntervalImport::importsTheFour911Weeks()
{
    for (const int number : {44, 45, 46, 47}) {
        const FileImportResult result = import(week(number));
        QVERIFY2(!result.refusal,
                 qPrintable(result.refusal ? result.refusal->toString() : QString()));
        QCOMPARE(result.format, QStringLiteral("decc-911-hourly"));
        QCOMPARE(result.rows, 168);      // 7 days x 24 hours
        QCOMPARE(result.intervals, 336); // one per hour and line
        QCOMPARE(result.intervalsImported, 336);
        QCOMPARE(result.calls, 0);
        QCOMPARE(result.rejected, 0);
    }
    // for f in week_4*_phone.csv; do awk -F, 'NR>1 {o+=$11; a+=$3+$4+$5+$6+$7+$8+$9; b+=$10;
    //   w+=$3+$4+$5; oa+=$25; aa+=$17+$18+$19+$20+$21+$22+$23; ba+=$24; wa+=$17+$18+$19}
    //   END {print o, a, b, w, oa, aa, ba, wa}' $f; done, summed over the four weeks:
    // 911 offered 6080, answered 4519, abandoned 1561, within 20 s 4409;
    // admin offered 12846, answered 12671, abandoned 175, within 20 s 12184.
    auto sum = [this](const char *column, const char *queue) {
        return value(*m_workspace,
                     QStringLiteral("SELECT sum(%1) FROM intervals WHERE queue = '%2'")
                         .arg(QLatin1String(column), QLatin1String(queue)))
            .toLongLong();
    };
    QCOMPARE(sum("offered", "911"), 6080);
    QCOMPARE(sum("answered", "911"), 4519);
    QCOMPARE(sum("abandoned", "911"), 1561);
    QCOMPARE(sum("offered", "admin"), 12846);
    QCOMPARE(sum("answered", "admin"), 12671);
    QCOMPARE(sum("abandoned", "admin"), 175);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM intervals")).toInt(), 1344);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(DISTINCT start_ms) FROM intervals"))
                 .toInt(),
             672);

    // The first hour of week 44, line 2:
    // 10/26/2025 00:00,00,10,4,0,1,0,0,0,4,19,...,17,1,1,3,0,0,0,3,25,44,...
    // Midnight EDT is 04:00 UTC. 911: 10+4+0+1+0+0+0 = 15 answered, 4 abandoned, 19 offered.
    const qint64 first = utcMs(2025, 10, 26, 4);
    QCOMPARE(interval(QStringLiteral("length_s"), QStringLiteral("911"), first).toInt(), 3600);
    QCOMPARE(interval(QStringLiteral("offered"), QStringLiteral("911"), first).toInt(), 19);
    QCOMPARE(interval(QStringLiteral("answered"), QStringLiteral("911"), first).toInt(), 15);
    QCOMPARE(interval(QStringLiteral("abandoned"), QStringLiteral("911"), first).toInt(), 4);
    QVERIFY(interval(QStringLiteral("asa_s"), QStringLiteral("911"), first).isNull());
    // Cumulative from the buckets: 10; 10+4; 14+0; 14+1; then 15 for 60 and 120 s.
    QCOMPARE(answeredWithin(QStringLiteral("911"), first, 10).toInt(), 10);
    QCOMPARE(answeredWithin(QStringLiteral("911"), first, 15).toInt(), 14);
    QCOMPARE(answeredWithin(QStringLiteral("911"), first, 20).toInt(), 14);
    QCOMPARE(answeredWithin(QStringLiteral("911"), first, 40).toInt(), 15);
    QCOMPARE(answeredWithin(QStringLiteral("911"), first, 120).toInt(), 15);
    QVERIFY(answeredWithin(QStringLiteral("911"), first, 121).isNull());
    // Admin: 17+1+1+3 = 22 answered, 3 abandoned, 25 offered; within 20 s 17+1+1 = 19.
    QCOMPARE(interval(QStringLiteral("offered"), QStringLiteral("admin"), first).toInt(), 25);
    QCOMPARE(interval(QStringLiteral("answered"), QStringLiteral("admin"), first).toInt(), 22);
    QCOMPARE(answeredWithin(QStringLiteral("admin"), first, 20).toInt(), 19);
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT count(*) FROM interval_thresholds t JOIN intervals i"
                                  " ON i.id = t.interval_id WHERE i.start_ms = %1")
                       .arg(first))
                 .toInt(),
             12); // six thresholds for each line
}

void TestIntervalImport::hourlyTotalsPerQueue()
{
    for (const int number : {44, 45, 46, 47}) {
        QVERIFY(!import(week(number)).refusal);
    }
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("America/New_York")));
    // The figures of importsTheFour911Weeks, per queue.
    for (const auto &[queue, offered, answered, abandoned, within] :
         {std::tuple{QStringLiteral("911"), 6080, 4519, 1561, 4409},
          std::tuple{QStringLiteral("admin"), 12846, 12671, 175, 12184}}) {
        const auto days = engine().intervalTotalsByDay(IntervalFilter{{}, {}, queue});
        QVERIFY(days);
        QCOMPARE(days->size(), 28); // 26 October to 22 November, New York days
        QCOMPARE(days->first().day, QDate(2025, 10, 26));
        QCOMPARE(days->first().intervals, 24);
        IntervalTotals total;
        for (const IntervalTotals &day : *days) {
            total.add(day);
        }
        QCOMPARE(total.offered, offered);
        QCOMPARE(total.answered, answered);
        QCOMPARE(total.abandoned, abandoned);
        QCOMPARE(total.answeredWithinThreshold, within);
        QCOMPARE(total.offeredWithThreshold, offered);
        QCOMPARE(*total.serviceLevel(), double(within) / offered);
        QVERIFY(!total.asa()); // the report has no ASA
        QVERIFY(!total.reportedServiceLevel());
    }
    // Both queues together on one day, 26 October (the first 24 rows of week 44):
    // awk -F, 'NR>1 && NR<=25 {o+=$11+$25; w+=$3+$4+$5+$17+$18+$19} END {print o, w}'
    // gives 529 offered, 469 within 20 s.
    const auto firstDay = engine().intervalTotalsByDay(
        IntervalFilter{QDate(2025, 10, 26), QDate(2025, 10, 26), std::nullopt});
    QVERIFY(firstDay);
    QCOMPARE(firstDay->size(), 1);
    QCOMPARE(firstDay->first().intervals, 48);
    QCOMPARE(firstDay->first().offered, 529);
    QCOMPARE(firstDay->first().answeredWithinThreshold, 469);
}

void TestIntervalImport::repeatedHourOfTheDstChange()
{
    QVERIFY(!import(week(45)).refusal);
    // Week 45, line 3: `11/2/2025 01:00,01,9,1,0,0,0,0,0,6,16,...,18,0,0,0,0,0,0,0,18,34,...`:
    // one row for the hour the clocks repeated. It covers 01:00 EDT (05:00 UTC) to 02:00 EST
    // (07:00 UTC): two hours.
    const qint64 repeated = utcMs(2025, 11, 2, 5);
    QCOMPARE(interval(QStringLiteral("length_s"), QStringLiteral("911"), repeated).toInt(), 7200);
    QCOMPARE(interval(QStringLiteral("offered"), QStringLiteral("911"), repeated).toInt(), 16);
    QCOMPARE(interval(QStringLiteral("answered"), QStringLiteral("911"), repeated).toInt(), 10);
    QCOMPARE(interval(QStringLiteral("offered"), QStringLiteral("admin"), repeated).toInt(), 18);
    // The next row, 02:00, starts at 07:00 UTC; nothing starts at 06:00 UTC.
    QCOMPARE(
        interval(QStringLiteral("length_s"), QStringLiteral("911"), utcMs(2025, 11, 2, 7)).toInt(),
        3600);
    QVERIFY(
        interval(QStringLiteral("offered"), QStringLiteral("911"), utcMs(2025, 11, 2, 6)).isNull());
    // So the day's 24 rows cover its 25 hours, and the week's 168 rows its 169.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT sum(length_s) FROM intervals WHERE queue = '911'"))
                 .toLongLong(),
             169 * 3600);
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT max(start_ms) + 3600000 - min(start_ms) FROM intervals"))
                 .toLongLong(),
             qint64(169) * 3600 * 1000);
}

void TestIntervalImport::skippedSpringHourAndBadRowsAreRejected()
{
    // Written for this test from the weekly files' header: the night US clocks went forward
    // (8 March 2026, 02:00 did not happen in New York), a row whose counts do not add up, a row
    // whose Hour contradicts its DateTime, a bad count, and a repeated hour.
    const QString path = writeFile(
        "spring.csv",
        decc911Header + decc911Row("3/8/2026 1:00", "01", "1,1,0,0,0,0,0,1,3", "2,0,0,0,0,0,0,0,2")
            + decc911Row("3/8/2026 2:00", "02", "0,0,0,0,0,0,0,0,0", "0,0,0,0,0,0,0,0,0")
            + decc911Row("3/8/2026 3:00", "03", "2,0,0,0,0,0,0,0,2", "1,0,0,0,0,0,0,0,1")
            + decc911Row("3/8/2026 4:00", "04", "2,0,0,0,0,0,0,0,5", "1,0,0,0,0,0,0,0,1")
            + decc911Row("3/8/2026 5:00", "06", "2,0,0,0,0,0,0,0,2", "1,0,0,0,0,0,0,0,1")
            + decc911Row("3/8/2026 7:00", "07", "2,0,0,0,0,0,0,0,2", "one,0,0,0,0,0,0,0,1")
            + decc911Row("3/8/2026 3:00", "03", "2,0,0,0,0,0,0,0,2", "1,0,0,0,0,0,0,0,1"));
    const FileImportResult result = import(path);
    QVERIFY(!result.refusal);
    QCOMPARE(result.rows, 7);
    QCOMPARE(result.intervals, 4); // 01:00 and 03:00, two lines each
    QCOMPARE(result.rejected, 5);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(0).column, 1);
    QVERIFY2(result.problems.at(0).message.contains(QLatin1String("skipped")),
             qPrintable(result.problems.at(0).message));
    QCOMPARE(result.problems.at(1).line, 5);
    QCOMPARE(result.problems.at(1).column, 11); // 911_T
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("do not add up")));
    QCOMPARE(result.problems.at(2).line, 6);
    QCOMPARE(result.problems.at(2).column, 2); // Hour
    QCOMPARE(result.problems.at(3).line, 7);
    QCOMPARE(result.problems.at(3).column, 17); // ADM_10
    QCOMPARE(result.problems.at(4).line, 8);
    QVERIFY(result.problems.at(4).message.contains(QLatin1String("line 4")));
    // 01:00 EST is 06:00 UTC and lasts until the jump at 07:00 UTC, when 03:00 EDT begins.
    QCOMPARE(
        interval(QStringLiteral("length_s"), QStringLiteral("911"), utcMs(2026, 3, 8, 6)).toInt(),
        3600);
    QCOMPARE(
        interval(QStringLiteral("offered"), QStringLiteral("911"), utcMs(2026, 3, 8, 7)).toInt(),
        2);
}

void TestIntervalImport::reportZoneChangeMovesIntervals()
{
    QVERIFY(!import(week(45)).refusal);
    // 8 November 2025, 20:00 EST is 9 November, 01:00 UTC.
    const qint64 evening = utcMs(2025, 11, 9, 1);
    QCOMPARE(interval(QStringLiteral("local_day"), QStringLiteral("911"), evening).toLongLong(),
             QDate(2025, 11, 9).toJulianDay());
    QCOMPARE(interval(QStringLiteral("local_hour"), QStringLiteral("911"), evening).toInt(), 1);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("America/New_York")));
    QCOMPARE(interval(QStringLiteral("local_day"), QStringLiteral("911"), evening).toLongLong(),
             QDate(2025, 11, 8).toJulianDay());
    QCOMPARE(interval(QStringLiteral("local_hour"), QStringLiteral("911"), evening).toInt(), 20);
}

void TestIntervalImport::reimportAddsNothingAndUndoRestores()
{
    const FileImportResult first = import(week(45));
    QCOMPARE(first.intervalsImported, 336);
    const FileImportResult again = import(week(45));
    QVERIFY(!again.refusal);
    QCOMPARE(again.intervals, 336);
    QCOMPARE(again.intervalsImported, 0);
    QCOMPARE(again.intervalsUpdated, 0);
    QCOMPARE(again.intervalsDuplicates, 336);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM intervals")).toInt(), 336);

    // A corrected copy of the first hour: 911_10 4 -> 3 and 911_121 0 -> 1 (one call answered
    // later); its total is unchanged, so only the 911 interval changes.
    QFile original(week(45));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray content = original.readAll();
    const QByteArray firstRow = "11/2/2025 00:00,00,4,0,0,0,0,0,0,4,8,";
    QVERIFY(content.contains(firstRow));
    content.replace(firstRow, "11/2/2025 00:00,00,3,0,0,0,0,0,1,4,8,");
    const FileImportResult corrected = import(writeFile("week_45_corrected.csv", content));
    QVERIFY(!corrected.refusal);
    QCOMPARE(corrected.intervalsUpdated, 1);
    QCOMPARE(corrected.intervalsDuplicates, 335);
    const qint64 firstHour = utcMs(2025, 11, 2, 4);
    QCOMPARE(answeredWithin(QStringLiteral("911"), firstHour, 10).toInt(), 3);

    ImportLog log(*m_workspace);
    const auto imports = log.imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 3);
    QCOMPARE(imports->at(0).intervalsImported, 336);
    QCOMPARE(imports->at(1).intervalsDuplicates, 336);
    QCOMPARE(imports->at(2).intervalsUpdated, 1);
    // The first import cannot be undone before the one that changed its interval.
    const auto refused = log.undo(first.importId, 0);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QString::number(corrected.importId)));
    const auto restored = log.undo(corrected.importId, 0);
    QVERIFY(restored);
    QCOMPARE(restored->intervalsRestored, 1);
    QCOMPARE(restored->intervalsRemoved, 0);
    QCOMPARE(answeredWithin(QStringLiteral("911"), firstHour, 10).toInt(), 4);
    QCOMPARE(interval(QStringLiteral("import_id"), QStringLiteral("911"), firstHour).toLongLong(),
             first.importId);
    const auto removed = log.undo(first.importId, 0);
    QVERIFY(removed);
    QCOMPARE(removed->intervalsRemoved, 336);
    QCOMPARE(removed->removed, 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM intervals")).toInt(), 0);
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT count(*) FROM interval_thresholds")).toInt(),
        0);
    // Importing it again after the undo adds its intervals anew.
    QCOMPARE(import(week(45)).intervalsImported, 336);
}

void TestIntervalImport::perCallKpisIgnoreIntervals()
{
    QVERIFY(!import(kaggleDaily, kaggleOptions()).refusal);
    QVERIFY(!import(week(44)).refusal);
    const KpiEngine kpiEngine = engine();
    const auto kpis = kpiEngine.kpis(CallFilter{});
    QVERIFY(kpis);
    QCOMPARE(*findKpi(*kpis, "calls").value, 0.0);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 0.0);
    QVERIFY(!findKpi(*kpis, "service_level").value);
    const auto range = kpiEngine.dataRange(CallFilter{});
    QVERIFY(range);
    QVERIFY(!range->has_value());
    const auto days = kpiEngine.kpisByDay(CallFilter{});
    QVERIFY(days);
    QVERIFY(days->isEmpty());
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 0);
}

void TestIntervalImport::versionFourWorkspaceKeepsItsCalls()
{
    const QString path = m_dir.filePath(QStringLiteral("version4.sqlite"));
    {
        // A workspace as version 4 of the schema wrote it, with one imported call.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int step = 0; step < 4; ++step) {
            for (const QString &statement : schema::migrationSteps().at(step)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO imports (id, file_name, sha256, format, time_zone, imported_at_ms)"
            " VALUES (3, 'old.csv', '', 'pwc-spreadsheet', 'UTC', 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO calls (source, source_id, direction, outcome, arrived_at_ms,"
            " attributed_at_ms, local_day, local_hour, content_hash, import_id,"
            " created_by_import, campaign)"
            " VALUES ('pwc-spreadsheet', 'ID1', 0, 0, 0, 0, 2440588, 0, 1, 3, 3, 'spring')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    QCOMPARE((*workspace)->schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(
        value(**workspace, QStringLiteral("SELECT campaign FROM calls WHERE source_id = 'ID1'"))
            .toString(),
        QStringLiteral("spring"));
    QCOMPARE(value(**workspace, QStringLiteral("SELECT count(*) FROM intervals")).toInt(), 0);
    // The old import is listed with no intervals, and the workspace takes intervals now.
    const auto imports = ImportLog(**workspace).imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->first().intervalsImported, 0);
    Importer importer(**workspace);
    QCOMPARE(importer.importFile(week(46), ImportOptions{}).intervalsImported, 336);
    QCOMPARE(value(**workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1);
    const auto undone = ImportLog(**workspace).undo(3, 0);
    QVERIFY(undone);
    QCOMPARE(undone->removed, 1);
    QCOMPARE(undone->intervalsRemoved, 0);
}

QTEST_GUILESS_MAIN(TestIntervalImport)
#include "tst_intervalimport.moc"
