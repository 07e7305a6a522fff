#include "import/AircallCsvFormat.h"
#include "import/AsteriskCdrFormat.h"
#include "import/FreeSwitchCdrFormat.h"
#include "import/Importer.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "import/ThreeCxCdrFormat.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

namespace {

QString testData(const char *path)
{
    return QStringLiteral(CALLBOARD_TEST_DATA "/") + QString::fromLatin1(path);
}

const QString kelysainaMaster = testData("asterisk-cdr-kelysaina/Master.csv");
const QString freepbxTableDump = testData("freepbx-cdr-g9telecom/cdr.csv");
const QString freepbxReport = testData("freepbx-cdr-g9telecom/g9telecom.csv");
const QString voipReportsDump = testData("asterisk-pbx-db-export-voipreports/cdr.csv");
const QString freeswitchSample = testData("freeswitch-cdr-csv/Master.csv");
const QString freeswitchTemplate = testData("cdr-fixtures/freeswitch-default-template.csv");
const QString freepbxExport = testData("cdr-fixtures/freepbx-export.csv");
const QString threeCxLog = testData("cdr-fixtures/3cx-cdr.log");

qint64 msIn(const char *zone, int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone(zone)).toMSecsSinceEpoch();
}

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return msIn("UTC", y, m, d, hh, mm, ss);
}

ImportOptions inZone(const char *zone)
{
    ImportOptions options;
    options.timeZone = QTimeZone(zone);
    return options;
}

/// The first record of @p path, as the importer reads it.
QStringList firstRecordOf(const QString &path)
{
    auto reader = RecordReader::open(path);
    Record record;
    if (!reader || !(*reader)->readRecord(record)) {
        return {};
    }
    return record.fields;
}

/// cdr_csv's columns in the order it writes them (asterisk cdr/cdr_csv.c): the 16 it always
/// writes, then uniqueid (loguniqueid=yes), userfield (loguserfield=yes), and peeraccount,
/// linkedid and sequence (newcdrcolumns=yes).
const QStringList stockColumns{
    QStringLiteral("accountcode"), QStringLiteral("src"),      QStringLiteral("dst"),
    QStringLiteral("dcontext"),    QStringLiteral("clid"),     QStringLiteral("channel"),
    QStringLiteral("dstchannel"),  QStringLiteral("lastapp"),  QStringLiteral("lastdata"),
    QStringLiteral("start"),       QStringLiteral("answer"),   QStringLiteral("end"),
    QStringLiteral("duration"),    QStringLiteral("billsec"),  QStringLiteral("disposition"),
    QStringLiteral("amaflags"),    QStringLiteral("uniqueid"), QStringLiteral("userfield"),
    QStringLiteral("peeraccount"), QStringLiteral("linkedid"), QStringLiteral("sequence"),
};

/// The columns of each legal cdr_csv layout, by its count of columns.
QStringList stockLayout(int count)
{
    const QStringList always = stockColumns.mid(0, 16);
    switch (count) {
    case 17:
        return always + QStringList{QStringLiteral("uniqueid")};
    case 18:
        return always + QStringList{QStringLiteral("uniqueid"), QStringLiteral("userfield")};
    case 19:
        return always + stockColumns.mid(18);
    case 21:
        return stockColumns;
    default:
        return always;
    }
}

using CdrValues = QHash<QString, QString>;

/// One record as cdr_csv writes it: text quoted (inner quotes doubled), the integer fields and an
/// unset answer time bare.
QByteArray masterCsvLine(const CdrValues &values, const QStringList &columns)
{
    QStringList fields;
    for (const QString &column : columns) {
        const QString value = values.value(column);
        const bool bare = column == QLatin1String("duration") || column == QLatin1String("billsec")
                          || column == QLatin1String("sequence")
                          || (column == QLatin1String("answer") && value.isEmpty());
        fields.append(bare ? value
                           : u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"');
    }
    return fields.join(u',').toUtf8() + '\n';
}

/// Inbound from a trunk, answered by extension 201 after 12 s, 300 s of talk.
const CdrValues answeredInbound{
    {QStringLiteral("accountcode"), QStringLiteral("acme")},
    {QStringLiteral("src"), QStringLiteral("5550123401")},
    {QStringLiteral("dst"), QStringLiteral("201")},
    {QStringLiteral("dcontext"), QStringLiteral("from-pstn")},
    {QStringLiteral("clid"), QStringLiteral("\"Caller One\" <5550123401>")},
    {QStringLiteral("channel"), QStringLiteral("SIP/trunk-0000000a")},
    {QStringLiteral("dstchannel"), QStringLiteral("SIP/201-0000000b")},
    {QStringLiteral("lastapp"), QStringLiteral("Dial")},
    {QStringLiteral("lastdata"), QStringLiteral("SIP/201,20")},
    {QStringLiteral("start"), QStringLiteral("2024-03-12 09:00:00")},
    {QStringLiteral("answer"), QStringLiteral("2024-03-12 09:00:12")},
    {QStringLiteral("end"), QStringLiteral("2024-03-12 09:05:12")},
    {QStringLiteral("duration"), QStringLiteral("312")},
    {QStringLiteral("billsec"), QStringLiteral("300")},
    {QStringLiteral("disposition"), QStringLiteral("ANSWERED")},
    {QStringLiteral("amaflags"), QStringLiteral("DOCUMENTATION")},
    {QStringLiteral("uniqueid"), QStringLiteral("1710234000.10")},
    {QStringLiteral("linkedid"), QStringLiteral("1710234000.10")},
    {QStringLiteral("sequence"), QStringLiteral("10")},
};

/// Extension 202 dialling out; nobody picks up in 30 s.
const CdrValues unansweredOutbound{
    {QStringLiteral("src"), QStringLiteral("202")},
    {QStringLiteral("dst"), QStringLiteral("5550199999")},
    {QStringLiteral("dcontext"), QStringLiteral("from-internal")},
    {QStringLiteral("clid"), QStringLiteral("\"Agent Two\" <202>")},
    {QStringLiteral("channel"), QStringLiteral("SIP/202-0000000c")},
    {QStringLiteral("dstchannel"), QStringLiteral("SIP/trunk-0000000d")},
    {QStringLiteral("lastapp"), QStringLiteral("Dial")},
    {QStringLiteral("lastdata"), QStringLiteral("SIP/trunk/5550199999,60")},
    {QStringLiteral("start"), QStringLiteral("2024-03-12 10:00:00")},
    {QStringLiteral("end"), QStringLiteral("2024-03-12 10:00:30")},
    {QStringLiteral("duration"), QStringLiteral("30")},
    {QStringLiteral("billsec"), QStringLiteral("0")},
    {QStringLiteral("disposition"), QStringLiteral("NO ANSWER")},
    {QStringLiteral("amaflags"), QStringLiteral("DOCUMENTATION")},
    {QStringLiteral("uniqueid"), QStringLiteral("1710237600.12")},
    {QStringLiteral("linkedid"), QStringLiteral("1710237600.12")},
    {QStringLiteral("sequence"), QStringLiteral("12")},
};

/// Extension 201 calling 202, who is busy.
const CdrValues busyInternal{
    {QStringLiteral("src"), QStringLiteral("201")},
    {QStringLiteral("dst"), QStringLiteral("202")},
    {QStringLiteral("dcontext"), QStringLiteral("from-internal")},
    {QStringLiteral("clid"), QStringLiteral("\"Agent One\" <201>")},
    {QStringLiteral("channel"), QStringLiteral("SIP/201-0000000e")},
    {QStringLiteral("dstchannel"), QStringLiteral("SIP/202-0000000f")},
    {QStringLiteral("lastapp"), QStringLiteral("Dial")},
    {QStringLiteral("lastdata"), QStringLiteral("SIP/202,20")},
    {QStringLiteral("start"), QStringLiteral("2024-03-12 11:00:00")},
    {QStringLiteral("end"), QStringLiteral("2024-03-12 11:00:05")},
    {QStringLiteral("duration"), QStringLiteral("5")},
    {QStringLiteral("billsec"), QStringLiteral("0")},
    {QStringLiteral("disposition"), QStringLiteral("BUSY")},
    {QStringLiteral("amaflags"), QStringLiteral("DOCUMENTATION")},
    {QStringLiteral("uniqueid"), QStringLiteral("1710241200.14")},
    {QStringLiteral("linkedid"), QStringLiteral("1710241200.14")},
    {QStringLiteral("sequence"), QStringLiteral("14")},
};

/// Inbound into the Queue application, which answers at once; the caller leaves after 46 s with
/// no member having answered (no dstchannel).
const CdrValues leftTheQueue{
    {QStringLiteral("src"), QStringLiteral("5550123404")},
    {QStringLiteral("dst"), QStringLiteral("800")},
    {QStringLiteral("dcontext"), QStringLiteral("from-pstn")},
    {QStringLiteral("clid"), QStringLiteral("\"Caller Four\" <5550123404>")},
    {QStringLiteral("channel"), QStringLiteral("SIP/trunk-00000010")},
    {QStringLiteral("lastapp"), QStringLiteral("Queue")},
    {QStringLiteral("lastdata"), QStringLiteral("support,t")},
    {QStringLiteral("start"), QStringLiteral("2024-03-12 12:00:00")},
    {QStringLiteral("answer"), QStringLiteral("2024-03-12 12:00:01")},
    {QStringLiteral("end"), QStringLiteral("2024-03-12 12:00:46")},
    {QStringLiteral("duration"), QStringLiteral("46")},
    {QStringLiteral("billsec"), QStringLiteral("45")},
    {QStringLiteral("disposition"), QStringLiteral("ANSWERED")},
    {QStringLiteral("amaflags"), QStringLiteral("DOCUMENTATION")},
    {QStringLiteral("uniqueid"), QStringLiteral("1710244800.16")},
    {QStringLiteral("linkedid"), QStringLiteral("1710244800.16")},
    {QStringLiteral("sequence"), QStringLiteral("16")},
};

CdrValues with(CdrValues values, const QHash<QString, QString> &changes)
{
    for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
        values.insert(change.key(), change.value());
    }
    return values;
}

} // namespace

class TestCdrImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void familiesAreToldApartByContent();
    void readsTheStockLayouts_data();
    void readsTheStockLayouts();
    void readsACustomisedOrder();
    void linkedidMakesTheLegsOfOneCall();
    void readsAHeaderlessFreePbxTableDump();
    void ambiguousDatesNeedTheDateOrder();
    void readsAMySqlTableDump();
    void aCallIsStoredOnceAcrossMasterCsvAndFreePbx();
    void readsTheFreeSwitchSample();
    void readsTheFreeSwitchDefaultTemplate();
    void readsThe3cxCdrLog();
    void reads3cxFieldsByTheirHeader();
    void refusesFilesOfNoFamily();
    void rejectsBadRecordsWithLineAndColumn();

private:
    FileImportResult import(const QString &path, ImportOptions options = {});
    /// Imports @p path, then again: the second import must add and change nothing.
    FileImportResult importTwice(const QString &path, ImportOptions options = {});
    /// One stored leg's columns, by a condition on the calls table (c) and its agent (a).
    QSqlQuery call(const QString &columns, const QString &where) const;
    int count(const QString &where) const;
    /// How many legs have each value of @p column among those matching @p where.
    QHash<int, int> countBy(const QString &column, const QString &where) const;
    QString writeFile(const char *name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCdrImport::init()
{
    auto workspace = Workspace::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                       + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestCdrImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestCdrImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

FileImportResult TestCdrImport::importTwice(const QString &path, ImportOptions options)
{
    const FileImportResult first = import(path, options);
    const FileImportResult again = import(path, options);
    if (!first.refusal) {
        // Re-importing adds nothing: every leg keeps its (source, id, leg) key.
        [&] {
            QVERIFY(!again.refusal);
            QCOMPARE(again.imported, 0);
            QCOMPARE(again.updated, 0);
            QCOMPARE(again.duplicates, first.calls);
        }();
    }
    return first;
}

QSqlQuery TestCdrImport::call(const QString &columns, const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT ") + columns
               + QStringLiteral(" FROM calls c LEFT JOIN agents a ON a.id = c.agent_id WHERE ")
               + where);
    query.next();
    return query;
}

int TestCdrImport::count(const QString &where) const
{
    return call(QStringLiteral("count(*)"), where).value(0).toInt();
}

QHash<int, int> TestCdrImport::countBy(const QString &column, const QString &where) const
{
    QSqlQuery query(m_workspace->database());
    query.exec(
        QStringLiteral("SELECT %1, count(*) FROM calls c WHERE %2 GROUP BY %1").arg(column, where));
    QHash<int, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toInt(), query.value(1).toInt());
    }
    return counts;
}

