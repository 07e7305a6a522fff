#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace callboard {

class Workspace;

/// One import, as the log keeps it.
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString path;
    QString sha256;
    QString format;
    QString timeZone;
    QStringList header; ///< The file's header row: the names of the fields of its raw rows.
    qint64 importedAtMs = 0;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 intervalsImported = 0;   ///< Intervals of aggregated reports added.
    qint64 intervalsUpdated = 0;    ///< Intervals already stored, changed by this import.
    qint64 intervalsDuplicates = 0; ///< Intervals already stored unchanged.
    qint64 leadsImported = 0;       ///< Leads from a CRM export added.
    qint64 leadsUpdated = 0;        ///< Leads already stored, changed by this import.
    qint64 leadsDuplicates = 0;     ///< Leads already stored unchanged.
    qint64 dealsImported = 0;       ///< Deals from a CRM export added.
    qint64 dealsUpdated = 0;        ///< Deals already stored, changed by this import.
    qint64 dealsDuplicates = 0;     ///< Deals already stored unchanged.
    std::optional<qint64> undoneAtMs;
};

/// A record an import could not read.
struct ImportProblem
{
    qint64 line = 0;
    int column = 0;
    QString message;
};

/// What undoing an import did.
struct UndoResult
{
    qint64 removed = 0;  ///< Calls the import had added.
    qint64 restored = 0; ///< Calls it had changed, put back as they were.

    qint64 intervalsRemoved = 0;  ///< Intervals the import had added.
    qint64 intervalsRestored = 0; ///< Intervals it had changed, put back as they were.

    qint64 leadsRemoved = 0;  ///< Leads the import had added.
    qint64 leadsRestored = 0; ///< Leads it had changed, put back as they were.
    qint64 dealsRemoved = 0;  ///< Deals the import had added.
    qint64 dealsRestored = 0; ///< Deals it had changed, put back as they were.
};

/// The workspace's record of its imports: counts, rejected rows, and what each import changed,
/// so that an import can be undone. Writes belong inside the importing transaction.
class ImportLog
{
public:
    explicit ImportLog(Workspace &workspace);

    /// Adds an import and returns its id; finish() fills in the counts and the file's digest.
    Expected<qint64> start(const ImportRecord &record);
    Status finish(const ImportRecord &record);
    Status addProblem(qint64 importId, const ImportProblem &problem);
    /// Keeps the stored state of call @p callId before import @p importId changes it.
    Status recordChange(qint64 importId, qint64 callId);
    /// The same for interval @p intervalId, with its answered-within counts.
    Status recordIntervalChange(qint64 importId, qint64 intervalId);
    /// The same for lead @p leadRowId and deal @p dealRowId (their rows, not the CRM's ids).
    Status recordLeadChange(qint64 importId, qint64 leadRowId);
    Status recordDealChange(qint64 importId, qint64 dealRowId);

    /// Every import, oldest first.
    Expected<QList<ImportRecord>> imports() const;
    /// The rejected rows of one import, in file order, at most @p limit of them.
    Expected<QList<ImportProblem>> problems(qint64 importId, int limit) const;

    /// Removes the calls, intervals, leads and deals import @p importId added and restores those
    /// it changed, in one transaction. Refused when the import is unknown or already undone, or
    /// when a later import has changed the same rows since (undo that one first).
    Expected<UndoResult> undo(qint64 importId, qint64 nowMs);

private:
    /// The later imports that wrote rows of @p table that import @p importId wrote too.
    Expected<QStringList> laterImports(qint64 importId,
                                       const QString &table,
                                       const QString &changesTable,
                                       const QString &idColumn) const;
    /// Removes the rows of @p table import @p importId added and restores those it changed from
    /// the snapshots in @p changesTable; returns how many of each.
    Expected<std::pair<qint64, qint64>> revert(qint64 importId,
                                               const QString &table,
                                               const QString &changesTable,
                                               const QString &idColumn);

    Workspace &m_workspace;
};

} // namespace callboard
