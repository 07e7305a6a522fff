#include "JsonFields.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
};

std::optional<qint64> parseIsoDateTimeMs(const QString &text, const QTimeZone &zone)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    // Without an offset Qt reads the text as the machine's local time; it is the file's instead.
    if (parsed.timeSpec() == Qt::LocalTime) {
        return QDateTime(parsed.date(), parsed.time(), zone).toMSecsSinceEpoch();
    }
    return parsed.toMSecsSinceEpoch();
}

} // namespace

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return static_cast<double>(whole) == number ? QString::number(whole)
                                                    : QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return compactJson(value.toObject());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

JsonFields::JsonFields(QJsonObject object)
    : m_object(std::move(object))
{}

QJsonValue JsonFields::value(QStringView path) const
{
    QJsonValue current = m_object;
    for (const QStringView step : path.split(u'.')) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = current.toObject().value(step);
    }
    return current;
}

bool JsonFields::isBlank(QStringView path) const
{
    const QJsonValue found = value(path);
    return found.isNull() || found.isUndefined()
           || (found.isString() && found.toString().trimmed().isEmpty());
}

QString JsonFields::text(QStringView path) const
{
    return jsonText(value(path)).trimmed();
}

QJsonArray JsonFields::array(QStringView path) const
{
    return value(path).toArray();
}

QString JsonFields::required(QStringView path)
{
    if (isBlank(path)) {
        fail(path, Text::tr("missing"));
    }
    return text(path);
}

std::optional<double> JsonFields::number(QStringView path)
{
    if (isBlank(path)) {
        return std::nullopt;
    }
    const QJsonValue found = value(path);
    bool ok = found.isDouble();
    double number = found.toDouble();
    if (found.isString()) {
        number = found.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(number)) {
        fail(path, Text::tr("cannot read \"%1\" as a number").arg(jsonText(found)));
        return std::nullopt;
    }
    return number;
}

std::optional<double> JsonFields::seconds(QStringView path)
{
    const std::optional<double> read = number(path);
    if (read && *read < 0) {
        fail(path, Text::tr("a duration cannot be negative (%1)").arg(*read));
        return std::nullopt;
    }
    return read;
}

std::optional<qint64> JsonFields::unixSeconds(QStringView path)
{
    const std::optional<double> read = number(path);
    if (!read) {
        return std::nullopt;
    }
    return std::llround(*read * 1000);
}

std::optional<qint64> JsonFields::isoDateTime(QStringView path, const QTimeZone &zone)
{
    if (isBlank(path)) {
        return std::nullopt;
    }
    const QString given = text(path);
    const std::optional<qint64> read = parseIsoDateTimeMs(given, zone);
    if (!read) {
        fail(path, Text::tr("cannot read \"%1\" as a date and time").arg(given));
    }
    return read;
}

std::optional<qint64> JsonFields::rfc2822DateTime(QStringView path)
{
    if (isBlank(path)) {
        return std::nullopt;
    }
    const QString given = text(path);
    const QDateTime parsed = QDateTime::fromString(given, Qt::RFC2822Date);
    if (parsed.isValid()) {
        return parsed.toMSecsSinceEpoch();
    }
    // Bulk exports of the same records write ISO 8601 in UTC.
    const std::optional<qint64> iso = parseIsoDateTimeMs(given, QTimeZone::utc());
    if (!iso) {
        fail(path, Text::tr("cannot read \"%1\" as a date and time").arg(given));
    }
    return iso;
}

std::optional<bool> JsonFields::flag(QStringView path)
{
    if (isBlank(path)) {
        return std::nullopt;
    }
    const QJsonValue found = value(path);
    if (found.isBool()) {
        return found.toBool();
    }
    const std::optional<bool> read = parseYesNo(jsonText(found));
    if (!read) {
        fail(path, Text::tr("expected true or false, found \"%1\"").arg(jsonText(found)));
    }
    return read;
}

void JsonFields::fail(QStringView path, const QString &message)
{
    if (!m_problem) {
        m_problem = FieldProblem{0, Text::tr("%1: %2").arg(path.toString(), message)};
    }
}

} // namespace callboard
