#include "PbxFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cstdlib>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PbxFields)
};

/// Three groups of digits with `-`, `/` or `.` between them: a numeric date.
bool isNumericDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

bool looksLikeDateTime(const QString &text)
{
    const auto [date, time] = splitDateTime(text);
    if (!isNumericDate(date) || !time.contains(u':')) {
        return false;
    }
    const bool dateReads = parseDate(date, DateOrder::DayMonthYear).has_value()
                           || parseDate(date, DateOrder::MonthDayYear).has_value();
    return dateReads && parseTimeOfDay(time).has_value();
}

std::optional<qint64> readDateTime(const QString &text, DateOrder order, const QTimeZone &zone)
{
    const auto [dateText, timeText] = splitDateTime(text);
    const std::optional<QDate> date = parseDate(dateText, order);
    const std::optional<QTime> time = timeText.isEmpty() ? std::nullopt : parseTimeOfDay(timeText);
    if (!date || !time) {
        return std::nullopt;
    }
    return QDateTime(*date, *time, zone).toMSecsSinceEpoch();
}

bool looksLikeExternalNumber(QStringView number)
{
    const QStringView digits = number.startsWith(u'+') ? number.mid(1) : number;
    if (digits.size() < 7) {
        return false;
    }
    for (const QChar c : digits) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

bool isWithheldNumber(QStringView number)
{
    for (const char16_t *withheld :
         {u"anonymous", u"restricted", u"private", u"unavailable", u"unknown", u"withheld"}) {
        if (number.compare(QStringView(withheld), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

StrictDateOrderScan::StrictDateOrderScan(DateOrder given)
    : m_given(given)
{}

void StrictDateOrderScan::observe(const QString &text, qint64 line, std::optional<QDate> knownDay)
{
    if (m_given != DateOrder::Unknown) {
        return;
    }
    const QString date = splitDateTime(text).first;
    const DateOrderEvidence evidence = dateOrderEvidence(date);
    if (!evidence.isNumericDate) {
        return;
    }
    if (evidence.dayFirstPossible != evidence.monthFirstPossible) {
        qint64 &first = evidence.dayFirstPossible ? m_firstDayFirstLine : m_firstMonthFirstLine;
        first = first == 0 ? line : first;
        return;
    }
    const std::optional<QDate> dayFirst = parseDate(date, DateOrder::DayMonthYear);
    const std::optional<QDate> monthFirst = parseDate(date, DateOrder::MonthDayYear);
    if (!dayFirst || !monthFirst || *dayFirst == *monthFirst) {
        return; // no date at all (its row is rejected later), or the same day either way
    }
    if (m_firstAmbiguousLine == 0) {
        m_firstAmbiguousLine = line;
    }
    if (knownDay) {
        const bool dayFirstFits = std::abs(dayFirst->daysTo(*knownDay)) <= 1;
        const bool monthFirstFits = std::abs(monthFirst->daysTo(*knownDay)) <= 1;
        m_dayFirstVotes += dayFirstFits && !monthFirstFits ? 1 : 0;
        m_monthFirstVotes += monthFirstFits && !dayFirstFits ? 1 : 0;
    }
}

Expected<DateOrder> StrictDateOrderScan::decide(const QString &columnName, int column) const
{
    if (m_given != DateOrder::Unknown) {
        return m_given;
    }
    if (m_firstDayFirstLine > 0 && m_firstMonthFirstLine > 0) {
        return mixedDateOrderError(columnName, m_firstDayFirstLine, m_firstMonthFirstLine, column);
    }
    if (m_firstDayFirstLine > 0) {
        return DateOrder::DayMonthYear;
    }
    if (m_firstMonthFirstLine > 0) {
        return DateOrder::MonthDayYear;
    }
    // Only the record's own clock can settle dates that read both ways, and only when it agrees
    // with itself.
    if (m_dayFirstVotes > 0 && m_monthFirstVotes == 0) {
        return DateOrder::DayMonthYear;
    }
    if (m_monthFirstVotes > 0 && m_dayFirstVotes == 0) {
        return DateOrder::MonthDayYear;
    }
    if (m_firstAmbiguousLine > 0) {
        return ambiguousDateOrderError(columnName, m_firstAmbiguousLine, column);
    }
    // Year-first dates, dates whose day is their month, or none: the order changes nothing.
    return DateOrder::DayMonthYear;
}

} // namespace callboard
