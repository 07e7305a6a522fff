#pragma once

#include "call/Call.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace callboard {

/// The queue_log events that take part in a call, by what they do to it. The outbound ones come
/// last, from OutDial on.
enum class QueueCallEvent {
    EnterQueue,
    Connect,
    CompleteCaller,
    CompleteAgent,
    BlindTransfer,
    AttendedTransfer,
    Transfer,
    Abandon,
    ExitWithTimeout,
    ExitWithKey,
    ExitEmpty,
    Withdraw,
    RingNoAnswer, ///< A member rang and did not answer: an offer, not a call.
    RingCanceled, ///< A member was ringing when the caller hung up: an offer, not a call.
    Did,          ///< The number the caller dialled, written by the dialplan before the queue.
    OutDial,      ///< A dialler attempt to a number.
    OutAnswer,    ///< The attempt was answered; written when that call ends.
    OutBusy,
    OutNoAnswer,
    OutCancel,
    OutCongestion,
    OutChanUnavail,
    OutTransfer, ///< The answered outbound call was transferred on.
    OutCall,     ///< A whole outbound call in one event (QueueUpdate()).
};

/// One queue_log event of a call, its parameters already read into what they mean. Durations are
/// seconds and empty when the event did not give them.
struct QueueLogEvent
{
    QueueCallEvent kind = QueueCallEvent::EnterQueue;
    qint64 line = 0;
    qint64 atMs = 0;
    QString callId;
    QString queue;  ///< Empty for `NONE`.
    QString agent;  ///< The member, normalised (`Agent/1127` and `Local/1127@ctx` are `1127`).
    QString number; ///< The caller's number (inbound events) or the number dialled (outbound).
    QString detail; ///< Key pressed, transfer target, DID, or an outbound call's result.
    std::optional<double> waitSeconds; ///< holdtime or waittime: queue entry to answer or exit.
    std::optional<double> ringSeconds;
    std::optional<double> talkSeconds;  ///< calltime, or an outbound call's talk time.
    std::optional<double> totalSeconds; ///< An OUTCALL's dial time, ringing and talk together.
    QString raw;                        ///< The record as a JSON object, kept with the call.
};

/// Rebuilds calls from the queue_log events of each call id, in the order the log wrote them.
///
/// A call id's events fall into segments: a queue visit (ENTERQUEUE to its exit, connected or
/// not) or an outbound call (OUTDIAL and its retries to their result). Leg 0 is the customer call
/// as a whole: every queue visit up to the first answered one is folded into it, so a call that
/// timed out of one queue and was answered in the next is one answered call whose wait runs from
/// its first queue entry, in the queue that answered it. Each later segment (after a transfer
/// back into a queue, or a second connect) is leg 1, 2, ... with its own agent, answer and talk.
/// Leg numbers follow the segments' order in the log, so a log that starts in the middle of a
/// call numbers its legs from where it starts.
class QueueLogCallAssembler
{
public:
    /// A call whose last event is this long before the log's last event is not in progress
    /// any more: its end was simply not logged (XiVO treats calls over 4 h as unterminated).
    static constexpr qint64 openCallHorizonMs = 4 * 3600 * 1000;

    explicit QueueLogCallAssembler(QString source);

    /// Adds @p event to its call id's call.
    void add(const QueueLogEvent &event);

    /// The call id's calls, leg 0 first, now that it has no more events; @p logEndMs is the time
    /// of the log's last event, to tell calls still in progress from calls whose end is missing.
    /// A call id whose events made no segment (offers or a DID alone) gives none.
    std::vector<Call> take(const QString &callId, qint64 logEndMs);

    /// True when the call id's last segment was ended by an event (an exit, a completion, a
    /// transfer, an outbound result); false while the log leaves it open.
    bool hasEnded(const QString &callId) const;

    /// The call ids still holding events, in the order of their first event.
    QStringList openCallIds() const;

private:
    /// One queue visit or outbound call, as far as its events have told it.
    struct Segment
    {
        Call call;
        bool connected = false; ///< An agent (or, outbound, the callee) answered.
        bool ended = false;     ///< An event closed it.
        qint64 lastEventMs = 0;
        QStringList events; ///< The raw events, in order.
    };

    struct PendingCall
    {
        qint64 firstLine = 0;
        QString callerNumber;
        QString trackingNumber;
        QStringList looseEvents; ///< Raw events that came before any segment (DID, offers).
        std::vector<Segment> segments;
    };

    void addInbound(PendingCall &pending, const QueueLogEvent &event);
    void addOutbound(PendingCall &pending, const QueueLogEvent &event);
    /// The open queue visit the event continues, or a new one started from what it tells.
    Segment &queueVisitFor(PendingCall &pending, const QueueLogEvent &event, bool connecting);
    Segment &outboundCallFor(PendingCall &pending, const QueueLogEvent &event);
    /// Sets the outcome of a segment that no event closed.
    static void settleOpenSegment(Segment &segment, qint64 logEndMs);
    static Call foldIntoLegZero(std::vector<Segment>::iterator first,
                                std::vector<Segment>::iterator last);

    QString m_source;
    QHash<QString, PendingCall> m_pending;
};

} // namespace callboard
