#include "import/AircallCsvFormat.h"
#include "import/CallboardCsvFormat.h"
#include "import/CarInsuranceCampaignFormat.h"
#include "import/DailySummaryFormat.h"
#include "import/DealsCsvFormat.h"
#include "import/DiscoEventLogFormat.h"
#include "import/Importer.h"
#include "import/LeadsCsvFormat.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "store/ImportLog.h"
#include "store/Schema.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

namespace {

const QString leadsCsv = QStringLiteral(CALLBOARD_TEST_DATA "/crm/leads.csv");
const QString dealsCsv = QStringLiteral(CALLBOARD_TEST_DATA "/crm/deals.csv");

qint64 utcMs(int y, int m, int d, int hh = 0, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// The header row of @p path, as the importer reads it; empty when it cannot be read.
QStringList headerOf(const QString &path)
{
    auto reader = RecordReader::open(path);
    Record header;
    if (!reader || !(*reader)->readRecord(header)) {
        return {};
    }
    return header.fields;
}

QVariant value(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return QVariant();
    }
    return query.value(0);
}

/// The fixtures are read as a London CRM writes them: local times in Europe/London.
ImportOptions londonOptions()
{
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/London");
    return options;
}

} // namespace

class TestCrmImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void callLogsAreNeverLeadsOrDeals();
    void leadsAndDealsAreNoCallLogs();
    void importsTheLeadsExport();
    void importsTheDealsExport();
    void dataModelSpellingsAndEuropeanAmounts();
    void reimportAddsNothing();
    void changedRowsUpdateAndUndoRestoresThem();
    void forcedFormatMustFitTheHeader();
    void versionFiveWorkspaceTakesLeads();
    void hashedWorkspacesKeepNoLeadPhone();

private:
    FileImportResult import(const QString &path, ImportOptions options = londonOptions());
    QString writeFile(const QString &name, const QByteArray &content) const;
    /// A copy of @p path with @p from replaced by @p to.
    QString changedCopy(const QString &path, const QByteArray &from, const QByteArray &to) const;
    QVariant lead(const QString &column, const QString &leadId) const;
    QVariant deal(const QString &column, const QString &dealId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCrmImport::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestCrmImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestCrmImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

QString TestCrmImport::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

QString
TestCrmImport::changedCopy(const QString &path, const QByteArray &from, const QByteArray &to) const
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray content = original.readAll();
    if (!content.contains(from)) {
        return {};
    }
    content.replace(from, to);
    return writeFile(QStringLiteral("changed-") + QFileInfo(path).fileName(), content);
}

QVariant TestCrmImport::lead(const QString &column, const QString &leadId) const
{
    return value(*m_workspace,
                 QStringLiteral("SELECT %1 FROM leads WHERE lead_id = '%2'").arg(column, leadId));
}

QVariant TestCrmImport::deal(const QString &column, const QString &dealId) const
{
    return value(*m_workspace,
                 QStringLiteral("SELECT %1 FROM deals WHERE deal_id = '%2'").arg(column, dealId));
}

void TestCrmImport::callLogsAreNeverLeadsOrDeals()
{
    // Every call log, report and broken file among the test data, CSV, workbook or JSON.
    int headers = 0;
    QDirIterator files(QStringLiteral(CALLBOARD_TEST_DATA),
                       QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/crm/")) || path.endsWith(QLatin1String(".md"))
            || path.endsWith(QLatin1String(".sql")) || path.endsWith(QLatin1String(".awk"))) {
            continue;
        }
        const QStringList header = headerOf(path);
        if (header.isEmpty()) {
            continue;
        }
        ++headers;
        QVERIFY2(LeadsCsvFormat().matchHeader(header) == 0, qPrintable(path));
        QVERIFY2(DealsCsvFormat().matchHeader(header) == 0, qPrintable(path));
    }
    QVERIFY2(headers >= 40, qPrintable(QString::number(headers)));
    // A call log that has a phone, an id and a creation time is still a call log.
    QCOMPARE(LeadsCsvFormat().matchHeader({QStringLiteral("id"),
                                           QStringLiteral("phone number"),
                                           QStringLiteral("created_at"),
                                           QStringLiteral("direction"),
                                           QStringLiteral("duration")}),
             0);
}

