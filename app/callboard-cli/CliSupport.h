#pragma once

#include "CliCommands.h"
#include "kpi/Staffing.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace callboard::cli {

/// What every command shares: its output streams, its exits, its common options and parsing.

/// --db W.sqlite, --json, and --from and --to (inclusive report-zone days), for every command
/// that reads a workspace.
extern const QCommandLineOption dbOption;
extern const QCommandLineOption jsonOption;
extern const QCommandLineOption fromOption;
extern const QCommandLineOption toOption;
extern const QCommandLineOption teamOption;

QTextStream &out();
QTextStream &err();

/// Prints @p message on standard error and gives UsageError: the command line itself is wrong.
int usageError(const QString &message);
/// Prints @p message on standard error and gives Failed.
int failure(const QString &message);

void printJson(const QJsonObject &object);

/// Adds --help and --version to @p parser and parses @p arguments, printing the help, the
/// version or the parser's error; an exit code when the command should stop there.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

/// parseArguments(), then requires --db.
std::optional<int> parseWorkspaceArguments(QCommandLineParser &parser,
                                           const QStringList &arguments);

/// Reads --from and --to into @p from and @p to; an exit code when either is wrong.
std::optional<int>
readDays(const QCommandLineParser &parser, std::optional<QDate> &from, std::optional<QDate> &to);

/// A number, or JSON null.
QJsonValue numberOrNull(const std::optional<double> &value);

/// What callers meet with some agents, as JSON ("service_level", "asa", "p_wait", "occupancy",
/// "p_abandon"), every figure null when the agents cannot carry the load.
QJsonObject outlookJson(const std::optional<QueueOutlook> &outlook);

/// A usage error for the first file name on a command that takes none; nothing when none.
std::optional<int> refuseFileNames(const QCommandLineParser &parser);

/// A length of time in seconds, written as 900, 900s, 15m or 1h (decimals allowed).
std::optional<double> readSeconds(const QString &text);

/// A service-level target written PERCENT/SECONDS, such as 80/20, as a share and seconds.
std::optional<StaffingGoal> readServiceLevelTarget(const QString &text);

} // namespace callboard::cli
