#pragma once

#include "call/Call.h"
#include "common/Error.h"
#include "kpi/IntervalTotals.h"
#include "kpi/KpiCalculator.h"

#include <QDate>
#include <QHash>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

namespace callboard {

class CallFacts;
struct CallFact;
class Workspace;

/// Which calls a figure covers. Dates are inclusive days in the workspace's report time zone;
/// an empty bound is open.
struct CallFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<qint64> agentId;
    std::optional<Direction> direction;
    std::optional<QString> queue; ///< A team or queue, by name.

    /// The period of equal length just before this one; needs both bounds.
    CallFilter previousPeriod() const;
};

/// How calls are grouped in time, in the report time zone.
enum class TimeGrouping {
    Hour,        ///< Each hour: the night the clocks go back has two 01:00 hours, apart.
    Day,         ///< Each day: 23 or 25 hours on the days the clocks change.
    Week,        ///< Each week, from Monday.
    Month,       ///< Each calendar month.
    WeekdayHour, ///< The week's 168 hours (Monday 00:00 ... Sunday 23:00), pooled over weeks.
};

/// Which intervals of aggregated reports a figure covers: inclusive report-zone days (an empty
/// bound is open) and, when set, one queue ("" is a single-queue report's).
struct IntervalFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<QString> queue;
};

/// KPIs of one group of calls (one agent, one day, one hour of the week).
struct GroupKpis
{
    QVariant key; ///< The agent's id, the day as a QDate, or the time group's start.
    QString label;
    CallCounts counts;
    QList<KpiValue> kpis;
    /// For an hour of the week: how often it occurs in the period (a weekday-hour's counts
    /// are averaged over its occurrences, days without calls included); else 0.
    int occurrences = 0;
    QList<GroupKpis> agents; ///< Per agent within the group, when asked for.
};

/// The customer calls offered to agents in one interval of the week (Monday 09:00-09:30, say),
/// summed over a period, for staffing.
struct WeekIntervalLoad
{
    int weekday = 1;          ///< 1 (Monday) to 7.
    int startMinute = 0;      ///< Minutes after local midnight.
    int occurrences = 0;      ///< How many of that weekday the period holds.
    qint64 offered = 0;       ///< Inbound calls answered or abandoned, short abandons included.
    qint64 handled = 0;       ///< Of the answered ones, those with a talk time.
    double handleSeconds = 0; ///< Their talk + hold + after-call work.
};

/// What a staffing what-if needs of the calls of a period.
struct StaffingInputs
{
    QDate from;
    QDate to;
    QList<WeekIntervalLoad> intervals; ///< Every interval of the week, in order.
    qint64 handled = 0;                ///< Answered calls with a talk time, over the whole period.
    double handleSeconds = 0;          ///< Their talk + hold + after-call work.
    qint64 abandons = 0;               ///< Abandoned calls with a known wait.
    double queueSeconds = 0;           ///< The waits of every offered call with a known wait.
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

    /// The same KPIs per time group that has calls, in time order; per agent within each group
    /// too when @p perAgent. For WeekdayHour, every hour of the week that occurs in the period
    /// is listed, with or without calls, with its occurrences; the period is the filter's, or
    /// the data's where the filter leaves it open.
    Expected<QList<GroupKpis>>
    kpisByTime(const CallFilter &filter, TimeGrouping grouping, bool perAgent = false) const;

    /// The calls offered per interval of the week (of @p intervalMinutes, which divides a day),
    /// counted once per customer call, with the period's handle times and waits. The period is
    /// the filter's, or the data's where the filter leaves it open.
    Expected<StaffingInputs> staffingInputs(const CallFilter &filter, int intervalMinutes) const;

    /// The totals of the stored intervals per report-zone day that has any, in date order, with
    /// the profile's service-level threshold. Apart from every per-call figure above: intervals
    /// are never counted as calls.
    Expected<QList<IntervalTotals>> intervalTotalsByDay(const IntervalFilter &filter) const;

private:
    /// A group's key: a time group's and an agent's, either 0 where not grouped by it.
    using GroupKey = std::pair<qint64, qint64>;
    using KeyOf = std::function<std::optional<GroupKey>(const CallFact &)>;

    /// The snapshot of the calls, taken again when the workspace changed since the last.
    Expected<const CallFacts *> facts() const;
    /// The counts of the calls in @p filter per key (calls for which @p keyOf gives nothing
    /// are left out), counting every leg when @p everyLeg, else each customer call once.
    Expected<std::map<GroupKey, CallCounts>>
    aggregate(const CallFilter &filter, bool everyLeg, const KeyOf &keyOf) const;
    Expected<QList<KpiDetail>> waitPercentiles(const CallFilter &filter) const;
    Expected<QHash<qint64, QString>> agentNames() const;
    GroupKpis groupOf(QVariant key, QString label, const CallCounts &counts) const;
    /// How often each hour of the week (weekday from 1 x 24 + hour) occurs in [from, to].
    QHash<qint64, int> weekdayHourOccurrences(QDate from, QDate to) const;

    const Workspace &m_workspace;
    KpiCalculator m_calculator;
    mutable std::unique_ptr<CallFacts> m_facts;
    mutable std::pair<qint64, qint64> m_factsVersion; ///< data_version, total_changes()
};

} // namespace callboard
