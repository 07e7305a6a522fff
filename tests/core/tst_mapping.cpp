#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "import/RecordReader.h"
#include "kpi/KpiEngine.h"
#include "store/Workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/KpiLookup.h"

using namespace callboard;
using callboard::test::findKpi;

namespace {

const QString acmeLog = QStringLiteral(CALLBOARD_TEST_DATA "/mapping/acme-export.csv");
const QString acmeMapping = QStringLiteral(CALLBOARD_TEST_DATA "/mapping/acme.mapping.json");

ColumnMapping readMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    Expected<ColumnMapping> mapping = ColumnMapping::fromJson(file.readAll());
    return mapping ? *mapping : ColumnMapping();
}

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

/// Logs no built-in format knows, read through a column mapping.
class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void guessesFromUsualNames();
    void savedMappingRoundTrips();
    void badMappingsAreRefused();
    void importsThroughTheMapping();
    void ambiguousDatesAreRefused();
    void fileWithoutTheMappedColumnsIsRefused();
    void savedMappingReadsTheNextSuchFile();
    void savedMappingsAreListedAndForgotten();

private:
    FileImportResult
    import(const QString &path, const ColumnMapping &mapping, ImportOptions options = {});
    QString writeFile(const char *name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestMapping::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestMapping::cleanup()
{
    m_workspace.reset();
}

FileImportResult
TestMapping::import(const QString &path, const ColumnMapping &mapping, ImportOptions options)
{
    options.mapping = std::make_shared<const ColumnMapping>(mapping);
    return Importer(*m_workspace).importFile(path, options);
}

QString TestMapping::writeFile(const char *name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestMapping::guessesFromUsualNames()
{
    auto reader = RecordReader::open(acmeLog);
    QVERIFY(reader);
    Record header;
    QVERIFY((*reader)->readRecord(header));
    const ColumnMapping acme = ColumnMapping::guess(header.fields);
    // "Start Time" beside "Call Date" makes the arrival a date and a time column.
    QCOMPARE(acme.columns.value(MappedField::ArrivedAt), QStringLiteral("Call Date"));
    QCOMPARE(acme.columns.value(MappedField::ArrivalTime), QStringLiteral("Start Time"));
    QCOMPARE(acme.columns.value(MappedField::Outcome), QStringLiteral("Result"));
    QVERIFY(!acme.columns.contains(MappedField::CallId)); // "Call Ref" is nobody's usual name
    QCOMPARE(acme.header, header.fields);

    const ColumnMapping cdr = ColumnMapping::guess({QStringLiteral("calldate"),
                                                    QStringLiteral("src"),
                                                    QStringLiteral("dst"),
                                                    QStringLiteral("duration"),
                                                    QStringLiteral("billsec"),
                                                    QStringLiteral("disposition")});
    QCOMPARE(cdr.columns.value(MappedField::ArrivedAt), QStringLiteral("calldate"));
    QCOMPARE(cdr.columns.value(MappedField::Caller), QStringLiteral("src"));
    QCOMPARE(cdr.columns.value(MappedField::Callee), QStringLiteral("dst"));
    // billsec is talk; "disposition" is taken as the outcome, which comes first.
    QCOMPARE(cdr.columns.value(MappedField::Talk), QStringLiteral("billsec"));
    QCOMPARE(cdr.columns.value(MappedField::Outcome), QStringLiteral("disposition"));
    QVERIFY(cdr.missing().isEmpty());
    QVERIFY(
        !ColumnMapping::guess({QStringLiteral("foo"), QStringLiteral("bar")}).missing().isEmpty());
}

void TestMapping::savedMappingRoundTrips()
{
    const ColumnMapping mapping = readMapping(acmeMapping);
    QCOMPARE(mapping.name, QStringLiteral("Acme PBX export"));
    QCOMPARE(mapping.columns.size(), 10);
    QCOMPARE(mapping.timeZone, QStringLiteral("Europe/London"));
    const Expected<ColumnMapping> again = ColumnMapping::fromJson(mapping.toJson());
    QVERIFY(again);
    QCOMPARE(again->columns, mapping.columns);
    QCOMPARE(again->header, mapping.header);
    QCOMPARE(again->source, mapping.source);
}

void TestMapping::badMappingsAreRefused()
{
    QVERIFY(!ColumnMapping::fromJson("not json"));
    const Expected<ColumnMapping> unknown =
        ColumnMapping::fromJson(R"({"columns": {"arrived_at": "When", "mood": "Mood"}})");
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QLatin1String("mood")));
    const Expected<ColumnMapping> noArrival =
        ColumnMapping::fromJson(R"({"columns": {"agent": "Who"}})");
    QVERIFY(!noArrival);
    QVERIFY(noArrival.error().message.contains(QLatin1String("arrived")));
    QVERIFY(!ColumnMapping::fromJson(
        R"({"columns": {"arrived_at": "When"}, "date_order": "someday"})"));
}

