#pragma once

#include "import/TabularFormat.h"

#include <QMap>

#include <functional>
#include <memory>
#include <vector>

namespace callboard {

class Workspace;

/// A record that could not be imported, and why.
struct RowProblem
{
    qint64 line = 0;
    int column = 0; ///< From 1; 0 for the whole record.
    QString message;
};

/// What importing one file did. A refused file changed nothing in the workspace.
struct FileImportResult
{
    QString path;
    QString format; ///< The format's id, empty when none was recognised.
    qint64 importId = 0;
    qint64 rows = 0;              ///< Records read (lines, or events), the header not counted.
    qint64 calls = 0;             ///< Calls those records make.
    qint64 imported = 0;          ///< Calls added.
    qint64 updated = 0;           ///< Calls already stored, changed by this file.
    qint64 duplicates = 0;        ///< Calls already stored unchanged.
    qint64 rejected = 0;          ///< Records that could not be read.
    QList<RowProblem> problems;   ///< The first problems found (at most maxReportedProblems).
    std::optional<Error> refusal; ///< Set when the whole file was refused.

    // Interval reports: what their records make.
    qint64 intervals = 0;           ///< Intervals of aggregated reports those records make.
    qint64 intervalsImported = 0;   ///< Intervals added.
    qint64 intervalsUpdated = 0;    ///< Intervals already stored, changed by this file.
    qint64 intervalsDuplicates = 0; ///< Intervals already stored unchanged.

    // CRM exports: the leads or deals their records make.
    qint64 leads = 0;           ///< Leads those records make.
    qint64 leadsImported = 0;   ///< Leads added.
    qint64 leadsUpdated = 0;    ///< Leads already stored, changed by this file.
    qint64 leadsDuplicates = 0; ///< Leads already stored unchanged.
    qint64 deals = 0;           ///< Deals those records make.
    qint64 dealsImported = 0;   ///< Deals added.
    qint64 dealsUpdated = 0;    ///< Deals already stored, changed by this file.
    qint64 dealsDuplicates = 0; ///< Deals already stored unchanged.

    // Sound records that are no call by nature (emails and case work in an event log).
    qint64 skipped = 0;                    ///< Records skipped.
    QMap<QString, qint64> skippedByReason; ///< How many records each reason skipped.

    static constexpr int maxReportedProblems = 1000;
};

/// Imports call logs, interval reports and CRM exports (leads, deals) into a workspace, one
/// transaction per file: a file is imported whole or, refused, not at all, and re-importing it adds
/// nothing twice.
class Importer
{
public:
    explicit Importer(Workspace &workspace);
    ~Importer();

    /// Called with bytes read so far and the file size; returning false cancels the import.
    using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    FileImportResult importFile(const QString &path, const ImportOptions &options);

    /// The ids of the formats it knows, for --format.
    QStringList formatIds() const;

private:
    TabularFormat *formatFor(const QStringList &header, const QString &forcedId) const;

    Workspace &m_workspace;
    std::vector<std::unique_ptr<TabularFormat>> m_formats;
    ProgressCallback m_progress;
};

} // namespace callboard
