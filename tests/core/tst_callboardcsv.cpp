#include "generate/SyntheticLog.h"
#include "import/CallboardCsvFormat.h"
#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "store/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString transferLog = QStringLiteral(CALLBOARD_TEST_DATA "/callboard-csv/transfer.csv");

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch();
}

QByteArray synthetic(qint64 calls, quint64 seed)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    SyntheticLogOptions options;
    options.calls = calls;
    options.seed = seed;
    if (!writeSyntheticLog(buffer, options)) {
        return {};
    }
    return buffer.data();
}

} // namespace

/// Callboard's own CSV format, and the synthetic logs written in it.
class TestCallboardCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transferLegsAreOneCall();
    void rowsFollowTheMapping();
    void badRowsAreRejectedWithTheirColumn();
    void syntheticLogIsReproducible();
    void syntheticLogImportsWhole();

private:
    KpiEngine engine() const
    {
        return KpiEngine(*m_workspace,
                         KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    }
    QSqlQuery call(const QString &columns, const QString &where) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCallboardCsv::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestCallboardCsv::cleanup()
{
    m_workspace.reset();
}

QSqlQuery TestCallboardCsv::call(const QString &columns, const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT ") + columns
               + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id WHERE ")
               + where);
    query.next();
    return query;
}

void TestCallboardCsv::transferLegsAreOneCall()
{
    const FileImportResult result = Importer(*m_workspace).importFile(transferLog, {});
    QVERIFY(!result.refusal);
    QCOMPARE(result.format, QStringLiteral("callboard-csv"));
    QCOMPARE(result.rows, 6);
    QCOMPARE(result.calls, 4); // C1's two legs, C2, C3
    QCOMPARE(result.rejected, 2);

    // Queue level counts customer calls, by their first leg: C1 answered in 12 s, C2
    // abandoned after 40 s, C3 outbound. Service level 1 of the 2 offered inbound calls.
    const auto kpis = engine().kpis({});
    QVERIFY(kpis);
    QCOMPARE(*findKpi(*kpis, "calls").value, 3.0);
    QCOMPARE(*findKpi(*kpis, "inbound_calls").value, 2.0);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 1.0);
    QCOMPARE(*findKpi(*kpis, "abandoned_calls").value, 1.0);
    QCOMPARE(*findKpi(*kpis, "service_level").numerator, 1.0);
    QCOMPARE(*findKpi(*kpis, "service_level").denominator, 2.0);
    QCOMPARE(*findKpi(*kpis, "asa").numerator, 12.0);
    // AHT of C1's first leg: 300 s talk + 0 s hold + 30 s after-call work.
    QCOMPARE(*findKpi(*kpis, "aht").numerator, 330.0);

    // Agent level counts each agent's segment: Ada took C1's first leg; Ben its second leg
    // (waited 8 s, so within 20 s) and dialled C3.
    const auto agents = engine().kpisByAgent({});
    QVERIFY(agents);
    QCOMPARE(agents->size(), 2);
    for (const GroupKpis &agent : *agents) {
        const bool isBen = agent.label == QStringLiteral("Ben Brandt");
        QCOMPARE(*findKpi(agent.kpis, "calls").value, isBen ? 2.0 : 1.0);
        QCOMPARE(*findKpi(agent.kpis, "answered_calls").value, 1.0);
        QCOMPARE(*findKpi(agent.kpis, "asa").numerator, isBen ? 8.0 : 12.0);
    }
}

