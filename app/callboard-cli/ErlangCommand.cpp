#include "CliCommands.h"
#include "CliSupport.h"

#include "kpi/Staffing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <variant>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// What the command is asked: a load, a goal, and the optional parts of the what-if.
struct StaffingQuestion
{
    CallLoad load;
    StaffingGoal goal;
    std::optional<int> agents;             ///< The agents to judge; else the required number.
    std::optional<double> patienceSeconds; ///< Given: Erlang A; not given: Erlang C.
    std::optional<double> shrinkage;
};

/// What the models answer: the agents the goal needs, and what callers meet with the agents
/// judged (no figures when those agents cannot carry the load).
struct StaffingAnswer
{
    std::optional<int> requiredAgents;
    int agents = 0;
    std::optional<QueueOutlook> outlook;
};

/// A number written plainly, 0 or more: 100, 0.85.
std::optional<double> readNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d+(\\.\\d+)?$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toDouble();
}

/// Reads the options into a question, or gives the message for the first one that is wrong.
std::variant<StaffingQuestion, QString> readQuestion(const QCommandLineParser &parser)
{
    QStringList missing;
    for (const char *name : {"calls", "interval", "aht", "target"}) {
        if (!parser.isSet(QLatin1String(name))) {
            missing.append(QLatin1String("--") + QLatin1String(name));
        }
    }
    if (!missing.isEmpty()) {
        return Text::tr("Missing %1: erlang needs --calls, --interval, --aht and --target.")
            .arg(missing.join(QStringLiteral(", ")));
    }
    StaffingQuestion question;
    const QString calls = parser.value(QStringLiteral("calls"));
    const QString interval = parser.value(QStringLiteral("interval"));
    const QString aht = parser.value(QStringLiteral("aht"));
    const QString target = parser.value(QStringLiteral("target"));
    if (const std::optional<double> number = readNumber(calls)) {
        question.load.calls = *number;
    } else {
        return Text::tr("--calls takes the calls arriving in the interval, 0 or more, not \"%1\".")
            .arg(calls);
    }
    const std::optional<double> intervalSeconds = readSeconds(interval);
    if (!intervalSeconds || *intervalSeconds <= 0) {
        return Text::tr("--interval takes the interval's length as seconds or with a unit (s, m "
                        "or h), such as 1800, 900s, 15m or 1h, not \"%1\".")
            .arg(interval);
    }
    question.load.intervalSeconds = *intervalSeconds;
    const std::optional<double> handleSeconds = readSeconds(aht);
    if (!handleSeconds || *handleSeconds <= 0) {
        return Text::tr("--aht takes the average handle time, more than 0, as seconds or with a "
                        "unit (s, m or h), such as 180 or 3m, not \"%1\".")
            .arg(aht);
    }
    question.load.handleSeconds = *handleSeconds;
    if (const std::optional<StaffingGoal> goal = readServiceLevelTarget(target)) {
        question.goal = *goal;
    } else {
        return Text::tr("--target takes PERCENT/SECONDS, such as 80/20: more than 0 and less "
                        "than 100 percent of callers answered within more than 0 seconds, not "
                        "\"%1\".")
            .arg(target);
    }
    if (parser.isSet(QStringLiteral("agents"))) {
        static const QRegularExpression wholeNumber(QStringLiteral("^\\d{1,6}$"));
        const QString agents = parser.value(QStringLiteral("agents"));
        const int count = agents.toInt();
        if (!wholeNumber.match(agents).hasMatch() || count < 1 || count > maxStaffedAgents) {
            return Text::tr("--agents takes a whole number of agents from 1 to %1, not \"%2\".")
                .arg(maxStaffedAgents)
                .arg(agents);
        }
        question.agents = count;
    }
    if (parser.isSet(QStringLiteral("patience"))) {
        const QString patience = parser.value(QStringLiteral("patience"));
        const std::optional<double> seconds = readSeconds(patience);
        if (!seconds || *seconds <= 0) {
            return Text::tr("--patience takes the callers' mean patience, more than 0, as "
                            "seconds or with a unit (s, m or h), such as 300 or 5m, not \"%1\".")
                .arg(patience);
        }
        question.patienceSeconds = *seconds;
    }
    if (parser.isSet(QStringLiteral("max-occupancy"))) {
        const QString ceiling = parser.value(QStringLiteral("max-occupancy"));
        const std::optional<double> share = readNumber(ceiling);
        if (!share || *share <= 0 || *share > 1) {
            return Text::tr("--max-occupancy takes a share of the agents' time above 0 and up "
                            "to 1, such as 0.85, not \"%1\".")
                .arg(ceiling);
        }
        question.goal.maxOccupancy = *share;
    }
    if (parser.isSet(QStringLiteral("shrinkage"))) {
        const QString shrinkage = parser.value(QStringLiteral("shrinkage"));
        const std::optional<double> share = readNumber(shrinkage);
        if (!share || *share >= 1) {
            return Text::tr("--shrinkage takes the share of paid time away from calls, 0 or more "
                            "and below 1, such as 0.3, not \"%1\".")
                .arg(shrinkage);
        }
        question.shrinkage = *share;
    }
    return question;
}

