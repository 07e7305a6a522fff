#include "PhoneNumberHasher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <optional>

namespace callboard {

namespace {

const QLatin1String hashPrefix("hash:");
/// 128 bits: no two of a workspace's numbers share a hash in practice.
constexpr int hashBytes = 16;
/// Shorter digit runs (extensions) are matched only as whole values: as parts of other values
/// they would match dates and ids.
constexpr int minimumDigitsToFind = 7;

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits += c;
        }
    }
    return digits;
}

/// The number among @p numbers that @p value holds, if any.
const NumberToHide *heldNumber(const QString &value, const QList<NumberToHide> &numbers)
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        return nullptr;
    }
    std::optional<QString> digits; // computed once, when a number needs it
    for (const NumberToHide &number : numbers) {
        if (number.normalized.number.isEmpty()) {
            continue;
        }
        if (text == number.given.trimmed() || text == number.normalized.number) {
            return &number;
        }
        const QString &significant = number.normalized.significantDigits;
        if (significant.size() >= minimumDigitsToFind) {
            if (!digits) {
                digits = digitsOf(text);
            }
            if (digits->contains(significant)) {
                return &number;
            }
        }
    }
    return nullptr;
}

} // namespace

PhoneNumberHasher::PhoneNumberHasher(QByteArray salt)
    : m_salt(std::move(salt))
{}

QByteArray PhoneNumberHasher::newSalt()
{
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt;
}

bool PhoneNumberHasher::isHash(const QString &text)
{
    return text.startsWith(hashPrefix);
}

QString PhoneNumberHasher::hash(const QString &number)
{
    if (number.isEmpty() || isHash(number)) {
        return number;
    }
    if (const auto known = m_cache.constFind(number); known != m_cache.cend()) {
        return *known;
    }
    if (m_cache.size() >= PhoneNumberNormalizer::maxCachedNumbers) {
        m_cache.clear();
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(number.toUtf8(), m_salt, QCryptographicHash::Sha256);
    const QString hashed = hashPrefix
                           + QString::fromLatin1(mac.left(hashBytes).toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_cache.insert(number, hashed);
    return hashed;
}

QString PhoneNumberHasher::hideInRawRecord(const QString &raw, const QList<NumberToHide> &numbers)
{
    if (raw.isEmpty()) {
        return raw;
    }
    if (!raw.startsWith(u'[') && !raw.startsWith(u'{')) {
        return QString();
    }
    // A scan of the JSON text rather than a document tree: a tree is built and written again for
    // every call, which costs more than the rest of a hashed import. Strings that are keys stay;
    // other strings and integers are values, replaced whole (by a string) when they hold a number.
    const qsizetype size = raw.size();
    QString hidden;
    hidden.reserve(size + 32);
    bool changed = false;
    qsizetype copiedTo = 0; // raw[0, copiedTo) is in hidden already
    auto replace = [&](qsizetype from, qsizetype to, const NumberToHide &number) {
        hidden += QStringView(raw).mid(copiedTo, from - copiedTo);
        hidden += u'"' + hash(number.normalized.number) + u'"';
        copiedTo = to;
        changed = true;
    };
    for (qsizetype i = 0; i < size;) {
        const QChar c = raw.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            bool escaped = false;
            while (end < size && raw.at(end) != u'"') {
                escaped = escaped || raw.at(end) == u'\\';
                end += raw.at(end) == u'\\' ? 2 : 1;
            }
            if (end >= size) {
                return QString(); // no JSON: an unterminated string
            }
            qsizetype next = end + 1;
            while (next < size && raw.at(next).isSpace()) {
                ++next;
            }
            if (next >= size || raw.at(next) != u':') {
                const QStringView body = QStringView(raw).mid(i + 1, end - i - 1);
                // Escapes are rare (quotes inside a field): read through the JSON parser.
                const QString value =
                    escaped ? QJsonDocument::fromJson(QByteArray("[\"") + body.toUtf8() + "\"]")
                                  .array()
                                  .at(0)
                                  .toString()
                            : body.toString();
                if (const NumberToHide *held = heldNumber(value, numbers)) {
                    replace(i, end + 1, *held);
                }
            }
            i = end + 1;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i;
            while (end < size
                   && (raw.at(end).isDigit() || raw.at(end) == u'.' || raw.at(end) == u'-'
                       || raw.at(end) == u'+' || raw.at(end) == u'e' || raw.at(end) == u'E')) {
                ++end;
            }
            // Some APIs send numbers as JSON numbers (CloudTalk's 421904247371).
            const QString value = raw.mid(i, end - i);
            if (const NumberToHide *held = heldNumber(value, numbers)) {
                replace(i, end, *held);
            }
            i = end;
        } else {
            ++i;
        }
    }
    if (!changed) {
        return raw;
    }
    hidden += QStringView(raw).mid(copiedTo);
    return hidden;
}

} // namespace callboard
