#include "AircallCsvFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace callboard {

namespace {

using Role = AircallCsvFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AircallCsvFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("datetimeutc"), Role::UtcDateTime},
        {QStringLiteral("datetimetzoffsetincl"), Role::LocalDateTime},
        {QStringLiteral("datetzoffsetincl"), Role::LocalDate},
        {QStringLiteral("timetzoffsetincl"), Role::LocalTime},
        {QStringLiteral("numbertimezone"), Role::NumberTimeZone},
        {QStringLiteral("direction"), Role::Direction},
        {QStringLiteral("from"), Role::From},
        {QStringLiteral("to"), Role::To},
        {QStringLiteral("answered"), Role::Answered},
        {QStringLiteral("missedcallreason"), Role::MissedCallReason},
        {QStringLiteral("calltype"), Role::CallType},
        {QStringLiteral("user"), Role::User},
        {QStringLiteral("team"), Role::Team},
        {QStringLiteral("durationtotal"), Role::TotalSeconds},
        {QStringLiteral("durationincall"), Role::InCallSeconds},
        {QStringLiteral("incallduration"), Role::InCallDuration},
        {QStringLiteral("waitingtime"), Role::WaitingTime},
        {QStringLiteral("timetoanswer"), Role::TimeToAnswer},
        {QStringLiteral("voicemail"), Role::Voicemail},
        {QStringLiteral("tags"), Role::Tags},
        {QStringLiteral("callidinternal"), Role::CallId},
    };
    return map;
}

/// A number as the export gives it; `anonymous` (a withheld caller) is no number, so that
/// anonymous callers are not taken for one repeat caller.
QString phoneNumber(const QString &text)
{
    return text.compare(u"anonymous", Qt::CaseInsensitive) == 0 ? QString() : text;
}

} // namespace

QString AircallCsvFormat::id() const
{
    return QStringLiteral("aircall-csv");
}

QString AircallCsvFormat::displayName() const
{
    return Text::tr("Aircall call-history export");
}

QString AircallCsvFormat::requiredColumns() const
{
    return Text::tr("direction, answered, missed_call_reason and duration (total) columns, and a "
                    "datetime (utc) column or the local date and time");
}

int AircallCsvFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    for (const Role role :
         {Role::Direction, Role::Answered, Role::MissedCallReason, Role::TotalSeconds}) {
        if (!columns.has(role)) {
            return 0;
        }
    }
    if (!columns.has(Role::UtcDateTime) && !columns.has(Role::LocalDateTime)
        && !(columns.has(Role::LocalDate) && columns.has(Role::LocalTime))) {
        return 0;
    }
    return 95; // missed_call_reason and duration (total) are Aircall's own names
}

Status AircallCsvFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    m_userZone = options.timeZone;
    m_reportZone = options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

QTimeZone AircallCsvFormat::timeZone() const
{
    if (m_columns->has(Role::UtcDateTime)) {
        return QTimeZone::utc();
    }
    // Rows that name their line's zone are read in it when the user gave none.
    return m_userZone.isValid() ? m_userZone : m_reportZone;
}

Role AircallCsvFormat::dateRole() const
{
    if (m_columns->has(Role::UtcDateTime)) {
        return Role::UtcDateTime;
    }
    return m_columns->has(Role::LocalDateTime) ? Role::LocalDateTime : Role::LocalDate;
}

void AircallCsvFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(m_columns->field(record, dateRole()), record.line);
}

