#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace callboard {

enum class Direction : quint8 {
    Inbound = 0,
    Outbound = 1,
    Internal = 2,
};

/// What became of a call, in Callboard's own terms. Importers translate each vendor's labels into
/// these; the KPI profiles decide how each one counts.
enum class Outcome : quint8 {
    Answered = 0,          ///< An agent took the call (for outbound: the callee picked up).
    Abandoned = 1,         ///< The caller hung up waiting in the queue or ringing, or it timed out.
    Ivr = 2,               ///< The caller left in the voice menu before reaching a queue.
    Voicemail = 3,         ///< Deflected to voicemail.
    CallbackRequested = 4, ///< The caller left the queue asking to be called back.
    LeftByKey = 5,         ///< The caller pressed a key to leave the queue.
    Missed = 6,         ///< Not answered for another reason: out of hours, no agent, ring timeout.
    NotConnected = 7,   ///< An outbound attempt nobody picked up (busy, no answer, failed).
    InProgress = 8,     ///< Still going on when exported; left out of historical figures.
    SystemArtifact = 9, ///< A record the source itself marks as not a real call.
};

/// One leg of one customer call, as every importer delivers it and the store keeps it.
/// Times are UTC milliseconds since the epoch; durations are seconds. A duration or flag the
/// source did not give is empty, never a silent 0.
struct Call
{
    // Identity: all legs of one customer call share source and sourceId.
    QString source; ///< The system it comes from ("pwc-spreadsheet", "aircall"), not the file type.
    QString sourceId; ///< The call's id in that system.
    int leg = 0;

    Direction direction = Direction::Inbound;
    Outcome outcome = Outcome::Answered;
    QString outcomeReason; ///< The source's own label for the outcome, kept for drill-down.

    qint64 arrivedAtMs = 0; ///< When the call reached the system (or was dialled).
    std::optional<qint64> queueEnteredAtMs;
    std::optional<qint64> answeredAtMs;
    std::optional<qint64> endedAtMs;

    std::optional<double> waitSeconds; ///< Queue entry (or arrival) to answer or hang-up.
    std::optional<double> ringSeconds;
    std::optional<double> talkSeconds;
    std::optional<double> holdSeconds;
    std::optional<double> afterCallWorkSeconds;

    QString agent;
    QString queue; ///< Team, queue or topic.
    QString callerNumber;
    QString calleeNumber;
    QString customerId;     ///< The source's identifier of the customer, where it has one.
    QString trackingNumber; ///< The number the customer dialled, for campaign attribution.
    QString campaign;       ///< The campaign or source the source itself names, if any.

    // What the source wrote for a number that gave no country code and so was read with the
    // workspace's home country, kept so that a new home country can read it again. Set by the
    // Importer when it normalises the numbers (importers leave them empty); empty for numbers
    // read without the home country, and always for hashed numbers.
    QString callerNumberAsGiven;
    QString calleeNumberAsGiven;
    QString trackingNumberAsGiven;

    std::optional<bool> resolved;
    std::optional<bool> escalated;
    std::optional<bool> transferred;
    std::optional<double> csatScore;
    int csatScale = 5; ///< The highest score of the survey's scale (lowest is 1).

    QString disposition;
    QStringList tags;

    QString recordingUrl; ///< A link to the recording, where the source gives one.
    std::optional<qint64> recordingExpiresAtMs; ///< When that link stops working, if known.

    QString rawRecord; ///< The source row as read, for audits and the drill-down.

    /// The moment that decides which period a call belongs to: queue entry, else arrival.
    qint64 attributedAtMs() const { return queueEnteredAtMs.value_or(arrivedAtMs); }

    /// Who called, for repeat-call metrics: the customer id, else the caller's number; empty
    /// when anonymous.
    QString callerKey() const { return customerId.isEmpty() ? callerNumber : customerId; }
};

} // namespace callboard
