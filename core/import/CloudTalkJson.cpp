#include "CloudTalkJson.h"

#include "import/FieldParsers.h"
#include "import/JsonFields.h"

#include <QCoreApplication>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CloudTalkJson)
};

/// Reads CloudTalk's `incoming`, `outgoing` or `internal` at @p path.
Direction directionAt(JsonFields &fields, QStringView path)
{
    const QString type = fields.required(path);
    if (type == u"outgoing") {
        return Direction::Outbound;
    }
    if (type == u"internal") {
        return Direction::Internal;
    }
    if (type != u"incoming" && !type.isEmpty()) {
        fields.fail(path,
                    Text::tr("expected incoming, outgoing or internal, found \"%1\"").arg(type));
    }
    return Direction::Inbound;
}

/// A rating on CloudTalk's scale of 1 (worst) to 5 (best), given at @p path as @p value.
std::optional<double> ratingOf(JsonFields &fields, QStringView path, const QJsonValue &value)
{
    const QString text = jsonText(value).trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const double rating = text.toDouble(&isNumber);
    if (!isNumber || rating < 1 || rating > 5 || rating != std::floor(rating)) {
        fields.fail(path, Text::tr("expected a rating from 1 to 5, found \"%1\"").arg(text));
        return std::nullopt;
    }
    return rating;
}

/// CloudTalk writes "0" for a value it does not have (`fax_email`, `answered_at`), besides null
/// and empty text.
bool isGiven(const JsonFields &fields, QStringView path)
{
    const QString text = fields.text(path);
    return !isNullSentinel(text) && text != u"0";
}

/// The caller's and the callee's numbers of a call between @p external (the customer's) and
/// @p internal (the company's CloudTalk number).
void setParties(Call &call, const QString &external, const QString &internal)
{
    const bool inbound = call.direction == Direction::Inbound;
    call.callerNumber = inbound ? external : internal;
    call.calleeNumber = inbound ? internal : external;
    if (inbound) {
        call.trackingNumber = internal;
    }
}

