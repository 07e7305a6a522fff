#include "CliCommands.h"
#include "CliSupport.h"

#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiFormat.h"
#include "kpi/KpiJson.h"
#include "kpi/WorkspaceTargets.h"
#include "phone/PhoneNumberNormalizer.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <iterator>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QCommandLineOption newDbOption({QStringLiteral("db")},
                                     QStringLiteral("The workspace file (created if missing)."),
                                     QStringLiteral("W.sqlite"));

// --- import -------------------------------------------------------------------------------------

/// A refusal's message, with the option that gives what the file lacked.
QString refusalMessage(const Error &refusal)
{
    switch (refusal.missing) {
    case MissingInput::DateOrder:
        return refusal.message + u' ' + Text::tr("Give it with --date-order dmy, mdy or ymd.");
    case MissingInput::StartDate:
        return refusal.message + u' ' + Text::tr("Give it with --start-date YYYY-MM-DD.");
    case MissingInput::Year:
        return refusal.message + u' ' + Text::tr("Give it with --year YYYY.");
    case MissingInput::Mapping:
        return refusal.message + u' '
               + Text::tr("To import it, say which column holds what: with --mapping F.json, or "
                          "once for all files with this header with callboard-cli mappings --add "
                          "F.json (the window's import wizard makes such a mapping).");
    case MissingInput::None:
        break;
    }
    return refusal.message;
}

QJsonObject toJson(const FileImportResult &result)
{
    QJsonArray problems;
    if (result.refusal) {
        problems.append(QJsonObject{{QStringLiteral("line"), result.refusal->line},
                                    {QStringLiteral("column"), result.refusal->column},
                                    {QStringLiteral("message"), refusalMessage(*result.refusal)}});
    }
    for (const RowProblem &problem : result.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("message"), problem.message}});
    }
    QJsonArray skipped;
    for (auto reason = result.skippedByReason.cbegin(); reason != result.skippedByReason.cend();
         ++reason) {
        skipped.append(QJsonObject{{QStringLiteral("reason"), reason.key()},
                                   {QStringLiteral("records"), reason.value()}});
    }
    return QJsonObject{
        {QStringLiteral("path"), result.path},
        {QStringLiteral("format"), result.format.isEmpty() ? QJsonValue() : result.format},
        {QStringLiteral("refused"), result.refusal.has_value()},
        {QStringLiteral("import_id"),
         result.importId > 0 ? QJsonValue(result.importId) : QJsonValue()},
        {QStringLiteral("rows"), result.rows},
        {QStringLiteral("calls"), result.refusal ? 0 : result.calls},
        {QStringLiteral("imported"), result.refusal ? 0 : result.imported},
        {QStringLiteral("updated"), result.refusal ? 0 : result.updated},
        {QStringLiteral("duplicates"), result.refusal ? 0 : result.duplicates},
        {QStringLiteral("rejected"), result.rejected},
        {QStringLiteral("skipped"), result.skipped},
        {QStringLiteral("skipped_reasons"), skipped},
        {QStringLiteral("intervals"), result.refusal ? 0 : result.intervals},
        {QStringLiteral("intervals_imported"), result.refusal ? 0 : result.intervalsImported},
        {QStringLiteral("intervals_updated"), result.refusal ? 0 : result.intervalsUpdated},
        {QStringLiteral("intervals_duplicates"), result.refusal ? 0 : result.intervalsDuplicates},
        {QStringLiteral("leads"), result.refusal ? 0 : result.leads},
        {QStringLiteral("leads_imported"), result.refusal ? 0 : result.leadsImported},
        {QStringLiteral("leads_updated"), result.refusal ? 0 : result.leadsUpdated},
        {QStringLiteral("leads_duplicates"), result.refusal ? 0 : result.leadsDuplicates},
        {QStringLiteral("deals"), result.refusal ? 0 : result.deals},
        {QStringLiteral("deals_imported"), result.refusal ? 0 : result.dealsImported},
        {QStringLiteral("deals_updated"), result.refusal ? 0 : result.dealsUpdated},
        {QStringLiteral("deals_duplicates"), result.refusal ? 0 : result.dealsDuplicates},
        {QStringLiteral("problems"), problems},
    };
}

void printText(const FileImportResult &result)
{
    if (result.refusal) {
        Error refusal = *result.refusal;
        refusal.message = refusalMessage(refusal);
        err() << Text::tr("Refused %1").arg(refusal.toString()) << Qt::endl;
        return;
    }
    const QLocale locale;
    out() << Text::tr("%1: %2 rows, %3 calls: %4 imported, %5 updated, %6 already stored, %7 "
                      "rejected (format %8)")
                 .arg(result.path,
                      locale.toString(result.rows),
                      locale.toString(result.calls),
                      locale.toString(result.imported),
                      locale.toString(result.updated),
                      locale.toString(result.duplicates),
                      locale.toString(result.rejected),
                      result.format)
          << Qt::endl;
    // What the file held besides calls, each counted the way its calls are.
    const std::array<std::array<qint64, 4>, 3> others{{
        {result.intervals,
         result.intervalsImported,
         result.intervalsUpdated,
         result.intervalsDuplicates},
        {result.leads, result.leadsImported, result.leadsUpdated, result.leadsDuplicates},
        {result.deals, result.dealsImported, result.dealsUpdated, result.dealsDuplicates},
    }};
    const std::array<QString, 3> kinds{Text::tr("report intervals"),
                                       Text::tr("leads"),
                                       Text::tr("deals")};
    for (std::size_t i = 0; i < others.size(); ++i) {
        const auto &[read, imported, updated, duplicates] = others.at(i);
        if (read > 0) {
            out() << "  "
                  << Text::tr("%1 %2: %3 imported, %4 updated, %5 already stored")
                         .arg(locale.toString(read),
                              kinds.at(i),
                              locale.toString(imported),
                              locale.toString(updated),
                              locale.toString(duplicates))
                  << Qt::endl;
        }
    }
    if (result.skipped > 0) {
        QStringList reasons;
        for (auto reason = result.skippedByReason.cbegin(); reason != result.skippedByReason.cend();
             ++reason) {
            reasons.append(Text::tr("%1 (%2)").arg(reason.key(), locale.toString(reason.value())));
        }
        out() << "  "
              << Text::tr("%1 records are no calls and were skipped: %2")
                     .arg(locale.toString(result.skipped), reasons.join(QStringLiteral("; ")))
              << Qt::endl;
    }
    for (const RowProblem &problem : result.problems) {
        out() << "  "
              << Error{problem.message, result.path, problem.line, problem.column}.toString()
              << Qt::endl;
    }
}

std::optional<DateOrder> parseDateOrder(const QString &text)
{
    if (text.isEmpty()) {
        return DateOrder::Unknown;
    }
    if (text == QLatin1String("dmy")) {
        return DateOrder::DayMonthYear;
    }
    if (text == QLatin1String("mdy")) {
        return DateOrder::MonthDayYear;
    }
    if (text == QLatin1String("ymd")) {
        return DateOrder::YearMonthDay;
    }
    return std::nullopt;
}

