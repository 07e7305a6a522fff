#include "MappedFormat.h"

#include "import/HeaderMap.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MappedFormat)
};

std::optional<Direction> directionFrom(const QString &text)
{
    const QString word = foldHeaderName(text);
    for (const char *inbound : {"in", "inbound", "incoming", "inc", "i", "received"}) {
        if (word == QLatin1String(inbound)) {
            return Direction::Inbound;
        }
    }
    for (const char *outbound : {"out", "outbound", "outgoing", "o", "dialed", "dialled"}) {
        if (word == QLatin1String(outbound)) {
            return Direction::Outbound;
        }
    }
    for (const char *internal : {"internal", "local", "int", "extension"}) {
        if (word == QLatin1String(internal)) {
            return Direction::Internal;
        }
    }
    return std::nullopt;
}

/// What an outcome word says, for a call going @p direction. Words for "nobody picked up"
/// mean missed inbound and not connected outbound.
std::optional<Outcome> outcomeFrom(const QString &text, Direction direction)
{
    const QString word = foldHeaderName(text);
    auto isOneOf = [&word](std::initializer_list<const char *> words) {
        for (const char *each : words) {
            if (word == QLatin1String(each)) {
                return true;
            }
        }
        return false;
    };
    if (isOneOf({"answered",
                 "answer",
                 "completed",
                 "complete",
                 "connected",
                 "success",
                 "successful",
                 "normalclearing",
                 "handled",
                 "yes",
                 "y"})) {
        return Outcome::Answered;
    }
    if (isOneOf({"abandoned",
                 "abandon",
                 "hungup",
                 "callerhungup",
                 "callerabandoned",
                 "shortabandoned"})) {
        return direction == Direction::Inbound ? Outcome::Abandoned : Outcome::NotConnected;
    }
    if (isOneOf({"voicemail", "vm", "voicemailleft"})) {
        return Outcome::Voicemail;
    }
    if (isOneOf({"ivr", "menu", "abandonedinivr"})) {
        return Outcome::Ivr;
    }
    if (isOneOf({"missed",
                 "noanswer",
                 "unanswered",
                 "busy",
                 "failed",
                 "congestion",
                 "cancel",
                 "cancelled",
                 "canceled",
                 "notconnected",
                 "rejected",
                 "no",
                 "n",
                 "timeout"})) {
        return direction == Direction::Inbound ? Outcome::Missed : Outcome::NotConnected;
    }
    return std::nullopt;
}

} // namespace

MappedFormat::MappedFormat(ColumnMapping mapping)
    : m_mapping(std::move(mapping))
{}

QString MappedFormat::id() const
{
    return QStringLiteral("mapped");
}

QString MappedFormat::displayName() const
{
    return m_mapping.name.isEmpty() ? Text::tr("Call log read through a column mapping")
                                    : m_mapping.name;
}

QString MappedFormat::requiredColumns() const
{
    QStringList names;
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        names.append(it.value());
    }
    names.sort();
    return Text::tr("the columns its mapping names (%1)").arg(names.join(QStringLiteral(", ")));
}

int MappedFormat::matchHeader(const QStringList &header) const
{
    // Only ever used when given; still, a header that lacks a mapped column is not its file.
    for (const QString &column : m_mapping.columns) {
        if (!header.contains(column)) {
            return 0;
        }
    }
    return 100;
}

Status MappedFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.clear();
    QStringList absent;
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const int column = int(header.indexOf(it.value()));
        if (column < 0) {
            absent.append(it.value());
        }
        m_columns.insert(it.key(), column);
    }
    if (!absent.isEmpty()) {
        return Error{Text::tr("The file lacks columns the mapping \"%1\" reads: %2.")
                         .arg(displayName(), absent.join(QStringLiteral(", "))),
                     {},
                     1,
                     0};
    }
    if (const QString lacking = m_mapping.missing(); !lacking.isEmpty()) {
        return Error{Text::tr("The mapping is incomplete: %1").arg(lacking), {}, 1, 0};
    }
    const QTimeZone mappingZone(m_mapping.timeZone.toUtf8());
    m_zone = options.timeZone.isValid() ? options.timeZone
             : mappingZone.isValid()    ? mappingZone
                                        : options.reportTimeZone;
    m_dateOrder = options.dateOrder != DateOrder::Unknown ? options.dateOrder : m_mapping.dateOrder;
    m_columnEvidence.reset();
    m_firstAmbiguousLine = 0;
    return {};
}

int MappedFormat::columnOf(MappedField field) const
{
    return m_columns.value(field, -1);
}

