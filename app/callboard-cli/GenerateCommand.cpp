#include "CliCommands.h"
#include "CliSupport.h"

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

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("callboard-cli generate --calls N --out F.csv [--seed S]\n\n"
                 "Write a realistic synthetic call log, for benchmarks and demos: a day and "
                 "hour pattern, 60 agents, four queues, abandons, transfers, outbound sales "
                 "calls. The same seed writes the same file."));
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
    if (const std::optional<int> exit = parseArguments(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Text::tr("generate takes no file names; use --out."));
    }
    SyntheticLogOptions options;
    bool callsValid = false;
    options.calls = parser.value(callsOption).toLongLong(&callsValid);
    if (!callsValid || options.calls < 1) {
        return usageError(Text::tr("--calls takes a number of calls, 1 or more."));
    }
    bool seedValid = false;
    options.seed = parser.value(seedOption).toULongLong(&seedValid);
    if (!seedValid) {
        return usageError(Text::tr("--seed takes a whole number."));
    }
    if (!parser.isSet(outOption)) {
        return usageError(Text::tr("Name the file to write with --out."));
    }

    // A save file, so that an interrupted run leaves no half-written log behind.
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (const Status written = writeSyntheticLog(file, options); !written) {
        file.cancelWriting();
        return failure(written.error().message);
    }
    if (!file.commit()) {
        return failure(Text::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return Success;
}

} // namespace callboard::cli
