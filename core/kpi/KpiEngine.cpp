#include "KpiEngine.h"

#include "call/Call.h"
#include "common/Logging.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)
};

QString countIf(const QString &condition)
{
    return QStringLiteral("coalesce(sum(CASE WHEN ") + condition
           + QStringLiteral(" THEN 1 ELSE 0 END), 0)");
}

QString sumIf(const QString &condition, const QString &expression)
{
    return QStringLiteral("coalesce(sum(CASE WHEN ") + condition + QStringLiteral(" THEN ")
           + expression + QStringLiteral(" END), 0)");
}

QString code(Outcome outcome)
{
    return QString::number(static_cast<int>(outcome));
}

QString code(Direction direction)
{
    return QString::number(static_cast<int>(direction));
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

/// The WHERE clause for @p filter (on the table alias "c"), with its bound values.
std::pair<QString, QVariantList> whereClause(const CallFilter &filter, Legs legs)
{
    QStringList conditions{legs == Legs::First ? QStringLiteral("c.leg = 0")
                                               : QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.from) {
        conditions.append(QStringLiteral("c.local_day >= ?"));
        values.append(filter.from->toJulianDay());
    }
    if (filter.to) {
        conditions.append(QStringLiteral("c.local_day <= ?"));
        values.append(filter.to->toJulianDay());
    }
    if (filter.agentId) {
        conditions.append(QStringLiteral("c.agent_id = ?"));
        values.append(*filter.agentId);
    }
    return {conditions.join(QStringLiteral(" AND ")), values};
}

QString groupColumn(int grouping)
{
    switch (grouping) {
    case 1:
        return QStringLiteral("c.agent_id");
    case 2:
        return QStringLiteral("c.local_day");
    default:
        return QStringLiteral("NULL");
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

Expected<std::optional<std::pair<QDate, QDate>>>
KpiEngine::dataRange(const CallFilter &filter) const
{
    const auto [where, values] = whereClause(filter, Legs::Every);
    Expected<QSqlQuery> query = run(m_workspace,
                                    QStringLiteral("SELECT min(c.local_day), max(c.local_day) "
                                                   "FROM calls c WHERE ")
                                        + where,
                                    values);
    if (!query) {
        return query.error();
    }
    if (!query->next() || query->value(0).isNull()) {
        return std::optional<std::pair<QDate, QDate>>();
    }
    return std::optional<std::pair<QDate, QDate>>(
        std::pair{QDate::fromJulianDay(query->value(0).toLongLong()),
                  QDate::fromJulianDay(query->value(1).toLongLong())});
}

Expected<QList<std::pair<QVariant, CallCounts>>> KpiEngine::aggregate(const CallFilter &filter,
                                                                      Grouping grouping) const
{
    const DefinitionProfile &profile = m_calculator.profile();
    const QString inbound = QStringLiteral("c.direction = ") + code(Direction::Inbound);
    const QString counted = QStringLiteral("c.direction <> %1 AND c.outcome NOT IN (%2, %3)")
                                .arg(code(Direction::Internal),
                                     code(Outcome::InProgress),
                                     code(Outcome::SystemArtifact));
    const QString notInternal = QStringLiteral("c.direction <> ") + code(Direction::Internal);
    const QString answered =
        inbound + QStringLiteral(" AND c.outcome = ") + code(Outcome::Answered);
    const QString abandoned =
        inbound + QStringLiteral(" AND c.outcome = ") + code(Outcome::Abandoned);
    const QString threshold = QString::number(profile.serviceLevelThresholdSeconds);
    const QString shortLimit = QString::number(profile.shortAbandonSeconds);
    const QString notOffered = QStringLiteral("%1 AND c.outcome IN (%2, %3, %4, %5, %6)")
                                   .arg(inbound,
                                        code(Outcome::Ivr),
                                        code(Outcome::Voicemail),
                                        code(Outcome::CallbackRequested),
                                        code(Outcome::LeftByKey),
                                        code(Outcome::Missed));
    // Top two boxes: 4 or 5 once a 1..scale score is rescaled to 1..5.
    const QString topTwo = QStringLiteral("(c.csat_score - 1) * 4.0 / (c.csat_scale - 1) >= 2.999");

    const QStringList columns{
        QStringLiteral("count(*)"),
        countIf(QStringLiteral("c.direction = ") + code(Direction::Internal)),
        countIf(notInternal + QStringLiteral(" AND c.outcome = ") + code(Outcome::SystemArtifact)),
        countIf(notInternal + QStringLiteral(" AND c.outcome = ") + code(Outcome::InProgress)),
        countIf(counted + QStringLiteral(" AND ") + inbound),
        countIf(counted + QStringLiteral(" AND c.direction = ") + code(Direction::Outbound)),
        countIf(answered),
        countIf(answered + QStringLiteral(" AND c.wait_s IS NOT NULL")),
        countIf(answered + QStringLiteral(" AND c.wait_s <= ") + threshold),
        sumIf(answered, QStringLiteral("c.wait_s")),
        countIf(abandoned),
        countIf(abandoned + QStringLiteral(" AND c.wait_s <= ") + shortLimit),
        countIf(notOffered),
        countIf(answered + QStringLiteral(" AND c.talk_s IS NOT NULL")),
        sumIf(answered + QStringLiteral(" AND c.talk_s IS NOT NULL"),
              QStringLiteral("c.talk_s + coalesce(c.hold_s, 0) + coalesce(c.acw_s, 0)")),
        countIf(answered + QStringLiteral(" AND c.hold_s IS NOT NULL")),
        countIf(answered + QStringLiteral(" AND c.acw_s IS NOT NULL")),
        countIf(answered + QStringLiteral(" AND c.resolved IS NOT NULL")),
        countIf(answered + QStringLiteral(" AND c.resolved = 1")),
        countIf(counted + QStringLiteral(" AND c.csat_score IS NOT NULL")),
        countIf(counted + QStringLiteral(" AND c.csat_score IS NOT NULL AND ") + topTwo),
        sumIf(counted, QStringLiteral("c.csat_score")),
    };
    const QString group = groupColumn(static_cast<int>(grouping));
    const auto [where, values] = whereClause(filter, legsFor(filter, grouping == Grouping::Agent));
    QString sql = QStringLiteral("SELECT ") + group + QStringLiteral(", ")
                  + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM calls c WHERE ")
                  + where;
    if (grouping != Grouping::None) {
        sql += QStringLiteral(" AND ") + group + QStringLiteral(" IS NOT NULL GROUP BY ") + group
               + QStringLiteral(" ORDER BY ") + group;
    }

    QElapsedTimer timer;
    timer.start();
    Expected<QSqlQuery> query = run(m_workspace, sql, values);
    if (!query) {
        return query.error();
    }
    QList<std::pair<QVariant, CallCounts>> groups;
    while (query->next()) {
        int i = 0;
        const QVariant key = query->value(i++);
        auto next = [&query, &i] { return query->value(i++).toLongLong(); };
        auto nextReal = [&query, &i] { return query->value(i++).toDouble(); };
        CallCounts counts;
        counts.rows = next();
        counts.internal = next();
        counts.artifacts = next();
        counts.inProgress = next();
        counts.inbound = next();
        counts.outbound = next();
        counts.answered = next();
        counts.answeredWaitKnown = next();
        counts.answeredWithinThreshold = next();
        counts.answeredWaitSum = nextReal();
        counts.abandonedAll = next();
        counts.shortAbandons = next();
        counts.notOffered = next();
        counts.answeredTalkKnown = next();
        counts.handleSum = nextReal();
        counts.answeredHoldKnown = next();
        counts.answeredAfterCallWorkKnown = next();
        counts.answeredResolvedKnown = next();
        counts.answeredResolved = next();
        counts.ratings = next();
        counts.topTwoBoxRatings = next();
        counts.ratingSum = nextReal();
        groups.append({key, counts});
    }
    qCDebug(lcKpi) << "aggregate" << static_cast<int>(grouping) << "groups" << groups.size() << "ms"
                   << timer.elapsed();
    if (const Status status = addFirstCallResolution(filter, grouping, groups); !status) {
        return status.error();
    }
    return groups;
}

Status KpiEngine::addFirstCallResolution(const CallFilter &filter,
                                         Grouping grouping,
                                         QList<std::pair<QVariant, CallCounts>> &groups) const
{
    // A call is judged once W days have passed after it, measured against the workspace's
    // latest call, whatever the filter: the data after the period still tells whether the
    // caller rang again.
    Expected<QSqlQuery> latestQuery =
        run(m_workspace, QStringLiteral("SELECT max(attributed_at_ms) FROM calls"), {});
    if (!latestQuery) {
        return latestQuery.error();
    }
    if (!latestQuery->next() || latestQuery->value(0).isNull()) {
        return {};
    }
    const qint64 windowMs = qint64(m_calculator.profile().fcrWindowDays) * 24 * 3600 * 1000;
    const qint64 judgedBefore = latestQuery->value(0).toLongLong() - windowMs;

    // The caller's next contact (calls.next_contact_at_ms, kept up to date by the store on
    // every change to the calls) decides whether the call was resolved at first contact.
    const QString repeat = QStringLiteral("(c.next_contact_at_ms IS NOT NULL"
                                          " AND c.next_contact_at_ms <= c.attributed_at_ms + %1)")
                               .arg(windowMs);
    const QString identified = QStringLiteral("c.caller_key IS NOT NULL");
    const QString judged =
        identified + QStringLiteral(" AND c.attributed_at_ms <= ") + QString::number(judgedBefore);
    const QString group = groupColumn(static_cast<int>(grouping));
    const auto [where, values] = whereClause(filter, legsFor(filter, grouping == Grouping::Agent));
    QString sql =
        QStringLiteral("SELECT ") + group + QStringLiteral(", ")
        + countIf(QStringLiteral("c.caller_key IS NULL")) + QStringLiteral(", ")
        + countIf(identified + QStringLiteral(" AND c.attributed_at_ms > ")
                  + QString::number(judgedBefore))
        + QStringLiteral(", ") + countIf(judged) + QStringLiteral(", ")
        + countIf(judged + QStringLiteral(" AND coalesce(c.resolved, 1) = 1 AND NOT ") + repeat)
        + QStringLiteral(" FROM calls c WHERE ") + where
        + QStringLiteral(" AND c.direction = %1 AND c.outcome = %2")
              .arg(code(Direction::Inbound), code(Outcome::Answered));
    if (grouping != Grouping::None) {
        sql += QStringLiteral(" AND ") + group + QStringLiteral(" IS NOT NULL GROUP BY ") + group;
    }
    Expected<QSqlQuery> query = run(m_workspace, sql, values);
    if (!query) {
        return query.error();
    }
    QHash<QString, CallCounts *> byKey;
    for (auto &[key, counts] : groups) {
        byKey.insert(key.toString(), &counts);
    }
    while (query->next()) {
        CallCounts *counts = byKey.value(query->value(0).toString());
        if (!counts) {
            continue;
        }
        counts->fcrAnonymous = query->value(1).toLongLong();
        counts->fcrProvisional = query->value(2).toLongLong();
        counts->fcrEligible = query->value(3).toLongLong();
        counts->fcrResolved = query->value(4).toLongLong();
    }
    return {};
}

Expected<QList<KpiDetail>> KpiEngine::waitPercentiles(const CallFilter &filter,
                                                      qint64 answered) const
{
    if (answered == 0) {
        return QList<KpiDetail>();
    }
    // Nearest-rank percentiles: the smallest wait with at least p % of waits at or below it.
    const auto [where, values] = whereClause(filter, legsFor(filter, false));
    const QString sql = QStringLiteral("SELECT c.wait_s FROM calls c WHERE ") + where
                        + QStringLiteral(" AND c.direction = %1 AND c.outcome = %2"
                                         " AND c.wait_s IS NOT NULL ORDER BY c.wait_s"
                                         " LIMIT 1 OFFSET ?")
                              .arg(code(Direction::Inbound), code(Outcome::Answered));
    QList<KpiDetail> details;
    for (const auto &[name, share] : {std::pair{"median", 0.5}, std::pair{"p90", 0.9}}) {
        const auto rank = static_cast<qint64>(std::ceil(share * static_cast<double>(answered)));
        Expected<QSqlQuery> query = run(m_workspace, sql, values + QVariantList{rank - 1});
        if (!query) {
            return query.error();
        }
        if (query->next()) {
            details.append(KpiDetail{QString::fromLatin1(name), query->value(0).toDouble()});
        }
    }
    return details;
}

Expected<QList<KpiValue>> KpiEngine::kpis(const CallFilter &filter) const
{
    const Expected<QList<std::pair<QVariant, CallCounts>>> groups =
        aggregate(filter, Grouping::None);
    if (!groups) {
        return groups.error();
    }
    const CallCounts counts = groups->isEmpty() ? CallCounts() : groups->first().second;
    QList<KpiValue> kpis = m_calculator.compute(counts);
    const Expected<QList<KpiDetail>> percentiles =
        waitPercentiles(filter, counts.answeredWaitKnown);
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

Expected<QList<GroupKpis>> KpiEngine::grouped(const CallFilter &filter, Grouping grouping) const
{
    const Expected<QList<std::pair<QVariant, CallCounts>>> groups = aggregate(filter, grouping);
    if (!groups) {
        return groups.error();
    }
    QHash<qint64, QString> agentNames;
    if (grouping == Grouping::Agent) {
        const auto agents = m_workspace.agents();
        if (!agents) {
            return agents.error();
        }
        for (const auto &[id, name] : *agents) {
            agentNames.insert(id, name);
        }
    }
    QList<GroupKpis> result;
    for (const auto &[key, counts] : *groups) {
        GroupKpis group;
        group.counts = counts;
        group.kpis = m_calculator.compute(counts);
        if (grouping == Grouping::Agent) {
            group.key = key.toLongLong();
            group.label = agentNames.value(key.toLongLong());
        } else {
            const QDate day = QDate::fromJulianDay(key.toLongLong());
            group.key = day;
            group.label = day.toString(Qt::ISODate);
        }
        result.append(group);
    }
    if (grouping == Grouping::Agent) {
        std::sort(result.begin(), result.end(), [](const GroupKpis &a, const GroupKpis &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
    }
    return result;
}

Expected<QList<GroupKpis>> KpiEngine::kpisByAgent(const CallFilter &filter) const
{
    return grouped(filter, Grouping::Agent);
}

Expected<QList<GroupKpis>> KpiEngine::kpisByDay(const CallFilter &filter) const
{
    return grouped(filter, Grouping::Day);
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
