#include "ImportLog.h"

#include "Workspace.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)
};

/// Column and table names come from our own schema, never from input; checked all the same.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLower() || c.isDigit() || c == u'_';
    });
}

/// Restores the columns in @p previous (a JSON object written by rowSnapshot) of row @p rowId of
/// @p table.
Status restoreRow(QSqlDatabase db, const QString &table, qint64 rowId, const QJsonObject &previous)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        const QString &column = it.key();
        if (!isPlainName(column) || column == QLatin1String("id")) {
            continue;
        }
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(it.value().toVariant());
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                   + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values)) {
        update.addBindValue(value);
    }
    update.addBindValue(rowId);
    if (!update.exec()) {
        return sqlError(Text::tr("Cannot restore what an import changed"), update.lastError());
    }
    return {};
}

/// Every column of row @p rowId of @p table but its id, as a JSON object.
Expected<QJsonObject> rowSnapshot(QSqlDatabase db, const QString &table, qint64 rowId)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
    read.addBindValue(rowId);
    if (!read.exec() || !read.next()) {
        return sqlError(Text::tr("Cannot keep the previous state of a changed row"),
                        read.lastError());
    }
    QJsonObject previous;
    const QSqlRecord record = read.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) == QLatin1String("id")) {
            continue;
        }
        // The driver hands NULL back as a null QString, which fromVariant() would turn into "":
        // kept as JSON null, it is restored as NULL.
        previous.insert(record.fieldName(i),
                        read.isNull(i) ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue::fromVariant(read.value(i)));
    }
    return previous;
}

/// The key under which an interval's snapshot keeps its answered-within counts, beside its
/// columns (no column has this name).
const QLatin1String thresholdsKey("answered_within");

/// The answered-within counts of interval @p intervalId, as [[threshold, count], ...].
Expected<QJsonArray> thresholdSnapshot(QSqlDatabase db, qint64 intervalId)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT threshold_s, answered FROM interval_thresholds"
                                " WHERE interval_id = ? ORDER BY threshold_s"));
    read.addBindValue(intervalId);
    if (!read.exec()) {
        return sqlError(Text::tr("Cannot keep the previous state of a changed row"),
                        read.lastError());
    }
    QJsonArray thresholds;
    while (read.next()) {
        thresholds.append(QJsonArray{read.value(0).toLongLong(), read.value(1).toLongLong()});
    }
    return thresholds;
}

Status restoreThresholds(QSqlDatabase db, qint64 intervalId, const QJsonArray &thresholds)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM interval_thresholds WHERE interval_id = ?"));
    query.addBindValue(intervalId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot restore what an import changed"), query.lastError());
    }
    query.prepare(QStringLiteral(
        "INSERT INTO interval_thresholds (interval_id, threshold_s, answered) VALUES (?, ?, ?)"));
    for (const QJsonValue &pair : thresholds) {
        query.addBindValue(intervalId);
        query.addBindValue(pair.toArray().at(0).toInteger());
        query.addBindValue(pair.toArray().at(1).toInteger());
        if (!query.exec()) {
            return sqlError(Text::tr("Cannot restore what an import changed"), query.lastError());
        }
    }
    return {};
}

/// Keeps @p previous as the state of row @p rowId before import @p importId changed it.
Status keepSnapshot(QSqlDatabase db,
                    const QString &changesTable,
                    const QString &idColumn,
                    qint64 importId,
                    qint64 rowId,
                    const QJsonObject &previous)
{
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO ") + changesTable + QStringLiteral(" (import_id, ")
                  + idColumn + QStringLiteral(", previous) VALUES (?, ?, ?)"));
    write.addBindValue(importId);
    write.addBindValue(rowId);
    write.addBindValue(QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
    if (!write.exec()) {
        return sqlError(Text::tr("Cannot keep the previous state of a changed row"),
                        write.lastError());
    }
    return {};
}

} // namespace

ImportLog::ImportLog(Workspace &workspace)
    : m_workspace(workspace)
{}