// --- kpis and agents
// ------------------------------------------------------------------------------

const QCommandLineOption agentOption(QStringLiteral("agent"),
                                     QStringLiteral("Only this agent's calls."),
                                     QStringLiteral("NAME"));
const QCommandLineOption
    directionOption(QStringLiteral("direction"),
                    QStringLiteral("Only inbound, outbound or internal calls."),
                    QStringLiteral("inbound|outbound|internal"));
const QCommandLineOption groupByOption(
    QStringLiteral("group-by"),
    QStringLiteral("The same figures per hour, day, week (from Monday), month, or hour of the "
                   "week (weekday-hour)."),
    QStringLiteral("hour|day|week|month|weekday-hour"));
const QCommandLineOption compareOption(
    QStringLiteral("compare"),
    QStringLiteral("Adds each figure of the previous period of equal length, and the change."),
    QStringLiteral("previous"));
const QCommandLineOption profileOption(
    QStringLiteral("profile"),
    QStringLiteral("Definition profile: Standard (the default), \"ICMI strict\", Aircall-like or "
                   "\"Asterisk ServiceLevelPerf\"."),
    QStringLiteral("NAME"));

struct Selection
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<KpiEngine> engine;
    CallFilter filter;
    std::optional<QDate> echoedFrom; ///< The inclusive dates the figures cover.
    std::optional<QDate> echoedTo;
    QString agentName; ///< The agent the figures are limited to, if any.
    std::optional<TimeGrouping> grouping;
    bool comparePrevious = false;
};

/// Reads --direction, --team, --group-by and --compare into @p selection; an exit code when one
/// is wrong.
std::optional<int> readBreakdown(const QCommandLineParser &parser, Selection &selection)
{
    if (parser.isSet(directionOption)) {
        static const QHash<QString, Direction> directions{
            {QStringLiteral("inbound"), Direction::Inbound},
            {QStringLiteral("outbound"), Direction::Outbound},
            {QStringLiteral("internal"), Direction::Internal}};
        const QString text = parser.value(directionOption).toLower();
        if (!directions.contains(text)) {
            return usageError(
                Text::tr("--direction takes inbound, outbound or internal, not \"%1\".")
                    .arg(parser.value(directionOption)));
        }
        selection.filter.direction = directions.value(text);
    }
    if (parser.isSet(teamOption)) {
        selection.filter.queue = parser.value(teamOption);
    }
    if (parser.isSet(groupByOption)) {
        static const QHash<QString, TimeGrouping> groupings{
            {QStringLiteral("hour"), TimeGrouping::Hour},
            {QStringLiteral("day"), TimeGrouping::Day},
            {QStringLiteral("week"), TimeGrouping::Week},
            {QStringLiteral("month"), TimeGrouping::Month},
            {QStringLiteral("weekday-hour"), TimeGrouping::WeekdayHour}};
        const QString text = parser.value(groupByOption).toLower();
        if (!groupings.contains(text)) {
            return usageError(
                Text::tr("--group-by takes hour, day, week, month or weekday-hour, not \"%1\".")
                    .arg(parser.value(groupByOption)));
        }
        selection.grouping = groupings.value(text);
    }
    if (parser.isSet(compareOption)) {
        if (parser.value(compareOption).toLower() != QLatin1String("previous")) {
            return usageError(Text::tr("--compare takes \"previous\", not \"%1\".")
                                  .arg(parser.value(compareOption)));
        }
        selection.comparePrevious = true;
    }
    return std::nullopt;
}

/// The workspace's agents, for a message: the first twenty names, then how many more.
QString knownAgents(const Workspace &workspace)
{
    const auto agents = workspace.agents();
    if (!agents || agents->isEmpty()) {
        return Text::tr("none");
    }
    QStringList names;
    for (const auto &[id, name] : *agents) {
        names.append(name);
    }
    const qsizetype shown = std::min<qsizetype>(names.size(), 20);
    QString list = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown) {
        list += Text::tr(" and %1 more").arg(names.size() - shown);
    }
    return list;
}

