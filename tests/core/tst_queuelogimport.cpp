#include "import/AircallCsvFormat.h"
#include "import/AsteriskQueueLogFormat.h"
#include "import/Importer.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "kpi/KpiEngine.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString voipreports =
    QStringLiteral(CALLBOARD_TEST_DATA "/asterisk-queue-log/voipreports-queue_log.csv");
const QString textLog = QStringLiteral(CALLBOARD_TEST_DATA "/asterisk-queue-log/queue_log");
const QString realtimeData =
    QStringLiteral(CALLBOARD_TEST_DATA "/asterisk-queue-log/realtime-data.csv");
const QString realtimeDataN =
    QStringLiteral(CALLBOARD_TEST_DATA "/asterisk-queue-log/realtime-data1-5.csv");

/// The text fixture's events are given as seconds after this Unix time.
constexpr qint64 fixtureBase = 1718000000;

qint64 ms(qint64 unixSeconds)
{
    return unixSeconds * 1000;
}

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// The first record of @p path, as the importer reads it.
QStringList firstRecordOf(const QString &path)
{
    auto reader = RecordReader::open(path);
    Record first;
    if (!reader || !(*reader)->readRecord(first)) {
        return {};
    }
    return first.fields;
}

} // namespace

class TestQueueLogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formsAreToldApartFromOtherFormats();
    void filesThatAreNoQueueLogAreRefused();
    void importsTheVoipreportsTable();
    void voipreportsInboundCalls();
    void voipreportsOutboundCalls();
    void voipreportsKpis();
    void textLogCoversEveryEvent();
    void textLogRejectsBadLines();
    void transfersAndOverflowsMakeLegs();
    void openCallsAtTheEndOfTheLog();
    void realtimeDataColumn();
    void realtimeDataColumnsWithOffsets();
    void impossibleTimesAndDurationsAreRejected();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    /// The columns of call @p sourceId's leg @p leg.
    QSqlQuery call(const QString &columns, const QString &sourceId, int leg = 0) const;
    /// How many stored calls meet @p where.
    int count(const QString &where) const;
    QString writeFile(const char *name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestQueueLogImport::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestQueueLogImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestQueueLogImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

QSqlQuery TestQueueLogImport::call(const QString &columns, const QString &sourceId, int leg) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id"
                                   " WHERE c.source_id = :id AND c.leg = :leg"));
    query.bindValue(QStringLiteral(":id"), sourceId);
    query.bindValue(QStringLiteral(":leg"), leg);
    query.exec();
    query.next();
    return query;
}

int TestQueueLogImport::count(const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT count(*) FROM calls c WHERE ") + where);
    query.next();
    return query.value(0).toInt();
}

