#pragma once

#include <QStringList>

namespace callboard::cli {

/// Exit codes of callboard-cli.
enum ExitCode {
    Success = 0,
    Failed = 1,     ///< A file was refused or the workspace could not be read.
    UsageError = 2, ///< The command line itself is wrong.
};

int runImport(const QStringList &arguments);
int runKpis(const QStringList &arguments);
int runAgents(const QStringList &arguments);
int runIntervals(const QStringList &arguments);
int runLeads(const QStringList &arguments);
int runImports(const QStringList &arguments);
int runUndoImport(const QStringList &arguments);
int runSettings(const QStringList &arguments);
int runTargets(const QStringList &arguments);
int runMappings(const QStringList &arguments);
int runPurge(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runErlang(const QStringList &arguments);
int runStaffing(const QStringList &arguments);

} // namespace callboard::cli
