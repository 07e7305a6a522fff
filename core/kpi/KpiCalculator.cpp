#include "KpiCalculator.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KpiCalculator)
};

/// Appends an exclusion when it left anything out.
void leaveOut(QList<Exclusion> &list, const char *code, const QString &reason, qint64 count)
{
    if (count > 0) {
        list.append(Exclusion{QString::fromLatin1(code), reason, count});
    }
}

} // namespace

KpiCalculator::KpiCalculator(DefinitionProfile profile, Targets targets)
    : m_profile(std::move(profile))
    , m_targets(std::move(targets))
{}

QStringList KpiCalculator::kpiIds()
{
    return {QStringLiteral("calls"),
            QStringLiteral("inbound_calls"),
            QStringLiteral("outbound_calls"),
            QStringLiteral("answered_calls"),
            QStringLiteral("abandoned_calls"),
            QStringLiteral("short_abandons"),
            QStringLiteral("service_level"),
            QStringLiteral("asa"),
            QStringLiteral("aht"),
            QStringLiteral("abandonment_rate"),
            QStringLiteral("fcr"),
            QStringLiteral("resolution_rate"),
            QStringLiteral("csat"),
            QStringLiteral("csat_average"),
            QStringLiteral("escalation_rate"),
            QStringLiteral("transfer_rate"),
            QStringLiteral("hold_time"),
            QStringLiteral("after_call_work"),
            QStringLiteral("time_to_abandon"),
            QStringLiteral("voicemail_calls"),
            QStringLiteral("missed_calls")};
}

QList<Exclusion> KpiCalculator::notCounted(const CallCounts &counts) const
{
    QList<Exclusion> excluded;
    leaveOut(excluded, "internal", Text::tr("internal calls"), counts.internal);
    leaveOut(excluded, "in_progress", Text::tr("calls still in progress"), counts.inProgress);
    leaveOut(excluded,
             "system_artifact",
             Text::tr("records the source marks as not real calls"),
             counts.artifacts);
    return excluded;
}

KpiValue KpiCalculator::count(const QString &id, qint64 value, QList<Exclusion> excluded) const
{
    KpiValue kpi;
    kpi.id = id;
    kpi.unit = KpiUnit::Count;
    kpi.value = static_cast<double>(value);
    kpi.numerator = static_cast<double>(value);
    kpi.excluded = std::move(excluded);
    kpi.target =
        m_targets.forKpi(id) ? std::optional<double>(m_targets.forKpi(id)->value) : std::nullopt;
    kpi.status = m_targets.evaluate(id, kpi.value);
    return kpi;
}

KpiValue KpiCalculator::ratio(const QString &id,
                              qint64 numerator,
                              qint64 denominator,
                              QList<Exclusion> excluded,
                              const QString &emptyReason) const
{
    KpiValue kpi = mean(id,
                        KpiUnit::Ratio,
                        static_cast<double>(numerator),
                        denominator,
                        std::move(excluded),
                        emptyReason);
    return kpi;
}

KpiValue KpiCalculator::mean(const QString &id,
                             KpiUnit unit,
                             double sum,
                             qint64 denominator,
                             QList<Exclusion> excluded,
                             const QString &emptyReason) const
{
    KpiValue kpi;
    kpi.id = id;
    kpi.unit = unit;
    kpi.numerator = sum;
    kpi.denominator = static_cast<double>(denominator);
    kpi.excluded = std::move(excluded);
    if (denominator > 0) {
        kpi.value = sum / static_cast<double>(denominator);
    } else {
        kpi.reason = emptyReason;
    }
    if (const std::optional<Target> target = m_targets.forKpi(id)) {
        kpi.target = target->value;
    }
    kpi.status = m_targets.evaluate(id, kpi.value);
    return kpi;
}

QList<Exclusion> KpiCalculator::withoutPart(const CallCounts &c,
                                            qint64 known,
                                            const char *code,
                                            const QString &reason) const
{
    QList<Exclusion> excluded;
    leaveOut(excluded, code, reason, c.answered - known);
    return excluded;
}

