#include "CliCommands.h"
#include "CliSupport.h"

#include "kpi/KpiEngine.h"
#include "kpi/Staffing.h"
#include "kpi/WorkspaceTargets.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// What one interval of the week needs, as the command reports it.
struct IntervalStaffing
{
    const WeekIntervalLoad *observed = nullptr;
    CallLoad load;
    bool intervalOwnHandleTime = false; ///< Else the period's average handle time.
    std::optional<int> requiredAgents;
    std::optional<QueueOutlook> outlook; ///< With the required agents.
};

/// The model's answer for one interval: the required agents and what callers meet with them.
IntervalStaffing staff(const WeekIntervalLoad &observed,
                       double intervalSeconds,
                       double periodHandleSeconds,
                       const StaffingGoal &goal,
                       const std::optional<double> &patienceSeconds)
{
    IntervalStaffing result;
    result.observed = &observed;
    result.intervalOwnHandleTime = observed.handled > 0;
    result.load.intervalSeconds = intervalSeconds;
    result.load.calls =
        observed.occurrences > 0 ? static_cast<double>(observed.offered) / observed.occurrences : 0;
    result.load.handleSeconds = result.intervalOwnHandleTime
                                    ? observed.handleSeconds / static_cast<double>(observed.handled)
                                    : periodHandleSeconds;
    if (result.load.handleSeconds <= 0) {
        return result; // no handle time anywhere in the period: nothing to model
    }
    result.requiredAgents = patienceSeconds
                                ? requiredAgentsErlangA(result.load, *patienceSeconds, goal)
                                : requiredAgentsErlangC(result.load, goal);
    if (result.requiredAgents && *result.requiredAgents > 0) {
        result.outlook = patienceSeconds
                             ? erlangA(*result.requiredAgents,
                                       result.load,
                                       *patienceSeconds,
                                       goal.thresholdSeconds)
                             : erlangC(*result.requiredAgents, result.load, goal.thresholdSeconds);
    }
    return result;
}

/// "Mon" ... "Sun", in English whatever the locale, as the JSON keys of the other reports.
QString weekdayName(int weekday)
{
    return QLocale::c().dayName(weekday, QLocale::ShortFormat);
}

