#include "QueueLogCallAssembler.h"

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {

using Kind = QueueCallEvent;

qint64 msOf(double seconds)
{
    return std::llround(seconds * 1000);
}

bool isOutbound(Kind kind)
{
    return kind >= Kind::OutDial;
}

bool endsConnectedVisit(Kind kind)
{
    return kind == Kind::CompleteCaller || kind == Kind::CompleteAgent
           || kind == Kind::BlindTransfer || kind == Kind::AttendedTransfer
           || kind == Kind::Transfer;
}

/// The reason kept with a queue visit that @p kind ended.
QString inboundReason(const QueueLogEvent &event)
{
    switch (event.kind) {
    case Kind::CompleteCaller:
        return QStringLiteral("caller hung up");
    case Kind::CompleteAgent:
        return QStringLiteral("agent hung up");
    case Kind::BlindTransfer:
        return QStringLiteral("blind transfer");
    case Kind::AttendedTransfer:
        return QStringLiteral("attended transfer");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    case Kind::Abandon:
        return QStringLiteral("abandoned");
    case Kind::ExitWithTimeout:
        return QStringLiteral("timeout");
    case Kind::ExitWithKey:
        return event.detail.isEmpty() ? QStringLiteral("key")
                                      : QStringLiteral("key %1").arg(event.detail);
    case Kind::ExitEmpty:
        return QStringLiteral("no agents");
    case Kind::Withdraw:
        return QStringLiteral("withdrawn");
    default:
        return QString();
    }
}

Outcome exitOutcome(Kind kind)
{
    switch (kind) {
    case Kind::Abandon:
    case Kind::ExitWithTimeout: // the Standard counts a queue timeout as an abandon
        return Outcome::Abandoned;
    case Kind::ExitWithKey:
        return Outcome::LeftByKey;
    default: // EXITEMPTY (no agent could take it), WITHDRAW (taken out of the queue)
        return Outcome::Missed;
    }
}

/// The reason kept with an outbound attempt's result: Asterisk's dial status in words.
QString dialResult(Kind kind, const QString &status)
{
    const QString upper = status.toUpper();
    if (kind == Kind::OutBusy || upper == QLatin1String("BUSY")) {
        return QStringLiteral("busy");
    }
    if (kind == Kind::OutNoAnswer || upper == QLatin1String("NOANSWER")) {
        return QStringLiteral("no answer");
    }
    if (kind == Kind::OutCancel || upper == QLatin1String("CANCEL")) {
        return QStringLiteral("cancelled");
    }
    if (kind == Kind::OutCongestion || upper == QLatin1String("CONGESTION")) {
        return QStringLiteral("congestion");
    }
    if (kind == Kind::OutChanUnavail || upper == QLatin1String("CHANUNAVAIL")) {
        return QStringLiteral("channel unavailable");
    }
    return status.toLower();
}

QString jsonArray(const QStringList &objects)
{
    return u'[' + objects.join(u',') + u']';
}

/// A later event of the same call id shows that @p segment is over though nothing logged its
/// end: the caller left the queue some other way, or the agent passed the call on without a
/// transfer event (metrics pitfall #8, FreePBX issue 124).
void endUnlogged(Call &call, bool connected)
{
    if (connected) {
        call.transferred = true;
        call.outcomeReason = QStringLiteral("no completion logged");
    } else {
        call.outcome = Outcome::Missed;
        call.outcomeReason = QStringLiteral("no exit logged");
    }
}

} // namespace

QueueLogCallAssembler::QueueLogCallAssembler(QString source)
    : m_source(std::move(source))
{}

void QueueLogCallAssembler::add(const QueueLogEvent &event)
{
    auto found = m_pending.find(event.callId);
    if (found == m_pending.end()) {
        found = m_pending.insert(event.callId, PendingCall{});
        found->firstLine = event.line;
    }
    PendingCall &pending = *found;
    if (!isOutbound(event.kind) && pending.callerNumber.isEmpty()) {
        pending.callerNumber = event.number;
    }
    switch (event.kind) {
    case Kind::Did:
        pending.trackingNumber = event.detail;
        [[fallthrough]];
    case Kind::RingNoAnswer:
    case Kind::RingCanceled:
        // Offers and the DID make no segment; they stay with the call's raw events.
        if (pending.segments.empty()) {
            pending.looseEvents.append(event.raw);
        } else {
            pending.segments.back().events.append(event.raw);
        }
        return;
    default:
        break;
    }
    if (isOutbound(event.kind)) {
        addOutbound(pending, event);
    } else {
        addInbound(pending, event);
    }
}

