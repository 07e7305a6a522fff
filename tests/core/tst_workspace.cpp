#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

namespace {

Call sampleCall(const QString &id, qint64 arrivedAtMs)
{
    Call call;
    call.source = QStringLiteral("test");
    call.sourceId = id;
    call.arrivedAtMs = arrivedAtMs;
    call.outcome = Outcome::Answered;
    call.waitSeconds = 12;
    call.talkSeconds = 90;
    call.agent = QStringLiteral("Ana");
    return call;
}

qint64 scalar(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWorkspaceHasCurrentSchema();
    void dataSurvivesReopening();
    void upsertInsertsUpdatesAndSkipsDuplicates();
    void rollbackLeavesNothingBehind();
    void newerSchemaIsRefused();
    void otherFilesAreRefused();
    void reportTimeZoneMovesLocalDays();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::newWorkspaceHasCurrentSchema()
{
    const auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    QCOMPARE((*workspace)->schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(scalar(**workspace, QStringLiteral("SELECT count(*) FROM calls")), 0);
    QSqlQuery mode((*workspace)->database());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    // The zone is fixed at creation, so the workspace's days do not move with the machine.
    QCOMPARE((*workspace)->setting(QStringLiteral("report_time_zone")),
             QString::fromUtf8(QTimeZone::systemTimeZone().id()));
}

void TestWorkspace::dataSurvivesReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QVERIFY((*workspace)->beginTransaction());
        QVERIFY((*workspace)->upsertCall(sampleCall(QStringLiteral("a"), 1'600'000'000'000), 0));
        QVERIFY((*workspace)->commit());
        QVERIFY((*workspace)->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    }
    auto workspace = Workspace::open(path);
    QVERIFY(workspace);
    QCOMPARE(scalar(**workspace, QStringLiteral("SELECT count(*) FROM calls")), 1);
    QCOMPARE((*workspace)->setting(QStringLiteral("k")), QStringLiteral("v"));
    const auto agents = (*workspace)->agents();
    QVERIFY(agents);
    QCOMPARE(agents->size(), 1);
    QCOMPARE(agents->first().second, QStringLiteral("Ana"));
}

void TestWorkspace::upsertInsertsUpdatesAndSkipsDuplicates()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("upsert.sqlite")));
    QVERIFY(workspace);
    Workspace &ws = **workspace;
    QVERIFY(ws.beginTransaction());
    Call call = sampleCall(QStringLiteral("b"), 1'600'000'000'000);
    QCOMPARE(*ws.upsertCall(call, 0), UpsertOutcome::Inserted);
    QCOMPARE(*ws.upsertCall(call, 0), UpsertOutcome::Unchanged);
    call.rawRecord = QStringLiteral("the same call read from another file type");
    QCOMPARE(*ws.upsertCall(call, 0), UpsertOutcome::Unchanged);
    call.talkSeconds = 91;
    QCOMPARE(*ws.upsertCall(call, 0), UpsertOutcome::Updated);
    call.leg = 1; // a second leg of the same call is a row of its own
    QCOMPARE(*ws.upsertCall(call, 0), UpsertOutcome::Inserted);
    QVERIFY(ws.commit());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM calls")), 2);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT talk_s FROM calls WHERE leg = 0")), 91);
}

void TestWorkspace::rollbackLeavesNothingBehind()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("rollback.sqlite")));
    QVERIFY(workspace);
    Workspace &ws = **workspace;
    QVERIFY(ws.beginTransaction());
    Call call = sampleCall(QStringLiteral("c"), 1'600'000'000'000);
    call.agent = QStringLiteral("Temporary");
    QVERIFY(ws.upsertCall(call, 0));
    ws.rollback();
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM calls")), 0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM agents")), 0);
    // The agent cache forgot the rolled-back agent: storing it again works.
    QVERIFY(ws.beginTransaction());
    QVERIFY(ws.upsertCall(call, 0));
    QVERIFY(ws.commit());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM agents")), 1);
}

void TestWorkspace::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QSqlQuery query((*workspace)->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QVERIFY2(workspace.error().message.contains(QLatin1String("newer Callboard")),
             qPrintable(workspace.error().message));
    QCOMPARE(workspace.error().file, path);
}

void TestWorkspace::otherFilesAreRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QVERIFY(workspace.error().message.contains(QLatin1String("not a Callboard workspace")));
}

void TestWorkspace::reportTimeZoneMovesLocalDays()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("zones.sqlite")));
    QVERIFY(workspace);
    Workspace &ws = **workspace;
    QVERIFY(ws.setReportTimeZone(QTimeZone("UTC")));
    // 2021-03-01 23:30 UTC is already 2 March in Berlin (UTC+1) and still 1 March in New York.
    const qint64 late =
        QDateTime(QDate(2021, 3, 1), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QVERIFY(ws.beginTransaction());
    QVERIFY(ws.upsertCall(sampleCall(QStringLiteral("late"), late), 0));
    QVERIFY(ws.commit());
    const QString day = QStringLiteral("SELECT local_day FROM calls");
    const QString hour = QStringLiteral("SELECT local_hour FROM calls");
    QCOMPARE(scalar(ws, day), QDate(2021, 3, 1).toJulianDay());
    QCOMPARE(scalar(ws, hour), 23);

    QVERIFY(ws.setReportTimeZone(QTimeZone("Europe/Berlin")));
    QCOMPARE(scalar(ws, day), QDate(2021, 3, 2).toJulianDay());
    QCOMPARE(scalar(ws, hour), 0);
    QCOMPARE(ws.setting(QStringLiteral("report_time_zone")), QStringLiteral("Europe/Berlin"));

    QVERIFY(ws.setReportTimeZone(QTimeZone("America/New_York")));
    QCOMPARE(scalar(ws, day), QDate(2021, 3, 1).toJulianDay());
    QCOMPARE(scalar(ws, hour), 18);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
