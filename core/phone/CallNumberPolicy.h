#pragma once

#include "call/Call.h"
#include "call/Lead.h"
#include "phone/PhoneNumberHasher.h"
#include "phone/PhoneNumberNormalizer.h"

#include <optional>

namespace callboard {

/// What a workspace does to a call's numbers before it stores them: caller, callee and tracking
/// number in E.164 (read in the home country where the source gave no country code, keeping the
/// source's text for a later change of home country); and, when the workspace hashes caller
/// numbers, caller and callee replaced by their salted hashes, in the raw record too, with no
/// source text kept. The tracking number is the company's own line and stays readable, for
/// campaign attribution. One policy serves one import, or one pass over the stored calls.
class CallNumberPolicy
{
public:
    /// @p hashSalt set: caller and callee numbers are hashed with it.
    CallNumberPolicy(const QString &homeCountry, std::optional<QByteArray> hashSalt);

    bool hashes() const { return m_hasher.has_value(); }

    /// Rewrites the numbers of @p call, each read from its `...AsGiven` text where that is set (a
    /// stored call read again), else from the number itself.
    void apply(Call &call);
    /// Rewrites the phone of @p lead the same way, so that lead response time finds the calls
    /// to it: in E.164, and hashed (in its raw record too) when the workspace hashes numbers.
    void apply(Lead &lead);

private:
    PhoneNumberNormalizer m_normalizer;
    std::optional<PhoneNumberHasher> m_hasher;
};

} // namespace callboard
