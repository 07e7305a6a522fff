#include "Workspace.h"

#include "ImportLog.h"
#include "PreparedStatement.h"
#include "Schema.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <functional>
#include <vector>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("callboard-workspace-%1").arg(++counter);
}

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant orNull(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

/// FNV-1a, 64 bits: a fingerprint that stays the same across Qt versions and platforms, which
/// the stored hashes need, and is cheap enough for a million calls.
class Fingerprint
{
public:
    void add(const void *data, size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            m_hash = (m_hash ^ bytes[i]) * 0x100000001b3ULL;
        }
    }
    void add(const QString &text)
    {
        add(text.constData(), size_t(text.size()) * sizeof(QChar));
        add(qint64(text.size()));
    }
    void add(qint64 value) { add(&value, sizeof value); }
    void add(int value) { add(qint64(value)); }
    void add(double value) { add(&value, sizeof value); }
    template <typename T>
    void add(const std::optional<T> &value)
    {
        add(qint64(value.has_value()));
        if (value) {
            const double number = static_cast<double>(*value);
            add(&number, sizeof number);
        }
    }
    qint64 value() const { return qint64(m_hash); }

private:
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

/// A fingerprint of everything the call record says, to tell a changed re-export from an
/// identical one. The raw row is left out: the same call read from CSV or XLSX is the same call.
qint64 contentHash(const Call &call)
{
    Fingerprint print;
    print.add(static_cast<int>(call.direction));
    print.add(static_cast<int>(call.outcome));
    print.add(call.arrivedAtMs);
    print.add(call.outcomeReason);
    print.add(call.queueEnteredAtMs);
    print.add(call.answeredAtMs);
    print.add(call.endedAtMs);
    print.add(call.waitSeconds);
    print.add(call.ringSeconds);
    print.add(call.talkSeconds);
    print.add(call.holdSeconds);
    print.add(call.afterCallWorkSeconds);
    print.add(call.agent);
    print.add(call.queue);
    print.add(call.callerNumber);
    print.add(call.calleeNumber);
    print.add(call.customerId);
    print.add(call.trackingNumber);
    print.add(call.campaign);
    print.add(call.recordingUrl);
    print.add(call.recordingExpiresAtMs);
    print.add(call.resolved);
    print.add(call.escalated);
    print.add(call.transferred);
    print.add(call.csatScore);
    print.add(call.csatScale);
    print.add(call.disposition);
    print.add(qint64(call.tags.size()));
    for (const QString &tag : call.tags) {
        print.add(tag);
    }
    return print.value();
}

/// The columns a call's content fills, in the order the statements bind them.
const QStringList &contentColumns()
{
    static const QStringList columns{
        QStringLiteral("direction"),
        QStringLiteral("outcome"),
        QStringLiteral("outcome_reason"),
        QStringLiteral("arrived_at_ms"),
        QStringLiteral("queue_entered_at_ms"),
        QStringLiteral("answered_at_ms"),
        QStringLiteral("ended_at_ms"),
        QStringLiteral("attributed_at_ms"),
        QStringLiteral("local_day"),
        QStringLiteral("local_hour"),
        QStringLiteral("wait_s"),
        QStringLiteral("ring_s"),
        QStringLiteral("talk_s"),
        QStringLiteral("hold_s"),
        QStringLiteral("acw_s"),
        QStringLiteral("agent_id"),
        QStringLiteral("queue"),
        QStringLiteral("caller_number"),
        QStringLiteral("callee_number"),
        QStringLiteral("customer_id"),
        QStringLiteral("caller_key"),
        QStringLiteral("tracking_number"),
        QStringLiteral("caller_number_given"),
        QStringLiteral("callee_number_given"),
        QStringLiteral("tracking_number_given"),
        QStringLiteral("campaign"),
        QStringLiteral("recording_url"),
        QStringLiteral("recording_expires_at_ms"),
        QStringLiteral("resolved"),
        QStringLiteral("escalated"),
        QStringLiteral("transferred"),
        QStringLiteral("csat_score"),
        QStringLiteral("csat_scale"),
        QStringLiteral("disposition"),
        QStringLiteral("tags"),
        QStringLiteral("raw"),
        QStringLiteral("content_hash"),
        QStringLiteral("import_id"),
    };
    return columns;
}

/// The same for an interval: everything but the raw row.
qint64 contentHash(const Interval &interval)
{
    Fingerprint print;
    print.add(interval.offered);
    print.add(interval.answered);
    print.add(interval.abandoned);
    print.add(qint64(interval.answeredWithin.size()));
    for (const AnsweredWithin &within : interval.answeredWithin) {
        print.add(within.thresholdSeconds);
        print.add(within.count);
    }
    print.add(qint64(interval.reportedServiceLevel.has_value()));
    if (interval.reportedServiceLevel) {
        print.add(interval.reportedServiceLevel->thresholdSeconds);
        print.add(interval.reportedServiceLevel->fraction);
    }
    for (const auto &average : {interval.speedOfAnswer, interval.talk}) {
        print.add(qint64(average.has_value()));
        if (average) {
            print.add(average->seconds);
            print.add(average->count);
        }
    }
    return print.value();
}

/// The same for a lead and a deal: what the export says of it, its raw row left out.
qint64 contentHash(const Lead &lead)
{
    Fingerprint print;
    print.add(lead.phone);
    print.add(lead.createdAtMs);
    print.add(lead.owner);
    print.add(lead.campaign);
    print.add(lead.status);
    return print.value();
}

qint64 contentHash(const Deal &deal)
{
    Fingerprint print;
    print.add(deal.leadId);
    print.add(deal.openedAtMs);
    print.add(deal.closedAtMs);
    print.add(static_cast<int>(deal.state));
    print.add(deal.stage);
    print.add(deal.value);
    print.add(deal.currency);
    return print.value();
}

const QLatin1String homeCountryKey("home_country");
const QLatin1String hashNumbersKey("hash_caller_numbers");
const QLatin1String saltKey("caller_number_salt");

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<qint64> optionalInt64(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<bool> optionalBool(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

/// A stored call rebuilt from its columns (@p column gives each by name: a row, or an import
/// log snapshot), with everything contentHash() reads, so that its hash can be computed again
/// after its numbers change.
Call callFromColumns(const std::function<QVariant(const QString &)> &column,
                     const QHash<qint64, QString> &agentNames)
{
    Call call;
    call.direction = static_cast<Direction>(column(QStringLiteral("direction")).toInt());
    call.outcome = static_cast<Outcome>(column(QStringLiteral("outcome")).toInt());
    call.outcomeReason = column(QStringLiteral("outcome_reason")).toString();
    call.arrivedAtMs = column(QStringLiteral("arrived_at_ms")).toLongLong();
    call.queueEnteredAtMs = optionalInt64(column(QStringLiteral("queue_entered_at_ms")));
    call.answeredAtMs = optionalInt64(column(QStringLiteral("answered_at_ms")));
    call.endedAtMs = optionalInt64(column(QStringLiteral("ended_at_ms")));
    call.waitSeconds = optionalDouble(column(QStringLiteral("wait_s")));
    call.ringSeconds = optionalDouble(column(QStringLiteral("ring_s")));
    call.talkSeconds = optionalDouble(column(QStringLiteral("talk_s")));
    call.holdSeconds = optionalDouble(column(QStringLiteral("hold_s")));
    call.afterCallWorkSeconds = optionalDouble(column(QStringLiteral("acw_s")));
    const QVariant agent = column(QStringLiteral("agent_id"));
    call.agent = agent.isNull() ? QString() : agentNames.value(agent.toLongLong());
    call.queue = column(QStringLiteral("queue")).toString();
    call.callerNumber = column(QStringLiteral("caller_number")).toString();
    call.calleeNumber = column(QStringLiteral("callee_number")).toString();
    call.customerId = column(QStringLiteral("customer_id")).toString();
    call.trackingNumber = column(QStringLiteral("tracking_number")).toString();
    call.callerNumberAsGiven = column(QStringLiteral("caller_number_given")).toString();
    call.calleeNumberAsGiven = column(QStringLiteral("callee_number_given")).toString();
    call.trackingNumberAsGiven = column(QStringLiteral("tracking_number_given")).toString();
    call.campaign = column(QStringLiteral("campaign")).toString();
    call.recordingUrl = column(QStringLiteral("recording_url")).toString();
    call.recordingExpiresAtMs = optionalInt64(column(QStringLiteral("recording_expires_at_ms")));
    call.resolved = optionalBool(column(QStringLiteral("resolved")));
    call.escalated = optionalBool(column(QStringLiteral("escalated")));
    call.transferred = optionalBool(column(QStringLiteral("transferred")));
    call.csatScore = optionalDouble(column(QStringLiteral("csat_score")));
    call.csatScale = column(QStringLiteral("csat_scale")).toInt();
    call.disposition = column(QStringLiteral("disposition")).toString();
    const QString tags = column(QStringLiteral("tags")).toString();
    if (!tags.isEmpty()) {
        call.tags = tags.split(u'\x1f');
    }
    call.rawRecord = column(QStringLiteral("raw")).toString();
    return call;
}

/// The columns a number rewrite changes, with their values for @p call.
QList<std::pair<QString, QVariant>> numberColumns(const Call &call)
{
    return {
        {QStringLiteral("caller_number"), orNull(call.callerNumber)},
        {QStringLiteral("callee_number"), orNull(call.calleeNumber)},
        {QStringLiteral("tracking_number"), orNull(call.trackingNumber)},
        {QStringLiteral("caller_number_given"), orNull(call.callerNumberAsGiven)},
        {QStringLiteral("callee_number_given"), orNull(call.calleeNumberAsGiven)},
        {QStringLiteral("tracking_number_given"), orNull(call.trackingNumberAsGiven)},
        {QStringLiteral("caller_key"), orNull(call.callerKey())},
        {QStringLiteral("raw"), orNull(call.rawRecord)},
        {QStringLiteral("content_hash"), contentHash(call)},
    };
}

bool sameNumbers(const Call &a, const Call &b)
{
    return a.callerNumber == b.callerNumber && a.calleeNumber == b.calleeNumber
           && a.trackingNumber == b.trackingNumber && a.callerNumberAsGiven == b.callerNumberAsGiven
           && a.calleeNumberAsGiven == b.calleeNumberAsGiven
           && a.trackingNumberAsGiven == b.trackingNumberAsGiven && a.rawRecord == b.rawRecord;
}

/// Recomputes the local day and hour of every row of @p table from its UTC @p timeColumn.
Status recomputeLocalTimes(QSqlDatabase db,
                           const QString &table,
                           const QString &timeColumn,
                           const QTimeZone &zone)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    read.setForwardOnly(true);
    const bool prepared = write.prepare(QStringLiteral("UPDATE ") + table
                                        + QStringLiteral(" SET local_day = ?, local_hour = ?"
                                                         " WHERE id = ?"));
    if (!prepared
        || !read.exec(QStringLiteral("SELECT id, ") + timeColumn + QStringLiteral(" FROM ")
                      + table)) {
        return sqlError(Text::tr("Cannot change the report time zone"),
                        prepared ? read.lastError() : write.lastError());
    }
    ZoneOffsets offsets(zone);
    while (read.next()) {
        const LocalDayHour local = offsets.localDayHour(read.value(1).toLongLong());
        write.addBindValue(local.julianDay);
        write.addBindValue(local.hour);
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            return sqlError(Text::tr("Cannot change the report time zone"), write.lastError());
        }
    }
    return {};
}

} // namespace

