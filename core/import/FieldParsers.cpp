#include "FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldParsers)
};

int expandTwoDigitYear(int year)
{
    if (year >= 100) {
        return year;
    }
    return year < 70 ? 2000 + year : 1900 + year;
}

std::optional<int> monthFromName(QStringView name)
{
    static const char *const names[] =
        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3) {
        return std::nullopt;
    }
    const QString prefix = name.left(3).toString().toLower();
    for (int month = 0; month < 12; ++month) {
        if (prefix == QLatin1String(names[month])) {
            return month + 1;
        }
    }
    return std::nullopt;
}

/// Splits "31/01/2021" into its digit groups and letter groups, keeping their order.
QList<QStringView> splitDateParts(QStringView text)
{
    QList<QStringView> parts;
    qsizetype start = -1;
    bool startIsDigit = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar() : text.at(i);
        const bool digit = !end && c.isDigit();
        const bool letter = !end && c.isLetter();
        if (start >= 0 && (end || (!digit && !letter) || digit != startIsDigit)) {
            parts.append(text.mid(start, i - start));
            start = -1;
        }
        if (start < 0 && (digit || letter)) {
            start = i;
            startIsDigit = digit;
        }
    }
    return parts;
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    const QDate date(expandTwoDigitYear(year), month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDate> fromExcelSerial(double serial)
{
    // Excel's 1900 date system counts from 1899-12-30 once its 1900 leap-year bug is past.
    // Written so that NaN (QString::toDouble reads "nan") fails too, as it fails every comparison.
    if (!(serial >= 1 && serial <= 2958465)) {
        return std::nullopt;
    }
    return QDate(1899, 12, 30).addDays(static_cast<qint64>(std::floor(serial)));
}

} // namespace

bool isNullSentinel(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed.compare(u"NULL", Qt::CaseInsensitive) == 0
           || trimmed.compare(u"NA", Qt::CaseInsensitive) == 0
           || trimmed.compare(u"N/A", Qt::CaseInsensitive) == 0 || trimmed == u"0000-00-00"
           || trimmed == u"0000-00-00 00:00:00";
}

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    const QStringView trimmed = text.trimmed();
    if (isNullSentinel(trimmed)) {
        return std::nullopt;
    }
    const QList<QStringView> parts = splitDateParts(trimmed);

    if (parts.size() == 1 && isAllDigits(parts[0])) {
        const QStringView digits = parts[0];
        if (digits.size() == 8) { // 20210131
            return makeDate(digits.left(4).toInt(),
                            digits.mid(4, 2).toInt(),
                            digits.mid(6).toInt());
        }
        if (digits.size() == 6) { // 210131, as the Technion bank log writes it
            return makeDate(digits.left(2).toInt(),
                            digits.mid(2, 2).toInt(),
                            digits.mid(4).toInt());
        }
    }
    if (parts.size() == 1 || (parts.size() == 2 && isAllDigits(parts[0]))) {
        bool isNumber = false;
        const double serial = trimmed.toDouble(&isNumber);
        if (isNumber) {
            return fromExcelSerial(serial);
        }
    }
    if (parts.size() < 3) {
        return std::nullopt;
    }

    // A month name fixes the order: 1-Jan-21, Jan 1 2021, 2021-Jan-01.
    for (int i = 0; i < 3; ++i) {
        if (const std::optional<int> month = monthFromName(parts[i])) {
            QList<int> numbers;
            for (int j = 0; j < 3; ++j) {
                if (j != i && isAllDigits(parts[j])) {
                    numbers.append(parts[j].toInt());
                }
            }
            if (numbers.size() != 2) {
                return std::nullopt;
            }
            const bool yearFirst = parts[i == 0 ? 1 : 0].size() == 4 && i != 0;
            return yearFirst ? makeDate(numbers[0], *month, numbers[1])
                             : makeDate(numbers[1], *month, numbers[0]);
        }
    }
    if (!isAllDigits(parts[0]) || !isAllDigits(parts[1]) || !isAllDigits(parts[2])) {
        return std::nullopt;
    }
    const int a = parts[0].toInt();
    const int b = parts[1].toInt();
    const int c = parts[2].toInt();
    if (parts[0].size() == 4) {
        return makeDate(a, b, c);
    }
    switch (order) {
    case DateOrder::DayMonthYear:
        return makeDate(c, b, a);
    case DateOrder::MonthDayYear:
        return makeDate(c, a, b);
    case DateOrder::YearMonthDay:
        return makeDate(a, b, c);
    case DateOrder::Unknown:
        break;
    }
    if (a == b) {
        return makeDate(c, b, a);
    }
    if (a > 12 && b <= 12) {
        return makeDate(c, b, a);
    }
    if (b > 12 && a <= 12) {
        return makeDate(c, a, b);
    }
    return std::nullopt;
}