void TestCallboardCsv::rowsFollowTheMapping()
{
    QVERIFY(!Importer(*m_workspace).importFile(transferLog, {}).refusal);
    QSqlQuery first = call(QStringLiteral("c.source, c.arrived_at_ms, c.queue_entered_at_ms,"
                                          " c.answered_at_ms, c.ended_at_ms, c.wait_s, c.ring_s,"
                                          " c.talk_s, c.hold_s, c.acw_s, a.name, c.queue,"
                                          " c.caller_number, c.tracking_number, c.campaign,"
                                          " c.tags, c.resolved, c.transferred, c.csat_score,"
                                          " c.csat_scale"),
                           QStringLiteral("c.source_id = 'C1' AND c.leg = 0"));
    QVERIFY(first.isValid());
    QCOMPARE(first.value(0).toString(), QStringLiteral("callboard-csv")); // no source column
    QCOMPARE(first.value(1).toLongLong(), utcMs(2025, 3, 3, 9, 0, 0));
    QCOMPARE(first.value(2).toLongLong(), utcMs(2025, 3, 3, 9, 0, 20));
    QCOMPARE(first.value(3).toLongLong(), utcMs(2025, 3, 3, 9, 0, 32));
    QCOMPARE(first.value(4).toLongLong(), utcMs(2025, 3, 3, 9, 5, 32));
    QCOMPARE(first.value(5).toDouble(), 12.0);
    QCOMPARE(first.value(6).toDouble(), 4.0);
    QCOMPARE(first.value(7).toDouble(), 300.0);
    QCOMPARE(first.value(8).toDouble(), 0.0);
    QCOMPARE(first.value(9).toDouble(), 30.0);
    QCOMPARE(first.value(10).toString(), QStringLiteral("Ada Abbott"));
    QCOMPARE(first.value(11).toString(), QStringLiteral("Support"));
    QCOMPARE(first.value(12).toString(), QStringLiteral("+15550000001"));
    QCOMPARE(first.value(13).toString(), QStringLiteral("+15550100001"));
    QCOMPARE(first.value(14).toString(), QStringLiteral("Radio"));
    QCOMPARE(first.value(15).toString(), QStringLiteral("vip\x1fspanish"));
    QCOMPARE(first.value(16).toInt(), 1);
    QCOMPARE(first.value(17).toInt(), 1);
    QCOMPARE(first.value(18).toDouble(), 5.0);
    QCOMPARE(first.value(19).toInt(), 5);

    // 10:00:10+01:00 is 09:00:10 UTC; C3's times carry no offset and are read in the zone of
    // the import, here the workspace's (UTC). Unknown durations stay unknown.
    QCOMPARE(call(QStringLiteral("c.queue_entered_at_ms"), QStringLiteral("c.source_id = 'C2'"))
                 .value(0)
                 .toLongLong(),
             utcMs(2025, 3, 3, 9, 0, 10));
    QSqlQuery outbound = call(QStringLiteral("c.direction, c.answered_at_ms, c.wait_s,"
                                             " c.disposition, c.hold_s IS NULL"),
                              QStringLiteral("c.source_id = 'C3'"));
    QCOMPARE(outbound.value(0).toInt(), static_cast<int>(Direction::Outbound));
    QCOMPARE(outbound.value(1).toLongLong(), utcMs(2025, 3, 3, 11, 0, 15));
    QVERIFY(outbound.value(2).isNull());
    QCOMPARE(outbound.value(3).toString(), QStringLiteral("Sale"));
    QCOMPARE(outbound.value(4).toInt(), 1);

    // The raw row keeps the fields; the import log keeps their names once.
    QCOMPARE(call(QStringLiteral("c.raw"), QStringLiteral("c.source_id = 'C2'"))
                 .value(0)
                 .toString()
                 .left(53),
             QStringLiteral("[\"C2\",\"0\",\"inbound\",\"abandoned\",\"hung up while queued"));
}

void TestCallboardCsv::badRowsAreRejectedWithTheirColumn()
{
    const FileImportResult result = Importer(*m_workspace).importFile(transferLog, {});
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).line, 6); // C4: the header is line 1
    QCOMPARE(result.problems.at(0).column, 3);
    QVERIFY(result.problems.at(0).message.contains(QStringLiteral("sideways")));
    QCOMPARE(result.problems.at(1).line, 7);
    QCOMPARE(result.problems.at(1).column, 10);
    QVERIFY(result.problems.at(1).message.contains(QStringLiteral("minus five")));
}

void TestCallboardCsv::syntheticLogIsReproducible()
{
    const QByteArray first = synthetic(2'000, 42);
    QVERIFY(first.startsWith(QByteArray(callboardCsvHeader().join(u',').toLatin1() + '\n')));
    QCOMPARE(synthetic(2'000, 42), first);
    QVERIFY(synthetic(2'000, 43) != first);
}

void TestCallboardCsv::syntheticLogImportsWhole()
{
    const QByteArray log = synthetic(3'000, 7);
    const QString path = m_dir.filePath(QStringLiteral("synthetic.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(log);
    file.close();

    // The expected counts come from reading the file's lines here, field by field (the
    // generator writes no quotes or commas inside fields), not from the importer.
    const QList<QByteArray> lines = log.trimmed().split('\n').mid(1);
    qint64 firstLegs = 0;
    qint64 answeredInbound = 0;
    QSet<QByteArray> agents;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), callboardCsvHeader().size());
        if (fields.at(2) == "0") {
            ++firstLegs;
            answeredInbound += fields.at(3) == "inbound" && fields.at(4) == "answered";
        }
        if (!fields.at(15).isEmpty()) {
            agents.insert(fields.at(15));
        }
    }
    QCOMPARE(firstLegs, 3'000);

    const FileImportResult result = Importer(*m_workspace).importFile(path, {});
    QVERIFY(!result.refusal);
    QCOMPARE(result.rows, lines.size());
    QCOMPARE(result.imported, lines.size());
    QCOMPARE(result.rejected, 0);
    const auto kpis = engine().kpis({});
    QVERIFY(kpis);
    QCOMPARE(*findKpi(*kpis, "calls").value, 3'000.0);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, double(answeredInbound));
    QCOMPARE(m_workspace->agents()->size(), agents.size());
    QVERIFY(agents.size() <= 60);

    const FileImportResult again = Importer(*m_workspace).importFile(path, {});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, lines.size());
}

QTEST_GUILESS_MAIN(TestCallboardCsv)
#include "tst_callboardcsv.moc"