Error sqlError(const QString &doing, const QSqlError &error)
{
    return Error{doing + QStringLiteral(": ") + error.text(), {}, 0, 0};
}

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Workspace::~Workspace()
{
    m_statements.reset(); // statements first: they hold the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Workspace::currentSchemaVersion()
{
    return static_cast<int>(schema::migrationSteps().size());
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::MustExist && !QFileInfo::exists(path)) {
        return Error{Text::tr("There is no workspace here."), path, 0, 0};
    }
    if (QFileInfo(path).isDir()) {
        return Error{Text::tr("This is a folder; name a workspace file in it instead."),
                     path,
                     0,
                     0};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error{
            Text::tr("Qt's SQLite driver is not installed (on Debian and Ubuntu: the package "
                     "libqt6sql6-sqlite)."),
            {},
            0,
            0};
    }
    std::unique_ptr<Workspace> workspace(new Workspace(path, nextConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
    db.setDatabaseName(path);
    // Another process (the command line importing while the GUI is open) may hold the write
    // lock for a while: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        qCInfo(lcStore) << "cannot open workspace:" << db.lastError().text();
        return Error{QFileInfo(path).absoluteDir().exists()
                         ? Text::tr("Cannot open or create the workspace here (is the folder "
                                    "writable?).")
                         : Text::tr("Cannot create the workspace: its folder does not exist."),
                     path,
                     0,
                     0};
    }
    if (const Status status = workspace->initialise(); !status) {
        Error error = status.error();
        error.file = path;
        return error;
    }
    qCDebug(lcStore) << "opened workspace, schema version" << workspace->schemaVersion();
    return workspace;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Workspace::initialise()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        qCInfo(lcStore) << "integrity check failed to run:" << query.lastError().text();
        return Error{Text::tr("This file is not a Callboard workspace."), {}, 0, 0};
    }
    if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
        return Error{
            Text::tr("The workspace is damaged (SQLite integrity check: %1). Restore it from a "
                     "backup or re-import its logs into a new workspace.")
                .arg(query.value(0).toString()),
            {},
            0,
            0};
    }
    // A 32 MiB page cache keeps a large import's B-trees in memory: with SQLite's 2 MiB default,
    // a million-call import spends a tenth of its time reading back pages it has just written.
    for (const char *pragma : {"PRAGMA journal_mode=WAL",
                               "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL",
                               "PRAGMA cache_size=-16384"}) {
        if (!query.exec(QLatin1String(pragma))) {
            return sqlError(Text::tr("Cannot configure the workspace"), query.lastError());
        }
    }
    if (const Status status = migrate(); !status) {
        return status;
    }
    if (const Status status = settleHomeCountry(); !status) {
        return status;
    }
    // A new workspace takes the machine's zone once and keeps it, so its days do not move when
    // the file is opened on a laptop in another zone.
    const QByteArray zoneId = setting(QStringLiteral("report_time_zone")).toUtf8();
    QTimeZone zone = zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId);
    if (!zone.isValid()) {
        qCWarning(lcStore) << "unknown report time zone in workspace, using the system's";
        zone = QTimeZone::systemTimeZone();
    }
    setReportZone(zone);
    if (zoneId.isEmpty()) {
        return setSetting(QStringLiteral("report_time_zone"), QString::fromUtf8(m_reportZone.id()));
    }
    return {};
}