/// Erlang A when the callers' patience is given, else Erlang C; so is outlookWith().
std::optional<int> requiredAgents(const StaffingQuestion &question)
{
    if (question.patienceSeconds) {
        return requiredAgentsErlangA(question.load, *question.patienceSeconds, question.goal);
    }
    return requiredAgentsErlangC(question.load, question.goal);
}

std::optional<QueueOutlook> outlookWith(int agents, const StaffingQuestion &question)
{
    if (question.patienceSeconds) {
        return erlangA(agents,
                       question.load,
                       *question.patienceSeconds,
                       question.goal.thresholdSeconds);
    }
    return erlangC(agents, question.load, question.goal.thresholdSeconds);
}

QJsonObject toJson(const StaffingQuestion &question, const StaffingAnswer &answer)
{
    QJsonObject json = outlookJson(answer.outlook);
    const QJsonObject answers{
        {QStringLiteral("model"),
         question.patienceSeconds ? QStringLiteral("erlang-a") : QStringLiteral("erlang-c")},
        {QStringLiteral("traffic_erlangs"), question.load.erlangs()},
        {QStringLiteral("required_agents"),
         answer.requiredAgents ? QJsonValue(*answer.requiredAgents) : QJsonValue()},
        {QStringLiteral("agents"), answer.agents},
        {QStringLiteral("stable"), answer.outlook.has_value()},
    };
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    if (question.shrinkage) {
        json.insert(QStringLiteral("scheduled_agents"),
                    scheduledAgents(answer.agents, *question.shrinkage));
    }
    return json;
}

/// A share a model worked out, as a percentage to two decimals.
QString percent(double share, const QLocale &locale)
{
    return Text::tr("%1 %").arg(locale.toString(share * 100, 'f', 2));
}

/// A share the user gave, as the percentage meant: 0.3 as 30 %, not 30.00 % (nor the
/// 30.000000000000004 that 0.3 × 100 is in binary).
QString givenPercent(double share, const QLocale &locale)
{
    const double hundredths = std::round(share * 10000) / 100;
    return Text::tr("%1 %").arg(locale.toString(hundredths, 'g', QLocale::FloatingPointShortest));
}

/// A few lines a person reads: the model, what the goal needs, what the agents judged give.
void printSummary(const StaffingQuestion &question, const StaffingAnswer &answer)
{
    const QLocale locale;
    QTextStream out(stdout);
    const QString erlangs = locale.toString(question.load.erlangs(), 'f', 2);
    if (question.patienceSeconds) {
        out << Text::tr("Erlang A, callers' mean patience %1 s: %2 Erlangs offered.")
                   .arg(locale.toString(*question.patienceSeconds), erlangs);
    } else {
        out << Text::tr("Erlang C, callers never hang up: %1 Erlangs offered.").arg(erlangs);
    }
    out << Qt::endl;
    QString goal = Text::tr("%1 answered within %2 s")
                       .arg(givenPercent(question.goal.serviceLevel, locale),
                            locale.toString(question.goal.thresholdSeconds));
    if (question.goal.maxOccupancy < 1) {
        goal = Text::tr("%1, occupancy at most %2")
                   .arg(goal, givenPercent(question.goal.maxOccupancy, locale));
    }
    out << (answer.requiredAgents ? Text::tr("Required for %1: %2 agents.")
                                        .arg(goal, locale.toString(*answer.requiredAgents))
                                  : Text::tr("Required for %1: more than %2 agents.")
                                        .arg(goal, locale.toString(maxStaffedAgents)))
        << Qt::endl;
    const std::optional<QueueOutlook> &outlook = answer.outlook;
    if (!outlook) {
        const QString why =
            question.patienceSeconds
                ? Text::tr("With %1 agents over ten million callers would wait for %2 Erlangs: "
                           "beyond what the model can tell.")
                : Text::tr("With %1 agents the queue grows without end: they cannot carry %2 "
                           "Erlangs.");
        out << why.arg(answer.agents).arg(erlangs) << Qt::endl;
        return;
    }
    QStringList figures{
        Text::tr("service level %1").arg(percent(outlook->serviceLevel, locale)),
        Text::tr("ASA %1 s").arg(locale.toString(outlook->asaSeconds, 'f', 2)),
        Text::tr("%1 of callers wait").arg(percent(outlook->waitProbability, locale))};
    if (outlook->abandonProbability) {
        figures.append(Text::tr("%1 hang up").arg(percent(*outlook->abandonProbability, locale)));
    }
    figures.append(Text::tr("occupancy %1").arg(percent(outlook->occupancy, locale)));
    out << Text::tr("With %1 agents: %2.")
               .arg(answer.agents)
               .arg(figures.join(QStringLiteral(", ")))
        << Qt::endl;
    if (question.shrinkage) {
        out << Text::tr("Schedule %1 agents to have %2 on calls at %3 shrinkage.")
                   .arg(scheduledAgents(answer.agents, *question.shrinkage))
                   .arg(answer.agents)
                   .arg(givenPercent(*question.shrinkage, locale))
            << Qt::endl;
    }
}

} // namespace

