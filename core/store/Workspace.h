#pragma once

#include "call/Call.h"
#include "call/Deal.h"
#include "call/Interval.h"
#include "call/Lead.h"
#include "common/Error.h"
#include "common/ZoneOffsets.h"
#include "phone/CallNumberPolicy.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

#include <memory>

namespace callboard {

class PreparedStatement;

/// What storing one call (or interval) did.
enum class UpsertOutcome {
    Inserted,
    Updated,
    Unchanged,
};

/// How many leads and deals a workspace holds, and what its won deals are worth.
struct LeadAndDealCounts
{
    qint64 leads = 0;
    qint64 deals = 0;
    qint64 dealsOpen = 0;
    qint64 dealsWon = 0;
    qint64 dealsLost = 0;
    double wonValue = 0;    ///< The sum of the won deals' known values.
    qint64 wonUnvalued = 0; ///< Won deals whose value the export did not give.
    /// The currencies the won values were written in; more than one makes wonValue a mixed sum.
    QStringList wonCurrencies;
};

/// What a purge removed.
struct PurgeResult
{
    QDate firstKeptDay; ///< Calls attributed to a report-zone day before this one were removed.
    qint64 calls = 0;   ///< Calls (legs) removed.
    qint64 imports = 0; ///< Imports that had written some of them: they can no longer be undone.
};

/// One workspace: a single SQLite file holding calls, the intervals of aggregated reports (kept
/// apart from the calls), leads and deals from CRM exports, the import log and the team's
/// settings.
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

    /// Inside a transaction, when the workspace holds no calls yet: drops the calls table's
    /// secondary indexes, and commit() builds them again. Sorting a million entries once is
    /// much faster than a million scattered index inserts; a rollback restores them with the
    /// rest. The unique key stays, so a file that holds a call twice still finds it.
    Status deferCallIndexesIfEmpty();
    /// Tells commit() that calls changed other than through upsertCall(), so that it recomputes
    /// what is derived from all of them.
    void markCallsChanged()
    {
        m_callsChanged = true;
        m_refreshEveryNextContact = true;
    }

    /// Stores @p call, keyed by (source, source id, leg): a new key is inserted, a known key with
    /// different content is updated, identical content is left alone. Call inside a transaction.
    Expected<UpsertOutcome> upsertCall(const Call &call, qint64 importId);

    /// Stores @p interval the same way, keyed by (source, queue, start, length), with its
    /// answered-within counts. Call inside a transaction.
    Expected<UpsertOutcome> upsertInterval(const Interval &interval, qint64 importId);

    /// Stores @p lead, keyed by (source, lead id), the same way. Call inside a transaction.
    Expected<UpsertOutcome> upsertLead(const Lead &lead, qint64 importId);
    /// Stores @p deal, keyed by (source, deal id), the same way. Call inside a transaction.
    Expected<UpsertOutcome> upsertDeal(const Deal &deal, qint64 importId);
    Expected<LeadAndDealCounts> leadAndDealCounts() const;

    /// Known agents by id, in name order.
    Expected<QList<std::pair<qint64, QString>>> agents() const;
    /// The agent called @p name, or the only one whose name differs from it just in case.
    Expected<std::optional<qint64>> agentIdByName(const QString &name) const;

    QString setting(const QString &key, const QString &defaultValue = QString()) const;
    Status setSetting(const QString &key, const QString &value);
    /// The settings whose keys start with @p prefix, as (key, value), in key order.
    Expected<QList<std::pair<QString, QString>>> settingsStartingWith(const QString &prefix) const;
    /// Forgets the setting @p key; nothing happens when there is none.
    Status removeSetting(const QString &key);

    /// The schema version this build writes.
    static int currentSchemaVersion();

private:
    Workspace(QString path, QString connectionName);
    void setReportZone(const QTimeZone &zone);
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
    /// Hashes the phones of the stored leads and of their snapshots in the import log.
    Status hashStoredLeadPhones(CallNumberPolicy &policy);
    /// Overwrites deleted content with zeros from now on, for the privacy operations.
    Status secureDelete();
    /// Rewrites the whole file (VACUUM) and empties the write-ahead log, so that no page, free
    /// or in use, still holds the bytes of rows changed or deleted before.
    void rewriteWithoutRemnants();
    Expected<qint64> agentId(const QString &name);
    /// Inserts @p call unless its key is taken; says whether it did.
    Expected<bool> insertCall(const Call &call, qint64 hash, qint64 importId);
    /// Binds what a call says, from placeholder @p at on, leaving @p at past the last one.
    Status bindCallContent(PreparedStatement &write,
                           int &at,
                           const Call &call,
                           qint64 hash,
                           qint64 importId);
    /// Records that the calls of @p callerKey changed, for the next-contact refresh at commit.
    void noteCallerTouched(const QString &callerKey);
    Status refreshNextContacts();
    /// Fills temp.touched_callers with the callers whose calls this transaction changed.
    Status listTouchedCallers();
    /// Forgets what the transaction that just ended had changed.
    void forgetTransaction();
    struct CallStatements;
    Status prepareCallStatements();
    /// A row of a lead or a deal: its key and content columns, for upsertCrmRow.
    struct CrmRow;
    Expected<UpsertOutcome> upsertCrmRow(const CrmRow &row, qint64 importId);
    /// Sets the answered-within counts of interval @p intervalId to @p answeredWithin.
    Status replaceThresholds(qint64 intervalId, const QList<AnsweredWithin> &answeredWithin);

    QString m_path;
    QString m_connectionName;
    QTimeZone m_reportZone;
    ZoneOffsets m_reportOffsets{QTimeZone()}; ///< Local days and hours of calls in it.
    QHash<QString, qint64> m_agentIds;
    std::unique_ptr<CallStatements> m_statements;
    QStringList m_deferredIndexes; ///< CREATE INDEX statements to run at commit.
    bool m_callsChanged = false;
    bool m_refreshEveryNextContact = false; ///< Set when calls changed other than one by one.
    QSet<QString> m_touchedCallers;         ///< Callers whose calls this transaction changed.
    bool m_expectNewCalls = true; ///< Whether the last call stored was new: try inserting first.
};

/// Converts an SQL error into an Error naming what was being done.
Error sqlError(const QString &doing, const class QSqlError &error);

} // namespace callboard