void TestMapping::importsThroughTheMapping()
{
    const FileImportResult result = import(acmeLog, readMapping(acmeMapping));
    QVERIFY(!result.refusal);
    QCOMPARE(result.format, QStringLiteral("mapped"));
    QCOMPARE(result.rows, 7);
    QCOMPARE(result.imported, 4); // A-100 to A-103
    QCOMPARE(result.rejected, 3);
    // A-104's date (line 6, column 2), A-105's direction (line 7, column 4) and A-106's result
    // (line 8, column 6); the header is line 1.
    QCOMPARE(result.problems.at(0).line, 6);
    QCOMPARE(result.problems.at(0).column, 2);
    QCOMPARE(result.problems.at(1).line, 7);
    QCOMPARE(result.problems.at(1).column, 4);
    QCOMPARE(result.problems.at(2).line, 8);
    QCOMPARE(result.problems.at(2).column, 6);
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("teleported")));

    QSqlQuery first(m_workspace->database());
    first.exec(QStringLiteral("SELECT c.source, c.arrived_at_ms, c.outcome, c.wait_s, c.talk_s,"
                              " a.name, c.caller_number, c.csat_score FROM calls c"
                              " LEFT JOIN agents a ON a.id = c.agent_id"
                              " WHERE c.source_id = 'A-100'"));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toString(), QStringLiteral("acme"));
    // 14 March 2025 is still winter time in London (summer time begins on the 30th): UTC.
    QCOMPARE(first.value(1).toLongLong(), utcMs(2025, 3, 14, 9, 5, 10));
    QCOMPARE(first.value(2).toInt(), int(Outcome::Answered));
    QCOMPARE(first.value(3).toDouble(), 14.0);
    QCOMPARE(first.value(4).toDouble(), 320.0);
    QCOMPARE(first.value(5).toString(), QStringLiteral("Jo Park"));
    QCOMPARE(first.value(6).toString(), QStringLiteral("+441632960001"));
    QCOMPARE(first.value(7).toDouble(), 5.0);

    QSqlQuery outcomes(m_workspace->database());
    outcomes.exec(QStringLiteral("SELECT source_id, direction, outcome, talk_s IS NULL FROM calls"
                                 " WHERE source_id IN ('A-101', 'A-102') ORDER BY source_id"));
    QVERIFY(outcomes.next()); // abandoned after 62 s; its "0" talk is filler
    QCOMPARE(outcomes.value(2).toInt(), int(Outcome::Abandoned));
    QCOMPARE(outcomes.value(3).toInt(), 1);
    QVERIFY(outcomes.next()); // an outbound "No Answer"
    QCOMPARE(outcomes.value(1).toInt(), int(Direction::Outbound));
    QCOMPARE(outcomes.value(2).toInt(), int(Outcome::NotConnected));

    // Offered: A-100, A-101, A-103 (A-102 is outbound); within 20 s: A-100 (14 s), A-103 (4 s).
    const auto kpis =
        KpiEngine(*m_workspace, KpiCalculator(DefinitionProfile::standard(), Targets::defaults()))
            .kpis({});
    QVERIFY(kpis);
    QCOMPARE(*findKpi(*kpis, "calls").value, 4.0);
    QCOMPARE(*findKpi(*kpis, "service_level").numerator, 2.0);
    QCOMPARE(*findKpi(*kpis, "service_level").denominator, 3.0);
    QCOMPARE(*findKpi(*kpis, "asa").numerator, 18.0);

    const FileImportResult again = import(acmeLog, readMapping(acmeMapping));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 4);
}

