#include "ImportLogDialog.h"

#include "ImportLogModel.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callboard::ui {

namespace {

/// How many rejected rows the dialog lists for one import; the CLI's --json gives the rest.
constexpr int problemsShown = 1000;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

} // namespace

ImportLogDialog::ImportLogDialog(QWidget *parent)
    : QDialog(parent)
    , m_imports(new ImportLogModel(this))
    , m_problems(new ImportProblemsModel(this))
    , m_importsView(makeTable(m_imports, this))
    , m_problemsView(makeTable(m_problems, this))
    , m_problemsTitle(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo Import…"), this))
{
    setWindowTitle(tr("Import Log"));
    m_importsView->horizontalHeader()->setSectionResizeMode(ImportLogModel::File,
                                                            QHeaderView::Stretch);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);

    auto *problemsPane = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problemsView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_importsView);
    splitter->addWidget(problemsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undoButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoSelected(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every file imported into this workspace, newest first. "
                                    "Select one to see the rows it rejected."),
                                 this));
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 560);

    connect(m_importsView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ImportLogDialog::showProblemsOfSelection);
    showProblemsOfSelection();
}

void ImportLogDialog::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void ImportLogDialog::reload()
{
    const qint64 selectedId =
        m_imports->importAt(selectedRow()) ? m_imports->importAt(selectedRow())->id : 0;
    QList<ImportRecord> imports;
    if (m_workspace) {
        Expected<QList<ImportRecord>> read = ImportLog(*m_workspace).imports();
        if (!read) {
            Q_EMIT errorOccurred(read.error().toString());
        } else {
            imports = std::move(*read);
        }
    }
    m_imports->setImports(std::move(imports));
    m_importsView->resizeColumnsToContents();
    // Keep the selection on the same import; else select the newest.
    int row = 0;
    for (int candidate = 0; candidate < m_imports->rowCount(); ++candidate) {
        if (m_imports->importAt(candidate)->id == selectedId) {
            row = candidate;
        }
    }
    if (m_imports->rowCount() > 0) {
        m_importsView->selectRow(row);
    }
    showProblemsOfSelection();
}

int ImportLogDialog::selectedRow() const
{
    const QModelIndexList rows = m_importsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ImportLogDialog::showProblemsOfSelection()
{
    const ImportRecord *record = m_imports->importAt(selectedRow());
    m_undoButton->setEnabled(record && !record->undoneAtMs);
    QList<ImportProblem> problems;
    if (!record) {
        m_problemsTitle->setText(tr("No import selected."));
    } else if (record->rejected == 0) {
        m_problemsTitle->setText(tr("%1 rejected no rows.").arg(record->fileName));
    } else {
        Expected<QList<ImportProblem>> read =
            ImportLog(*m_workspace).problems(record->id, problemsShown);
        if (read) {
            problems = std::move(*read);
        }
        m_problemsTitle->setText(record->rejected > problems.size()
                                     ? tr("Rejected rows of %1 (the first %2 of %3):")
                                           .arg(record->fileName,
                                                QLocale().toString(problems.size()),
                                                QLocale().toString(record->rejected))
                                     : tr("Rejected rows of %1:").arg(record->fileName));
    }
    m_problems->setProblems(std::move(problems));
    m_problemsView->resizeColumnsToContents();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
}

void ImportLogDialog::undoSelected(bool ask)
{
    const ImportRecord *record = m_imports->importAt(selectedRow());
    if (!record || !m_workspace || record->undoneAtMs) {
        return;
    }
    const QLocale locale;
    // Only what this import holds: a CRM export added no calls, a call log no leads.
    QStringList added;
    for (const auto &[count, what] : {std::pair{record->imported, tr("calls")},
                                      std::pair{record->intervalsImported, tr("report intervals")},
                                      std::pair{record->leadsImported, tr("leads")},
                                      std::pair{record->dealsImported, tr("deals")}}) {
        if (count > 0) {
            added.append(tr("%1 %2").arg(locale.toString(count), what));
        }
    }
    const QString removed =
        added.isEmpty()
            ? tr("It added nothing.")
            : tr("What it added (%1) is removed.").arg(locale.createSeparatedList(added));
    if (ask
        && QMessageBox::question(
               this,
               tr("Undo Import"),
               tr("Undo the import of %1? %2 What it changed is put back as it was.")
                   .arg(record->fileName, removed))
               != QMessageBox::Yes) {
        return;
    }
    const Expected<UndoResult> undone =
        ImportLog(*m_workspace).undo(record->id, QDateTime::currentMSecsSinceEpoch());
    if (!undone) {
        Q_EMIT errorOccurred(undone.error().toString());
        return;
    }
    reload();
    Q_EMIT workspaceChanged();
}

} // namespace callboard::ui
