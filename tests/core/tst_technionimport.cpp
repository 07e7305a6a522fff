#include "import/Importer.h"
#include "kpi/KpiEngine.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString january = QStringLiteral(CALLBOARD_TEST_DATA "/technion-anonymous-bank/january.txt");

qint64 jerusalemMs(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Asia/Jerusalem")).toMSecsSinceEpoch();
}

} // namespace

class TestTechnionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRecordIsACall();
    void outcomesFollowTheDocumentedMapping();
    void clockSkewIsKeptAsItIs();
    void januaryKpis();
    void oneAgent();

private:
    QSqlQuery callById(const char *id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    FileImportResult m_result;
};

void TestTechnionImport::initTestCase()
{
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("technion.sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    // Days in the bank's own zone, so they match the log's dates.
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("Asia/Jerusalem")));
    Importer importer(*m_workspace);
    m_result = importer.importFile(january, {});
    QVERIFY2(!m_result.refusal,
             qPrintable(m_result.refusal ? m_result.refusal->toString() : QString()));
}

QSqlQuery TestTechnionImport::callById(const char *id) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT outcome, wait_s, talk_s, arrived_at_ms,"
                                 " queue_entered_at_ms, answered_at_ms, customer_id, queue,"
                                 " outcome_reason FROM calls"
                                 " WHERE source = 'technion-bank' AND source_id = ?"));
    query.addBindValue(QString::fromLatin1(id));
    query.exec();
    query.next();
    return query;
}

void TestTechnionImport::everyRecordIsACall()
{
    // 31,599 records, each a distinct vru+line/call_id (expected.sql).
    QCOMPARE(m_result.format, QStringLiteral("technion-bank"));
    QCOMPARE(m_result.rows, 31599);
    QCOMPARE(m_result.imported, 31599);
    QCOMPARE(m_result.rejected, 0);
    const auto imports = ImportLog(*m_workspace).imports();
    QCOMPARE(imports->first().timeZone, QStringLiteral("Asia/Jerusalem"));
}

