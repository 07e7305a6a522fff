#include "AircallJson.h"

#include "import/JsonFields.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AircallJson)
};

/// A number as Aircall's CSV export writes it, digits only (`+1 800-123-4567` is
/// `18001234567`), so the API's and the export's copies of a caller match; `anonymous` (a
/// withheld caller) is no number.
QString digitsOnly(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

Outcome outcomeOf(const JsonFields &fields, Direction direction, bool answered)
{
    // initial and answered are lifecycle states of a call still going on; done is final.
    const QString status = fields.text(u"status");
    if (status == u"initial" || status == u"answered") {
        return Outcome::InProgress;
    }
    if (answered) {
        return Outcome::Answered;
    }
    if (direction != Direction::Inbound) {
        return Outcome::NotConnected;
    }
    // A voicemail left decides, whichever reason (no agent, no answer) sent the caller there.
    if (!fields.isBlank(u"voicemail")) {
        return Outcome::Voicemail;
    }
    const QString reason = fields.text(u"missed_call_reason");
    // Aircall's short_abandoned uses its own 10 s rule; the measured wait lets the profile judge.
    if (reason == u"short_abandoned" || reason == u"abandoned_in_classic") {
        return Outcome::Abandoned;
    }
    if (reason == u"abandoned_in_ivr") {
        return Outcome::Ivr;
    }
    // out_of_opening_hours, no_available_agent, agents_did_not_answer, a reason added later, or
    // none at all: not answered, but never offered to the queue as an abandon is.
    return Outcome::Missed;
}

/// The seconds from @p from to @p to, or a problem when the second comes first.
std::optional<double> secondsBetween(JsonFields &fields,
                                     QStringView fromField,
                                     std::optional<qint64> from,
                                     QStringView toField,
                                     std::optional<qint64> to)
{
    if (!from || !to) {
        return std::nullopt;
    }
    if (*to < *from) {
        fields.fail(toField, Text::tr("comes before %1").arg(fromField.toString()));
        return std::nullopt;
    }
    return double(*to - *from) / 1000;
}

} // namespace

std::variant<Call, FieldProblem> aircallCallFromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Call call;
    call.source = QStringLiteral("aircall");
    call.sourceId = fields.required(u"id");

    const QString direction = fields.required(u"direction");
    if (direction == u"inbound") {
        call.direction = Direction::Inbound;
    } else if (direction == u"outbound") {
        call.direction = Direction::Outbound;
    } else if (direction == u"internal") {
        call.direction = Direction::Internal; // not exposed by the API today; read if it comes
    } else if (!direction.isEmpty()) {
        fields.fail(u"direction",
                    Text::tr("expected inbound or outbound, found \"%1\"").arg(direction));
    }

    const std::optional<qint64> started = fields.unixSeconds(u"started_at");
    if (!started) {
        fields.fail(u"started_at", Text::tr("missing"));
    }
    call.answeredAtMs = fields.unixSeconds(u"answered_at");
    call.endedAtMs = fields.unixSeconds(u"ended_at");
    call.arrivedAtMs = started.value_or(0);
    const std::optional<double> toAnswer =
        secondsBetween(fields, u"started_at", started, u"answered_at", call.answeredAtMs);
    const std::optional<double> inCall =
        secondsBetween(fields, u"answered_at", call.answeredAtMs, u"ended_at", call.endedAtMs);
    const std::optional<double> total =
        secondsBetween(fields, u"started_at", started, u"ended_at", call.endedAtMs);
    if (fields.problem()) {
        return *fields.problem();
    }

    call.outcome = outcomeOf(fields, call.direction, call.answeredAtMs.has_value());
    call.outcomeReason = fields.text(u"missed_call_reason");
    if (call.outcome == Outcome::InProgress) {
        call.outcomeReason = fields.text(u"status");
    }
    if (call.direction == Direction::Inbound && call.outcome == Outcome::Answered) {
        call.waitSeconds = toAnswer;
    } else if (call.outcome == Outcome::Abandoned) {
        call.waitSeconds = total;
    }
    if (call.outcome == Outcome::Answered) {
        call.talkSeconds = inCall;
    }

    call.agent = fields.text(u"user.name");
    call.queue = jsonText(fields.array(u"teams").at(0).toObject().value(u"name")).trimmed();
    const QString otherParty = digitsOnly(fields.text(u"raw_digits"));
    const QString line = digitsOnly(fields.text(u"number.digits"));
    call.callerNumber = call.direction == Direction::Outbound ? line : otherParty;
    call.calleeNumber = call.direction == Direction::Outbound ? otherParty : line;
    if (call.direction == Direction::Inbound) {
        call.trackingNumber = line;
    }
    for (const QJsonValue &tag : fields.array(u"tags")) {
        const QString name = jsonText(tag.toObject().value(u"name")).trimmed();
        if (!name.isEmpty()) {
            call.tags.append(name);
        }
    }
    if (fields.object().contains(u"transferred_to")) {
        call.transferred = !fields.isBlank(u"transferred_to");
    }
    for (const char16_t *link : {u"asset", u"recording", u"voicemail"}) {
        if (call.recordingUrl.isEmpty()) {
            call.recordingUrl = fields.text(link);
        }
    }
    call.rawRecord = compactJson(object);
    return call;
}

} // namespace callboard