QueueLogCallAssembler::Segment &QueueLogCallAssembler::queueVisitFor(PendingCall &pending,
                                                                     const QueueLogEvent &event,
                                                                     bool connecting)
{
    if (!pending.segments.empty()) {
        Segment &current = pending.segments.back();
        if (!current.ended && current.call.direction == Direction::Inbound) {
            // A connect or an exit continues a visit nobody answered yet; a completion or a
            // transfer ends the visit whatever it holds.
            const bool continues = endsConnectedVisit(event.kind) || !current.connected;
            if (continues) {
                return current;
            }
            endUnlogged(current.call, current.connected);
            current.ended = true;
        }
    }
    // The log starts after this visit began (or skipped its start): rebuild it from what the
    // event says.
    Segment fresh;
    Call &call = fresh.call;
    call.direction = Direction::Inbound;
    call.outcome = Outcome::InProgress;
    call.queue = event.queue;
    std::optional<qint64> answeredAt;
    if (event.kind == Kind::Connect) {
        answeredAt = event.atMs;
    } else if (connecting && event.talkSeconds) {
        answeredAt = event.atMs - msOf(*event.talkSeconds);
    }
    const std::optional<qint64> waitEnd = connecting ? answeredAt : event.atMs;
    if (waitEnd && event.waitSeconds) {
        call.queueEnteredAtMs = *waitEnd - msOf(*event.waitSeconds);
    }
    call.arrivedAtMs = call.queueEnteredAtMs.value_or(answeredAt.value_or(event.atMs));
    pending.segments.push_back(std::move(fresh));
    return pending.segments.back();
}

void QueueLogCallAssembler::addInbound(PendingCall &pending, const QueueLogEvent &event)
{
    if (event.kind == Kind::EnterQueue) {
        if (!pending.segments.empty()) {
            Segment &previous = pending.segments.back();
            if (!previous.ended && previous.call.direction == Direction::Inbound) {
                endUnlogged(previous.call, previous.connected);
                previous.ended = true;
            }
        }
        Segment visit;
        visit.call.direction = Direction::Inbound;
        visit.call.outcome = Outcome::InProgress;
        visit.call.queue = event.queue;
        visit.call.arrivedAtMs = event.atMs;
        visit.call.queueEnteredAtMs = event.atMs;
        visit.lastEventMs = event.atMs;
        visit.events.append(event.raw);
        pending.segments.push_back(std::move(visit));
        return;
    }

    const bool connecting = event.kind == Kind::Connect || endsConnectedVisit(event.kind);
    Segment &visit = queueVisitFor(pending, event, connecting);
    Call &call = visit.call;
    visit.lastEventMs = event.atMs;
    visit.events.append(event.raw);
    if (call.queue.isEmpty()) {
        call.queue = event.queue;
    }
    if (!connecting) {
        call.outcome = exitOutcome(event.kind);
        call.outcomeReason = inboundReason(event);
        call.waitSeconds = event.waitSeconds;
        call.endedAtMs = event.atMs;
        visit.ended = true;
        return;
    }

    call.outcome = Outcome::Answered;
    call.agent = event.agent.isEmpty() ? call.agent : event.agent;
    if (!visit.connected) {
        // A completion with no CONNECT before it still says when the agent answered.
        visit.connected = true;
        call.waitSeconds = event.waitSeconds;
        if (event.kind == Kind::Connect) {
            call.answeredAtMs = event.atMs;
        } else if (event.talkSeconds) {
            call.answeredAtMs = event.atMs - msOf(*event.talkSeconds);
        }
    }
    if (event.kind == Kind::Connect) {
        call.ringSeconds = event.ringSeconds;
        call.outcomeReason = QStringLiteral("no completion logged");
        return;
    }
    call.talkSeconds = event.talkSeconds;
    call.endedAtMs = event.atMs;
    call.transferred = event.kind != Kind::CompleteCaller && event.kind != Kind::CompleteAgent;
    call.outcomeReason = inboundReason(event);
    visit.ended = true;
}

