#pragma once

#include <QtGlobal>

namespace callboard {

/// The sums every KPI of a selection of calls is derived from. One SQL pass fills them; the
/// KPIs are then plain arithmetic (KpiCalculator), so they can be checked by hand.
/// "Counted" calls are inbound or outbound, neither in progress nor a system artefact.
struct CallCounts
{
    qint64 rows = 0;       ///< Every stored call in the selection.
    qint64 internal = 0;   ///< Left out of every KPI.
    qint64 artifacts = 0;  ///< Records the source marks as not real calls.
    qint64 inProgress = 0; ///< Not finished when exported.
    qint64 inbound = 0;
    qint64 outbound = 0;

    qint64 answered = 0; ///< Inbound answered.
    qint64 answeredWaitKnown = 0;
    qint64 answeredWithinThreshold = 0; ///< Wait <= T.
    double answeredWaitSum = 0;
    qint64 abandonedAll = 0;             ///< Inbound abandoned, short ones included.
    qint64 shortAbandons = 0;            ///< Wait known and <= S (none when S is 0).
    qint64 abandonedWithinThreshold = 0; ///< Wait known and <= T.
    qint64 notOffered = 0;               ///< IVR, voicemail, callback, key exit, missed.
    qint64 leftByKey = 0;                ///< Of those, key exits (breakouts).
    qint64 missed = 0;                   ///< Of those, missed.
    qint64 missedWithinThreshold = 0;    ///< Missed with a wait known and <= T.

    qint64 answeredTalkKnown = 0;
    double handleSum = 0; ///< Talk + hold + after-call work of those.
    qint64 answeredHoldKnown = 0;
    qint64 answeredAfterCallWorkKnown = 0;

    qint64 answeredResolvedKnown = 0;
    qint64 answeredResolved = 0;
    qint64 answeredEscalationKnown = 0;
    qint64 answeredEscalated = 0;
    qint64 answeredTransferKnown = 0;
    qint64 answeredTransferred = 0;
    qint64 heldCalls = 0;          ///< Answered with a hold time above 0.
    double holdSum = 0;            ///< Their hold time.
    double afterCallWorkSum = 0;   ///< Over the answered calls with after-call work known.
    qint64 abandonedWaitKnown = 0; ///< Abandons (short ones left out) with a known wait.
    double abandonedWaitSum = 0;
    qint64 voicemail = 0; ///< Inbound calls deflected to voicemail.

    qint64 ratings = 0;          ///< Counted calls with a CSAT score.
    qint64 topTwoBoxRatings = 0; ///< 4 or 5 on a five-point scale, other scales rescaled.
    double ratingSum = 0;

    // First-call resolution, over inbound answered calls.
    qint64 fcrAnonymous = 0;   ///< No caller identity.
    qint64 fcrProvisional = 0; ///< Less than W before the workspace's latest call.
    qint64 fcrEligible = 0;
    qint64 fcrResolved = 0; ///< No repeat within W (and resolved, where known).

    qint64 abandoned() const { return abandonedAll - shortAbandons; }
};

} // namespace callboard
