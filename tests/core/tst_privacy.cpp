#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "store/ImportLog.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;

namespace {

const QString pwcCsv =
    QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv");

// Six inbound answered calls in Callboard's own format, from fictional numbers (Ofcom's drama
// range 020 7946 0xxx). P1, P2 and P3 are one caller written three ways; P4 and P5 are two
// others; P6 is withheld. The line they rang is written with its country code.
const QByteArray callsCsv =
    "call_id,direction,outcome,arrived_at,answered_at,ended_at,wait_s,talk_s,agent,caller,callee,"
    "tracking_number\n"
    "P1,inbound,answered,2025-03-03T09:00:00Z,2025-03-03T09:00:10Z,2025-03-03T09:05:00Z,10,290,"
    "Ada,+44 20 7946 0018,+44 20 7946 0999,+44 20 7946 0999\n"
    "P2,inbound,answered,2025-03-05T09:00:00Z,2025-03-05T09:00:10Z,2025-03-05T09:05:00Z,10,290,"
    "Ada,020 7946 0018,+44 20 7946 0999,+44 20 7946 0999\n"
    "P3,inbound,answered,2025-03-20T09:00:00Z,2025-03-20T09:00:10Z,2025-03-20T09:05:00Z,10,290,"
    "Ben,0044 20 7946 0018,+44 20 7946 0999,+44 20 7946 0999\n"
    "P4,inbound,answered,2025-03-04T10:00:00Z,2025-03-04T10:00:10Z,2025-03-04T10:05:00Z,10,290,"
    "Ben,+44 20 7946 0123,+44 20 7946 0999,+44 20 7946 0999\n"
    "P5,inbound,answered,2025-03-30T10:00:00Z,2025-03-30T10:00:10Z,2025-03-30T10:05:00Z,10,290,"
    "Ada,sip:+442079460555@pbx.example.com,+44 20 7946 0999,+44 20 7946 0999\n"
    "P6,inbound,answered,2025-03-10T10:00:00Z,2025-03-10T10:00:10Z,2025-03-10T10:05:00Z,10,290,"
    "Ada,anonymous,+44 20 7946 0999,+44 20 7946 0999\n";

/// The callers' numbers in the writings a file could hold them in, none of which may remain in
/// a hashed workspace's file. (The line they rang, 020 7946 0999, is the tracking number, kept
/// readable by design.)
const QList<QByteArray> callerNumbers{"2079460018",
                                      "20 7946 0018",
                                      "2079460123",
                                      "20 7946 0123",
                                      "2079460555"};

QVariant value(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return QVariant();
    }
    return query.value(0);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

/// The bytes of the workspace file and of its write-ahead log.
QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const char *suffix : {"", "-wal"}) {
        QFile file(path + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneCallerWrittenThreeWaysIsOneCaller();
    void homeCountryChangeReadsNumbersAgain();
    void hashingLeavesNoClearNumberInTheFile();
    void olderWorkspacesHaveTheirNumbersNormalised();
    void purgeRemovesWholeMonths();
    void purgeIsRefusedBelowOneMonth();

private:
    FileImportResult import(const QString &path)
    {
        Importer importer(*m_workspace);
        return importer.importFile(path, {});
    }
    /// First-call resolution over all calls: resolved, eligible.
    std::pair<double, double> fcr() const
    {
        const KpiEngine engine(*m_workspace,
                               KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
        const auto kpis = engine.kpis(CallFilter{});
        if (!kpis) {
            return {-1, -1};
        }
        const KpiValue &kpi = test::findKpi(*kpis, "fcr");
        return {kpi.numerator.value_or(-1), kpi.denominator.value_or(-1)};
    }
    QString callerOf(const char *callId) const
    {
        return value(*m_workspace,
                     QStringLiteral("SELECT caller_number FROM calls WHERE source_id = '%1'")
                         .arg(QLatin1String(callId)))
            .toString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

void TestPrivacy::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                            + QStringLiteral(".sqlite"));
    auto workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
}

void TestPrivacy::cleanup()
{
    m_workspace.reset();
}

void TestPrivacy::oneCallerWrittenThreeWaysIsOneCaller()
{
    // The tests run in the C locale, which names no region: no home country until one is set.
    QCOMPARE(m_workspace->homeCountry(), QString());
    QVERIFY(m_workspace->setHomeCountry(QStringLiteral("GB")));
    QCOMPARE(import(writeFile(m_dir, QStringLiteral("calls.csv"), callsCsv)).imported, 6);

    for (const char *id : {"P1", "P2", "P3"}) {
        QCOMPARE(callerOf(id), QStringLiteral("+442079460018"));
    }
    QCOMPARE(callerOf("P5"), QStringLiteral("+442079460555"));
    QCOMPARE(callerOf("P6"), QString()); // withheld
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT count(DISTINCT caller_key) FROM calls")).toInt(),
        3);
    // The source's text is kept where the home country read it, and the raw row keeps it all.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT caller_number_given FROM calls WHERE source_id = 'P2'"))
                 .toString(),
             QStringLiteral("020 7946 0018"));
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT caller_number_given FROM calls WHERE source_id = 'P1'"))
                .isNull());
    QVERIFY(value(*m_workspace, QStringLiteral("SELECT raw FROM calls WHERE source_id = 'P2'"))
                .toString()
                .contains(QLatin1String("\"020 7946 0018\"")));
    // By hand: the latest call is P5 (30 March 10:00), so calls up to 23 March 10:00 are judged
    // (P5 is provisional, P6 anonymous). P1's caller rang again two days later (P2): not
    // resolved at first contact. P2's next contact, P3, came 15 days later, beyond the 7-day
    // window; P3 and P4 had none. FCR = 3 / 4. Read as written, P1's three writings would be
    // three callers and FCR 4 / 4.
    QCOMPARE(fcr(), std::pair(3.0, 4.0));
}