QString clockTime(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const IntervalStaffing &interval)
{
    QJsonObject json = outlookJson(interval.outlook);
    const QJsonObject observed{
        {QStringLiteral("weekday"), weekdayName(interval.observed->weekday)},
        {QStringLiteral("start"), clockTime(interval.observed->startMinute)},
        {QStringLiteral("occurrences"), interval.observed->occurrences},
        {QStringLiteral("offered"), interval.observed->offered},
        {QStringLiteral("calls"), interval.load.calls},
        {QStringLiteral("aht"), interval.load.handleSeconds},
        {QStringLiteral("aht_from"),
         interval.intervalOwnHandleTime ? QStringLiteral("interval") : QStringLiteral("period")},
        {QStringLiteral("required_agents"),
         interval.requiredAgents ? QJsonValue(*interval.requiredAgents) : QJsonValue()},
    };
    for (auto it = observed.begin(); it != observed.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

} // namespace

int runStaffing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "callboard-cli staffing --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--team NAME] "
        "[--interval 30m] [--target PERCENT/SECONDS] [--json]\n\n"
        "For each interval of the week, the calls offered on average over the period and their "
        "handle time, and the agents the service-level target needs (Erlang A with the patience "
        "the workspace's own abandons show; Erlang C where nobody abandoned). The target is the "
        "workspace's service-level target within 20 s unless --target gives one. Exits 1 when "
        "the workspace does not exist, 2 on a usage error."));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        Text::tr("The intervals' length, a whole number of minutes that divides a day: 15m, "
                 "30m (the default), 1h."),
        QStringLiteral("LENGTH"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          Text::tr("The service-level target, such as 80/20."),
                                          QStringLiteral("PERCENT/SECONDS"));
    parser.addOptions(
        {dbOption, fromOption, toOption, teamOption, intervalOption, targetOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    CallFilter filter;
    if (const std::optional<int> exit = readDays(parser, filter.from, filter.to)) {
        return *exit;
    }
    if (parser.isSet(teamOption)) {
        filter.queue = parser.value(teamOption);
    }
    const std::optional<double> intervalSeconds =
        readSeconds(parser.value(intervalOption).isEmpty() ? QStringLiteral("30m")
                                                           : parser.value(intervalOption));
    const int intervalMinutes = intervalSeconds ? static_cast<int>(*intervalSeconds / 60) : 0;
    if (!intervalSeconds || intervalMinutes < 1 || intervalMinutes * 60 != *intervalSeconds
        || (24 * 60) % intervalMinutes != 0) {
        return usageError(Text::tr("--interval takes a whole number of minutes that divides a "
                                   "day, such as 15m, 30m or 1h, not \"%1\".")
                              .arg(parser.value(intervalOption)));
    }
    std::optional<StaffingGoal> goal;
    if (parser.isSet(targetOption)) {
        goal = readServiceLevelTarget(parser.value(targetOption));
        if (!goal) {
            return usageError(Text::tr("--target takes a share of calls and a threshold, such "
                                       "as 80/20, not \"%1\".")
                                  .arg(parser.value(targetOption)));
        }
    }

    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const Targets targets = WorkspaceTargets(**workspace).targetsOrDefaults();
    if (!goal) {
        goal = StaffingGoal();
        const std::optional<Target> serviceLevel = targets.forKpi(QStringLiteral("service_level"));
        goal->serviceLevel = serviceLevel ? serviceLevel->value : goal->serviceLevel;
        goal->thresholdSeconds = DefinitionProfile::standard().serviceLevelThresholdSeconds;
    }
    const KpiEngine engine(**workspace, KpiCalculator(DefinitionProfile::standard(), targets));
    const Expected<StaffingInputs> inputs = engine.staffingInputs(filter, intervalMinutes);
    if (!inputs) {
        return failure(inputs.error().toString());
    }
    const double periodHandleSeconds =
        inputs->handled > 0 ? inputs->handleSeconds / static_cast<double>(inputs->handled) : 0;
    // Mean patience, from the maximum-likelihood abandon rate of the period's own callers.
    std::optional<double> patienceSeconds;
    if (const std::optional<double> rate =
            estimatedAbandonRate(inputs->abandons, inputs->queueSeconds)) {
        patienceSeconds = 1.0 / *rate;
    }
    QList<IntervalStaffing> intervals;
    for (const WeekIntervalLoad &observed : inputs->intervals) {
        intervals.append(
            staff(observed, *intervalSeconds, periodHandleSeconds, *goal, patienceSeconds));
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const IntervalStaffing &interval : intervals) {
            rows.append(toJson(interval));
        }
        printJson(QJsonObject{
            {QStringLiteral("from"),
             inputs->from.isValid() ? QJsonValue(inputs->from.toString(Qt::ISODate))
                                    : QJsonValue()},
            {QStringLiteral("to"),
             inputs->to.isValid() ? QJsonValue(inputs->to.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("time_zone"), QString::fromUtf8((*workspace)->reportTimeZone().id())},
            {QStringLiteral("interval_minutes"), intervalMinutes},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("service_level"), goal->serviceLevel},
                         {QStringLiteral("threshold_s"), goal->thresholdSeconds}}},
            {QStringLiteral("model"),
             patienceSeconds ? QStringLiteral("erlang-a") : QStringLiteral("erlang-c")},
            {QStringLiteral("patience_s"), numberOrNull(patienceSeconds)},
            {QStringLiteral("aht"), periodHandleSeconds},
            {QStringLiteral("intervals"), rows},
        });
        return Success;
    }
    const QLocale locale;
    out() << Text::tr("%1 to %2, times in %3; target %4 % within %5 s; %6")
                 .arg(inputs->from.toString(Qt::ISODate),
                      inputs->to.toString(Qt::ISODate),
                      QString::fromUtf8((*workspace)->reportTimeZone().id()),
                      locale.toString(goal->serviceLevel * 100, 'g', 3),
                      locale.toString(goal->thresholdSeconds),
                      patienceSeconds ? Text::tr("Erlang A, mean patience %1 s")
                                            .arg(locale.toString(*patienceSeconds, 'f', 0))
                                      : Text::tr("Erlang C (no abandons to learn patience from)"))
          << Qt::endl
          << Text::tr("Interval     Calls     AHT  Agents      SL     ASA") << Qt::endl;
    for (const IntervalStaffing &interval : intervals) {
        if (interval.load.calls <= 0) {
            continue; // the text lists busy intervals only; --json lists all
        }
        out() << QStringLiteral("%1 %2")
                     .arg(weekdayName(interval.observed->weekday),
                          clockTime(interval.observed->startMinute))
                     .leftJustified(10)
              << locale.toString(interval.load.calls, 'f', 1).rightJustified(8)
              << locale.toString(interval.load.handleSeconds, 'f', 0).rightJustified(8)
              << (interval.requiredAgents ? locale.toString(*interval.requiredAgents)
                                          : QStringLiteral("—"))
                     .rightJustified(8)
              << (interval.outlook ? locale.toString(interval.outlook->serviceLevel * 100, 'f', 1)
                                         + QStringLiteral(" %")
                                   : QStringLiteral("—"))
                     .rightJustified(8)
              << (interval.outlook
                      ? locale.toString(interval.outlook->asaSeconds, 'f', 1) + QStringLiteral(" s")
                      : QStringLiteral("—"))
                     .rightJustified(8)
              << Qt::endl;
    }
    return Success;
}

} // namespace callboard::cli