KpiValue KpiCalculator::flagRate(const QString &id,
                                 const CallCounts &c,
                                 qint64 flagged,
                                 qint64 known,
                                 const QString &flag) const
{
    const QString unknownReason = Text::tr("answered calls not marked %1 or not").arg(flag);
    return ratio(id,
                 flagged,
                 known,
                 notCounted(c) + withoutPart(c, known, "flag_unknown", unknownReason),
                 c.answered > 0 ? Text::tr("needs to know which calls were %1, which these calls "
                                           "do not say")
                                      .arg(flag)
                                : Text::tr("no inbound call was answered"));
}

KpiValue KpiCalculator::holdTime(const CallCounts &c) const
{
    return mean(QStringLiteral("hold_time"),
                KpiUnit::Seconds,
                c.holdSum,
                c.heldCalls,
                notCounted(c)
                    + withoutPart(c,
                                  c.answeredHoldKnown,
                                  "hold_unknown",
                                  Text::tr("answered calls without a hold time")),
                c.answeredHoldKnown > 0 ? Text::tr("no answered call was put on hold")
                : c.answered > 0 ? Text::tr("needs a hold time, which these calls do not have")
                                 : Text::tr("no inbound call was answered"));
}

KpiValue KpiCalculator::serviceLevel(const CallCounts &c) const
{
    // The offered calls each formula divides by, and the calls in service among them. A call
    // answered with no recorded wait cannot be judged against T: it leaves the denominator
    // too, rather than count as either in or out of service level. An abandon whose wait is
    // unknown is not within T (nor short).
    const qint64 answered = c.answeredWaitKnown;
    const qint64 inService = c.answeredWithinThreshold;
    const qint64 abandonedAfterThreshold = c.abandonedAll - c.abandonedWithinThreshold;
    qint64 numerator = inService;
    qint64 denominator = answered + c.abandonedAll;
    qint64 abandonsLeftOut = 0;   // abandons not in the denominator
    qint64 notOfferedCounted = 0; // calls not offered to an agent that still count
    switch (m_profile.serviceLevelFormula) {
    case ServiceLevelFormula::AnsweredWithinOverAnswered:
        denominator = answered;
        abandonsLeftOut = c.abandonedAll;
        break;
    case ServiceLevelFormula::AnsweredWithinOverOffered:
        break;
    case ServiceLevelFormula::AnsweredWithinOverOfferedLessShort:
        denominator = answered + c.abandoned();
        abandonsLeftOut = c.shortAbandons;
        break;
    case ServiceLevelFormula::AnsweredWithinOverOfferedLessEarly:
        denominator = answered + abandonedAfterThreshold;
        abandonsLeftOut = c.abandonedWithinThreshold;
        break;
    case ServiceLevelFormula::WithinOverOffered:
        numerator = inService + c.abandonedWithinThreshold;
        break;
    case ServiceLevelFormula::AnsweredWithinOrShortOverOffered:
        numerator = inService + c.shortAbandons;
        break;
    case ServiceLevelFormula::AnsweredWithinOverOfferedAndBreakouts:
        denominator = answered + c.abandonedAll + c.leftByKey;
        notOfferedCounted = c.leftByKey;
        break;
    case ServiceLevelFormula::AnsweredOrMissedWithinOverAnsweredMissed:
        numerator = inService + c.missedWithinThreshold;
        denominator = answered + c.missed;
        abandonsLeftOut = c.abandonedAll;
        notOfferedCounted = c.missed;
        break;
    }

    QList<Exclusion> excluded = notCounted(c);
    leaveOut(excluded, "outbound", Text::tr("outbound calls"), c.outbound);
    leaveOut(excluded,
             "not_offered",
             Text::tr("inbound calls not offered to an agent (voice menu, voicemail, callback, "
                      "key exit, missed)"),
             c.notOffered - notOfferedCounted);
    if (m_profile.serviceLevelFormula == ServiceLevelFormula::AnsweredWithinOverOfferedLessShort) {
        leaveOut(
            excluded,
            "short_abandon",
            Text::tr("short abandons (waited %1 s or less)").arg(m_profile.shortAbandonSeconds),
            abandonsLeftOut);
    } else if (m_profile.serviceLevelFormula
               == ServiceLevelFormula::AnsweredWithinOverOfferedLessEarly) {
        leaveOut(excluded,
                 "abandoned_within_threshold",
                 Text::tr("abandons within %1 s").arg(m_profile.serviceLevelThresholdSeconds),
                 abandonsLeftOut);
    } else {
        leaveOut(excluded, "abandoned", Text::tr("abandoned calls"), abandonsLeftOut);
    }
    leaveOut(excluded,
             "wait_unknown",
             Text::tr("answered calls without a wait time"),
             c.answered - c.answeredWaitKnown);
    KpiValue kpi = ratio(QStringLiteral("service_level"),
                         numerator,
                         denominator,
                         excluded,
                         Text::tr("no inbound call was answered or abandoned"));
    kpi.label = Text::tr("%1: %2 (%3 profile)")
                    .arg(m_profile.serviceLevelFormulaId(),
                         m_profile.serviceLevelFormulaText(),
                         m_profile.name);
    return kpi;
}