/// Opens the workspace and turns --from, --to and --agent into a filter, or gives the exit code.
std::variant<Selection, int> select(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOptions({dbOption,
                       fromOption,
                       toOption,
                       agentOption,
                       directionOption,
                       teamOption,
                       profileOption,
                       groupByOption,
                       compareOption,
                       jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    Selection selection;
    if (const std::optional<int> exit =
            readDays(parser, selection.filter.from, selection.filter.to)) {
        return *exit;
    }
    if (const std::optional<int> exit = readBreakdown(parser, selection)) {
        return *exit;
    }
    DefinitionProfile profile = DefinitionProfile::standard();
    if (parser.isSet(profileOption)) {
        const std::optional<DefinitionProfile> named =
            DefinitionProfile::builtInNamed(parser.value(profileOption));
        if (!named) {
            QStringList names;
            for (const DefinitionProfile &known : DefinitionProfile::builtIn()) {
                names.append(QLatin1Char('"') + known.name + QLatin1Char('"'));
            }
            return usageError(
                Text::tr("No profile named \"%1\"; the profiles are %2.")
                    .arg(parser.value(profileOption), names.join(QStringLiteral(", "))));
        }
        profile = *named;
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    selection.workspace = std::move(*workspace);
    if (parser.isSet(agentOption)) {
        const auto agent = selection.workspace->agentIdByName(parser.value(agentOption));
        if (!agent) {
            return failure(agent.error().toString());
        }
        if (!agent->has_value()) {
            return failure(Text::tr("No agent named \"%1\" in this workspace. Its agents: %2.")
                               .arg(parser.value(agentOption), knownAgents(*selection.workspace)));
        }
        selection.filter.agentId = **agent;
        const auto agents = selection.workspace->agents();
        for (const auto &[id, name] : agents ? *agents : QList<std::pair<qint64, QString>>()) {
            if (id == **agent) {
                selection.agentName = name;
            }
        }
    }
    // Open bounds echo the workspace's own first and last day.
    selection.echoedFrom = selection.filter.from;
    selection.echoedTo = selection.filter.to;
    const Expected<Targets> targets = WorkspaceTargets(*selection.workspace).targets();
    if (!targets) {
        return failure(targets.error().toString());
    }
    selection.engine =
        std::make_unique<KpiEngine>(*selection.workspace, KpiCalculator(profile, *targets));
    if (!selection.echoedFrom || !selection.echoedTo) {
        const auto range = selection.engine->dataRange(CallFilter{});
        if (!range) {
            return failure(range.error().toString());
        }
        if (*range) {
            selection.echoedFrom = selection.echoedFrom.value_or((*range)->first);
            selection.echoedTo = selection.echoedTo.value_or((*range)->second);
        }
    }
    return selection;
}

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue directionName(const std::optional<Direction> &direction)
{
    if (!direction) {
        return QJsonValue();
    }
    switch (*direction) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    case Direction::Internal:
        return QStringLiteral("internal");
    }
    return QJsonValue();
}

/// What every KPI report starts with: the days covered, the profile and the report zone.
QJsonObject reportHeader(const Selection &selection)
{
    return QJsonObject{
        {QStringLiteral("from"), dateOrNull(selection.echoedFrom)},
        {QStringLiteral("to"), dateOrNull(selection.echoedTo)},
        {QStringLiteral("agent"),
         selection.agentName.isEmpty() ? QJsonValue() : selection.agentName},
        {QStringLiteral("profile"), selection.engine->calculator().profile().name},
        {QStringLiteral("time_zone"),
         QString::fromUtf8(selection.workspace->reportTimeZone().id())},
        {QStringLiteral("direction"), directionName(selection.filter.direction)},
        {QStringLiteral("team"),
         selection.filter.queue ? QJsonValue(*selection.filter.queue) : QJsonValue()}};
}

QString reportHeaderText(const Selection &selection)
{
    const QJsonObject header = reportHeader(selection);
    if (header[QLatin1String("from")].isNull()) {
        return Text::tr("The workspace has no calls yet.");
    }
    const QString period = Text::tr("%1 to %2, %3 profile, times in %4")
                               .arg(header[QLatin1String("from")].toString(),
                                    header[QLatin1String("to")].toString(),
                                    header[QLatin1String("profile")].toString(),
                                    header[QLatin1String("time_zone")].toString());
    return selection.agentName.isEmpty() ? period
                                         : Text::tr("%1: %2").arg(selection.agentName, period);
}

void printKpiTable(const QList<KpiValue> &kpis)
{
    out() << formatKpiTable(kpis);
    out().flush();
}

constexpr int maxListedProblems = 100;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

void printText(const ImportRecord &record, const QList<ImportProblem> &problems)
{
    const QLocale locale;
    QString line = Text::tr("#%1  %2  %3  %4: %5 rows, %6 imported, %7 updated, %8 already "
                            "stored, %9 rejected")
                       .arg(QString::number(record.id),
                            isoTime(record.importedAtMs),
                            record.fileName,
                            record.format,
                            locale.toString(record.rows),
                            locale.toString(record.imported),
                            locale.toString(record.updated),
                            locale.toString(record.duplicates),
                            locale.toString(record.rejected));
    const qint64 intervals =
        record.intervalsImported + record.intervalsUpdated + record.intervalsDuplicates;
    if (intervals > 0) {
        line += Text::tr("; %1 report intervals: %2 imported, %3 updated, %4 already stored")
                    .arg(locale.toString(intervals),
                         locale.toString(record.intervalsImported),
                         locale.toString(record.intervalsUpdated),
                         locale.toString(record.intervalsDuplicates));
    }
    for (const auto &[what, imported, updated, duplicates] : {std::tuple{Text::tr("leads"),
                                                                         record.leadsImported,
                                                                         record.leadsUpdated,
                                                                         record.leadsDuplicates},
                                                              std::tuple{Text::tr("deals"),
                                                                         record.dealsImported,
                                                                         record.dealsUpdated,
                                                                         record.dealsDuplicates}}) {
        if (imported + updated + duplicates > 0) {
            line += Text::tr("; %1 %2: %3 imported, %4 updated, %5 already stored")
                        .arg(locale.toString(imported + updated + duplicates),
                             what,
                             locale.toString(imported),
                             locale.toString(updated),
                             locale.toString(duplicates));
        }
    }
    if (record.undoneAtMs) {
        line += Text::tr(" (undone %1)").arg(isoTime(*record.undoneAtMs));
    }
    out() << line << Qt::endl;
    for (const ImportProblem &problem : problems) {
        out() << "    "
              << Text::tr("line %1, column %2: %3")
                     .arg(problem.line)
                     .arg(problem.column)
                     .arg(problem.message)
              << Qt::endl;
    }
}

/// One line per agent, one column per headline KPI, like the dashboard's leaderboard.
/// A table of groups (agents, days, ...) with their main figures; @p title heads the first column.
void printGroupTable(const QList<GroupKpis> &agents, const QString &title)
{
    const QStringList ids{QStringLiteral("calls"),
                          QStringLiteral("answered_calls"),
                          QStringLiteral("service_level"),
                          QStringLiteral("asa"),
                          QStringLiteral("aht"),
                          QStringLiteral("abandonment_rate"),
                          QStringLiteral("resolution_rate"),
                          QStringLiteral("csat")};
    const QStringList headers{Text::tr("Calls"),
                              Text::tr("Answered"),
                              Text::tr("SL"),
                              Text::tr("ASA"),
                              Text::tr("AHT"),
                              Text::tr("Abandon %"),
                              Text::tr("Resolved %"),
                              Text::tr("CSAT")};
    int nameWidth = static_cast<int>(title.size());
    for (const GroupKpis &agent : agents) {
        nameWidth = std::max(nameWidth, static_cast<int>(agent.label.size()));
    }
    constexpr int columnWidth = 11;
    QString line = title.leftJustified(nameWidth);
    for (const QString &header : headers) {
        line += header.rightJustified(columnWidth);
    }
    out() << line << Qt::endl;
    const QLocale locale;
    for (const GroupKpis &agent : agents) {
        line = agent.label.leftJustified(nameWidth);
        for (const QString &id : ids) {
            QString cell;
            for (const KpiValue &kpi : agent.kpis) {
                if (kpi.id == id) {
                    cell = kpi.value ? formatKpiValue(kpi, locale) : QStringLiteral("—");
                }
            }
            line += cell.rightJustified(columnWidth);
        }
        out() << line << Qt::endl;
    }
    out().flush();
}

// --- intervals ----------------------------------------------------------------------------------

QJsonObject toJson(const IntervalTotals &totals)
{
    QJsonObject object{
        {QStringLiteral("intervals"), totals.intervals},
        {QStringLiteral("offered"), totals.offered},
        {QStringLiteral("answered"), totals.answered},
        {QStringLiteral("abandoned"), totals.abandoned},
        // No interval that counts T: the count is unknown, not 0.
        {QStringLiteral("answered_within_threshold"),
         totals.offeredWithThreshold > 0 ? QJsonValue(totals.answeredWithinThreshold)
                                         : QJsonValue()},
        {QStringLiteral("offered_with_threshold"), totals.offeredWithThreshold},
        {QStringLiteral("service_level"), numberOrNull(totals.serviceLevel())},
        {QStringLiteral("asa"), numberOrNull(totals.asa())},
        {QStringLiteral("reported_service_level"), numberOrNull(totals.reportedServiceLevel())},
    };
    if (totals.day.isValid()) {
        object.insert(QStringLiteral("day"), totals.day.toString(Qt::ISODate));
    }
    return object;
}

QString percentOrDash(const std::optional<double> &share, const QLocale &locale)
{
    return share ? locale.toString(*share * 100, 'f', 2) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

/// One line per day and a total, like the report the intervals came from.
void printIntervalTable(const QList<IntervalTotals> &days, const IntervalTotals &total)
{
    const QLocale locale;
    const QStringList headers{Text::tr("Intervals"),
                              Text::tr("Offered"),
                              Text::tr("Answered"),
                              Text::tr("Abandoned"),
                              Text::tr("<= %1 s").arg(total.thresholdSeconds),
                              Text::tr("SL"),
                              Text::tr("ASA"),
                              Text::tr("Reported SL")};
    constexpr int dayWidth = 12;
    constexpr int columnWidth = 12;
    QString line = Text::tr("Day").leftJustified(dayWidth);
    for (const QString &header : headers) {
        line += header.rightJustified(columnWidth);
    }
    out() << line << Qt::endl;
    auto printRow = [&locale](const QString &label, const IntervalTotals &totals) {
        const std::optional<double> asa = totals.asa();
        const QStringList cells{
            locale.toString(totals.intervals),
            locale.toString(totals.offered),
            locale.toString(totals.answered),
            locale.toString(totals.abandoned),
            totals.offeredWithThreshold > 0 ? locale.toString(totals.answeredWithinThreshold)
                                            : QStringLiteral("—"),
            percentOrDash(totals.serviceLevel(), locale),
            asa ? locale.toString(*asa, 'f', 1) + QStringLiteral(" s") : QStringLiteral("—"),
            percentOrDash(totals.reportedServiceLevel(), locale)};
        QString row = label.leftJustified(dayWidth);
        for (const QString &cell : cells) {
            row += cell.rightJustified(columnWidth);
        }
        out() << row << Qt::endl;
    };
    for (const IntervalTotals &day : days) {
        printRow(day.day.toString(Qt::ISODate), day);
    }
    printRow(Text::tr("Total"), total);
    out() << Qt::endl
          << Text::tr("Service level (answered within %1 s / offered): %2")
                 .arg(total.thresholdSeconds)
                 .arg(total.serviceLevel()
                          ? Text::tr("%1 (%2 / %3)")
                                .arg(percentOrDash(total.serviceLevel(), locale),
                                     locale.toString(total.answeredWithinThreshold),
                                     locale.toString(total.offeredWithThreshold))
                          : Text::tr("n/a: no interval counts the calls answered within %1 s")
                                .arg(total.thresholdSeconds))
          << Qt::endl;
    if (total.reportedServiceLevel()) {
        out() << Text::tr("Service level as the reports state it, weighted by offered calls: %1")
                     .arg(percentOrDash(total.reportedServiceLevel(), locale))
              << Qt::endl;
    }
    out().flush();
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli import --db W [options] FILE...\n\n"
                 "Import call logs into a workspace, one transaction per "
                 "file. Exits 0 when every file was imported (some rows "
                 "may be rejected), 1 when any file was refused whole."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Text::tr("Read the files as this format instead of detecting "
                 "it."),
        QStringLiteral("NAME"));
    const QCommandLineOption zoneOption(
        QStringLiteral("timezone"),
        Text::tr("Time zone of the files' local times (default: the "
                 "workspace's report time zone)."),
        QStringLiteral("Area/City"));
    const QCommandLineOption dateOrderOption(QStringLiteral("date-order"),
                                             Text::tr("Order of numeric dates: dmy, mdy or ymd."),
                                             QStringLiteral("ORDER"));
    const QCommandLineOption startDateOption(
        QStringLiteral("start-date"),
        Text::tr("The date of the first row, for reports that number their days instead of "
                 "dating them."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"),
        Text::tr("The year of logs whose dates give only day and month."),
        QStringLiteral("YYYY"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        Text::tr("Read the files through a column mapping saved by the import wizard (for logs "
                 "no built-in format knows)."),
        QStringLiteral("F.json"));
    parser.addOptions({newDbOption,
                       formatOption,
                       zoneOption,
                       dateOrderOption,
                       startDateOption,
                       yearOption,
                       mappingOption,
                       jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("Call logs to import."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().isEmpty()) {
        return usageError(Text::tr("Name at least one file to import."));
    }
    ImportOptions options;
    options.formatId = parser.value(formatOption);
    if (parser.isSet(mappingOption)) {
        if (parser.isSet(formatOption)) {
            return usageError(Text::tr("Give either --format or --mapping, not both."));
        }
        QFile file(parser.value(mappingOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return usageError(Text::tr("Cannot read the mapping %1: %2")
                                  .arg(file.fileName(), file.errorString()));
        }
        Expected<ColumnMapping> mapping = ColumnMapping::fromJson(file.readAll());
        if (!mapping) {
            return usageError(Text::tr("%1: %2").arg(file.fileName(), mapping.error().message));
        }
        options.mapping = std::make_shared<const ColumnMapping>(std::move(*mapping));
    }
    if (parser.isSet(zoneOption)) {
        options.timeZone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!options.timeZone.isValid()) {
            return usageError(Text::tr("Unknown time zone \"%1\".").arg(parser.value(zoneOption)));
        }
    }
    const std::optional<DateOrder> order = parseDateOrder(parser.value(dateOrderOption));
    if (!order) {
        return usageError(Text::tr("--date-order takes dmy, mdy or ymd."));
    }
    options.dateOrder = *order;
    if (parser.isSet(startDateOption)) {
        options.startDate = QDate::fromString(parser.value(startDateOption), Qt::ISODate);
        if (!options.startDate.isValid()) {
            return usageError(Text::tr("--start-date takes a date such as 2024-01-31."));
        }
    }
    if (parser.isSet(yearOption)) {
        bool isNumber = false;
        const int year = parser.value(yearOption).toInt(&isNumber);
        if (!isNumber || year < 1900 || year > 2999) {
            return usageError(Text::tr("--year takes a four-digit year such as 2024."));
        }
        options.year = year;
    }

    const QString dbPath = parser.value(newDbOption);
    const bool workspaceExisted = QFileInfo::exists(dbPath);
    Expected<std::unique_ptr<Workspace>> workspace = Workspace::open(dbPath);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    Importer importer(**workspace);
    if (!options.formatId.isEmpty() && !importer.formatIds().contains(options.formatId)) {
        return usageError(
            Text::tr("Unknown format \"%1\"; known formats: %2.")
                .arg(options.formatId, importer.formatIds().join(QStringLiteral(", "))));
    }
    QJsonArray files;
    bool anyRefused = false;
    bool anyImported = false;
    for (const QString &path : parser.positionalArguments()) {
        const FileImportResult result = importer.importFile(path, options);
        anyRefused = anyRefused || result.refusal.has_value();
        anyImported = anyImported || !result.refusal.has_value();
        if (parser.isSet(jsonOption)) {
            files.append(toJson(result));
        } else {
            printText(result);
        }
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{{QStringLiteral("files"), files}});
    }
    if (!workspaceExisted && !anyImported) {
        // Every file was refused: leave no empty workspace behind.
        workspace->reset();
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(dbPath + QLatin1String(suffix));
        }
    }
    return anyRefused ? Failed : Success;
}

/// The period before the selection's, of equal length: its echoed days, shifted back.
CallFilter previousPeriodOf(const Selection &selection)
{
    CallFilter shown = selection.filter;
    shown.from = selection.echoedFrom;
    shown.to = selection.echoedTo;
    return shown.previousPeriod();
}

/// Adds to each KPI of @p current its value in @p previous and the change from it (both null
/// where either has no value).
QJsonObject withComparison(const QList<KpiValue> &current, const QList<KpiValue> &previous)
{
    QJsonObject json = toJson(current);
    for (const KpiValue &kpi : current) {
        std::optional<double> before;
        for (const KpiValue &old : previous) {
            if (old.id == kpi.id) {
                before = old.value;
            }
        }
        QJsonObject object = json[kpi.id].toObject();
        object.insert(QStringLiteral("previous"), before ? QJsonValue(*before) : QJsonValue());
        object.insert(QStringLiteral("change"),
                      before && kpi.value ? QJsonValue(*kpi.value - *before) : QJsonValue());
        json.insert(kpi.id, object);
    }
    return json;
}

/// The report header, with the previous period's days when figures are compared with it.
QJsonObject reportHeaderWithComparison(const Selection &selection)
{
    QJsonObject header = reportHeader(selection);
    if (selection.comparePrevious) {
        const CallFilter previous = previousPeriodOf(selection);
        header.insert(QStringLiteral("previous_from"), dateOrNull(previous.from));
        header.insert(QStringLiteral("previous_to"), dateOrNull(previous.to));
    }
    return header;
}

/// One time group as JSON: its key, its KPIs, and for an hour of the week how often it occurs
/// in the period (counts per occurrence are the heatmap's figures).
QJsonObject groupJson(const GroupKpis &group, TimeGrouping grouping, const QJsonObject &kpis)
{
    QJsonObject json{{QStringLiteral("key"), group.label}, {QStringLiteral("kpis"), kpis}};
    if (grouping == TimeGrouping::WeekdayHour) {
        json.insert(QStringLiteral("occurrences"), group.occurrences);
    }
    return json;
}

int runKpisByTime(const QCommandLineParser &parser, const Selection &selection)
{
    const TimeGrouping grouping = *selection.grouping;
    const Expected<QList<GroupKpis>> groups =
        selection.engine->kpisByTime(selection.filter, grouping);
    if (!groups) {
        return failure(groups.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const GroupKpis &group : *groups) {
            rows.append(groupJson(group, grouping, toJson(group.kpis)));
        }
        QJsonObject report = reportHeader(selection);
        report.insert(QStringLiteral("groups"), rows);
        printJson(report);
        return Success;
    }
    out() << reportHeaderText(selection) << Qt::endl << Qt::endl;
    printGroupTable(*groups, Text::tr("Period"));
    return Success;
}

int runKpis(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "callboard-cli kpis --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent NAME] "
        "[--direction D] [--team NAME] [--profile NAME] [--group-by G] [--compare previous] "
        "[--json]\n\nPrint the KPIs of a period (Standard profile unless --profile says "
        "otherwise), or of each hour, day, week, month or hour of the week in it. Exits 1 when "
        "the workspace or the agent does not exist, 2 on a usage error."));
    auto selected = select(parser, arguments);
    if (const int *exit = std::get_if<int>(&selected)) {
        return *exit;
    }
    const Selection &selection = std::get<Selection>(selected);
    if (selection.grouping) {
        if (selection.comparePrevious) {
            return usageError(Text::tr("--compare works on a whole period, not with --group-by."));
        }
        return runKpisByTime(parser, selection);
    }
    const Expected<QList<KpiValue>> kpis = selection.engine->kpis(selection.filter);
    if (!kpis) {
        return failure(kpis.error().toString());
    }
    QList<KpiValue> previous;
    if (selection.comparePrevious) {
        const Expected<QList<KpiValue>> before =
            selection.engine->kpis(previousPeriodOf(selection));
        if (!before) {
            return failure(before.error().toString());
        }
        previous = *before;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject report = reportHeaderWithComparison(selection);
        report.insert(QStringLiteral("kpis"),
                      selection.comparePrevious ? withComparison(*kpis, previous) : toJson(*kpis));
        printJson(report);
        return Success;
    }
    out() << reportHeaderText(selection) << Qt::endl;
    printKpiTable(*kpis);
    if (selection.comparePrevious) {
        const CallFilter before = previousPeriodOf(selection);
        out() << Qt::endl
              << Text::tr("The previous period, %1 to %2:")
                     .arg(before.from ? before.from->toString(Qt::ISODate) : QString(),
                          before.to ? before.to->toString(Qt::ISODate) : QString())
              << Qt::endl;
        printKpiTable(previous);
    }
    return Success;
}

int runAgentsByTime(const QCommandLineParser &parser, const Selection &selection)
{
    const Expected<QList<GroupKpis>> groups =
        selection.engine->kpisByTime(selection.filter, *selection.grouping, true);
    if (!groups) {
        return failure(groups.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const GroupKpis &group : *groups) {
            QJsonArray agents;
            for (const GroupKpis &agent : group.agents) {
                agents.append(QJsonObject{{QStringLiteral("agent"), agent.label},
                                          {QStringLiteral("kpis"), toJson(agent.kpis)}});
            }
            QJsonObject row = groupJson(group, *selection.grouping, toJson(group.kpis));
            row.insert(QStringLiteral("agents"), agents);
            rows.append(row);
        }
        QJsonObject report = reportHeader(selection);
        report.insert(QStringLiteral("groups"), rows);
        printJson(report);
        return Success;
    }
    out() << reportHeaderText(selection) << Qt::endl;
    for (const GroupKpis &group : *groups) {
        out() << Qt::endl << group.label << Qt::endl;
        printGroupTable(group.agents, Text::tr("Agent"));
    }
    return Success;
}

int runAgents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "callboard-cli agents --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent NAME] "
        "[--direction D] [--team NAME] [--profile NAME] [--group-by G] [--compare previous] "
        "[--json]\n\nPrint the KPIs of each agent (Standard profile unless --profile says "
        "otherwise), for the whole period or for each hour, day, week, month or hour of the "
        "week in it. Exits 1 when the workspace does not exist, 2 on a usage error."));
    auto selected = select(parser, arguments);
    if (const int *exit = std::get_if<int>(&selected)) {
        return *exit;
    }
    const Selection &selection = std::get<Selection>(selected);
    if (selection.grouping) {
        if (selection.comparePrevious) {
            return usageError(Text::tr("--compare works on a whole period, not with --group-by."));
        }
        return runAgentsByTime(parser, selection);
    }
    const Expected<QList<GroupKpis>> agents = selection.engine->kpisByAgent(selection.filter);
    if (!agents) {
        return failure(agents.error().toString());
    }
    QHash<QString, QList<KpiValue>> previous;
    if (selection.comparePrevious) {
        const Expected<QList<GroupKpis>> before =
            selection.engine->kpisByAgent(previousPeriodOf(selection));
        if (!before) {
            return failure(before.error().toString());
        }
        for (const GroupKpis &agent : *before) {
            previous.insert(agent.label, agent.kpis);
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const GroupKpis &agent : *agents) {
            const QJsonObject kpis = selection.comparePrevious
                                         ? withComparison(agent.kpis, previous.value(agent.label))
                                         : toJson(agent.kpis);
            rows.append(QJsonObject{{QStringLiteral("agent"), agent.label},
                                    {QStringLiteral("kpis"), kpis}});
        }
        QJsonObject report = reportHeaderWithComparison(selection);
        report.insert(QStringLiteral("agents"), rows);
        printJson(report);
        return Success;
    }
    out() << reportHeaderText(selection) << Qt::endl << Qt::endl;
    printGroupTable(*agents, Text::tr("Agent"));
    return Success;
}

