#include "TwilioJsonFormat.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TwilioJsonFormat)
};

} // namespace

QString TwilioJsonFormat::id() const
{
    return QStringLiteral("twilio-json");
}

QString TwilioJsonFormat::displayName() const
{
    return Text::tr("Twilio API call list (JSON)");
}

QString TwilioJsonFormat::requiredColumns() const
{
    return Text::tr("call objects with sid, status, direction, from, to and start_time or "
                    "date_created");
}

int TwilioJsonFormat::matchHeader(const QStringList &header) const
{
    for (const char16_t *key : {u"sid", u"status", u"direction", u"from", u"to"}) {
        if (!header.contains(QStringView(key))) {
            return 0;
        }
    }
    const bool timed = header.contains(u"start_time") || header.contains(u"date_created");
    return timed ? 95 : 0; // sid with from, to and start_time is the Calls resource's naming
}

Status TwilioJsonFormat::begin(const QStringList &header, const ImportOptions &)
{
    m_callDirections.clear();
    m_dialledLegs.clear();
    m_legNumbers.clear();
    m_dialledSids.clear();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The first call object lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

void TwilioJsonFormat::observe(const Record &record)
{
    std::variant<TwilioLeg, FieldProblem> read = twilioLegFromJson(record.object);
    auto *leg = std::get_if<TwilioLeg>(&read);
    if (!leg) {
        return; // rejected when converted
    }
    if (!leg->isDialled()) {
        m_callDirections.insert(leg->sid, leg->call.direction);
        return;
    }
    m_dialledSids.insert(leg->sid);
    leg->call.rawRecord.clear(); // only the times and parties are needed until conversion
    m_dialledLegs[leg->parentSid].add(std::move(*leg));
}

Status TwilioJsonFormat::finishObserving()
{
    for (const TwilioDialledLegs &legs : std::as_const(m_dialledLegs)) {
        for (std::size_t i = 0; i < legs.answered.size(); ++i) {
            m_legNumbers.insert(legs.answered[i].sid, int(i));
        }
    }
    return {};
}

void TwilioJsonFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<TwilioLeg, FieldProblem> read = twilioLegFromJson(record.object);
    if (const auto *failure = std::get_if<FieldProblem>(&read)) {
        sink.reject(record.line, *failure);
        return;
    }
    const TwilioLeg &leg = std::get<TwilioLeg>(read);
    if (!leg.isDialled()) {
        sink.addCall(twilioCustomerCall(leg, m_dialledLegs.value(leg.sid)));
        return;
    }
    if (!m_callDirections.contains(leg.parentSid)) {
        const QString message =
            m_dialledSids.contains(leg.parentSid)
                ? Text::tr("parent_call_sid: a leg dialled by the dialled leg %1; legs more than "
                           "one step from the call are not read yet")
                : Text::tr("parent_call_sid: a leg of the call %1, which is not in this file; "
                           "import it with the page that holds that call");
        sink.reject(record.line, FieldProblem{0, message.arg(leg.parentSid)});
        return;
    }
    // Unanswered ring attempts make no leg; the first answered leg is folded into leg 0.
    const int number = m_legNumbers.value(leg.sid, 0);
    if (leg.isAnswered() && number > 0) {
        sink.addCall(twilioFurtherLeg(leg, number, m_callDirections.value(leg.parentSid)));
    }
}

} // namespace callboard