DateOrderEvidence dateOrderEvidence(QStringView text)
{
    DateOrderEvidence evidence;
    const QList<QStringView> parts = splitDateParts(text.trimmed());
    if (parts.size() < 3 || parts[0].size() == 4) {
        return evidence;
    }
    for (int i = 0; i < 3; ++i) {
        if (!isAllDigits(parts[i])) {
            return evidence;
        }
    }
    evidence.isNumericDate = true;
    const int a = parts[0].toInt();
    const int b = parts[1].toInt();
    evidence.dayFirstPossible = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    evidence.monthFirstPossible = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    return evidence;
}

std::pair<QString, QString> splitDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype split = trimmed.indexOf(u' ');
    if (split < 0 && trimmed.size() > 10 && trimmed.at(10) == u'T') {
        split = 10;
    }
    if (split < 0) {
        return {trimmed, QString()};
    }
    return {trimmed.left(split), trimmed.mid(split + 1).trimmed()};
}

Error mixedDateOrderError(const QString &columnName,
                          qint64 dayFirstLine,
                          qint64 monthFirstLine,
                          int column)
{
    // The line named is the one that contradicts the order the column started with.
    return Error{Text::tr("The %1 column mixes day-first dates (line %2) and month-first "
                          "dates (line %3): the order must be given.")
                     .arg(columnName)
                     .arg(dayFirstLine)
                     .arg(monthFirstLine),
                 {},
                 std::max(dayFirstLine, monthFirstLine),
                 column,
                 MissingInput::DateOrder};
}

Error ambiguousDateOrderError(const QString &columnName, qint64 line, int column)
{
    return Error{Text::tr("The dates of the %1 column read both day first and month first "
                          "(line %2 is one): the order must be given.")
                     .arg(columnName)
                     .arg(line),
                 {},
                 line,
                 column,
                 MissingInput::DateOrder};
}

DateOrderScan::DateOrderScan(DateOrder given)
    : m_given(given)
{}

void DateOrderScan::observe(const QString &text, qint64 line)
{
    if (m_given != DateOrder::Unknown) {
        return;
    }
    const DateOrderEvidence evidence = dateOrderEvidence(splitDateTime(text).first);
    if (!evidence.isNumericDate) {
        return;
    }
    if (evidence.dayFirstPossible && !evidence.monthFirstPossible && m_firstDayFirstLine == 0) {
        m_firstDayFirstLine = line;
    }
    if (evidence.monthFirstPossible && !evidence.dayFirstPossible && m_firstMonthFirstLine == 0) {
        m_firstMonthFirstLine = line;
    }
    if (evidence.dayFirstPossible && evidence.monthFirstPossible && m_firstAmbiguousLine == 0) {
        const QString date = splitDateTime(text).first;
        const std::optional<QDate> dayFirst = parseDate(date, DateOrder::DayMonthYear);
        const std::optional<QDate> monthFirst = parseDate(date, DateOrder::MonthDayYear);
        if (dayFirst && monthFirst && *dayFirst != *monthFirst) {
            m_firstAmbiguousLine = line;
        }
    }
}

Expected<DateOrder> DateOrderScan::decide(const QString &columnName, int column) const
{
    if (m_given != DateOrder::Unknown) {
        return m_given;
    }
    if (m_firstDayFirstLine > 0 && m_firstMonthFirstLine > 0) {
        // Name the line that contradicts the order the column started with.
        return mixedDateOrderError(columnName, m_firstDayFirstLine, m_firstMonthFirstLine, column);
    }
    if (m_firstMonthFirstLine > 0) {
        return DateOrder::MonthDayYear;
    }
    if (m_firstDayFirstLine == 0 && m_firstAmbiguousLine > 0) {
        return ambiguousDateOrderError(columnName, m_firstAmbiguousLine, column);
    }
    // Day-first dates, dates whose day is their month, or no numeric date at all.
    return DateOrder::DayMonthYear;
}

