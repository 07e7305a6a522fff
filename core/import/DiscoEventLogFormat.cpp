#include "DiscoEventLogFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace callboard {

namespace {

using Role = DiscoEventLogFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiscoEventLogFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("serviceid"), Role::Case},
        {QStringLiteral("caseid"), Role::Case},
        {QStringLiteral("operation"), Role::Activity},
        {QStringLiteral("activity"), Role::Activity},
        {QStringLiteral("startdate"), Role::Start},
        {QStringLiteral("starttimestamp"), Role::Start},
        {QStringLiteral("enddate"), Role::End},
        {QStringLiteral("completetimestamp"), Role::End},
        {QStringLiteral("endtimestamp"), Role::End},
        {QStringLiteral("agentposition"), Role::Position},
        {QStringLiteral("customerid"), Role::Customer},
        {QStringLiteral("product"), Role::Product},
        {QStringLiteral("servicetype"), Role::ServiceType},
        {QStringLiteral("agent"), Role::Agent},
        {QStringLiteral("resource"), Role::Agent},
    };
    return map;
}

/// What an activity of the log is, by its name.
enum class ActivityKind {
    InboundCall,
    OutboundCall,
    CallOfUnknownDirection,
    NotACall,
};

/// The words of @p name in lower case: "Call Outbound" is {call, outbound}.
QStringList wordsOf(const QString &name)
{
    QStringList words;
    QString word;
    for (const QChar c : name.toLower()) {
        if (c.isLetter()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

/// Disco's log says "Inbound Call" and "Call Outbound"; other logs of the kind "Outbound call",
/// "Incoming phone call" and the like, so the words decide, not the exact name.
ActivityKind activityKind(const QString &name)
{
    const QStringList words = wordsOf(name);
    if (!words.contains(u"call") && !words.contains(u"phone")) {
        return ActivityKind::NotACall;
    }
    const auto hasAny = [&words](std::initializer_list<const char16_t *> candidates) {
        return std::any_of(candidates.begin(), candidates.end(), [&words](const char16_t *word) {
            return words.contains(QStringView(word));
        });
    };
    const bool inbound = hasAny({u"inbound", u"incoming", u"in"});
    const bool outbound = hasAny({u"outbound", u"outgoing", u"out"});
    if (inbound == outbound) {
        return ActivityKind::CallOfUnknownDirection;
    }
    return inbound ? ActivityKind::InboundCall : ActivityKind::OutboundCall;
}

/// Names one record whatever its fields hold, to tell repeated records from distinct ones.
QByteArray digestOf(const Record &record)
{
    return QCryptographicHash::hash(record.fields.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1);
}

} // namespace

QString DiscoEventLogFormat::id() const
{
    return QStringLiteral("disco-event-log");
}

QString DiscoEventLogFormat::displayName() const
{
    return Text::tr("Contact-centre event log (process mining)");
}

QString DiscoEventLogFormat::requiredColumns() const
{
    return Text::tr("ServiceID (or Case ID), Operation (or Activity), Start Date and End Date "
                    "columns");
}

int DiscoEventLogFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    for (const Role role : {Role::Case, Role::Activity, Role::Start, Role::End}) {
        if (!columns.has(role)) {
            return 0;
        }
    }
    return 80; // an event log of cases and activities; which activities are calls shows later
}

Status DiscoEventLogFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    // The log names no zone: the user's, else the workspace's.
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    m_callsByStart.clear();
    m_laterOccurrence.clear();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

void DiscoEventLogFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(m_columns->field(record, Role::Start), record.line);
    const ActivityKind kind = activityKind(m_columns->field(record, Role::Activity));
    if (kind == ActivityKind::InboundCall || kind == ActivityKind::OutboundCall) {
        const QString startKey =
            m_columns->field(record, Role::Case) + u'\x1f' + m_columns->field(record, Role::Start);
        m_callsByStart[startKey].append(
            SameStartCall{digestOf(record), m_columns->field(record, Role::End)});
    }
}

Status DiscoEventLogFormat::finishObserving()
{
    const int column = m_columns->column(Role::Start);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;

    // Calls of one case that start together are numbered by their end, so that the numbers do
    // not depend on the order of the records in the file.
    for (QList<SameStartCall> &calls : m_callsByStart) {
        if (calls.size() < 2) {
            continue;
        }
        const auto endMs = [this](const SameStartCall &call) {
            const std::optional<LocalTime> end = localTime(call.endText);
            return end ? toMs(*end) : std::numeric_limits<qint64>::max();
        };
        std::sort(calls.begin(), calls.end(), [&endMs](const auto &a, const auto &b) {
            return std::pair(endMs(a), a.digest) < std::pair(endMs(b), b.digest);
        });
        int occurrence = 1;
        for (qsizetype i = 1; i < calls.size(); ++i) {
            if (calls.at(i).digest != calls.at(i - 1).digest) {
                m_laterOccurrence.insert(calls.at(i).digest, ++occurrence);
            }
        }
    }
    m_callsByStart.clear();
    return {};
}