void TestTechnionImport::outcomesFollowTheDocumentedMapping()
{
    // AA0101 33116: HANG after 153 s in the queue, arrived 0:00:31 on 1 January 1999.
    QSqlQuery abandoned = callById("AA0101/33116");
    QCOMPARE(abandoned.value(0).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(1).toDouble(), 153.0);
    QCOMPARE(abandoned.value(3).toLongLong(), jerusalemMs(QDate(1999, 1, 1), QTime(0, 0, 31)));
    QCOMPARE(abandoned.value(4).toLongLong(), jerusalemMs(QDate(1999, 1, 1), QTime(0, 0, 36)));
    QCOMPARE(abandoned.value(6).toString(), QStringLiteral("9664491"));
    QCOMPARE(abandoned.value(7).toString(), QStringLiteral("PS"));

    // AA0101 33117: HANG with no queue time: left in the voice menu; customer 0 is anonymous.
    QSqlQuery ivr = callById("AA0101/33117");
    QCOMPARE(ivr.value(0).toInt(), int(Outcome::Ivr));
    QVERIFY(ivr.value(1).isNull());
    QVERIFY(ivr.value(6).isNull());

    // AA0101 33119: AGENT without queueing: answered at once, a real zero wait, 208 s of talk.
    QSqlQuery atOnce = callById("AA0101/33119");
    QCOMPARE(atOnce.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(atOnce.value(1), QVariant(0.0));
    QCOMPARE(atOnce.value(2).toDouble(), 208.0);
    QVERIFY(atOnce.value(4).isNull());

    QSqlQuery count(m_workspace->database());
    QVERIFY(count.exec(QStringLiteral("SELECT outcome, count(*) FROM calls GROUP BY outcome"
                                      " ORDER BY outcome")));
    QHash<int, int> byOutcome;
    while (count.next()) {
        byOutcome.insert(count.value(0).toInt(), count.value(1).toInt());
    }
    // 27,060 AGENT; 4,299 HANG = 3,080 in the queue + 1,219 in the voice menu; 240 PHANTOM.
    QCOMPARE(byOutcome.value(int(Outcome::Answered)), 27060);
    QCOMPARE(byOutcome.value(int(Outcome::Abandoned)), 3080);
    QCOMPARE(byOutcome.value(int(Outcome::Ivr)), 1219);
    QCOMPARE(byOutcome.value(int(Outcome::SystemArtifact)), 240);
}

void TestTechnionImport::clockSkewIsKeptAsItIs()
{
    // AA0101 33757 on 13 January leaves the voice menu (15:45:24) before it entered it
    // (15:46:01): clock skew, not a call that ran past midnight.
    QSqlQuery skewed = callById("AA0101/33757");
    QCOMPARE(skewed.value(4).toLongLong(), jerusalemMs(QDate(1999, 1, 13), QTime(15, 45, 24)));
    QCOMPARE(skewed.value(3).toLongLong(), jerusalemMs(QDate(1999, 1, 13), QTime(15, 46, 1)));
}

void TestTechnionImport::januaryKpis()
{
    const KpiEngine engine(*m_workspace,
                           KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    const auto kpis = engine.kpis(CallFilter{});
    QVERIFY(kpis);
    // From tests/data/technion-anonymous-bank/expected.sql (sqlite3 on the raw file):
    // 31,359 calls (PHANTOMs left out), 27,060 answered, 2,906 abandoned after the 174 short
    // ones, 16,402 answered within 20 s, wait sum 947,857 s, talk sum 4,964,204 s.
    QCOMPARE(*findKpi(*kpis, "calls").value, 31359.0);
    QCOMPARE(findKpi(*kpis, "calls").excluded.first().count, 240);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 27060.0);
    QCOMPARE(*findKpi(*kpis, "abandoned_calls").value, 2906.0);
    QCOMPARE(*findKpi(*kpis, "short_abandons").value, 174.0);
    QCOMPARE(*findKpi(*kpis, "service_level").value, 16402.0 / (27060 + 2906));
    QCOMPARE(*findKpi(*kpis, "asa").value, 947857.0 / 27060);
    QCOMPARE(*findKpi(*kpis, "aht").value, 4964204.0 / 27060);
    QCOMPARE(*findKpi(*kpis, "abandonment_rate").value, 2906.0 / (27060 + 2906));
    // FCR by customer id, W = 7 days: 3,737 of 9,606 judged calls; 15,579 anonymous and 1,875
    // provisional left out.
    const KpiValue &fcr = findKpi(*kpis, "fcr");
    QCOMPARE(*fcr.numerator, 3737.0);
    QCOMPARE(*fcr.denominator, 9606.0);
    QVERIFY(!findKpi(*kpis, "resolution_rate").value);
    QVERIFY(!findKpi(*kpis, "csat").value);

    const auto range = engine.dataRange(CallFilter{});
    QCOMPARE((*range)->first, QDate(1999, 1, 1));
    QCOMPARE((*range)->second, QDate(1999, 1, 31));
}

void TestTechnionImport::oneAgent()
{
    const KpiEngine engine(*m_workspace,
                           KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    const auto michal = m_workspace->agentIdByName(QStringLiteral("MICHAL"));
    QVERIFY(michal && michal->has_value());
    CallFilter michalsCalls;
    michalsCalls.agentId = **michal;
    const auto kpis = engine.kpis(michalsCalls);
    // MICHAL: 1,704 answered calls, 977 within 20 s, 255,550 s of talk.
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 1704.0);
    QCOMPARE(*findKpi(*kpis, "service_level").value, 977.0 / 1704);
    QCOMPARE(*findKpi(*kpis, "aht").value, 255550.0 / 1704);
    const auto agents = engine.kpisByAgent(CallFilter{});
    QCOMPARE(agents->size(), 28);
}

QTEST_GUILESS_MAIN(TestTechnionImport)
#include "tst_technionimport.moc"
