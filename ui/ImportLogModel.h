#pragma once

#include "store/ImportLog.h"

#include <QAbstractTableModel>

namespace callboard::ui {

/// The workspace's imports, newest first: one row per import with its file, format, time zone,
/// counts and whether it was undone.
class ImportLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ImportedAt,
        File,
        Format,
        Rows,
        Added,
        Updated,
        AlreadyStored,
        Rejected,
        TimeZone,
        Status,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setImports(QList<ImportRecord> imports);
    const ImportRecord *importAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRecord> m_imports;
};

/// The rows one import rejected: line, column and reason.
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Line,
        ColumnNumber,
        Reason,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(QList<ImportProblem> problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace callboard::ui
