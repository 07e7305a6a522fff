#pragma once

#include "common/Error.h"
#include "kpi/IntervalTotals.h"
#include "kpi/KpiCalculator.h"

#include <QDate>
#include <QVariant>

#include <memory>

namespace callboard {

class CallFacts;
class Workspace;

/// Which calls a figure covers. Dates are inclusive days in the workspace's report time zone;
/// an empty bound is open.
struct CallFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<qint64> agentId;
};

/// Which intervals of aggregated reports a figure covers: inclusive report-zone days (an empty
/// bound is open) and, when set, one queue ("" is a single-queue report's).
struct IntervalFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<QString> queue;
};

/// KPIs of one group of calls (one agent, one day).
struct GroupKpis
{
    QVariant key; ///< The agent's id, or the day as a QDate.
    QString label;
    CallCounts counts;
    QList<KpiValue> kpis;
};

/// Computes KPIs over a workspace's calls: counts them in one pass over a snapshot of the calls
/// (CallFacts), taken on first use and again whenever the workspace has changed since; the
/// arithmetic is KpiCalculator's. Must be used on the thread that opened the workspace.
class KpiEngine
{
public:
    KpiEngine(const Workspace &workspace, KpiCalculator calculator);
    ~KpiEngine();
    KpiEngine(const KpiEngine &) = delete;
    KpiEngine &operator=(const KpiEngine &) = delete;

    const KpiCalculator &calculator() const { return m_calculator; }

    /// The first and last day that hold calls within @p filter, or nothing when none does.
    Expected<std::optional<std::pair<QDate, QDate>>> dataRange(const CallFilter &filter) const;

    /// Every KPI over the calls in @p filter, with the median and 90th-percentile wait beside
    /// ASA.
    Expected<QList<KpiValue>> kpis(const CallFilter &filter) const;

    /// The same KPIs per agent, in name order (calls without an agent are left out).
    Expected<QList<GroupKpis>> kpisByAgent(const CallFilter &filter) const;

    /// The same KPIs per report-zone day that has calls, in date order.
    Expected<QList<GroupKpis>> kpisByDay(const CallFilter &filter) const;

    /// The totals of the stored intervals per report-zone day that has any, in date order, with
    /// the profile's service-level threshold. Apart from every per-call figure above: intervals
    /// are never counted as calls.
    Expected<QList<IntervalTotals>> intervalTotalsByDay(const IntervalFilter &filter) const;

private:
    enum class Grouping {
        None,
        Agent,
        Day,
    };
    /// The snapshot of the calls, taken again when the workspace changed since the last.
    Expected<const CallFacts *> facts() const;
    Expected<QList<std::pair<QVariant, CallCounts>>> aggregate(const CallFilter &filter,
                                                               Grouping grouping) const;
    Expected<QList<KpiDetail>> waitPercentiles(const CallFilter &filter) const;
    Expected<QList<GroupKpis>> grouped(const CallFilter &filter, Grouping grouping) const;

    const Workspace &m_workspace;
    KpiCalculator m_calculator;
    mutable std::unique_ptr<CallFacts> m_facts;
    mutable std::pair<qint64, qint64> m_factsVersion; ///< data_version, total_changes()
};

} // namespace callboard
