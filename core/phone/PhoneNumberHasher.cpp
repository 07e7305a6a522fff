#include "PhoneNumberHasher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <cmath>
#include <functional>
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
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QString();
    }
    bool changed = false;
    // Replaces a value that holds a number by the number's hash; walks arrays and objects.
    std::function<QJsonValue(const QJsonValue &)> hide = [&](const QJsonValue &value) {
        switch (value.type()) {
        case QJsonValue::String:
        case QJsonValue::Double: {
            // Some APIs send numbers as JSON numbers (CloudTalk's 421904247371).
            const QString text =
                value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 0);
            if (value.isDouble() && std::floor(value.toDouble()) != value.toDouble()) {
                return value;
            }
            if (const NumberToHide *held = heldNumber(text, numbers)) {
                changed = true;
                return QJsonValue(hash(held->normalized.number));
            }
            return value;
        }
        case QJsonValue::Array: {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                array[i] = hide(array.at(i));
            }
            return QJsonValue(array);
        }
        case QJsonValue::Object: {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                it.value() = hide(it.value());
            }
            return QJsonValue(object);
        }
        default:
            return value;
        }
    };
    const QJsonValue hidden =
        hide(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    if (!changed) {
        return raw;
    }
    document =
        hidden.isArray() ? QJsonDocument(hidden.toArray()) : QJsonDocument(hidden.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace callboard
