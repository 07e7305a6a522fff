#include "SyntheticLog.h"

#include "call/Call.h"
#include "import/CallboardCsvFormat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticLog)
};

// The shape of the log. Weights are relative; times are seconds.
constexpr std::array<double, 7> weekdayWeights{1.2, 1.1, 1.0, 1.0, 0.9, 0.35, 0.2}; // Mon..Sun
constexpr std::array<double, 24> hourWeights{0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.3,
                                             0.8,  1.0,  1.2,  1.1,  0.8,  0.9,  1.1,  1.0,
                                             0.8,  0.5,  0.3,  0.2,  0.1,  0.05, 0.04, 0.03};
constexpr int callsPerBusyDay = 2500;
constexpr double outboundShare = 0.18;
constexpr double voiceMenuHangUpShare = 0.03;
constexpr double meanPatience = 240;
constexpr double transferShare = 0.05;

struct Queue
{
    const char *name;
    double share;    ///< Of inbound calls.
    double meanTalk; ///< Seconds.
};
constexpr std::array<Queue, 4> queues{{
    {"Support", 0.45, 360},
    {"Sales", 0.25, 300},
    {"Billing", 0.20, 240},
    {"Retention", 0.10, 420},
}};

struct Campaign
{
    const char *name;
    const char *trackingNumber;
    double share;
};
constexpr std::array<Campaign, 8> campaigns{{
    {"Organic search", "+15550100001", 0.30},
    {"Google Ads", "+15550100002", 0.20},
    {"Website", "+15550100003", 0.15},
    {"Radio", "+15550100004", 0.10},
    {"Direct mail", "+15550100005", 0.08},
    {"Partner referral", "+15550100006", 0.07},
    {"Email newsletter", "+15550100007", 0.06},
    {"Billboard", "+15550100008", 0.04},
}};

struct Disposition
{
    const char *name;
    double share; ///< Of connected outbound calls.
};
constexpr std::array<Disposition, 6> outboundDispositions{{
    {"Sale", 0.14},
    {"Appointment set", 0.10},
    {"Callback", 0.15},
    {"Not interested", 0.45},
    {"Wrong number", 0.06},
    {"Do not call", 0.10},
}};

constexpr std::array<const char *, 20> givenNames{
    "Ada",  "Ben",  "Chloe", "Dev",  "Elena", "Femi", "Grace", "Hugo", "Ines", "Jonas",
    "Kira", "Liam", "Maya",  "Noor", "Omar",  "Pia",  "Quinn", "Rosa", "Sami", "Tess"};
constexpr std::array<const char *, 12> familyNames{"Abbott",
                                                   "Brandt",
                                                   "Costa",
                                                   "Duarte",
                                                   "Eriksen",
                                                   "Fischer",
                                                   "Garcia",
                                                   "Haddad",
                                                   "Ito",
                                                   "Jansen",
                                                   "Kowalski",
                                                   "Laine"};

