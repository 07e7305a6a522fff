#include "import/Importer.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace callboard;

namespace {

const QString pwcCsv =
    QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv");

QString variant(const char *name)
{
    return QStringLiteral(CALLBOARD_TEST_DATA "/pwc-variants/") + QLatin1String(name);
}

QVariant value(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next()) {
        return QVariant();
    }
    return query.value(0);
}

qint64 callCount(const Workspace &workspace)
{
    return value(workspace, QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
}

qint64 utcMs(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestPwcImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsTheRealLog();
    void reimportAddsNothing();
    void changedRowsAreUpdated();
    void workbookAndCsvAreTheSameLog();
    void semicolonDayFirstVariant();
    void crlfZeroFilledVariant();
    void badRowsAreRejectedWithLineAndColumn();
    void fileThatIsNotACallLogChangesNothing();
    void fileWithNoReadableRowChangesNothing();
    void contradictoryDatesAreRefused();
    void dateOrderCanBeForced();
    void cancelledImportChangesNothing();
    void quoteNeverClosedRefusesTheFile();
    void strayQuoteClosedLaterRejectsTheJoinedRows();
    void quotedLineBreaksInAFieldAreKept();
    void aRowCutShortSaysSo();

private:
    /// The PwC log with its lines edited by @p edit (line numbers from 1, the header's).
    QString editedCopy(const char *name, const std::function<void(QList<QByteArray> &)> &edit);

    FileImportResult import(const QString &path, ImportOptions options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestPwcImport::init()
{
    auto workspace = Workspace::open(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QVERIFY(m_workspace->setReportTimeZone(QTimeZone("UTC")));
}

void TestPwcImport::cleanup()
{
    m_workspace.reset();
}

FileImportResult TestPwcImport::import(const QString &path, ImportOptions options)
{
    Importer importer(*m_workspace);
    return importer.importFile(path, options);
}

void TestPwcImport::importsTheRealLog()
{
    const FileImportResult result = import(pwcCsv);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("pwc-spreadsheet"));
    QCOMPARE(result.rows, 5000);
    QCOMPARE(result.calls, 5000);
    QCOMPARE(result.imported, 5000);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(callCount(*m_workspace), 5000);

    // Counts from the file: 4054 Y / 946 N in "Answered (Y/N)"; 8 agents.
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls WHERE outcome = 0")).toInt(),
        4054);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM agents")).toInt(), 8);

    // First row: ID0001,Diane,1-Jan-21,Jan,9:12,Contract related,Y,Y,109,0:02:23,3
    QSqlQuery first(m_workspace->database());
    QVERIFY(first.exec(QStringLiteral(
        "SELECT c.arrived_at_ms, c.wait_s, c.talk_s, c.resolved, c.csat_score, c.queue, a.name,"
        " c.direction FROM calls c JOIN agents a ON a.id = c.agent_id"
        " WHERE c.source = 'pwc-spreadsheet' AND c.source_id = 'ID0001'")));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toLongLong(), utcMs(2021, 1, 1, 9, 12));
    QCOMPARE(first.value(1).toDouble(), 109.0);
    QCOMPARE(first.value(2).toDouble(), 143.0);
    QCOMPARE(first.value(3).toInt(), 1);
    QCOMPARE(first.value(4).toDouble(), 3.0);
    QCOMPARE(first.value(5).toString(), QStringLiteral("Contract related"));
    QCOMPARE(first.value(6).toString(), QStringLiteral("Diane"));
    QCOMPARE(first.value(7).toInt(), int(Direction::Inbound));

    // ID0006 is unanswered and zero-filled: its zeros are not values.
    QSqlQuery unanswered(m_workspace->database());
    QVERIFY(unanswered.exec(QStringLiteral(
        "SELECT outcome, wait_s IS NULL, talk_s IS NULL, csat_score IS NULL, resolved IS NULL"
        " FROM calls WHERE source_id = 'ID0006'")));
    QVERIFY(unanswered.next());
    QCOMPARE(unanswered.value(0).toInt(), int(Outcome::Abandoned));
    for (int column = 1; column <= 4; ++column) {
        QVERIFY(unanswered.value(column).toBool());
    }

    const auto imports = ImportLog(*m_workspace).imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->first().fileName, QStringLiteral("Call-Center-Dataset.csv"));
    QCOMPARE(imports->first().imported, 5000);
    QCOMPARE(imports->first().sha256.size(), 64);
}

