#pragma once

#include "import/TabularFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace callboard {

/// A JSON value as text, whatever its type: APIs send ids, counts and phone numbers as numbers in
/// one place and as strings in another ("id": 27, "id": "27"). Whole numbers are written without
/// exponent (421904247371), booleans as true and false, null and a missing value as empty text,
/// objects and arrays as compact JSON.
QString jsonText(const QJsonValue &value);

/// @p object as compact JSON, as a call keeps its source record.
QString compactJson(const QJsonObject &object);

/// The fields of one JSON call object, looked up by dotted path (`Cdr.talking_time`,
/// `user.name`) and read as the APIs send them: numbers as JSON numbers or as numeric strings,
/// null, a missing key and an empty string all meaning "not given". A value that is given but
/// cannot be read is a problem; the first one is kept, so a mapping can read every field it needs
/// and check once. JSON has no columns, so problems name the field's path, with column 0.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object);

    const QJsonObject &object() const { return m_object; }

    /// The value at @p path; undefined when a step of it is missing or not an object.
    QJsonValue value(QStringView path) const;
    /// True when the value at @p path is missing, null or blank text.
    bool isBlank(QStringView path) const;
    /// The trimmed text of the value at @p path (see jsonText()).
    QString text(QStringView path) const;
    /// The array at @p path; empty when there is none.
    QJsonArray array(QStringView path) const;

    /// The text at @p path, which the call cannot do without: a problem when it is blank.
    QString required(QStringView path);
    /// A number, or a numeric string; empty when not given, a problem when unreadable.
    std::optional<double> number(QStringView path);
    /// A duration in whole or fractional seconds, never negative.
    std::optional<double> seconds(QStringView path);
    /// Unix time in seconds, returned as milliseconds.
    std::optional<qint64> unixSeconds(QStringView path);
    /// An ISO 8601 date and time with or without an offset (`2024-01-10T09:42:11+01:00`,
    /// `2017-10-04T06:33:37.000Z`, `2017-10-04 06:33:37`); one without is read in @p zone.
    std::optional<qint64> isoDateTime(QStringView path, const QTimeZone &zone);
    /// An RFC 2822 date (`Tue, 10 Aug 2010 08:02:17 +0000`), or an ISO 8601 one in UTC.
    std::optional<qint64> rfc2822DateTime(QStringView path);
    /// A yes/no given as a JSON boolean or as text (`"1"`, `"true"`, `"0"`).
    std::optional<bool> flag(QStringView path);

    /// Keeps a problem with the field at @p path, unless an earlier one is kept already.
    void fail(QStringView path, const QString &message);
    const std::optional<FieldProblem> &problem() const { return m_problem; }

private:
    QJsonObject m_object;
    std::optional<FieldProblem> m_problem;
};

} // namespace callboard
