#include "Decc911HourlyFormat.h"

#include "import/FieldParsers.h"
#include "import/HeaderMap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace callboard {

namespace {

using Line = Decc911HourlyFormat::Line;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Decc911HourlyFormat)
};

/// The queue a line's prefix names: `ADM` is the administrative line, others keep their name.
QString queueOf(const QString &prefix)
{
    return prefix.compare(u"ADM", Qt::CaseInsensitive) == 0 ? QStringLiteral("admin") : prefix;
}

/// The complete phone lines of @p header: a prefix with answered buckets (`911_10`), abandoned
/// (`911_AB`) and total (`911_T`) columns. `TTL` is both lines added up, not a line of its own.
QList<Line> linesOf(const QStringList &header)
{
    static const QRegularExpression column(QStringLiteral("^([A-Za-z0-9]+)_(\\d+|AB|T)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<Line> lines;
    for (int index = 0; index < header.size(); ++index) {
        const QRegularExpressionMatch match = column.match(header.at(index).trimmed());
        const QString prefix = match.captured(1);
        if (!match.hasMatch() || prefix.compare(u"TTL", Qt::CaseInsensitive) == 0) {
            continue;
        }
        auto line = std::find_if(lines.begin(), lines.end(), [&prefix](const Line &known) {
            return known.prefix.compare(prefix, Qt::CaseInsensitive) == 0;
        });
        if (line == lines.end()) {
            lines.append(Line{prefix, queueOf(prefix), {}, -1, -1, -1});
            line = std::prev(lines.end());
        }
        const QString kind = match.captured(2).toUpper();
        if (kind == QLatin1String("AB")) {
            line->abandonedColumn = index;
        } else if (kind == QLatin1String("T")) {
            line->totalColumn = index;
        } else {
            line->thresholds.append({kind.toInt(), index});
        }
    }
    QList<Line> complete;
    for (Line &line : lines) {
        if (line.thresholds.isEmpty() || line.abandonedColumn < 0 || line.totalColumn < 0) {
            continue;
        }
        std::sort(line.thresholds.begin(), line.thresholds.end());
        // The bucket one second past the last threshold (`_121` after `_120`) holds the calls
        // answered later than every threshold.
        const qsizetype count = line.thresholds.size();
        if (count >= 2
            && line.thresholds.at(count - 1).first == line.thresholds.at(count - 2).first + 1) {
            line.laterColumn = line.thresholds.takeLast().second;
        }
        complete.append(line);
    }
    return complete;
}

int columnOf(const QStringList &header, QLatin1String foldedName)
{
    for (int index = 0; index < header.size(); ++index) {
        if (foldHeaderName(header.at(index)) == foldedName) {
            return index;
        }
    }
    return -1;
}

/// The first instant at which the wall clock of @p zone reads @p date and @p time: in the hour
/// the clocks repeat, the earlier of the two; in the hour they skip, the moment they jumped.
qint64 firstMomentOf(QDate date, QTime time, const QTimeZone &zone)
{
    const qint64 asIfUtc = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    auto offsetAt = [&zone](qint64 ms) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
    };
    // Near the wall-clock time the zone has at most two offsets: the one before a change and the
    // one after it. Each gives a candidate instant, real when the zone has that offset there.
    constexpr qint64 halfDayMs = 12 * 3600 * 1000;
    const int before = offsetAt(asIfUtc - halfDayMs);
    const int after = offsetAt(asIfUtc + halfDayMs);
    std::optional<qint64> first;
    for (const int offset : {before, after}) {
        const qint64 candidate = asIfUtc - qint64(offset) * 1000;
        if (offsetAt(candidate) == offset && (!first || candidate < *first)) {
            first = candidate;
        }
    }
    return first.value_or(asIfUtc - qint64(before) * 1000);
}

} // namespace

QString Decc911HourlyFormat::id() const
{
    return QStringLiteral("decc-911-hourly");
}

QString Decc911HourlyFormat::displayName() const
{
    return Text::tr("911 centre hourly phone report");
}

QString Decc911HourlyFormat::requiredColumns() const
{
    return Text::tr("a DateTime column and, for each phone line, answered-within columns "
                    "(911_10, 911_15, ...), an abandoned column (911_AB) and a total (911_T)");
}

int Decc911HourlyFormat::matchHeader(const QStringList &header) const
{
    if (columnOf(header, QLatin1String("datetime")) < 0 || linesOf(header).isEmpty()) {
        return 0;
    }
    return 95; // 911_20, 911_AB and 911_T are this report's own names
}

