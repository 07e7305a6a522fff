#include "CliCommands.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "main",
        "Usage: callboard-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  import       Import call logs into a workspace\n"
        "  kpis         Print the KPIs of a period\n"
        "  agents       Print the KPIs of each agent\n"
        "  intervals    Print the daily totals of imported interval reports\n"
        "  leads        Count the leads and deals imported from CRM exports\n"
        "  imports      List past imports, with the rows they rejected\n"
        "  undo-import  Undo one import\n"
        "  settings     Show or change the workspace's settings (report time zone, home\n"
        "               country, hashed caller numbers)\n"
        "  targets      Show or change the KPIs' targets (shared by everyone using the\n"
        "               workspace) and the reference values\n"
        "  mappings     List, add, export or delete the column mappings for other logs\n"
        "  purge        Delete the calls older than some months\n"
        "  generate     Write a synthetic call log for benchmarks and demos\n"
        "  erlang       Staffing what-if: agents needed for a service-level target (Erlang C\n"
        "               or A)\n"
        "  staffing     The agents each interval of the week needs, from the workspace's calls\n"
        "\n"
        "Run callboard-cli COMMAND --help for the options of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Callboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Callboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBOARD_VERSION));
    callboard::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    arguments.removeAt(1 < arguments.size() ? 1 : 0);
    if (command == QLatin1String("import")) {
        return callboard::cli::runImport(arguments);
    }
    if (command == QLatin1String("kpis")) {
        return callboard::cli::runKpis(arguments);
    }
    if (command == QLatin1String("agents")) {
        return callboard::cli::runAgents(arguments);
    }
    if (command == QLatin1String("intervals")) {
        return callboard::cli::runIntervals(arguments);
    }
    if (command == QLatin1String("leads")) {
        return callboard::cli::runLeads(arguments);
    }
    if (command == QLatin1String("imports")) {
        return callboard::cli::runImports(arguments);
    }
    if (command == QLatin1String("undo-import")) {
        return callboard::cli::runUndoImport(arguments);
    }
    if (command == QLatin1String("settings")) {
        return callboard::cli::runSettings(arguments);
    }
    if (command == QLatin1String("targets")) {
        return callboard::cli::runTargets(arguments);
    }
    if (command == QLatin1String("mappings")) {
        return callboard::cli::runMappings(arguments);
    }
    if (command == QLatin1String("purge")) {
        return callboard::cli::runPurge(arguments);
    }
    if (command == QLatin1String("generate")) {
        return callboard::cli::runGenerate(arguments);
    }
    if (command == QLatin1String("erlang")) {
        return callboard::cli::runErlang(arguments);
    }
    if (command == QLatin1String("staffing")) {
        return callboard::cli::runStaffing(arguments);
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return callboard::cli::Success;
    }
    QTextStream out(command.isEmpty() || command.startsWith(u'-') ? stdout : stderr);
    if (!command.isEmpty() && command != QLatin1String("--help")
        && command != QLatin1String("-h")) {
        out << QCoreApplication::translate("main", "Unknown command \"%1\".\n\n").arg(command);
        printUsage(out);
        return callboard::cli::UsageError;
    }
    printUsage(out);
    return command.isEmpty() ? callboard::cli::UsageError : callboard::cli::Success;
}