void TestMapping::ambiguousDatesAreRefused()
{
    const QString path =
        writeFile("ambiguous.csv", "When,Who\n01/02/2025 10:00,Ann\n03/04/2025 11:00,Bob\n");
    ColumnMapping mapping;
    mapping.columns.insert(MappedField::ArrivedAt, QStringLiteral("When"));
    mapping.columns.insert(MappedField::Agent, QStringLiteral("Who"));
    const FileImportResult refused = import(path, mapping);
    QVERIFY(refused.refusal);
    QCOMPARE(refused.refusal->missing, MissingInput::DateOrder);
    QCOMPARE(refused.refusal->line, 2);
    QCOMPARE(refused.refusal->column, 1);

    ImportOptions dayFirst;
    dayFirst.dateOrder = DateOrder::DayMonthYear;
    const FileImportResult read = import(path, mapping, dayFirst);
    QVERIFY(!read.refusal);
    QSqlQuery query(m_workspace->database());
    query.exec(QStringLiteral("SELECT min(arrived_at_ms) FROM calls"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), utcMs(2025, 2, 1, 10, 0)); // 1 February, day first
}

void TestMapping::fileWithoutTheMappedColumnsIsRefused()
{
    const FileImportResult refused =
        import(QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"),
               readMapping(acmeMapping));
    QVERIFY(refused.refusal);
    QVERIFY(refused.refusal->message.contains(QLatin1String("Call Ref")));
    QSqlQuery count(m_workspace->database());
    count.exec(QStringLiteral("SELECT count(*) FROM calls"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestMapping::savedMappingReadsTheNextSuchFile()
{
    // Unknown at first; once a mapping for its header is saved in the workspace, the same file
    // (or another with that header) imports without being given one.
    QVERIFY(Importer(*m_workspace).importFile(acmeLog, {}).refusal);
    QVERIFY(saveMapping(*m_workspace, readMapping(acmeMapping)));
    const FileImportResult result = Importer(*m_workspace).importFile(acmeLog, {});
    QVERIFY(!result.refusal);
    QCOMPARE(result.format, QStringLiteral("mapped"));
    QCOMPARE(result.imported, 4);
    // A built-in format still reads its own files, whatever mappings are saved.
    QCOMPARE(Importer(*m_workspace)
                 .importFile(QStringLiteral(CALLBOARD_TEST_DATA "/callboard-csv/transfer.csv"), {})
                 .format,
             QStringLiteral("callboard-csv"));
}

void TestMapping::savedMappingsAreListedAndForgotten()
{
    QCOMPARE(savedMappings(*m_workspace)->size(), 0);
    ColumnMapping acme = readMapping(acmeMapping);
    QVERIFY(saveMapping(*m_workspace, acme));
    // A second mapping for another header, named so that it sorts first.
    ColumnMapping other = acme;
    other.name = QStringLiteral("Aardvark CRM");
    other.header.append(QStringLiteral("Extra"));
    QVERIFY(saveMapping(*m_workspace, other));
    // Saving again for the same header replaces the first, rather than adding a third.
    QVERIFY(saveMapping(*m_workspace, acme));
    const Expected<QList<ColumnMapping>> listed = savedMappings(*m_workspace);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).name, QStringLiteral("Aardvark CRM"));
    QCOMPARE(listed->at(1).name, QStringLiteral("Acme PBX export"));
    QCOMPARE(listed->at(1).columns.value(MappedField::Agent), QStringLiteral("Handled By"));

    // Forgotten, the Acme log is unknown again; the other mapping stays.
    QVERIFY(forgetMapping(*m_workspace, acme.header));
    QCOMPARE(savedMappings(*m_workspace)->size(), 1);
    QVERIFY(!savedMappingFor(*m_workspace, acme.header));
    QVERIFY(Importer(*m_workspace).importFile(acmeLog, {}).refusal);
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