Status AircallCsvFormat::finishObserving()
{
    const int column = m_columns->column(dateRole());
    // Aircall writes ISO dates; the re-saved copies that circulate write numeric ones day first.
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem AircallCsvFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::optional<double> AircallCsvFormat::duration(const Record &record,
                                                 Role role,
                                                 std::optional<FieldProblem> &failure) const
{
    const QString text = m_columns->field(record, role);
    if (isNullSentinel(text)) {
        return std::nullopt;
    }
    const std::optional<double> seconds = parseDurationSeconds(text);
    if (!seconds && !failure) {
        failure = problem(role, Text::tr("cannot read \"%1\" as a duration").arg(text));
    }
    return seconds;
}

std::variant<qint64, FieldProblem> AircallCsvFormat::arrivalTime(const Record &record) const
{
    const Role role = dateRole();
    auto [dateText, timeText] = splitDateTime(m_columns->field(record, role));
    const Role timeRole = role == Role::LocalDate ? Role::LocalTime : role;
    if (role == Role::LocalDate) {
        timeText = m_columns->field(record, Role::LocalTime);
    }
    const std::optional<QDate> date = parseDate(dateText, m_dateOrder);
    if (!date) {
        return problem(role,
                       dateText.isEmpty() ? Text::tr("the date is missing")
                                          : Text::tr("cannot read \"%1\" as a date").arg(dateText));
    }
    const std::optional<QTime> time = parseTimeOfDay(timeText);
    if (!time) {
        return problem(timeRole,
                       timeText.isEmpty()
                           ? Text::tr("the time is missing")
                           : Text::tr("cannot read \"%1\" as a time of day").arg(timeText));
    }
    QTimeZone zone = QTimeZone::utc();
    if (role != Role::UtcDateTime) {
        const QTimeZone lineZone(m_columns->field(record, Role::NumberTimeZone).toUtf8());
        zone = m_userZone.isValid() ? m_userZone : lineZone.isValid() ? lineZone : m_reportZone;
    }
    return QDateTime(*date, *time, zone).toMSecsSinceEpoch();
}

std::variant<Outcome, FieldProblem> AircallCsvFormat::outcome(const Record &record,
                                                              Direction direction) const
{
    const QString answeredText = m_columns->field(record, Role::Answered);
    const std::optional<bool> answered = parseYesNo(answeredText);
    if (!answered) {
        return problem(Role::Answered,
                       Text::tr("expected Yes or No, found \"%1\"").arg(answeredText));
    }
    if (*answered) {
        return Outcome::Answered;
    }
    if (direction != Direction::Inbound) {
        return Outcome::NotConnected;
    }
    const QString reason = m_columns->field(record, Role::MissedCallReason).toLower();
    const QString type = m_columns->field(record, Role::CallType).toLower();
    // A voicemail left decides, whichever reason (no agent, no answer) sent the caller there.
    if (type == QLatin1String("voicemail")
        || !isNullSentinel(m_columns->field(record, Role::Voicemail))) {
        return Outcome::Voicemail;
    }
    // Aircall's short_abandoned uses its own 10 s rule; the wait, measured below, lets the
    // profile judge shortness by its own.
    if (reason == QLatin1String("short_abandoned")
        || reason == QLatin1String("abandoned_in_classic")) {
        return Outcome::Abandoned;
    }
    if (reason == QLatin1String("abandoned_in_ivr")) {
        return Outcome::Ivr;
    }
    // no_available_agent, agents_did_not_answer, out_of_opening_hours, and any reason Aircall
    // adds later: not answered, but never offered to the queue as an abandon is.
    if (!reason.isEmpty()) {
        return Outcome::Missed;
    }
    if (type == QLatin1String("abandoned")) {
        return Outcome::Abandoned;
    }
    // Handled by Aircall's AI voice agent alone: self-service that never reached an agent.
    if (type == QLatin1String("ai call")) {
        return Outcome::Ivr;
    }
    return Outcome::Missed;
}

std::variant<Call, FieldProblem> AircallCsvFormat::toCall(const Record &record) const
{
    Call call;
    // The system, not the file type: the API importer stores the same calls under it.
    call.source = QStringLiteral("aircall");

    const QString directionText = m_columns->field(record, Role::Direction).toLower();
    if (directionText == QLatin1String("inbound")) {
        call.direction = Direction::Inbound;
    } else if (directionText == QLatin1String("outbound")) {
        call.direction = Direction::Outbound;
    } else if (directionText == QLatin1String("internal")) {
        call.direction = Direction::Internal;
    } else {
        return problem(Role::Direction,
                       Text::tr("expected inbound, outbound or internal, found \"%1\"")
                           .arg(m_columns->field(record, Role::Direction)));
    }

    const auto arrival = arrivalTime(record);
    if (const auto *failure = std::get_if<FieldProblem>(&arrival)) {
        return *failure;
    }
    call.arrivedAtMs = std::get<qint64>(arrival);

    const auto decided = outcome(record, call.direction);
    if (const auto *failure = std::get_if<FieldProblem>(&decided)) {
        return *failure;
    }
    call.outcome = std::get<Outcome>(decided);
    const QString reason = m_columns->field(record, Role::MissedCallReason);
    call.outcomeReason = reason.isEmpty() ? m_columns->field(record, Role::CallType) : reason;
    const bool answered = call.outcome == Outcome::Answered;

    std::optional<FieldProblem> failure;
    const std::optional<double> total = duration(record, Role::TotalSeconds, failure);
    std::optional<double> inCall = duration(record, Role::InCallSeconds, failure);
    if (!inCall) {
        inCall = duration(record, Role::InCallDuration, failure);
    }
    if (call.direction == Direction::Inbound) {
        if (m_columns->has(Role::TimeToAnswer) || m_columns->has(Role::WaitingTime)) {
            // Time to answer leaves out the welcome message and voice menu, as the queue wait
            // does; Aircall gives it for answered calls only.
            if (answered) {
                call.waitSeconds = duration(record, Role::TimeToAnswer, failure);
            }
            if (!call.waitSeconds) {
                call.waitSeconds = duration(record, Role::WaitingTime, failure);
            }
        } else if (answered && total && inCall && *total >= *inCall) {
            // Older exports have no wait: start to answer is the total less the time in call.
            call.waitSeconds = *total - *inCall;
        } else if (call.outcome == Outcome::Abandoned) {
            call.waitSeconds = total;
        }
    }
    if (failure) {
        return *failure;
    }
    if (total) {
        call.endedAtMs = call.arrivedAtMs + std::llround(*total * 1000);
    }
    // Only an answered call was in call; an unanswered row's blanks are not values.
    if (answered) {
        call.talkSeconds = inCall;
        if (call.endedAtMs && inCall) {
            call.answeredAtMs = *call.endedAtMs - std::llround(*inCall * 1000);
        }
    }

    const QString user = m_columns->field(record, Role::User);
    if (user.compare(u"[No associated user]", Qt::CaseInsensitive) != 0) {
        call.agent = user;
    }
    call.queue = m_columns->field(record, Role::Team);
    call.callerNumber = phoneNumber(m_columns->field(record, Role::From));
    call.calleeNumber = phoneNumber(m_columns->field(record, Role::To));
    const QStringList tags = m_columns->field(record, Role::Tags).split(u',', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty()) {
            call.tags.append(tag.trimmed());
        }
    }

    call.rawRecord = rawRecordJson(record);

    call.sourceId = m_columns->field(record, Role::CallId);
    if (call.sourceId.isEmpty()) {
        // Older exports carry no call id: the row's own content names it, so re-importing the
        // file finds it again (the API's copy of the call cannot be recognised, though).
        call.sourceId = contentKey(record);
    }
    return call;
}

} // namespace callboard