void Workspace::setReportZone(const QTimeZone &zone)
{
    m_reportZone = zone;
    m_reportOffsets = ZoneOffsets(zone);
}

qint64 Workspace::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

Status Workspace::migrate()
{
    const int from = schemaVersion();
    const int to = currentSchemaVersion();
    if (from > to) {
        return Error{
            Text::tr("This workspace was written by a newer Callboard (schema version %1; this "
                     "version reads up to %2). Update Callboard to open it.")
                .arg(from)
                .arg(to),
            {},
            0,
            0};
    }
    if (from == to) {
        return {};
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return sqlError(Text::tr("Cannot start the schema update"), db.lastError());
    }
    QSqlQuery query(db);
    const QList<QStringList> &steps = schema::migrationSteps();
    for (int version = from + 1; version <= to; ++version) {
        for (const QString &statement : steps.at(version - 1)) {
            if (!query.exec(statement)) {
                const Error error = sqlError(
                    Text::tr("Cannot update the workspace to schema version %1").arg(version),
                    query.lastError());
                db.rollback();
                return error;
            }
        }
        qCInfo(lcStore) << "migrated workspace to schema version" << version;
        // The numbers stored before were kept as their sources wrote them: they are normalised
        // now, so that they match the numbers imported from now on.
        if (version == schema::numbersAsGivenVersion() && from > 0) {
            if (const Status normalised = normaliseStoredNumbers(); !normalised) {
                db.rollback();
                return normalised;
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) || !db.commit()) {
        const Error error =
            sqlError(Text::tr("Cannot finish the schema update"), query.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Status Workspace::setReportTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid()) {
        return Error{Text::tr("Unknown time zone."), {}, 0, 0};
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return sqlError(Text::tr("Cannot change the report time zone"), db.lastError());
    }
    // Intervals are placed in days like calls: by their start.
    for (const auto &[table, timeColumn] :
         {std::pair{QStringLiteral("calls"), QStringLiteral("attributed_at_ms")},
          std::pair{QStringLiteral("intervals"), QStringLiteral("start_ms")}}) {
        if (const Status status = recomputeLocalTimes(db, table, timeColumn, zone); !status) {
            db.rollback();
            return status;
        }
    }
    setReportZone(zone);
    if (const Status status =
            setSetting(QStringLiteral("report_time_zone"), QString::fromUtf8(zone.id()));
        !status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        return sqlError(Text::tr("Cannot change the report time zone"), db.lastError());
    }
    return {};
}

Status Workspace::normaliseStoredNumbers()
{
    if (const Status settled = settleHomeCountry(); !settled) {
        return settled;
    }
    CallNumberPolicy policy(homeCountry(), std::nullopt);
    const Expected<qint64> changed = rewriteStoredNumbers(policy, true);
    if (!changed) {
        return changed.error();
    }
    // Inside the migration's own transaction, which commits without Workspace::commit().
    m_callsChanged = false;
    QSqlQuery query(database());
    for (const QString &statement : schema::nextContactRefresh()) {
        if (*changed > 0 && !query.exec(statement)) {
            return sqlError(Text::tr("Cannot normalise the stored phone numbers"),
                            query.lastError());
        }
    }
    qCInfo(lcStore) << "normalised the numbers of" << *changed << "stored calls";
    return {};
}

QString Workspace::homeCountry() const
{
    return setting(homeCountryKey);
}

Status Workspace::settleHomeCountry()
{
    // Taken once, like the report zone, so that the workspace reads numbers the same way on a
    // laptop set up for another country; the C locale names no region, and leaves none.
    const QString unset = QStringLiteral("?");
    if (setting(homeCountryKey, unset) != unset) {
        return {};
    }
    return setSetting(homeCountryKey, PhoneNumberNormalizer::regionOfLocale(QLocale::system()));
}

Expected<qint64> Workspace::setHomeCountry(const QString &region)
{
    if (!region.isEmpty() && !PhoneNumberNormalizer::isKnownRegion(region)) {
        return Error{Text::tr("Unknown country code \"%1\": give an ISO 3166 region code such as "
                              "GB or US.")
                         .arg(region),
                     {},
                     0,
                     0};
    }
    if (const Status begun = beginTransaction(); !begun) {
        return begun.error();
    }
    CallNumberPolicy policy(region.toUpper(), std::nullopt);
    Expected<qint64> changed = rewriteStoredNumbers(policy, true);
    Status saved = changed ? setSetting(homeCountryKey, region.toUpper()) : Status(changed.error());
    if (saved) {
        saved = commit();
    }
    if (!saved) {
        rollback();
        return saved.error();
    }
    qCInfo(lcStore) << "home country changed; calls whose numbers were read again:" << *changed;
    return changed;
}

bool Workspace::hashesCallerNumbers() const
{
    return setting(hashNumbersKey) == QLatin1String("on");
}

CallNumberPolicy Workspace::callNumberPolicy() const
{
    std::optional<QByteArray> salt;
    if (hashesCallerNumbers()) {
        salt = QByteArray::fromBase64(setting(saltKey).toLatin1());
    }
    return CallNumberPolicy(homeCountry(), salt);
}

Expected<qint64> Workspace::setHashCallerNumbers(bool on)
{
    if (!on || hashesCallerNumbers()) {
        if (const Status saved =
                setSetting(hashNumbersKey, on ? QStringLiteral("on") : QStringLiteral("off"));
            !saved) {
            return saved.error();
        }
        return qint64(0);
    }
    if (const Status secured = secureDelete(); !secured) {
        return secured.error();
    }
    if (const Status begun = beginTransaction(); !begun) {
        return begun.error();
    }
    // The salt is made once: turning hashing off and on again gives the same hashes, so the
    // callers stored in between are still recognised.
    Status saved;
    if (setting(saltKey).isEmpty()) {
        saved = setSetting(saltKey, QString::fromLatin1(PhoneNumberHasher::newSalt().toBase64()));
    }
    if (saved) {
        saved = setSetting(hashNumbersKey, QStringLiteral("on"));
    }
    Expected<qint64> changed = qint64(0);
    if (saved) {
        CallNumberPolicy policy = callNumberPolicy();
        changed = rewriteStoredNumbers(policy, false);
        saved = changed ? hashStoredLeadPhones(policy) : Status(changed.error());
    }
    if (saved) {
        saved = commit();
    }
    if (!saved) {
        rollback();
        return saved.error();
    }
    rewriteWithoutRemnants();
    qCInfo(lcStore) << "caller numbers hashed in" << *changed << "calls";
    return changed;
}

Status Workspace::hashStoredLeadPhones(CallNumberPolicy &policy)
{
    const QString failed = Text::tr("Cannot rewrite the stored phone numbers");
    // A lead rebuilt from its columns (a row, or an import log snapshot), its phone hashed.
    auto hashed = [&policy](const std::function<QVariant(const QString &)> &column) {
        Lead lead;
        lead.phone = column(QStringLiteral("phone")).toString();
        lead.createdAtMs = column(QStringLiteral("created_at_ms")).toLongLong();
        lead.owner = column(QStringLiteral("owner")).toString();
        lead.campaign = column(QStringLiteral("campaign")).toString();
        lead.status = column(QStringLiteral("status")).toString();
        lead.rawRecord = column(QStringLiteral("raw")).toString();
        policy.apply(lead);
        return lead;
    };
    QSqlQuery rows(database());
    if (!rows.exec(QStringLiteral("SELECT id, phone, created_at_ms, owner, campaign, status, raw"
                                  " FROM leads WHERE phone IS NOT NULL"))) {
        return sqlError(failed, rows.lastError());
    }
    std::vector<std::pair<qint64, Lead>> leads;
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        leads.emplace_back(rows.value(0).toLongLong(),
                           hashed([&rows, &record](const QString &name) {
                               return rows.value(record.indexOf(name));
                           }));
    }
    QSqlQuery write(database());
    write.prepare(QStringLiteral("UPDATE leads SET phone = ?, raw = ?, content_hash = ?"
                                 " WHERE id = ?"));
    for (const auto &[id, lead] : leads) {
        write.addBindValue(lead.phone);
        write.addBindValue(orNull(lead.rawRecord));
        write.addBindValue(contentHash(lead));
        write.addBindValue(id);
        if (!write.exec()) {
            return sqlError(failed, write.lastError());
        }
    }
    // Their previous states in the import log, which an undo would bring back.
    if (!rows.exec(QStringLiteral("SELECT rowid, previous FROM import_lead_changes"))) {
        return sqlError(failed, rows.lastError());
    }
    std::vector<std::pair<qint64, QJsonObject>> snapshots;
    while (rows.next()) {
        QJsonObject previous = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        if (previous.value(u"phone").toString().isEmpty()) {
            continue;
        }
        const Lead lead =
            hashed([&previous](const QString &name) { return previous.value(name).toVariant(); });
        previous.insert(QStringLiteral("phone"), lead.phone);
        previous.insert(QStringLiteral("raw"), lead.rawRecord);
        previous.insert(QStringLiteral("content_hash"), contentHash(lead));
        snapshots.emplace_back(rows.value(0).toLongLong(), previous);
    }
    write.prepare(QStringLiteral("UPDATE import_lead_changes SET previous = ? WHERE rowid = ?"));
    for (const auto &[row, previous] : snapshots) {
        write.addBindValue(
            QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
        write.addBindValue(row);
        if (!write.exec()) {
            return sqlError(failed, write.lastError());
        }
    }
    qCDebug(lcStore) << "hashed the phones of" << leads.size() << "leads";
    return {};
}

Expected<qint64> Workspace::rewriteStoredNumbers(CallNumberPolicy &policy, bool onlyAsGiven)
{
    QSqlDatabase db = database();
    const QString failed = Text::tr("Cannot rewrite the stored phone numbers");
    QHash<qint64, QString> agentNames;
    {
        QSqlQuery agents(db);
        if (!agents.exec(QStringLiteral("SELECT id, name FROM agents"))) {
            return sqlError(failed, agents.lastError());
        }
        while (agents.next()) {
            agentNames.insert(agents.value(0).toLongLong(), agents.value(1).toString());
        }
    }
    const QString filter =
        onlyAsGiven ? QStringLiteral("(caller_number_given IS NOT NULL"
                                     " OR callee_number_given IS NOT NULL"
                                     " OR tracking_number_given IS NOT NULL)")
                    : QStringLiteral("(caller_number IS NOT NULL OR callee_number IS NOT NULL"
                                     " OR tracking_number IS NOT NULL)");
    QStringList assignments;
    for (const auto &[name, value] : numberColumns(Call())) {
        assignments.append(name + QStringLiteral(" = ?"));
    }
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!read.prepare(QStringLiteral("SELECT * FROM calls WHERE id > ? AND ") + filter
                      + QStringLiteral(" ORDER BY id LIMIT 5000"))
        || !write.prepare(QStringLiteral("UPDATE calls SET ")
                          + assignments.join(QStringLiteral(", "))
                          + QStringLiteral(" WHERE id = ?"))) {
        return sqlError(failed, read.lastError().isValid() ? read.lastError() : write.lastError());
    }
    // In batches by id, each read whole before it is written: the scan never sees its own
    // writes, and memory stays bounded.
    qint64 changed = 0;
    qint64 lastId = 0;
    for (;;) {
        read.addBindValue(lastId);
        if (!read.exec()) {
            return sqlError(failed, read.lastError());
        }
        std::vector<std::pair<qint64, Call>> batch;
        const QSqlRecord record = read.record();
        QHash<QString, int> index;
        for (int i = 0; i < record.count(); ++i) {
            index.insert(record.fieldName(i), i);
        }
        while (read.next()) {
            batch.emplace_back(
                read.value(index.value(QStringLiteral("id"))).toLongLong(),
                callFromColumns(
                    [&](const QString &name) { return read.value(index.value(name, -1)); },
                    agentNames));
        }
        read.finish();
        if (batch.empty()) {
            break;
        }
        for (auto &[id, call] : batch) {
            lastId = id;
            const Call before = call;
            policy.apply(call);
            if (sameNumbers(before, call)) {
                continue;
            }
            for (const auto &[name, value] : numberColumns(call)) {
                write.addBindValue(value);
            }
            write.addBindValue(id);
            if (!write.exec()) {
                return sqlError(failed, write.lastError());
            }
            ++changed;
        }
    }

    // The import log's snapshots of changed calls hold numbers too, restored by an undo.
    QSqlQuery snapshots(db);
    QSqlQuery rewrite(db);
    if (!snapshots.prepare(QStringLiteral("SELECT rowid, previous FROM import_changes"
                                          " WHERE rowid > ? ORDER BY rowid LIMIT 5000"))
        || !rewrite.prepare(
            QStringLiteral("UPDATE import_changes SET previous = ? WHERE rowid = ?"))) {
        return sqlError(failed, snapshots.lastError());
    }
    qint64 lastRow = 0;
    for (;;) {
        snapshots.addBindValue(lastRow);
        if (!snapshots.exec()) {
            return sqlError(failed, snapshots.lastError());
        }
        std::vector<std::pair<qint64, QJsonObject>> batch;
        while (snapshots.next()) {
            batch.emplace_back(
                snapshots.value(0).toLongLong(),
                QJsonDocument::fromJson(snapshots.value(1).toString().toUtf8()).object());
        }
        snapshots.finish();
        if (batch.empty()) {
            break;
        }
        for (auto &[row, previous] : batch) {
            lastRow = row;
            // A snapshot keeps NULL columns as empty strings (QJsonValue::fromVariant).
            Call call = callFromColumns(
                [&previous](const QString &name) {
                    const QJsonValue value = previous.value(name);
                    return value.isString() && value.toString().isEmpty() ? QVariant()
                                                                          : value.toVariant();
                },
                agentNames);
            const Call before = call;
            policy.apply(call);
            if (sameNumbers(before, call)) {
                continue;
            }
            for (const auto &[name, value] : numberColumns(call)) {
                previous.insert(name, QJsonValue::fromVariant(value));
            }
            rewrite.addBindValue(
                QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
            rewrite.addBindValue(row);
            if (!rewrite.exec()) {
                return sqlError(failed, rewrite.lastError());
            }
        }
    }
    if (changed > 0) {
        markCallsChanged(); // caller keys changed: next contacts are recomputed at commit
    }
    return changed;
}

Status Workspace::secureDelete()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        return sqlError(Text::tr("Cannot prepare the workspace to erase data"), query.lastError());
    }
    return {};
}