QueueLogCallAssembler::Segment &QueueLogCallAssembler::outboundCallFor(PendingCall &pending,
                                                                       const QueueLogEvent &event)
{
    if (!pending.segments.empty()) {
        Segment &current = pending.segments.back();
        // A new attempt after a failed one is the dialler retrying the same call.
        if (current.call.direction == Direction::Outbound && !current.connected) {
            return current;
        }
    }
    Segment fresh;
    Call &call = fresh.call;
    call.direction = Direction::Outbound;
    call.outcome = Outcome::InProgress;
    call.queue = event.queue;
    call.agent = event.agent;
    call.calleeNumber = event.number;
    // A result with no OUTDIAL before it still tells how long ago the dialling began.
    double sinceDialling = event.totalSeconds.value_or(0);
    if (!event.totalSeconds) {
        sinceDialling = event.ringSeconds.value_or(0) + event.talkSeconds.value_or(0);
    }
    call.arrivedAtMs = event.atMs - msOf(sinceDialling);
    pending.segments.push_back(std::move(fresh));
    return pending.segments.back();
}

void QueueLogCallAssembler::addOutbound(PendingCall &pending, const QueueLogEvent &event)
{
    if (event.kind == Kind::OutTransfer) {
        const auto answered = std::find_if(pending.segments.rbegin(),
                                           pending.segments.rend(),
                                           [](const Segment &segment) {
                                               return segment.call.direction == Direction::Outbound
                                                      && segment.connected;
                                           });
        if (answered == pending.segments.rend()) {
            pending.looseEvents.append(event.raw);
            return;
        }
        // Known limit: the transfer's own figures (PBXware's htime and ttime) are undocumented;
        // they stay in the raw events, and no leg is made for the extension it went to.
        answered->call.transferred = true;
        answered->events.append(event.raw);
        return;
    }

    Segment &attempt = outboundCallFor(pending, event);
    Call &call = attempt.call;
    attempt.lastEventMs = event.atMs;
    attempt.events.append(event.raw);
    if (call.calleeNumber.isEmpty()) {
        call.calleeNumber = event.number;
    }
    if (call.agent.isEmpty()) {
        call.agent = event.agent;
    }
    if (event.kind == Kind::OutDial) {
        call.outcome = Outcome::InProgress;
        call.outcomeReason.clear();
        attempt.ended = false;
        return;
    }

    attempt.ended = true;
    call.endedAtMs = event.atMs;
    const bool answered = event.kind == Kind::OutAnswer
                          || (event.kind == Kind::OutCall
                              && event.detail.compare(u"ANSWER", Qt::CaseInsensitive) == 0);
    call.talkSeconds.reset();
    call.ringSeconds = event.ringSeconds;
    if (event.kind == Kind::OutCall && event.totalSeconds && event.talkSeconds) {
        call.ringSeconds = *event.totalSeconds - *event.talkSeconds;
    }
    if (!answered) {
        call.outcome = Outcome::NotConnected;
        call.outcomeReason = dialResult(event.kind, event.detail);
        return;
    }
    attempt.connected = true;
    call.outcome = Outcome::Answered;
    call.talkSeconds = event.talkSeconds;
    if (event.talkSeconds) {
        call.answeredAtMs = event.atMs - msOf(*event.talkSeconds);
    }
    // PBXware names who ended the answered call, or that it was transferred.
    const QString hangUp = event.detail.toUpper();
    if (hangUp == QLatin1String("COMPLETEAGENT")) {
        call.outcomeReason = QStringLiteral("agent hung up");
        call.transferred = false;
    } else if (hangUp == QLatin1String("COMPLETECALLER")) {
        call.outcomeReason = QStringLiteral("callee hung up");
        call.transferred = false;
    } else if (hangUp == QLatin1String("TRANSFER")) {
        call.outcomeReason = QStringLiteral("transferred");
        call.transferred = true;
    } else {
        call.outcomeReason = QStringLiteral("answered");
    }
}