QString TestQueueLogImport::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestQueueLogImport::formsAreToldApartFromOtherFormats()
{
    const AsteriskQueueLogFormat queueLog;
    // Each database form by its header; the text file by its first line.
    QCOMPARE(queueLog.matchHeader(firstRecordOf(voipreports)), 95);
    QCOMPARE(queueLog.matchHeader(firstRecordOf(realtimeData)), 95);
    QCOMPARE(queueLog.matchHeader(firstRecordOf(realtimeDataN)), 95);
    const QStringList textLine = firstRecordOf(textLog);
    QCOMPARE(textLine.size(), 6); // 1717999990|NONE|NONE|NONE|QUEUESTART| : the pipe was found
    QCOMPARE(queueLog.matchHeader(textLine), 90);

    const QStringList others[] = {
        firstRecordOf(
            QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv")),
        firstRecordOf(QStringLiteral(CALLBOARD_TEST_DATA "/technion-anonymous-bank/january.txt")),
        firstRecordOf(QStringLiteral(CALLBOARD_TEST_DATA "/aircall/current-export.csv")),
    };
    for (const QStringList &header : others) {
        QCOMPARE(queueLog.matchHeader(header), 0);
    }
    for (const QString &path : {voipreports, realtimeData, realtimeDataN, textLog}) {
        const QStringList first = firstRecordOf(path);
        QCOMPARE(PwcSpreadsheetFormat().matchHeader(first), 0);
        QCOMPARE(TechnionBankFormat().matchHeader(first), 0);
        QCOMPARE(AircallCsvFormat().matchHeader(first), 0);
    }
}

void TestQueueLogImport::filesThatAreNoQueueLogAreRefused()
{
    // Pipe-separated, but neither a queue_log header nor an event line: an upper-case event
    // name in field 5 and a call id in field 2 are both missing.
    const QString pipes = writeFile("pipes.txt",
                                    "1718000000|caller|support|agent|enterqueue|x\n"
                                    "1718000001|caller|support|agent|connect|y\n");
    FileImportResult result = import(pipes);
    QVERIFY(result.refusal);
    QVERIFY(result.format.isEmpty());
    QCOMPARE(count(QStringLiteral("1")), 0);

    // Told to read another format's file as a queue_log, it says what it needs.
    ImportOptions forced;
    forced.formatId = QStringLiteral("asterisk-queue-log");
    result = import(QStringLiteral(CALLBOARD_TEST_DATA "/aircall/current-export.csv"), forced);
    QVERIFY(result.refusal);
    QVERIFY2(result.refusal->message.contains(QLatin1String("not an Asterisk queue_log")),
             qPrintable(result.refusal->message));

    // Another format's file is detected as that format, not as a queue_log.
    result = import(QStringLiteral(CALLBOARD_TEST_DATA "/aircall/current-export.csv"));
    QCOMPARE(result.format, QStringLiteral("aircall-csv"));
}

void TestQueueLogImport::importsTheVoipreportsTable()
{
    const FileImportResult result = import(voipreports);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-queue-log"));
    // awk 'END{print NR-1}' voipreports-queue_log.csv
    QCOMPARE(result.rows, 1000);
    // Every event is known (the dialler's OUTCANCEL, OUTCHANUNAVAIL, OUTCONGESTION and
    // OUTTRANSFER included), so none is rejected as unknown.
    QCOMPARE(result.rejected, 0);
    // 108 inbound calls, one per call id with ENTERQUEUE (each has exactly one):
    //   awk -F, '$6=="ENTERQUEUE"{print $3}' voipreports-queue_log.csv | sort -u | wc -l
    // 110 outbound calls, one per call id with OUTDIAL (128 attempts with the retries):
    //   awk -F, '$6=="OUTDIAL"{print $3}' voipreports-queue_log.csv | sort -u | wc -l
    QCOMPARE(result.calls, 108 + 110);
    QCOMPARE(result.imported, 218);
    // Date_time holds Unix seconds: no zone was needed.
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    QCOMPARE(count(QStringLiteral("c.source = 'asterisk-queue' AND c.leg = 0")), 218);
    QCOMPARE(count(QStringLiteral("c.direction = %1").arg(int(Direction::Inbound))), 108);
    QCOMPARE(count(QStringLiteral("c.direction = %1").arg(int(Direction::Outbound))), 110);
    auto inbound = [this](Outcome outcome) {
        return count(QStringLiteral("c.direction = %1 AND c.outcome = %2")
                         .arg(int(Direction::Inbound))
                         .arg(int(outcome)));
    };
    // Answered: call ids with CONNECT:
    //   awk -F, '$6=="CONNECT"{print $3}' voipreports-queue_log.csv | sort -u | wc -l   -> 93
    QCOMPARE(inbound(Outcome::Answered), 93);
    // 12 ABANDON and 1 EXITWITHTIMEOUT, all on different call ids:
    //   awk -F, '$6=="ABANDON"||$6=="EXITWITHTIMEOUT"{print $3}' ... | sort -u | wc -l   -> 13
    QCOMPARE(inbound(Outcome::Abandoned), 13);
    // The log's last two ENTERQUEUEs (lines 993 and 1001) are still waiting when it ends.
    QCOMPARE(inbound(Outcome::InProgress), 2);
    auto outbound = [this](Outcome outcome) {
        return count(QStringLiteral("c.direction = %1 AND c.outcome = %2")
                         .arg(int(Direction::Outbound))
                         .arg(int(outcome)));
    };
    // Call ids with OUTANSWER: awk -F, '$6=="OUTANSWER"{print $3}' ... | sort -u | wc -l -> 77;
    // the other 33 ended in OUTCANCEL, OUTCHANUNAVAIL or OUTCONGESTION.
    QCOMPARE(outbound(Outcome::Answered), 77);
    QCOMPARE(outbound(Outcome::NotConnected), 33);
    // ATTENDEDTRANSFER, BLINDTRANSFER, and the OUTANSWER ended by TRANSFER (then OUTTRANSFER).
    QCOMPARE(count(QStringLiteral("c.transferred = 1")), 3);

    // Importing it again adds nothing: each call is (asterisk-queue, callid, leg).
    const FileImportResult again = import(voipreports);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 218);
}

