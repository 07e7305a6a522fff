#include "CliSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

const QCommandLineOption dbOption(QStringLiteral("db"),
                                  QStringLiteral("The workspace file."),
                                  QStringLiteral("W.sqlite"));
const QCommandLineOption jsonOption(QStringLiteral("json"),
                                    QStringLiteral("Print JSON instead of text."));
const QCommandLineOption
    fromOption(QStringLiteral("from"),
               QStringLiteral("First day, inclusive, in the report time zone."),
               QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption toOption(QStringLiteral("to"),
                                  QStringLiteral("Last day, inclusive, in the report time zone."),
                                  QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption teamOption(QStringLiteral("team"),
                                    QStringLiteral("Only this team's or queue's calls."),
                                    QStringLiteral("NAME"));

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << message << Qt::endl;
    return UsageError;
}

int failure(const QString &message)
{
    err() << message << Qt::endl;
    return Failed;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the executable only; the description's first line (the
        // command's own usage) replaces it.
        QString help = parser.helpText();
        help.remove(0, help.indexOf(u'\n') + 1);
        out() << QStringLiteral("Usage: ") << help;
        out().flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    return std::nullopt;
}

std::optional<int> parseWorkspaceArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (const std::optional<int> exit = parseArguments(parser, arguments)) {
        return exit;
    }
    if (!parser.isSet(dbOption)) {
        return usageError(Text::tr("--db is required: the workspace file to use."));
    }
    return std::nullopt;
}

std::optional<int>
readDays(const QCommandLineParser &parser, std::optional<QDate> &from, std::optional<QDate> &to)
{
    for (const auto &[option, bound] : {std::pair{&fromOption, &from}, std::pair{&toOption, &to}}) {
        if (!parser.isSet(*option)) {
            continue;
        }
        const QString text = parser.value(*option);
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            return usageError(isoShape.match(text).hasMatch()
                                  ? Text::tr("--%1: %2 is not a day of the calendar.")
                                        .arg(option->names().constFirst(), text)
                                  : Text::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".")
                                        .arg(option->names().constFirst(), text));
        }
        *bound = date;
    }
    if (from && to && *from > *to) {
        return usageError(Text::tr("--from is after --to."));
    }
    return std::nullopt;
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject outlookJson(const std::optional<QueueOutlook> &outlook)
{
    auto figure = [&outlook](double QueueOutlook::*member) {
        return outlook ? QJsonValue(*outlook.*member) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("service_level"), figure(&QueueOutlook::serviceLevel)},
        {QStringLiteral("asa"), figure(&QueueOutlook::asaSeconds)},
        {QStringLiteral("p_wait"), figure(&QueueOutlook::waitProbability)},
        {QStringLiteral("occupancy"), figure(&QueueOutlook::occupancy)},
        {QStringLiteral("p_abandon"),
         numberOrNull(outlook ? outlook->abandonProbability : std::nullopt)},
    };
}

std::optional<int> refuseFileNames(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty()) {
        return std::nullopt;
    }
    return usageError(Text::tr("Unexpected argument \"%1\"; options start with --.")
                          .arg(parser.positionalArguments().constFirst()));
}

/// A length of time in seconds, written as 900, 900s, 15m or 1h (decimals allowed).
std::optional<double> readSeconds(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+(?:\\.\\d+)?)([smh]?)$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    const double secondsPerUnit = unit == QLatin1String("h")   ? 3600
                                  : unit == QLatin1String("m") ? 60
                                                               : 1;
    return match.captured(1).toDouble() * secondsPerUnit;
}

/// A service-level target written PERCENT/SECONDS, such as 80/20, as a share and seconds.
std::optional<StaffingGoal> readServiceLevelTarget(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)%?/(\\d+(?:\\.\\d+)?)s?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    StaffingGoal goal;
    goal.serviceLevel = match.captured(1).toDouble() / 100;
    goal.thresholdSeconds = match.captured(2).toDouble();
    // 100 % is out of reach of any finite staffing, and a threshold of 0 s is no target.
    if (goal.serviceLevel <= 0 || goal.serviceLevel >= 1 || goal.thresholdSeconds <= 0) {
        return std::nullopt;
    }
    return goal;
}

} // namespace callboard::cli