Expected<qint64> ImportLog::start(const ImportRecord &record)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO imports (file_name, path, sha256, format, time_zone,"
                                 " header, imported_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.fileName);
    query.addBindValue(record.path);
    // The file's digest may be known only when the import finishes.
    query.addBindValue(record.sha256.isNull() ? QStringLiteral("") : record.sha256);
    query.addBindValue(record.format);
    query.addBindValue(record.timeZone);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(record.header)).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.importedAtMs);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot write the import log"), query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Status ImportLog::finish(const ImportRecord &record)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("UPDATE imports SET sha256 = ?, rows = ?, imported = ?,"
                       " updated = ?, duplicates = ?, rejected = ?, intervals_imported = ?,"
                       " intervals_updated = ?, intervals_duplicates = ?,"
                       " leads_imported = ?, leads_updated = ?, leads_duplicates = ?,"
                       " deals_imported = ?, deals_updated = ?, deals_duplicates = ?"
                       " WHERE id = ?"));
    query.addBindValue(record.sha256);
    query.addBindValue(record.rows);
    query.addBindValue(record.imported);
    query.addBindValue(record.updated);
    query.addBindValue(record.duplicates);
    query.addBindValue(record.rejected);
    query.addBindValue(record.intervalsImported);
    query.addBindValue(record.intervalsUpdated);
    query.addBindValue(record.intervalsDuplicates);
    query.addBindValue(record.leadsImported);
    query.addBindValue(record.leadsUpdated);
    query.addBindValue(record.leadsDuplicates);
    query.addBindValue(record.dealsImported);
    query.addBindValue(record.dealsUpdated);
    query.addBindValue(record.dealsDuplicates);
    query.addBindValue(record.id);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot write the import log"), query.lastError());
    }
    return {};
}

Status ImportLog::addProblem(qint64 importId, const ImportProblem &problem)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO import_problems (import_id, line, column_number,"
                                 " message) VALUES (?, ?, ?, ?)"));
    query.addBindValue(importId);
    query.addBindValue(problem.line);
    query.addBindValue(problem.column);
    query.addBindValue(problem.message);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot write the import log"), query.lastError());
    }
    return {};
}

Status ImportLog::recordChange(qint64 importId, qint64 callId)
{
    const QSqlDatabase db = m_workspace.database();
    const Expected<QJsonObject> previous = rowSnapshot(db, QStringLiteral("calls"), callId);
    if (!previous) {
        return previous.error();
    }
    return keepSnapshot(db,
                        QStringLiteral("import_changes"),
                        QStringLiteral("call_id"),
                        importId,
                        callId,
                        *previous);
}

Status ImportLog::recordIntervalChange(qint64 importId, qint64 intervalId)
{
    const QSqlDatabase db = m_workspace.database();
    Expected<QJsonObject> previous = rowSnapshot(db, QStringLiteral("intervals"), intervalId);
    if (!previous) {
        return previous.error();
    }
    const Expected<QJsonArray> thresholds = thresholdSnapshot(db, intervalId);
    if (!thresholds) {
        return thresholds.error();
    }
    previous->insert(thresholdsKey, *thresholds);
    return keepSnapshot(db,
                        QStringLiteral("import_interval_changes"),
                        QStringLiteral("interval_id"),
                        importId,
                        intervalId,
                        *previous);
}

Status ImportLog::recordLeadChange(qint64 importId, qint64 leadRowId)
{
    const QSqlDatabase db = m_workspace.database();
    const Expected<QJsonObject> previous = rowSnapshot(db, QStringLiteral("leads"), leadRowId);
    if (!previous) {
        return previous.error();
    }
    return keepSnapshot(db,
                        QStringLiteral("import_lead_changes"),
                        QStringLiteral("lead_row_id"),
                        importId,
                        leadRowId,
                        *previous);
}

Status ImportLog::recordDealChange(qint64 importId, qint64 dealRowId)
{
    const QSqlDatabase db = m_workspace.database();
    const Expected<QJsonObject> previous = rowSnapshot(db, QStringLiteral("deals"), dealRowId);
    if (!previous) {
        return previous.error();
    }
    return keepSnapshot(db,
                        QStringLiteral("import_deal_changes"),
                        QStringLiteral("deal_row_id"),
                        importId,
                        dealRowId,
                        *previous);
}

