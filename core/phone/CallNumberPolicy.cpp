#include "CallNumberPolicy.h"

namespace callboard {

CallNumberPolicy::CallNumberPolicy(const QString &homeCountry, std::optional<QByteArray> hashSalt)
    : m_normalizer(homeCountry)
{
    if (hashSalt) {
        m_hasher.emplace(std::move(*hashSalt));
    }
}

void CallNumberPolicy::apply(Call &call)
{
    struct Number
    {
        QString &number;
        QString &asGiven;
        bool hashed;
        QString given;
        NormalizedNumber normalized;
    };
    Number numbers[] = {
        {call.callerNumber, call.callerNumberAsGiven, true, {}, {}},
        {call.calleeNumber, call.calleeNumberAsGiven, true, {}, {}},
        {call.trackingNumber, call.trackingNumberAsGiven, false, {}, {}},
    };
    for (Number &number : numbers) {
        number.given = number.asGiven.isEmpty() ? number.number : number.asGiven;
        number.normalized = m_normalizer.normalize(number.given);
        number.number = number.normalized.number;
        number.asGiven = number.normalized.readWithHomeCountry ? number.given : QString();
    }
    if (!m_hasher) {
        return;
    }
    QList<NumberToHide> hidden;
    for (Number &number : numbers) {
        if (number.hashed) {
            hidden.append(NumberToHide{number.given, number.normalized});
            number.number = m_hasher->hash(number.number);
            number.asGiven.clear();
        }
    }
    call.rawRecord = m_hasher->hideInRawRecord(call.rawRecord, hidden);
}

void CallNumberPolicy::apply(Lead &lead)
{
    const QString given = lead.phone;
    const NormalizedNumber normalized = m_normalizer.normalize(given);
    lead.phone = normalized.number;
    if (m_hasher) {
        lead.rawRecord =
            m_hasher->hideInRawRecord(lead.rawRecord, {NumberToHide{given, normalized}});
        lead.phone = m_hasher->hash(lead.phone);
    }
}

} // namespace callboard