void TestQueueLogImport::voipreportsInboundCalls()
{
    QVERIFY(!import(voipreports).refusal);
    const QString columns = QStringLiteral(
        "c.queue_entered_at_ms, c.answered_at_ms, c.ended_at_ms, c.wait_s, c.ring_s, c.talk_s,"
        " a.name, c.queue, c.caller_number, c.outcome, c.outcome_reason, c.transferred, c.raw,"
        " c.arrived_at_ms");

    // grep 1543602660.197: ENTERQUEUE at 1543602677 (caller 13531591940), five RINGNOANSWER,
    // CONNECT at 1543602753 by Agent/1127 (htime 76, param3 ringtime 6), COMPLETECALLER at
    // 1543603600 (ttime 847).
    QSqlQuery answered = call(columns, QStringLiteral("1543602660.197"));
    QCOMPARE(answered.value(0).toLongLong(), ms(1543602677));
    QCOMPARE(answered.value(13).toLongLong(), ms(1543602677)); // arrival: the queue entry
    QCOMPARE(answered.value(1).toLongLong(), ms(1543602753));
    QCOMPARE(answered.value(2).toLongLong(), ms(1543603600));
    QCOMPARE(answered.value(3).toDouble(), 76.0); // 1543602753 - 1543602677
    QCOMPARE(answered.value(4).toDouble(), 6.0);
    QCOMPARE(answered.value(5).toDouble(), 847.0); // 1543603600 - 1543602753
    QCOMPARE(answered.value(6).toString(), QStringLiteral("1127"));
    QCOMPARE(answered.value(7).toString(), QStringLiteral("IT"));
    QCOMPARE(answered.value(8).toString(), QStringLiteral("13531591940"));
    QCOMPARE(answered.value(10).toString(), QStringLiteral("caller hung up"));
    QCOMPARE(answered.value(11).toInt(), 0);
    // Its eight events, the five offers included, stay with it: awk -F, '$3=="1543602660.197"'
    QCOMPARE(QJsonDocument::fromJson(answered.value(12).toString().toUtf8()).array().size(), 8);
    QCOMPARE(answered.value(12).toString().count(QLatin1String("RINGNOANSWER")), 5);
    QVERIFY(answered.value(12).toString().contains(QLatin1String("Agent/1127")));

    // 1543852103.1644: ENTERQUEUE at 1543852119, ABANDON at 1543852316 with htime 197.
    QSqlQuery abandoned = call(columns, QStringLiteral("1543852103.1644"));
    QCOMPARE(abandoned.value(9).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(10).toString(), QStringLiteral("abandoned"));
    QCOMPARE(abandoned.value(3).toDouble(), 197.0);
    QCOMPARE(abandoned.value(2).toLongLong(), ms(1543852316));
    QVERIFY(abandoned.value(6).isNull());
    QVERIFY(abandoned.value(5).isNull());
    QCOMPARE(abandoned.value(8).toString(), QStringLiteral("+937094145270"));

    // 1543860451.3324: ENTERQUEUE at 1543860463, 22 offers, EXITWITHTIMEOUT after htime 300.
    QSqlQuery timedOut = call(columns, QStringLiteral("1543860451.3324"));
    QCOMPARE(timedOut.value(9).toInt(), int(Outcome::Abandoned));
    QCOMPARE(timedOut.value(10).toString(), QStringLiteral("timeout"));
    QCOMPARE(timedOut.value(3).toDouble(), 300.0);

    // 1543833609.335: CONNECT to Agent/1128 after 6 s, ATTENDEDTRANSFER with htime 6, ttime 30.
    QSqlQuery transferred = call(columns, QStringLiteral("1543833609.335"));
    QCOMPARE(transferred.value(9).toInt(), int(Outcome::Answered));
    QCOMPARE(transferred.value(10).toString(), QStringLiteral("attended transfer"));
    QCOMPARE(transferred.value(11).toInt(), 1);
    QCOMPARE(transferred.value(3).toDouble(), 6.0);
    QCOMPARE(transferred.value(5).toDouble(), 30.0);
    QCOMPARE(transferred.value(6).toString(), QStringLiteral("1128"));

    // 1543942189.2194: CONNECT at 1543942206 (htime 6) and nothing after it before the log
    // ends: answered, talk unknown.
    QSqlQuery unfinished = call(columns, QStringLiteral("1543942189.2194"));
    QCOMPARE(unfinished.value(9).toInt(), int(Outcome::Answered));
    QCOMPARE(unfinished.value(3).toDouble(), 6.0);
    QVERIFY(unfinished.value(5).isNull());
    QVERIFY(unfinished.value(2).isNull());
    QCOMPARE(unfinished.value(10).toString(), QStringLiteral("no completion logged"));

    // 1543942842.2438: the log's last line, an ENTERQUEUE.
    QSqlQuery waiting = call(columns, QStringLiteral("1543942842.2438"));
    QCOMPARE(waiting.value(9).toInt(), int(Outcome::InProgress));
    QVERIFY(waiting.value(3).isNull());
}

