#include "KpiEngine.h"

#include "kpi/CallFacts.h"

#include "call/Call.h"
#include "common/Logging.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)
};

QString sumIf(const QString &condition, const QString &expression)
{
    return QStringLiteral("coalesce(sum(CASE WHEN ") + condition + QStringLiteral(" THEN ")
           + expression + QStringLiteral(" END), 0)");
}

/// Which legs of a transferred call a figure counts.
enum class Legs {
    First, ///< Queue-level figures count each customer call once, by its first leg.
    Every, ///< Agent-level figures count each agent's segment.
};

/// Agent figures count every leg an agent handled; the others count customer calls.
Legs legsFor(const CallFilter &filter, bool groupedByAgent)
{
    return filter.agentId || groupedByAgent ? Legs::Every : Legs::First;
}

/// Whether a call is in a filter's selection, for one choice of legs.
class Selection
{
public:
    Selection(const CallFilter &filter, Legs legs, const CallFacts &facts)
        : m_firstDay(filter.from ? filter.from->toJulianDay() : std::numeric_limits<qint64>::min())
        , m_lastDay(filter.to ? filter.to->toJulianDay() : std::numeric_limits<qint64>::max())
        , m_agentId(filter.agentId)
        , m_direction(filter.direction)
        , m_firstLegOnly(legs == Legs::First)
    {
        if (filter.queue) {
            // A queue no call has selects nothing: -1 is no queue's id.
            m_queueId = facts.queueId(*filter.queue).value_or(qint16(-1));
        }
    }

    bool contains(const CallFact &call) const
    {
        return (call.firstLeg || !m_firstLegOnly) && call.localDay >= m_firstDay
               && call.localDay <= m_lastDay && (!m_agentId || call.agentId == *m_agentId)
               && (!m_direction || call.direction == *m_direction)
               && (!m_queueId || call.queueId == *m_queueId);
    }

private:
    qint64 m_firstDay;
    qint64 m_lastDay;
    std::optional<qint64> m_agentId;
    std::optional<Direction> m_direction;
    std::optional<qint16> m_queueId;
    bool m_firstLegOnly;
};

bool known(qint32 ms)
{
    return ms != CallFact::unknownMs;
}

/// A known wait of @p limitMs or less.
bool isWithin(qint32 waitMs, qint64 limitMs)
{
    return known(waitMs) && waitMs <= limitMs;
}

/// Talk + hold + after-call work, in seconds, of a call with a talk time.
double handleSecondsOf(const CallFact &call)
{
    const qint64 handleMs = qint64(call.talkMs) + (known(call.holdMs) ? call.holdMs : 0)
                            + (known(call.afterCallWorkMs) ? call.afterCallWorkMs : 0);
    return static_cast<double>(handleMs) / 1000.0;
}

/// A short abandon's wait: known and S or less, where S = 0 makes no abandon short.
bool isShort(qint32 waitMs, qint64 shortAbandonMs)
{
    return shortAbandonMs > 0 && isWithin(waitMs, shortAbandonMs);
}

/// Whole milliseconds of a threshold given in seconds, as the calls' durations are kept.
qint64 millisecondsOf(double seconds)
{
    return std::llround(seconds * 1000.0);
}

/// The profile's choices as the count of one call needs them.
struct CountingRules
{
    qint64 thresholdMs = 0;    ///< T
    qint64 shortAbandonMs = 0; ///< S
    qint64 fcrWindowMs = 0;    ///< W
    /// Calls attributed after this are too recent to judge for first-call resolution; nothing
    /// is judged in an empty workspace.
    qint64 fcrJudgedUntilMs = std::numeric_limits<qint64>::min();
};

bool isNotOffered(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ivr:
    case Outcome::Voicemail:
    case Outcome::CallbackRequested:
    case Outcome::LeftByKey:
    case Outcome::Missed:
        return true;
    default:
        return false;
    }
}

