#include "ImportLogModel.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace callboard::ui {

void ImportLogModel::setImports(QList<ImportRecord> imports)
{
    std::reverse(imports.begin(), imports.end()); // newest first: the one just done is on top
    beginResetModel();
    m_imports = std::move(imports);
    endResetModel();
}

const ImportRecord *ImportLogModel::importAt(int row) const
{
    return row >= 0 && row < m_imports.size() ? &m_imports.at(row) : nullptr;
}

int ImportLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex &index, int role) const
{
    const ImportRecord *record = importAt(index.row());
    if (!record || index.column() >= ColumnCount) {
        return {};
    }
    const QLocale locale;
    // Interval reports store intervals, and CRM exports leads or deals, not calls: their counts
    // show in the same columns.
    struct Stored
    {
        qint64 added;
        qint64 updated;
        qint64 already;
        QString what;
    };
    const QList<Stored> kinds{
        {record->imported, record->updated, record->duplicates, tr("calls")},
        {record->intervalsImported,
         record->intervalsUpdated,
         record->intervalsDuplicates,
         tr("intervals")},
        {record->leadsImported, record->leadsUpdated, record->leadsDuplicates, tr("leads")},
        {record->dealsImported, record->dealsUpdated, record->dealsDuplicates, tr("deals")}};
    Stored shown = kinds.constFirst();
    for (const Stored &kind : kinds) {
        if (kind.added + kind.updated + kind.already > 0) {
            shown = kind;
            break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ImportedAt:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(record->importedAtMs),
                                   QLocale::ShortFormat);
        case File:
            return record->fileName;
        case Format:
            return record->format;
        case Rows:
            return locale.toString(record->rows);
        case Added:
            return locale.toString(shown.added);
        case Updated:
            return locale.toString(shown.updated);
        case AlreadyStored:
            return locale.toString(shown.already);
        case Rejected:
            return locale.toString(record->rejected);
        case TimeZone:
            return record->timeZone;
        case Status:
            if (record->undoneAtMs) {
                return tr("undone %1")
                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*record->undoneAtMs),
                                         QLocale::ShortFormat));
            }
            return shown.what;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1\nSHA-256 %2\nimport %3")
            .arg(QDir::toNativeSeparators(record->path), record->sha256)
            .arg(record->id);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Rows && index.column() <= Rejected) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && record->undoneAtMs) {
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ImportedAt:
        return tr("Imported");
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Rows:
        return tr("Rows");
    case Added:
        return tr("Added");
    case Updated:
        return tr("Updated");
    case AlreadyStored:
        return tr("Already stored");
    case Rejected:
        return tr("Rejected");
    case TimeZone:
        return tr("Time zone");
    case Status:
        return tr("Holds");
    }
    return {};
}

void ImportProblemsModel::setProblems(QList<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_problems.size() || index.column() >= ColumnCount) {
        return {};
    }
    const ImportProblem &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return QLocale().toString(problem.line);
        case ColumnNumber:
            return problem.column > 0 ? QString::number(problem.column) : tr("whole row");
        case Reason:
            return problem.message;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason) {
        return problem.message;
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace callboard::ui
