#include "import/Importer.h"
#include "store/ImportLog.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

namespace {

const QString pwcCsv =
    QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv");

QVariant value(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return QVariant();
    }
    return query.value(0);
}

/// A copy of the PwC log in which call ID0001's rating changed from 3 to @p rating.
QString withRating(const QTemporaryDir &dir, int rating)
{
    QFile original(pwcCsv);
    original.open(QIODevice::ReadOnly);
    QByteArray bytes = original.readAll();
    const QByteArray changed =
        QByteArray("Contract related,Y,Y,109,0:02:23,") + QByteArray::number(rating);
    bytes.replace(QByteArray("Contract related,Y,Y,109,0:02:23,3"), changed);
    const QString path = dir.filePath(QStringLiteral("rating-%1.csv").arg(rating));
    QFile copy(path);
    copy.open(QIODevice::WriteOnly);
    copy.write(bytes);
    return path;
}

} // namespace

class TestImportLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rejectedRowsAreKept();
    void undoRemovesAddedCallsAndRestoresChangedOnes();
    void undoWaitsForLaterImports();
    void undoIsRefusedTwiceAndForUnknownImports();
    void versionOneWorkspacesAreMigrated();

private:
    FileImportResult import(const QString &path)
    {
        Importer importer(*m_workspace);
        return importer.importFile(path, {});
    }
    qint64 calls() const
    {
        return value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    }
    double ratingOfFirstCall() const
    {
        return value(*m_workspace,
                     QStringLiteral("SELECT csat_score FROM calls WHERE source_id = 'ID0001'"))
            .toDouble();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestImportLog::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
}

void TestImportLog::cleanup()
{
    m_workspace.reset();
}

void TestImportLog::rejectedRowsAreKept()
{
    const FileImportResult result =
        import(QStringLiteral(CALLBOARD_TEST_DATA "/pwc-variants/bad-rows.csv"));
    QCOMPARE(result.rejected, 4);
    ImportLog log(*m_workspace);
    const auto imports = log.imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QVERIFY(imports->first().path.endsWith(QLatin1String("pwc-variants/bad-rows.csv")));
    QCOMPARE(imports->first().rejected, 4);
    const auto problems = log.problems(imports->first().id, 100);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 4);
    QCOMPARE(problems->at(0).line, 3);
    QCOMPARE(problems->at(0).column, 3);
    QVERIFY(problems->at(0).message.contains(QLatin1String("2021-03-32")));
    QCOMPARE(problems->at(3).line, 6);
    QCOMPARE(problems->at(3).column, 8);
    QCOMPARE(log.problems(imports->first().id, 2)->size(), 2);
}

void TestImportLog::undoRemovesAddedCallsAndRestoresChangedOnes()
{
    const qint64 first = import(pwcCsv).importId;
    const FileImportResult second = import(withRating(m_dir, 5));
    QCOMPARE(second.updated, 1);
    QCOMPARE(ratingOfFirstCall(), 5.0);

    ImportLog log(*m_workspace);
    const auto undoneSecond = log.undo(second.importId, 1'700'000'000'000);
    QVERIFY2(undoneSecond, qPrintable(undoneSecond ? QString() : undoneSecond.error().message));
    QCOMPARE(undoneSecond->removed, 0);
    QCOMPARE(undoneSecond->restored, 1);
    QCOMPARE(ratingOfFirstCall(), 3.0);
    // What was unknown before the change is unknown again, not an empty text.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT typeof(caller_number) FROM calls"
                                  " WHERE source_id = 'ID0001'"))
                 .toString(),
             QStringLiteral("null"));
    QCOMPARE(calls(), 5000);
    // The restored call belongs to the first import again, so that one can be undone in turn.
    const auto undoneFirst = log.undo(first, 1'700'000'000'001);
    QVERIFY(undoneFirst);
    QCOMPARE(undoneFirst->removed, 5000);
    QCOMPARE(calls(), 0);
    QCOMPARE(*log.imports()->at(0).undoneAtMs, 1'700'000'000'001);
}

void TestImportLog::undoWaitsForLaterImports()
{
    const qint64 first = import(pwcCsv).importId;
    const qint64 second = import(withRating(m_dir, 5)).importId;
    const auto refused = ImportLog(*m_workspace).undo(first, 0);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QString::number(second)));
    QCOMPARE(calls(), 5000);
    QCOMPARE(ratingOfFirstCall(), 5.0);
}

void TestImportLog::undoIsRefusedTwiceAndForUnknownImports()
{
    const qint64 first = import(pwcCsv).importId;
    ImportLog log(*m_workspace);
    QVERIFY(log.undo(first, 0));
    QVERIFY(!log.undo(first, 0));
    QVERIFY(log.undo(first, 0).error().message.contains(QLatin1String("already")));
    QVERIFY(!log.undo(999, 0));
    // Importing the file again after the undo adds its calls anew.
    QCOMPARE(import(pwcCsv).imported, 5000);
}

void TestImportLog::versionOneWorkspacesAreMigrated()
{
    const QString path = m_dir.filePath(QStringLiteral("version1.sqlite"));
    {
        // A workspace as version 1 of the schema wrote it, with one imported call.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : schema::migrationSteps().at(0)) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO imports (id, file_name, sha256, format, time_zone, imported_at_ms)"
            " VALUES (7, 'old.csv', '', 'pwc-spreadsheet', 'UTC', 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO calls (source, source_id, direction, outcome, arrived_at_ms,"
            " attributed_at_ms, local_day, local_hour, content_hash, import_id)"
            " VALUES ('pwc-spreadsheet', 'ID1', 0, 0, 0, 0, 2440588, 0, 1, 7)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    QCOMPARE((*workspace)->schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(value(**workspace, QStringLiteral("SELECT created_by_import FROM calls")).toInt(), 7);
    // The migrated import can be undone like a new one.
    const auto undone = ImportLog(**workspace).undo(7, 0);
    QVERIFY(undone);
    QCOMPARE(undone->removed, 1);
}

QTEST_GUILESS_MAIN(TestImportLog)
#include "tst_importlog.moc"
