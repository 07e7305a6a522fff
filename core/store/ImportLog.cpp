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

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)
};

/// Restores the columns in @p previous (a JSON object written by recordChange) of call @p callId.
Status restoreCall(QSqlDatabase db, qint64 callId, const QJsonObject &previous)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        // Column names come from our own schema, never from input; check them all the same.
        const QString &column = it.key();
        const bool safe = std::all_of(column.cbegin(), column.cend(), [](QChar c) {
            return c.isLower() || c.isDigit() || c == u'_';
        });
        if (!safe || column == QLatin1String("id")) {
            continue;
        }
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(it.value().toVariant());
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE calls SET ") + assignments.join(QStringLiteral(", "))
                   + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values)) {
        update.addBindValue(value);
    }
    update.addBindValue(callId);
    if (!update.exec()) {
        return sqlError(Text::tr("Cannot restore a call"), update.lastError());
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
    query.addBindValue(record.sha256);
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
    query.prepare(QStringLiteral("UPDATE imports SET rows = ?, imported = ?, updated = ?,"
                                 " duplicates = ?, rejected = ? WHERE id = ?"));
    query.addBindValue(record.rows);
    query.addBindValue(record.imported);
    query.addBindValue(record.updated);
    query.addBindValue(record.duplicates);
    query.addBindValue(record.rejected);
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
    QSqlQuery read(m_workspace.database());
    read.prepare(QStringLiteral("SELECT * FROM calls WHERE id = ?"));
    read.addBindValue(callId);
    if (!read.exec() || !read.next()) {
        return sqlError(Text::tr("Cannot keep the previous state of a call"), read.lastError());
    }
    QJsonObject previous;
    const QSqlRecord record = read.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("id")) {
            previous.insert(record.fieldName(i), QJsonValue::fromVariant(read.value(i)));
        }
    }
    QSqlQuery write(m_workspace.database());
    write.prepare(QStringLiteral(
        "INSERT INTO import_changes (import_id, call_id, previous) VALUES (?, ?, ?)"));
    write.addBindValue(importId);
    write.addBindValue(callId);
    write.addBindValue(QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
    if (!write.exec()) {
        return sqlError(Text::tr("Cannot keep the previous state of a call"), write.lastError());
    }
    return {};
}

Expected<QList<ImportRecord>> ImportLog::imports() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, file_name, path, sha256, format, time_zone,"
                                   " imported_at_ms, rows, imported, updated, duplicates, rejected,"
                                   " undone_at_ms, header FROM imports ORDER BY id"))) {
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
        for (const QJsonValue name :
             QJsonDocument::fromJson(query.value(13).toByteArray()).array()) {
            record.header.append(name.toString());
        }
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
    query.prepare(QStringLiteral("SELECT undone_at_ms FROM imports WHERE id = ?"));
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

    // A call this import wrote that a later import has written since would lose that later
    // change: the later import must be undone first.
    query.prepare(
        QStringLiteral("SELECT DISTINCT c.import_id FROM calls c"
                       " WHERE c.import_id <> :id AND (c.created_by_import = :id OR c.id IN"
                       " (SELECT call_id FROM import_changes WHERE import_id = :id))"
                       " ORDER BY c.import_id"));
    query.bindValue(QStringLiteral(":id"), importId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot read the import log"), query.lastError());
    }
    QStringList later;
    while (query.next()) {
        later.append(query.value(0).toString());
    }
    if (!later.isEmpty()) {
        return Error{Text::tr("Later imports (%1) changed calls that import %2 wrote; undo them "
                              "first.")
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
    query.prepare(QStringLiteral("DELETE FROM calls WHERE created_by_import = ?"));
    query.addBindValue(importId);
    if (!query.exec()) {
        return abandon(sqlError(Text::tr("Cannot undo the import"), query.lastError()));
    }
    result.removed = query.numRowsAffected();

    // Newest snapshot first, so a call changed twice by the import ends as it was before both.
    QSqlQuery changes(db);
    changes.prepare(QStringLiteral("SELECT call_id, previous FROM import_changes"
                                   " WHERE import_id = ? ORDER BY rowid DESC"));
    changes.addBindValue(importId);
    if (!changes.exec()) {
        return abandon(sqlError(Text::tr("Cannot undo the import"), changes.lastError()));
    }
    QSet<qint64> restored;
    while (changes.next()) {
        const qint64 callId = changes.value(0).toLongLong();
        const QJsonObject previous =
            QJsonDocument::fromJson(changes.value(1).toString().toUtf8()).object();
        if (const Status status = restoreCall(db, callId, previous); !status) {
            return abandon(status.error());
        }
        restored.insert(callId);
    }
    result.restored = restored.size();

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
                    << result.restored;
    return result;
}

} // namespace callboard