void Workspace::rewriteWithoutRemnants()
{
    // secure_delete zeroes the cells it deletes, but a B-tree page that is rebalanced or
    // defragmented can keep an old cell's bytes in its unused space: a clear number was found
    // in an index page after hashing. VACUUM writes every page anew, leaving nothing behind.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("VACUUM"))) {
        qCWarning(lcStore) << "the workspace could not be rewritten now:"
                           << query.lastError().text();
    }
    // Another connection still reading (an open window) keeps the log from being emptied; its
    // pages are then overwritten as the log is reused, and emptied at the next checkpoint.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()
        || query.value(0).toInt() != 0) {
        qCWarning(lcStore) << "the write-ahead log could not be emptied now";
    }
}

QDate Workspace::purgeCutoff(const QDate &today, int months)
{
    return QDate(today.year(), today.month(), 1).addMonths(-months);
}

Expected<PurgeResult> Workspace::purgeCallsOlderThan(int months, const QDate &today, qint64 nowMs)
{
    PurgeResult result;
    result.firstKeptDay = purgeCutoff(today, months);
    if (months < 1 || !result.firstKeptDay.isValid()) {
        return Error{Text::tr("A purge keeps at least the current month and the one before: give "
                              "1 month or more."),
                     {},
                     0,
                     0};
    }
    if (const Status secured = secureDelete(); !secured) {
        return secured.error();
    }
    if (const Status begun = beginTransaction(); !begun) {
        return begun.error();
    }
    const QString failed = Text::tr("Cannot purge the old calls");
    QSqlQuery query(database());
    const qint64 cutoff = result.firstKeptDay.toJulianDay();
    // The imports that wrote a purged call (added or changed it) can no longer be undone exactly:
    // they are marked, and undo refuses them.
    query.prepare(QStringLiteral(
        "UPDATE imports SET purged_at_ms = :now WHERE purged_at_ms IS NULL AND id IN ("
        " SELECT import_id FROM calls WHERE local_day < :cutoff AND import_id IS NOT NULL"
        " UNION SELECT created_by_import FROM calls WHERE local_day < :cutoff"
        " AND created_by_import IS NOT NULL"
        " UNION SELECT c.import_id FROM import_changes c JOIN calls ON calls.id = c.call_id"
        " WHERE calls.local_day < :cutoff)"));
    query.bindValue(QStringLiteral(":now"), nowMs);
    query.bindValue(QStringLiteral(":cutoff"), cutoff);
    if (!query.exec()) {
        const Error error = sqlError(failed, query.lastError());
        rollback();
        return error;
    }
    result.imports = query.numRowsAffected();
    for (const char *sql : {"DELETE FROM import_changes WHERE call_id IN"
                            " (SELECT id FROM calls WHERE local_day < ?)",
                            "DELETE FROM calls WHERE local_day < ?"}) {
        query.prepare(QLatin1String(sql));
        query.addBindValue(cutoff);
        if (!query.exec()) {
            const Error error = sqlError(failed, query.lastError());
            rollback();
            return error;
        }
    }
    result.calls = query.numRowsAffected();
    if (result.calls > 0) {
        markCallsChanged();
    }
    if (const Status committed = commit(); !committed) {
        rollback();
        return committed.error();
    }
    rewriteWithoutRemnants();
    qCInfo(lcStore) << "purged" << result.calls << "calls before julian day" << cutoff
                    << "imports no longer undoable" << result.imports;
    return result;
}

