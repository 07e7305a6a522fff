#include "Staffing.h"

#include "common/Logging.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace callboard {

namespace {

/// A share of probability below which a term of a sum changes nothing a figure shows.
constexpr double negligible = 1e-17;

/// Erlang A queues longer than this are refused rather than walked state by state.
constexpr int maxWaitingStates = 10'000'000;

/// ⌈x⌉ for a quotient of decimal inputs: 14 ÷ (1 − 0.3) is 20.000000000000004 in binary and
/// must give 20, not 21.
int ceilOfQuotient(double x)
{
    return static_cast<int>(std::ceil(x - 1e-9 * std::max(1.0, std::abs(x))));
}

/// Erlang B, the share of calls lost with @p lines lines and @p erlangs offered, by the
/// recursion B(k) = A·B(k−1) ÷ (k + A·B(k−1)) from B(0) = 1: no factorial or power to
/// overflow, and A need not be whole.
double erlangB(int lines, double erlangs)
{
    double blocked = 1.0;
    for (int k = 1; k <= lines; ++k) {
        blocked = erlangs * blocked / (k + erlangs * blocked);
    }
    return blocked;
}

/// The rates of an Erlang A queue, per second.
struct ErlangARates
{
    int agents = 0;
    double arrival = 0; ///< λ, calls arriving.
    double service = 0; ///< N·μ, calls finishing when every agent is busy.
    double abandon = 0; ///< θ, hang-ups of one waiting caller.

    /// Rate at which a queue of @p waiting callers shortens: an agent frees up or one hangs up.
    double leaving(int waiting) const { return service + waiting * abandon; }
};

/// The states of an Erlang A queue in which every agent is busy and j callers wait, weighed
/// against the state j = 0: q(0) = 1, q(j) = q(j−1)·λ ÷ (N·μ + j·θ).
struct WaitingStates
{
    int count = 0;          ///< States j = 0 … count − 1 hold all but a negligible share.
    double logTotal = 0;    ///< log Σ q(j).
    double meanWaiting = 0; ///< Σ j·q(j) ÷ Σ q(j): callers waiting, given that some wait.
};

/// Walks the waiting states until the rest of the tail is negligible. The weights first grow
/// while callers arrive faster than the queue drains, so they are scaled down as they go.
std::optional<WaitingStates> waitingStates(const ErlangARates &rates)
{
    constexpr double rescaleAbove = 1e200;
    double weight = 1.0;
    double total = 1.0;
    double waitingTotal = 0.0;
    double logScale = 0.0;
    for (int j = 1; j < maxWaitingStates; ++j) {
        weight *= rates.arrival / rates.leaving(j);
        if (weight > rescaleAbove) {
            weight /= rescaleAbove;
            total /= rescaleAbove;
            waitingTotal /= rescaleAbove;
            logScale += std::log(rescaleAbove);
        }
        total += weight;
        waitingTotal += j * weight;
        // Past the peak the ratios keep falling, so the tail beyond j is at most a geometric
        // series with the next ratio.
        const double nextRatio = rates.arrival / rates.leaving(j + 1);
        if (nextRatio < 1 && weight * nextRatio / (1 - nextRatio) < negligible * total) {
            return WaitingStates{j + 1, std::log(total) + logScale, waitingTotal / total};
        }
    }
    return std::nullopt;
}

/// Poisson probabilities of a mean, from the first that is not negligible to the last.
struct PoissonWeights
{
    int first = 0;
    std::vector<double> weights;

