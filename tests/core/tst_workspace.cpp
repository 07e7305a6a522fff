#include "store/Schema.h"
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

/// Every call's (source id, leg, next contact) in one string, to compare two workspaces.
QString nextContacts(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT source_id, leg, ifnull(next_contact_at_ms, '-') FROM calls"
                              " ORDER BY source_id, leg"));
    QStringList rows;
    while (query.next()) {
        rows.append(QStringLiteral("%1/%2:%3")
                        .arg(query.value(0).toString(),
                             query.value(1).toString(),
                             query.value(2).toString()));
    }
    return rows.join(u' ');
}

Call callFrom(const QString &id, const QString &caller, qint64 minute)
{
    Call call = sampleCall(id, 1'600'000'000'000 + minute * 60'000);
    call.callerNumber = caller;
    return call;
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
    void laterImportRefreshesOnlyItsCallers();

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

void TestWorkspace::laterImportRefreshesOnlyItsCallers()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("next-contact.sqlite")));
    QVERIFY(workspace);
    Workspace &ws = **workspace;
    // A first import: A calls at minutes 0 and 30, B at 10, C at 20.
    QVERIFY(ws.beginTransaction());
    QVERIFY(ws.deferCallIndexesIfEmpty());
    for (const Call &call : {callFrom(QStringLiteral("1"), QStringLiteral("A"), 0),
                             callFrom(QStringLiteral("2"), QStringLiteral("B"), 10),
                             callFrom(QStringLiteral("3"), QStringLiteral("C"), 20),
                             callFrom(QStringLiteral("4"), QStringLiteral("A"), 30)}) {
        QVERIFY(ws.upsertCall(call, 0));
    }
    QVERIFY(ws.commit());
    const qint64 base = 1'600'000'000'000;
    QCOMPARE(nextContacts(ws), QStringLiteral("1/0:%1 2/0:- 3/0:- 4/0:-").arg(base + 30 * 60'000));

    // A second import adds a call from B at minute 40 and moves call 4 from A to B: A's call 1
    // loses its next contact although the import holds no call from A.
    QVERIFY(ws.beginTransaction());
    QVERIFY(ws.deferCallIndexesIfEmpty()); // no longer empty: a no-op
    QCOMPARE(*ws.upsertCall(callFrom(QStringLiteral("5"), QStringLiteral("B"), 40), 0),
             UpsertOutcome::Inserted);
    QCOMPARE(*ws.upsertCall(callFrom(QStringLiteral("4"), QStringLiteral("B"), 30), 0),
             UpsertOutcome::Updated);
    QVERIFY(ws.commit());
    // By hand: A called at 0; B at 10, 30 and 40; C at 20.
    const QString expected = QStringLiteral("1/0:- 2/0:%1 3/0:- 4/0:%2 5/0:-")
                                 .arg(base + 30 * 60'000)
                                 .arg(base + 40 * 60'000);
    QCOMPARE(nextContacts(ws), expected);

    // A full recomputation agrees with the one the second import did for its callers alone.
    QSqlQuery query(ws.database());
    for (const QString &statement : schema::nextContactRefresh()) {
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QCOMPARE(nextContacts(ws), expected);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