Status Workspace::beginTransaction()
{
    QSqlDatabase db = database();
    // BEGIN IMMEDIATE takes the write lock now, so a concurrent writer waits on the busy timeout
    // here instead of failing half-way through an import.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return sqlError(Text::tr("Cannot start writing to the workspace"), query.lastError());
    }
    return {};
}

Status Workspace::deferCallIndexesIfEmpty()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM calls)")) || !query.next()) {
        return sqlError(Text::tr("Cannot read the workspace"), query.lastError());
    }
    if (query.value(0).toBool() || !m_deferredIndexes.isEmpty()) {
        return {};
    }
    // The definitions are read from the schema as it is, so that they stay right as it evolves.
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = 'calls' AND sql IS NOT NULL"))) {
        return sqlError(Text::tr("Cannot read the workspace"), query.lastError());
    }
    QList<std::pair<QString, QString>> indexes;
    while (query.next()) {
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish();
    for (const auto &[name, definition] : indexes) {
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            return sqlError(Text::tr("Cannot prepare the workspace for a large import"),
                            query.lastError());
        }
        m_deferredIndexes.append(definition);
    }
    m_refreshEveryNextContact = true; // every caller is new: no list of them is worth keeping
    qCDebug(lcStore) << "deferred" << m_deferredIndexes.size() << "indexes of an empty calls table";
    return {};
}

Status Workspace::commit()
{
    QSqlQuery query(database());
    for (const QString &definition : std::as_const(m_deferredIndexes)) {
        if (!query.exec(definition)) {
            return sqlError(Text::tr("Cannot save to the workspace"), query.lastError());
        }
    }
    if (m_callsChanged) {
        // Derived data is brought up to date inside the same transaction, so no reader ever
        // sees new calls with stale next contacts.
        if (const Status refreshed = refreshNextContacts(); !refreshed) {
            return refreshed;
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return sqlError(Text::tr("Cannot save to the workspace"), query.lastError());
    }
    forgetTransaction();
    return {};
}

Status Workspace::refreshNextContacts()
{
    using schema::NextContactScope;
    NextContactScope scope = NextContactScope::TouchedCallers;
    if (!m_deferredIndexes.isEmpty()) {
        scope = NextContactScope::EveryNewCall; // the calls table was empty when this began
    } else if (m_refreshEveryNextContact) {
        scope = NextContactScope::EveryCall;
    } else if (const Status listed = listTouchedCallers(); !listed) {
        return listed;
    }
    QSqlQuery query(database());
    for (const QString &statement : schema::nextContactRefresh(scope)) {
        if (!query.exec(statement)) {
            return sqlError(Text::tr("Cannot save to the workspace"), query.lastError());
        }
    }
    qCDebug(lcStore) << "refreshed next contacts:"
                     << (scope == NextContactScope::TouchedCallers
                             ? QString::number(m_touchedCallers.size()) + QStringLiteral(" callers")
                             : QStringLiteral("all calls"));
    return {};
}

Status Workspace::listTouchedCallers()
{
    QSqlQuery query(database());
    for (const char *statement : {"CREATE TEMP TABLE IF NOT EXISTS touched_callers"
                                  " (caller_key TEXT PRIMARY KEY) WITHOUT ROWID",
                                  "DELETE FROM temp.touched_callers"}) {
        if (!query.exec(QLatin1String(statement))) {
            return sqlError(Text::tr("Cannot save to the workspace"), query.lastError());
        }
    }
    PreparedStatement insert;
    if (!insert.prepare(database(),
                        QStringLiteral("INSERT INTO temp.touched_callers VALUES (?)"))) {
        return Error{Text::tr("Cannot save to the workspace: %1").arg(insert.lastError()),
                     {},
                     0,
                     0};
    }
    for (const QString &callerKey : std::as_const(m_touchedCallers)) {
        insert.bind(0, callerKey);
        if (!insert.exec()) {
            return Error{Text::tr("Cannot save to the workspace: %1").arg(insert.lastError()),
                         {},
                         0,
                         0};
        }
    }
    return {};
}

void Workspace::forgetTransaction()
{
    m_callsChanged = false;
    m_refreshEveryNextContact = false;
    m_touchedCallers.clear();
    m_deferredIndexes.clear();
    m_expectNewCalls = true;
}

void Workspace::rollback()
{
    // Agents created inside the transaction vanish with it, and the rollback brings back any
    // dropped index.
    m_agentIds.clear();
    forgetTransaction();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("ROLLBACK"))) {
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
    }
}