    int last() const { return first + static_cast<int>(weights.size()) - 1; }
};

/// Starts at the mode and walks both ways by the ratio of neighbours, then normalises, so that
/// e^−mean never has to be taken: it underflows once the mean passes about 745.
PoissonWeights poissonWeights(double mean)
{
    constexpr double dropBelow = 1e-20;
    const int mode = static_cast<int>(std::floor(mean));
    std::vector<double> below;
    for (double weight = 1.0, n = mode; n > 0 && weight >= dropBelow; --n) {
        weight *= n / mean;
        below.push_back(weight);
    }
    PoissonWeights poisson;
    poisson.first = mode - static_cast<int>(below.size());
    poisson.weights.assign(below.rbegin(), below.rend());
    poisson.weights.push_back(1.0);
    for (double weight = 1.0, n = mode + 1; weight >= dropBelow; ++n) {
        weight *= mean / n;
        poisson.weights.push_back(weight);
    }
    double total = 0.0;
    for (const double weight : poisson.weights) {
        total += weight;
    }
    for (double &weight : poisson.weights) {
        weight /= total;
    }
    return poisson;
}

/// For a caller who arrives with j = 0 … places − 1 callers waiting ahead, the chance of moving
/// up through all j + 1 places to an agent within @p seconds, leaving aside whether it hangs up
/// first. With i callers ahead its place changes as fast as the queue of those i and itself
/// shortens, N·μ + (i + 1)·θ: the time to an agent is a sum of exponential stages with these
/// rates, i = j … 0. The closed form of that sum divides by differences of nearly equal rates
/// when θ is small, so the chain is uniformised instead: each step at the fastest rate Λ moves
/// up with probability rate ÷ Λ, and the steps taken by time t are Poisson(Λ·t). Every term is
/// a probability, so nothing cancels.
std::vector<double> reachAgentWithin(const ErlangARates &rates, int places, double seconds)
{
    const double fastest = rates.leaving(places);
    const PoissonWeights steps = poissonWeights(fastest * seconds);
    // A caller cannot move up more places than there are steps.
    const auto levels = static_cast<std::size_t>(std::min(places, steps.last()));
    std::vector<double> moveUp(levels);
    for (std::size_t j = 0; j < levels; ++j) {
        moveUp[j] = rates.leaving(static_cast<int>(j) + 1) / fastest;
    }
    // reached[j]: the chance of having reached an agent from j places back within n steps. It
    // grows with n and falls with j, so the places reached all but certainly form a prefix
    // [0, settled) that later steps leave alone; each takes the Poisson weight still to come.
    std::vector<double> reached(levels, 0.0);
    std::vector<double> withinTime(levels, 0.0);
    std::size_t settled = 0;
    // Step 0 reaches no place, but its weight is spent all the same.
    double weightSoFar = steps.first == 0 ? steps.weights.front() : 0.0;
    for (int n = 1; n <= steps.last(); ++n) {
        const std::size_t reachable = std::min(levels, static_cast<std::size_t>(n));
        // Downwards, so that reached[j - 1] still holds the previous step's value.
        for (std::size_t j = reachable; j-- > settled;) {
            const double fromAhead = j == 0 ? 1.0 : reached[j - 1];
            reached[j] = moveUp[j] * fromAhead + (1 - moveUp[j]) * reached[j];
        }
        const double weight =
            n < steps.first ? 0.0 : steps.weights[static_cast<std::size_t>(n - steps.first)];
        weightSoFar += weight;
        for (std::size_t j = settled; j < reachable; ++j) {
            withinTime[j] += weight * reached[j];
        }
        while (settled < reachable && reached[settled] > 1 - 1e-15) {
            withinTime[settled] += 1 - weightSoFar;
            ++settled;
        }
    }
    qCDebug(lcKpi) << "Erlang A:" << rates.agents << "agents," << levels << "queue places,"
                   << steps.last() << "uniformisation steps";
    return withinTime;
}

/// Of the callers who find every agent busy, the share answered within @p seconds. A caller who
/// finds j waiting is answered in time if it outwaits the j + 1 moves up, which has the
/// chance N·μ ÷ (N·μ + (j + 1)·θ) (the races between moving up and hanging up, multiplied
/// out), and if those moves take no longer than the threshold.
double
answeredWithinAmongWaiting(const ErlangARates &rates, const WaitingStates &waiting, double seconds)
{
    const std::vector<double> reach = reachAgentWithin(rates, waiting.count, seconds);
    double answered = 0.0;
    // In logs: while the queue is overloaded the first states' shares underflow, later ones not.
    double logShare = -waiting.logTotal;
    for (std::size_t j = 0; j < reach.size(); ++j) {
        const int ahead = static_cast<int>(j);
        if (ahead > 0) {
            logShare += std::log(rates.arrival / rates.leaving(ahead));
        }
        const double outwaits = rates.service / rates.leaving(ahead + 1);
        answered += std::exp(logShare) * outwaits * reach[j];
    }
    return answered;
}

/// The share of callers who find every agent busy. Among the states in which nobody waits (0 … N
/// callers), Erlang B is the share of the one with all N agents busy; the waiting states weigh S
/// times that one. So they hold B·S ÷ (B·S + 1 − B), worked out in logs because S can be
/// astronomically large.
double waitProbability(double erlangBShare, double logWaitingTotal)
{
    if (erlangBShare <= 0) {
        return 0.0;
    }
    const double logOdds = std::log(erlangBShare) + logWaitingTotal - std::log1p(-erlangBShare);
    return 1 / (1 + std::exp(-logOdds));
}

/// Finds the fewest agents, no fewer than @p lowest, for which @p enough holds, given that it
/// keeps holding with more agents. It gallops from @p guess with doubling steps, down while the
/// agents are enough or up while they are not, then halves the bracket that leaves.
template <typename Predicate>
std::optional<int> fewestAgents(int lowest, int guess, Predicate enough)
{
    if (lowest > maxStaffedAgents) {
        return std::nullopt;
    }
    int tooFew = lowest - 1;
    int enoughAt = std::clamp(guess, lowest, maxStaffedAgents);
    if (enough(enoughAt)) {
        for (int step = 1; enoughAt - step >= lowest; step *= 2) {
            if (!enough(enoughAt - step)) {
                tooFew = enoughAt - step;
                break;
            }
            enoughAt -= step;
        }
    } else {
        tooFew = enoughAt;
        for (int step = 1;; step *= 2) {
            if (tooFew == maxStaffedAgents) {
                return std::nullopt;
            }
            enoughAt = std::min(maxStaffedAgents, tooFew + step);
            if (enough(enoughAt)) {
                break;
            }
            tooFew = enoughAt;
        }
    }
    while (enoughAt - tooFew > 1) {
        const int middle = tooFew + (enoughAt - tooFew) / 2;
        if (enough(middle)) {
            enoughAt = middle;
        } else {
            tooFew = middle;
        }
    }
    return enoughAt;
}

/// The outlook when no call arrives: nobody waits, every (absent) caller is answered at once.
QueueOutlook idleQueue()
{
    QueueOutlook outlook;
    outlook.serviceLevel = 1.0;
    return outlook;
}

} // namespace