void TestQueueLogImport::voipreportsOutboundCalls()
{
    QVERIFY(!import(voipreports).refusal);
    const QString columns = QStringLiteral(
        "c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms, c.ring_s, c.talk_s, a.name,"
        " c.callee_number, c.outcome, c.outcome_reason, c.transferred, c.direction, c.wait_s,"
        " c.queue");

    // 1543602022.182: OUTDIAL to 3318 by Agent/1127 at 1543602023; OUTANSWER at 1543602424
    // with param2 COMPLETEAGENT, htime 2 (ringing) and ttime 398 (talk).
    QSqlQuery answered = call(columns, QStringLiteral("1543602022.182"));
    QCOMPARE(answered.value(10).toInt(), int(Direction::Outbound));
    QCOMPARE(answered.value(7).toInt(), int(Outcome::Answered));
    QCOMPARE(answered.value(0).toLongLong(), ms(1543602023));
    QCOMPARE(answered.value(2).toLongLong(), ms(1543602424));
    QCOMPARE(answered.value(1).toLongLong(), ms(1543602424 - 398));
    QCOMPARE(answered.value(3).toDouble(), 2.0);
    QCOMPARE(answered.value(4).toDouble(), 398.0);
    QCOMPARE(answered.value(5).toString(), QStringLiteral("1127"));
    QCOMPARE(answered.value(6).toString(), QStringLiteral("3318"));
    QCOMPARE(answered.value(8).toString(), QStringLiteral("agent hung up"));
    QCOMPARE(answered.value(9).toInt(), 0);
    QVERIFY(answered.value(11).isNull()); // no queue wait for an outbound call
    QVERIFY(answered.value(12).isNull()); // queue_name NONE

    // 1543857329.2611: OUTDIAL, OUTCHANUNAVAIL, OUTDIAL again, then OUTANSWER (COMPLETECALLER,
    // ttime 286): the retry is the same call, and it was answered.
    QSqlQuery retried = call(columns, QStringLiteral("1543857329.2611"));
    QCOMPARE(retried.value(7).toInt(), int(Outcome::Answered));
    QCOMPARE(retried.value(4).toDouble(), 286.0);
    QCOMPARE(retried.value(8).toString(), QStringLiteral("callee hung up"));
    QCOMPARE(count(QStringLiteral("c.source_id = '1543857329.2611'")), 1);

    // 1543859342.3140: three OUTDIALs answered by OUTCONGESTION twice, then OUTCHANUNAVAIL.
    QSqlQuery failed = call(columns, QStringLiteral("1543859342.3140"));
    QCOMPARE(failed.value(7).toInt(), int(Outcome::NotConnected));
    QCOMPARE(failed.value(8).toString(), QStringLiteral("channel unavailable"));
    QVERIFY(failed.value(4).isNull());
    QCOMPARE(failed.value(6).toString(), QStringLiteral("11"));

    // 1543618244.107: OUTANSWER with param2 TRANSFER (ttime 40), then OUTTRANSFER to 1125.
    QSqlQuery transferred = call(columns, QStringLiteral("1543618244.107"));
    QCOMPARE(transferred.value(7).toInt(), int(Outcome::Answered));
    QCOMPARE(transferred.value(9).toInt(), 1);
    QCOMPARE(transferred.value(4).toDouble(), 40.0);
    QCOMPARE(transferred.value(8).toString(), QStringLiteral("transferred"));
}

void TestQueueLogImport::voipreportsKpis()
{
    QVERIFY(!import(voipreports).refusal);
    const KpiEngine engine(*m_workspace,
                           KpiCalculator(DefinitionProfile::standard(), Targets::defaults()));
    const auto kpis = engine.kpis(CallFilter{});
    QVERIFY(kpis);
    // 108 inbound less the 2 in progress, and 110 outbound.
    QCOMPARE(*findKpi(*kpis, "calls").value, 106.0 + 110);
    QCOMPARE(*findKpi(*kpis, "answered_calls").value, 93.0);
    // Of the 13 abandons, one (1543935570.1153) waited 5 s, a short abandon:
    //   awk -F, '($6=="ABANDON"||$6=="EXITWITHTIMEOUT") && $12<=5' ... | wc -l   -> 1
    QCOMPARE(*findKpi(*kpis, "abandoned_calls").value, 12.0);
    QCOMPARE(*findKpi(*kpis, "short_abandons").value, 1.0);
    // Answered within 20 s: awk -F, '$6=="CONNECT" && $12<=20' ... | wc -l   -> 39
    QCOMPARE(*findKpi(*kpis, "service_level").value, 39.0 / (93 + 12));
    QCOMPARE(*findKpi(*kpis, "abandonment_rate").value, 12.0 / (93 + 12));
    // awk -F, '$6=="CONNECT"{s+=$12} END{print s}' ...   -> 3599 over 93 answered
    QCOMPARE(*findKpi(*kpis, "asa").value, 3599.0 / 93);
    // Talk of the 91 answered calls that were completed or transferred (two have no end):
    //   awk -F, '$6~/^COMPLETE/||$6~/^(ATTENDED|BLIND)TRANSFER$/{s+=$13;n++} END{print s,n}'
    //   -> 23913 91
    QCOMPARE(*findKpi(*kpis, "aht").value, 23913.0 / 91);
}

