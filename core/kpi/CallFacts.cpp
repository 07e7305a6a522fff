#include "CallFacts.h"

#include "common/Logging.h"
#include "common/ZoneOffsets.h"
#include "store/PreparedStatement.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallFacts)
};

/// Seconds as stored (REAL, NULL when unknown) to whole milliseconds. Stored seconds come from
/// whole seconds or from differences of millisecond times, so rounding only undoes the binary
/// fraction: 0.1 s is stored as 0.1000000000000000055...
qint32 milliseconds(const PreparedStatement &row, int column)
{
    if (row.isNull(column)) {
        return CallFact::unknownMs;
    }
    const double ms = std::round(row.doubleValue(column) * 1000.0);
    // Longer than 24 days is no call duration; kept as the longest a fact holds.
    constexpr double longest = std::numeric_limits<qint32>::max();
    return static_cast<qint32>(std::clamp(ms, -longest, longest));
}

/// Numbers the queues as they are met; a workspace with more than 32,767 queues shares the last
/// id among the rest (logged), which only a filter by one of those queues would notice.
class QueueIds
{
public:
    explicit QueueIds(QStringList &names)
        : m_names(names)
    {}

    qint16 idOf(const QString &name)
    {
        if (name.isEmpty()) {
            return 0;
        }
        const auto found = m_ids.constFind(name);
        if (found != m_ids.constEnd()) {
            return *found;
        }
        if (m_names.size() > std::numeric_limits<qint16>::max()) {
            qCWarning(lcKpi) << "more queues than the KPI engine tells apart";
            return std::numeric_limits<qint16>::max();
        }
        const auto id = static_cast<qint16>(m_names.size());
        m_names.append(name);
        m_ids.insert(name, id);
        return id;
    }

private:
    QStringList &m_names;
    QHash<QString, qint16> m_ids;
};

CallFact factOf(const PreparedStatement &row)
{
    CallFact fact;
    fact.localDay = static_cast<qint32>(row.int64Value(0));
    fact.localHour = static_cast<qint8>(row.int64Value(1));
    fact.agentId = row.isNull(2) ? 0 : static_cast<qint32>(row.int64Value(2));
    fact.firstLeg = row.int64Value(3) == 0;
    fact.direction = static_cast<Direction>(row.int64Value(4));
    fact.outcome = static_cast<Outcome>(row.int64Value(5));
    fact.waitMs = milliseconds(row, 6);
    fact.talkMs = milliseconds(row, 7);
    fact.holdMs = milliseconds(row, 8);
    fact.afterCallWorkMs = milliseconds(row, 9);
    fact.resolved = row.isNull(10) ? -1 : static_cast<qint8>(row.int64Value(10) != 0);
    if (!row.isNull(11)) {
        fact.csatScore = static_cast<float>(row.doubleValue(11));
    }
    fact.csatScale = row.isNull(12) ? 0 : static_cast<qint8>(row.int64Value(12));
    fact.callerKnown = row.int64Value(13) != 0;
    fact.attributedAtMs = row.int64Value(14);
    fact.nextContactAtMs = row.isNull(15) ? CallFact::noContact : row.int64Value(15);
    fact.escalated = row.isNull(17) ? -1 : static_cast<qint8>(row.int64Value(17) != 0);
    fact.transferred = row.isNull(18) ? -1 : static_cast<qint8>(row.int64Value(18) != 0);
    return fact;
}

} // namespace

Expected<CallFacts> CallFacts::load(const Workspace &workspace)
{
    QElapsedTimer timer;
    timer.start();
    PreparedStatement count;
    if (!count.prepare(workspace.database(), QStringLiteral("SELECT count(*) FROM calls"))
        || !count.exec() || !count.next()) {
        return Error{Text::tr("Cannot read the calls: %1").arg(count.lastError()), {}, 0, 0};
    }
    const qint64 rows = count.int64Value(0);
    count.finish();

    PreparedStatement read;
    const QString sql = QStringLiteral(
        "SELECT local_day, local_hour, agent_id, leg, direction, outcome, wait_s, talk_s,"
        " hold_s, acw_s, resolved, csat_score, csat_scale, caller_key IS NOT NULL,"
        " attributed_at_ms, next_contact_at_ms, queue, escalated, transferred FROM calls");
    if (!read.prepare(workspace.database(), sql) || !read.exec()) {
        return Error{Text::tr("Cannot read the calls: %1").arg(read.lastError()), {}, 0, 0};
    }
    CallFacts facts;
    facts.m_calls.reserve(static_cast<size_t>(rows));
    QueueIds queues(facts.m_queues);
    ZoneOffsets offsets(workspace.reportTimeZone());
    while (read.next()) {
        CallFact fact = factOf(read);
        fact.queueId = queues.idOf(read.textValue(16));
        fact.utcOffsetMinutes =
            static_cast<qint16>(offsets.offsetMs(fact.attributedAtMs) / (60 * 1000));
        facts.m_latestAttributedAtMs = std::max(facts.m_latestAttributedAtMs, fact.attributedAtMs);
        facts.m_calls.push_back(fact);
    }
    if (!read.lastError().isEmpty()) {
        return Error{Text::tr("Cannot read the calls: %1").arg(read.lastError()), {}, 0, 0};
    }
    qCDebug(lcKpi) << "loaded" << facts.m_calls.size() << "call facts in" << timer.elapsed()
                   << "ms";
    return facts;
}

std::optional<qint16> CallFacts::queueId(const QString &name) const
{
    const qsizetype index = m_queues.indexOf(name);
    if (index <= 0) {
        return std::nullopt;
    }
    return static_cast<qint16>(index);
}

std::optional<qint64> CallFacts::latestAttributedAtMs() const
{
    if (m_calls.empty()) {
        return std::nullopt;
    }
    return m_latestAttributedAtMs;
}

} // namespace callboard