QString TestCdrImport::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestCdrImport::familiesAreToldApartByContent()
{
    const AsteriskCdrFormat asterisk;
    const FreeSwitchCdrFormat freeswitch;
    const ThreeCxCdrFormat threeCx;
    // Header-less logs are recognised from their first record; files with a header by its names.
    QCOMPARE(asterisk.matchHeader(firstRecordOf(kelysainaMaster)), 80);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(freepbxTableDump)), 80);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(freepbxReport)), 90);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(voipReportsDump)), 90);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(freepbxExport)), 90);
    QCOMPARE(freeswitch.matchHeader(firstRecordOf(freeswitchSample)), 85);
    QCOMPARE(freeswitch.matchHeader(firstRecordOf(freeswitchTemplate)), 85);
    QCOMPARE(threeCx.matchHeader(firstRecordOf(threeCxLog)), 85);

    const QStringList others[] = {
        firstRecordOf(testData("pwc-call-center/Call-Center-Dataset.csv")),
        firstRecordOf(testData("technion-anonymous-bank/january.txt")),
        firstRecordOf(testData("aircall/current-export.csv")),
        firstRecordOf(testData("aircall/legacy-export.csv")),
    };
    const QStringList ours[] = {
        firstRecordOf(kelysainaMaster),
        firstRecordOf(freepbxTableDump),
        firstRecordOf(freepbxReport),
        firstRecordOf(voipReportsDump),
        firstRecordOf(freeswitchSample),
        firstRecordOf(threeCxLog),
    };
    for (const QStringList &header : others) {
        QCOMPARE(asterisk.matchHeader(header), 0);
        QCOMPARE(freeswitch.matchHeader(header), 0);
        QCOMPARE(threeCx.matchHeader(header), 0);
    }
    for (const QStringList &record : ours) {
        QCOMPARE(PwcSpreadsheetFormat().matchHeader(record), 0);
        QCOMPARE(TechnionBankFormat().matchHeader(record), 0);
        QCOMPARE(AircallCsvFormat().matchHeader(record), 0);
    }
    // Each family's records are no other CDR family's.
    QCOMPARE(freeswitch.matchHeader(firstRecordOf(kelysainaMaster)), 0);
    QCOMPARE(threeCx.matchHeader(firstRecordOf(kelysainaMaster)), 0);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(freeswitchSample)), 0);
    QCOMPARE(asterisk.matchHeader(firstRecordOf(threeCxLog)), 0);
    QCOMPARE(freeswitch.matchHeader(firstRecordOf(threeCxLog)), 0);
}

void TestCdrImport::readsTheStockLayouts_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("keyedById");
    QTest::newRow("16 columns") << 16 << false;
    QTest::newRow("17 columns, uniqueid") << 17 << true;
    QTest::newRow("18 columns, uniqueid and userfield") << 18 << true;
    QTest::newRow("19 columns, newcdrcolumns") << 19 << true;
    QTest::newRow("21 columns, all") << 21 << true;
}