Expected<QList<ImportRecord>> ImportLog::imports() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, file_name, path, sha256, format, time_zone,"
                                   " imported_at_ms, rows, imported, updated, duplicates, rejected,"
                                   " undone_at_ms, intervals_imported, intervals_updated,"
                                   " intervals_duplicates, header, leads_imported, leads_updated,"
                                   " leads_duplicates, deals_imported, deals_updated,"
                                   " deals_duplicates FROM imports ORDER BY id"))) {
        return sqlError(Text::tr("Cannot read the import log"), query.lastError());
    }
    QList<ImportRecord> records;
    while (query.next()) {
        ImportRecord record;
        record.id = query.value(0).toLongLong();
        record.fileName = query.value(1).toString();
        record.path = query.value(2).toString();
        record.sha256 = query.value(3).toString();
        record.format = query.value(4).toString();
        record.timeZone = query.value(5).toString();
        record.importedAtMs = query.value(6).toLongLong();
        record.rows = query.value(7).toLongLong();
        record.imported = query.value(8).toLongLong();
        record.updated = query.value(9).toLongLong();
        record.duplicates = query.value(10).toLongLong();
        record.rejected = query.value(11).toLongLong();
        if (!query.value(12).isNull()) {
            record.undoneAtMs = query.value(12).toLongLong();
        }
        record.intervalsImported = query.value(13).toLongLong();
        record.intervalsUpdated = query.value(14).toLongLong();
        record.intervalsDuplicates = query.value(15).toLongLong();
        for (const QJsonValue name :
             QJsonDocument::fromJson(query.value(16).toByteArray()).array()) {
            record.header.append(name.toString());
        }
        record.leadsImported = query.value(17).toLongLong();
        record.leadsUpdated = query.value(18).toLongLong();
        record.leadsDuplicates = query.value(19).toLongLong();
        record.dealsImported = query.value(20).toLongLong();
        record.dealsUpdated = query.value(21).toLongLong();
        record.dealsDuplicates = query.value(22).toLongLong();
        records.append(record);
    }
    return records;
}

Expected<QList<ImportProblem>> ImportLog::problems(qint64 importId, int limit) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT line, column_number, message FROM import_problems"
                                 " WHERE import_id = ? ORDER BY rowid LIMIT ?"));
    query.addBindValue(importId);
    query.addBindValue(limit);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot read the import log"), query.lastError());
    }
    QList<ImportProblem> problems;
    while (query.next()) {
        problems.append(ImportProblem{query.value(0).toLongLong(),
                                      query.value(1).toInt(),
                                      query.value(2).toString()});
    }
    return problems;
}

