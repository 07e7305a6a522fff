#include "DashboardWidget.h"
#include "ImportLogDialog.h"
#include "ImportLogModel.h"
#include "KpiTile.h"
#include "LeaderboardModel.h"
#include "MainWindow.h"
#include "MappingDialog.h"
#include "MissingInputDialog.h"
#include "Screenshot.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "kpi/WorkspaceTargets.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace callboard;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tilesShowTheWholePeriod();
    void tilesShowTheWorkspaceTargets();
    void agentAndPeriodFiltersRecompute();
    void presetsFollowTheClock();
    void leaderboardModelIsSound();
    void screenshotRendersTheDashboard();
    void importRunsOffTheWindowThread();
    void noticesImportsByAnotherConnection();
    void importLogListsImportsAndUndoes();
    void wizardMapsAnUnknownLog();
    void windowAsksForWhatAFileLacks();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_path = m_dir.filePath(QStringLiteral("pwc.sqlite"));
    auto workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    QVERIFY((*workspace)->setReportTimeZone(QTimeZone("UTC")));
    Importer importer(**workspace);
    QCOMPARE(importer
                 .importFile(
                     QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"),
                     {})
                 .imported,
             5000);
}

void TestDashboard::tilesShowTheWholePeriod()
{
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    ui::DashboardWidget *dashboard = window.dashboard();
    // Opening shows all the data: 5,000 calls; service level 374 / 5,000 = 7.5 %;
    // ASA 273,729 s / 4,054 = 67.5 s (see tests/data/pwc-call-center/expected.sql).
    QCOMPARE(dashboard->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("5,000"));
    QCOMPARE(dashboard->tile(QStringLiteral("service_level"))->valueText(),
             QStringLiteral("7.5 %"));
    QCOMPARE(dashboard->tile(QStringLiteral("asa"))->valueText(), QStringLiteral("67.5 s"));
    QCOMPARE(dashboard->tile(QStringLiteral("fcr"))->valueText(), QStringLiteral("—"));
    QVERIFY(dashboard->tile(QStringLiteral("service_level"))
                ->toolTip()
                .contains(QLatin1String("Denominator: 5,000")));
    QCOMPARE(*dashboard->filter().from, QDate(2021, 1, 1));
    QCOMPARE(*dashboard->filter().to, QDate(2021, 3, 31));
}

void TestDashboard::tilesShowTheWorkspaceTargets()
{
    const QString sl = QStringLiteral("service_level");
    {
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.dashboard()->tile(sl)->accessibleDescription().contains(
            QLatin1String("Target 80 %")));
    }
    // A target a team set in the workspace (by the command line, say) is the one the tile shows.
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        Target target;
        target.value = 0.07;
        QVERIFY(WorkspaceTargets(**workspace).set(sl, target));
    }
    {
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        const QString description = window.dashboard()->tile(sl)->accessibleDescription();
        QVERIFY2(description.contains(QLatin1String("Target 7 %")), qPrintable(description));
    }
    auto workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    QVERIFY(WorkspaceTargets(**workspace).reset());
}

void TestDashboard::agentAndPeriodFiltersRecompute()
{
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    ui::DashboardWidget *dashboard = window.dashboard();
    dashboard->setPeriod(QDate(2021, 2, 1), QDate(2021, 2, 28));
    dashboard->setAgent(QStringLiteral("Diane"));
    QVERIFY(dashboard->filter().agentId.has_value());
    // Diane in February: 203 calls; service level 16 / 203 = 7.9 %.
    QCOMPARE(dashboard->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("203"));
    QCOMPARE(dashboard->tile(QStringLiteral("service_level"))->valueText(),
             QStringLiteral("7.9 %"));
    // The leaderboard keeps the whole team for comparison, over the same period.
    QCOMPARE(dashboard->leaderboardModel()->rowCount(), 8);
    dashboard->setAgent(QString());
    QCOMPARE(dashboard->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("1,616"));
}

void TestDashboard::presetsFollowTheClock()
{
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    ui::DashboardWidget *dashboard = window.dashboard();
    dashboard->setClock([] { return QDate(2021, 3, 10); });
    dashboard->setPreset(PeriodPreset::LastMonth);
    QCOMPARE(*dashboard->filter().from, QDate(2021, 2, 1));
    QCOMPARE(*dashboard->filter().to, QDate(2021, 2, 28));
    QCOMPARE(dashboard->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("1,616"));
    dashboard->setClock([] { return QDate(2024, 6, 1); });
    dashboard->setPreset(PeriodPreset::Last7Days);
    QCOMPARE(dashboard->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("0"));
    QCOMPARE(dashboard->tile(QStringLiteral("service_level"))->valueText(), QStringLiteral("—"));
}