/// Top two boxes: 4 or 5 once a 1..scale score is rescaled to 1..5.
bool isTopTwoBox(const CallFact &call)
{
    return call.csatScale > 1 && (call.csatScore - 1) * 4.0 / (call.csatScale - 1) >= 2.999;
}

/// Adds an inbound answered call to the first-call resolution counts.
void countFirstCallResolution(const CallFact &call, const CountingRules &rules, CallCounts &counts)
{
    if (!call.callerKnown) {
        ++counts.fcrAnonymous;
        return;
    }
    if (call.attributedAtMs > rules.fcrJudgedUntilMs) {
        ++counts.fcrProvisional;
        return;
    }
    ++counts.fcrEligible;
    // The caller's next contact (kept up to date by the store on every change to the calls)
    // decides whether the call was resolved at first contact.
    const bool repeated = call.nextContactAtMs != CallFact::noContact
                          && call.nextContactAtMs <= call.attributedAtMs + rules.fcrWindowMs;
    if (call.resolved != 0 && !repeated) {
        ++counts.fcrResolved;
    }
}

/// Adds an inbound answered call to the service, handle-time and resolution counts.
void countAnswered(const CallFact &call, const CountingRules &rules, CallCounts &counts)
{
    ++counts.answered;
    if (known(call.waitMs)) {
        ++counts.answeredWaitKnown;
        counts.answeredWaitSum += call.waitMs / 1000.0;
        counts.answeredWithinThreshold += call.waitMs <= rules.thresholdMs ? 1 : 0;
    }
    if (known(call.talkMs)) {
        ++counts.answeredTalkKnown;
        counts.handleSum += handleSecondsOf(call);
    }
    if (known(call.holdMs)) {
        ++counts.answeredHoldKnown;
        if (call.holdMs > 0) {
            ++counts.heldCalls;
            counts.holdSum += call.holdMs / 1000.0;
        }
    }
    if (known(call.afterCallWorkMs)) {
        ++counts.answeredAfterCallWorkKnown;
        counts.afterCallWorkSum += call.afterCallWorkMs / 1000.0;
    }
    if (call.resolved >= 0) {
        ++counts.answeredResolvedKnown;
        counts.answeredResolved += call.resolved;
    }
    if (call.escalated >= 0) {
        ++counts.answeredEscalationKnown;
        counts.answeredEscalated += call.escalated;
    }
    if (call.transferred >= 0) {
        ++counts.answeredTransferKnown;
        counts.answeredTransferred += call.transferred;
    }
    countFirstCallResolution(call, rules, counts);
}

/// Adds one call of the selection to @p counts.
void count(const CallFact &call, const CountingRules &rules, CallCounts &counts)
{
    ++counts.rows;
    if (call.direction == Direction::Internal) {
        ++counts.internal;
        return;
    }
    if (call.outcome == Outcome::SystemArtifact) {
        ++counts.artifacts;
        return;
    }
    if (call.outcome == Outcome::InProgress) {
        ++counts.inProgress;
        return;
    }
    if (call.hasCsat()) {
        ++counts.ratings;
        counts.ratingSum += call.csatScore;
        counts.topTwoBoxRatings += isTopTwoBox(call) ? 1 : 0;
    }
    if (call.direction == Direction::Outbound) {
        ++counts.outbound;
        return;
    }
    ++counts.inbound;
    if (call.outcome == Outcome::Answered) {
        countAnswered(call, rules, counts);
    } else if (call.outcome == Outcome::Abandoned) {
        ++counts.abandonedAll;
        const bool isShortAbandon = isShort(call.waitMs, rules.shortAbandonMs);
        counts.shortAbandons += isShortAbandon ? 1 : 0;
        if (!isShortAbandon && known(call.waitMs)) {
            ++counts.abandonedWaitKnown;
            counts.abandonedWaitSum += call.waitMs / 1000.0;
        }
        counts.abandonedWithinThreshold += isWithin(call.waitMs, rules.thresholdMs) ? 1 : 0;
    } else if (isNotOffered(call.outcome)) {
        ++counts.notOffered;
        counts.leftByKey += call.outcome == Outcome::LeftByKey ? 1 : 0;
        counts.voicemail += call.outcome == Outcome::Voicemail ? 1 : 0;
        if (call.outcome == Outcome::Missed) {
            ++counts.missed;
            counts.missedWithinThreshold += isWithin(call.waitMs, rules.thresholdMs) ? 1 : 0;
        }
    }
}

