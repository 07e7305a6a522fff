#include "CliCommands.h"

#include "generate/SyntheticLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int complain(const QString &message, ExitCode code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli generate --calls N --out F.csv [--seed S]\n\n"
                 "Write a realistic synthetic call log, for benchmarks and demos: a day and "
                 "hour pattern, 60 agents, four queues, abandons, transfers, outbound sales "
                 "calls. The same seed writes the same file."));
    parser.addHelpOption();
    const QCommandLineOption callsOption(QStringLiteral("calls"),
                                         Text::tr("How many customer calls to write."),
                                         QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Text::tr("The file to write."),
                                       QStringLiteral("F.csv"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Text::tr("Seed of the random numbers (default 1)."),
                                        QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({callsOption, outOption, seedOption});
    if (!parser.parse(arguments)) {
        return complain(parser.errorText(), UsageError);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return complain(Text::tr("generate takes no file names; use --out."), UsageError);
    }
    SyntheticLogOptions options;
    bool callsValid = false;
    options.calls = parser.value(callsOption).toLongLong(&callsValid);
    if (!callsValid || options.calls < 1) {
        return complain(Text::tr("--calls takes a number of calls, 1 or more."), UsageError);
    }
    bool seedValid = false;
    options.seed = parser.value(seedOption).toULongLong(&seedValid);
    if (!seedValid) {
        return complain(Text::tr("--seed takes a whole number."), UsageError);
    }
    if (!parser.isSet(outOption)) {
        return complain(Text::tr("Name the file to write with --out."), UsageError);
    }

    // A save file, so that an interrupted run leaves no half-written log behind.
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        return complain(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                        Failed);
    }
    if (const Status written = writeSyntheticLog(file, options); !written) {
        file.cancelWriting();
        return complain(written.error().message, Failed);
    }
    if (!file.commit()) {
        return complain(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                        Failed);
    }
    return Success;
}

} // namespace callboard::cli