double CallLoad::erlangs() const
{
    return calls * handleSeconds / intervalSeconds;
}

std::optional<QueueOutlook> erlangC(int agents, const CallLoad &load, double thresholdSeconds)
{
    if (load.calls <= 0) {
        return idleQueue();
    }
    const double erlangs = load.erlangs();
    if (agents <= erlangs) {
        return std::nullopt;
    }
    // C = N·B ÷ (N − A·(1 − B)), the share of callers who wait.
    const double blocked = erlangB(agents, erlangs);
    const double spare = agents - erlangs;
    QueueOutlook outlook;
    outlook.waitProbability = agents * blocked / (agents - erlangs * (1 - blocked));
    outlook.serviceLevel =
        1 - outlook.waitProbability * std::exp(-spare * thresholdSeconds / load.handleSeconds);
    outlook.asaSeconds = outlook.waitProbability * load.handleSeconds / spare;
    outlook.occupancy = erlangs / agents;
    return outlook;
}

std::optional<QueueOutlook>
erlangA(int agents, const CallLoad &load, double patienceSeconds, double thresholdSeconds)
{
    if (load.calls <= 0) {
        QueueOutlook outlook = idleQueue();
        outlook.abandonProbability = 0.0;
        return outlook;
    }
    if (agents < 1) {
        return std::nullopt;
    }
    ErlangARates rates;
    rates.agents = agents;
    rates.arrival = load.calls / load.intervalSeconds;
    rates.service = agents / load.handleSeconds;
    rates.abandon = 1 / patienceSeconds;
    const std::optional<WaitingStates> waiting = waitingStates(rates);
    if (!waiting) {
        qCDebug(lcKpi) << "Erlang A: over" << maxWaitingStates << "callers would wait for" << agents
                       << "agents";
        return std::nullopt;
    }
    QueueOutlook outlook;
    outlook.waitProbability = waitProbability(erlangB(agents, load.erlangs()), waiting->logTotal);
    // Little's law on the queue: L_q = λ·(mean wait); each waiting caller hangs up at rate θ.
    const double queueLength = outlook.waitProbability * waiting->meanWaiting;
    outlook.asaSeconds = queueLength / rates.arrival;
    outlook.abandonProbability = rates.abandon * queueLength / rates.arrival;
    // Throughput ÷ N·μ. Under heavy overload it is 1 less a share far below rounding, and the
    // rounding of P(abandon) can put it a hair above 1.
    outlook.occupancy =
        std::min(1.0, rates.arrival * (1 - *outlook.abandonProbability) / rates.service);
    outlook.serviceLevel =
        1 - outlook.waitProbability
        + outlook.waitProbability * answeredWithinAmongWaiting(rates, *waiting, thresholdSeconds);
    return outlook;
}

