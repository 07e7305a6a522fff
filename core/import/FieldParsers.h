#pragma once

#include "common/Error.h"

#include <QDate>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace callboard {

/// The order of day, month and year in a numeric date such as 03/04/2021.
enum class DateOrder {
    Unknown,
    DayMonthYear,
    MonthDayYear,
    YearMonthDay,
};

/// True for the spellings logs use for "no value": empty, NULL, NA, N/A, 0000-00-00.
bool isNullSentinel(QStringView text);

/// Reads a calendar date: ISO `2021-01-31`, `31-Jan-21`, `Jan 31, 2021`, numeric dates with `/`,
/// `-` or `.` in @p order (an unknown order reads only dates that cannot be anything else),
/// compact `210131`/`20210131` (year first), and Excel serial day numbers. Two-digit years
/// 00-69 are 2000-2069, 70-99 are 1970-1999.
std::optional<QDate> parseDate(QStringView text, DateOrder order);

/// What one numeric date says about the column's order: which orders it is valid in.
struct DateOrderEvidence
{
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
    bool isNumericDate = false; ///< Only numeric dates with separators carry evidence.
};
DateOrderEvidence dateOrderEvidence(QStringView text);

/// Splits "2021-01-01 09:12:00" (or "2021-01-01T09:12:00") into its date and time parts; the
/// time part is empty when there is none.
std::pair<QString, QString> splitDateTime(const QString &text);

/// The refusal of a date column that mixes day-first dates (the first on @p dayFirstLine) and
/// month-first ones; the order must be given.
Error mixedDateOrderError(const QString &columnName,
                          qint64 dayFirstLine,
                          qint64 monthFirstLine,
                          int column);
/// The refusal of a date column whose every date (the first on @p line) is two different days,
/// one read each way; the order must be given.
Error ambiguousDateOrderError(const QString &columnName, qint64 line, int column);

/// Settles the order of a column of numeric dates from all its values: a value that can only be
/// day first (31/01/2021) or only month first (01/31/2021) decides it.
class DateOrderScan
{
public:
    /// With @p given other than Unknown, that order stands and the values are not looked at.
    explicit DateOrderScan(DateOrder given = DateOrder::Unknown);

    /// Looks at the date (the date part of @p text) on line @p line.
    void observe(const QString &text, qint64 line);

    /// The order to read the column in: the given one; else the one its values allow. An Error
    /// naming the line and @p column (from 1) when the column mixes both orders, or when every
    /// date in it reads both ways as two different days (the order is then asked for).
    Expected<DateOrder> decide(const QString &columnName, int column) const;

private:
    DateOrder m_given;
    qint64 m_firstDayFirstLine = 0;   ///< Line of the first date that can only be day first.
    qint64 m_firstMonthFirstLine = 0; ///< Line of the first date that can only be month first.
    qint64 m_firstAmbiguousLine = 0;  ///< Line of the first date that is two days, one each way.
};

/// Reads a time of day: `9:12`, `09:12:33`, `09:12:33.250`, `8:14:22 AM`, `8:14 pm`, or an
/// Excel day fraction such as `0.3840046`.
std::optional<QTime> parseTimeOfDay(QStringView text);

/// Reads a duration in seconds: a plain number of seconds, `h:mm:ss`, `mm:ss`. With
/// @p numbersAreDayFractions a plain number below 1 is an Excel day fraction (1.655E-3 = 143 s).
std::optional<double> parseDurationSeconds(QStringView text, bool numbersAreDayFractions = false);

/// Reads an ISO 8601 date and time as UTC milliseconds: `2025-01-06T09:13:22Z`,
/// `2025-01-06 09:13:22.250+01:00`, `...+0100`; without an offset the time is local to @p zone.
std::optional<qint64> parseIsoDateTime(QStringView text, const QTimeZone &zone);

/// Reads a date and time: ISO 8601 first (with its offset, else local to @p zone), else a date as
/// parseDate() reads it in @p order, optionally followed by a space and a time of day as
/// parseTimeOfDay() reads it (`13/02/2025 16:05`, `21/03/2025 9:05 AM`); a date alone is
/// midnight in @p zone. Nothing when it is none of these or names a time the zone skips.
std::optional<qint64> parseDateTime(QStringView text, DateOrder order, const QTimeZone &zone);

/// An amount of money, and the currency it was written with.
struct Money
{
    double amount = 0;
    QString currency; ///< The symbol or three-letter code the text gave (`$`, `EUR`); else empty.
};

/// Reads an amount of money: `1250`, `$1,250.00`, `1.250,00 €`, `EUR 1 250,00`, `-45.5`,
/// `(45.50)` (negative, as accounts write it). Currency symbols and a three-letter code before
/// or after the number are set aside; spaces and apostrophes group digits. With both `,` and `.`
/// the later one is the decimal mark; a single `,` followed by exactly three digits groups
/// thousands (`1,250` is 1250) and otherwise marks decimals (`12,5`); a single `.` always marks
/// decimals, more than one groups thousands (`1.250.000`).
std::optional<Money> parseMoney(QStringView text);

/// Reads yes/no spellings: Y, N, Yes, No, True, False, 1, 0 (any case).
std::optional<bool> parseYesNo(QStringView text);

/// Reads a count of calls: a whole number, 0 or more (`12`, `12.0`).
std::optional<qint64> parseCount(QStringView text);

/// Reads a share as a fraction 0..1: a percentage `94.01%`, or a plain number, which is a
/// fraction up to 1 (`0.9401`, `1`) and a percentage above it (`94.01`).
std::optional<double> parseShare(QStringView text);

} // namespace callboard