void TestPwcImport::reimportAddsNothing()
{
    QCOMPARE(import(pwcCsv).imported, 5000);
    const FileImportResult again = import(pwcCsv);
    QVERIFY(!again.refusal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.duplicates, 5000);
    QCOMPARE(callCount(*m_workspace), 5000);
}

void TestPwcImport::changedRowsAreUpdated()
{
    QCOMPARE(import(pwcCsv).imported, 5000);
    // A later export of the same log in which one call's rating was corrected.
    QFile original(pwcCsv);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    const QByteArray before("ID0001,Diane,1-Jan-21,Jan,9:12,Contract related,Y,Y,109,0:02:23,3");
    const QByteArray after("ID0001,Diane,1-Jan-21,Jan,9:12,Contract related,Y,Y,109,0:02:23,5");
    QVERIFY(bytes.contains(before));
    bytes.replace(before, after);
    const QString changed = m_dir.filePath(QStringLiteral("changed.csv"));
    QFile copy(changed);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();

    const FileImportResult result = import(changed);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.duplicates, 4999);
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT csat_score FROM calls WHERE source_id = 'ID0001'"))
                 .toDouble(),
             5.0);
}

void TestPwcImport::workbookAndCsvAreTheSameLog()
{
    const FileImportResult workbook =
        import(QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/01 Call-Center-Dataset.xlsx"));
    QVERIFY2(!workbook.refusal,
             qPrintable(workbook.refusal ? workbook.refusal->toString() : QString()));
    QCOMPARE(workbook.format, QStringLiteral("pwc-spreadsheet"));
    QCOMPARE(workbook.imported, 5000);
    QCOMPARE(workbook.rejected, 0);
    // The workbook keeps seconds that the CSV copy dropped: ID0001 arrived at 9:12:58.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT arrived_at_ms FROM calls WHERE source_id = 'ID0001'"))
                 .toLongLong(),
             utcMs(2021, 1, 1, 9, 12, 58));
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT talk_s FROM calls WHERE source_id = 'ID0001'"))
            .toDouble(),
        143.0);
    // Unanswered rows have no cells at all in the workbook's last three columns.
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT wait_s IS NULL FROM calls WHERE source_id = 'ID0006'"))
                .toBool());

    // The CSV copy of the same log adds no call; the calls whose times it rounds to the minute
    // are updated (the 214 it leaves alone arrived on a whole minute in the workbook).
    const FileImportResult csv = import(pwcCsv);
    QCOMPARE(csv.imported, 0);
    QCOMPARE(csv.updated + csv.duplicates, 5000);
    QCOMPARE(callCount(*m_workspace), 5000);
}

void TestPwcImport::semicolonDayFirstVariant()
{
    // Its dates (1 to 3 February, or 2 January to 2 March) all read both ways: the order is
    // asked for, and nothing is stored until it is given.
    const QString path = variant("semicolon-dayfirst-blank-unanswered.csv");
    const FileImportResult refused = import(path);
    QVERIFY(refused.refusal);
    QCOMPARE(refused.refusal->missing, MissingInput::DateOrder);
    QCOMPARE(refused.refusal->line, 2);
    QCOMPARE(callCount(*m_workspace), 0);
    ImportOptions dayFirst;
    dayFirst.dateOrder = DateOrder::DayMonthYear;
    const FileImportResult result = import(path, dayFirst);
    QVERIFY2(!result.refusal, qPrintable(result.refusal ? result.refusal->toString() : QString()));
    QCOMPARE(result.format, QStringLiteral("pwc-spreadsheet"));
    QCOMPARE(result.imported, 5);
    QCOMPARE(result.rejected, 0);
    // 01/02/2021 09:12:33 is read day first: 1 February.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT arrived_at_ms FROM calls"
                                  " WHERE source_id = 'V001'"))
                 .toLongLong(),
             utcMs(2021, 2, 1, 9, 12, 33));
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT talk_s FROM calls WHERE source_id = 'V004'"))
            .toDouble(),
        600.0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT queue FROM calls WHERE source_id = 'V003'"))
                 .toString(),
             QStringLiteral("Support"));
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT csat_score IS NULL FROM calls WHERE source_id = 'V004'"))
                .toBool());
    QCOMPARE(
        value(*m_workspace, QStringLiteral("SELECT count(*) FROM calls WHERE outcome = 1")).toInt(),
        2);
}