void TestCdrImport::readsTheStockLayouts()
{
    QFETCH(int, columns);
    QFETCH(bool, keyedById);
    const QStringList layout = stockLayout(columns);
    QCOMPARE(layout.size(), columns);
    QByteArray content;
    for (const CdrValues &record :
         {answeredInbound, unansweredOutbound, busyInternal, leftTheQueue}) {
        content += masterCsvLine(record, layout);
    }
    const FileImportResult result = importTwice(writeFile("Master.csv", content));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-cdr"));
    QCOMPARE(result.rows, 4);
    QCOMPARE(result.imported, 4);
    QCOMPARE(result.rejected, 0);
    // The uniqueid (17, 18 and 21 columns) or linkedid (19) is the call's id; without either (16)
    // a digest of the record is.
    QCOMPARE(count(QStringLiteral("c.source_id = '1710234000.10'")), keyedById ? 1 : 0);
    QCOMPARE(count(QStringLiteral("c.source = 'asterisk' AND c.leg = 0")), 4);

    const QString columnsRead = QStringLiteral(
        "c.direction, c.outcome, c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms, c.wait_s,"
        " c.ring_s, c.talk_s, a.name, c.queue, c.callee_number, c.outcome_reason");
    auto byCaller = [&](const char *number) {
        return call(columnsRead,
                    QStringLiteral("c.caller_number = '%1'").arg(QLatin1String(number)));
    };
    // Answered: start 09:00:00, answer 09:00:12, end 09:05:12, billsec 300, dstchannel
    // SIP/201-0000000b. The report zone (UTC) reads the local times.
    QSqlQuery answered = byCaller("5550123401");
    QCOMPARE(answered.value(0).toInt(), int(Direction::Inbound)); // from-pstn
    QCOMPARE(answered.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(answered.value(2).toLongLong(), utcMs(2024, 3, 12, 9, 0, 0));
    QCOMPARE(answered.value(3).toLongLong(), utcMs(2024, 3, 12, 9, 0, 12));
    QCOMPARE(answered.value(4).toLongLong(), utcMs(2024, 3, 12, 9, 5, 12));
    QCOMPARE(answered.value(5).toDouble(), 12.0);        // answer - start
    QCOMPARE(answered.value(6).toDouble(), 312.0 - 300); // duration - billsec
    QCOMPARE(answered.value(7).toDouble(), 300.0);       // billsec
    QCOMPARE(answered.value(8).toString(), QStringLiteral("201"));
    QCOMPARE(answered.value(10).toString(), QStringLiteral("201"));

    // NO ANSWER to an outside number from extension 202: outbound, not connected, no talk.
    QSqlQuery outbound = byCaller("202");
    QCOMPARE(outbound.value(0).toInt(), int(Direction::Outbound));
    QCOMPARE(outbound.value(1).toInt(), int(Outcome::NotConnected));
    QVERIFY(outbound.value(7).isNull());
    QVERIFY(outbound.value(8).isNull());
    QCOMPARE(outbound.value(11).toString(), QStringLiteral("NO ANSWER"));

    // BUSY from extension 201 to 202: internal, missed.
    QSqlQuery internal = byCaller("201");
    QCOMPARE(internal.value(0).toInt(), int(Direction::Internal));
    QCOMPARE(internal.value(1).toInt(), int(Outcome::Missed));
    QCOMPARE(internal.value(11).toString(), QStringLiteral("BUSY"));

    // ANSWERED by the Queue application with no member bridged: an abandon after its 46 s, in
    // queue "support" (lastdata "support,t").
    QSqlQuery abandoned = byCaller("5550123404");
    QCOMPARE(abandoned.value(1).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(5).toDouble(), 46.0);
    QVERIFY(abandoned.value(7).isNull());
    QCOMPARE(abandoned.value(9).toString(), QStringLiteral("support"));
}

void TestCdrImport::readsACustomisedOrder()
{
    // KelySaina's Master.csv has 19 columns like the stock newcdrcolumns layout, but in
    // cdr_custom's order: clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, start,
    // answer, end, duration, billsec, disposition, amaflags, accountcode, uniqueid, userfield,
    // sequence. Read in Europe/Paris (CEST, UTC+2 in July).
    const FileImportResult result = importTwice(kelysainaMaster, inZone("Europe/Paris"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-cdr"));
    // 14 lines with 14 distinct uniqueids (cut -d, -f17 | sort -u | wc -l), no linkedid: 14 calls
    // of one leg each.
    QCOMPARE(result.rows, 14);
    QCOMPARE(result.imported, 14);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(count(QStringLiteral("c.leg > 0")), 0);
    // grep -c '"ANSWERED"' = 11, grep -c '"NO ANSWER"' = 3. Softphone to extension: internal.
    const QHash<int, int> outcomes = countBy(QStringLiteral("outcome"), QStringLiteral("1 = 1"));
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 11);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 3);
    QCOMPARE(count(QStringLiteral("c.direction = 2")), 14);

    // Line 1: "" <client1>, client1 -> 6789, PJSIP/client1-00000002 to PJSIP/client2-00000003,
    // start 01:51:32, answer 01:51:50, end 01:52:04 (Paris), 31 s, billsec 13, uniqueid
    // 1690325492.2.
    QSqlQuery first = call(QStringLiteral("c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms,"
                                          " c.ring_s, c.talk_s, a.name, c.caller_number,"
                                          " c.callee_number, c.wait_s"),
                           QStringLiteral("c.source_id = '1690325492.2'"));
    QCOMPARE(first.value(0).toLongLong(), utcMs(2023, 7, 25, 23, 51, 32));
    QCOMPARE(first.value(1).toLongLong(), utcMs(2023, 7, 25, 23, 51, 50));
    QCOMPARE(first.value(2).toLongLong(), utcMs(2023, 7, 25, 23, 52, 4));
    QCOMPARE(first.value(3).toDouble(), 31.0 - 13);
    QCOMPARE(first.value(4).toDouble(), 13.0);
    QCOMPARE(first.value(5).toString(), QStringLiteral("client2"));
    QCOMPARE(first.value(6).toString(), QStringLiteral("client1"));
    QCOMPARE(first.value(7).toString(), QStringLiteral("6789"));
    QVERIFY(first.value(8).isNull()); // internal calls have no queue wait

    // Line 2: NO ANSWER with an empty answer field: no answer time, no talk, no agent.
    QSqlQuery missed = call(QStringLiteral("c.outcome, c.answered_at_ms, c.talk_s, a.name"),
                            QStringLiteral("c.source_id = '1690325531.5'"));
    QCOMPARE(missed.value(0).toInt(), int(Outcome::Missed));
    QVERIFY(missed.value(1).isNull());
    QVERIFY(missed.value(2).isNull());
    QVERIFY(missed.value(3).isNull());
}

void TestCdrImport::linkedidMakesTheLegsOfOneCall()
{
    // Asterisk 12+ writes a ring group's attempts and a transfer as records sharing the linkedid
    // of the first channel. Written out of order on purpose.
    const CdrValues answered =
        with(answeredInbound,
             {{QStringLiteral("src"), QStringLiteral("5550123405")},
              {QStringLiteral("clid"), QStringLiteral("<5550123405>")},
              {QStringLiteral("channel"), QStringLiteral("SIP/trunk-11")},
              {QStringLiteral("dstchannel"), QStringLiteral("SIP/201-12")},
              {QStringLiteral("start"), QStringLiteral("2024-03-12 13:00:00")},
              {QStringLiteral("answer"), QStringLiteral("2024-03-12 13:00:15")},
              {QStringLiteral("end"), QStringLiteral("2024-03-12 13:03:15")},
              {QStringLiteral("duration"), QStringLiteral("195")},
              {QStringLiteral("billsec"), QStringLiteral("180")},
              {QStringLiteral("uniqueid"), QStringLiteral("1710248400.20")},
              {QStringLiteral("linkedid"), QStringLiteral("1710248400.20")},
              {QStringLiteral("sequence"), QStringLiteral("20")}});
    const CdrValues ringAttempt =
        with(answered,
             {{QStringLiteral("dstchannel"), QStringLiteral("SIP/202-13")},
              {QStringLiteral("answer"), QString()},
              {QStringLiteral("end"), QStringLiteral("2024-03-12 13:00:15")},
              {QStringLiteral("duration"), QStringLiteral("15")},
              {QStringLiteral("billsec"), QStringLiteral("0")},
              {QStringLiteral("disposition"), QStringLiteral("NO ANSWER")},
              {QStringLiteral("sequence"), QStringLiteral("21")}});
    const CdrValues transfer =
        with(answered,
             {{QStringLiteral("src"), QStringLiteral("201")},
              {QStringLiteral("dst"), QStringLiteral("203")},
              {QStringLiteral("dcontext"), QStringLiteral("from-internal-xfer")},
              {QStringLiteral("clid"), QStringLiteral("\"Agent One\" <201>")},
              {QStringLiteral("channel"), QStringLiteral("SIP/201-12")},
              {QStringLiteral("dstchannel"), QStringLiteral("SIP/203-14")},
              {QStringLiteral("start"), QStringLiteral("2024-03-12 13:03:15")},
              {QStringLiteral("answer"), QStringLiteral("2024-03-12 13:03:20")},
              {QStringLiteral("end"), QStringLiteral("2024-03-12 13:05:20")},
              {QStringLiteral("duration"), QStringLiteral("125")},
              {QStringLiteral("billsec"), QStringLiteral("120")},
              {QStringLiteral("uniqueid"), QStringLiteral("1710248595.25")},
              {QStringLiteral("sequence"), QStringLiteral("25")}});
    const QStringList layout = stockLayout(21);
    const FileImportResult result =
        importTwice(writeFile("Master.csv",
                              masterCsvLine(ringAttempt, layout) + masterCsvLine(transfer, layout)
                                  + masterCsvLine(answered, layout)));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 3);
    QCOMPARE(result.calls, 3);
    QCOMPARE(count(QStringLiteral("c.source_id = '1710248400.20'")), 3);

    const QString columns =
        QStringLiteral("c.direction, c.outcome, c.arrived_at_ms, c.answered_at_ms, c.ended_at_ms,"
                       " c.wait_s, c.talk_s, a.name, c.transferred, c.caller_number");
    auto leg = [&](int number) {
        return call(columns,
                    QStringLiteral("c.source_id = '1710248400.20' AND c.leg = %1").arg(number));
    };
    // Leg 0, the whole call: arrived 13:00:00 with the first records, answered by 201 at 13:00:15
    // (waited 15 s, talked 180 s), ended with the transfer's end at 13:05:20; a second person
    // answered later, so it was transferred.
    QSqlQuery whole = leg(0);
    QCOMPARE(whole.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(whole.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(whole.value(2).toLongLong(), utcMs(2024, 3, 12, 13, 0, 0));
    QCOMPARE(whole.value(3).toLongLong(), utcMs(2024, 3, 12, 13, 0, 15));
    QCOMPARE(whole.value(4).toLongLong(), utcMs(2024, 3, 12, 13, 5, 20));
    QCOMPARE(whole.value(5).toDouble(), 15.0);
    QCOMPARE(whole.value(6).toDouble(), 180.0);
    QCOMPARE(whole.value(7).toString(), QStringLiteral("201"));
    QCOMPARE(whole.value(8).toInt(), 1);
    QCOMPARE(whole.value(9).toString(), QStringLiteral("5550123405"));
    // Leg 1: the ring group's attempt on 202 (same start and uniqueid; SIP/202 sorts after
    // SIP/201): missed, no agent, no wait of its own.
    QSqlQuery attempt = leg(1);
    QCOMPARE(attempt.value(1).toInt(), int(Outcome::Missed));
    QVERIFY(attempt.value(5).isNull());
    QVERIFY(attempt.value(7).isNull());
    // Leg 2: 201 transferred to 203, who talked 120 s; inbound like the call it belongs to.
    QSqlQuery transferred = leg(2);
    QCOMPARE(transferred.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(transferred.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(transferred.value(6).toDouble(), 120.0);
    QCOMPARE(transferred.value(7).toString(), QStringLiteral("203"));
}

void TestCdrImport::readsAHeaderlessFreePbxTableDump()
{
    // The G9 Telecom dump of FreePBX's asteriskcdrdb.cdr: no header, calldate first, D/M/YYYY
    // dates that read both ways (1/9/2017), a Portuguese server (Europe/Lisbon, UTC+1 in
    // September).
    const FileImportResult result = importTwice(freepbxTableDump, inZone("Europe/Lisbon"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-cdr"));
    // Counted with Python's csv module on the raw file (fields from 1 below): 856 records, 856
    // distinct uniqueids (field 15) and no linkedid: 856 one-leg calls.
    QCOMPARE(result.rows, 856);
    QCOMPARE(result.imported, 856);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(count(QStringLiteral("c.leg > 0")), 0);

    // Dispositions (Counter of field 12): 747 ANSWERED, 64 NO ANSWER, 44 FAILED, 1 BUSY.
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'ANSWERED'")), 747);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'NO ANSWER'")), 64);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'FAILED'")), 44);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'BUSY'")), 1);

    // The uniqueid is the channel's creation in Unix seconds: every calldate read day first in
    // Lisbon lands on its own uniqueid's second (1/9/2017 16:33:01 is 1504279981), which is what
    // settles the ambiguous date order.
    QCOMPARE(count(QStringLiteral("c.arrived_at_ms / 1000 = CAST(c.source_id AS INTEGER)")), 856);
    QCOMPARE(call(QStringLiteral("c.arrived_at_ms"), QStringLiteral("c.source_id = '1504279981.1'"))
                 .value(0)
                 .toLongLong(),
             msIn("Europe/Lisbon", 2017, 9, 1, 16, 33, 1));

    // Outcomes, by the fields of the raw file (lastapp 8, dstchannel 7, dcontext 5, dst 4):
    // ANSWERED by lastapp VoiceMail: 331 voicemails; ANSWERED by Queue with no dstchannel: 10
    // abandons; ANSWERED in from-pstn with no dstchannel (lastapp Hangup, lines 26, 610, 611): 3
    // voice-menu calls; the other 403 ANSWERED are answered. Of the 109 unanswered, the 14 FAILED
    // to numbers of 7+ digits from from-internal are outbound attempts, the other 95 missed.
    const QHash<int, int> outcomes = countBy(QStringLiteral("outcome"), QStringLiteral("1 = 1"));
    QCOMPARE(outcomes.value(int(Outcome::Voicemail)), 331);
    QCOMPARE(outcomes.value(int(Outcome::Abandoned)), 10);
    QCOMPARE(outcomes.value(int(Outcome::Ivr)), 3);
    QCOMPARE(outcomes.value(int(Outcome::Answered)), 403);
    QCOMPARE(outcomes.value(int(Outcome::NotConnected)), 14);
    QCOMPARE(outcomes.value(int(Outcome::Missed)), 95);
    // Directions: the 3 from-pstn calls inbound; 16 calls to 7+ digit numbers outbound (2
    // answered, 14 failed); the other 837 extension to extension.
    const QHash<int, int> directions =
        countBy(QStringLiteral("direction"), QStringLiteral("1 = 1"));
    QCOMPARE(directions.value(int(Direction::Inbound)), 3);
    QCOMPARE(directions.value(int(Direction::Outbound)), 16);
    QCOMPARE(directions.value(int(Direction::Internal)), 837);

    // Line 312: a recording file in FreePBX's recordingfile column (17 records have one).
    QCOMPARE(count(QStringLiteral("c.recording_url IS NOT NULL")), 17);
    QCOMPARE(
        call(QStringLiteral("c.recording_url"), QStringLiteral("c.source_id = '1504803619.482'"))
            .value(0)
            .toString(),
        QStringLiteral("exten-120-110-20170907-180019-1504803619.482.wav"));
    // Line 856: 117 -> 114 answered over SIP/114-0000050c, 93 s with 92 billed.
    QSqlQuery last = call(QStringLiteral("a.name, c.ring_s, c.talk_s, c.direction"),
                          QStringLiteral("c.source_id = '1504977802.1399'"));
    QCOMPARE(last.value(0).toString(), QStringLiteral("114"));
    QCOMPARE(last.value(1).toDouble(), 1.0);
    QCOMPARE(last.value(2).toDouble(), 92.0);
    QCOMPARE(last.value(3).toInt(), int(Direction::Internal));
}

