#pragma once

#include "common/Error.h"
#include "import/FieldParsers.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace callboard {

/// True for a date followed by a time of day, as PBX logs write their timestamps:
/// `2023-07-26 01:51:32`, `1/9/2017 16:33:01`, `2020/2/10 22:41`.
bool looksLikeDateTime(const QString &text);

/// Reads a date and time of day written in @p zone as UTC milliseconds; empty when the date or
/// the time cannot be read (a missing time is not midnight: PBX timestamps always carry one).
std::optional<qint64> readDateTime(const QString &text, DateOrder order, const QTimeZone &zone);

/// The seconds from @p fromMs to @p toMs.
inline double secondsBetween(qint64 fromMs, qint64 toMs)
{
    return static_cast<double>(toMs - fromMs) / 1000.0;
}

/// A number that leaves the PBX: seven digits or more, with an optional `+`. Extensions, queues
/// and feature codes are shorter.
bool looksLikeExternalNumber(QStringView number);

/// Caller ids that stand for a withheld number: anonymous, restricted, private, unavailable,
/// unknown, withheld (any case). Such a caller is always outside the PBX.
bool isWithheldNumber(QStringView number);

/// Settles the order of a column of numeric dates, like DateOrderScan, but refuses to guess: a
/// column whose every date reads both ways (04/09/17) is refused naming --date-order, unless the
/// records carry a clock of their own that tells (an Asterisk uniqueid is the channel's creation
/// in Unix seconds, so it names the day).
class StrictDateOrderScan
{
public:
    /// With @p given other than Unknown, that order stands and the values are not looked at.
    explicit StrictDateOrderScan(DateOrder given = DateOrder::Unknown);

    /// Looks at the date part of @p text on line @p line. @p knownDay, where the record names it
    /// independently, is the day the date must fall on, give or take one (time zones).
    void observe(const QString &text, qint64 line, std::optional<QDate> knownDay = std::nullopt);

    /// The order to read the column in, or an Error naming @p columnName, @p column (from 1) and
    /// the line that shows the problem.
    Expected<DateOrder> decide(const QString &columnName, int column) const;

private:
    DateOrder m_given;
    qint64 m_firstDayFirstLine = 0;   ///< A date that can only be day first.
    qint64 m_firstMonthFirstLine = 0; ///< A date that can only be month first.
    qint64 m_firstAmbiguousLine = 0;  ///< A date that reads as two different days.
    int m_dayFirstVotes = 0;          ///< Ambiguous dates whose known day agreed with day first.
    int m_monthFirstVotes = 0;
};

} // namespace callboard