void TestQueueLogImport::textLogCoversEveryEvent()
{
    const FileImportResult result = import(textLog);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-queue-log"));
    // wc -l queue_log: 73 lines, each an event (or a broken line), none a header.
    QCOMPARE(result.rows, 73);
    // 19 call ids make calls; 1718000900.10 makes two legs. Rejected: four lines (next test).
    QCOMPARE(result.calls, 20);
    QCOMPARE(result.imported, 20);
    QCOMPARE(result.rejected, 4);
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    const QString columns =
        QStringLiteral("c.outcome, c.outcome_reason, c.wait_s, c.talk_s, c.ring_s, a.name,"
                       " c.queue, c.caller_number, c.tracking_number, c.queue_entered_at_ms,"
                       " c.answered_at_ms, c.ended_at_ms, c.direction, c.callee_number,"
                       " c.transferred, c.arrived_at_ms");
    auto at = [](qint64 secondsAfterBase) { return ms(fixtureBase + secondsAfterBase); };

    // DID, ENTERQUEUE at +100, RINGNOANSWER (15000 ms), CONNECT at +120 (holdtime 20,
    // ringtime 5), COMPLETECALLER at +300 (calltime 180), written after another call's events.
    QSqlQuery answered = call(columns, QStringLiteral("1718000095.1"));
    QCOMPARE(answered.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(answered.value(1).toString(), QStringLiteral("caller hung up"));
    QCOMPARE(answered.value(2).toDouble(), 20.0);
    QCOMPARE(answered.value(3).toDouble(), 180.0);
    QCOMPARE(answered.value(4).toDouble(), 5.0);
    QCOMPARE(answered.value(5).toString(), QStringLiteral("201")); // PJSIP/201
    QCOMPARE(answered.value(6).toString(), QStringLiteral("support"));
    QCOMPARE(answered.value(7).toString(), QStringLiteral("15550123401"));
    QCOMPARE(answered.value(8).toString(), QStringLiteral("15550100000")); // the DID
    QCOMPARE(answered.value(9).toLongLong(), at(100));
    QCOMPARE(answered.value(10).toLongLong(), at(120));
    QCOMPARE(answered.value(11).toLongLong(), at(300));

    // COMPLETEAGENT from a Local channel member (Local/203@from-queue/n).
    QSqlQuery agentHungUp = call(columns, QStringLiteral("1718000200.3"));
    QCOMPARE(agentHungUp.value(1).toString(), QStringLiteral("agent hung up"));
    QCOMPARE(agentHungUp.value(5).toString(), QStringLiteral("203"));
    QCOMPARE(agentHungUp.value(3).toDouble(), 60.0);

    // The log starts with this call already connected: CONNECT at +10 after 15 s, completed at
    // +70 after 60 s. Its queue entry is worked back from the holdtime.
    QSqlQuery startedEarlier = call(columns, QStringLiteral("1717999990.40"));
    QCOMPARE(startedEarlier.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(startedEarlier.value(9).toLongLong(), at(10 - 15));
    QCOMPARE(startedEarlier.value(15).toLongLong(), at(10 - 15));
    QCOMPARE(startedEarlier.value(10).toLongLong(), at(10));
    QCOMPARE(startedEarlier.value(3).toDouble(), 60.0);

    // ABANDON after 33 s (a RINGCANCELED offer just before), EXITWITHTIMEOUT after 60 s,
    // EXITWITHKEY (key 1) after 12 s, EXITEMPTY after 2 s from an anonymous caller, WITHDRAW
    // after 30 s.
    struct Exit
    {
        const char *callId;
        Outcome outcome;
        const char *reason;
        double wait;
    };
    for (const Exit &exit : {Exit{"1718000400.5", Outcome::Abandoned, "abandoned", 33},
                             Exit{"1718000500.6", Outcome::Abandoned, "timeout", 60},
                             Exit{"1718000600.7", Outcome::LeftByKey, "key 1", 12},
                             Exit{"1718000700.8", Outcome::Missed, "no agents", 2},
                             Exit{"1718000800.9", Outcome::Missed, "withdrawn", 30}}) {
        QSqlQuery left = call(columns, QString::fromLatin1(exit.callId));
        QCOMPARE(left.value(0).toInt(), int(exit.outcome));
        QCOMPARE(left.value(1).toString(), QString::fromLatin1(exit.reason));
        QCOMPARE(left.value(2).toDouble(), exit.wait);
        QVERIFY(left.value(5).isNull());
        QVERIFY(left.value(3).isNull());
    }
    QVERIFY(call(columns, QStringLiteral("1718000700.8")).value(7).isNull()); // anonymous

    // ATTENDEDTRANSFER (calltime 90) and the pre-12 TRANSFER (calltime 60, SIP/204).
    QSqlQuery attended = call(columns, QStringLiteral("1718001000.13"));
    QCOMPARE(attended.value(1).toString(), QStringLiteral("attended transfer"));
    QCOMPARE(attended.value(14).toInt(), 1);
    QCOMPARE(attended.value(3).toDouble(), 90.0);
    QSqlQuery transfer = call(columns, QStringLiteral("1718001100.16"));
    QCOMPARE(transfer.value(1).toString(), QStringLiteral("transfer"));
    QCOMPARE(transfer.value(5).toString(), QStringLiteral("204"));
    QCOMPARE(transfer.value(3).toDouble(), 60.0);

    // AGENTDUMP by PJSIP/202 makes nothing of its own; PJSIP/201 then answers after 15 s.
    QSqlQuery dumped = call(columns, QStringLiteral("1718001400.20"));
    QCOMPARE(dumped.value(5).toString(), QStringLiteral("201"));
    QCOMPARE(dumped.value(2).toDouble(), 15.0);
    QCOMPARE(count(QStringLiteral("c.source_id = '1718001500.22'")), 0); // SYSCOMPAT alone

    // OUTCALL ANSWER at +1700: talk 75 of a 90 s dial, so it was dialled at +1610 and rang
    // 15 s. OUTCALL BUSY at +1720: not connected.
    QSqlQuery outcall = call(columns, QStringLiteral("1718001600.23"));
    QCOMPARE(outcall.value(12).toInt(), int(Direction::Outbound));
    QCOMPARE(outcall.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(outcall.value(3).toDouble(), 75.0);
    QCOMPARE(outcall.value(4).toDouble(), 15.0);
    QCOMPARE(outcall.value(15).toLongLong(), at(1700 - 90));
    QCOMPARE(outcall.value(10).toLongLong(), at(1700 - 75));
    QCOMPARE(outcall.value(13).toString(), QStringLiteral("15550123413"));
    QSqlQuery busy = call(columns, QStringLiteral("1718001710.24"));
    QCOMPARE(busy.value(0).toInt(), int(Outcome::NotConnected));
    QCOMPARE(busy.value(1).toString(), QStringLiteral("busy"));
    QVERIFY(busy.value(3).isNull());

    // Importing it again adds nothing and rejects the same four lines.
    const FileImportResult again = import(textLog);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 20);
    QCOMPARE(again.rejected, 4);
}

void TestQueueLogImport::textLogRejectsBadLines()
{
    const FileImportResult result = import(textLog);
    QVERIFY(!result.refusal);
    QCOMPARE(result.problems.size(), 4);
    // Line 63 (grep -n CUSTOMTAG queue_log): an event Callboard does not know, written by the
    // dialplan's QueueLog().
    QCOMPARE(result.problems.at(0).line, 63);
    QCOMPARE(result.problems.at(0).column, 5);
    QCOMPARE(result.problems.at(0).message, QStringLiteral("unknown queue_log event CUSTOMTAG"));
    // Line 64: cut off after three fields; the agent (field 4) is the first one missing.
    QCOMPARE(result.problems.at(1).line, 64);
    QCOMPARE(result.problems.at(1).column, 4);
    // Line 65: no Unix time where one must be.
    QCOMPARE(result.problems.at(2).line, 65);
    QCOMPARE(result.problems.at(2).column, 1);
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("this is not a queue_log line")));
    // Line 66: a CONNECT whose holdtime (field 6) is no number.
    QCOMPARE(result.problems.at(3).line, 66);
    QCOMPARE(result.problems.at(3).column, 6);
    QVERIFY(result.problems.at(3).message.contains(QLatin1String("soon")));
    QCOMPARE(count(QStringLiteral("c.source_id IN ('1718002000.28', '1718002200.30')")), 0);
}

