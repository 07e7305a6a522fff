#pragma once

#include "kpi/KpiEngine.h"
#include "kpi/PeriodPreset.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace callboard {
class Workspace;
}

namespace callboard::ui {

class KpiTile;
class LeaderboardModel;
class TrendChart;

/// The dashboard: a filter bar (period and agent), KPI tiles, the daily trend and the agent
/// leaderboard, all for the chosen period. It shows what the KPI engine computed and holds no
/// KPI logic of its own.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    /// Shows @p workspace (not owned; may be null). Resets the filters to all of its data.
    void setWorkspace(Workspace *workspace);

    /// "Today" for the period presets; a seam for tests.
    void setClock(std::function<QDate()> today);

    void setPreset(PeriodPreset preset);
    void setPeriod(QDate from, QDate to);
    /// Selects one agent by name, or all agents for an empty name.
    void setAgent(const QString &name);

    CallFilter filter() const;
    KpiTile *tile(const QString &kpiId) const;
    LeaderboardModel *leaderboardModel() const { return m_leaderboard; }

public Q_SLOTS:
    /// Recomputes every figure from the workspace.
    void refresh();
    /// Re-reads the agents (new ones may have arrived) and refreshes, keeping the filters.
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// After each refresh: the period shown and the number of calls in it.
    void refreshed(QDate from, QDate to, qint64 calls);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createTiles();
    void fillAgents();
    void applyPreset();
    void onDatesEdited();
    std::optional<std::pair<QDate, QDate>> dataRange() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<KpiEngine> m_engine;
    std::function<QDate()> m_today;
    bool m_updatingFilters = false;

    QComboBox *m_presetComboBox = nullptr;
    QDateEdit *m_fromDateEdit = nullptr;
    QDateEdit *m_toDateEdit = nullptr;
    QComboBox *m_agentComboBox = nullptr;
    QLabel *m_contextLabel = nullptr;
    QHash<QString, KpiTile *> m_tiles;
    TrendChart *m_trendChart = nullptr;
    LeaderboardModel *m_leaderboard = nullptr;
    QSortFilterProxyModel *m_leaderboardProxy = nullptr;
    QTableView *m_leaderboardView = nullptr;
};

} // namespace callboard::ui
