#pragma once

#include "common/Error.h"
#include "import/TabularFormat.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QThread;
class QTimer;

namespace callboard {
class Workspace;
}

namespace callboard::ui {

class DashboardWidget;
class ImportLogDialog;
class MappingDialog;
class ImportTask;

/// Callboard's main window: menus, the dashboard for one open workspace, drag-and-drop import of
/// call logs, and a remembered window layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the workspace at @p path and shows it; creates it first when @p create is set.
    Status openWorkspace(const QString &path, bool create = false);

    /// Imports @p paths into the open workspace on a worker thread, with progress and a cancel
    /// button, then refreshes the dashboard and reports what happened (importsFinished).
    void importFiles(const QStringList &paths, const ImportOptions &options = {});

    /// Opens the import wizard on @p path, a log no built-in format knows; accepted, it saves the
    /// mapping in the workspace and imports the file through it. Returns the (open) dialog.
    MappingDialog *mapAndImport(const QString &path);

    DashboardWidget *dashboard() const { return m_dashboard; }

    /// File ▸ Import Log: the workspace's imports, their rejected rows, and undo.
    ImportLogDialog *importLog();
    void showImportLog();

    /// Restores the size, position and layout saved when the window last closed.
    void restoreLayout();

Q_SIGNALS:
    /// After an import started by importFiles(): one line per file, as HTML.
    void importsFinished(const QString &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToCreate();
    void chooseFilesToImport();
    void chooseFileToMap();
    void offerToMap(const QStringList &unknownLayouts);
    /// Asks for what the first of the files refused for a missing input lacks, and imports it
    /// again with the answer; the next is asked once that import has finished.
    void askForMissingInput();
    void showError(const QString &message);
    void updateTitle();
    void refreshIfChangedElsewhere();

    std::unique_ptr<Workspace> m_workspace;
    DashboardWidget *m_dashboard;
    QLabel *m_statusLabel;
    QAction *m_importAction = nullptr;
    QAction *m_importLogAction = nullptr;
    QAction *m_mapAction = nullptr;
    ImportLogDialog *m_importLog = nullptr;
    QTimer *m_changeWatch;
    qint64 m_seenDataVersion = -1;
    QThread *m_importThread = nullptr;
    QPointer<ImportTask> m_importTask;
    /// Files refused for want of an input the window can ask for, with the options they had.
    QList<std::pair<Error, ImportOptions>> m_awaitingInput;
};

} // namespace callboard::ui
