#include "MainWindow.h"

#include "DashboardWidget.h"
#include "ImportLogDialog.h"
#include "ImportTask.h"
#include "MappingDialog.h"
#include "MissingInputDialog.h"
#include "import/ColumnMapping.h"
#include "import/Importer.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTimer>

namespace callboard::ui {

namespace {

/// One line of the import report, for the window: what a file added, or why it was refused.
QString describeImport(const FileImportResult &result)
{
    const QLocale locale;
    const QString name = QFileInfo(result.path).fileName().toHtmlEscaped();
    if (result.refusal) {
        return MainWindow::tr("<b>%1</b> was not imported: %2")
            .arg(name, result.refusal->toString().toHtmlEscaped());
    }
    // Interval reports store intervals, and CRM exports leads or deals, rather than calls:
    // report what the file held.
    QString line;
    if (result.calls == 0 && result.intervals > 0) {
        line = MainWindow::tr("<b>%1</b>: %2 report intervals added, %3 updated, %4 already stored")
                   .arg(name,
                        locale.toString(result.intervalsImported),
                        locale.toString(result.intervalsUpdated),
                        locale.toString(result.intervalsDuplicates));
    } else if (result.calls == 0 && result.leads > 0) {
        line = MainWindow::tr("<b>%1</b>: %2 leads added, %3 updated, %4 already stored")
                   .arg(name,
                        locale.toString(result.leadsImported),
                        locale.toString(result.leadsUpdated),
                        locale.toString(result.leadsDuplicates));
    } else if (result.calls == 0 && result.deals > 0) {
        line = MainWindow::tr("<b>%1</b>: %2 deals added, %3 updated, %4 already stored")
                   .arg(name,
                        locale.toString(result.dealsImported),
                        locale.toString(result.dealsUpdated),
                        locale.toString(result.dealsDuplicates));
    } else {
        line = MainWindow::tr("<b>%1</b>: %2 calls added, %3 updated, %4 already stored")
                   .arg(name,
                        locale.toString(result.imported),
                        locale.toString(result.updated),
                        locale.toString(result.duplicates));
    }
    if (result.skipped > 0) {
        line += MainWindow::tr("; %1 records skipped as no calls: %2")
                    .arg(locale.toString(result.skipped),
                         result.skippedByReason.keys().join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (result.rejected > 0) {
        line += MainWindow::tr("; %1 rows rejected, the first: line %2, column %3: %4")
                    .arg(locale.toString(result.rejected),
                         locale.toString(result.problems.value(0).line),
                         QString::number(result.problems.value(0).column),
                         result.problems.value(0).message.toHtmlEscaped());
    }
    return line;
}

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/dashboardSplitter");
const QString lastDirectoryKey = QStringLiteral("files/lastDirectory");

QString logFileFilter()
{
    return MainWindow::tr(
        "Call logs (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *.log);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dashboard(new DashboardWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_changeWatch(new QTimer(this))
{
    // Another process (callboard-cli importing while the window is open) may add calls: look
    // every two seconds and refresh when it did.
    m_changeWatch->setInterval(2000);
    connect(m_changeWatch, &QTimer::timeout, this, &MainWindow::refreshIfChangedElsewhere);
    setCentralWidget(m_dashboard);
    setAcceptDrops(true);
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    updateTitle();
    connect(m_dashboard, &DashboardWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_dashboard,
            &DashboardWidget::refreshed,
            this,
            [this](QDate from, QDate to, qint64 calls) {
                const QLocale locale;
                m_statusLabel->setText(tr("%1 calls from %2 to %3 · %4")
                                           .arg(locale.toString(calls),
                                                locale.toString(from, QLocale::ShortFormat),
                                                locale.toString(to, QLocale::ShortFormat),
                                                QDir::toNativeSeparators(m_workspace->path())));
            });
}

MainWindow::~MainWindow()
{
    if (m_importThread) {
        // Closing mid-import: stop the file in progress (it changes nothing) before leaving.
        if (m_importTask) {
            m_importTask->cancel();
        }
        m_importThread->quit();
        m_importThread->wait();
    }
    // The dashboard's engine refers to the workspace: let go of it first.
    m_dashboard->setWorkspace(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::chooseWorkspaceToCreate);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    m_importAction =
        fileMenu->addAction(tr("&Import Call Logs…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_mapAction =
        fileMenu->addAction(tr("Import with Column &Mapping…"), this, &MainWindow::chooseFileToMap);
    m_mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_mapAction->setEnabled(false);
    m_importLogAction = fileMenu->addAction(tr("Import &Log…"), this, &MainWindow::showImportLog);
    m_importLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_importLogAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction =
        viewMenu->addAction(tr("&Refresh"), m_dashboard, &DashboardWidget::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
}

Status MainWindow::openWorkspace(const QString &path, bool create)
{
    Expected<std::unique_ptr<Workspace>> opened = Workspace::open(
        path,
        create ? Workspace::OpenMode::CreateIfMissing : Workspace::OpenMode::MustExist);
    if (!opened) {
        return opened.error();
    }
    m_dashboard->setWorkspace(nullptr);
    m_workspace = std::move(*opened);
    m_awaitingInput.clear(); // questions about imports into the workspace just closed
    m_dashboard->setWorkspace(m_workspace.get());
    m_seenDataVersion = m_workspace->dataVersion();
    m_changeWatch->start();
    m_importAction->setEnabled(true);
    m_importLogAction->setEnabled(true);
    m_mapAction->setEnabled(true);
    if (m_importLog) {
        m_importLog->setWorkspace(m_workspace.get());
    }
    updateTitle();
    return {};
}

ImportLogDialog *MainWindow::importLog()
{
    if (!m_importLog) {
        m_importLog = new ImportLogDialog(this);
        m_importLog->setWorkspace(m_workspace.get());
        connect(m_importLog, &ImportLogDialog::errorOccurred, this, &MainWindow::showError);
        connect(m_importLog, &ImportLogDialog::workspaceChanged, this, [this] {
            m_seenDataVersion = m_workspace->dataVersion();
            m_dashboard->reload();
            statusBar()->showMessage(tr("The import was undone."), 5000);
        });
    }
    return m_importLog;
}

void MainWindow::showImportLog()
{
    ImportLogDialog *dialog = importLog();
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::refreshIfChangedElsewhere()
{
    if (!m_workspace || m_importThread) {
        return; // an import of our own refreshes when it finishes
    }
    const qint64 version = m_workspace->dataVersion();
    if (version == m_seenDataVersion) {
        return;
    }
    m_seenDataVersion = version;
    m_dashboard->reload();
    if (m_importLog && m_importLog->isVisible()) {
        m_importLog->reload();
    }
    statusBar()->showMessage(tr("New data in the workspace; the dashboard was refreshed."), 5000);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? QFileInfo(m_workspace->path()).fileName() : QString();
    setWindowTitle(m_workspace ? tr("%1 — Callboard").arg(name) : tr("Callboard"));
    if (!m_workspace) {
        m_statusLabel->setText(tr("Open or create a workspace to begin (File menu)."));
    }
}

void MainWindow::chooseWorkspaceToOpen()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open Workspace"),
                                                      settings.value(lastDirectoryKey).toString(),
                                                      tr("Callboard workspaces (*.sqlite);;All "
                                                         "files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    if (const Status status = openWorkspace(path); !status) {
        showError(status.error().toString());
    }
}

void MainWindow::chooseWorkspaceToCreate()
{
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New Workspace"),
                                                settings.value(lastDirectoryKey).toString(),
                                                tr("Callboard workspaces (*.sqlite)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".sqlite"))) {
        path += QStringLiteral(".sqlite");
    }
    settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    if (const Status status = openWorkspace(path, true); !status) {
        showError(status.error().toString());
    }
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this,
                                      tr("Import Call Logs"),
                                      settings.value(lastDirectoryKey).toString(),
                                      logFileFilter());
    if (!paths.isEmpty()) {
        settings.setValue(lastDirectoryKey, QFileInfo(paths.constFirst()).absolutePath());
        importFiles(paths);
    }
}

void MainWindow::chooseFileToMap()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import with Column Mapping"),
                                                      settings.value(lastDirectoryKey).toString(),
                                                      logFileFilter());
    if (!path.isEmpty()) {
        settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
        mapAndImport(path);
    }
}

MappingDialog *MainWindow::mapAndImport(const QString &path)
{
    if (!m_workspace) {
        showError(tr("Open or create a workspace before importing call logs."));
        return nullptr;
    }
    auto *dialog = new MappingDialog(path, m_workspace->reportTimeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status loaded = dialog->load(); !loaded) {
        showError(loaded.error().toString());
        dialog->deleteLater();
        return nullptr;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const ColumnMapping mapping = dialog->mapping();
        if (const Status saved = saveMapping(*m_workspace, mapping); !saved) {
            showError(saved.error().toString());
        }
        ImportOptions options;
        options.mapping = std::make_shared<const ColumnMapping>(mapping);
        importFiles({path}, options);
    });
    dialog->open();
    return dialog;
}

void MainWindow::offerToMap(const QStringList &unknownLayouts)
{
    if (unknownLayouts.isEmpty() || !isVisible()
        || QGuiApplication::platformName() == QLatin1String("offscreen")) {
        return;
    }
    const QString path = unknownLayouts.constFirst();
    if (QMessageBox::question(this,
                              tr("Unknown Layout"),
                              tr("Callboard does not know the layout of %1. Map its columns now?")
                                  .arg(QFileInfo(path).fileName()))
        == QMessageBox::Yes) {
        mapAndImport(path);
    }
}

void MainWindow::importFiles(const QStringList &paths, const ImportOptions &options)
{
    if (!m_workspace) {
        showError(tr("Open or create a workspace before importing call logs."));
        return;
    }
    if (m_importThread) {
        showError(tr("An import is already running; wait for it to finish or cancel it."));
        return;
    }
    // The import runs on its own thread with its own connection; the dashboard keeps reading.
    m_importThread = new QThread(this);
    auto *task = new ImportTask(m_workspace->path(), paths, options);
    m_importTask = task;
    task->moveToThread(m_importThread);
    connect(m_importThread, &QThread::started, task, &ImportTask::run);
    connect(m_importThread, &QThread::finished, task, &QObject::deleteLater);

    auto *progress = new QProgressDialog(tr("Importing call logs…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(1000);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [task] { task->cancel(); });
    connect(task, &ImportTask::progress, progress, [progress, paths](int index, int perMille) {
        progress->setLabelText(tr("Importing %1 (%2 of %3)…")
                                   .arg(QFileInfo(paths.value(index)).fileName())
                                   .arg(index + 1)
                                   .arg(paths.size()));
        progress->setValue(perMille);
    });

    auto report = std::make_shared<QStringList>();
    auto unknownLayouts = std::make_shared<QStringList>();
    connect(task,
            &ImportTask::fileFinished,
            this,
            [this, report, unknownLayouts, options](const FileImportResult &result) {
                report->append(describeImport(result));
                if (result.refusal && result.format.isEmpty()) {
                    unknownLayouts->append(result.path);
                }
                // An unknown layout is offered to the wizard instead (unknownLayouts).
                if (result.refusal && result.refusal->missing != MissingInput::None
                    && result.refusal->missing != MissingInput::Mapping) {
                    m_awaitingInput.append({*result.refusal, options});
                }
            });
    connect(task,
            &ImportTask::finished,
            this,
            [this, progress, report, unknownLayouts](const QString &error) {
                progress->deleteLater();
                m_importThread->quit();
                m_importThread->wait();
                m_importThread->deleteLater();
                m_importThread = nullptr;
                if (!error.isEmpty()) {
                    report->append(error.toHtmlEscaped());
                }
                m_dashboard->setWorkspace(m_workspace.get());
                if (m_importLog && m_importLog->isVisible()) {
                    m_importLog->reload();
                }
                const QString summary = report->join(QStringLiteral("<br>"));
                statusBar()->showMessage(QTextDocumentFragment::fromHtml(summary).toPlainText(),
                                         15000);
                Q_EMIT importsFinished(summary);
                if (isVisible() && QGuiApplication::platformName() != QLatin1String("offscreen")) {
                    auto *box = new QMessageBox(QMessageBox::Information,
                                                tr("Import finished"),
                                                summary,
                                                QMessageBox::Ok,
                                                this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    // Then offer the wizard for files whose layout no format knows.
                    connect(box, &QMessageBox::finished, this, [this, unknownLayouts] {
                        offerToMap(*unknownLayouts);
                        askForMissingInput();
                    });
                    box->open();
                }
            });
    m_importThread->start();
}

void MainWindow::askForMissingInput()
{
    if (m_awaitingInput.isEmpty() || m_importThread || !isVisible()
        || QGuiApplication::platformName() == QLatin1String("offscreen")) {
        return;
    }
    auto [refusal, options] = m_awaitingInput.takeFirst();
    auto *dialog = new MissingInputDialog(refusal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, path = refusal.file, options](int r) {
        if (r != QDialog::Accepted) {
            askForMissingInput();
            return;
        }
        ImportOptions answered = options;
        dialog->applyTo(answered);
        importFiles({path}, answered);
    });
    dialog->open();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (isVisible() && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        QMessageBox::warning(this, tr("Callboard"), message);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1440, 900);
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("dashboardSplitter"))) {
        splitter->restoreState(settings.value(splitterKey).toByteArray());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("dashboardSplitter"))) {
        settings.setValue(splitterKey, splitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

} // namespace callboard::ui