void TestDashboard::leaderboardModelIsSound()
{
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    ui::LeaderboardModel *model = window.dashboard()->leaderboardModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->columnCount(), int(ui::LeaderboardModel::ColumnCount));
    // Rows come in name order; Becky: 631 calls, service level 48 / 631.
    const QModelIndex becky = model->index(0, ui::LeaderboardModel::AgentColumn);
    QCOMPARE(becky.data().toString(), QStringLiteral("Becky"));
    QCOMPARE(model->index(0, ui::LeaderboardModel::CallsColumn).data().toString(),
             QStringLiteral("631"));
    QCOMPARE(model->index(0, ui::LeaderboardModel::ServiceLevelColumn)
                 .data(ui::LeaderboardModel::RawValueRole)
                 .toDouble(),
             48.0 / 631);
    QVERIFY(model->index(0, ui::LeaderboardModel::ServiceLevelColumn)
                .data(Qt::ForegroundRole)
                .isValid());
    window.dashboard()->refresh(); // a reset while the tester watches
}

void TestDashboard::screenshotRendersTheDashboard()
{
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
    QVERIFY(ui::saveScreenshot(&window, QSize(1440, 900), png));
    QImage image(png);
    QCOMPARE(image.size(), QSize(1440, 900));
    // A painted dashboard has many colours: tiles, status stripes, chart fill, text.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    const QString keep = qEnvironmentVariable("CALLBOARD_KEEP_SCREENSHOT");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(png, keep));
    }
}

void TestDashboard::importRunsOffTheWindowThread()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.sqlite"));
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(path, true));
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("0"));
    QSignalSpy finished(&window, &ui::MainWindow::importsFinished);
    window.importFiles(
        {QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"),
         QStringLiteral(CALLBOARD_TEST_DATA "/pwc-variants/not-a-call-log.csv")});
    // The window's event loop keeps running while the worker imports.
    QVERIFY(finished.wait(60000));
    const QString report = finished.first().first().toString();
    QVERIFY2(report.contains(QLatin1String("5,000 calls added")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("not-a-call-log.csv</b> was not imported")),
             qPrintable(report));
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(),
             QStringLiteral("5,000"));
}

void TestDashboard::noticesImportsByAnotherConnection()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(path, true));
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("0"));
    {
        // As callboard-cli would: another connection to the same file imports and commits.
        auto other = Workspace::open(path);
        QVERIFY(other);
        Importer importer(**other);
        QCOMPARE(importer
                     .importFile(QStringLiteral(CALLBOARD_TEST_DATA
                                                "/pwc-call-center/Call-Center-Dataset.csv"),
                                 {})
                     .imported,
                 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.dashboard()->tile(QStringLiteral("calls"))->valueText(),
                              QStringLiteral("5,000"),
                              10000);
    QCOMPARE(window.dashboard()->leaderboardModel()->rowCount(), 8);
}

void TestDashboard::importLogListsImportsAndUndoes()
{
    const QString path = m_dir.filePath(QStringLiteral("logged.sqlite"));
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(path, true));
    QSignalSpy finished(&window, &ui::MainWindow::importsFinished);
    window.importFiles(
        {QStringLiteral(CALLBOARD_TEST_DATA "/pwc-call-center/Call-Center-Dataset.csv"),
         QStringLiteral(CALLBOARD_TEST_DATA "/callboard-csv/transfer.csv")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(),
             QStringLiteral("5,003")); // 5,000 PwC calls and transfer.csv's three

    ui::ImportLogDialog *log = window.importLog();
    window.showImportLog();
    ui::ImportLogModel *imports = log->importsModel();
    QAbstractItemModelTester importsTester(imports);
    QAbstractItemModelTester problemsTester(log->problemsModel());
    QCOMPARE(imports->rowCount(), 2);
    // Newest first, and selected: transfer.csv, with its two rejected rows (see its test).
    auto cell = [imports](int row, int column) {
        return imports->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ui::ImportLogModel::File), QStringLiteral("transfer.csv"));
    QCOMPARE(cell(0, ui::ImportLogModel::Format), QStringLiteral("callboard-csv"));
    QCOMPARE(cell(0, ui::ImportLogModel::Added), QStringLiteral("4"));
    QCOMPARE(cell(0, ui::ImportLogModel::Rejected), QStringLiteral("2"));
    QCOMPARE(cell(1, ui::ImportLogModel::Added), QStringLiteral("5,000"));
    QCOMPARE(log->problemsModel()->rowCount(), 2);
    QCOMPARE(log->problemsModel()->index(0, ui::ImportProblemsModel::Line).data().toString(),
             QStringLiteral("6"));
    QCOMPARE(
        log->problemsModel()->index(0, ui::ImportProblemsModel::ColumnNumber).data().toString(),
        QStringLiteral("3"));

    const QString png = m_dir.filePath(QStringLiteral("import-log.png"));
    QVERIFY(ui::saveScreenshot(log, QSize(1000, 560), png));
    QCOMPARE(QImage(png).size(), QSize(1000, 560));
    if (const QString keep = qEnvironmentVariable("CALLBOARD_KEEP_IMPORT_LOG"); !keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(png, keep));
    }

    // Undoing the newest import takes its calls away and refreshes the dashboard.
    log->undoSelected(false);
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(),
             QStringLiteral("5,000"));
    QVERIFY(cell(0, ui::ImportLogModel::Status).startsWith(QLatin1String("undone")));
}