void TestCrmImport::leadsAndDealsAreNoCallLogs()
{
    const QStringList leads = headerOf(leadsCsv);
    const QStringList deals = headerOf(dealsCsv);
    QCOMPARE(leads.size(), 7);
    QCOMPARE(deals.size(), 7);
    // Lead ID, Phone Number, Date Created, Assigned To, Lead Source and Status: 70 + 5 x 3.
    QCOMPARE(LeadsCsvFormat().matchHeader(leads), 85);
    QCOMPARE(DealsCsvFormat().matchHeader(deals), 85);
    QCOMPARE(LeadsCsvFormat().matchHeader(deals), 0);
    QCOMPARE(DealsCsvFormat().matchHeader(leads), 0);
    for (const QStringList &header : {leads, deals}) {
        QCOMPARE(PwcSpreadsheetFormat().matchHeader(header), 0);
        QCOMPARE(TechnionBankFormat().matchHeader(header), 0);
        QCOMPARE(AircallCsvFormat().matchHeader(header), 0);
        QCOMPARE(CallboardCsvFormat().matchHeader(header), 0);
        QCOMPARE(CarInsuranceCampaignFormat().matchHeader(header), 0);
        QCOMPARE(DiscoEventLogFormat().matchHeader(header), 0);
        QCOMPARE(DailySummaryFormat().matchHeader(header), 0);
    }
}

void TestCrmImport::importsTheLeadsExport()
{
    // A British CRM: numbers without a country code are read as British.
    QVERIFY(m_workspace->setHomeCountry(QStringLiteral("GB")));
    const FileImportResult result = import(leadsCsv);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("leads"));
    // 11 rows: lines 6 (no id), 7 (31 February), 8 (L-1003 again) and 9 (no created time) are
    // rejected, the other 7 are leads.
    QCOMPARE(result.rows, 11);
    QCOMPARE(result.calls, 0);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.leads, 7);
    QCOMPARE(result.leadsImported, 7);
    QCOMPARE(result.deals, 0);
    QCOMPARE(result.rejected, 4);
    QCOMPARE(result.problems.size(), 4);
    const QList<std::pair<qint64, int>> where{{6, 1}, {7, 4}, {8, 1}, {9, 4}};
    for (int i = 0; i < where.size(); ++i) {
        QCOMPARE(result.problems.at(i).line, where.at(i).first);
        QCOMPARE(result.problems.at(i).column, where.at(i).second);
    }
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("31/02/2025 10:00")));
    QVERIFY2(result.problems.at(2).message.contains(QLatin1String("line 4")),
             qPrintable(result.problems.at(2).message));
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 7);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 0);

    // 13/02/2025 settles the column day first. February and March before the 30th are GMT (UTC);
    // 2 April is BST, an hour ahead; the ISO time carries its own offset (-05:00).
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("L-1001")).toLongLong(),
             utcMs(2025, 2, 3, 9, 14));
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("L-1003")).toLongLong(),
             utcMs(2025, 2, 13, 16, 5));
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("L-1004")).toLongLong(),
             utcMs(2025, 2, 14, 21, 45));
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("L-1008")).toLongLong(),
             utcMs(2025, 4, 2, 7, 30));
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("L-1009")).toLongLong(),
             utcMs(2025, 3, 21, 9, 5));
    // Phones in E.164, as calls' numbers: 020 7946 0102 read in the home country, GB (+44, the
    // trunk 0 dropped); +1 202-555-0104 keeps its own country code.
    QCOMPARE(lead(QStringLiteral("phone"), QStringLiteral("L-1002")).toString(),
             QStringLiteral("+442079460102"));
    QCOMPARE(lead(QStringLiteral("phone"), QStringLiteral("L-1004")).toString(),
             QStringLiteral("+12025550104"));
    QVERIFY(lead(QStringLiteral("phone"), QStringLiteral("L-1010")).isNull());
    QCOMPARE(lead(QStringLiteral("owner"), QStringLiteral("L-1001")).toString(),
             QStringLiteral("Diane"));
    QVERIFY(lead(QStringLiteral("owner"), QStringLiteral("L-1009")).isNull());
    QCOMPARE(lead(QStringLiteral("campaign"), QStringLiteral("L-1002")).toString(),
             QStringLiteral("Google Ads"));
    QCOMPARE(lead(QStringLiteral("status"), QStringLiteral("L-1003")).toString(),
             QStringLiteral("Qualified"));
    QCOMPARE(lead(QStringLiteral("source"), QStringLiteral("L-1001")).toString(),
             QStringLiteral("crm"));
    // The raw row keeps what is not read, such as the name with its comma.
    QVERIFY(lead(QStringLiteral("raw"), QStringLiteral("L-1001"))
                .toString()
                .contains(QLatin1String("Quill, Avery")));

    const auto imports = ImportLog(*m_workspace).imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->first().format, QStringLiteral("leads"));
    QCOMPARE(imports->first().leadsImported, 7);
    QCOMPARE(imports->first().rejected, 4);
    QCOMPARE(imports->first().sha256.size(), 64);
    const auto problems = ImportLog(*m_workspace).problems(imports->first().id, 100);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 4);
    QCOMPARE(problems->at(3).line, 9);
    QCOMPARE(problems->at(3).column, 4);
}

