#pragma once

#include <QtGlobal>

#include <optional>

namespace callboard {

/// The calls of one interval as a staffing model sees them: how many arrive and how long each
/// keeps an agent busy. A forecast may give a fractional number of calls.
struct CallLoad
{
    double calls = 0;              ///< Calls arriving in the interval, 0 or more.
    double intervalSeconds = 1800; ///< The interval's length, more than 0.
    double handleSeconds = 180;    ///< Average handle time (talk, hold, after-call work), > 0.

    /// Offered traffic A in Erlangs, calls × AHT ÷ interval: 100 calls of 180 s in 30 min are 10.
    double erlangs() const;
};

/// What a staffing must achieve: a share of callers answered within a number of seconds (80 % in
/// 20 s), and optionally a ceiling on the share of the agents' time spent on calls.
struct StaffingGoal
{
    double serviceLevel = 0.8;    ///< Share of all callers answered within the threshold, 0 to 1.
    double thresholdSeconds = 20; ///< T, 0 or more.
    double maxOccupancy = 1.0;    ///< Highest occupancy allowed, above 0 and up to 1 (no cap).
};

/// What callers meet in the steady state of one interval when some agents take a call load.
struct QueueOutlook
{
    double waitProbability = 0; ///< Share of callers not answered at once.
    double serviceLevel = 0;    ///< Share of all callers answered within the threshold.
    /// Mean wait in queue over all callers, those answered at once counting 0 s and, under
    /// Erlang A, those who hang up counting the time they waited.
    double asaSeconds = 0;
    double occupancy = 0; ///< Share of the agents' time spent on calls.
    /// Share of all callers who hang up while waiting; Erlang A only (Erlang C has no abandons).
    std::optional<double> abandonProbability;
};

/// The largest staffing the searches for required agents consider. A single queue of more agents
/// is beyond what Callboard is meant for, and each model's work grows with the agents.
constexpr int maxStaffedAgents = 100000;

/// Erlang C (M/M/N): Poisson arrivals, exponential handle times, identical agents and callers who
/// never hang up. No value when the agents cannot carry the load (agents ≤ A): the queue then
/// grows without end and the model has no steady state. With no calls, any staffing (none too)
/// gives an empty queue: nobody waits, service level 1, occupancy 0.
[[nodiscard]] std::optional<QueueOutlook>
erlangC(int agents, const CallLoad &load, double thresholdSeconds);

/// Erlang A (M/M/N+M): Erlang C's callers, each of whom hangs up after an exponentially
/// distributed patience of the given mean (in seconds, more than 0) if not answered first. The
/// queue is stable for any load; there is no value only with no agents for some calls, or when
/// over ten million callers would wait, where the model means nothing any more. With no calls,
/// an empty queue as under Erlang C, with no abandons.
[[nodiscard]] std::optional<QueueOutlook>
erlangA(int agents, const CallLoad &load, double patienceSeconds, double thresholdSeconds);

/// The fewest agents (more than A) whose Erlang C service level reaches the goal, raised to
/// ⌈A ÷ max occupancy⌉ when that is more. 0 when no call arrives; no value when even
/// maxStaffedAgents would not do.
[[nodiscard]] std::optional<int> requiredAgentsErlangC(const CallLoad &load,
                                                       const StaffingGoal &goal);

/// The fewest agents whose Erlang A service level reaches the goal with an occupancy (the
/// model's own, net of abandons) no higher than its ceiling. 0 when no call arrives; no value
/// when even maxStaffedAgents would not do.
[[nodiscard]] std::optional<int>
requiredAgentsErlangA(const CallLoad &load, double patienceSeconds, const StaffingGoal &goal);

/// The agents to schedule so that @p agents are on the phones once shrinkage (the share of paid
/// time away from calls: breaks, training, absence; 0 or more and below 1) is taken out:
/// ⌈agents ÷ (1 − shrinkage)⌉. 14 agents at 30 % shrinkage need 20 scheduled.
[[nodiscard]] int scheduledAgents(int agents, double shrinkage);

/// Estimates the rate θ at which waiting callers hang up, per second of waiting, assuming
/// exponential patience: the number of abandons divided by the total time every caller spent
/// waiting in queue, answered and abandoned alike (the maximum-likelihood estimate). Its inverse
/// is the mean patience erlangA() takes. No value when nobody abandoned (the data show no
/// impatience; Erlang C applies) or nobody waited.
[[nodiscard]] std::optional<double> estimatedAbandonRate(qint64 abandons,
                                                         double totalQueueWaitSeconds);

} // namespace callboard