int runIntervals(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli intervals --db W [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                 "[--queue NAME] [--json]\n\n"
                 "Print the daily totals of the imported interval reports (daily or hourly "
                 "summaries) and their service level, apart from the calls' KPIs. Exits 1 when "
                 "the workspace does not exist, 2 on a usage error."));
    const QCommandLineOption queueOption(QStringLiteral("queue"),
                                         Text::tr("Only this queue or line (\"911\", \"admin\")."),
                                         QStringLiteral("NAME"));
    parser.addOptions({dbOption, fromOption, toOption, queueOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    IntervalFilter filter;
    if (const std::optional<int> exit = readDays(parser, filter.from, filter.to)) {
        return *exit;
    }
    if (parser.isSet(queueOption)) {
        filter.queue = parser.value(queueOption);
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const KpiEngine engine(**workspace,
                           KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    const Expected<QList<IntervalTotals>> days = engine.intervalTotalsByDay(filter);
    if (!days) {
        return failure(days.error().toString());
    }
    IntervalTotals total;
    for (const IntervalTotals &day : *days) {
        total.thresholdSeconds = day.thresholdSeconds;
        total.add(day);
    }
    // Open bounds echo the first and last day that has intervals.
    const std::optional<QDate> from =
        filter.from ? filter.from
                    : (days->isEmpty() ? std::nullopt : std::optional(days->constFirst().day));
    const std::optional<QDate> to =
        filter.to ? filter.to
                  : (days->isEmpty() ? std::nullopt : std::optional(days->constLast().day));
    const QString zone = QString::fromUtf8((*workspace)->reportTimeZone().id());
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const IntervalTotals &day : *days) {
            rows.append(toJson(day));
        }
        printJson(QJsonObject{
            {QStringLiteral("from"), dateOrNull(from)},
            {QStringLiteral("to"), dateOrNull(to)},
            {QStringLiteral("queue"), filter.queue ? QJsonValue(*filter.queue) : QJsonValue()},
            {QStringLiteral("time_zone"), zone},
            {QStringLiteral("threshold_seconds"), total.thresholdSeconds},
            {QStringLiteral("days"), rows},
            {QStringLiteral("total"), toJson(total)},
        });
        return Success;
    }
    if (days->isEmpty()) {
        out() << Text::tr("No report intervals in this selection.") << Qt::endl;
        return Success;
    }
    QString header = Text::tr("Report intervals, %1 to %2, days in %3; kept apart from the "
                              "calls' KPIs")
                         .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate), zone);
    if (filter.queue) {
        header = Text::tr("%1: %2").arg(*filter.queue, header);
    }
    out() << header << Qt::endl << Qt::endl;
    printIntervalTable(*days, total);
    return Success;
}