QString MappedFormat::text(const Record &record, MappedField field) const
{
    const int column = columnOf(field);
    return column >= 0 ? record.fields.value(column).trimmed() : QString();
}

FieldProblem MappedFormat::problem(MappedField field, const QString &message) const
{
    const int column = columnOf(field);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

void MappedFormat::observe(const Record &record)
{
    if (m_dateOrder != DateOrder::Unknown) {
        return;
    }
    const QString date = splitDateTime(text(record, MappedField::ArrivedAt)).first;
    const DateOrderEvidence evidence = dateOrderEvidence(date);
    if (!evidence.isNumericDate) {
        return;
    }
    if (!m_columnEvidence) {
        m_columnEvidence = evidence;
    }
    m_columnEvidence->dayFirstPossible &= evidence.dayFirstPossible;
    m_columnEvidence->monthFirstPossible &= evidence.monthFirstPossible;
    if (evidence.dayFirstPossible && evidence.monthFirstPossible && m_firstAmbiguousLine == 0) {
        m_firstAmbiguousLine = record.line;
    }
}

Status MappedFormat::finishObserving()
{
    if (m_dateOrder != DateOrder::Unknown || !m_columnEvidence) {
        return {};
    }
    const int column = columnOf(MappedField::ArrivedAt) + 1;
    const QString name = m_header.value(column - 1);
    if (m_columnEvidence->dayFirstPossible && m_columnEvidence->monthFirstPossible) {
        return Error{Text::tr("Every date of the %1 column reads both day first and month first: "
                              "the order must be given (or saved in the mapping).")
                         .arg(name),
                     {},
                     m_firstAmbiguousLine,
                     column,
                     MissingInput::DateOrder};
    }
    if (!m_columnEvidence->dayFirstPossible && !m_columnEvidence->monthFirstPossible) {
        return Error{Text::tr("The dates of the %1 column contradict each other: some can only be "
                              "day first, others only month first.")
                         .arg(name),
                     {},
                     0,
                     column};
    }
    m_dateOrder =
        m_columnEvidence->dayFirstPossible ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    return {};
}

std::optional<qint64> MappedFormat::arrival(const Record &record,
                                            std::optional<FieldProblem> &failure) const
{
    QString value = text(record, MappedField::ArrivedAt);
    if (columnOf(MappedField::ArrivalTime) >= 0) {
        value += u' ' + text(record, MappedField::ArrivalTime);
    }
    if (const std::optional<qint64> iso = parseIsoDateTime(value, m_zone)) {
        return iso;
    }
    const auto [datePart, timePart] = splitDateTime(value.trimmed());
    const std::optional<QDate> date = parseDate(datePart, m_dateOrder);
    const std::optional<QTime> time =
        timePart.isEmpty() ? std::optional<QTime>(QTime(0, 0)) : parseTimeOfDay(timePart);
    const QDateTime local = date && time ? QDateTime(*date, *time, m_zone) : QDateTime();
    if (!local.isValid()) {
        failure = problem(MappedField::ArrivedAt,
                          Text::tr("\"%1\" is not a date and time.").arg(value.trimmed()));
        return std::nullopt;
    }
    return local.toMSecsSinceEpoch();
}

std::optional<qint64> MappedFormat::laterTime(const Record &record,
                                              MappedField field,
                                              qint64 arrivedMs,
                                              std::optional<FieldProblem> &failure) const
{
    const QString value = text(record, field);
    if (isNullSentinel(value)) {
        return std::nullopt;
    }
    if (const std::optional<qint64> iso = parseIsoDateTime(value, m_zone)) {
        return iso;
    }
    const auto [datePart, timePart] = splitDateTime(value);
    std::optional<QDate> date = parseDate(datePart, m_dateOrder);
    std::optional<QTime> time = parseTimeOfDay(timePart);
    if (!date && timePart.isEmpty()) {
        // Only a time of day: it falls on the arrival's day, or the next if earlier.
        time = parseTimeOfDay(datePart);
        date = QDateTime::fromMSecsSinceEpoch(arrivedMs, m_zone).date();
    }
    const QDateTime local = date && time ? QDateTime(*date, *time, m_zone) : QDateTime();
    if (!local.isValid()) {
        failure = problem(field, Text::tr("\"%1\" is not a date or time.").arg(value));
        return std::nullopt;
    }
    qint64 ms = local.toMSecsSinceEpoch();
    if (ms < arrivedMs && timePart.isEmpty() && !parseDate(datePart, m_dateOrder)) {
        ms = local.addDays(1).toMSecsSinceEpoch();
    }
    return ms;
}

std::optional<Outcome> MappedFormat::outcome(const Record &record,
                                             const Call &call,
                                             std::optional<FieldProblem> &failure) const
{
    if (columnOf(MappedField::Outcome) >= 0) {
        const QString word = text(record, MappedField::Outcome);
        const std::optional<Outcome> read = outcomeFrom(word, call.direction);
        if (!read) {
            failure = problem(MappedField::Outcome,
                              Text::tr("\"%1\" is not an outcome Callboard knows (answered, "
                                       "abandoned, voicemail, missed, busy, no answer, failed, "
                                       "...).")
                                  .arg(word));
        }
        return read;
    }
    if (columnOf(MappedField::Answered) >= 0) {
        const QString word = text(record, MappedField::Answered);
        const std::optional<bool> answered = parseYesNo(word);
        if (!answered) {
            failure =
                problem(MappedField::Answered, Text::tr("\"%1\" is neither yes nor no.").arg(word));
            return std::nullopt;
        }
        if (*answered) {
            return Outcome::Answered;
        }
        return call.direction == Direction::Inbound ? Outcome::Abandoned : Outcome::NotConnected;
    }
    if (call.answeredAtMs || call.talkSeconds.value_or(0) > 0) {
        return Outcome::Answered;
    }
    return call.direction == Direction::Inbound ? Outcome::Missed : Outcome::NotConnected;
}

std::variant<Call, FieldProblem> MappedFormat::toCall(const Record &record) const
{
    Call call;
    call.source = m_mapping.source.isEmpty() ? QStringLiteral("mapped") : m_mapping.source;
    call.sourceId = text(record, MappedField::CallId);
    if (call.sourceId.isEmpty()) {
        call.sourceId = contentKey(record);
    }
    std::optional<FieldProblem> failure;
    const std::optional<qint64> arrived = arrival(record, failure);
    if (!arrived) {
        return *failure;
    }
    call.arrivedAtMs = *arrived;
    call.direction = m_mapping.defaultDirection;
    if (columnOf(MappedField::Direction) >= 0) {
        const QString word = text(record, MappedField::Direction);
        const std::optional<Direction> direction = directionFrom(word);
        if (!direction) {
            return problem(MappedField::Direction,
                           Text::tr("\"%1\" is not a direction (in, out, internal).").arg(word));
        }
        call.direction = *direction;
    }
    call.answeredAtMs = laterTime(record, MappedField::AnsweredAt, call.arrivedAtMs, failure);
    call.endedAtMs = laterTime(record, MappedField::EndedAt, call.arrivedAtMs, failure);
    auto seconds = [&](MappedField field) -> std::optional<double> {
        const QString value = text(record, field);
        if (isNullSentinel(value)) {
            return std::nullopt;
        }
        const std::optional<double> read = parseDurationSeconds(value);
        if ((!read || *read < 0) && !failure) {
            failure = problem(field, Text::tr("\"%1\" is not a duration.").arg(value));
        }
        return read;
    };
    call.waitSeconds = seconds(MappedField::Wait);
    call.ringSeconds = seconds(MappedField::Ring);
    call.talkSeconds = seconds(MappedField::Talk);
    call.holdSeconds = seconds(MappedField::Hold);
    call.afterCallWorkSeconds = seconds(MappedField::AfterCallWork);
    if (const QString csat = text(record, MappedField::Csat); !isNullSentinel(csat)) {
        bool isNumber = false;
        const double score = csat.toDouble(&isNumber);
        if ((!isNumber || score < 1 || score > 5) && !failure) {
            failure = problem(MappedField::Csat,
                              Text::tr("\"%1\" is not a rating from 1 to 5.").arg(csat));
        }
        call.csatScore = score;
    }
    if (const QString resolved = text(record, MappedField::Resolved); !resolved.isEmpty()) {
        call.resolved = parseYesNo(resolved);
    }
    if (failure) {
        return *failure;
    }
    const std::optional<Outcome> result = outcome(record, call, failure);
    if (!result) {
        return *failure;
    }
    call.outcome = *result;
    call.outcomeReason = text(record, MappedField::Outcome);
    if (call.outcome != Outcome::Answered) {
        call.talkSeconds.reset(); // an unanswered call's zero talk is filler, not a value
    }
    call.agent = text(record, MappedField::Agent);
    call.queue = text(record, MappedField::Queue);
    call.callerNumber = text(record, MappedField::Caller);
    call.calleeNumber = text(record, MappedField::Callee);
    call.trackingNumber = text(record, MappedField::TrackingNumber);
    call.campaign = text(record, MappedField::Campaign);
    call.disposition = text(record, MappedField::Disposition);
    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