void TestDashboard::wizardMapsAnUnknownLog()
{
    const QString path = m_dir.filePath(QStringLiteral("mapped.sqlite"));
    const QString log = QStringLiteral(CALLBOARD_TEST_DATA "/mapping/acme-export.csv");
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(path, true));
    ui::MappingDialog *dialog = window.mapAndImport(log);
    QVERIFY(dialog);
    // The guess: arrival from the date and time columns, the outcome from "Result"; nothing
    // says the direction, so calls are inbound, and A-105's "sideways" is not looked at.
    QCOMPARE(dialog->fieldBox(MappedField::ArrivedAt)->currentText(), QStringLiteral("Call Date"));
    QCOMPARE(dialog->fieldBox(MappedField::ArrivalTime)->currentText(),
             QStringLiteral("Start Time"));
    QCOMPARE(dialog->fieldBox(MappedField::Outcome)->currentText(), QStringLiteral("Result"));
    QVERIFY(dialog->canImport());
    QVERIFY2(dialog->verdict().contains(QLatin1String("5 read as calls and 2 do not")),
             qPrintable(dialog->verdict()));

    // The user names the id, direction, agent and durations.
    auto choose = [dialog](MappedField field, const char *column) {
        dialog->fieldBox(field)->setCurrentText(QString::fromLatin1(column));
    };
    choose(MappedField::CallId, "Call Ref");
    choose(MappedField::Direction, "Line");
    choose(MappedField::Agent, "Handled By");
    choose(MappedField::Wait, "Queue Secs");
    choose(MappedField::Talk, "Talk Secs");
    choose(MappedField::TrackingNumber, "(not in this file)");
    QVERIFY2(dialog->verdict().contains(QLatin1String("4 read as calls and 3 do not")),
             qPrintable(dialog->verdict()));
    const QString png = m_dir.filePath(QStringLiteral("wizard.png"));
    QVERIFY(ui::saveScreenshot(dialog, QSize(1100, 760), png));
    if (const QString keep = qEnvironmentVariable("CALLBOARD_KEEP_WIZARD"); !keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(png, keep));
    }

    // Clearing the arrival makes the mapping incomplete.
    dialog->fieldBox(MappedField::ArrivedAt)->setCurrentIndex(0);
    QVERIFY(!dialog->canImport());
    choose(MappedField::ArrivedAt, "Call Date");
    QVERIFY(dialog->canImport());

    QSignalSpy finished(&window, &ui::MainWindow::importsFinished);
    dialog->accept();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toString().contains(QLatin1String("4 calls added")),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(window.dashboard()->tile(QStringLiteral("calls"))->valueText(), QStringLiteral("4"));
    // The mapping was saved: the next file with these columns needs no wizard.
    auto workspace = Workspace::open(path);
    QVERIFY(workspace);
    QVERIFY(savedMappingFor(**workspace, dialog->mapping().header));
}

void TestDashboard::windowAsksForWhatAFileLacks()
{
    // The car-insurance campaign dates its calls without a year: refused, with the year as the
    // missing input; the window's question gives it, and the import goes through.
    const QString log =
        QStringLiteral(CALLBOARD_TEST_DATA "/car-insurance-cold-calls/carInsurance_train.csv");
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("asked.sqlite")), true));
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("asked.sqlite")));
    QVERIFY(workspace);
    const FileImportResult refused = Importer(**workspace).importFile(log, {});
    QVERIFY(refused.refusal);
    QCOMPARE(refused.refusal->missing, MissingInput::Year);

    ui::MissingInputDialog question(*refused.refusal);
    auto *year = question.findChild<QSpinBox *>(QStringLiteral("yearSpinBox"));
    QVERIFY(year);
    year->setValue(2017);
    ImportOptions options;
    question.applyTo(options);
    QCOMPARE(options.year, std::optional<int>(2017));

    QSignalSpy finished(&window, &ui::MainWindow::importsFinished);
    window.importFiles({log}, options);
    QVERIFY(finished.wait(60000));
    // 4,000 rows, one call each (the same figures as the core test of this format).
    QVERIFY2(finished.first().first().toString().contains(QLatin1String("4,000 calls added")),
             qPrintable(finished.first().first().toString()));

    // The other two questions set the date order and the first day.
    Error ambiguous{QStringLiteral("ambiguous"), log, 2, 1, MissingInput::DateOrder};
    ui::MissingInputDialog order(ambiguous);
    auto *orderBox = order.findChild<QComboBox *>(QStringLiteral("dateOrderComboBox"));
    QVERIFY(orderBox);
    orderBox->setCurrentIndex(1);
    order.applyTo(options);
    QCOMPARE(options.dateOrder, DateOrder::MonthDayYear);
    Error undated{QStringLiteral("numbered days"), log, 1, 1, MissingInput::StartDate};
    ui::MissingInputDialog start(undated);
    auto *day = start.findChild<QDateEdit *>(QStringLiteral("startDateEdit"));
    QVERIFY(day);
    day->setDate(QDate(2021, 1, 1));
    start.applyTo(options);
    QCOMPARE(options.startDate, QDate(2021, 1, 1));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
