#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace callboard {

/// One statement prepared once and run many times, on SQLite's own interface where the
/// connection allows it. Qt's binding does a string lookup per bound value, which made it the
/// largest cost of a million-call import; SQLite binds by index directly.
///
/// The native path needs Qt's SQLite driver to use the same SQLite library that Callboard links
/// (Debian's does). Where it bundles its own copy (Qt's official Windows and macOS builds), the
/// versions differ or may, and the statement goes through QSqlQuery instead: same results, slower.
class PreparedStatement
{
public:
    PreparedStatement() = default;
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    /// The connection's native handle when this process may use it, else nullptr.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    bool prepare(const QSqlDatabase &db, const QString &sql);
    /// Binds @p value (null, integer, floating point or text) to placeholder @p index (from 0).
    void bind(int index, const QVariant &value);
    bool exec();
    /// Steps to the next result row; false when there is none.
    bool next();
    qint64 int64Value(int column) const;
    double doubleValue(int column) const;
    QString textValue(int column) const;
    bool isNull(int column) const;
    /// The rows the last exec() inserted, updated or deleted.
    qint64 changedRows() const;
    /// Ends the current run, so the statement holds no lock and can be run again.
    void finish();
    QString lastError() const { return m_error; }

private:
    bool step();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_hasRow = false;
    bool m_rowPending = false;
    std::optional<QSqlQuery> m_query; // the portable path
    QString m_error;
};

} // namespace callboard