int runImports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli imports --db W [--json]\n\n"
                 "List the workspace's imports, oldest first, with their counts and the first "
                 "%1 rows each one rejected.")
            .arg(maxListedProblems));
    parser.addOptions({dbOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const ImportLog log(**workspace);
    const auto imports = log.imports();
    if (!imports) {
        return failure(imports.error().toString());
    }
    QJsonArray list;
    for (const ImportRecord &record : *imports) {
        const auto problems = log.problems(record.id, maxListedProblems);
        if (!problems) {
            return failure(problems.error().toString());
        }
        if (!parser.isSet(jsonOption)) {
            printText(record, *problems);
            continue;
        }
        QJsonArray problemList;
        for (const ImportProblem &problem : *problems) {
            problemList.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                           {QStringLiteral("column"), problem.column},
                                           {QStringLiteral("message"), problem.message}});
        }
        list.append(QJsonObject{
            {QStringLiteral("id"), record.id},
            {QStringLiteral("file"), record.fileName},
            {QStringLiteral("path"), record.path},
            {QStringLiteral("sha256"), record.sha256},
            {QStringLiteral("format"), record.format},
            {QStringLiteral("time_zone"), record.timeZone},
            {QStringLiteral("imported_at"), isoTime(record.importedAtMs)},
            {QStringLiteral("rows"), record.rows},
            {QStringLiteral("imported"), record.imported},
            {QStringLiteral("updated"), record.updated},
            {QStringLiteral("duplicates"), record.duplicates},
            {QStringLiteral("rejected"), record.rejected},
            {QStringLiteral("intervals_imported"), record.intervalsImported},
            {QStringLiteral("intervals_updated"), record.intervalsUpdated},
            {QStringLiteral("intervals_duplicates"), record.intervalsDuplicates},
            {QStringLiteral("leads_imported"), record.leadsImported},
            {QStringLiteral("leads_updated"), record.leadsUpdated},
            {QStringLiteral("leads_duplicates"), record.leadsDuplicates},
            {QStringLiteral("deals_imported"), record.dealsImported},
            {QStringLiteral("deals_updated"), record.dealsUpdated},
            {QStringLiteral("deals_duplicates"), record.dealsDuplicates},
            {QStringLiteral("undone_at"),
             record.undoneAtMs ? QJsonValue(isoTime(*record.undoneAtMs)) : QJsonValue()},
            {QStringLiteral("problems"), problemList},
        });
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{{QStringLiteral("imports"), list}});
    }
    return Success;
}

int runUndoImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli undo-import --db W [--json] ID\n\n"
                 "Undo import ID (see callboard-cli imports): remove the calls it added and "
                 "restore those it changed. Exits 1 when it cannot, for instance because a later "
                 "import changed the same calls."));
    parser.addOptions({dbOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("ID"), Text::tr("The import to undo."));
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber) {
        return usageError(Text::tr("Name one import by its number (see callboard-cli imports)."));
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const Expected<UndoResult> undone =
        ImportLog(**workspace).undo(id, QDateTime::currentMSecsSinceEpoch());
    if (!undone) {
        return failure(undone.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("removed"), undone->removed},
                              {QStringLiteral("restored"), undone->restored},
                              {QStringLiteral("intervals_removed"), undone->intervalsRemoved},
                              {QStringLiteral("intervals_restored"), undone->intervalsRestored},
                              {QStringLiteral("leads_removed"), undone->leadsRemoved},
                              {QStringLiteral("leads_restored"), undone->leadsRestored},
                              {QStringLiteral("deals_removed"), undone->dealsRemoved},
                              {QStringLiteral("deals_restored"), undone->dealsRestored}});
    } else {
        out() << Text::tr("Undid import %1: removed %2 calls it had added, restored %3 it had "
                          "changed.")
                     .arg(id)
                     .arg(undone->removed)
                     .arg(undone->restored)
              << Qt::endl;
        if (undone->intervalsRemoved + undone->intervalsRestored > 0) {
            out() << Text::tr("Removed %1 report intervals it had added, restored %2 it had "
                              "changed.")
                         .arg(undone->intervalsRemoved)
                         .arg(undone->intervalsRestored)
                  << Qt::endl;
        }
        if (undone->leadsRemoved + undone->leadsRestored + undone->dealsRemoved
                + undone->dealsRestored
            > 0) {
            out() << Text::tr("Removed %1 leads and %2 deals it had added, restored %3 leads and "
                              "%4 deals it had changed.")
                         .arg(undone->leadsRemoved)
                         .arg(undone->dealsRemoved)
                         .arg(undone->leadsRestored)
                         .arg(undone->dealsRestored)
                  << Qt::endl;
        }
    }
    return Success;
}