void TestPwcImport::crlfZeroFilledVariant()
{
    const FileImportResult result = import(variant("crlf-extra-columns-zero-filled.csv"));
    QVERIFY(!result.refusal);
    QCOMPARE(result.imported, 3);
    // 31-01-2016 can only be day first; 01-02-2016 follows it: 1 February.
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT arrived_at_ms FROM calls WHERE source_id = 'X3'"))
                 .toLongLong(),
             utcMs(2016, 2, 1, 23, 59));
    // X1 was answered at once: its 0 is a real wait. X2 is unanswered: its 0 is filler.
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT wait_s FROM calls WHERE source_id = 'X1'")),
             QVariant(0.0));
    QVERIFY(value(*m_workspace,
                  QStringLiteral("SELECT wait_s IS NULL FROM calls WHERE source_id = 'X2'"))
                .toBool());
}

void TestPwcImport::badRowsAreRejectedWithLineAndColumn()
{
    const FileImportResult result = import(variant("bad-rows.csv"));
    QVERIFY(!result.refusal);
    QCOMPARE(result.rows, 5);
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.rejected, 4);
    QCOMPARE(result.problems.size(), 4);
    const QList<std::pair<qint64, int>> expected{{3, 3}, {4, 6}, {5, 10}, {6, 8}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.problems[i].line, expected[i].first);
        QCOMPARE(result.problems[i].column, expected[i].second);
    }
    QVERIFY(result.problems[0].message.contains(QLatin1String("2021-03-32")));
    QVERIFY(result.problems[1].message.contains(QLatin1String("maybe")));
    QVERIFY(result.problems[2].message.contains(QLatin1String("1 to 5")));
    QVERIFY(result.problems[3].message.contains(QLatin1String("ten")));
    QCOMPARE(callCount(*m_workspace), 1);
}

void TestPwcImport::fileThatIsNotACallLogChangesNothing()
{
    QCOMPARE(import(pwcCsv).imported, 5000);
    const FileImportResult result = import(variant("not-a-call-log.csv"));
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->file, variant("not-a-call-log.csv"));
    QCOMPARE(result.refusal->line, 1);
    QVERIFY(result.refusal->message.contains(QLatin1String("not a call log")));
    QCOMPARE(callCount(*m_workspace), 5000);
    QCOMPARE(ImportLog(*m_workspace).imports()->size(), 1);
}

void TestPwcImport::fileWithNoReadableRowChangesNothing()
{
    const FileImportResult result = import(variant("all-rows-bad.csv"));
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->line, 2);
    QCOMPARE(result.refusal->column, 3);
    QCOMPARE(result.rejected, 2);
    QCOMPARE(callCount(*m_workspace), 0);
    QCOMPARE(ImportLog(*m_workspace).imports()->size(), 0);
    QCOMPARE(value(*m_workspace, QStringLiteral("SELECT count(*) FROM agents")).toInt(), 0);
}

void TestPwcImport::contradictoryDatesAreRefused()
{
    const FileImportResult result = import(variant("contradictory-dates.csv"));
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->missing, MissingInput::DateOrder);
    QCOMPARE(result.refusal->line, 3); // 01/13/2021 contradicts line 2's 13/01/2021
    QCOMPARE(result.refusal->column, 3);
    QCOMPARE(callCount(*m_workspace), 0);
}

void TestPwcImport::dateOrderCanBeForced()
{
    ImportOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    const FileImportResult result =
        import(variant("semicolon-dayfirst-blank-unanswered.csv"), options);
    QCOMPARE(result.imported, 5);
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT arrived_at_ms FROM calls"
                                  " WHERE source_id = 'V001'"))
                 .toLongLong(),
             utcMs(2021, 1, 2, 9, 12, 33));
}

void TestPwcImport::cancelledImportChangesNothing()
{
    Importer importer(*m_workspace);
    int calls = 0;
    importer.setProgressCallback([&calls](qint64, qint64) { return ++calls < 3; });
    const FileImportResult result = importer.importFile(pwcCsv, ImportOptions{});
    QVERIFY(result.refusal);
    QVERIFY(result.refusal->message.contains(QLatin1String("cancelled")));
    QCOMPARE(calls, 3);
    QCOMPARE(callCount(*m_workspace), 0);
    QCOMPARE(ImportLog(*m_workspace).imports()->size(), 0);
}

