#include "PhoneNumberNormalizer.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>
#include <set>

namespace callboard {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/// Fewer digits than this, with no `+`, is an extension or a short code, never a subscriber
/// number read in the home country (the PBX heuristics in PbxFields.cpp draw the same line).
/// Known limit: a six-digit subscriber number (some small countries) stays as given, and a long
/// internal number is read as an outside one.
constexpr int minimumSubscriberDigits = 7;
/// From this many digits, a number without `+` may be an international number written without
/// it (CloudTalk's `421904247371`): national numbers are shorter in the regions Callboard's logs
/// come from. Known limit: a long national number that is not valid in the home country could,
/// rarely, read as a valid foreign one.
constexpr int minimumInternationalDigits = 11;

const PhoneNumberUtil &util()
{
    // The library's own log would carry the numbers it fails to parse: it is silenced once, for
    // the process (the instance is shared and thread-safe once made).
    static PhoneNumberUtil *const instance = [] {
        PhoneNumberUtil *made = PhoneNumberUtil::GetInstance();
        made->SetLogger(new i18n::phonenumbers::NullLogger());
        return made;
    }();
    return *instance;
}

std::optional<PhoneNumber> parse(const QString &text, const std::string &region)
{
    PhoneNumber number;
    if (util().Parse(text.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return std::nullopt;
    }
    return number;
}

NormalizedNumber e164(const PhoneNumber &number, bool readWithHomeCountry)
{
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    std::string significant;
    util().GetNationalSignificantNumber(number, &significant);
    return NormalizedNumber{QString::fromStdString(formatted),
                            QString::fromStdString(significant),
                            readWithHomeCountry};
}

/// @p digits (after a `+`, with nothing else around them) as a number, without the cost of
/// libphonenumber's parser (a chain of regular expressions, most of an import's normalising time
/// when a source writes E.164 already): the country code is the prefix that is one (calling codes
/// are prefix-free), the rest the national number. Nothing when that is no possible number;
/// the caller then parses the text, which gives the same answer more slowly.
std::optional<NormalizedNumber> canonicalE164(const QString &digits)
{
    constexpr int maxE164Digits = 15;
    if (digits.size() < 2 || digits.size() > maxE164Digits) {
        return std::nullopt;
    }
    for (int length = 1; length <= 3 && length < digits.size(); ++length) {
        const int countryCode = digits.left(length).toInt();
        std::string region;
        util().GetRegionCodeForCountryCode(countryCode, &region);
        if (region == "ZZ") {
            continue;
        }
        const QString national = digits.mid(length);
        PhoneNumber number;
        number.set_country_code(countryCode);
        number.set_national_number(national.toULongLong());
        const auto zeros =
            std::find_if(national.cbegin(), national.cend(), [](QChar c) { return c != u'0'; })
            - national.cbegin();
        if (zeros > 0) { // Italian numbers keep their leading zero
            number.set_italian_leading_zero(true);
            number.set_number_of_leading_zeros(static_cast<int32_t>(zeros));
        }
        if (!util().IsPossibleNumber(number)) {
            return std::nullopt;
        }
        return e164(number, false);
    }
    return std::nullopt;
}

/// The words sources write for a withheld or unknown caller.
bool isWithheld(const QString &text)
{
    for (const char16_t *word : {u"anonymous",
                                 u"withheld",
                                 u"restricted",
                                 u"private",
                                 u"unavailable",
                                 u"unknown",
                                 u"none"}) {
        if (text.compare(QStringView(word), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Digits with the separators people and phone systems write, and at most a leading `+`.
bool isNumberLike(QStringView text)
{
    bool anyDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            anyDigit = true;
        } else if (!(c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'
                     || c == u'\u00a0' || (c == u'+' && i == 0))) {
            return false;
        }
    }
    return anyDigit;
}

QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            digits += c;
        }
    }
    return digits;
}

/// The user part of a `sip:`, `sips:` or `tel:` URI (`sip:+14155550100@pbx;transport=udp`:
/// `+14155550100`), or nothing when @p text is no such URI.
std::optional<QStringView> uriUser(QStringView text)
{
    for (const char16_t *scheme : {u"sip:", u"sips:", u"tel:"}) {
        const QStringView prefix(scheme);
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            QStringView user = text.mid(prefix.size());
            for (const QChar end : {u'@', u';', u'?'}) {
                if (const qsizetype at = user.indexOf(end); at >= 0) {
                    user = user.left(at);
                }
            }
            return user;
        }
    }
    return std::nullopt;
}

} // namespace

