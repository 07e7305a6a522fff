#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace callboard {
class Workspace;
}

namespace callboard::ui {

class ImportLogModel;
class ImportProblemsModel;

/// File ▸ Import Log: every import of the workspace with its counts, the rows the selected one
/// rejected (line, column, reason), and undoing an import.
class ImportLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportLogDialog(QWidget *parent = nullptr);

    /// Shows @p workspace's log; nullptr empties the dialog.
    void setWorkspace(Workspace *workspace);

    /// Reads the log again (after an import, or when another process imported).
    void reload();

    ImportLogModel *importsModel() const { return m_imports; }
    ImportProblemsModel *problemsModel() const { return m_problems; }
    QTableView *importsView() const { return m_importsView; }

    /// Undoes the selected import after asking; @p ask false skips the question (tests).
    void undoSelected(bool ask = true);

Q_SIGNALS:
    /// An import was undone: the dashboard's figures changed.
    void workspaceChanged();
    void errorOccurred(const QString &message);

private:
    void showProblemsOfSelection();
    int selectedRow() const;

    Workspace *m_workspace = nullptr;
    ImportLogModel *m_imports;
    ImportProblemsModel *m_problems;
    QTableView *m_importsView;
    QTableView *m_problemsView;
    QLabel *m_problemsTitle;
    QPushButton *m_undoButton;
};

} // namespace callboard::ui