KpiValue KpiCalculator::firstCallResolution(const CallCounts &counts) const
{
    QList<Exclusion> excluded = notCounted(counts);
    leaveOut(excluded,
             "anonymous",
             Text::tr("answered calls from an unidentified caller"),
             counts.fcrAnonymous);
    leaveOut(excluded,
             "provisional",
             Text::tr("provisional: answered less than %n day(s) before the "
                      "latest call",
                      nullptr,
                      m_profile.fcrWindowDays),
             counts.fcrProvisional);
    const bool noIdentity = counts.answered > 0 && counts.fcrAnonymous == counts.answered;
    const QString reason = counts.answered == 0 ? Text::tr("no inbound call was answered")
                           : noIdentity ? Text::tr("needs the caller's identity (a phone number or "
                                                   "customer id), which these calls do not have")
                                        : Text::tr("no answered call from an identified caller is "
                                                   "old enough to judge");
    KpiValue kpi =
        ratio(QStringLiteral("fcr"), counts.fcrResolved, counts.fcrEligible, excluded, reason);
    return kpi;
}

QList<KpiValue> KpiCalculator::compute(const CallCounts &c) const
{
    const QList<Exclusion> base = notCounted(c);
    const QString noOffered = Text::tr("no inbound call was answered or abandoned");
    const QString noAnswered = Text::tr("no inbound call was answered");

    QList<Exclusion> offeredOnly;
    leaveOut(offeredOnly, "outbound", Text::tr("outbound calls"), c.outbound);
    leaveOut(offeredOnly,
             "not_offered",
             Text::tr("inbound calls not offered to an agent (voice menu, voicemail, callback, "
                      "key exit, missed)"),
             c.notOffered);
    QList<Exclusion> shortOnes;
    leaveOut(shortOnes,
             "short_abandon",
             Text::tr("short abandons (waited %1 s or less)").arg(m_profile.shortAbandonSeconds),
             c.shortAbandons);
    QList<Exclusion> waitUnknown;
    leaveOut(waitUnknown,
             "wait_unknown",
             Text::tr("answered calls without a wait time"),
             c.answered - c.answeredWaitKnown);

    QList<KpiValue> kpis;
    kpis.append(count(QStringLiteral("calls"), c.inbound + c.outbound, base));
    kpis.append(count(QStringLiteral("inbound_calls"), c.inbound, base));
    kpis.append(count(QStringLiteral("outbound_calls"), c.outbound, base));
    kpis.append(count(QStringLiteral("answered_calls"), c.answered, base));
    kpis.append(count(QStringLiteral("abandoned_calls"), c.abandoned(), base + shortOnes));
    kpis.append(count(QStringLiteral("short_abandons"), c.shortAbandons, base));

    kpis.append(serviceLevel(c));

    kpis.append(mean(QStringLiteral("asa"),
                     KpiUnit::Seconds,
                     c.answeredWaitSum,
                     c.answeredWaitKnown,
                     base + waitUnknown,
                     noAnswered));

    QList<Exclusion> talkUnknown;
    leaveOut(talkUnknown,
             "talk_unknown",
             Text::tr("answered calls without a talk time"),
             c.answered - c.answeredTalkKnown);
    kpis.append(mean(QStringLiteral("aht"),
                     KpiUnit::Seconds,
                     c.handleSum,
                     c.answeredTalkKnown,
                     base + talkUnknown,
                     noAnswered));
    const bool hold = c.answeredHoldKnown > 0;
    const bool afterCallWork = c.answeredAfterCallWorkKnown > 0;
    kpis.back().label = hold && afterCallWork ? Text::tr("talk + hold + after-call work")
                        : hold ? Text::tr("talk + hold, no after-call work in the data")
                        : afterCallWork
                            ? Text::tr("talk + after-call work, no hold in the data")
                            : Text::tr("talk only: no hold or after-call work in the data");

    kpis.append(ratio(QStringLiteral("abandonment_rate"),
                      c.abandoned(),
                      c.answered + c.abandoned(),
                      base + offeredOnly + shortOnes,
                      noOffered));

    kpis.append(firstCallResolution(c));

    QList<Exclusion> resolvedUnknown;
    leaveOut(resolvedUnknown,
             "resolved_unknown",
             Text::tr("answered calls not marked either way"),
             c.answered - c.answeredResolvedKnown);
    kpis.append(ratio(QStringLiteral("resolution_rate"),
                      c.answeredResolved,
                      c.answeredResolvedKnown,
                      base + resolvedUnknown,
                      c.answered > 0 ? Text::tr("no answered call says whether it was resolved")
                                     : noAnswered));

    QList<Exclusion> unrated;
    leaveOut(unrated,
             "unrated",
             Text::tr("calls without a satisfaction rating"),
             c.inbound + c.outbound - c.ratings);
    const QString noRatings = Text::tr("no call has a satisfaction rating");
    kpis.append(
        ratio(QStringLiteral("csat"), c.topTwoBoxRatings, c.ratings, base + unrated, noRatings));
    kpis.back().label = Text::tr("ratings of 4 or 5 out of 5 / all ratings");
    kpis.append(mean(QStringLiteral("csat_average"),
                     KpiUnit::Score,
                     c.ratingSum,
                     c.ratings,
                     base + unrated,
                     noRatings));
    kpis.append(flagRate(QStringLiteral("escalation_rate"),
                         c,
                         c.answeredEscalated,
                         c.answeredEscalationKnown,
                         Text::tr("escalated")));
    kpis.append(flagRate(QStringLiteral("transfer_rate"),
                         c,
                         c.answeredTransferred,
                         c.answeredTransferKnown,
                         Text::tr("transferred")));
    kpis.append(holdTime(c));
    kpis.back().label = Text::tr("per held call: %n of the answered calls were held",
                                 nullptr,
                                 static_cast<int>(c.heldCalls));
    kpis.append(mean(QStringLiteral("after_call_work"),
                     KpiUnit::Seconds,
                     c.afterCallWorkSum,
                     c.answeredAfterCallWorkKnown,
                     base
                         + withoutPart(c,
                                       c.answeredAfterCallWorkKnown,
                                       "acw_unknown",
                                       Text::tr("answered calls without an after-call work time")),
                     c.answered > 0 ? Text::tr("needs an after-call work time, which these calls "
                                               "do not have")
                                    : noAnswered));
    QList<Exclusion> abandonWaitUnknown;
    leaveOut(abandonWaitUnknown,
             "wait_unknown",
             Text::tr("abandons without a wait time"),
             c.abandoned() - c.abandonedWaitKnown);
    kpis.append(mean(QStringLiteral("time_to_abandon"),
                     KpiUnit::Seconds,
                     c.abandonedWaitSum,
                     c.abandonedWaitKnown,
                     base + shortOnes + abandonWaitUnknown,
                     c.abandoned() > 0 ? Text::tr("needs the abandons' wait times, which these "
                                                  "calls do not have")
                                       : Text::tr("no inbound call was abandoned")));
    kpis.append(count(QStringLiteral("voicemail_calls"), c.voicemail, base));
    kpis.append(count(QStringLiteral("missed_calls"), c.missed, base));
    return kpis;
}

} // namespace callboard
