#pragma once

#include "CliCommands.h"
#include "kpi/Staffing.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace callboard::cli {

/// What every command shares: its output streams, its exits and its parsing.
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

/// A usage error for the first file name on a command that takes none; nothing when none.
std::optional<int> refuseFileNames(const QCommandLineParser &parser);

/// A length of time in seconds, written as 900, 900s, 15m or 1h (decimals allowed).
std::optional<double> readSeconds(const QString &text);

/// A service-level target written PERCENT/SECONDS, such as 80/20, as a share and seconds.
std::optional<StaffingGoal> readServiceLevelTarget(const QString &text);

} // namespace callboard::cli
