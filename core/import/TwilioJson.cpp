#include "TwilioJson.h"

#include "import/JsonFields.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TwilioJson)
};

const QStringList &knownStatuses()
{
    static const QStringList statuses{
        QStringLiteral("queued"),
        QStringLiteral("ringing"),
        QStringLiteral("in-progress"),
        QStringLiteral("completed"),
        QStringLiteral("busy"),
        QStringLiteral("failed"),
        QStringLiteral("no-answer"),
        QStringLiteral("canceled"),
    };
    return statuses;
}

/// Who took a dialled leg: the client, SIP address or number it rang.
QString agentOf(const TwilioLeg &dialled)
{
    const QString to = dialled.call.calleeNumber;
    return to.startsWith(u"client:") ? to.mid(7) : to;
}

} // namespace

bool TwilioLeg::isInProgress() const
{
    return status == u"queued" || status == u"ringing" || status == u"in-progress";
}

std::variant<TwilioLeg, FieldProblem> twilioLegFromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    TwilioLeg leg;
    leg.sid = fields.required(u"sid");
    leg.parentSid = fields.text(u"parent_call_sid");
    leg.status = fields.required(u"status");
    if (!leg.status.isEmpty() && !knownStatuses().contains(leg.status)) {
        fields.fail(u"status",
                    Text::tr("expected one of %1, found \"%2\"")
                        .arg(knownStatuses().join(QStringLiteral(", ")), leg.status));
    }
    Call &call = leg.call;
    const QString direction = fields.required(u"direction");
    if (direction == u"inbound" || direction == u"trunking-originating") {
        call.direction = Direction::Inbound;
    } else if (direction == u"outbound-api" || direction == u"outbound-dial"
               || direction == u"trunking-terminating") {
        call.direction = Direction::Outbound;
    } else if (!direction.isEmpty()) {
        fields.fail(u"direction",
                    Text::tr("expected inbound, outbound-api, outbound-dial, trunking-originating "
                             "or trunking-terminating, found \"%1\"")
                        .arg(direction));
    }
    // A call never dialled (still queued, or cancelled before) has no start, only its creation.
    const QStringView arrivalField =
        fields.isBlank(u"start_time") ? QStringView(u"date_created") : QStringView(u"start_time");
    const std::optional<qint64> arrival = fields.rfc2822DateTime(arrivalField);
    if (!arrival) {
        fields.fail(u"start_time", Text::tr("missing, and so is date_created"));
    }
    call.endedAtMs = fields.rfc2822DateTime(u"end_time");
    const std::optional<double> duration = fields.seconds(u"duration");
    if (fields.problem()) {
        return *fields.problem();
    }

    call.source = QStringLiteral("twilio");
    call.sourceId = leg.isDialled() ? leg.parentSid : leg.sid;
    call.arrivedAtMs = *arrival;
    call.outcomeReason = leg.status;
    if (const QString answeredBy = fields.text(u"answered_by"); !answeredBy.isEmpty()) {
        call.outcomeReason += u'/' + answeredBy;
    }
    if (leg.isAnswered()) {
        call.talkSeconds = duration;
        if (call.endedAtMs && duration) {
            call.answeredAtMs = *call.endedAtMs - std::llround(*duration * 1000);
        }
    }
    call.callerNumber = fields.text(u"from");
    call.calleeNumber = fields.text(u"to");
    if (call.direction == Direction::Inbound) {
        call.trackingNumber = call.calleeNumber;
    }
    call.rawRecord = compactJson(object);
    return leg;
}

void TwilioDialledLegs::add(TwilioLeg leg)
{
    if (!leg.isAnswered()) {
        ++unanswered;
        anyCanceled = anyCanceled || leg.status == u"canceled";
        unansweredStatus = leg.status;
        return;
    }
    auto answeredBefore = [](const TwilioLeg &a, const TwilioLeg &b) {
        const qint64 aAt = a.call.answeredAtMs.value_or(a.call.arrivedAtMs);
        const qint64 bAt = b.call.answeredAtMs.value_or(b.call.arrivedAtMs);
        return aAt != bAt ? aAt < bAt : a.sid < b.sid;
    };
    answered.insert(std::upper_bound(answered.begin(), answered.end(), leg, answeredBefore),
                    std::move(leg));
}

Call twilioCustomerCall(const TwilioLeg &parent, const TwilioDialledLegs &dialled)
{
    Call call = parent.call;
    const bool dialledAny = !dialled.answered.empty() || dialled.unanswered > 0;
    if (dialledAny) {
        call.transferred = dialled.answered.size() > 1;
    }
    if (parent.isInProgress()) {
        call.outcome = Outcome::InProgress;
        return call;
    }
    if (call.direction != Direction::Inbound) {
        call.outcome = parent.isAnswered() ? Outcome::Answered : Outcome::NotConnected;
        if (!dialled.answered.empty()) {
            // The conversation is on the leg the call dialled, not on the call that placed it.
            call.answeredAtMs = dialled.answered.front().call.answeredAtMs;
            call.talkSeconds = dialled.answered.front().call.talkSeconds;
        }
        return call;
    }

    // Twilio answers every inbound call itself, to run the voice application; an agent
    // answered only if a dialled leg did.
    call.answeredAtMs.reset();
    call.talkSeconds.reset();
    auto waitUntil = [&call](std::optional<qint64> moment) -> std::optional<double> {
        if (!moment) {
            return std::nullopt;
        }
        return double(std::max<qint64>(0, *moment - call.arrivedAtMs)) / 1000;
    };
    if (!dialled.answered.empty()) {
        const TwilioLeg &first = dialled.answered.front();
        call.outcome = Outcome::Answered;
        call.answeredAtMs = first.call.answeredAtMs;
        call.talkSeconds = first.call.talkSeconds;
        call.agent = agentOf(first);
        call.waitSeconds = waitUntil(call.answeredAtMs);
    } else if (dialled.anyCanceled || (!dialledAny && parent.status == u"canceled")) {
        call.outcome = Outcome::Abandoned;
        call.outcomeReason = QStringLiteral("canceled");
        call.waitSeconds = waitUntil(call.endedAtMs);
    } else if (dialledAny) {
        call.outcome = Outcome::Missed;
        call.outcomeReason = dialled.unansweredStatus;
    } else {
        call.outcome = parent.isAnswered() ? Outcome::Ivr : Outcome::Missed;
    }
    return call;
}

Call twilioFurtherLeg(const TwilioLeg &child, int leg, Direction parentDirection)
{
    Call call = child.call;
    call.leg = leg;
    call.direction = parentDirection;
    call.outcome = Outcome::Answered;
    if (parentDirection == Direction::Inbound) {
        call.agent = agentOf(child);
    }
    return call;
}

} // namespace callboard