Expected<qint64> Workspace::agentId(const QString &name)
{
    if (const auto known = m_agentIds.constFind(name); known != m_agentIds.cend()) {
        return *known;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO agents (name) VALUES (?) "
                                 "ON CONFLICT (name) DO UPDATE SET name = excluded.name "
                                 "RETURNING id"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return sqlError(Text::tr("Cannot store an agent"), query.lastError());
    }
    const qint64 id = query.value(0).toLongLong();
    m_agentIds.insert(name, id);
    return id;
}

/// The statements every stored call goes through, prepared once per connection.
struct Workspace::CallStatements
{
    PreparedStatement find;
    PreparedStatement insert;
    PreparedStatement update;
};

Status Workspace::prepareCallStatements()
{
    if (m_statements) {
        return {};
    }
    auto statements = std::make_unique<CallStatements>();
    const QStringList &content = contentColumns();
    const QString placeholders = QStringLiteral(", ?").repeated(content.size());
    const bool prepared =
        statements->find.prepare(database(),
                                 QStringLiteral("SELECT id, content_hash, caller_key FROM calls"
                                                " WHERE source = ? AND source_id = ? AND leg = ?"))
        && statements->update.prepare(database(),
                                      QStringLiteral("UPDATE calls SET %1 = ? WHERE id = ?")
                                          .arg(content.join(QStringLiteral(" = ?, "))))
        && statements->insert.prepare(
            database(),
            QStringLiteral("INSERT INTO calls (source, source_id, leg, created_by_import, %1)"
                           " VALUES (?, ?, ?, ?%2) ON CONFLICT (source, source_id, leg) DO NOTHING")
                .arg(content.join(QStringLiteral(", ")), placeholders));
    if (!prepared) {
        const QString error = !statements->find.lastError().isEmpty() ? statements->find.lastError()
                              : !statements->update.lastError().isEmpty()
                                  ? statements->update.lastError()
                                  : statements->insert.lastError();
        return Error{Text::tr("Cannot prepare to store calls: %1").arg(error), {}, 0, 0};
    }
    m_statements = std::move(statements);
    return {};
}

Expected<UpsertOutcome> Workspace::upsertCall(const Call &call, qint64 importId)
{
    if (const Status prepared = prepareCallStatements(); !prepared) {
        return prepared.error();
    }
    const qint64 hash = contentHash(call);
    // A file is nearly always all new calls or all known ones, so the last call's fate says which
    // statement to try first: new calls then cost one statement instead of a look-up and a write.
    if (m_expectNewCalls) {
        const Expected<bool> inserted = insertCall(call, hash, importId);
        if (!inserted) {
            return inserted.error();
        }
        if (*inserted) {
            return UpsertOutcome::Inserted;
        }
        m_expectNewCalls = false;
    }

    PreparedStatement &find = m_statements->find;
    find.bind(0, call.source);
    find.bind(1, call.sourceId);
    find.bind(2, call.leg);
    if (!find.exec()) {
        return Error{Text::tr("Cannot look up a call: %1").arg(find.lastError()), {}, 0, 0};
    }
    if (!find.next()) {
        find.finish();
        m_expectNewCalls = true;
        const Expected<bool> inserted = insertCall(call, hash, importId);
        if (!inserted) {
            return inserted.error();
        }
        return UpsertOutcome::Inserted;
    }
    const qint64 existingId = find.int64Value(0);
    const bool unchanged = find.int64Value(1) == hash;
    const QString previousCallerKey = find.textValue(2);
    find.finish();
    if (unchanged) {
        return UpsertOutcome::Unchanged;
    }

    if (importId > 0) {
        if (const Status kept = ImportLog(*this).recordChange(importId, existingId); !kept) {
            return kept.error();
        }
    }
    PreparedStatement &update = m_statements->update;
    int at = 0;
    if (const Status bound = bindCallContent(update, at, call, hash, importId); !bound) {
        return bound.error();
    }
    update.bind(at, existingId);
    if (!update.exec()) {
        return Error{Text::tr("Cannot store a call: %1").arg(update.lastError()), {}, 0, 0};
    }
    noteCallerTouched(previousCallerKey);
    noteCallerTouched(call.callerKey());
    return UpsertOutcome::Updated;
}