int runErlang(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "callboard-cli erlang --calls N --interval 30m --aht SECONDS --target PERCENT/SECONDS "
        "[--agents N] [--patience SECONDS] [--max-occupancy SHARE] [--shrinkage SHARE] [--json]"
        "\n\n"
        "Staffing what-if for one interval: the fewest agents that answer the target share of "
        "calls within the target seconds, and the service level, average speed of answer, share "
        "of callers who wait and occupancy with those agents (or with --agents). Erlang C "
        "assumes callers never hang up; with --patience, Erlang A lets waiting callers hang up "
        "after that mean patience. Lengths take s, m or h (900, 15m, 1h). Exits 2 on a usage "
        "error."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("calls"), Text::tr("Calls arriving in the interval."), QStringLiteral("N")},
        {QStringLiteral("interval"),
         Text::tr("The interval's length: 15m, 30m, 1h, 900s or plain seconds."),
         QStringLiteral("LENGTH")},
        {QStringLiteral("aht"),
         Text::tr("Average handle time: talk, hold and after-call work."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("target"),
         Text::tr("Service-level target, such as 80/20: 80 % answered within 20 s."),
         QStringLiteral("PERCENT/SECONDS")},
        {QStringLiteral("agents"),
         Text::tr("Judge this many agents instead of the required number."),
         QStringLiteral("N")},
        {QStringLiteral("patience"),
         Text::tr("Callers' mean patience before hanging up: use Erlang A."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("max-occupancy"),
         Text::tr("Highest share of the agents' time on calls, such as 0.85."),
         QStringLiteral("SHARE")},
        {QStringLiteral("shrinkage"),
         Text::tr("Share of paid time away from calls, such as 0.3: also print the agents to "
                  "schedule."),
         QStringLiteral("SHARE")},
        {QStringLiteral("json"), Text::tr("Print JSON instead of text.")},
    };
    parser.addOptions(options);
    if (const std::optional<int> exit = parseArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }
    const std::variant<StaffingQuestion, QString> read = readQuestion(parser);
    if (const QString *mistake = std::get_if<QString>(&read)) {
        return usageError(*mistake);
    }
    const StaffingQuestion &question = std::get<StaffingQuestion>(read);

    StaffingAnswer answer;
    answer.requiredAgents = requiredAgents(question);
    if (!question.agents && !answer.requiredAgents) {
        return failure(Text::tr("No staffing of up to %1 agents reaches the target for %2 "
                                "Erlangs.")
                           .arg(maxStaffedAgents)
                           .arg(QLocale().toString(question.load.erlangs(), 'f', 2)));
    }
    answer.agents = question.agents.value_or(answer.requiredAgents.value_or(0));
    answer.outlook = outlookWith(answer.agents, question);
    if (parser.isSet(QStringLiteral("json"))) {
        QTextStream(stdout) << QString::fromUtf8(
            QJsonDocument(toJson(question, answer)).toJson(QJsonDocument::Indented));
    } else {
        printSummary(question, answer);
    }
    return Success;
}

} // namespace callboard::cli
