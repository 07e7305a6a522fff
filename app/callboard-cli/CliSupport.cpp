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
