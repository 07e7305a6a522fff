#include "PreparedStatement.h"

#include "common/Logging.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace callboard {

sqlite3 *PreparedStatement::nativeHandle(const QSqlDatabase &db)
{
    // CALLBOARD_PORTABLE_SQL=1 takes the portable path everywhere, so that tests cover it here.
    if (qEnvironmentVariableIntValue("CALLBOARD_PORTABLE_SQL") == 1) {
        return nullptr;
    }
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    // The handle is only ours to use if Qt's driver runs the very SQLite build linked here.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_source_id()")) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
        qCInfo(lcStore) << "Qt's SQLite driver uses another SQLite build; storing calls through"
                           " QtSql";
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);
}

bool PreparedStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    m_db = nativeHandle(db);
    if (!m_db) {
        m_query.emplace(db);
        const bool prepared = m_query->prepare(sql);
        m_error = m_query->lastError().text();
        return prepared;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db,
                           text.constData(),
                           int(text.size()),
                           SQLITE_PREPARE_PERSISTENT,
                           &m_statement,
                           nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

void PreparedStatement::bind(int index, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(index, value);
        return;
    }
    if (sqlite3_stmt_busy(m_statement)) {
        finish(); // SQLite binds only to a statement that is not running
    }
    const int position = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    default: {
        // The workspace is UTF-8: Qt's conversion is quicker than SQLite's from UTF-16.
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement,
                          position,
                          text.constData(),
                          int(text.size()),
                          SQLITE_TRANSIENT);
    }
    }
}

bool PreparedStatement::step()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

bool PreparedStatement::exec()
{
    if (m_query) {
        const bool done = m_query->exec();
        m_error = m_query->lastError().text();
        return done;
    }
    m_error.clear();
    m_hasRow = step();
    m_rowPending = m_hasRow;
    if (!m_hasRow) {
        sqlite3_reset(m_statement); // done: let go of the statement's read or write lock
    }
    return m_error.isEmpty();
}

bool PreparedStatement::next()
{
    if (m_query) {
        return m_query->next();
    }
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    m_hasRow = m_hasRow && step();
    if (!m_hasRow) {
        sqlite3_reset(m_statement);
    }
    return m_hasRow;
}

qint64 PreparedStatement::int64Value(int column) const
{
    if (m_query) {
        return m_query->value(column).toLongLong();
    }
    return sqlite3_column_int64(m_statement, column);
}

double PreparedStatement::doubleValue(int column) const
{
    if (m_query) {
        return m_query->value(column).toDouble();
    }
    return sqlite3_column_double(m_statement, column);
}

bool PreparedStatement::isNull(int column) const
{
    if (m_query) {
        return m_query->value(column).isNull();
    }
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString PreparedStatement::textValue(int column) const
{
    if (m_query) {
        return m_query->value(column).toString();
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return text ? QString(reinterpret_cast<const QChar *>(text), bytes / int(sizeof(char16_t)))
                : QString();
}

qint64 PreparedStatement::changedRows() const
{
    if (m_query) {
        return m_query->numRowsAffected();
    }
    return sqlite3_changes(m_db);
}

void PreparedStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
    m_hasRow = false;
    m_rowPending = false;
}

} // namespace callboard