/// Random numbers defined by the seed alone: std::mt19937_64 is specified bit for bit, and the
/// distributions are computed here because the standard library's are not.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return std::min(n - 1, int(uniform() * n)); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    /// Log-normal with the given mean and a spread that suits handle times.
    double logNormal(double mean, double sigma = 0.6)
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        const double normal = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
        return mean * std::exp(sigma * normal - sigma * sigma / 2);
    }
    template <typename Entries>
    int pick(const Entries &entries)
    {
        double left = uniform();
        for (int i = 0; i < int(entries.size()); ++i) {
            left -= entries[i].share;
            if (left < 0) {
                return i;
            }
        }
        return int(entries.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct Agent
{
    QByteArray name;
    int queue;      ///< Index into queues: the queue the agent mostly serves.
    double speed;   ///< Multiplies handle time: below 1 is faster.
    double quality; ///< Multiplies the chance to resolve and to please.
};

std::vector<Agent> makeAgents(int count, Random &random)
{
    std::vector<Agent> agents;
    for (int i = 0; i < count; ++i) {
        const QByteArray name = QByteArray(givenNames[i % givenNames.size()]) + ' '
                                + familyNames[(i / givenNames.size() + i) % familyNames.size()];
        agents.push_back(Agent{name,
                               i % int(queues.size()),
                               0.7 + 0.7 * random.uniform(),
                               0.85 + 0.25 * random.uniform()});
    }
    return agents;
}

/// How many of @p total calls fall on each day: days weighted by weekday, rounded so that the
/// counts add up to the total exactly.
std::vector<qint64> callsPerDay(qint64 total, const QDate &firstDay)
{
    const qint64 days = std::max<qint64>(7, (total + callsPerBusyDay - 1) / callsPerBusyDay);
    std::vector<double> weights;
    double sum = 0;
    for (qint64 day = 0; day < days; ++day) {
        weights.push_back(weekdayWeights[firstDay.addDays(day).dayOfWeek() - 1]);
        sum += weights.back();
    }
    std::vector<qint64> counts;
    double cumulative = 0;
    qint64 assigned = 0;
    for (const double weight : weights) {
        cumulative += weight;
        const auto upTo = qint64(std::llround(double(total) * cumulative / sum));
        counts.push_back(upTo - assigned);
        assigned = upTo;
    }
    return counts;
}

/// Seconds into the day of each of @p count arrivals, in order.
std::vector<int> arrivalSeconds(qint64 count, Random &random)
{
    double hourSum = 0;
    for (const double weight : hourWeights) {
        hourSum += weight;
    }
    std::vector<int> seconds;
    seconds.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        double left = random.uniform() * hourSum;
        int hour = 0;
        while (hour < 23 && (left -= hourWeights[size_t(hour)]) >= 0) {
            ++hour;
        }
        seconds.push_back(hour * 3600 + random.below(3600));
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

/// `2025-01-06T09:13:22Z`, written without QDateTime because a million-call log has millions.
QByteArray isoUtc(qint64 ms)
{
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 day = ms >= 0 ? ms / msPerDay : (ms - msPerDay + 1) / msPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const qint64 second = (ms - day * msPerDay) / 1000;
    char text[32];
    std::snprintf(text,
                  sizeof text,
                  "%04d-%02d-%02dT%02d:%02d:%02dZ",
                  date.year(),
                  date.month(),
                  date.day(),
                  int(second / 3600),
                  int(second / 60 % 60),
                  int(second % 60));
    return QByteArray(text);
}

QByteArray number(double seconds)
{
    return QByteArray::number(std::round(seconds));
}

/// One leg, as the fields of a row in the order of callboardCsvHeader().
struct Row
{
    QByteArray callId;
    int leg = 0;
    Direction direction = Direction::Inbound;
    Outcome outcome = Outcome::Answered;
    QByteArray outcomeReason;
    qint64 arrived = 0;
    std::optional<qint64> queued, answered, ended;
    std::optional<double> wait, ring, talk, hold, acw;
    QByteArray agent, queue, caller, callee, trackingNumber, campaign, disposition, tags;
    std::optional<bool> resolved, escalated, transferred;
    std::optional<int> csat;

    void appendTo(QByteArray &out) const
    {
        auto time = [](const std::optional<qint64> &ms) { return ms ? isoUtc(*ms) : QByteArray(); };
        auto seconds = [](const std::optional<double> &value) {
            return value ? number(*value) : QByteArray();
        };
        auto flag = [](const std::optional<bool> &value) {
            return value ? QByteArray(*value ? "yes" : "no") : QByteArray();
        };
        const QList<QByteArray> fields{
            "synthetic",
            callId,
            QByteArray::number(leg),
            directionName(direction).toLatin1(),
            outcomeName(outcome).toLatin1(),
            outcomeReason,
            isoUtc(arrived),
            time(queued),
            time(answered),
            time(ended),
            seconds(wait),
            seconds(ring),
            seconds(talk),
            seconds(hold),
            seconds(acw),
            agent,
            queue,
            caller,
            callee,
            QByteArray(),
            trackingNumber,
            campaign,
            disposition,
            tags,
            flag(resolved),
            flag(escalated),
            flag(transferred),
            csat ? QByteArray::number(*csat) : QByteArray(),
            csat ? QByteArray("5") : QByteArray(),
            QByteArray(),
        };
        out += fields.join(',');
        out += '\n';
    }
};

/// Writes the calls of one log, keeping the state they share (agents, callers, numbering).
class LogWriter
{
public:
    LogWriter(const SyntheticLogOptions &options)
        : m_random(options.seed)
        , m_agents(makeAgents(std::max(2, options.agents), m_random))
        , m_callerPool(std::max<qint64>(100, options.calls / 3))
    {}

    void writeCall(qint64 arrivedMs, int hour, QByteArray &out)
    {
        ++m_calls;
        Row row;
        row.callId = "SYN-" + QByteArray::number(m_calls).rightJustified(8, '0');
        row.arrived = arrivedMs;
        const Campaign &campaign = campaigns[size_t(m_random.pick(campaigns))];
        row.trackingNumber = campaign.trackingNumber;
        row.campaign = campaign.name;
        if (m_random.chance(outboundShare)) {
            writeOutbound(row, out);
        } else {
            writeInbound(row, hour, out);
        }
    }

private:
    QByteArray customerNumber()
    {
        // A skewed pick, so that some customers call again and again: the repeat callers that
        // first-call resolution looks for.
        const double u = m_random.uniform();
        const auto index = qint64(double(m_callerPool) * u * u);
        return "+1555" + QByteArray::number(2'000'000 + (index * 7'919) % 7'000'000);
    }

    int agentFor(int queue)
    {
        // Four in five calls go to an agent of the queue, the rest to anyone (overflow).
        if (m_random.chance(0.8)) {
            const int perQueue = int(m_agents.size()) / int(queues.size());
            if (perQueue > 0) {
                return queue + int(queues.size()) * m_random.below(perQueue);
            }
        }
        return m_random.below(int(m_agents.size()));
    }

    void writeInbound(Row &row, int hour, QByteArray &out)
    {
        row.direction = Direction::Inbound;
        row.caller = m_random.chance(0.02) ? QByteArray() : customerNumber();
        row.callee = row.trackingNumber;
        const double inMenu = 5 + m_random.uniform() * 35;
        if (m_random.chance(voiceMenuHangUpShare)) {
            row.outcome = Outcome::Ivr;
            row.outcomeReason = "hung up in the voice menu";
            row.ended = row.arrived + qint64(inMenu * 1000);
            row.appendTo(out);
            return;
        }
        const int queue = m_random.pick(queues);
        row.queue = queues[size_t(queue)].name;
        row.queued = row.arrived + qint64(inMenu * 1000);
        const double wait = m_random.exponential(4 + 16 * hourWeights[size_t(hour)]);
        const double patience = m_random.exponential(meanPatience);
        if (patience < wait) {
            row.wait = std::round(patience);
            row.ended = *row.queued + qint64(*row.wait * 1000);
            if (m_random.chance(0.15)) {
                row.outcome = Outcome::Voicemail;
                row.outcomeReason = "left a voicemail";
            } else {
                row.outcome = Outcome::Abandoned;
                row.outcomeReason = "hung up while queued";
            }
            row.appendTo(out);
            return;
        }
        const int agent = agentFor(queue);
        answer(row, agent, std::round(wait), queues[size_t(queue)].meanTalk);
        const bool transfer = m_random.chance(transferShare);
        row.transferred = transfer;
        row.appendTo(out);
        if (transfer) {
            writeTransferLeg(row, agent, out);
        }
    }

    void answer(Row &row, int agentIndex, double wait, double meanTalk)
    {
        const Agent &agent = m_agents[size_t(agentIndex)];
        row.outcome = Outcome::Answered;
        row.agent = agent.name;
        row.wait = wait;
        row.ring = std::min(wait, std::round(2 + m_random.uniform() * 10));
        row.answered = *row.queued + qint64(wait * 1000);
        row.talk = std::max(10.0, std::round(m_random.logNormal(meanTalk * agent.speed)));
        row.hold = m_random.chance(0.25) ? std::round(10 + m_random.uniform() * 110) : 0.0;
        row.acw = std::round(15 + m_random.uniform() * 45 * agent.speed);
        row.ended = *row.answered + qint64((*row.talk + *row.hold) * 1000);
        row.resolved = m_random.chance(0.78 * agent.quality);
        row.escalated = m_random.chance(0.06);
        if (m_random.chance(0.25)) {
            const double mood = m_random.uniform() * agent.quality;
            row.csat = mood > 0.75 ? 5 : mood > 0.55 ? 4 : mood > 0.35 ? 3 : mood > 0.2 ? 2 : 1;
        }
        if (m_random.chance(0.03)) {
            row.tags = "vip";
        }
    }

    void writeTransferLeg(const Row &first, int firstAgent, QByteArray &out)
    {
        Row leg;
        leg.callId = first.callId;
        leg.leg = 1;
        leg.direction = first.direction;
        leg.caller = first.caller;
        leg.callee = first.callee;
        leg.trackingNumber = first.trackingNumber;
        leg.campaign = first.campaign;
        const int queue = (m_agents[size_t(firstAgent)].queue + 1) % int(queues.size());
        leg.queue = queues[size_t(queue)].name;
        leg.arrived = *first.ended;
        leg.queued = leg.arrived;
        int agent = agentFor(queue);
        if (agent == firstAgent) {
            agent = (agent + 1) % int(m_agents.size());
        }
        answer(leg, agent, std::round(5 + m_random.uniform() * 25), queues[size_t(queue)].meanTalk);
        leg.outcomeReason = "transferred";
        leg.appendTo(out);
    }

    void writeOutbound(Row &row, QByteArray &out)
    {
        row.direction = Direction::Outbound;
        const int agentIndex = agentFor(1); // the sales queue's agents dial
        const Agent &agent = m_agents[size_t(agentIndex)];
        row.agent = agent.name;
        row.caller = row.trackingNumber;
        row.callee = customerNumber();
        row.queue = "Outbound sales";
        row.ring = std::round(3 + m_random.uniform() * 25);
        if (!m_random.chance(0.55)) {
            row.outcome = Outcome::NotConnected;
            const double kind = m_random.uniform();
            row.outcomeReason = kind < 0.7 ? "no answer" : kind < 0.9 ? "busy" : "failed";
            row.disposition = "No answer";
            row.ended = row.arrived + qint64(*row.ring * 1000);
            row.appendTo(out);
            return;
        }
        row.outcome = Outcome::Answered;
        row.answered = row.arrived + qint64(*row.ring * 1000);
        row.talk = std::max(5.0, std::round(m_random.logNormal(180 * agent.speed, 0.9)));
        row.acw = std::round(10 + m_random.uniform() * 40);
        row.ended = *row.answered + qint64(*row.talk * 1000);
        row.disposition = outboundDispositions[size_t(m_random.pick(outboundDispositions))].name;
        row.appendTo(out);
    }

    Random m_random;
    std::vector<Agent> m_agents;
    qint64 m_callerPool;
    qint64 m_calls = 0;
};

} // namespace

Status writeSyntheticLog(QIODevice &out,
                         const SyntheticLogOptions &options,
                         const SyntheticLogProgress &progress)
{
    if (options.calls < 1 || !options.firstDay.isValid()) {
        return Error{Text::tr("A synthetic log needs at least one call and a valid first day."),
                     {},
                     0,
                     0};
    }
    LogWriter writer(options);
    Random dayRandom(options.seed ^ 0x9e3779b97f4a7c15ULL);
    QByteArray buffer = callboardCsvHeader().join(u',').toLatin1() + '\n';
    const std::vector<qint64> counts = callsPerDay(options.calls, options.firstDay);
    const qint64 firstDayMs = QDate(1970, 1, 1).daysTo(options.firstDay) * qint64(86'400'000);
    qint64 written = 0;
    for (size_t day = 0; day < counts.size(); ++day) {
        for (const int second : arrivalSeconds(counts[day], dayRandom)) {
            const qint64 arrivedMs = firstDayMs + qint64(day) * 86'400'000 + qint64(second) * 1000;
            writer.writeCall(arrivedMs, second / 3600, buffer);
            ++written;
            if (buffer.size() > (1 << 20)) {
                if (out.write(buffer) != buffer.size()) {
                    return Error{Text::tr("Cannot write the log: %1").arg(out.errorString()),
                                 {},
                                 0,
                                 0};
                }
                buffer.clear();
                if (progress && !progress(written, options.calls)) {
                    return Error{Text::tr("Writing the log was cancelled."), {}, 0, 0};
                }
            }
        }
    }
    if (out.write(buffer) != buffer.size()) {
        return Error{Text::tr("Cannot write the log: %1").arg(out.errorString()), {}, 0, 0};
    }
    return {};
}

} // namespace callboard