std::optional<QTime> parseTimeOfDay(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (isNullSentinel(trimmed)) {
        return std::nullopt;
    }
    if (!trimmed.contains(u':')) {
        bool isNumber = false;
        const double fraction = trimmed.toDouble(&isNumber);
        if (!isNumber || !(fraction >= 0 && fraction < 1)) { // NaN fails too
            return std::nullopt;
        }
        const auto msecs = static_cast<int>(std::llround(fraction * 86400.0) * 1000);
        return QTime::fromMSecsSinceStartOfDay(msecs % 86400000);
    }

    int hourShift = -1; // -1: 24-hour clock; 0: AM; 12: PM
    if (trimmed.endsWith(u"am", Qt::CaseInsensitive)
        || trimmed.endsWith(u"pm", Qt::CaseInsensitive)) {
        hourShift = trimmed.endsWith(u"pm", Qt::CaseInsensitive) ? 12 : 0;
        trimmed = trimmed.chopped(2).trimmed();
    }
    const QList<QStringView> parts = trimmed.split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        return std::nullopt;
    }
    bool ok = true;
    int hour = parts[0].toInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    const int minute = parts[1].toInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    double seconds = 0;
    if (parts.size() == 3) {
        seconds = parts[2].toDouble(&ok);
        if (!ok || !(seconds >= 0 && seconds < 60)) { // NaN fails too
            return std::nullopt;
        }
    }
    if (hourShift >= 0) {
        if (hour < 1 || hour > 12) {
            return std::nullopt;
        }
        hour = hour % 12 + hourShift;
    }
    const int wholeSeconds = static_cast<int>(seconds);
    const int msecs = static_cast<int>(std::lround((seconds - wholeSeconds) * 1000));
    const QTime time(hour, minute, wholeSeconds, std::min(msecs, 999));
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<double> parseDurationSeconds(QStringView text, bool numbersAreDayFractions)
{
    const QStringView trimmed = text.trimmed();
    if (isNullSentinel(trimmed)) {
        return std::nullopt;
    }
    if (!trimmed.contains(u':')) {
        bool isNumber = false;
        const double number = trimmed.toDouble(&isNumber);
        if (!isNumber || number < 0 || !std::isfinite(number)) {
            return std::nullopt;
        }
        if (numbersAreDayFractions && number < 1) {
            return std::round(number * 86400.0);
        }
        return number;
    }
    const QList<QStringView> parts = trimmed.split(u':');
    if (parts.size() > 3) {
        return std::nullopt;
    }
    double total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double value = parts[i].toDouble(&ok);
        const bool last = i == parts.size() - 1;
        if (!ok || !std::isfinite(value) || value < 0 || (i > 0 && value >= 60)
            || (!last && value != std::floor(value))) {
            return std::nullopt;
        }
        total = total * 60 + value;
    }
    // Hours near the largest double overflow to infinity once made seconds.
    return std::isfinite(total) ? std::optional<double>(total) : std::nullopt;
}