void TestCrmImport::importsTheDealsExport()
{
    const FileImportResult result = import(dealsCsv);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("deals"));
    // 11 rows: lines 7 (no id), 8 (close date "not yet"), 9 (amount in words), 10 (D-501
    // again) and 12 (closed before it opened) are rejected, the other 6 are deals.
    QCOMPARE(result.rows, 11);
    QCOMPARE(result.calls, 0);
    QCOMPARE(result.deals, 6);
    QCOMPARE(result.dealsImported, 6);
    QCOMPARE(result.leads, 0);
    QCOMPARE(result.rejected, 5);
    const QList<std::pair<qint64, int>> where{{7, 1}, {8, 5}, {9, 7}, {10, 1}, {12, 5}};
    QCOMPARE(result.problems.size(), where.size());
    for (int i = 0; i < where.size(); ++i) {
        QCOMPARE(result.problems.at(i).line, where.at(i).first);
        QCOMPARE(result.problems.at(i).column, where.at(i).second);
    }
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("twelve hundred")));

    // Dates alone are midnight in London: GMT in February, BST (UTC+1) in April.
    QCOMPARE(deal(QStringLiteral("opened_at_ms"), QStringLiteral("D-501")).toLongLong(),
             utcMs(2025, 2, 4));
    QCOMPARE(deal(QStringLiteral("closed_at_ms"), QStringLiteral("D-501")).toLongLong(),
             utcMs(2025, 2, 18));
    QCOMPARE(deal(QStringLiteral("opened_at_ms"), QStringLiteral("D-504")).toLongLong(),
             utcMs(2025, 2, 15, 10, 30));
    QCOMPARE(deal(QStringLiteral("closed_at_ms"), QStringLiteral("D-504")).toLongLong(),
             utcMs(2025, 3, 3, 16, 0));
    QCOMPARE(deal(QStringLiteral("opened_at_ms"), QStringLiteral("D-509")).toLongLong(),
             utcMs(2025, 4, 2, 23, 0));
    QCOMPARE(deal(QStringLiteral("value"), QStringLiteral("D-501")).toDouble(), 1250.0);
    QCOMPARE(deal(QStringLiteral("value"), QStringLiteral("D-503")).toDouble(), 2400.5);
    QCOMPARE(deal(QStringLiteral("value"), QStringLiteral("D-504")).toDouble(), 3000.0);
    QCOMPARE(deal(QStringLiteral("currency"), QStringLiteral("D-501")).toString(),
             QStringLiteral("$"));
    QCOMPARE(deal(QStringLiteral("won"), QStringLiteral("D-501")).toInt(), 1);
    QCOMPARE(deal(QStringLiteral("won"), QStringLiteral("D-504")).toInt(), 1); // "Closed Won"
    QCOMPARE(deal(QStringLiteral("won"), QStringLiteral("D-503")).toInt(), 0);
    QVERIFY(deal(QStringLiteral("won"), QStringLiteral("D-502")).isNull());
    QVERIFY(deal(QStringLiteral("won"), QStringLiteral("D-505")).isNull()); // "Proposal"
    QCOMPARE(deal(QStringLiteral("stage"), QStringLiteral("D-505")).toString(),
             QStringLiteral("Proposal"));
    QVERIFY(deal(QStringLiteral("lead_id"), QStringLiteral("D-505")).isNull());
    QCOMPARE(deal(QStringLiteral("lead_id"), QStringLiteral("D-509")).toString(),
             QStringLiteral("L-1008"));

    // Open D-502 and D-505; won D-501, D-504 and D-509, worth 1,250 + 3,000 + 1,100; lost D-503.
    const auto counts = m_workspace->leadAndDealCounts();
    QVERIFY(counts);
    QCOMPARE(counts->deals, 6);
    QCOMPARE(counts->dealsOpen, 2);
    QCOMPARE(counts->dealsWon, 3);
    QCOMPARE(counts->dealsLost, 1);
    QCOMPARE(counts->wonValue, 5350.0);
    QCOMPARE(counts->wonUnvalued, 0);
    QCOMPARE(counts->wonCurrencies, QStringList{QStringLiteral("$")});
}

