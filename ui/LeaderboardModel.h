#pragma once

#include "kpi/KpiEngine.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace callboard::ui {

/// One row per agent with their headline KPIs; the calls column is the n behind the rates.
/// Display text is formatted for the locale; the raw value (for sorting) is under RawValueRole;
/// figures with a target are coloured by status.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgentColumn,
        CallsColumn,
        ServiceLevelColumn,
        AsaColumn,
        AhtColumn,
        AbandonmentColumn,
        ResolutionColumn,
        CsatColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setAgents(QList<GroupKpis> agents);
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The KPI id a column shows; empty for the agent column.
    static QString kpiIdForColumn(int column);

private:
    const KpiValue *kpiAt(const QModelIndex &index) const;

    QList<GroupKpis> m_agents;
    QPalette m_palette;
};

} // namespace callboard::ui