Expected<QSqlQuery> run(const Workspace &workspace, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return sqlError(Text::tr("Cannot compute the KPIs"), query.lastError());
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot compute the KPIs"), query.lastError());
    }
    return query;
}

} // namespace

KpiEngine::KpiEngine(const Workspace &workspace, KpiCalculator calculator)
    : m_workspace(workspace)
    , m_calculator(std::move(calculator))
{}

KpiEngine::~KpiEngine() = default;

Expected<const CallFacts *> KpiEngine::facts() const
{
    // Another connection's commit moves data_version; this connection's own changes move
    // total_changes(). Either means the snapshot is stale.
    QSqlQuery stamp(m_workspace.database());
    if (!stamp.exec(QStringLiteral("PRAGMA data_version")) || !stamp.next()) {
        return sqlError(Text::tr("Cannot compute the KPIs"), stamp.lastError());
    }
    const qint64 dataVersion = stamp.value(0).toLongLong();
    if (!stamp.exec(QStringLiteral("SELECT total_changes()")) || !stamp.next()) {
        return sqlError(Text::tr("Cannot compute the KPIs"), stamp.lastError());
    }
    const std::pair<qint64, qint64> version{dataVersion, stamp.value(0).toLongLong()};
    if (!m_facts || version != m_factsVersion) {
        Expected<CallFacts> loaded = CallFacts::load(m_workspace);
        if (!loaded) {
            return loaded.error();
        }
        m_facts = std::make_unique<CallFacts>(std::move(*loaded));
        m_factsVersion = version;
    }
    return m_facts.get();
}

Expected<std::optional<std::pair<QDate, QDate>>>
KpiEngine::dataRange(const CallFilter &filter) const
{
    const Expected<const CallFacts *> facts = this->facts();
    if (!facts) {
        return facts.error();
    }
    const Selection selection(filter, Legs::Every, **facts);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const CallFact &call : (*facts)->calls()) {
        if (selection.contains(call)) {
            first = std::min<qint64>(first, call.localDay);
            last = std::max<qint64>(last, call.localDay);
        }
    }
    if (first > last) {
        return std::optional<std::pair<QDate, QDate>>();
    }
    return std::optional<std::pair<QDate, QDate>>(
        std::pair{QDate::fromJulianDay(first), QDate::fromJulianDay(last)});
}

Expected<std::map<KpiEngine::GroupKey, CallCounts>>
KpiEngine::aggregate(const CallFilter &filter, bool everyLeg, const KeyOf &keyOf) const
{
    const Expected<const CallFacts *> facts = this->facts();
    if (!facts) {
        return facts.error();
    }
    const DefinitionProfile &profile = m_calculator.profile();
    CountingRules rules;
    rules.thresholdMs = millisecondsOf(profile.serviceLevelThresholdSeconds);
    rules.shortAbandonMs = millisecondsOf(profile.shortAbandonSeconds);
    rules.fcrWindowMs = qint64(profile.fcrWindowDays) * 24 * 3600 * 1000;
    // A call is judged once W days have passed after it, measured against the workspace's
    // latest call, whatever the filter: the data after the period still tells whether the
    // caller rang again.
    if (const std::optional<qint64> latest = (*facts)->latestAttributedAtMs()) {
        rules.fcrJudgedUntilMs = *latest - rules.fcrWindowMs;
    }

    QElapsedTimer timer;
    timer.start();
    const Selection selection(filter, everyLeg ? Legs::Every : Legs::First, **facts);
    std::map<GroupKey, CallCounts> groups;
    for (const CallFact &call : (*facts)->calls()) {
        if (!selection.contains(call)) {
            continue;
        }
        if (const std::optional<GroupKey> key = keyOf(call)) {
            count(call, rules, groups[*key]);
        }
    }
    qCDebug(lcKpi) << "aggregate:" << groups.size() << "groups over" << (*facts)->calls().size()
                   << "calls in" << timer.elapsed() << "ms";
    return groups;
}