FieldProblem DiscoEventLogFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::optional<DiscoEventLogFormat::LocalTime>
DiscoEventLogFormat::localTime(const QString &text) const
{
    const auto [dateText, timeText] = splitDateTime(text);
    const std::optional<QDate> date = parseDate(dateText, m_dateOrder);
    const std::optional<QTime> time = parseTimeOfDay(timeText);
    if (!date || !time) {
        return std::nullopt;
    }
    return LocalTime{*date, *time};
}

qint64 DiscoEventLogFormat::toMs(const LocalTime &local) const
{
    return QDateTime(local.date, local.time, m_zone).toMSecsSinceEpoch();
}

QString DiscoEventLogFormat::occurrenceSuffix(const Record &record) const
{
    if (m_laterOccurrence.isEmpty()) {
        return QString();
    }
    const int occurrence = m_laterOccurrence.value(digestOf(record), 1);
    return occurrence > 1 ? u'/' + QString::number(occurrence) : QString();
}

void DiscoEventLogFormat::convert(const Record &record, ConversionSink &sink)
{
    const QString activity = m_columns->field(record, Role::Activity);
    std::variant<Call, FieldProblem> converted;
    switch (activityKind(activity)) {
    case ActivityKind::NotACall:
        sink.skip(Text::tr("\"%1\" is not a phone call").arg(activity));
        return;
    case ActivityKind::CallOfUnknownDirection:
        converted = problem(Role::Activity,
                            Text::tr("cannot tell whether \"%1\" is an inbound or an outbound "
                                     "call")
                                .arg(activity));
        break;
    case ActivityKind::InboundCall:
        converted = toCall(record, Direction::Inbound);
        break;
    case ActivityKind::OutboundCall:
        converted = toCall(record, Direction::Outbound);
        break;
    }
    if (auto *call = std::get_if<Call>(&converted)) {
        sink.addCall(std::move(*call));
    } else {
        sink.reject(record.line, std::get<FieldProblem>(converted));
    }
}

std::variant<Call, FieldProblem> DiscoEventLogFormat::toCall(const Record &record,
                                                             Direction direction) const
{
    Call call;
    call.source = id();
    call.direction = direction;
    // The log records the work done: a call activity is a conversation that took place.
    call.outcome = Outcome::Answered;
    call.outcomeReason = m_columns->field(record, Role::Activity);

    const QString caseId = m_columns->field(record, Role::Case);
    if (isNullSentinel(caseId)) {
        return problem(Role::Case, Text::tr("the case is missing"));
    }
    const QString startText = m_columns->field(record, Role::Start);
    const std::optional<LocalTime> start = localTime(startText);
    if (!start) {
        return problem(Role::Start,
                       Text::tr("cannot read \"%1\" as a date and time").arg(startText));
    }
    // The local time, not UTC, names the call, so that importing in another zone finds it again.
    call.sourceId = caseId + u'/' + start->date.toString(Qt::ISODate) + u'T'
                    + start->time.toString(Qt::ISODate) + occurrenceSuffix(record);
    call.arrivedAtMs = toMs(*start);
    call.answeredAtMs = call.arrivedAtMs;

    const QString endText = m_columns->field(record, Role::End);
    if (!isNullSentinel(endText)) {
        const std::optional<LocalTime> end = localTime(endText);
        if (!end) {
            return problem(Role::End,
                           Text::tr("cannot read \"%1\" as a date and time").arg(endText));
        }
        call.endedAtMs = toMs(*end);
        if (*call.endedAtMs < call.arrivedAtMs) {
            return problem(Role::End, Text::tr("the activity ends before it starts"));
        }
        call.talkSeconds = double(*call.endedAtMs - call.arrivedAtMs) / 1000;
    }

    call.agent = m_columns->field(record, Role::Agent);
    call.queue = m_columns->field(record, Role::Product);
    if (const QString customer = m_columns->field(record, Role::Customer);
        !isNullSentinel(customer)) {
        call.customerId = customer;
    }
    for (const Role role : {Role::Position, Role::ServiceType}) {
        const QString tag = m_columns->field(record, role);
        if (!isNullSentinel(tag)) {
            call.tags.append(tag);
        }
    }

    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
