#include "CliSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

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

} // namespace callboard::cli
