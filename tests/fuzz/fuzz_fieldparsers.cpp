// Fuzzes FieldParsers, which read every date, time, duration, count and share of every import:
// the input, as UTF-8 text, goes through each parser, and what they return must be a value an
// import can store (a valid date, a finite duration of 0 s or more, a share from 0 to 1).

#include "FuzzCheck.h"

#include "import/FieldParsers.h"

#include <cmath>
#include <cstdint>

using namespace callboard;
using callboard::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTimeZone london("Europe/London");
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    isNullSentinel(text);
    for (const DateOrder order : {DateOrder::Unknown,
                                  DateOrder::DayMonthYear,
                                  DateOrder::MonthDayYear,
                                  DateOrder::YearMonthDay}) {
        if (const std::optional<QDate> date = parseDate(text, order)) {
            check(date->isValid(), "a date read is a valid date");
        }
    }
    dateOrderEvidence(text);
    const auto [datePart, timePart] = splitDateTime(text);
    DateOrderScan scan;
    scan.observe(text, 1);
    scan.observe(datePart, 2);
    // One date cannot contradict itself; if it reads as two days, the order is asked for.
    const Expected<DateOrder> order = scan.decide(QStringLiteral("date"), 1);
    check(order || order.error().missing == MissingInput::DateOrder,
          "one date settles its order or asks for it");
    const std::optional<QDate> dayFirst = parseDate(datePart, DateOrder::DayMonthYear);
    const std::optional<QDate> monthFirst = parseDate(datePart, DateOrder::MonthDayYear);
    check(order || (dayFirst && monthFirst && *dayFirst != *monthFirst),
          "the order is asked for only when the date is two different days");

    for (const QString &part : {text, timePart}) {
        if (const std::optional<QTime> time = parseTimeOfDay(part)) {
            check(time->isValid(), "a time read is a valid time of day");
        }
    }
    for (const bool dayFractions : {false, true}) {
        if (const std::optional<double> seconds = parseDurationSeconds(text, dayFractions)) {
            check(std::isfinite(*seconds) && *seconds >= 0,
                  "a duration is finite and not negative");
        }
    }
    for (const QTimeZone &zone : {QTimeZone::utc(), london, QTimeZone()}) {
        parseIsoDateTime(text, zone);
    }
    parseYesNo(text);
    if (const std::optional<qint64> count = parseCount(text)) {
        check(*count >= 0, "a count is not negative");
    }
    if (const std::optional<double> share = parseShare(text)) {
        check(*share >= 0 && *share <= 1, "a share is 0 to 1");
    }
    return 0;
}