void TestCrmImport::dataModelSpellingsAndEuropeanAmounts()
{
    // The data model's own column names, in lower case; a won column instead of a stage.
    const QString leads = writeFile(QStringLiteral("leads.csv"),
                                    "id,phone,created_at,owner\n"
                                    "7,+1 202 555 0170,2025-05-06 10:00,Ana\n"
                                    "8,+1 202 555 0171,2025-05-06 10:05,\n");
    // Without --timezone the report zone (UTC here) applies.
    const FileImportResult leadResult = import(leads, {});
    QCOMPARE(leadResult.format, QStringLiteral("leads"));
    QCOMPARE(leadResult.leadsImported, 2);
    QCOMPARE(lead(QStringLiteral("created_at_ms"), QStringLiteral("7")).toLongLong(),
             utcMs(2025, 5, 6, 10, 0));
    QVERIFY(lead(QStringLiteral("owner"), QStringLiteral("8")).isNull());

    const QString deals = writeFile(QStringLiteral("deals.csv"),
                                    "deal_id;lead_id;opened_at;closed_at;won;value\n"
                                    "90;7;06.05.2025;20.05.2025;yes;1.250,00 €\n"
                                    "91;8;06.05.2025;21.05.2025;no;EUR 980\n"
                                    "92;8;07.05.2025;;no;\n"
                                    "93;8;07.05.2025;;maybe;10\n");
    const FileImportResult dealResult = import(deals);
    QCOMPARE(dealResult.format, QStringLiteral("deals"));
    QCOMPARE(dealResult.dealsImported, 3);
    QCOMPARE(dealResult.rejected, 1);
    QCOMPARE(dealResult.problems.at(0).line, 5);
    QCOMPARE(dealResult.problems.at(0).column, 5);
    QCOMPARE(deal(QStringLiteral("value"), QStringLiteral("90")).toDouble(), 1250.0);
    QCOMPARE(deal(QStringLiteral("currency"), QStringLiteral("90")).toString(),
             QStringLiteral("€"));
    QCOMPARE(deal(QStringLiteral("currency"), QStringLiteral("91")).toString(),
             QStringLiteral("EUR"));
    // Not won: lost once closed, open while not; no value is unknown, not 0.
    QCOMPARE(deal(QStringLiteral("won"), QStringLiteral("91")).toInt(), 0);
    QVERIFY(deal(QStringLiteral("won"), QStringLiteral("92")).isNull());
    QVERIFY(deal(QStringLiteral("value"), QStringLiteral("92")).isNull());
    QCOMPARE(deal(QStringLiteral("closed_at_ms"), QStringLiteral("90")).toLongLong(),
             utcMs(2025, 5, 19, 23, 0)); // midnight in London (BST)
}