int runLeads(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli leads --db W [--json]\n\n"
                 "Print how many leads and deals the workspace holds (imported from CRM "
                 "exports), how many deals are open, won and lost, and what the won ones are "
                 "worth. Exits 1 when the workspace does not exist, 2 on a usage error."));
    parser.addOptions({dbOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const Expected<LeadAndDealCounts> counts = (*workspace)->leadAndDealCounts();
    if (!counts) {
        return failure(counts.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{
            {QStringLiteral("leads"), counts->leads},
            {QStringLiteral("deals"), counts->deals},
            {QStringLiteral("deals_open"), counts->dealsOpen},
            {QStringLiteral("deals_won"), counts->dealsWon},
            {QStringLiteral("deals_lost"), counts->dealsLost},
            {QStringLiteral("won_value"), counts->wonValue},
            {QStringLiteral("won_without_value"), counts->wonUnvalued},
            {QStringLiteral("won_currencies"), QJsonArray::fromStringList(counts->wonCurrencies)},
        });
        return Success;
    }
    const QLocale locale;
    out() << Text::tr("Leads: %1").arg(locale.toString(counts->leads)) << Qt::endl
          << Text::tr("Deals: %1 (%2 open, %3 won, %4 lost)")
                 .arg(locale.toString(counts->deals),
                      locale.toString(counts->dealsOpen),
                      locale.toString(counts->dealsWon),
                      locale.toString(counts->dealsLost))
          << Qt::endl
          << Text::tr("Won value: %1 %2")
                 .arg(locale.toString(counts->wonValue, 'f', 2),
                      counts->wonCurrencies.join(QStringLiteral(" + ")))
                 .trimmed()
          << Qt::endl;
    if (counts->wonCurrencies.size() > 1) {
        out() << Text::tr("  (a sum of several currencies, not converted)") << Qt::endl;
    }
    if (counts->wonUnvalued > 0) {
        out() << Text::tr("  (%1 won deals have no value and are not in the sum)")
                     .arg(locale.toString(counts->wonUnvalued))
              << Qt::endl;
    }
    return Success;
}

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli settings --db W [--report-timezone Area/City] [--home-country CC] "
                 "[--hash-caller-numbers on|off] [--json]\n\n"
                 "Show the workspace's settings, or change them. The report time zone is the zone "
                 "in which days and hours are taken; changing it recomputes every call's day. The "
                 "home country is the region in which numbers without a country code are read; "
                 "changing it reads such stored numbers again. Hashing caller numbers stores "
                 "caller and callee numbers only as salted hashes, those already stored too; it "
                 "cannot be undone for the numbers it hashed."));
    const QCommandLineOption zoneOption(QStringLiteral("report-timezone"),
                                        Text::tr("The new report time zone (IANA name)."),
                                        QStringLiteral("Area/City"));
    const QCommandLineOption homeOption(
        QStringLiteral("home-country"),
        Text::tr("The new home country (ISO 3166 region code such as GB or US; none for none)."),
        QStringLiteral("CC"));
    const QCommandLineOption hashOption(
        QStringLiteral("hash-caller-numbers"),
        Text::tr("on: store caller and callee numbers only as salted hashes, hashing those "
                 "already stored; off: store later imports' numbers in clear."),
        QStringLiteral("on|off"));
    parser.addOptions({dbOption, zoneOption, homeOption, hashOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    const QString hash = parser.value(hashOption);
    if (parser.isSet(hashOption) && hash != QLatin1String("on") && hash != QLatin1String("off")) {
        return usageError(Text::tr("--hash-caller-numbers takes on or off."));
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    Workspace &settings = **workspace;
    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid()) {
            return usageError(Text::tr("Unknown time zone \"%1\".").arg(parser.value(zoneOption)));
        }
        if (const Status status = settings.setReportTimeZone(zone); !status) {
            return failure(status.error().toString());
        }
    }
    QStringList notes;
    if (parser.isSet(homeOption)) {
        QString region = parser.value(homeOption);
        if (region.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            region.clear();
        }
        if (!region.isEmpty() && !PhoneNumberNormalizer::isKnownRegion(region)) {
            return usageError(Text::tr("Unknown country code \"%1\": give an ISO 3166 region "
                                       "code such as GB or US, or none.")
                                  .arg(region));
        }
        const Expected<qint64> changed = settings.setHomeCountry(region);
        if (!changed) {
            return failure(changed.error().toString());
        }
        notes.append(Text::tr("Read the numbers of %1 calls again.").arg(*changed));
    }
    if (parser.isSet(hashOption)) {
        const bool wasOn = settings.hashesCallerNumbers();
        const Expected<qint64> changed = settings.setHashCallerNumbers(hash == QLatin1String("on"));
        if (!changed) {
            return failure(changed.error().toString());
        }
        if (hash == QLatin1String("on")) {
            notes.append(Text::tr("Hashed the numbers of %1 calls already stored.").arg(*changed));
        } else if (wasOn) {
            notes.append(Text::tr("Later imports store numbers in clear; the numbers already "
                                  "hashed stay hashes, as a hash cannot be turned back into its "
                                  "number."));
        }
    }
    const QString zone = QString::fromUtf8(settings.reportTimeZone().id());
    const QString home = settings.homeCountry();
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{
            {QStringLiteral("report_time_zone"), zone},
            {QStringLiteral("home_country"), home.isEmpty() ? QJsonValue() : QJsonValue(home)},
            {QStringLiteral("hash_caller_numbers"), settings.hashesCallerNumbers()},
            {QStringLiteral("schema_version"), settings.schemaVersion()}});
    } else {
        for (const QString &note : std::as_const(notes)) {
            out() << note << Qt::endl;
        }
        out() << Text::tr("Report time zone: %1").arg(zone) << Qt::endl
              << Text::tr("Home country: %1").arg(home.isEmpty() ? Text::tr("none") : home)
              << Qt::endl
              << Text::tr("Caller numbers: %1")
                     .arg(settings.hashesCallerNumbers() ? Text::tr("stored as salted hashes")
                                                         : Text::tr("stored as numbers"))
              << Qt::endl
              << Text::tr("Schema version: %1").arg(settings.schemaVersion()) << Qt::endl;
    }
    return Success;
}