void TestPrivacy::homeCountryChangeReadsNumbersAgain()
{
    QCOMPARE(import(writeFile(m_dir, QStringLiteral("calls.csv"), callsCsv)).imported, 6);
    // Without a home country, 020 7946 0018 stays digits, while 0044 is read as the
    // international prefix: P1 and P3 are one caller, P2 another. By hand: P1's next contact
    // (P3) is 17 days on, so every judged call is resolved: FCR = 4 / 4.
    QCOMPARE(callerOf("P2"), QStringLiteral("02079460018"));
    QCOMPARE(callerOf("P3"), QStringLiteral("+442079460018"));
    QCOMPARE(fcr(), std::pair(4.0, 4.0));

    // Only P2's number reads differently in GB (P3's, read again, is the same).
    const Expected<qint64> changed = m_workspace->setHomeCountry(QStringLiteral("GB"));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    QCOMPARE(*changed, 1);
    QCOMPARE(m_workspace->homeCountry(), QStringLiteral("GB"));
    QCOMPARE(callerOf("P2"), QStringLiteral("+442079460018"));
    // Next contacts were recomputed: as in oneCallerWrittenThreeWaysIsOneCaller, 3 / 4.
    QCOMPARE(fcr(), std::pair(3.0, 4.0));
    // Re-importing the file now finds every call unchanged.
    QCOMPARE(import(writeFile(m_dir, QStringLiteral("calls.csv"), callsCsv)).duplicates, 6);

    QVERIFY(!m_workspace->setHomeCountry(QStringLiteral("UK"))); // GB is the code
    QCOMPARE(m_workspace->homeCountry(), QStringLiteral("GB"));
}