Status Decc911HourlyFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_lines = linesOf(header);
    m_dateTimeColumn = columnOf(header, QLatin1String("datetime"));
    m_hourColumn = columnOf(header, QLatin1String("hour"));
    // The centre's own clock (US Eastern), unless the user says otherwise.
    m_zone = options.timeZone.isValid() ? options.timeZone : QTimeZone("America/New_York");
    m_dateOrder =
        options.dateOrder == DateOrder::Unknown ? DateOrder::MonthDayYear : options.dateOrder;
    m_lineOfStart.clear();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

FieldProblem Decc911HourlyFormat::problem(int column, const QString &message) const
{
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<std::pair<qint64, qint64>, FieldProblem>
Decc911HourlyFormat::hourOf(const Record &record) const
{
    const QString text = record.fields.value(m_dateTimeColumn).trimmed();
    const auto [dateText, timeText] = splitDateTime(text);
    const std::optional<QDate> date = parseDate(dateText, m_dateOrder);
    const std::optional<QTime> time = parseTimeOfDay(timeText);
    if (!date || !time) {
        return problem(m_dateTimeColumn,
                       text.isEmpty()
                           ? Text::tr("the date and hour are missing")
                           : Text::tr("cannot read \"%1\" as a date and hour").arg(text));
    }
    if (m_hourColumn >= 0) {
        const QString hourText = record.fields.value(m_hourColumn).trimmed();
        bool isNumber = false;
        if (hourText.toInt(&isNumber) != time->hour() || !isNumber) {
            return problem(m_hourColumn,
                           Text::tr("\"%1\" is not the hour of %2").arg(hourText, text));
        }
    }
    const QDateTime nextHour = QDateTime(*date, *time, QTimeZone::utc()).addSecs(3600);
    const qint64 start = firstMomentOf(*date, *time, m_zone);
    const qint64 end = firstMomentOf(nextHour.date(), nextHour.time(), m_zone);
    if (end <= start) {
        return problem(m_dateTimeColumn,
                       Text::tr("%1 did not happen in %2: the clocks skipped that hour")
                           .arg(text, QString::fromUtf8(m_zone.id())));
    }
    return std::pair{start, end};
}

std::variant<Interval, FieldProblem> Decc911HourlyFormat::intervalOf(const Record &record,
                                                                     const Line &line) const
{
    auto countAt = [&record](int column) { return parseCount(record.fields.value(column)); };
    Interval interval;
    interval.source = id();
    interval.queue = line.queue;
    qint64 answered = 0;
    QList<int> bucketColumns;
    for (const auto &[seconds, column] : line.thresholds) {
        bucketColumns.append(column);
    }
    if (line.laterColumn >= 0) {
        bucketColumns.append(line.laterColumn);
    }
    bucketColumns.append({line.abandonedColumn, line.totalColumn});
    for (const int column : bucketColumns) {
        if (!countAt(column)) {
            return problem(column,
                           Text::tr("cannot read \"%1\" as a number of calls")
                               .arg(record.fields.value(column).trimmed()));
        }
    }
    for (const auto &[seconds, column] : line.thresholds) {
        answered += *countAt(column);
        interval.answeredWithin.append(AnsweredWithin{seconds, answered});
    }
    if (line.laterColumn >= 0) {
        answered += *countAt(line.laterColumn);
    }
    interval.answered = answered;
    interval.abandoned = countAt(line.abandonedColumn);
    interval.offered = countAt(line.totalColumn);
    if (answered + *interval.abandoned != *interval.offered) {
        return problem(line.totalColumn,
                       Text::tr("%1 answered and %2 abandoned calls do not add up to the total "
                                "of %3")
                           .arg(answered)
                           .arg(*interval.abandoned)
                           .arg(*interval.offered));
    }
    return interval;
}

void Decc911HourlyFormat::convert(const Record &record, ConversionSink &sink)
{
    const auto hour = hourOf(record);
    if (const auto *failure = std::get_if<FieldProblem>(&hour)) {
        sink.reject(record.line, *failure);
        return;
    }
    const auto [start, end] = std::get<std::pair<qint64, qint64>>(hour);
    if (const qint64 firstLine = m_lineOfStart.value(start); firstLine > 0) {
        sink.reject(record.line,
                    problem(m_dateTimeColumn,
                            Text::tr("this hour was already read on line %1").arg(firstLine)));
        return;
    }
    // A row is one hour of every line: it is stored whole or rejected whole.
    QList<Interval> intervals;
    for (const Line &line : std::as_const(m_lines)) {
        auto read = intervalOf(record, line);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            sink.reject(record.line, *failure);
            return;
        }
        intervals.append(std::get<Interval>(std::move(read)));
    }
    const QString raw = rawRecordJson(record);
    m_lineOfStart.insert(start, record.line);
    for (Interval &interval : intervals) {
        interval.startMs = start;
        interval.lengthSeconds = static_cast<int>((end - start) / 1000);
        interval.rawRecord = raw;
        sink.addInterval(std::move(interval));
    }
}

} // namespace callboard
