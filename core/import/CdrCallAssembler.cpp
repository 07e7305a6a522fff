#include "CdrCallAssembler.h"

#include "import/PbxFields.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace callboard {

namespace {

bool isUnanswered(Outcome outcome)
{
    return outcome == Outcome::Missed || outcome == Outcome::NotConnected;
}

/// What a record nobody picked up means in its call's direction: an outbound attempt that did not
/// connect, or an inbound (or internal) call that was missed.
Outcome unansweredOutcome(Direction direction)
{
    return direction == Direction::Outbound ? Outcome::NotConnected : Outcome::Missed;
}

void putInOrder(QList<CdrLeg> &records)
{
    std::stable_sort(records.begin(), records.end(), [](const CdrLeg &a, const CdrLeg &b) {
        return std::tie(a.call.arrivedAtMs, a.orderKey, a.line)
               < std::tie(b.call.arrivedAtMs, b.orderKey, b.line);
    });
}

void dropRepeatedRecords(QList<CdrLeg> &records)
{
    QSet<QString> seen;
    records.removeIf([&seen](const CdrLeg &record) {
        if (seen.contains(record.call.rawRecord)) {
            return true;
        }
        seen.insert(record.call.rawRecord);
        return false;
    });
}

/// The record that decides the call's outcome: the first a person answered, else the first that
/// reached voicemail, else (inbound) the first that reached a queue, else the first.
qsizetype decisiveRecord(const QList<CdrLeg> &records, Direction direction)
{
    auto firstWhere = [&records](auto &&predicate) -> qsizetype {
        const auto found = std::find_if(records.cbegin(), records.cend(), predicate);
        return found == records.cend() ? -1 : found - records.cbegin();
    };
    for (const Outcome outcome : {Outcome::Answered, Outcome::Voicemail}) {
        const qsizetype index =
            firstWhere([outcome](const CdrLeg &record) { return record.call.outcome == outcome; });
        if (index >= 0) {
            return index;
        }
    }
    if (direction == Direction::Inbound) {
        const qsizetype index =
            firstWhere([](const CdrLeg &record) { return record.reachedQueue; });
        if (index >= 0) {
            return index;
        }
    }
    return 0;
}

/// Leg 0: the whole call, built on its decisive record.
Call wholeCall(const QList<CdrLeg> &records, qsizetype decisive)
{
    const Call &first = records.first().call;
    Call whole = records.at(decisive).call;
    whole.leg = 0;
    whole.direction = first.direction;
    whole.arrivedAtMs = first.arrivedAtMs;
    whole.callerNumber = first.callerNumber;
    whole.calleeNumber = first.calleeNumber;
    QSet<QString> agents;
    for (const CdrLeg &record : records) {
        const Call &call = record.call;
        if (call.endedAtMs && (!whole.endedAtMs || *call.endedAtMs > *whole.endedAtMs)) {
            whole.endedAtMs = call.endedAtMs;
        }
        for (auto [target, value] : {std::pair{&whole.trackingNumber, &call.trackingNumber},
                                     std::pair{&whole.queue, &call.queue},
                                     std::pair{&whole.recordingUrl, &call.recordingUrl}}) {
            if (target->isEmpty()) {
                *target = *value;
            }
        }
        if (call.outcome == Outcome::Answered && !call.agent.isEmpty()) {
            agents.insert(call.agent);
        }
    }
    if (agents.size() > 1) {
        whole.transferred = true; // a second person answered a later record of the call
    }

    const bool inbound = whole.direction == Direction::Inbound;
    if (isUnanswered(whole.outcome)) {
        whole.outcome = unansweredOutcome(whole.direction);
    }
    // A caller who reached a queue and never a person abandoned it, or the queue timed out:
    // either is an abandon in the Standard profile.
    if (inbound && whole.outcome != Outcome::Answered && whole.outcome != Outcome::Voicemail
        && records.at(decisive).reachedQueue) {
        whole.outcome = Outcome::Abandoned;
    }
    if (inbound && whole.outcome == Outcome::Answered && whole.answeredAtMs) {
        whole.waitSeconds = secondsBetween(whole.arrivedAtMs, *whole.answeredAtMs);
    }
    if (inbound && whole.outcome == Outcome::Abandoned && whole.endedAtMs) {
        whole.waitSeconds = secondsBetween(whole.arrivedAtMs, *whole.endedAtMs);
    }
    return whole;
}

} // namespace

QList<Call> legsOfCall(QList<CdrLeg> records)
{
    if (records.isEmpty()) {
        return {};
    }
    putInOrder(records);
    dropRepeatedRecords(records);
    const Direction direction = records.first().call.direction;
    const qsizetype decisive = decisiveRecord(records, direction);

    QList<Call> legs{wholeCall(records, decisive)};
    for (qsizetype index = 0; index < records.size(); ++index) {
        if (index == decisive) {
            continue;
        }
        Call leg = records.at(index).call;
        leg.leg = static_cast<int>(legs.size());
        leg.direction = direction;
        if (isUnanswered(leg.outcome)) {
            leg.outcome = unansweredOutcome(direction);
        }
        legs.append(leg);
    }
    return legs;
}

void CdrCallAssembler::expect(const QString &key, int count)
{
    m_expected[key] += count;
}

void CdrCallAssembler::add(CdrLeg leg, ConversionSink &sink)
{
    const QString key = leg.callKey;
    m_pending[key].append(std::move(leg));
    deliverIfComplete(key, sink);
}

void CdrCallAssembler::forgo(const QString &key, ConversionSink &sink)
{
    --m_expected[key];
    deliverIfComplete(key, sink);
}

void CdrCallAssembler::finish(ConversionSink &sink)
{
    // Sorted, so that what a changed file leaves over is delivered in the same order every time.
    QStringList keys = m_pending.keys();
    keys.sort();
    for (const QString &key : keys) {
        for (Call &call : legsOfCall(m_pending.take(key))) {
            sink.addCall(std::move(call));
        }
    }
    m_expected.clear();
}

void CdrCallAssembler::deliverIfComplete(const QString &key, ConversionSink &sink)
{
    const auto pending = m_pending.constFind(key);
    const qsizetype arrived = pending == m_pending.cend() ? 0 : pending->size();
    if (arrived < m_expected.value(key)) {
        return;
    }
    m_expected.remove(key);
    for (Call &call : legsOfCall(m_pending.take(key))) {
        sink.addCall(std::move(call));
    }
}

} // namespace callboard