void TestPrivacy::hashingLeavesNoClearNumberInTheFile()
{
    QVERIFY(m_workspace->setHomeCountry(QStringLiteral("GB")));
    QCOMPARE(import(writeFile(m_dir, QStringLiteral("calls.csv"), callsCsv)).imported, 6);
    // A second export changes P1's talk time: the import log keeps P1's previous state, numbers
    // and raw row included.
    QByteArray changedCsv = callsCsv;
    changedCsv.replace("2025-03-03T09:05:00Z,10,290", "2025-03-03T09:05:00Z,10,300");
    const FileImportResult second =
        import(writeFile(m_dir, QStringLiteral("changed.csv"), changedCsv));
    QCOMPARE(second.updated, 1);
    QCOMPARE(fcr(), std::pair(3.0, 4.0));
    QVERIFY(fileBytes(m_path).contains("20 7946 0018")); // the clear numbers are there now

    const Expected<qint64> hashed = m_workspace->setHashCallerNumbers(true);
    QVERIFY2(hashed, qPrintable(hashed ? QString() : hashed.error().toString()));
    QCOMPARE(*hashed, 6); // every call had a caller or callee number
    QVERIFY(m_workspace->hashesCallerNumbers());
    QVERIFY(callerOf("P1").startsWith(QLatin1String("hash:")));
    QCOMPARE(callerOf("P2"), callerOf("P1"));
    QCOMPARE(callerOf("P3"), callerOf("P1"));
    QVERIFY(callerOf("P4") != callerOf("P1"));
    QCOMPARE(callerOf("P6"), QString());
    // Repeat callers are recognised as before: the same figure.
    QCOMPARE(fcr(), std::pair(3.0, 4.0));
    // The tracking number, the company's line, stays readable for campaign attribution: the
    // one clear number kept by design.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT count(*) FROM calls WHERE tracking_number ="
                                  " '+442079460999'"))
                 .toInt(),
             6);
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT count(*) FROM calls WHERE caller_number_given IS NOT NULL"
                                 " OR callee_number_given IS NOT NULL"))
                .toInt()
            == 0);

    // A later import with hashing on: the same caller finds the same hash, and nothing clear is
    // stored.
    const QByteArray laterCsv =
        "call_id,direction,outcome,arrived_at,answered_at,ended_at,wait_s,talk_s,agent,caller\n"
        "P7,inbound,answered,2025-03-31T09:00:00Z,2025-03-31T09:00:10Z,2025-03-31T09:05:00Z,10,"
        "290,Ada,020 7946 0123\n";
    QCOMPARE(import(writeFile(m_dir, QStringLiteral("later.csv"), laterCsv)).imported, 1);
    QCOMPARE(callerOf("P7"), callerOf("P4"));

    // The file's bytes, the write-ahead log's included, after a checkpoint.
    QSqlQuery checkpoint(m_workspace->database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    const QByteArray bytes = fileBytes(m_path);
    QVERIFY(bytes.size() > 0);
    for (const QByteArray &number : callerNumbers) {
        QVERIFY2(!bytes.contains(number), number.constData());
    }

    // Undoing the second import restores P1's previous state: hashed as well.
    QVERIFY(ImportLog(*m_workspace).undo(second.importId, 0));
    QCOMPARE(callerOf("P1"), callerOf("P2"));
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT talk_s FROM calls WHERE source_id = 'P1'"))
                 .toDouble(),
             290.0);

    // Turning hashing off applies to later imports only.
    QVERIFY(m_workspace->setHashCallerNumbers(false));
    QVERIFY(!m_workspace->hashesCallerNumbers());
    QVERIFY(callerOf("P1").startsWith(QLatin1String("hash:")));
}