void TestCdrImport::ambiguousDatesNeedTheDateOrder()
{
    // G9 Telecom's CDR report: a header, CR-only line ends, every date 04/09/17 and no uniqueid
    // to tell 4 September from 9 April: refused, naming --date-order.
    const FileImportResult refused = import(freepbxReport);
    QVERIFY(refused.refusal);
    QCOMPARE(refused.refusal->missing, MissingInput::DateOrder);
    QCOMPARE(refused.refusal->line, 2);
    QCOMPARE(refused.refusal->column, 1);
    QCOMPARE(count(QStringLiteral("1 = 1")), 0);

    ImportOptions dayFirst = inZone("Europe/Lisbon");
    dayFirst.dateOrder = DateOrder::DayMonthYear;
    const FileImportResult result = importTwice(freepbxReport, dayFirst);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    // tr '\r' '\n' < g9telecom.csv | awk -F, 'NR > 1 {n[$6]++} END {for (d in n) print d, n[d]}':
    // 99 ANSWERED and 1 NO ANSWER, 100 records; no ids, so each is keyed by its content.
    QCOMPARE(result.rows, 100);
    QCOMPARE(result.imported, 100);
    QCOMPARE(count(QStringLiteral("c.outcome = 0")), 99);
    QCOMPARE(count(QStringLiteral("c.outcome = 6")), 1);
    QCOMPARE(count(QStringLiteral("c.source_id LIKE 'sha256:%'")), 100);
    // Line 2, "04/09/17 12:39,114,113,8,6,ANSWERED": 4 September 2017, 12:39 in Lisbon; no
    // dstchannel column, so the extension dialled (113) took it; ring 8 - 6.
    QSqlQuery first =
        call(QStringLiteral("c.arrived_at_ms, a.name, c.ring_s, c.talk_s, c.direction"),
             QStringLiteral("c.caller_number = '114' AND c.callee_number = '113'"
                            " AND c.arrived_at_ms = %1")
                 .arg(msIn("Europe/Lisbon", 2017, 9, 4, 12, 39)));
    QVERIFY(first.isValid());
    QCOMPARE(first.value(1).toString(), QStringLiteral("113"));
    QCOMPARE(first.value(2).toDouble(), 2.0);
    QCOMPARE(first.value(3).toDouble(), 6.0);
    QCOMPARE(first.value(4).toInt(), int(Direction::Internal));
}