Expected<bool> Workspace::insertCall(const Call &call, qint64 hash, qint64 importId)
{
    PreparedStatement &insert = m_statements->insert;
    int at = 0;
    insert.bind(at++, call.source);
    insert.bind(at++, call.sourceId);
    insert.bind(at++, call.leg);
    insert.bind(at++, importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (const Status bound = bindCallContent(insert, at, call, hash, importId); !bound) {
        return bound.error();
    }
    if (!insert.exec()) {
        return Error{Text::tr("Cannot store a call: %1").arg(insert.lastError()), {}, 0, 0};
    }
    if (insert.changedRows() == 0) {
        return false; // the key is taken: the caller looks the stored call up
    }
    noteCallerTouched(call.callerKey());
    return true;
}

Status Workspace::bindCallContent(PreparedStatement &write,
                                  int &at,
                                  const Call &call,
                                  qint64 hash,
                                  qint64 importId)
{
    // Braces, not parentheses: Clang reads `agent(QMetaType(...))` as a function declaration.
    QVariant agent{QMetaType(QMetaType::LongLong)};
    if (!call.agent.isEmpty()) {
        const Expected<qint64> id = agentId(call.agent);
        if (!id) {
            return id.error();
        }
        agent = *id;
    }
    const LocalDayHour local = m_reportOffsets.localDayHour(call.attributedAtMs());
    auto bind = [&write, &at](const QVariant &value) { write.bind(at++, value); };
    bind(static_cast<int>(call.direction));
    bind(static_cast<int>(call.outcome));
    bind(orNull(call.outcomeReason));
    bind(call.arrivedAtMs);
    bind(orNull(call.queueEnteredAtMs));
    bind(orNull(call.answeredAtMs));
    bind(orNull(call.endedAtMs));
    bind(call.attributedAtMs());
    bind(local.julianDay);
    bind(local.hour);
    bind(orNull(call.waitSeconds));
    bind(orNull(call.ringSeconds));
    bind(orNull(call.talkSeconds));
    bind(orNull(call.holdSeconds));
    bind(orNull(call.afterCallWorkSeconds));
    bind(agent);
    bind(orNull(call.queue));
    bind(orNull(call.callerNumber));
    bind(orNull(call.calleeNumber));
    bind(orNull(call.customerId));
    bind(orNull(call.callerKey()));
    bind(orNull(call.trackingNumber));
    bind(orNull(call.callerNumberAsGiven));
    bind(orNull(call.calleeNumberAsGiven));
    bind(orNull(call.trackingNumberAsGiven));
    bind(orNull(call.campaign));
    bind(orNull(call.recordingUrl));
    bind(orNull(call.recordingExpiresAtMs));
    bind(orNull(call.resolved));
    bind(orNull(call.escalated));
    bind(orNull(call.transferred));
    bind(orNull(call.csatScore));
    bind(call.csatScale);
    bind(orNull(call.disposition));
    bind(orNull(call.tags.join(u'\x1f')));
    bind(orNull(call.rawRecord));
    bind(hash);
    bind(importId > 0 ? QVariant(importId) : QVariant());
    return {};
}

void Workspace::noteCallerTouched(const QString &callerKey)
{
    m_callsChanged = true;
    if (!m_refreshEveryNextContact && !callerKey.isEmpty()) {
        m_touchedCallers.insert(callerKey);
    }
}

Expected<UpsertOutcome> Workspace::upsertInterval(const Interval &interval, qint64 importId)
{
    const qint64 hash = contentHash(interval);
    QSqlQuery find(database());
    find.prepare(
        QStringLiteral("SELECT id, content_hash FROM intervals"
                       " WHERE source = ? AND queue = ? AND start_ms = ? AND length_s = ?"));
    // A single-queue report's queue is empty, never NULL, so that its key compares equal.
    const QString queue = interval.queue.isNull() ? QStringLiteral("") : interval.queue;
    find.addBindValue(interval.source);
    find.addBindValue(queue);
    find.addBindValue(interval.startMs);
    find.addBindValue(interval.lengthSeconds);
    if (!find.exec()) {
        return sqlError(Text::tr("Cannot look up an interval"), find.lastError());
    }
    std::optional<qint64> existingId;
    if (find.next()) {
        if (find.value(1).toLongLong() == hash) {
            return UpsertOutcome::Unchanged;
        }
        existingId = find.value(0).toLongLong();
    }
    find.finish();

    QSqlQuery write(database());
    if (existingId) {
        if (importId > 0) {
            if (const Status kept = ImportLog(*this).recordIntervalChange(importId, *existingId);
                !kept) {
                return kept.error();
            }
        }
        write.prepare(QStringLiteral(
            "UPDATE intervals SET local_day = :day, local_hour = :hour, offered = :offered,"
            " answered = :answered, abandoned = :abandoned, asa_s = :asa_s,"
            " asa_count = :asa_count, talk_s = :talk_s, talk_count = :talk_count,"
            " reported_sl = :sl, reported_sl_threshold_s = :sl_threshold, raw = :raw,"
            " content_hash = :hash, import_id = :import WHERE id = :id RETURNING id"));
        write.bindValue(QStringLiteral(":id"), *existingId);
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO intervals (source, queue, start_ms, length_s, local_day, local_hour,"
            " offered, answered, abandoned, asa_s, asa_count, talk_s, talk_count, reported_sl,"
            " reported_sl_threshold_s, raw, content_hash, import_id, created_by_import)"
            " VALUES (:source, :queue, :start, :length, :day, :hour, :offered, :answered,"
            " :abandoned, :asa_s, :asa_count, :talk_s, :talk_count, :sl, :sl_threshold, :raw,"
            " :hash, :import, :import) RETURNING id"));
        write.bindValue(QStringLiteral(":source"), interval.source);
        write.bindValue(QStringLiteral(":queue"), queue);
        write.bindValue(QStringLiteral(":start"), interval.startMs);
        write.bindValue(QStringLiteral(":length"), interval.lengthSeconds);
    }
    const LocalDayHour local = m_reportOffsets.localDayHour(interval.startMs);
    write.bindValue(QStringLiteral(":day"), local.julianDay);
    write.bindValue(QStringLiteral(":hour"), local.hour);
    write.bindValue(QStringLiteral(":offered"), orNull(interval.offered));
    write.bindValue(QStringLiteral(":answered"), orNull(interval.answered));
    write.bindValue(QStringLiteral(":abandoned"), orNull(interval.abandoned));
    for (const auto &[name, average] : {std::pair{QStringLiteral(":asa"), interval.speedOfAnswer},
                                        std::pair{QStringLiteral(":talk"), interval.talk}}) {
        write.bindValue(name + QStringLiteral("_s"),
                        orNull(average ? std::optional<double>(average->seconds) : std::nullopt));
        write.bindValue(name + QStringLiteral("_count"),
                        orNull(average ? std::optional<qint64>(average->count) : std::nullopt));
    }
    const std::optional<ReportedServiceLevel> &serviceLevel = interval.reportedServiceLevel;
    write.bindValue(
        QStringLiteral(":sl"),
        orNull(serviceLevel ? std::optional<double>(serviceLevel->fraction) : std::nullopt));
    write.bindValue(QStringLiteral(":sl_threshold"),
                    orNull(serviceLevel ? std::optional<qint64>(serviceLevel->thresholdSeconds)
                                        : std::nullopt));
    write.bindValue(QStringLiteral(":raw"), orNull(interval.rawRecord));
    write.bindValue(QStringLiteral(":hash"), hash);
    write.bindValue(QStringLiteral(":import"),
                    importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!write.exec() || !write.next()) {
        return sqlError(Text::tr("Cannot store an interval"), write.lastError());
    }
    const qint64 id = write.value(0).toLongLong();
    write.finish();
    if (const Status stored = replaceThresholds(id, interval.answeredWithin); !stored) {
        return stored.error();
    }
    return existingId ? UpsertOutcome::Updated : UpsertOutcome::Inserted;
}

/// What upsertCrmRow stores: one lead or deal, by its key, with the columns its content fills.
struct Workspace::CrmRow
{
    enum class Kind {
        Lead,
        Deal,
    };
    Kind kind = Kind::Lead;
    QString source;
    QString id; ///< The CRM's id: the lead id of a lead, the deal id of a deal.
    QList<std::pair<QString, QVariant>> content;
    qint64 hash = 0;
};

Expected<UpsertOutcome> Workspace::upsertLead(const Lead &lead, qint64 importId)
{
    CrmRow row;
    row.kind = CrmRow::Kind::Lead;
    row.source = lead.source;
    row.id = lead.leadId;
    row.content = {
        {QStringLiteral("phone"), orNull(lead.phone)},
        {QStringLiteral("created_at_ms"), lead.createdAtMs},
        {QStringLiteral("owner"), orNull(lead.owner)},
        {QStringLiteral("campaign"), orNull(lead.campaign)},
        {QStringLiteral("status"), orNull(lead.status)},
        {QStringLiteral("raw"), orNull(lead.rawRecord)},
    };
    row.hash = contentHash(lead);
    return upsertCrmRow(row, importId);
}