void TestPrivacy::olderWorkspacesHaveTheirNumbersNormalised()
{
    m_workspace.reset();
    const QString path = m_dir.filePath(QStringLiteral("version5.sqlite"));
    {
        // A workspace as schema version 5 wrote it, numbers as the source wrote them, in a
        // workspace whose home country is GB.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int step = 0; step < 5; ++step) {
            for (const QString &statement : schema::migrationSteps().at(step)) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('home_country', 'GB')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO calls (source, source_id, direction, outcome, arrived_at_ms,"
            " attributed_at_ms, local_day, local_hour, caller_number, caller_key,"
            " callee_number, content_hash)"
            " VALUES ('test', 'A', 0, 0, 0, 0, 2440588, 0, '020 7946 0018', '020 7946 0018',"
            " '1001', 1), ('test', 'B', 0, 0, 1000, 1000, 2440588, 0, '+44 20 7946 0018',"
            " '+44 20 7946 0018', NULL, 1)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    m_workspace = std::move(*workspace);
    QCOMPARE(m_workspace->schemaVersion(), Workspace::currentSchemaVersion());
    QCOMPARE(callerOf("A"), QStringLiteral("+442079460018"));
    QCOMPARE(callerOf("B"), QStringLiteral("+442079460018"));
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT caller_number_given FROM calls WHERE source_id = 'A'"))
                 .toString(),
             QStringLiteral("020 7946 0018"));
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT caller_number_given FROM calls WHERE source_id = 'B'"))
                .isNull());
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT callee_number FROM calls WHERE source_id = 'A'"))
            .toString(),
        QStringLiteral("1001"));
    // One caller now, so A's next contact is B, a second later.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT next_contact_at_ms FROM calls WHERE source_id = 'A'"))
                 .toLongLong(),
             1000);
}

void TestPrivacy::purgeRemovesWholeMonths()
{
    // The PwC log: 5,000 calls, counted by hand from its Month column (as its Date column
    // agrees): January 1,772, February 1,616, March 1,612. The report zone is UTC, as the
    // tests run, and the file's local times are read in it, so each call's day is its date.
    QCOMPARE(import(pwcCsv).imported, 5000);
    // A second import changes January call ID0001: the log keeps a snapshot of it.
    QFile original(pwcCsv);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.replace("Contract related,Y,Y,109,0:02:23,3", "Contract related,Y,Y,109,0:02:23,5");
    const qint64 second = import(writeFile(m_dir, QStringLiteral("rating.csv"), bytes)).importId;
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM import_changes")).toInt(), 1);

    // On 15 April 2021, older than 2 months: before 1 February.
    QCOMPARE(Workspace::purgeCutoff(QDate(2021, 4, 15), 2), QDate(2021, 2, 1));
    const Expected<PurgeResult> purged =
        m_workspace->purgeCallsOlderThan(2, QDate(2021, 4, 15), 1000);
    QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().toString()));
    QCOMPARE(purged->firstKeptDay, QDate(2021, 2, 1));
    QCOMPARE(purged->calls, 1772);
    QCOMPARE(purged->imports, 2); // the first import wrote them, the second changed ID0001
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 3228);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM import_changes")).toInt(), 0);
    // Its rows are gone from the file, not only from the tables (ID0001 was a January call;
    // ID5000 is in March).
    QSqlQuery checkpoint(m_workspace->database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    const QByteArray file = fileBytes(m_path);
    QVERIFY(!file.contains("ID0001"));
    QVERIFY(file.contains("ID5000"));

    // Neither import can be undone exactly any more.
    const Expected<UndoResult> undone = ImportLog(*m_workspace).undo(second, 0);
    QVERIFY(!undone);
    QVERIFY(undone.error().message.contains(QLatin1String("purge")));

    // A month later, older than 2 months: February goes too.
    const Expected<PurgeResult> again =
        m_workspace->purgeCallsOlderThan(2, QDate(2021, 5, 3), 2000);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->firstKeptDay, QDate(2021, 3, 1));
    QCOMPARE(again->calls, 1616);
    QCOMPARE(again->imports, 0); // both were marked already
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1612);
    // Nothing older is left: purging the same again removes nothing.
    QCOMPARE(m_workspace->purgeCallsOlderThan(2, QDate(2021, 5, 31), 3000)->calls, 0);
}

void TestPrivacy::purgeIsRefusedBelowOneMonth()
{
    QCOMPARE(import(pwcCsv).imported, 5000);
    QVERIFY(!m_workspace->purgeCallsOlderThan(0, QDate(2021, 4, 15), 0));
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 5000);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