Expected<UndoResult> ImportLog::undo(qint64 importId, qint64 nowMs)
{
    QSqlDatabase db = m_workspace.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT undone_at_ms, purged_at_ms FROM imports WHERE id = ?"));
    query.addBindValue(importId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot read the import log"), query.lastError());
    }
    if (!query.next()) {
        return Error{Text::tr("There is no import %1 in this workspace.").arg(importId), {}, 0, 0};
    }
    if (!query.value(0).isNull()) {
        return Error{Text::tr("Import %1 has already been undone.").arg(importId), {}, 0, 0};
    }
    if (!query.value(1).isNull()) {
        // Its snapshots of the purged calls are gone: an undo could not put them back as they
        // were, and would remove only some of what the import added.
        return Error{Text::tr("Import %1 can no longer be undone: a purge removed calls it had "
                              "written.")
                         .arg(importId),
                     {},
                     0,
                     0};
    }

    // A row this import wrote that a later import has written since would lose that later
    // change: the later import must be undone first.
    const std::array<std::tuple<QString, QString, QString>, 4> tables{
        std::tuple{QStringLiteral("calls"),
                   QStringLiteral("import_changes"),
                   QStringLiteral("call_id")},
        std::tuple{QStringLiteral("intervals"),
                   QStringLiteral("import_interval_changes"),
                   QStringLiteral("interval_id")},
        std::tuple{QStringLiteral("leads"),
                   QStringLiteral("import_lead_changes"),
                   QStringLiteral("lead_row_id")},
        std::tuple{QStringLiteral("deals"),
                   QStringLiteral("import_deal_changes"),
                   QStringLiteral("deal_row_id")}};
    QStringList later;
    for (const auto &[table, changes, idColumn] : tables) {
        const Expected<QStringList> laterHere = laterImports(importId, table, changes, idColumn);
        if (!laterHere) {
            return laterHere.error();
        }
        for (const QString &id : *laterHere) {
            if (!later.contains(id)) {
                later.append(id);
            }
        }
    }
    if (!later.isEmpty()) {
        return Error{Text::tr("Later imports (%1) changed calls, intervals, leads or deals that "
                              "import %2 wrote; undo them first.")
                         .arg(later.join(QStringLiteral(", ")))
                         .arg(importId),
                     {},
                     0,
                     0};
    }

    if (const Status begun = m_workspace.beginTransaction(); !begun) {
        return begun.error();
    }
    auto abandon = [this](const Error &error) {
        m_workspace.rollback();
        return error;
    };
    UndoResult result;
    const std::array<std::pair<qint64 *, qint64 *>, 4> counts{
        std::pair{&result.removed, &result.restored},
        std::pair{&result.intervalsRemoved, &result.intervalsRestored},
        std::pair{&result.leadsRemoved, &result.leadsRestored},
        std::pair{&result.dealsRemoved, &result.dealsRestored}};
    for (size_t i = 0; i < tables.size(); ++i) {
        const auto &[table, changes, idColumn] = tables.at(i);
        const Expected<std::pair<qint64, qint64>> reverted =
            revert(importId, table, changes, idColumn);
        if (!reverted) {
            return abandon(reverted.error());
        }
        std::tie(*counts.at(i).first, *counts.at(i).second) = *reverted;
    }

    m_workspace.markCallsChanged();
    query.prepare(QStringLiteral("UPDATE imports SET undone_at_ms = ? WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(importId);
    if (!query.exec()) {
        return abandon(sqlError(Text::tr("Cannot undo the import"), query.lastError()));
    }
    if (const Status committed = m_workspace.commit(); !committed) {
        return abandon(committed.error());
    }
    qCInfo(lcStore) << "undid import" << importId << "removed" << result.removed << "restored"
                    << result.restored << "intervals removed" << result.intervalsRemoved
                    << "restored" << result.intervalsRestored << "leads removed"
                    << result.leadsRemoved << "restored" << result.leadsRestored << "deals removed"
                    << result.dealsRemoved << "restored" << result.dealsRestored;
    return result;
}

Expected<QStringList> ImportLog::laterImports(qint64 importId,
                                              const QString &table,
                                              const QString &changesTable,
                                              const QString &idColumn) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT DISTINCT r.import_id FROM ") + table
                  + QStringLiteral(" r WHERE r.import_id <> :id AND (r.created_by_import = :id"
                                   " OR r.id IN (SELECT ")
                  + idColumn + QStringLiteral(" FROM ") + changesTable
                  + QStringLiteral(" WHERE import_id = :id)) ORDER BY r.import_id"));
    query.bindValue(QStringLiteral(":id"), importId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot read the import log"), query.lastError());
    }
    QStringList later;
    while (query.next()) {
        later.append(query.value(0).toString());
    }
    return later;
}

Expected<std::pair<qint64, qint64>> ImportLog::revert(qint64 importId,
                                                      const QString &table,
                                                      const QString &changesTable,
                                                      const QString &idColumn)
{
    QSqlDatabase db = m_workspace.database();
    QSqlQuery query(db);
    // An interval's answered-within counts go with it (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM ") + table
                  + QStringLiteral(" WHERE created_by_import = ?"));
    query.addBindValue(importId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot undo the import"), query.lastError());
    }
    const qint64 removed = query.numRowsAffected();

    // Newest snapshot first, so a row changed twice by the import ends as it was before both.
    QSqlQuery changes(db);
    changes.prepare(QStringLiteral("SELECT ") + idColumn + QStringLiteral(", previous FROM ")
                    + changesTable + QStringLiteral(" WHERE import_id = ? ORDER BY rowid DESC"));
    changes.addBindValue(importId);
    if (!changes.exec()) {
        return sqlError(Text::tr("Cannot undo the import"), changes.lastError());
    }
    QSet<qint64> restored;
    while (changes.next()) {
        const qint64 rowId = changes.value(0).toLongLong();
        QJsonObject previous =
            QJsonDocument::fromJson(changes.value(1).toString().toUtf8()).object();
        const QJsonValue thresholds = previous.take(thresholdsKey);
        if (const Status status = restoreRow(db, table, rowId, previous); !status) {
            return status.error();
        }
        if (thresholds.isArray()) {
            if (const Status status = restoreThresholds(db, rowId, thresholds.toArray()); !status) {
                return status.error();
            }
        }
        restored.insert(rowId);
    }
    return std::pair{removed, static_cast<qint64>(restored.size())};
}

} // namespace callboard