Expected<UpsertOutcome> Workspace::upsertDeal(const Deal &deal, qint64 importId)
{
    CrmRow row;
    row.kind = CrmRow::Kind::Deal;
    row.source = deal.source;
    row.id = deal.dealId;
    const std::optional<bool> won = deal.state == DealState::Open
                                        ? std::nullopt
                                        : std::optional<bool>(deal.state == DealState::Won);
    row.content = {
        {QStringLiteral("lead_id"), orNull(deal.leadId)},
        {QStringLiteral("opened_at_ms"), deal.openedAtMs},
        {QStringLiteral("closed_at_ms"), orNull(deal.closedAtMs)},
        {QStringLiteral("won"), orNull(won)},
        {QStringLiteral("stage"), orNull(deal.stage)},
        {QStringLiteral("value"), orNull(deal.value)},
        {QStringLiteral("currency"), orNull(deal.currency)},
        {QStringLiteral("raw"), orNull(deal.rawRecord)},
    };
    row.hash = contentHash(deal);
    return upsertCrmRow(row, importId);
}

Expected<UpsertOutcome> Workspace::upsertCrmRow(const CrmRow &row, qint64 importId)
{
    const bool isLead = row.kind == CrmRow::Kind::Lead;
    const QString table = isLead ? QStringLiteral("leads") : QStringLiteral("deals");
    const QString idColumn = isLead ? QStringLiteral("lead_id") : QStringLiteral("deal_id");
    const QString what = isLead ? Text::tr("a lead") : Text::tr("a deal");
    QSqlQuery find(database());
    find.prepare(QStringLiteral("SELECT id, content_hash FROM %1 WHERE source = ? AND %2 = ?")
                     .arg(table, idColumn));
    find.addBindValue(row.source);
    find.addBindValue(row.id);
    if (!find.exec()) {
        return sqlError(Text::tr("Cannot look up %1").arg(what), find.lastError());
    }
    std::optional<qint64> existingId;
    if (find.next()) {
        if (find.value(1).toLongLong() == row.hash) {
            return UpsertOutcome::Unchanged;
        }
        existingId = find.value(0).toLongLong();
    }
    find.finish();

    const QVariant import =
        importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong));
    QStringList columns;
    QVariantList values;
    for (const auto &[column, value] : row.content) {
        columns.append(column);
        values.append(value);
    }
    columns << QStringLiteral("content_hash") << QStringLiteral("import_id");
    values << row.hash << import;
    QSqlQuery write(database());
    if (existingId) {
        if (importId > 0) {
            ImportLog log(*this);
            const Status kept = isLead ? log.recordLeadChange(importId, *existingId)
                                       : log.recordDealChange(importId, *existingId);
            if (!kept) {
                return kept.error();
            }
        }
        write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(table, columns.join(QStringLiteral(" = ?, "))));
        values.append(*existingId);
    } else {
        columns << QStringLiteral("source") << idColumn << QStringLiteral("created_by_import");
        values << row.source << row.id << import;
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                          .arg(table,
                               columns.join(QStringLiteral(", ")),
                               QStringLiteral(", ?").repeated(columns.size() - 1)));
    }
    for (const QVariant &value : std::as_const(values)) {
        write.addBindValue(value);
    }
    if (!write.exec()) {
        return sqlError(Text::tr("Cannot store %1").arg(what), write.lastError());
    }
    return existingId ? UpsertOutcome::Updated : UpsertOutcome::Inserted;
}

Expected<LeadAndDealCounts> Workspace::leadAndDealCounts() const
{
    LeadAndDealCounts counts;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM leads")) || !query.next()) {
        return sqlError(Text::tr("Cannot count the leads"), query.lastError());
    }
    counts.leads = query.value(0).toLongLong();
    if (!query.exec(
            QStringLiteral("SELECT count(*), count(*) FILTER (WHERE won IS NULL),"
                           " count(*) FILTER (WHERE won = 1), count(*) FILTER (WHERE won = 0),"
                           " total(value) FILTER (WHERE won = 1),"
                           " count(*) FILTER (WHERE won = 1 AND value IS NULL) FROM deals"))
        || !query.next()) {
        return sqlError(Text::tr("Cannot count the deals"), query.lastError());
    }
    counts.deals = query.value(0).toLongLong();
    counts.dealsOpen = query.value(1).toLongLong();
    counts.dealsWon = query.value(2).toLongLong();
    counts.dealsLost = query.value(3).toLongLong();
    counts.wonValue = query.value(4).toDouble();
    counts.wonUnvalued = query.value(5).toLongLong();
    if (!query.exec(QStringLiteral("SELECT DISTINCT currency FROM deals WHERE won = 1"
                                   " AND value IS NOT NULL AND currency IS NOT NULL"
                                   " ORDER BY currency"))) {
        return sqlError(Text::tr("Cannot count the deals"), query.lastError());
    }
    while (query.next()) {
        counts.wonCurrencies.append(query.value(0).toString());
    }
    return counts;
}

Status Workspace::replaceThresholds(qint64 intervalId, const QList<AnsweredWithin> &answeredWithin)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM interval_thresholds WHERE interval_id = ?"));
    query.addBindValue(intervalId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot store an interval"), query.lastError());
    }
    query.prepare(QStringLiteral(
        "INSERT INTO interval_thresholds (interval_id, threshold_s, answered) VALUES (?, ?, ?)"));
    for (const AnsweredWithin &within : answeredWithin) {
        query.addBindValue(intervalId);
        query.addBindValue(within.thresholdSeconds);
        query.addBindValue(within.count);
        if (!query.exec()) {
            return sqlError(Text::tr("Cannot store an interval"), query.lastError());
        }
    }
    return {};
}

Expected<QList<std::pair<qint64, QString>>> Workspace::agents() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, name FROM agents ORDER BY name"))) {
        return sqlError(Text::tr("Cannot read the agents"), query.lastError());
    }
    QList<std::pair<qint64, QString>> agents;
    while (query.next()) {
        agents.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return agents;
}

Expected<std::optional<qint64>> Workspace::agentIdByName(const QString &name) const
{
    // The exact name first; failing that, the one agent whose name differs only in case.
    for (const char *sql : {"SELECT id FROM agents WHERE name = ?",
                            "SELECT id FROM agents WHERE name = ? COLLATE NOCASE"}) {
        QSqlQuery query(database());
        query.prepare(QLatin1String(sql));
        query.addBindValue(name);
        if (!query.exec()) {
            return sqlError(Text::tr("Cannot read the agents"), query.lastError());
        }
        if (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!query.next()) {
                return std::optional<qint64>(id);
            }
        }
    }
    return std::optional<qint64>();
}

QString Workspace::setting(const QString &key, const QString &defaultValue) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return defaultValue;
}

Expected<QList<std::pair<QString, QString>>>
Workspace::settingsStartingWith(const QString &prefix) const
{
    QSqlQuery query(database());
    // substr() rather than LIKE, whose wildcards a prefix could hold.
    query.prepare(QStringLiteral("SELECT key, value FROM settings"
                                 " WHERE substr(key, 1, ?) = ? ORDER BY key"));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot read the workspace settings"), query.lastError());
    }
    QList<std::pair<QString, QString>> settings;
    while (query.next()) {
        settings.append({query.value(0).toString(), query.value(1).toString()});
    }
    return settings;
}

Status Workspace::removeSetting(const QString &key)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save a workspace setting"), query.lastError());
    }
    return {};
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // empty, never NULL
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save a workspace setting"), query.lastError());
    }
    return {};
}

} // namespace callboard