Expected<QList<KpiDetail>> KpiEngine::waitPercentiles(const CallFilter &filter) const
{
    const Expected<const CallFacts *> facts = this->facts();
    if (!facts) {
        return facts.error();
    }
    const Selection selection(filter, legsFor(filter, false), **facts);
    std::vector<qint32> waits;
    for (const CallFact &call : (*facts)->calls()) {
        if (selection.contains(call) && call.direction == Direction::Inbound
            && call.outcome == Outcome::Answered && known(call.waitMs)) {
            waits.push_back(call.waitMs);
        }
    }
    if (waits.empty()) {
        return QList<KpiDetail>();
    }
    // Nearest-rank percentiles: the smallest wait with at least p % of waits at or below it.
    QList<KpiDetail> details;
    for (const auto &[name, share] : {std::pair{"median", 0.5}, std::pair{"p90", 0.9}}) {
        const auto rank = static_cast<size_t>(std::ceil(share * static_cast<double>(waits.size())));
        const auto at = waits.begin() + static_cast<std::ptrdiff_t>(rank - 1);
        std::nth_element(waits.begin(), at, waits.end());
        details.append(KpiDetail{QString::fromLatin1(name), *at / 1000.0});
    }
    return details;
}

Expected<QList<KpiValue>> KpiEngine::kpis(const CallFilter &filter) const
{
    const Expected<std::map<GroupKey, CallCounts>> groups =
        aggregate(filter, legsFor(filter, false) == Legs::Every, [](const CallFact &) {
            return std::optional<GroupKey>(GroupKey{0, 0});
        });
    if (!groups) {
        return groups.error();
    }
    const CallCounts counts = groups->empty() ? CallCounts() : groups->begin()->second;
    QList<KpiValue> kpis = m_calculator.compute(counts);
    const Expected<QList<KpiDetail>> percentiles = waitPercentiles(filter);
    if (!percentiles) {
        return percentiles.error();
    }
    for (KpiValue &kpi : kpis) {
        if (kpi.id == QLatin1String("asa")) {
            kpi.details = *percentiles;
        }
    }
    return kpis;
}

Expected<QHash<qint64, QString>> KpiEngine::agentNames() const
{
    const auto agents = m_workspace.agents();
    if (!agents) {
        return agents.error();
    }
    QHash<qint64, QString> names;
    for (const auto &[id, name] : *agents) {
        names.insert(id, name);
    }
    return names;
}

GroupKpis KpiEngine::groupOf(QVariant key, QString label, const CallCounts &counts) const
{
    GroupKpis group;
    group.key = std::move(key);
    group.label = std::move(label);
    group.counts = counts;
    group.kpis = m_calculator.compute(counts);
    return group;
}

namespace {

bool byName(const GroupKpis &a, const GroupKpis &b)
{
    return QString::localeAwareCompare(a.label, b.label) < 0;
}

} // namespace

Expected<QList<GroupKpis>> KpiEngine::kpisByAgent(const CallFilter &filter) const
{
    const auto groups = aggregate(filter, true, [](const CallFact &call) {
        return call.agentId != 0 ? std::optional<GroupKey>(GroupKey{0, call.agentId})
                                 : std::nullopt;
    });
    const Expected<QHash<qint64, QString>> names = agentNames();
    if (!groups || !names) {
        return groups ? names.error() : groups.error();
    }
    QList<GroupKpis> result;
    for (const auto &[key, counts] : *groups) {
        result.append(groupOf(key.second, names->value(key.second), counts));
    }
    std::sort(result.begin(), result.end(), byName);
    return result;
}