void QueueLogCallAssembler::settleOpenSegment(Segment &segment, qint64 logEndMs)
{
    if (segment.ended) {
        return;
    }
    Call &call = segment.call;
    const bool recent = logEndMs - segment.lastEventMs <= openCallHorizonMs;
    if (segment.connected) {
        // Answered, but the log has no end for it: still talking when the log was taken, or a
        // transfer the PBX never logged (metrics pitfall #8). The talk time stays unknown.
        call.outcomeReason = QStringLiteral("no completion logged");
        return;
    }
    if (call.direction == Direction::Outbound) {
        call.outcome = recent ? Outcome::InProgress : Outcome::NotConnected;
        call.outcomeReason =
            recent ? QStringLiteral("dialling") : QStringLiteral("no result logged");
        return;
    }
    call.outcome = recent ? Outcome::InProgress : Outcome::Missed;
    call.outcomeReason = recent ? QStringLiteral("still queued") : QStringLiteral("no exit logged");
}

Call QueueLogCallAssembler::foldIntoLegZero(std::vector<Segment>::iterator first,
                                            std::vector<Segment>::iterator last)
{
    const Segment &decisive = *(last - 1);
    Call call = decisive.call;
    if (last - first > 1) {
        // The customer waited from the first queue entry, through every queue that let go of
        // the call, to the answer (or to where the call finally ended).
        call.arrivedAtMs = first->call.arrivedAtMs;
        call.queueEnteredAtMs = first->call.queueEnteredAtMs;
        const std::optional<qint64> waitEnd =
            decisive.connected ? call.answeredAtMs : call.endedAtMs;
        call.waitSeconds.reset();
        if (waitEnd && call.queueEnteredAtMs) {
            call.waitSeconds = double(*waitEnd - *call.queueEnteredAtMs) / 1000;
        }
    }
    return call;
}

std::vector<Call> QueueLogCallAssembler::take(const QString &callId, qint64 logEndMs)
{
    const auto found = m_pending.find(callId);
    if (found == m_pending.end()) {
        return {};
    }
    PendingCall pending = std::move(*found);
    m_pending.erase(found);
    std::vector<Segment> &segments = pending.segments;
    if (segments.empty()) {
        return {};
    }
    for (Segment &segment : segments) {
        settleOpenSegment(segment, logEndMs);
    }

    // Leg 0 is the first segment; for a queued call, every visit up to the first answered one.
    auto legZeroEnd = segments.begin() + 1;
    if (segments.front().call.direction == Direction::Inbound) {
        auto visit = segments.begin();
        while (visit != segments.end() && visit->call.direction == Direction::Inbound
               && !visit->connected) {
            ++visit;
        }
        const bool answeredVisit =
            visit != segments.end() && visit->call.direction == Direction::Inbound;
        legZeroEnd = answeredVisit ? visit + 1 : visit;
    }

    std::vector<Call> calls;
    QStringList legZeroEvents = pending.looseEvents;
    for (auto segment = segments.begin(); segment != legZeroEnd; ++segment) {
        legZeroEvents.append(segment->events);
    }
    calls.push_back(foldIntoLegZero(segments.begin(), legZeroEnd));
    calls.back().rawRecord = jsonArray(legZeroEvents);
    for (auto segment = legZeroEnd; segment != segments.end(); ++segment) {
        calls.push_back(std::move(segment->call));
        calls.back().rawRecord = jsonArray(segment->events);
    }

    const qint64 arrival = calls.front().arrivedAtMs;
    for (size_t leg = 0; leg < calls.size(); ++leg) {
        Call &call = calls[leg];
        call.source = m_source;
        call.sourceId = callId;
        call.leg = int(leg);
        // Every leg is part of the customer call that arrived then.
        call.arrivedAtMs = arrival;
        call.trackingNumber = pending.trackingNumber;
        if (call.direction == Direction::Inbound) {
            call.callerNumber = pending.callerNumber;
        }
    }
    return calls;
}

bool QueueLogCallAssembler::hasEnded(const QString &callId) const
{
    const auto found = m_pending.constFind(callId);
    return found != m_pending.cend() && (found->segments.empty() || found->segments.back().ended);
}

QStringList QueueLogCallAssembler::openCallIds() const
{
    std::vector<std::pair<qint64, QString>> byFirstLine;
    for (auto pending = m_pending.cbegin(); pending != m_pending.cend(); ++pending) {
        byFirstLine.emplace_back(pending->firstLine, pending.key());
    }
    std::sort(byFirstLine.begin(), byFirstLine.end());
    QStringList ids;
    for (const auto &[line, id] : byFirstLine) {
        ids.append(id);
    }
    return ids;
}

} // namespace callboard