void TestCrmImport::reimportAddsNothing()
{
    QCOMPARE(import(leadsCsv).leadsImported, 7);
    QCOMPARE(import(dealsCsv).dealsImported, 6);
    const FileImportResult leadsAgain = import(leadsCsv);
    QVERIFY(!leadsAgain.refusal);
    QCOMPARE(leadsAgain.leads, 7);
    QCOMPARE(leadsAgain.leadsImported, 0);
    QCOMPARE(leadsAgain.leadsUpdated, 0);
    QCOMPARE(leadsAgain.leadsDuplicates, 7);
    QCOMPARE(leadsAgain.rejected, 4);
    const FileImportResult dealsAgain = import(dealsCsv);
    QCOMPARE(dealsAgain.dealsImported, 0);
    QCOMPARE(dealsAgain.dealsUpdated, 0);
    QCOMPARE(dealsAgain.dealsDuplicates, 6);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 7);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 6);
    const auto imports = ImportLog(*m_workspace).imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 4);
    QCOMPARE(imports->at(2).leadsDuplicates, 7);
    QCOMPARE(imports->at(3).dealsDuplicates, 6);
}

void TestCrmImport::changedRowsUpdateAndUndoRestoresThem()
{
    const qint64 leadsImport = import(leadsCsv).importId;
    const qint64 dealsImport = import(dealsCsv).importId;
    // A later export: L-1002 passed from Marcus to Priya, and D-502 was won on 20 February.
    const QString leads = changedCopy(leadsCsv,
                                      "020 7946 0102,03/02/2025 11:52,Marcus",
                                      "020 7946 0102,03/02/2025 11:52,Priya");
    const QString deals =
        changedCopy(dealsCsv,
                    "D-502,L-1002,Oakes home bundle,05/02/2025,,Open,$800",
                    "D-502,L-1002,Oakes home bundle,05/02/2025,20/02/2025,Won,$800");
    QVERIFY(!leads.isEmpty() && !deals.isEmpty());
    const FileImportResult leadChange = import(leads);
    QCOMPARE(leadChange.leadsUpdated, 1);
    QCOMPARE(leadChange.leadsDuplicates, 6);
    const FileImportResult dealChange = import(deals);
    QCOMPARE(dealChange.dealsImported, 0);
    QCOMPARE(dealChange.dealsUpdated, 1);
    QCOMPARE(dealChange.dealsDuplicates, 5);
    QCOMPARE(lead(QStringLiteral("owner"), QStringLiteral("L-1002")).toString(),
             QStringLiteral("Priya"));
    QCOMPARE(deal(QStringLiteral("won"), QStringLiteral("D-502")).toInt(), 1);
    QCOMPARE(deal(QStringLiteral("closed_at_ms"), QStringLiteral("D-502")).toLongLong(),
             utcMs(2025, 2, 20));

    ImportLog log(*m_workspace);
    // The first deals import waits for the one that changed its deal.
    const auto refused = log.undo(dealsImport, 0);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QString::number(dealChange.importId)));

    const auto dealUndone = log.undo(dealChange.importId, 0);
    QVERIFY2(dealUndone, qPrintable(dealUndone ? QString() : dealUndone.error().message));
    QCOMPARE(dealUndone->dealsRestored, 1);
    QCOMPARE(dealUndone->dealsRemoved, 0);
    QVERIFY(deal(QStringLiteral("won"), QStringLiteral("D-502")).isNull());
    QVERIFY(deal(QStringLiteral("closed_at_ms"), QStringLiteral("D-502")).isNull());
    QCOMPARE(deal(QStringLiteral("stage"), QStringLiteral("D-502")).toString(),
             QStringLiteral("Open"));
    const auto leadUndone = log.undo(leadChange.importId, 0);
    QVERIFY(leadUndone);
    QCOMPARE(leadUndone->leadsRestored, 1);
    QCOMPARE(lead(QStringLiteral("owner"), QStringLiteral("L-1002")).toString(),
             QStringLiteral("Marcus"));

    // The restored rows belong to the first imports again, which now undo whole.
    const auto dealsGone = log.undo(dealsImport, 0);
    QVERIFY(dealsGone);
    QCOMPARE(dealsGone->dealsRemoved, 6);
    const auto leadsGone = log.undo(leadsImport, 0);
    QVERIFY(leadsGone);
    QCOMPARE(leadsGone->leadsRemoved, 7);
    QCOMPARE(leadsGone->removed, 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
}