Expected<QList<GroupKpis>> KpiEngine::kpisByDay(const CallFilter &filter) const
{
    return kpisByTime(filter, TimeGrouping::Day);
}

namespace {

constexpr qint64 msPerHour = 3600 * 1000;

/// The start of a call's time group, as a number that orders the groups: the UTC start of its
/// local hour, its Julian day, the Julian day of its week's Monday, or year x 12 + month - 1.
qint64 timeKeyOf(const CallFact &call, TimeGrouping grouping)
{
    switch (grouping) {
    case TimeGrouping::Hour: {
        const qint64 offsetMs = qint64(call.utcOffsetMinutes) * 60 * 1000;
        const qint64 localMs = call.attributedAtMs + offsetMs;
        const qint64 localHourStart = localMs - ((localMs % msPerHour) + msPerHour) % msPerHour;
        return localHourStart - offsetMs;
    }
    case TimeGrouping::Day:
        return call.localDay;
    case TimeGrouping::Week:
        return call.localDay - QDate::fromJulianDay(call.localDay).dayOfWeek() + 1;
    case TimeGrouping::Month: {
        const QDate day = QDate::fromJulianDay(call.localDay);
        return qint64(day.year()) * 12 + day.month() - 1;
    }
    case TimeGrouping::WeekdayHour:
        return QDate::fromJulianDay(call.localDay).dayOfWeek() * 24 + call.localHour;
    }
    return 0;
}

/// A time group's key for the report and its label.
std::pair<QVariant, QString>
describeTimeKey(qint64 key, TimeGrouping grouping, const QTimeZone &zone)
{
    switch (grouping) {
    case TimeGrouping::Hour: {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(key, zone);
        return {start, start.toString(Qt::ISODate)};
    }
    case TimeGrouping::Day:
    case TimeGrouping::Week: {
        const QDate day = QDate::fromJulianDay(key);
        return {day, day.toString(Qt::ISODate)};
    }
    case TimeGrouping::Month: {
        const QDate first(int(key / 12), int(key % 12) + 1, 1);
        return {first, first.toString(QStringLiteral("yyyy-MM"))};
    }
    case TimeGrouping::WeekdayHour: {
        // English day names whatever the locale: the label is also a report's key.
        const auto weekday = static_cast<int>(key / 24);
        const qint64 hour = key % 24;
        return {key,
                QStringLiteral("%1 %2:00")
                    .arg(QLocale::c().dayName(weekday, QLocale::ShortFormat))
                    .arg(hour, 2, 10, QLatin1Char('0'))};
    }
    }
    return {};
}

} // namespace

QHash<qint64, int> KpiEngine::weekdayHourOccurrences(QDate from, QDate to) const
{
    // Each hour the report zone's clocks show on each day: 23 on the day they go forward, and
    // the repeated hour twice on the day they go back.
    const QTimeZone zone = m_workspace.reportTimeZone();
    QHash<qint64, int> occurrences;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const qint64 start = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 end = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        for (qint64 at = start; at < end; at += msPerHour) {
            const int hour = QDateTime::fromMSecsSinceEpoch(at, zone).time().hour();
            ++occurrences[day.dayOfWeek() * 24 + hour];
        }
    }
    return occurrences;
}