namespace {

/// The number in the @p count digits of @p text from @p at, or -1.
int digitsAt(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// The offset from UTC in seconds that @p text (`Z`, `+01:00`, `-0530`, `+01`) states, or
/// nullopt when it is not an offset.
std::optional<int> utcOffsetSeconds(QStringView text)
{
    if (text == u"Z" || text == u"z") {
        return 0;
    }
    if (text.size() < 3 || (text.front() != u'+' && text.front() != u'-')) {
        return std::nullopt;
    }
    const int sign = text.front() == u'-' ? -1 : 1;
    const int hours = digitsAt(text, 1, 2);
    int minutes = 0;
    if (text.size() == 6 && text.at(3) == u':') {
        minutes = digitsAt(text, 4, 2);
    } else if (text.size() == 5) {
        minutes = digitsAt(text, 3, 2);
    } else if (text.size() != 3) {
        return std::nullopt;
    }
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
        return std::nullopt;
    }
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

std::optional<qint64> parseIsoDateTime(QStringView text, const QTimeZone &zone)
{
    // Parsed by hand: this runs once per time field of every row of a million-call import, and
    // QDateTime::fromString is several times slower.
    text = text.trimmed();
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text.at(4) != u'-'
        || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u' ')
        || text.at(13) != u':') {
        return std::nullopt;
    }
    qsizetype at = 16;
    int second = 0;
    int millisecond = 0;
    if (at < text.size() && text.at(at) == u':') {
        second = digitsAt(text, at + 1, 2);
        at += 3;
        if (second < 0) {
            return std::nullopt;
        }
        if (at < text.size() && (text.at(at) == u'.' || text.at(at) == u',')) {
            qsizetype digits = 0;
            for (++at; at < text.size() && text.at(at).isDigit(); ++at, ++digits) {
                if (digits < 3) {
                    millisecond = millisecond * 10 + text.at(at).digitValue();
                }
            }
            for (; digits < 3; ++digits) {
                millisecond *= 10;
            }
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QStringView rest = text.mid(at);
    if (rest.isEmpty()) {
        const QDateTime local(date, time, zone.isValid() ? zone : QTimeZone::utc());
        return local.isValid() ? std::optional<qint64>(local.toMSecsSinceEpoch()) : std::nullopt;
    }
    const std::optional<int> offset = utcOffsetSeconds(rest);
    if (!offset) {
        return std::nullopt;
    }
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 daysSinceEpoch = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return daysSinceEpoch * msPerDay + time.msecsSinceStartOfDay() - qint64(*offset) * 1000;
}

std::optional<qint64> parseDateTime(QStringView text, DateOrder order, const QTimeZone &zone)
{
    if (const std::optional<qint64> iso = parseIsoDateTime(text, zone)) {
        return iso;
    }
    const auto [datePart, timePart] = splitDateTime(text.toString());
    const std::optional<QDate> date = parseDate(datePart, order);
    const std::optional<QTime> time =
        timePart.isEmpty() ? std::optional<QTime>(QTime(0, 0)) : parseTimeOfDay(timePart);
    if (!date || !time) {
        return std::nullopt;
    }
    const QDateTime local(*date, *time, zone.isValid() ? zone : QTimeZone::utc());
    // A time the clocks skip in spring is no time at all, not the hour after it.
    if (!local.isValid() || local.time() != *time) {
        return std::nullopt;
    }
    return local.toMSecsSinceEpoch();
}

std::optional<Money> parseMoney(QStringView text)
{
    QStringView rest = text.trimmed();
    bool negative = false;
    if (rest.startsWith(u'(') && rest.endsWith(u')')) {
        negative = true;
        rest = rest.mid(1, rest.size() - 2).trimmed();
    }
    Money money;
    QString number;
    QString letters;
    for (const QChar c : rest) {
        if (c.isDigit() || c == u'.' || c == u',') {
            number += c;
        } else if (c == u'-' && number.isEmpty() && !negative) {
            negative = true;
        } else if (c.category() == QChar::Symbol_Currency) {
            money.currency += c;
        } else if (c.isLetter()) {
            letters += c;
        } else if (!c.isSpace() && c != u'\'' && c != u'\u2019') {
            return std::nullopt;
        }
    }
    // A code (USD, EUR) may stand beside the number; any other word makes it no amount.
    if (!letters.isEmpty()) {
        if (letters.size() != 3 || letters != letters.toUpper() || !money.currency.isEmpty()) {
            return std::nullopt;
        }
        money.currency = letters;
    }
    const qsizetype lastDot = number.lastIndexOf(u'.');
    const qsizetype lastComma = number.lastIndexOf(u',');
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? u'.' : u',';
    } else if (lastComma >= 0) {
        const bool groupsThousands = number.count(u',') > 1 || number.size() - lastComma - 1 == 3;
        decimal = groupsThousands ? QChar() : QChar(u',');
    } else if (lastDot >= 0) {
        decimal = number.count(u'.') > 1 ? QChar() : QChar(u'.');
    }
    QString plain;
    for (const QChar c : std::as_const(number)) {
        if (c.isDigit()) {
            plain += c;
        } else if (c == decimal) {
            plain += u'.';
        }
    }
    bool isNumber = false;
    const double amount = plain.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(amount)) {
        return std::nullopt;
    }
    money.amount = negative ? -amount : amount;
    return money;
}

std::optional<bool> parseYesNo(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const char16_t *yes : {u"y", u"yes", u"true", u"1"}) {
        if (trimmed.compare(QStringView(yes), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    for (const char16_t *no : {u"n", u"no", u"false", u"0"}) {
        if (trimmed.compare(QStringView(no), Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return std::nullopt;
}

std::optional<qint64> parseCount(QStringView text)
{
    bool isNumber = false;
    const double number = text.trimmed().toDouble(&isNumber);
    if (!isNumber || number < 0 || number != std::floor(number) || number > 1e15) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<double> parseShare(QStringView text)
{
    QStringView trimmed = text.trimmed();
    const bool percent = trimmed.endsWith(u'%');
    if (percent) {
        trimmed = trimmed.chopped(1).trimmed();
    }
    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    if (!isNumber || number < 0 || !std::isfinite(number)) {
        return std::nullopt;
    }
    const double fraction = percent || number > 1 ? number / 100 : number;
    return fraction <= 1 ? std::optional<double>(fraction) : std::nullopt;
}

} // namespace callboard