void TestQueueLogImport::transfersAndOverflowsMakeLegs()
{
    QVERIFY(!import(textLog).refusal);
    const QString columns =
        QStringLiteral("c.outcome, c.outcome_reason, c.wait_s, c.talk_s, a.name, c.queue,"
                       " c.transferred, c.queue_entered_at_ms, c.answered_at_ms, c.arrived_at_ms,"
                       " c.caller_number");
    auto at = [](qint64 secondsAfterBase) { return ms(fixtureBase + secondsAfterBase); };

    // 1718000900.10: answered in support by PJSIP/201 (wait 10), BLINDTRANSFER after 60 s; the
    // caller enters billing at +971 and Agent/301 answers after 14 s and talks 120 s.
    QCOMPARE(count(QStringLiteral("c.source_id = '1718000900.10'")), 2);
    QSqlQuery first = call(columns, QStringLiteral("1718000900.10"), 0);
    QCOMPARE(first.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(first.value(1).toString(), QStringLiteral("blind transfer"));
    QCOMPARE(first.value(2).toDouble(), 10.0);
    QCOMPARE(first.value(3).toDouble(), 60.0);
    QCOMPARE(first.value(4).toString(), QStringLiteral("201"));
    QCOMPARE(first.value(5).toString(), QStringLiteral("support"));
    QCOMPARE(first.value(6).toInt(), 1);
    QSqlQuery second = call(columns, QStringLiteral("1718000900.10"), 1);
    QCOMPARE(second.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(second.value(1).toString(), QStringLiteral("caller hung up"));
    QCOMPARE(second.value(2).toDouble(), 14.0);
    QCOMPARE(second.value(3).toDouble(), 120.0);
    QCOMPARE(second.value(4).toString(), QStringLiteral("301")); // Agent/301
    QCOMPARE(second.value(5).toString(), QStringLiteral("billing"));
    QCOMPARE(second.value(6).toInt(), 0);
    QCOMPARE(second.value(7).toLongLong(), at(971));
    QCOMPARE(second.value(8).toLongLong(), at(985));
    QCOMPARE(second.value(9).toLongLong(), at(900)); // the customer call's arrival
    QCOMPARE(second.value(10).toString(), QStringLiteral("15550123408"));

    // 1718001200.18: times out of support after 30 s, enters sales at +1231, answered there at
    // +1240. One call: the customer waited from +1200 to +1240, and sales answered.
    QCOMPARE(count(QStringLiteral("c.source_id = '1718001200.18'")), 1);
    QSqlQuery overflowed = call(columns, QStringLiteral("1718001200.18"));
    QCOMPARE(overflowed.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(overflowed.value(2).toDouble(), 40.0);
    QCOMPARE(overflowed.value(3).toDouble(), 100.0);
    QCOMPARE(overflowed.value(4).toString(), QStringLiteral("204"));
    QCOMPARE(overflowed.value(5).toString(), QStringLiteral("sales"));
    QCOMPARE(overflowed.value(7).toLongLong(), at(1200));
}

void TestQueueLogImport::openCallsAtTheEndOfTheLog()
{
    QVERIFY(!import(textLog).refusal);
    const QString columns =
        QStringLiteral("c.outcome, c.outcome_reason, c.wait_s, c.talk_s, c.ended_at_ms");
    // The log ends at +20022. 1718020000.32 entered at +20000 and was only rung since: still
    // queued, in progress.
    QSqlQuery queued = call(columns, QStringLiteral("1718020000.32"));
    QCOMPARE(queued.value(0).toInt(), int(Outcome::InProgress));
    QCOMPARE(queued.value(1).toString(), QStringLiteral("still queued"));
    QVERIFY(queued.value(2).isNull());
    // 1718020005.33 was connected at +20011 (holdtime 6): answered, talk unknown.
    QSqlQuery talking = call(columns, QStringLiteral("1718020005.33"));
    QCOMPARE(talking.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(talking.value(2).toDouble(), 6.0);
    QVERIFY(talking.value(3).isNull());
    // 1718001800.25 was connected at +1812 and never completed, five hours before the log
    // ends: a transfer the log missed, or a call that is still going; answered, talk unknown.
    QSqlQuery unlogged = call(columns, QStringLiteral("1718001800.25"));
    QCOMPARE(unlogged.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(unlogged.value(1).toString(), QStringLiteral("no completion logged"));
    QVERIFY(unlogged.value(3).isNull());
    QVERIFY(unlogged.value(4).isNull());
    // 1718001900.27 entered at +1900 and has no other event in the 5 h that follow: it left the
    // queue without an exit event, so it is missed rather than in progress.
    QSqlQuery vanished = call(columns, QStringLiteral("1718001900.27"));
    QCOMPARE(vanished.value(0).toInt(), int(Outcome::Missed));
    QCOMPARE(vanished.value(1).toString(), QStringLiteral("no exit logged"));
    QVERIFY(vanished.value(2).isNull());
}

void TestQueueLogImport::realtimeDataColumn()
{
    // Wazo-style rows: local times with microseconds, the parameters joined by | in `data`.
    ImportOptions paris;
    paris.timeZone = QTimeZone("Europe/Paris");
    const FileImportResult result = import(realtimeData, paris);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 6);
    QCOMPARE(result.calls, 2);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("Europe/Paris"));

    const QString columns = QStringLiteral(
        "c.queue_entered_at_ms, c.wait_s, c.talk_s, c.ring_s, a.name, c.caller_number, c.outcome");
    // 09:00:00.120 in Paris (CEST, UTC+2) is 07:00:00.120 UTC; CONNECT 12|...|4, then
    // COMPLETECALLER 12|180|1.
    QSqlQuery answered = call(columns, QStringLiteral("1718002795.1"));
    QCOMPARE(answered.value(0).toLongLong(), utcMs(2024, 6, 10, 7, 0) + 120);
    QCOMPARE(answered.value(1).toDouble(), 12.0);
    QCOMPARE(answered.value(2).toDouble(), 180.0);
    QCOMPARE(answered.value(3).toDouble(), 4.0);
    QCOMPARE(answered.value(4).toString(), QStringLiteral("3001"));
    QCOMPARE(answered.value(5).toString(), QStringLiteral("15550123501"));
    QSqlQuery abandoned = call(columns, QStringLiteral("1718003100.3"));
    QCOMPARE(abandoned.value(6).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(1).toDouble(), 45.0); // ABANDON 1|1|45
}

void TestQueueLogImport::realtimeDataColumnsWithOffsets()
{
    // data1..data5, and times that carry their own offset (+02): no zone is needed.
    const FileImportResult result = import(realtimeDataN);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 5);
    QCOMPARE(result.calls, 2);
    QCOMPARE(ImportLog(*m_workspace).imports()->first().timeZone, QStringLiteral("UTC"));

    const QString columns = QStringLiteral(
        "c.queue_entered_at_ms, c.wait_s, c.talk_s, a.name, c.outcome, c.outcome_reason");
    // 11:00:00+02 is 09:00 UTC; CONNECT 20,...,6 by SIP/3002; COMPLETEAGENT 20,90,1.
    QSqlQuery answered = call(columns, QStringLiteral("1718010000.5"));
    QCOMPARE(answered.value(0).toLongLong(), utcMs(2024, 6, 10, 9, 0));
    QCOMPARE(answered.value(1).toDouble(), 20.0);
    QCOMPARE(answered.value(2).toDouble(), 90.0);
    QCOMPARE(answered.value(3).toString(), QStringLiteral("3002"));
    QCOMPARE(answered.value(5).toString(), QStringLiteral("agent hung up"));
    // EXITEMPTY 1,1,30: nobody could take it.
    QSqlQuery empty = call(columns, QStringLiteral("1718010120.7"));
    QCOMPARE(empty.value(4).toInt(), int(Outcome::Missed));
    QCOMPARE(empty.value(5).toString(), QStringLiteral("no agents"));
    QCOMPARE(empty.value(1).toDouble(), 30.0);
}

void TestQueueLogImport::impossibleTimesAndDurationsAreRejected()
{
    // Seen while writing the fuzz harness (tests/fuzz): a holdtime of 1e300 s overflowed the
    // assembler's arithmetic in milliseconds, and Qt read an offset of +99:00 (no zone) or a year
    // past its range as 1970. Each is now a rejected row that says why; the rest of the call is
    // still read.
    const QString table =
        writeFile("impossible-times.csv",
                  "time,callid,queuename,agent,event,data1,data2,data3,data4,data5\n"
                  "2024-06-10 11:00:00+02,1718010000.5,support,NONE,ENTERQUEUE,,"
                  "15550123601,1,,\n"
                  "2024-06-10 11:00:20+99:00,1718010000.5,support,SIP/3002,"
                  "CONNECT,20,1718010015.6,6,,\n"
                  "999999999-06-10 11:01:00,1718010000.5,support,SIP/3002,"
                  "CONNECT,20,1718010015.6,6,,\n"
                  "2024-06-10 11:01:50+02,1718010000.5,support,SIP/3002,"
                  "COMPLETEAGENT,20,90,1,,\n");
    const FileImportResult fromTable = import(table);
    QVERIFY(!fromTable.refusal);
    QCOMPARE(fromTable.calls, 1);
    QCOMPARE(fromTable.rejected, 2);
    QCOMPARE(fromTable.problems.at(0).line, 3);
    QCOMPARE(fromTable.problems.at(0).column, 1);
    QVERIFY(fromTable.problems.at(0).message.contains(QLatin1String("+99:00")));
    QCOMPARE(fromTable.problems.at(1).line, 4);
    QCOMPARE(fromTable.problems.at(1).column, 1);

    const QString text =
        writeFile("impossible-durations.log",
                  "1718010000|1718010000.9|support|NONE|ENTERQUEUE||15550123609|1\n"
                  "1718010020|1718010000.9|support|SIP/3002|CONNECT|1e300|x|6\n"
                  "1718010110|1718010000.9|support|SIP/3002|COMPLETEAGENT|20|inf|1\n"
                  "1718010120|1718010000.9|support|SIP/3002|COMPLETEAGENT|20|90|1\n");
    const FileImportResult fromText = import(text);
    QVERIFY(!fromText.refusal);
    QCOMPARE(fromText.calls, 1);
    QCOMPARE(fromText.rejected, 2);
    QCOMPARE(fromText.problems.at(0).line, 2);
    QCOMPARE(fromText.problems.at(0).column, 6);
    QCOMPARE(fromText.problems.at(0).message,
             QStringLiteral("CONNECT: 1e300 seconds is longer than a year"));
    QCOMPARE(fromText.problems.at(1).line, 3);
    QCOMPARE(fromText.problems.at(1).column, 7);
    QSqlQuery answered = call(QStringLiteral("c.wait_s, c.talk_s"), QStringLiteral("1718010000.9"));
    QCOMPARE(answered.value(0).toDouble(), 20.0);
    QCOMPARE(answered.value(1).toDouble(), 90.0);
}

QTEST_GUILESS_MAIN(TestQueueLogImport)
#include "tst_queuelogimport.moc"