Expected<QList<GroupKpis>>
KpiEngine::kpisByTime(const CallFilter &filter, TimeGrouping grouping, bool perAgent) const
{
    // Per agent, each agent's legs; else each customer call once, unless the filter is one
    // agent's.
    const bool everyLeg = perAgent || filter.agentId;
    const auto groups = aggregate(filter, everyLeg, [grouping](const CallFact &call) {
        return std::optional<GroupKey>(GroupKey{timeKeyOf(call, grouping), 0});
    });
    if (!groups) {
        return groups.error();
    }
    const QTimeZone zone = m_workspace.reportTimeZone();
    QList<GroupKpis> result;
    std::map<qint64, int> timeIndex; // a time key's place in result
    auto addGroup = [&](qint64 key, const CallCounts &counts) {
        auto [value, label] = describeTimeKey(key, grouping, zone);
        timeIndex[key] = static_cast<int>(result.size());
        result.append(groupOf(std::move(value), std::move(label), counts));
    };
    if (grouping == TimeGrouping::WeekdayHour) {
        const auto range = dataRange(filter);
        if (!range) {
            return range.error();
        }
        const QDate from = filter.from.value_or(*range ? (*range)->first : QDate());
        const QDate to = filter.to.value_or(*range ? (*range)->second : QDate());
        const QHash<qint64, int> occurrences = from.isValid() && to.isValid()
                                                   ? weekdayHourOccurrences(from, to)
                                                   : QHash<qint64, int>();
        for (qint64 key = 24; key < 8 * 24; ++key) {
            const auto found = groups->find(GroupKey{key, 0});
            if (occurrences.value(key) > 0 || found != groups->end()) {
                addGroup(key, found != groups->end() ? found->second : CallCounts());
                result.back().occurrences = occurrences.value(key);
            }
        }
    } else {
        for (const auto &[key, counts] : *groups) {
            addGroup(key.first, counts);
        }
    }
    if (!perAgent) {
        return result;
    }
    const auto byAgent = aggregate(filter, true, [grouping](const CallFact &call) {
        return call.agentId != 0
                   ? std::optional<GroupKey>(GroupKey{timeKeyOf(call, grouping), call.agentId})
                   : std::nullopt;
    });
    const Expected<QHash<qint64, QString>> names = agentNames();
    if (!byAgent || !names) {
        return byAgent ? names.error() : byAgent.error();
    }
    for (const auto &[key, counts] : *byAgent) {
        GroupKpis &group = result[timeIndex.at(key.first)];
        group.agents.append(groupOf(key.second, names->value(key.second), counts));
    }
    for (GroupKpis &group : result) {
        std::sort(group.agents.begin(), group.agents.end(), byName);
    }
    return result;
}

namespace {

/// Minutes after local midnight of a call's attributed time.
int localMinuteOf(const CallFact &call)
{
    constexpr qint64 msPerDay = 24 * msPerHour;
    const qint64 localMs = call.attributedAtMs + qint64(call.utcOffsetMinutes) * 60 * 1000;
    return static_cast<int>(((localMs % msPerDay) + msPerDay) % msPerDay / (60 * 1000));
}

} // namespace

Expected<StaffingInputs> KpiEngine::staffingInputs(const CallFilter &filter,
                                                   int intervalMinutes) const
{
    const Expected<const CallFacts *> facts = this->facts();
    const auto range = dataRange(filter);
    if (!facts || !range) {
        return facts ? range.error() : facts.error();
    }
    StaffingInputs inputs;
    inputs.from = filter.from.value_or(*range ? (*range)->first : QDate());
    inputs.to = filter.to.value_or(*range ? (*range)->second : QDate());
    const int perDay = 24 * 60 / intervalMinutes;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int slot = 0; slot < perDay; ++slot) {
            inputs.intervals.append(WeekIntervalLoad{weekday, slot * intervalMinutes, 0, 0, 0, 0});
        }
    }
    for (QDate day = inputs.from; inputs.from.isValid() && day <= inputs.to; day = day.addDays(1)) {
        for (int slot = 0; slot < perDay; ++slot) {
            ++inputs.intervals[(day.dayOfWeek() - 1) * perDay + slot].occurrences;
        }
    }
    const Selection selection(filter, Legs::First, **facts);
    for (const CallFact &call : (*facts)->calls()) {
        const bool answered = call.outcome == Outcome::Answered;
        if (!selection.contains(call) || call.direction != Direction::Inbound
            || (!answered && call.outcome != Outcome::Abandoned)) {
            continue;
        }
        const int weekday = QDate::fromJulianDay(call.localDay).dayOfWeek();
        WeekIntervalLoad &cell =
            inputs.intervals[(weekday - 1) * perDay + localMinuteOf(call) / intervalMinutes];
        ++cell.offered;
        if (answered && known(call.talkMs)) {
            ++cell.handled;
            cell.handleSeconds += handleSecondsOf(call);
            ++inputs.handled;
            inputs.handleSeconds += handleSecondsOf(call);
        }
        if (known(call.waitMs)) {
            inputs.queueSeconds += call.waitMs / 1000.0;
            inputs.abandons += answered ? 0 : 1;
        }
    }
    return inputs;
}

