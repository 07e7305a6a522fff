#pragma once

#include "call/Call.h"
#include "import/TabularFormat.h"

#include <QHash>
#include <QList>

namespace callboard {

/// One call detail record read into Callboard's terms, waiting to be placed in its call.
struct CdrLeg
{
    QString callKey;  ///< The records of one customer call share it (Asterisk's linkedid).
    QString orderKey; ///< Orders records that start in the same second.
    qint64 line = 0;
    bool reachedQueue = false; ///< The record shows the caller waiting in a queue.
    /// The record as a call of its own: its outcome (Answered only when a person answered),
    /// times, agent, numbers and raw record. The wait is left to the assembler.
    Call call;
};

/// Turns the call detail records of PBXs (one record per leg or attempt, many per customer call)
/// into the legs of each call, once all of a call's records have been read.
///
/// The records of a call are ordered by start, then their order key, then line. Leg 0 stands for
/// the whole call: it arrives with the first record, in that record's direction, with its caller,
/// and ends with the last. If a person answered one of the records, the call is answered and leg 0
/// carries the first such record's agent, answer time, ring and talk, its wait running from the
/// call's arrival to that answer. Otherwise a record that reached voicemail makes the call a
/// voicemail, an inbound call that reached a queue is abandoned (waiting until its end), and any
/// other call keeps its first record's outcome. Legs 1..n are the call's other records in order,
/// each with its own agent and talk, in the call's direction. A record that repeats another of
/// the same call field for field is the same record written twice and is stored once.
///
/// Known limit: leg numbers follow the records a file holds; an export that cuts a call in two at
/// its date range numbers that call's legs differently from one that holds it whole. And a PBX
/// that writes one conversation twice (both ends of a Local channel chain, as callback agents
/// do) gives two legs with the same talk.
class CdrCallAssembler
{
public:
    /// First pass: @p count more records of the call @p key are to come.
    void expect(const QString &key, int count = 1);

    /// Second pass: @p leg has been read. Once the last record of its call is in, the call's legs
    /// go to @p sink.
    void add(CdrLeg leg, ConversionSink &sink);

    /// Second pass: a record of the call @p key was rejected and will not come.
    void forgo(const QString &key, ConversionSink &sink);

    /// Delivers the calls still waiting for records (none when both passes saw the same file).
    void finish(ConversionSink &sink);

private:
    void deliverIfComplete(const QString &key, ConversionSink &sink);

    QHash<QString, int> m_expected;
    QHash<QString, QList<CdrLeg>> m_pending;
};

/// The legs of one customer call made from all its records, leg 0 first (see CdrCallAssembler).
QList<Call> legsOfCall(QList<CdrLeg> records);

} // namespace callboard
