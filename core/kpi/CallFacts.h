#pragma once

#include "call/Call.h"
#include "common/Error.h"

#include <QDate>
#include <QStringList>

#include <limits>
#include <vector>

namespace callboard {

class Workspace;

/// What the KPIs read of one stored leg, packed so that a million of them fit in about 56 MB
/// and are scanned in milliseconds. Durations are whole milliseconds (every source gives seconds
/// or milliseconds, so nothing is rounded), unknownMs where the source did not give them.
struct CallFact
{
    static constexpr qint32 unknownMs = std::numeric_limits<qint32>::min();
    static constexpr qint64 noContact = -1;

    qint64 attributedAtMs = 0;          ///< When the call counts: queue entry, else start.
    qint64 nextContactAtMs = noContact; ///< The caller's next contact, strictly later.
    qint32 waitMs = unknownMs;
    qint32 talkMs = unknownMs;
    qint32 holdMs = unknownMs;
    qint32 afterCallWorkMs = unknownMs;
    float csatScore = std::numeric_limits<float>::quiet_NaN();
    qint32 localDay = 0; ///< Julian day in the report time zone.
    qint32 agentId = 0;  ///< 0: no agent.
    qint16 queueId = 0;  ///< CallFacts::queueName(); 0: no queue.
    /// The report zone's offset from UTC at the call, which tells the two 01:00 hours of the
    /// night the clocks go back apart.
    qint16 utcOffsetMinutes = 0;
    qint8 localHour = 0;
    Direction direction = Direction::Inbound;
    Outcome outcome = Outcome::Answered;
    qint8 resolved = -1;    ///< 1 resolved, 0 not, -1 unknown.
    qint8 escalated = -1;   ///< The same.
    qint8 transferred = -1; ///< The same.
    qint8 csatScale = 0;    ///< The survey's highest score; 0 when unknown.
    // Bits, so that the fact stays within 56 bytes; set by whoever makes one.
    bool firstLeg : 1;
    bool callerKnown : 1; ///< The caller has a number or customer id.

    bool hasCsat() const { return csatScore == csatScore; } // NaN is unequal to itself
};

static_assert(sizeof(CallFact) <= 56, "a million facts should stay within 56 MB");

/// A snapshot of every stored call as the KPI engine reads it, taken in one scan of the calls
/// table. The store stays the truth; the snapshot is thrown away when the workspace changes.
class CallFacts
{
public:
    static Expected<CallFacts> load(const Workspace &workspace);

    const std::vector<CallFact> &calls() const { return m_calls; }

    /// The team or queue a CallFact::queueId stands for.
    QString queueName(qint16 queueId) const { return m_queues.value(queueId); }
    /// The id of the team or queue called @p name, or nothing when no call has it.
    std::optional<qint16> queueId(const QString &name) const;

    /// The latest attributed time of any call, or nothing in an empty workspace: first-call
    /// resolution judges a call only once its window has passed before it.
    std::optional<qint64> latestAttributedAtMs() const;

private:
    std::vector<CallFact> m_calls;
    QStringList m_queues{QString()}; ///< By id; id 0 is "no queue".
    qint64 m_latestAttributedAtMs = std::numeric_limits<qint64>::min();
};

} // namespace callboard