/// The names of the tags at @p path, each an object with the name under @p nameKey.
QStringList tagNames(const JsonFields &fields, QStringView path, QStringView nameKey)
{
    QStringList names;
    for (const QJsonValue &tag : fields.array(path)) {
        const QString name = jsonText(tag.toObject().value(nameKey)).trimmed();
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

std::variant<std::vector<Call>, FieldProblem> fromCallIndex(const QJsonObject &object,
                                                            const QTimeZone &zone)
{
    JsonFields fields(object);
    Call call;
    call.source = QStringLiteral("cloudtalk");
    call.sourceId = fields.required(u"Cdr.id");
    call.direction = directionAt(fields, u"Cdr.type");
    const std::optional<qint64> started = fields.isoDateTime(u"Cdr.started_at", zone);
    if (!started) {
        fields.fail(u"Cdr.started_at", Text::tr("missing"));
    }
    if (isGiven(fields, u"Cdr.answered_at")) {
        call.answeredAtMs = fields.isoDateTime(u"Cdr.answered_at", zone);
    }
    call.endedAtMs = fields.isoDateTime(u"Cdr.ended_at", zone);
    const std::optional<double> waiting = fields.seconds(u"Cdr.waiting_time");
    const std::optional<double> talking = fields.seconds(u"Cdr.talking_time");
    const std::optional<double> wrapUp = fields.seconds(u"Cdr.wrapup_time");
    const bool voicemail = fields.flag(u"Cdr.is_voicemail").value_or(false);
    for (const QJsonValue &rating : fields.array(u"Ratings")) {
        const QJsonObject given = rating.toObject();
        if (jsonText(given.value(u"type")) == u"contact" && !call.csatScore) {
            call.csatScore = ratingOf(fields, u"Ratings", given.value(u"rating"));
        }
    }
    if (fields.problem()) {
        return *fields.problem();
    }
    call.arrivedAtMs = *started;

    const bool answered = call.answeredAtMs.has_value();
    if (answered) {
        call.outcome = Outcome::Answered;
        call.talkSeconds = talking;
        call.afterCallWorkSeconds = wrapUp;
    } else if (call.direction != Direction::Inbound) {
        call.outcome = Outcome::NotConnected;
    } else {
        // An incoming call nobody answered that did not go to voicemail: the caller gave up.
        call.outcome = voicemail ? Outcome::Voicemail : Outcome::Abandoned;
    }
    call.outcomeReason = answered    ? QStringLiteral("answered")
                         : voicemail ? QStringLiteral("voicemail")
                                     : QStringLiteral("missed");
    if (call.direction == Direction::Inbound
        && (call.outcome == Outcome::Answered || call.outcome == Outcome::Abandoned)) {
        call.waitSeconds = waiting;
    }

    call.agent = fields.text(u"Agent.fullname");
    if (call.agent.isEmpty()) {
        const QString name =
            fields.text(u"Agent.firstname") + u' ' + fields.text(u"Agent.lastname");
        call.agent = name.trimmed();
    }
    call.queue = fields.text(u"CallNumber.internal_name");
    setParties(call, fields.text(u"Cdr.public_external"), fields.text(u"Cdr.public_internal"));
    if (isGiven(fields, u"Contact.id")) {
        call.customerId = fields.text(u"Contact.id");
    }
    call.tags = tagNames(fields, u"Tags", u"name");
    if (fields.object().value(u"Cdr").toObject().contains(u"transferred_from")) {
        call.transferred = isGiven(fields, u"Cdr.transferred_from");
    }
    call.recordingUrl = fields.text(u"Cdr.recording_link");
    call.rawRecord = compactJson(object);
    return std::vector<Call>{call};
}

/// The agent steps of a call detail that took the call (answered it, or answered it and then
/// cold-transferred it), in the order of `call_steps`, queues' agent calls included.
std::vector<QJsonObject> agentSegments(const QJsonArray &steps)
{
    std::vector<QJsonObject> segments;
    auto consider = [&segments](const QJsonObject &step) {
        const QString status = jsonText(step.value(u"status"));
        if (jsonText(step.value(u"type")) == u"agent"
            && (status == u"answered" || status == u"cold_transfer")) {
            segments.push_back(step);
        }
    };
    for (const QJsonValue &step : steps) {
        consider(step.toObject());
        for (const QJsonValue &agentCall : step.toObject().value(u"agent_calls").toArray()) {
            consider(agentCall.toObject());
        }
    }
    return segments;
}

/// One agent's part in a call detail: an agent step that took the call.
struct AgentSegment
{
    QString agent;
    QString status; ///< answered, or cold_transfer when the agent passed the call on.
    std::optional<qint64> startedAtMs; ///< When it began ringing on the agent.
    std::optional<qint64> answeredAtMs;
    std::optional<double> ringSeconds;
    std::optional<double> talkSeconds;
    std::optional<double> holdSeconds;
    std::optional<double> afterCallWorkSeconds;
};

std::variant<AgentSegment, FieldProblem> readSegment(const QJsonObject &step, const QTimeZone &zone)
{
    JsonFields fields(step);
    AgentSegment segment;
    segment.agent = fields.text(u"name");
    segment.status = fields.text(u"status");
    segment.startedAtMs = fields.isoDateTime(u"date", zone);
    segment.ringSeconds = fields.seconds(u"call_times.ringing_time");
    segment.talkSeconds = fields.seconds(u"call_times.talking_time");
    segment.holdSeconds = fields.seconds(u"call_times.holding_time");
    segment.afterCallWorkSeconds = fields.seconds(u"call_times.wrap_up_time");
    if (fields.problem()) {
        return FieldProblem{0, Text::tr("call_steps: %1").arg(fields.problem()->message)};
    }
    if (segment.startedAtMs) {
        segment.answeredAtMs =
            *segment.startedAtMs + std::llround(segment.ringSeconds.value_or(0) * 1000);
    }
    return segment;
}

/// Leg @p leg of @p call: a further agent's segment, with the call's identity and parties but
/// none of the customer's wait, queue entry, rating or tags.
Call furtherLeg(const Call &call, const AgentSegment &segment, int leg, const QJsonObject &step)
{
    Call further;
    further.source = call.source;
    further.sourceId = call.sourceId;
    further.leg = leg;
    further.direction = call.direction;
    further.outcome = Outcome::Answered;
    further.outcomeReason = segment.status;
    further.arrivedAtMs = segment.startedAtMs.value_or(call.arrivedAtMs);
    further.answeredAtMs = segment.answeredAtMs;
    further.ringSeconds = segment.ringSeconds;
    further.talkSeconds = segment.talkSeconds;
    further.holdSeconds = segment.holdSeconds;
    further.afterCallWorkSeconds = segment.afterCallWorkSeconds;
    further.agent = segment.agent;
    further.queue = call.queue;
    further.callerNumber = call.callerNumber;
    further.calleeNumber = call.calleeNumber;
    further.customerId = call.customerId;
    further.trackingNumber = call.trackingNumber;
    further.transferred = segment.status == u"cold_transfer";
    further.rawRecord = compactJson(step);
    return further;
}

/// Why a missed call detail was missed: out of office, else the reason of its last queue step
/// that gives one.
QString missedReason(const JsonFields &fields)
{
    if (fields.value(u"out_of_office").toBool()) {
        return QStringLiteral("out_of_office");
    }
    QString reason;
    for (const QJsonValue &step : fields.array(u"call_steps")) {
        const QString given = jsonText(step.toObject().value(u"reason")).trimmed();
        if (jsonText(step.toObject().value(u"type")) == u"queue" && !given.isEmpty()) {
            reason = given;
        }
    }
    return reason;
}

/// The legs of call detail @p call, whose steps are @p steps: the first agent that took it gives
/// leg 0 its agent, answer time, talk, hold and wrap-up (the call's ringing stays the caller's);
/// each further agent is a leg of its own.
std::variant<std::vector<Call>, FieldProblem>
withAgentLegs(Call call, const QJsonArray &steps, const QTimeZone &zone)
{
    bool transferred = false;
    for (const QJsonValue &step : steps) {
        transferred = transferred || jsonText(step.toObject().value(u"type")) == u"transfer";
    }
    const std::vector<QJsonObject> segmentSteps =
        call.outcome == Outcome::Answered ? agentSegments(steps) : std::vector<QJsonObject>();
    std::vector<AgentSegment> segments;
    for (const QJsonObject &step : segmentSteps) {
        std::variant<AgentSegment, FieldProblem> read = readSegment(step, zone);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        segments.push_back(std::get<AgentSegment>(read));
    }
    call.transferred = transferred || segments.size() > 1;
    if (!segments.empty()) {
        const AgentSegment &first = segments.front();
        call.agent = first.agent;
        call.answeredAtMs = first.answeredAtMs;
        call.talkSeconds = first.talkSeconds;
        call.holdSeconds = first.holdSeconds;
        call.afterCallWorkSeconds = first.afterCallWorkSeconds;
    }
    std::vector<Call> legs{call};
    for (std::size_t i = 1; i < segments.size(); ++i) {
        legs.push_back(furtherLeg(call, segments[i], int(i), segmentSteps[i]));
    }
    return legs;
}

std::variant<std::vector<Call>, FieldProblem> fromCallDetail(const QJsonObject &object,
                                                             const QTimeZone &zone)
{
    JsonFields fields(object);
    Call call;
    call.source = QStringLiteral("cloudtalk");
    call.sourceId = fields.required(u"cdr_id");
    call.direction = directionAt(fields, u"direction");
    const std::optional<qint64> started = fields.isoDateTime(u"date", zone);
    if (!started) {
        fields.fail(u"date", Text::tr("missing"));
    }
    const QString status = fields.required(u"status");
    if (status != u"answered" && status != u"missed" && !status.isEmpty()) {
        fields.fail(u"status", Text::tr("expected answered or missed, found \"%1\"").arg(status));
    }
    const std::optional<double> waiting = fields.seconds(u"call_times.waiting_time");
    call.ringSeconds = fields.seconds(u"call_times.ringing_time");
    const std::optional<double> talking = fields.seconds(u"call_times.talking_time");
    const std::optional<double> holding = fields.seconds(u"call_times.holding_time");
    const std::optional<double> wrapUp = fields.seconds(u"call_times.wrap_up_time");
    call.csatScore = ratingOf(fields, u"call_rating", fields.value(u"call_rating"));
    for (const QJsonValue &step : fields.array(u"call_steps")) {
        JsonFields queue(step.toObject());
        if (queue.text(u"type") == u"queue" && !call.queueEnteredAtMs) {
            call.queueEnteredAtMs = queue.isoDateTime(u"date", zone);
        }
        if (queue.problem()) {
            fields.fail(u"call_steps", queue.problem()->message);
        }
    }
    if (fields.problem()) {
        return *fields.problem();
    }
    call.arrivedAtMs = *started;

    const bool answered = status == u"answered";
    const QString reason = answered ? QString() : missedReason(fields);
    if (answered) {
        call.outcome = Outcome::Answered;
        call.talkSeconds = talking;
        call.holdSeconds = holding;
        call.afterCallWorkSeconds = wrapUp;
    } else if (call.direction != Direction::Inbound) {
        call.outcome = Outcome::NotConnected;
    } else if (reason == u"out_of_office" || reason == u"no_agents_online"
               || reason == u"no_agents_available" || reason == u"no_agents_picked_up") {
        call.outcome = Outcome::Missed;
    } else {
        call.outcome = Outcome::Abandoned; // canceled: the caller hung up; or no reason given
    }
    call.outcomeReason = reason.isEmpty() ? status : reason;
    if (call.direction == Direction::Inbound
        && (call.outcome == Outcome::Answered || call.outcome == Outcome::Abandoned)) {
        call.waitSeconds = waiting;
    }
    call.queue = fields.text(u"internal_number.name");
    setParties(call, fields.text(u"contact.number"), fields.text(u"internal_number.number"));
    if (isGiven(fields, u"contact.id")) {
        call.customerId = fields.text(u"contact.id");
    }
    call.tags = tagNames(fields, u"call_tags", u"label");
    call.rawRecord = compactJson(object);

    return withAgentLegs(call, fields.array(u"call_steps"), zone);
}

} // namespace

std::variant<std::vector<Call>, FieldProblem> cloudTalkCallsFromJson(const QJsonObject &object,
                                                                     const QTimeZone &zone)
{
    if (object.contains(u"Cdr")) {
        return fromCallIndex(object, zone);
    }
    if (object.contains(u"cdr_id")) {
        return fromCallDetail(object, zone);
    }
    return FieldProblem{0,
                        Text::tr("neither a Cdr block (the call list) nor a cdr_id (the call "
                                 "detail): not a CloudTalk call")};
}

} // namespace callboard