CallFilter CallFilter::previousPeriod() const
{
    CallFilter previous = *this;
    if (from && to) {
        const qint64 days = from->daysTo(*to) + 1;
        previous.from = from->addDays(-days);
        previous.to = to->addDays(-days);
    }
    return previous;
}

Expected<QList<IntervalTotals>> KpiEngine::intervalTotalsByDay(const IntervalFilter &filter) const
{
    const int threshold =
        static_cast<int>(std::lround(m_calculator.profile().serviceLevelThresholdSeconds));
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values{threshold, threshold, threshold};
    if (filter.from) {
        conditions.append(QStringLiteral("i.local_day >= ?"));
        values.append(filter.from->toJulianDay());
    }
    if (filter.to) {
        conditions.append(QStringLiteral("i.local_day <= ?"));
        values.append(filter.to->toJulianDay());
    }
    if (filter.queue) {
        conditions.append(QStringLiteral("i.queue = ?"));
        values.append(*filter.queue);
    }
    // The interval's count at T joins in when the report counts that threshold; a report that
    // states only a share at T adds to the reported service level instead.
    const QString counted = QStringLiteral("t.answered IS NOT NULL AND i.offered IS NOT NULL");
    const QString reported =
        QStringLiteral("i.reported_sl_threshold_s = ? AND i.offered IS NOT NULL");
    const QString sql =
        QStringLiteral("SELECT i.local_day, count(*), coalesce(sum(i.offered), 0),"
                       " coalesce(sum(i.answered), 0), coalesce(sum(i.abandoned), 0), ")
        + sumIf(counted, QStringLiteral("t.answered")) + QStringLiteral(", ")
        + sumIf(counted, QStringLiteral("i.offered")) + QStringLiteral(", ")
        + sumIf(QStringLiteral("i.asa_s IS NOT NULL"), QStringLiteral("i.asa_s * i.asa_count"))
        + QStringLiteral(", ")
        + sumIf(QStringLiteral("i.asa_s IS NOT NULL"), QStringLiteral("i.asa_count"))
        + QStringLiteral(", ") + sumIf(reported, QStringLiteral("i.reported_sl * i.offered"))
        + QStringLiteral(", ") + sumIf(reported, QStringLiteral("i.offered"))
        + QStringLiteral(" FROM intervals i LEFT JOIN interval_thresholds t"
                         " ON t.interval_id = i.id AND t.threshold_s = ? WHERE ")
        + conditions.join(QStringLiteral(" AND "))
        + QStringLiteral(" GROUP BY i.local_day ORDER BY i.local_day");
    // The placeholders run in the statement's order: the two reported-share conditions, the
    // join's threshold, then the filter.
    Expected<QSqlQuery> query = run(m_workspace, sql, values);
    if (!query) {
        return query.error();
    }
    QList<IntervalTotals> days;
    while (query->next()) {
        int i = 0;
        auto next = [&query, &i] { return query->value(i++).toLongLong(); };
        IntervalTotals day;
        day.day = QDate::fromJulianDay(next());
        day.thresholdSeconds = threshold;
        day.intervals = next();
        day.offered = next();
        day.answered = next();
        day.abandoned = next();
        day.answeredWithinThreshold = next();
        day.offeredWithThreshold = next();
        day.answerWaitSum = query->value(i++).toDouble();
        day.answerWaitCalls = next();
        day.reportedServiceLevelSum = query->value(i++).toDouble();
        day.reportedServiceLevelOffered = next();
        days.append(day);
    }
    return days;
}

} // namespace callboard
