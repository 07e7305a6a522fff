#include "MainWindow.h"

#include "DashboardWidget.h"
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

namespace callboard::ui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/dashboardSplitter");
const QString lastDirectoryKey = QStringLiteral("files/lastDirectory");

QString logFileFilter()
{
    return MainWindow::tr("Call logs (*.csv *.txt *.tsv);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dashboard(new DashboardWidget(this))
    , m_statusLabel(new QLabel(this))
{
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
    m_dashboard->setWorkspace(m_workspace.get());
    m_importAction->setEnabled(true);
    updateTitle();
    return {};
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace ? tr("%1 — Callboard").arg(QFileInfo(m_workspace->path()).fileName())
                               : tr("Callboard"));
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

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_workspace) {
        showError(tr("Open or create a workspace before importing call logs."));
        return;
    }
    QProgressDialog progress(tr("Importing call logs…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    Importer importer(*m_workspace);
    QStringList report;
    for (const QString &path : paths) {
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        importer.setProgressCallback([&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
        const FileImportResult result = importer.importFile(path, ImportOptions{});
        const QString name = QFileInfo(path).fileName().toHtmlEscaped();
        if (result.refusal) {
            report.append(tr("<b>%1</b> was not imported: %2")
                              .arg(name, result.refusal->toString().toHtmlEscaped()));
            continue;
        }
        QString line = tr("<b>%1</b>: %2 calls added, %3 updated, %4 already stored")
                           .arg(name)
                           .arg(result.imported)
                           .arg(result.updated)
                           .arg(result.duplicates);
        if (result.rejected > 0) {
            line += tr("; %1 rows rejected, the first: line %2, column %3: %4")
                        .arg(result.rejected)
                        .arg(result.problems.value(0).line)
                        .arg(result.problems.value(0).column)
                        .arg(result.problems.value(0).message.toHtmlEscaped());
        }
        report.append(line);
    }
    progress.reset();
    m_dashboard->setWorkspace(m_workspace.get());
    QMessageBox::information(this, tr("Import finished"), report.join(QStringLiteral("<br>")));
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