PhoneNumberNormalizer::PhoneNumberNormalizer(const QString &homeCountry)
    : m_homeCountry(isKnownRegion(homeCountry) ? homeCountry.toUpper() : QString())
    , m_region(m_homeCountry.isEmpty() ? std::string("ZZ") : m_homeCountry.toStdString())
{}

bool PhoneNumberNormalizer::isKnownRegion(const QString &code)
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> known;
        util().GetSupportedRegions(&known);
        return known;
    }();
    return code.size() == 2 && regions.count(code.toUpper().toStdString()) > 0;
}

QString PhoneNumberNormalizer::regionOfLocale(const QLocale &locale)
{
    if (locale.territory() == QLocale::AnyTerritory) {
        return QString();
    }
    const QString code = QLocale::territoryToCode(locale.territory());
    return isKnownRegion(code) ? code : QString();
}

NormalizedNumber PhoneNumberNormalizer::normalize(const QString &number)
{
    if (const auto known = m_cache.constFind(number); known != m_cache.cend()) {
        return *known;
    }
    if (m_cache.size() >= maxCachedNumbers) {
        m_cache.clear();
    }
    const NormalizedNumber result = compute(number);
    m_cache.insert(number, result);
    return result;
}

NormalizedNumber PhoneNumberNormalizer::compute(const QString &number) const
{
    const QString text = number.trimmed();
    if (text.isEmpty() || isWithheld(text)) {
        return {};
    }
    // A SIP or tel URI is read by its user part: the number, or a name that stays as given.
    if (const std::optional<QStringView> user = uriUser(text)) {
        return isNumberLike(*user) ? readDigits(user->toString())
                                   : NormalizedNumber{text, QString(), false};
    }
    if (!isNumberLike(text)) {
        return NormalizedNumber{text, QString(), false};
    }
    return readDigits(text);
}

NormalizedNumber PhoneNumberNormalizer::readDigits(const QString &text) const
{
    const QString digits = digitsOf(text);
    const bool international = text.startsWith(u'+');
    if (!international && digits.size() < minimumSubscriberDigits) {
        return NormalizedNumber{text, QString(), false}; // an extension or short code
    }
    if (international) {
        if (digits.size() + 1 == text.size()) {
            if (const std::optional<NormalizedNumber> canonical = canonicalE164(digits)) {
                return *canonical;
            }
        }
        // The source gave the country code; a number merely of a possible length is kept in
        // E.164 too, as metadata lags new number ranges.
        if (const auto parsed = parse(text, "ZZ"); parsed && util().IsPossibleNumber(*parsed)) {
            return e164(*parsed, false);
        }
        return NormalizedNumber{u'+' + digits, digits, false};
    }
    // No country code: the home country's reading first (national prefix, its own
    // international prefix such as 00 or 011).
    if (!m_homeCountry.isEmpty()) {
        if (const auto parsed = parse(text, m_region); parsed && util().IsValidNumber(*parsed)) {
            return e164(*parsed, true);
        }
    } else if (digits.startsWith(QLatin1String("00"))) {
        // Without a home country, 00 is read as the international prefix most regions use.
        if (const auto parsed = parse(u'+' + digits.mid(2), "ZZ");
            parsed && util().IsValidNumber(*parsed)) {
            return e164(*parsed, true);
        }
    }
    if (digits.size() >= minimumInternationalDigits) {
        if (const auto parsed = parse(u'+' + digits, "ZZ");
            parsed && util().IsValidNumber(*parsed)) {
            return e164(*parsed, true);
        }
    }
    return NormalizedNumber{digits, digits, true};
}

} // namespace callboard
