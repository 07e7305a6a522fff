#pragma once

#include "call/Call.h"
#include "call/Interval.h"
#include "common/Error.h"
#include "phone/CallNumberPolicy.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace callboard {

/// What storing one call (or interval) did.
enum class UpsertOutcome {
    Inserted,
    Updated,
    Unchanged,
};

/// What a purge removed.
struct PurgeResult
{
    QDate firstKeptDay; ///< Calls attributed to a report-zone day before this one were removed.
    qint64 calls = 0;   ///< Calls (legs) removed.
    qint64 imports = 0; ///< Imports that had written some of them: they can no longer be undone.
};

/// One workspace: a single SQLite file holding calls, the intervals of aggregated reports (kept
/// apart from the calls), the import log and the team's settings.
/// A Workspace owns one database connection and must be used from the thread that opened it.
class Workspace
{
public:
    enum class OpenMode {
        CreateIfMissing,
        MustExist,
    };

    /// Opens the workspace at @p path (creating it if missing, unless @p mode says otherwise) and
    /// brings an older schema up to date in one transaction. Refuses a file that is not a
    /// workspace, is damaged, or was written by a newer Callboard.
    static Expected<std::unique_ptr<Workspace>> open(const QString &path,
                                                     OpenMode mode = OpenMode::CreateIfMissing);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }

    /// A number that changes whenever another connection (another process importing, the
    /// window's worker thread) commits to the workspace; compare two readings to notice new data.
    qint64 dataVersion() const;
    QSqlDatabase database() const;
    int schemaVersion() const;

    /// The zone in which days, weeks and hours are taken (IANA id). Changing it recomputes the
    /// local day and hour of every stored call and interval.
    QTimeZone reportTimeZone() const { return m_reportZone; }
    Status setReportTimeZone(const QTimeZone &zone);

    /// The region in which numbers without a country code are read (ISO 3166-1, `GB`), empty
    /// for none. A new workspace takes the machine's locale's region once and keeps it.
    QString homeCountry() const;
    /// Changes it (empty for none) and reads again, in one transaction, every stored number
    /// whose source gave no country code; returns how many calls changed. Numbers stored as
    /// hashes cannot be read again (their source text is gone).
    Expected<qint64> setHomeCountry(const QString &region);

    /// Whether caller and callee numbers are stored only as salted hashes.
    bool hashesCallerNumbers() const;
    /// Turning it on hashes, in one transaction, every number already stored (in the calls, their
    /// raw records and the import log's snapshots) and empties the write-ahead log, so that the
    /// file keeps no clear number; returns how many calls changed. Turning it off applies to
    /// later imports only: a hash cannot be turned back into its number.
    Expected<qint64> setHashCallerNumbers(bool on);

    /// What an import does to the numbers of each call before storing it (CallNumberPolicy).
    CallNumberPolicy callNumberPolicy() const;

    /// The first day kept by a purge of calls older than @p months months, on @p today: the
    /// first day of the month @p months months before today's month.
    static QDate purgeCutoff(const QDate &today, int months);
    /// Removes, in one transaction, every call attributed to a report-zone day before
    /// purgeCutoff(@p today, @p months), with the import log's snapshots of them, and marks the
    /// imports that had written them as no longer undoable. Deleted rows are overwritten in the
    /// file (secure_delete) and the write-ahead log emptied; the file is not vacuumed.
    Expected<PurgeResult> purgeCallsOlderThan(int months, const QDate &today, qint64 nowMs);

    Status beginTransaction();
    /// Commits, first recomputing what is derived from the calls when any changed.
    Status commit();
    void rollback();
    /// Tells commit() that calls changed other than through upsertCall().
    void markCallsChanged() { m_callsChanged = true; }

    /// Stores @p call, keyed by (source, source id, leg): a new key is inserted, a known key with
    /// different content is updated, identical content is left alone. Call inside a transaction.
    Expected<UpsertOutcome> upsertCall(const Call &call, qint64 importId);

    /// Stores @p interval the same way, keyed by (source, queue, start, length), with its
    /// answered-within counts. Call inside a transaction.
    Expected<UpsertOutcome> upsertInterval(const Interval &interval, qint64 importId);

    /// Known agents by id, in name order.
    Expected<QList<std::pair<qint64, QString>>> agents() const;
    /// The agent called @p name, or the only one whose name differs from it just in case.
    Expected<std::optional<qint64>> agentIdByName(const QString &name) const;

    QString setting(const QString &key, const QString &defaultValue = QString()) const;
    Status setSetting(const QString &key, const QString &value);

    /// The schema version this build writes.
    static int currentSchemaVersion();

private:
    Workspace(QString path, QString connectionName);
    Status initialise();
    Status migrate();
    /// Normalises the numbers an older schema stored as their sources wrote them.
    Status normaliseStoredNumbers();
    /// Stores the machine's region as the home country when the workspace has none yet.
    Status settleHomeCountry();
    /// Rewrites, through @p policy, the numbers of the stored calls (only those kept as their
    /// source gave them when @p onlyAsGiven) and of the import log's snapshots of calls. Call
    /// inside a transaction; returns how many calls changed.
    Expected<qint64> rewriteStoredNumbers(CallNumberPolicy &policy, bool onlyAsGiven);
    /// Overwrites deleted content with zeros from now on, for the privacy operations.
    Status secureDelete();
    /// Copies the write-ahead log into the file and empties it, so that rows changed since are
    /// in no old page the log still holds.
    void truncateWriteAheadLog();
    Expected<qint64> agentId(const QString &name);
    struct CallStatements;
    Status prepareCallStatements();
    /// Sets the answered-within counts of interval @p intervalId to @p answeredWithin.
    Status replaceThresholds(qint64 intervalId, const QList<AnsweredWithin> &answeredWithin);

    QString m_path;
    QString m_connectionName;
    QTimeZone m_reportZone;
    QHash<QString, qint64> m_agentIds;
    std::unique_ptr<CallStatements> m_statements;
    bool m_callsChanged = false;
};

/// Converts an SQL error into an Error naming what was being done.
Error sqlError(const QString &doing, const class QSqlError &error);

} // namespace callboard
