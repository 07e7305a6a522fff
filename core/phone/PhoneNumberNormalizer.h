#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

#include <string>

namespace callboard {

/// What one number became.
struct NormalizedNumber
{
    /// E.164 (`+442079460018`) where the text reads as a number with a country code; otherwise
    /// the text as given (extensions, SIP names) or its digits (numbers that read as no valid
    /// number); empty for a withheld caller or no text.
    QString number;
    /// The digits that identify the number inside other text: the national significant number
    /// of an E.164 result, the digits of a number kept as digits; empty for text kept as given.
    QString significantDigits;
    /// True when the source gave no country code, so the result depends on the home country:
    /// a new home country must read the source's text again.
    bool readWithHomeCountry = false;
};

/// Turns a phone number as a source wrote it (`+44 20 7946 0018`, `0044 20 7946 0018`,
/// `(415) 555-0100`, `421904247371`, `sip:+14155550100@pbx`) into E.164, so that the same caller
/// written two ways is one caller. Numbers without a country code are read in the workspace's
/// home country (an ISO 3166-1 region code such as `GB`, or none).
///
/// Nothing is made into an E.164 number it is not: internal extensions and short codes (fewer
/// than seven digits, no `+`), names (`client:alice`, `sip:alice@pbx`) and anything with letters
/// are kept as given; a number libphonenumber's metadata does not know as valid (after a `+`:
/// not even possible) is kept as its digits, formatting dropped; withheld markers (`anonymous`,
/// `Withheld`, ...) become no number, so that withheld callers are not one repeat caller.
/// Results are cached: one normaliser serves one import.
class PhoneNumberNormalizer
{
public:
    /// @p homeCountry is an ISO 3166-1 alpha-2 code libphonenumber knows, or empty for none.
    explicit PhoneNumberNormalizer(const QString &homeCountry);

    QString homeCountry() const { return m_homeCountry; }

    NormalizedNumber normalize(const QString &number);

    /// True for a region code libphonenumber has metadata for (`GB`, `US`; not `UK`).
    static bool isKnownRegion(const QString &code);
    /// The region of @p locale (`en_GB`: `GB`), or empty when it names none libphonenumber knows
    /// (the C locale).
    static QString regionOfLocale(const QLocale &locale);

    /// Entries kept before the cache starts afresh, which bounds an import's memory.
    static constexpr int maxCachedNumbers = 100'000;

private:
    NormalizedNumber compute(const QString &number) const;
    NormalizedNumber readDigits(const QString &text) const;

    QString m_homeCountry;
    std::string m_region; ///< m_homeCountry for libphonenumber; "ZZ" (unknown) for none.
    QHash<QString, NormalizedNumber> m_cache;
};

} // namespace callboard