QString TestPwcImport::editedCopy(const char *name,
                                  const std::function<void(QList<QByteArray> &)> &edit)
{
    QFile original(pwcCsv);
    if (!original.open(QIODevice::ReadOnly)) {
        return QString();
    }
    QList<QByteArray> lines = original.readAll().split('\n');
    lines.prepend(QByteArray()); // lines[n] is line n
    edit(lines);
    lines.removeFirst();
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(lines.join('\n')) < 0) {
        return QString();
    }
    return path;
}

void TestPwcImport::quoteNeverClosedRefusesTheFile()
{
    // Line 6 is "ID0005,Becky,1-Jan-21,...": a quote before Becky that nothing closes would make
    // the 4,995 lines after it one field. The file is refused, and nothing is stored.
    const QString path = editedCopy("open-quote.csv", [](QList<QByteArray> &lines) {
        lines[6].replace("ID0005,Becky,", "ID0005,\"Becky,");
    });
    QVERIFY(!path.isEmpty());
    const FileImportResult result = import(path);
    QVERIFY(result.refusal);
    QCOMPARE(result.refusal->line, 6);
    QCOMPARE(result.refusal->column, 2);
    QVERIFY2(result.refusal->message.contains(QLatin1String("never closed"))
                 && result.refusal->message.contains(QLatin1String("4995 line")),
             qPrintable(result.refusal->message));
    QCOMPARE(callCount(*m_workspace), 0);
    QCOMPARE(ImportLog(*m_workspace).imports()->size(), 0);
}

void TestPwcImport::strayQuoteClosedLaterRejectsTheJoinedRows()
{
    // The quote opened on line 6 closes after "Greg" on line 10, so lines 6 to 10 read as one
    // record of 11 fields whose second holds four whole rows. That record is rejected, naming
    // the lines; the other 4,995 calls are imported.
    const QString path = editedCopy("stray-quote.csv", [](QList<QByteArray> &lines) {
        lines[6].replace("ID0005,Becky,", "ID0005,\"Becky,");
        lines[10].replace("ID0009,Greg,", "ID0009,Greg\",");
    });
    QVERIFY(!path.isEmpty());
    const FileImportResult result = import(path);
    QVERIFY(!result.refusal);
    QCOMPARE(result.rows, 4996);
    QCOMPARE(result.imported, 4995);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.value(0).line, 6);
    QCOMPARE(result.problems.value(0).column, 2);
    QVERIFY2(result.problems.value(0).message.contains(QLatin1String("from line 6 to line 10")),
             qPrintable(result.problems.value(0).message));
    QCOMPARE(value(*m_workspace,
                   QStringLiteral("SELECT count(*) FROM calls WHERE source_id"
                                  " IN ('ID0005', 'ID0006', 'ID0009')"))
                 .toInt(),
             0);
}

void TestPwcImport::quotedLineBreaksInAFieldAreKept()
{
    // A topic written over two lines inside quotes is one field, as RFC 4180 has it: the
    // record spans lines 6 and 7 and is imported whole, and the file's other rows too.
    const QString path = editedCopy("two-line-topic.csv", [](QList<QByteArray> &lines) {
        lines[6].replace(",Payment related,", ",\"Payment\r\nrelated\",");
    });
    QVERIFY(!path.isEmpty());
    const FileImportResult result = import(path);
    QVERIFY(!result.refusal);
    QCOMPARE(result.rows, 5000);
    QCOMPARE(result.imported, 5000);
    QCOMPARE(result.rejected, 0);
}

void TestPwcImport::aRowCutShortSaysSo()
{
    // Line 11 keeps only its first 3 of 11 fields: its rejection names the first missing field
    // it needs and says the row is short.
    const QString path = editedCopy("short-row.csv", [](QList<QByteArray> &lines) {
        lines[11] = "ID0010,Diane,1-Jan-21";
    });
    QVERIFY(!path.isEmpty());
    const FileImportResult result = import(path);
    QVERIFY(!result.refusal);
    QCOMPARE(result.imported, 4999);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.value(0).line, 11);
    QVERIFY2(result.problems.value(0).message.endsWith(
                 QLatin1String("(The row has 3 fields where the header has 11: it is cut short.)")),
             qPrintable(result.problems.value(0).message));
}

QTEST_GUILESS_MAIN(TestPwcImport)
#include "tst_pwcimport.moc"