void TestCrmImport::forcedFormatMustFitTheHeader()
{
    ImportOptions options = londonOptions();
    options.formatId = QStringLiteral("leads");
    const FileImportResult asLeads = import(dealsCsv, options);
    QVERIFY(asLeads.refusal);
    QVERIFY2(asLeads.refusal->message.contains(QLatin1String("not a leads export")),
             qPrintable(asLeads.refusal->message));
    options.formatId = QStringLiteral("deals");
    QVERIFY(
        import(QStringLiteral(CALLBOARD_TEST_DATA "/callboard-csv/transfer.csv"), options).refusal);
    options.formatId = QStringLiteral("leads");
    QCOMPARE(import(leadsCsv, options).leadsImported, 7);

    // A creation column that reads both day first (13/02) and month first (02/13) is refused.
    const FileImportResult mixed = import(writeFile(QStringLiteral("mixed.csv"),
                                                    "lead id,mobile,date created\n"
                                                    "1,+1 202 555 0180,13/02/2025\n"
                                                    "2,+1 202 555 0181,02/13/2025\n"));
    QVERIFY(mixed.refusal);
    QCOMPARE(mixed.refusal->line, 3);
    QCOMPARE(mixed.refusal->column, 3);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 1);
}

void TestCrmImport::versionFiveWorkspaceTakesLeads()
{
    const QString path = m_dir.filePath(QStringLiteral("version5.sqlite"));
    {
        // A workspace as version 5 of the schema wrote it, with one imported call.
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
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO imports (id, file_name, sha256, format, time_zone, imported_at_ms)"
            " VALUES (3, 'old.csv', '', 'pwc-spreadsheet', 'UTC', 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO calls (source, source_id, direction, outcome, arrived_at_ms,"
            " attributed_at_ms, local_day, local_hour, content_hash, import_id,"
            " created_by_import) VALUES ('pwc-spreadsheet', 'ID1', 0, 0, 0, 0, 2440588, 0, 1,"
            " 3, 3)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    m_workspace.reset();
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->schemaVersion() >= 6);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1);
    QCOMPARE(import(leadsCsv).leadsImported, 7);
    const auto imports = ImportLog(*m_workspace).imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 2);
    QCOMPARE(imports->at(0).leadsImported, 0);
    QCOMPARE(imports->at(1).leadsImported, 7);
    // The old import still undoes, leaving the leads alone.
    const auto undone = ImportLog(*m_workspace).undo(3, 0);
    QVERIFY(undone);
    QCOMPARE(undone->removed, 1);
    QCOMPARE(undone->leadsRemoved, 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 7);
}

void TestCrmImport::hashedWorkspacesKeepNoLeadPhone()
{
    // Leads imported before hashing is turned on are hashed with the calls, and later ones as
    // they are stored; either way the same phone makes the same hash, so leads still meet calls.
    QVERIFY(m_workspace->setHomeCountry(QStringLiteral("GB")));
    QVERIFY(!import(leadsCsv).refusal);
    QVERIFY(m_workspace->setHashCallerNumbers(true));
    const QString before = lead(QStringLiteral("phone"), QStringLiteral("L-1002")).toString();
    QVERIFY2(before.startsWith(QLatin1String("hash:")), qPrintable(before));
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT count(*) FROM leads WHERE phone NOT LIKE 'hash:%'"))
                 .toInt(),
             0);
    // 020 7946 0102 and +44 20 7946 0102 are one number, so one hash.
    const QString again =
        writeFile(QStringLiteral("again.csv"),
                  "lead id,phone,created,owner\nL-2002,+44 20 7946 0102,2025-02-03 11:52,Marcus\n");
    QVERIFY(!import(again).refusal);
    QCOMPARE(lead(QStringLiteral("phone"), QStringLiteral("L-2002")).toString(), before);

    QVERIFY(value(*m_workspace, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isValid());
    QFile stored(m_workspace->path());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray bytes = stored.readAll();
    QVERIFY(!bytes.contains("7946 0102"));
    QVERIFY(!bytes.contains("2079460102"));
}

QTEST_GUILESS_MAIN(TestCrmImport)
#include "tst_crmimport.moc"