void TestCdrImport::readsAMySqlTableDump()
{
    // voipreports: a hosted PBX's cdr table dumped with its header, NULL for empty values and
    // malformed quoting in clid (""Name" <1115>"). US Eastern: the uniqueids confirm it.
    const FileImportResult result = importTwice(voipReportsDump, inZone("America/Detroit"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("asterisk-cdr"));
    // 1,000 records; 636 distinct linkedids (Python's csv module, field 20): 636 calls, 364
    // further legs.
    QCOMPARE(result.rows, 1000);
    QCOMPARE(result.calls, 1000);
    QCOMPARE(result.imported, 1000);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(count(QStringLiteral("c.leg = 0")), 636);
    QCOMPARE(count(QStringLiteral("c.leg > 0")), 364);
    // The linkedid with most records, 1543665718.488, has 15.
    QCOMPARE(count(QStringLiteral("c.source_id = '1543665718.488'")), 15);
    // Dispositions as the shared notes count them: 646 ANSWERED, 250 NO ANSWER, 92 FAILED, 12 BUSY.
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'ANSWERED'")), 646);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'NO ANSWER'")), 250);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'FAILED'")), 92);
    QCOMPARE(count(QStringLiteral("c.outcome_reason = 'BUSY'")), 12);

    // AcctId 1: 2018-11-29 20:19:34 Eastern is 1543540774, its uniqueid; 1115 dialled
    // 4026653754 (AGI, dstchannel NULL): outbound, answered, agent 1115, 37 s with 32 billed.
    QSqlQuery first = call(QStringLiteral("c.arrived_at_ms, c.direction, c.outcome, a.name,"
                                          " c.talk_s, c.ring_s, c.tracking_number"),
                           QStringLiteral("c.source_id = '1543540774.0'"));
    QCOMPARE(first.value(0).toLongLong(), 1543540774000);
    QCOMPARE(first.value(1).toInt(), int(Direction::Outbound));
    QCOMPARE(first.value(2).toInt(), int(Outcome::Answered));
    QCOMPARE(first.value(3).toString(), QStringLiteral("1115"));
    QCOMPARE(first.value(4).toDouble(), 32.0);
    QCOMPARE(first.value(5).toDouble(), 5.0);
    QCOMPARE(first.value(6).toString(), QStringLiteral("4026653754")); // did

    // AcctIds 6-8 share linkedid 1543596521.9: the same dial tried over VIOrig (11:48:41, NO
    // ANSWER), VITerm (11:48:42, NO ANSWER) and thinQ (11:48:42, ANSWERED, 121 s, 120 billed).
    // Leg 0 is the answered attempt; the two failed ones follow in order.
    QSqlQuery outbound = call(QStringLiteral("c.outcome, c.talk_s, a.name, c.arrived_at_ms"),
                              QStringLiteral("c.source_id = '1543596521.9' AND c.leg = 0"));
    QCOMPARE(outbound.value(0).toInt(), int(Outcome::Answered));
    QCOMPARE(outbound.value(1).toDouble(), 120.0);
    QCOMPARE(outbound.value(2).toString(), QStringLiteral("1115"));
    QCOMPARE(outbound.value(3).toLongLong(), msIn("America/Detroit", 2018, 11, 30, 11, 48, 41));
    QCOMPARE(count(QStringLiteral("c.source_id = '1543596521.9' AND c.leg > 0 AND c.outcome = 7")),
             2);

    // Linkedid 1543602660.197, AcctIds 114-122: a caller from the VIOrig trunk arrives at
    // 13:31:00 (ForkCDR, did 4026653754), waits in queue IT while agents are tried (NO ANSWER,
    // FAILED), and 1127 answers over Local/1127@callback-agent at 13:32:26 (billsec 6).
    QSqlQuery queued = call(QStringLiteral("c.direction, c.outcome, c.arrived_at_ms, c.wait_s,"
                                           " c.talk_s, a.name, c.queue, c.caller_number,"
                                           " c.tracking_number"),
                            QStringLiteral("c.source_id = '1543602660.197' AND c.leg = 0"));
    QCOMPARE(queued.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(queued.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(queued.value(2).toLongLong(), msIn("America/Detroit", 2018, 11, 30, 13, 31, 0));
    QCOMPARE(queued.value(3).toDouble(), 86.0); // 13:31:00 to 13:32:26
    QCOMPARE(queued.value(4).toDouble(), 6.0);
    QCOMPARE(queued.value(5).toString(), QStringLiteral("1127"));
    QCOMPARE(queued.value(6).toString(), QStringLiteral("IT"));
    QCOMPARE(queued.value(7).toString(), QStringLiteral("13531591940"));
    QCOMPARE(queued.value(8).toString(), QStringLiteral("4026653754"));
    QCOMPARE(count(QStringLiteral("c.source_id = '1543602660.197'")), 9);
}

void TestCdrImport::aCallIsStoredOnceAcrossMasterCsvAndFreePbx()
{
    // The same call in Master.csv (17 columns: uniqueid, no linkedid) and in a FreePBX CDR
    // Reports export (header, linkedid equal to the uniqueid, as for any call of one channel).
    const FileImportResult master =
        import(writeFile("Master.csv",
                         masterCsvLine(answeredInbound, stockLayout(17))
                             + masterCsvLine(unansweredOutbound, stockLayout(17))));
    QVERIFY(!master.refusal);
    QCOMPARE(master.imported, 2);
    const FileImportResult freepbx = import(freepbxExport);
    QVERIFY2(!freepbx.refusal,
             qPrintable(freepbx.refusal ? freepbx.refusal->toString() : QString()));
    QCOMPARE(freepbx.format, QStringLiteral("asterisk-cdr"));
    QCOMPARE(freepbx.imported, 0);
    QCOMPARE(freepbx.updated, 1); // the same key, a different raw record
    QCOMPARE(count(QStringLiteral("1 = 1")), 2);
    // The export adds what Master.csv lacks: the did and the recording.
    QSqlQuery stored =
        call(QStringLiteral("c.tracking_number, c.recording_url, c.talk_s, c.wait_s, a.name"),
             QStringLiteral("c.source_id = '1710234000.10'"));
    QCOMPARE(stored.value(0).toString(), QStringLiteral("5550100000"));
    QCOMPARE(stored.value(1).toString(),
             QStringLiteral("in-201-5550123401-20240312-090012-1710234000.10.wav"));
    QCOMPARE(stored.value(2).toDouble(), 300.0);
    // No answer column: answered at start + duration - billsec = 09:00:12, as Master.csv said.
    QCOMPARE(stored.value(3).toDouble(), 12.0);
    QCOMPARE(stored.value(4).toString(), QStringLiteral("201"));
}

void TestCdrImport::readsTheFreeSwitchSample()
{
    // A lab's mod_cdr_csv log re-saved by a spreadsheet: unquoted, 2020/2/10 22:41 with the
    // seconds lost. Read in Asia/Shanghai (UTC+8).
    const FileImportResult result = importTwice(freeswitchSample, inZone("Asia/Shanghai"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("freeswitch-cdr-csv"));
    QCOMPARE(result.rows, 10);
    // Lines 8 and 9 are the same record twice (uuid 7adced1a...): stored once. Line 10 has that
    // uuid too, with USER_BUSY: a second leg. 8 distinct uuids (cut -d, -f11 | sort -u): 8 calls.
    QCOMPARE(result.calls, 9);
    QCOMPARE(result.imported, 9);
    QCOMPARE(count(QStringLiteral("c.leg = 0")), 8);
    QCOMPARE(count(QStringLiteral("c.source_id = '7adced1a-4c7c-11ea-b08c-2bfc2a06d67d'")), 2);
    // Every caller and destination is an extension, `&` or `0`: internal. Line 3 has no
    // answer_stamp (NO_USER_RESPONSE): missed; the 7 other calls answered.
    QCOMPARE(count(QStringLiteral("c.direction = 2")), 9);
    QCOMPARE(count(QStringLiteral("c.leg = 0 AND c.outcome = 0")), 7);
    QSqlQuery missed = call(QStringLiteral("c.outcome, c.outcome_reason, c.talk_s"),
                            QStringLiteral("c.source_id = 'f1542038-4c15-11ea-97ca-9dd79410affb'"));
    QCOMPARE(missed.value(0).toInt(), int(Outcome::Missed));
    QCOMPARE(missed.value(1).toString(), QStringLiteral("NO_USER_RESPONSE"));
    QVERIFY(missed.value(2).isNull());

    // Line 1: 22:41 Shanghai, 11 s with 9 billed, to `&` (an application, not an extension).
    QSqlQuery first = call(QStringLiteral("c.arrived_at_ms, c.ring_s, c.talk_s, a.name,"
                                          " c.caller_number"),
                           QStringLiteral("c.source_id = 'd80e22e0-4c15-11ea-97a0-9dd79410affb'"));
    QCOMPARE(first.value(0).toLongLong(), utcMs(2020, 2, 10, 14, 41));
    QCOMPARE(first.value(1).toDouble(), 2.0);
    QCOMPARE(first.value(2).toDouble(), 9.0);
    QVERIFY(first.value(3).isNull());
    QCOMPARE(first.value(4).toString(), QStringLiteral("1002"));
    // Line 7: 1002 -> 1004, answered 11:05, 43 s with 32 billed, RECOVERY_ON_TIMER_EXPIRE.
    QSqlQuery toExtension =
        call(QStringLiteral("a.name, c.answered_at_ms, c.talk_s, c.outcome_reason"),
             QStringLiteral("c.source_id = '559758f2-4c7b-11ea-b071-2bfc2a06d67d'"));
    QCOMPARE(toExtension.value(0).toString(), QStringLiteral("1004"));
    QCOMPARE(toExtension.value(1).toLongLong(), utcMs(2020, 2, 11, 3, 5));
    QCOMPARE(toExtension.value(2).toDouble(), 32.0);
    QCOMPARE(toExtension.value(3).toString(), QStringLiteral("RECOVERY_ON_TIMER_EXPIRE"));
}

void TestCdrImport::readsTheFreeSwitchDefaultTemplate()
{
    // Written from the default template, quoted as it writes: an inbound call with its b-leg
    // logged too (written first), an inbound caller who hung up while ringing, an answered and a
    // busy outbound call, an internal call. Report zone UTC.
    const FileImportResult result = importTwice(freeswitchTemplate);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 6);
    QCOMPARE(result.calls, 6);
    QCOMPARE(count(QStringLiteral("c.leg = 0")), 5);

    // The a-leg (public context, uuid ...0001) names the b-leg ...0002 in bleg_uuid: one call.
    const QString inbound = QStringLiteral("c.source_id = 'a1b2c3d4-0000-4000-8000-000000000001'");
    QCOMPARE(count(inbound), 2);
    QSqlQuery whole = call(QStringLiteral("c.direction, c.outcome, c.wait_s, c.talk_s, a.name"),
                           inbound + QStringLiteral(" AND c.leg = 0"));
    QCOMPARE(whole.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(whole.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(whole.value(2).toDouble(), 10.0); // 09:00:00 to the answer at 09:00:10
    QCOMPARE(whole.value(3).toDouble(), 240.0);
    QVERIFY(whole.value(4).isNull()); // the a-leg dialled the DID, not an extension
    // The b-leg rang extension 1001, who talked 240 s: the agent's leg.
    QSqlQuery bLeg = call(QStringLiteral("c.direction, a.name, c.talk_s"),
                          inbound + QStringLiteral(" AND c.leg = 1"));
    QCOMPARE(bLeg.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(bLeg.value(1).toString(), QStringLiteral("1001"));
    QCOMPARE(bLeg.value(2).toDouble(), 240.0);

    auto outcomeOf = [&](const char *uuidEnd) {
        return call(QStringLiteral("c.outcome"),
                    QStringLiteral("c.source_id LIKE '%%1' AND c.leg = 0")
                        .arg(QLatin1String(uuidEnd)))
            .value(0)
            .toInt();
    };
    QCOMPARE(outcomeOf("0003"), int(Outcome::Missed));       // ORIGINATOR_CANCEL, no answer
    QCOMPARE(outcomeOf("0004"), int(Outcome::Answered));     // 1001 to 5550199999
    QCOMPARE(outcomeOf("0006"), int(Outcome::NotConnected)); // USER_BUSY outbound
    QCOMPARE(call(QStringLiteral("a.name"), QStringLiteral("c.source_id LIKE '%0004'"))
                 .value(0)
                 .toString(),
             QStringLiteral("1001"));
    QCOMPARE(call(QStringLiteral("c.direction"), QStringLiteral("c.source_id LIKE '%0007'"))
                 .value(0)
                 .toInt(),
             int(Direction::Internal));
}

void TestCdrImport::readsThe3cxCdrLog()
{
    // Written from 3CX's documented field list (every field on, no header); times in UTC.
    const FileImportResult result = importTwice(threeCxLog);
    QVERIFY(!result.refusal);
    QCOMPARE(result.format, QStringLiteral("3cx-cdr"));
    QCOMPARE(result.rows, 8);
    QCOMPARE(result.imported, 7);
    // Call 5008 starts on 2024/13/45: rejected at time-start, the 4th field.
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.first().line, 8);
    QCOMPARE(result.problems.first().column, 4);
    QVERIFY(result.problems.first().message.contains(QLatin1String("time-start")));

    const QString columns = QStringLiteral("c.direction, c.outcome, c.wait_s, c.ring_s, c.talk_s,"
                                           " a.name, c.queue, c.caller_number, c.callee_number,"
                                           " c.arrived_at_ms, c.outcome_reason");
    auto byId = [&](int id) { return call(columns, QStringLiteral("c.source_id = '%1'").arg(id)); };
    // 5001: a Line caller reaches queue 800 (Support) at 08:00:00, Ext.201 answers at 08:00:25
    // and talks 00:04:10.
    QSqlQuery queued = byId(5001);
    QCOMPARE(queued.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(queued.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(queued.value(2).toDouble(), 25.0);
    QCOMPARE(queued.value(4).toDouble(), 250.0);
    QCOMPARE(queued.value(5).toString(), QStringLiteral("201"));
    QCOMPARE(queued.value(6).toString(), QStringLiteral("Support"));
    QCOMPARE(queued.value(7).toString(), QStringLiteral("5550100001"));
    QCOMPARE(queued.value(9).toLongLong(), utcMs(2024, 5, 6, 8, 0, 0));
    // 5002: never answered in the queue, the caller hung up (TerminatedBySrc) after 42 s.
    QSqlQuery abandoned = byId(5002);
    QCOMPARE(abandoned.value(1).toInt(), int(Outcome::Abandoned));
    QCOMPARE(abandoned.value(2).toDouble(), 42.0);
    QCOMPARE(abandoned.value(10).toString(), QStringLiteral("TerminatedBySrc"));
    // 5003: straight to Ext.202, answered after 8 s, 00:01:05 of talk.
    QSqlQuery direct = byId(5003);
    QCOMPARE(direct.value(1).toInt(), int(Outcome::Answered));
    QCOMPARE(direct.value(2).toDouble(), 8.0);
    QCOMPARE(direct.value(4).toDouble(), 65.0);
    QCOMPARE(direct.value(5).toString(), QStringLiteral("202"));
    // 5004: an anonymous caller gives up while 202 rings: missed, with no number.
    QSqlQuery anonymous = byId(5004);
    QCOMPARE(anonymous.value(0).toInt(), int(Direction::Inbound));
    QCOMPARE(anonymous.value(1).toInt(), int(Outcome::Missed));
    QVERIFY(anonymous.value(7).isNull());
    // 5005: Ext.201 calls out, answered after 12 s, 00:02:00; the agent is the caller.
    QSqlQuery outbound = byId(5005);
    QCOMPARE(outbound.value(0).toInt(), int(Direction::Outbound));
    QCOMPARE(outbound.value(1).toInt(), int(Outcome::Answered));
    QVERIFY(outbound.value(2).isNull());
    QCOMPARE(outbound.value(3).toDouble(), 12.0);
    QCOMPARE(outbound.value(4).toDouble(), 120.0);
    QCOMPARE(outbound.value(5).toString(), QStringLiteral("201"));
    QCOMPARE(outbound.value(7).toString(), QStringLiteral("201"));     // Ext.201
    QCOMPARE(byId(5006).value(1).toInt(), int(Outcome::NotConnected)); // Failed
    QCOMPARE(byId(5007).value(0).toInt(), int(Direction::Internal));   // Ext.201 to Ext.202
}

void TestCdrImport::reads3cxFieldsByTheirHeader()
{
    // Fields picked and ordered by the administrator, named in a header row (underscores, as
    // some collectors write them), read in the zone the user gives.
    const QString path = writeFile(
        "cdr.csv",
        "historyid,time_start,time_end,time_answered,from_no,to_no,from_type,to_type,final_dn,"
        "reason_terminated,duration\n"
        "Call 77,2024/05/06 08:00:00,2024/05/06 08:01:10,2024/05/06 08:00:10,5550100077,Ext.201,"
        "Line,Extension,201,TerminatedByDst,00:01:00\n");
    const FileImportResult result = import(path, inZone("Europe/Berlin"));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("3cx-cdr"));
    QCOMPARE(result.rows, 1);
    QSqlQuery stored = call(QStringLiteral("c.arrived_at_ms, c.wait_s, c.talk_s, a.name"),
                            QStringLiteral("c.source_id = '77'"));
    QCOMPARE(stored.value(0).toLongLong(), utcMs(2024, 5, 6, 6, 0, 0)); // CEST, UTC+2
    QCOMPARE(stored.value(1).toDouble(), 10.0);
    QCOMPARE(stored.value(2).toDouble(), 60.0);
    QCOMPARE(stored.value(3).toString(), QStringLiteral("201"));
}

void TestCdrImport::refusesFilesOfNoFamily()
{
    const FileImportResult unknown =
        import(writeFile("colours.csv", "name,colour\nalpha,red\nbeta,blue\n"));
    QVERIFY(unknown.refusal);
    QVERIFY(unknown.refusal->message.contains(QLatin1String("not a call log")));
    QCOMPARE(unknown.format, QString());

    // A first line with a date, a disposition and a uniqueid looks like a CDR, but no column holds
    // channel names: the layout cannot be told, and the message says why and what to do.
    const FileImportResult noChannels =
        import(writeFile("cut.csv",
                         "\"2024-03-12 09:00:00\",\"5550123401\",\"201\",312,300,\"ANSWERED\","
                         "\"1710234000.10\"\n"
                         "\"2024-03-12 10:00:00\",\"202\",\"5550199999\",30,0,\"NO ANSWER\","
                         "\"1710237600.12\"\n"));
    QVERIFY(noChannels.refusal);
    QCOMPARE(noChannels.format, QStringLiteral("asterisk-cdr"));
    QVERIFY(noChannels.refusal->message.contains(QLatin1String("channel names")));
    QVERIFY(noChannels.refusal->message.contains(QLatin1String("header row")));
    QCOMPARE(count(QStringLiteral("1 = 1")), 0);
}

void TestCdrImport::rejectsBadRecordsWithLineAndColumn()
{
    // Stock 17-column records: one good, then a date that does not exist, a billsec that is no
    // number, a disposition Asterisk never writes. The majority of each column still shows the
    // layout; each bad record is rejected on its own.
    const QStringList layout = stockLayout(17);
    const QByteArray content =
        masterCsvLine(answeredInbound, layout)
        + masterCsvLine(with(unansweredOutbound,
                             {{QStringLiteral("start"), QStringLiteral("2024-02-30 10:00:00")}}),
                        layout)
        + masterCsvLine(with(busyInternal, {{QStringLiteral("billsec"), QStringLiteral("abc")}}),
                        layout)
        + masterCsvLine(
            with(leftTheQueue, {{QStringLiteral("disposition"), QStringLiteral("MAYBE")}}),
            layout);
    const FileImportResult result = import(writeFile("Master.csv", content));
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.rows, 4);
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected, 3);
    QCOMPARE(result.problems.size(), 3);
    // start is the 10th column, billsec the 14th, disposition the 15th.
    QCOMPARE(result.problems.at(0).line, 2);
    QCOMPARE(result.problems.at(0).column, 10);
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("2024-02-30")));
    QCOMPARE(result.problems.at(1).line, 3);
    QCOMPARE(result.problems.at(1).column, 14);
    QVERIFY(result.problems.at(1).message.startsWith(QLatin1String("billsec:")));
    QCOMPARE(result.problems.at(2).line, 4);
    QCOMPARE(result.problems.at(2).column, 15);
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("MAYBE")));
}

QTEST_GUILESS_MAIN(TestCdrImport)
#include "tst_cdrimport.moc"
