#include "LeaderboardModel.h"

#include "StatusColors.h"
#include "kpi/KpiFormat.h"

namespace callboard::ui {

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeaderboardModel::setAgents(QList<GroupKpis> agents)
{
    beginResetModel();
    m_agents = std::move(agents);
    endResetModel();
}

void LeaderboardModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_agents.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
    }
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agents.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderboardModel::kpiIdForColumn(int column)
{
    switch (column) {
    case CallsColumn:
        return QStringLiteral("calls");
    case ServiceLevelColumn:
        return QStringLiteral("service_level");
    case AsaColumn:
        return QStringLiteral("asa");
    case AhtColumn:
        return QStringLiteral("aht");
    case AbandonmentColumn:
        return QStringLiteral("abandonment_rate");
    case ResolutionColumn:
        return QStringLiteral("resolution_rate");
    case CsatColumn:
        return QStringLiteral("csat");
    default:
        return {};
    }
}

const KpiValue *LeaderboardModel::kpiAt(const QModelIndex &index) const
{
    const QString id = kpiIdForColumn(index.column());
    for (const KpiValue &kpi : m_agents.at(index.row()).kpis) {
        if (kpi.id == id) {
            return &kpi;
        }
    }
    return nullptr;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GroupKpis &agent = m_agents.at(index.row());
    if (index.column() == AgentColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            return agent.label;
        default:
            return {};
        }
    }
    const KpiValue *kpi = kpiAt(index);
    if (!kpi) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return kpi->value ? formatKpiValue(*kpi) : QStringLiteral("—");
    case RawValueRole:
        return kpi->value ? QVariant(*kpi->value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (kpi->status != KpiStatus::None) {
            return statusColor(kpi->status, m_palette);
        }
        return {};
    case Qt::ToolTipRole:
        return kpi->value ? formatKpiFraction(*kpi) : kpi->reason;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AgentColumn:
            return tr("Agent");
        case ServiceLevelColumn:
            return tr("SL", "service level");
        case AsaColumn:
            return tr("ASA", "average speed of answer");
        case AhtColumn:
            return tr("AHT", "average handle time");
        case AbandonmentColumn:
            return tr("Abandon %", "abandonment rate");
        case ResolutionColumn:
            return tr("Resolved %", "resolution rate");
        default:
            return kpiTitle(kpiIdForColumn(section));
        }
    }
    if (role == Qt::ToolTipRole) {
        return section == AgentColumn ? QVariant() : kpiTitle(kpiIdForColumn(section));
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == AgentColumn ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                          : (Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

} // namespace callboard::ui