std::optional<int> requiredAgentsErlangC(const CallLoad &load, const StaffingGoal &goal)
{
    if (load.calls <= 0) {
        return 0;
    }
    const double erlangs = load.erlangs();
    const int fewestStable = static_cast<int>(std::floor(erlangs)) + 1;
    const std::optional<int> forServiceLevel =
        fewestAgents(fewestStable, fewestStable, [&](int agents) {
            const std::optional<QueueOutlook> outlook =
                erlangC(agents, load, goal.thresholdSeconds);
            return outlook && outlook->serviceLevel >= goal.serviceLevel;
        });
    if (!forServiceLevel) {
        return std::nullopt;
    }
    const int forOccupancy = ceilOfQuotient(erlangs / goal.maxOccupancy);
    if (forOccupancy > maxStaffedAgents) {
        return std::nullopt;
    }
    return std::max(*forServiceLevel, forOccupancy);
}

std::optional<int>
requiredAgentsErlangA(const CallLoad &load, double patienceSeconds, const StaffingGoal &goal)
{
    if (load.calls <= 0) {
        return 0;
    }
    // Abandons usually let Erlang A do with a few agents fewer than Erlang C, so the search
    // starts there: the fewer the agents, the longer the queue and the slower the model.
    const StaffingGoal serviceLevelOnly{goal.serviceLevel, goal.thresholdSeconds};
    const int guess = requiredAgentsErlangC(load, serviceLevelOnly).value_or(maxStaffedAgents);
    // The tolerance lets an occupancy equal to the ceiling pass despite rounding.
    return fewestAgents(1, guess, [&](int agents) {
        const std::optional<QueueOutlook> outlook =
            erlangA(agents, load, patienceSeconds, goal.thresholdSeconds);
        return outlook && outlook->serviceLevel >= goal.serviceLevel
               && outlook->occupancy <= goal.maxOccupancy + 1e-12;
    });
}

int scheduledAgents(int agents, double shrinkage)
{
    return ceilOfQuotient(agents / (1 - shrinkage));
}

std::optional<double> estimatedAbandonRate(qint64 abandons, double totalQueueWaitSeconds)
{
    if (abandons <= 0 || totalQueueWaitSeconds <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(abandons) / totalQueueWaitSeconds;
}

} // namespace callboard