int runPurge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli purge --db W --older-than N [--json]\n\n"
                 "Delete the calls older than N months: those attributed to a day (in the report "
                 "time zone) before the first day of the month N months back, in one "
                 "transaction. Imports that had written them can no longer be undone. Report "
                 "intervals are kept."));
    const QCommandLineOption monthsOption(QStringLiteral("older-than"),
                                          Text::tr("How many whole months back to keep (1 or "
                                                   "more), besides the current month."),
                                          QStringLiteral("N"));
    parser.addOptions({dbOption, monthsOption, jsonOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    bool isNumber = false;
    const int months = parser.value(monthsOption).toInt(&isNumber);
    if (!parser.isSet(monthsOption)) {
        return usageError(Text::tr("--older-than is required: how many months of calls to keep."));
    }
    if (!isNumber || months < 1) {
        return usageError(Text::tr("--older-than takes a number of months, 1 or more."));
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    const QTimeZone zone = (*workspace)->reportTimeZone();
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const Expected<PurgeResult> purged =
        (*workspace)->purgeCallsOlderThan(months, today, QDateTime::currentMSecsSinceEpoch());
    if (!purged) {
        return failure(purged.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{
            {QStringLiteral("first_kept_day"), purged->firstKeptDay.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
            {QStringLiteral("calls"), purged->calls},
            {QStringLiteral("imports_no_longer_undoable"), purged->imports}});
        return Success;
    }
    out() << Text::tr("Purged %1 calls attributed before %2 (days in %3).")
                 .arg(QLocale().toString(purged->calls),
                      purged->firstKeptDay.toString(Qt::ISODate),
                      QString::fromUtf8(zone.id()))
          << Qt::endl;
    if (purged->imports > 0) {
        out() << Text::tr("%1 imports had written some of them and can no longer be undone.")
                     .arg(purged->imports)
              << Qt::endl;
    }
    return Success;
}

// --- mappings -----------------------------------------------------------------------------------

int runMappings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli mappings --db W [--json] [--add F.json | --export NAME --out F.json"
                 " | --delete NAME]\n\n"
                 "List the column mappings saved in the workspace by the import wizard (each "
                 "reads the files with its header), save one from a file, write one to a file "
                 "for import --mapping, or delete one so that such files are refused until mapped "
                 "again. Exits 1 when the workspace does not exist or no mapping has that name, 2 "
                 "on a usage error."));
    const QCommandLineOption addOption(
        QStringLiteral("add"),
        Text::tr("Save the mapping in FILE in the workspace, for files with its header."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Text::tr("Write the mapping called NAME to --out."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Text::tr("The file --export writes."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption deleteOption(QStringLiteral("delete"),
                                          Text::tr("Delete the mapping called NAME."),
                                          QStringLiteral("NAME"));
    parser.addOptions({dbOption, jsonOption, addOption, exportOption, outOption, deleteOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    if (int(parser.isSet(addOption)) + int(parser.isSet(exportOption))
            + int(parser.isSet(deleteOption))
        > 1) {
        return usageError(Text::tr("Give one of --add, --export and --delete."));
    }
    if (parser.isSet(exportOption) != parser.isSet(outOption)) {
        return usageError(Text::tr("--export and --out go together."));
    }
    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    if (parser.isSet(addOption)) {
        QFile file(parser.value(addOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        const Expected<ColumnMapping> mapping = ColumnMapping::fromJson(file.readAll());
        if (!mapping) {
            return failure(Text::tr("%1: %2").arg(file.fileName(), mapping.error().message));
        }
        if (const Status saved = saveMapping(**workspace, *mapping); !saved) {
            return failure(saved.error().toString());
        }
        out() << Text::tr("Saved the mapping \"%1\" for files with its %2 columns.")
                     .arg(mapping->name)
                     .arg(mapping->header.size())
              << Qt::endl;
        return Success;
    }
    const Expected<QList<ColumnMapping>> mappings = savedMappings(**workspace);
    if (!mappings) {
        return failure(mappings.error().toString());
    }

    const QString wanted =
        parser.isSet(exportOption) ? parser.value(exportOption) : parser.value(deleteOption);
    if (!wanted.isEmpty()) {
        QList<ColumnMapping> named;
        std::copy_if(mappings->cbegin(),
                     mappings->cend(),
                     std::back_inserter(named),
                     [&wanted](const ColumnMapping &mapping) { return mapping.name == wanted; });
        if (named.isEmpty()) {
            return failure(
                Text::tr("No mapping called \"%1\" is saved in this workspace.").arg(wanted));
        }
        if (named.size() > 1) {
            return failure(Text::tr("%1 mappings are called \"%2\"; rename one in the import "
                                    "wizard first.")
                               .arg(named.size())
                               .arg(wanted));
        }
        if (parser.isSet(deleteOption)) {
            if (const Status forgotten = forgetMapping(**workspace, named.first().header);
                !forgotten) {
                return failure(forgotten.error().toString());
            }
            out() << Text::tr("Deleted the mapping \"%1\".").arg(wanted) << Qt::endl;
            return Success;
        }
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(named.first().toJson()) < 0
            || !file.commit()) {
            return failure(
                Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        out() << Text::tr("Wrote the mapping \"%1\" to %2.").arg(wanted, file.fileName())
              << Qt::endl;
        return Success;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const ColumnMapping &mapping : *mappings) {
            list.append(QJsonDocument::fromJson(mapping.toJson()).object());
        }
        printJson(QJsonObject{{QStringLiteral("mappings"), list}});
        return Success;
    }
    if (mappings->isEmpty()) {
        out() << Text::tr("No column mappings are saved in this workspace.") << Qt::endl;
    }
    for (const ColumnMapping &mapping : *mappings) {
        out() << Text::tr("%1 (source %2): %3 of its %4 columns mapped")
                     .arg(mapping.name, mapping.source)
                     .arg(mapping.columns.size())
                     .arg(mapping.header.size())
              << Qt::endl
              << "  " << mapping.header.join(QStringLiteral(", ")) << Qt::endl;
    }
    return Success;
}

} // namespace callboard::cli
