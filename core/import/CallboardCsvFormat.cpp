#include "CallboardCsvFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>

namespace callboard {

namespace {

using Role = CallboardCsvFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallboardCsvFormat)
};

/// Each column's name and role, in the order Callboard writes them.
const QList<std::pair<QString, Role>> &columns()
{
    static const QList<std::pair<QString, Role>> list{
        {QStringLiteral("source"), Role::Source},
        {QStringLiteral("call_id"), Role::CallId},
        {QStringLiteral("leg"), Role::Leg},
        {QStringLiteral("direction"), Role::Direction},
        {QStringLiteral("outcome"), Role::Outcome},
        {QStringLiteral("outcome_reason"), Role::OutcomeReason},
        {QStringLiteral("arrived_at"), Role::ArrivedAt},
        {QStringLiteral("queue_entered_at"), Role::QueueEnteredAt},
        {QStringLiteral("answered_at"), Role::AnsweredAt},
        {QStringLiteral("ended_at"), Role::EndedAt},
        {QStringLiteral("wait_s"), Role::Wait},
        {QStringLiteral("ring_s"), Role::Ring},
        {QStringLiteral("talk_s"), Role::Talk},
        {QStringLiteral("hold_s"), Role::Hold},
        {QStringLiteral("acw_s"), Role::AfterCallWork},
        {QStringLiteral("agent"), Role::Agent},
        {QStringLiteral("queue"), Role::Queue},
        {QStringLiteral("caller"), Role::Caller},
        {QStringLiteral("callee"), Role::Callee},
        {QStringLiteral("customer_id"), Role::CustomerId},
        {QStringLiteral("tracking_number"), Role::TrackingNumber},
        {QStringLiteral("campaign"), Role::Campaign},
        {QStringLiteral("disposition"), Role::Disposition},
        {QStringLiteral("tags"), Role::Tags},
        {QStringLiteral("resolved"), Role::Resolved},
        {QStringLiteral("escalated"), Role::Escalated},
        {QStringLiteral("transferred"), Role::Transferred},
        {QStringLiteral("csat"), Role::Csat},
        {QStringLiteral("csat_scale"), Role::CsatScale},
        {QStringLiteral("recording_url"), Role::RecordingUrl},
    };
    return list;
}

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map = [] {
        QHash<QString, Role> folded;
        for (const auto &[name, role] : columns()) {
            folded.insert(foldHeaderName(name), role);
        }
        return folded;
    }();
    return map;
}

const QList<std::pair<QString, Direction>> &directionNames()
{
    static const QList<std::pair<QString, Direction>> list{
        {QStringLiteral("inbound"), Direction::Inbound},
        {QStringLiteral("outbound"), Direction::Outbound},
        {QStringLiteral("internal"), Direction::Internal},
    };
    return list;
}

const QList<std::pair<QString, Outcome>> &outcomeNames()
{
    static const QList<std::pair<QString, Outcome>> list{
        {QStringLiteral("answered"), Outcome::Answered},
        {QStringLiteral("abandoned"), Outcome::Abandoned},
        {QStringLiteral("ivr"), Outcome::Ivr},
        {QStringLiteral("voicemail"), Outcome::Voicemail},
        {QStringLiteral("callback_requested"), Outcome::CallbackRequested},
        {QStringLiteral("left_by_key"), Outcome::LeftByKey},
        {QStringLiteral("missed"), Outcome::Missed},
        {QStringLiteral("not_connected"), Outcome::NotConnected},
        {QStringLiteral("in_progress"), Outcome::InProgress},
        {QStringLiteral("system_artifact"), Outcome::SystemArtifact},
    };
    return list;
}

template <typename Value>
std::optional<Value> lookUp(const QList<std::pair<QString, Value>> &names, const QString &text)
{
    for (const auto &[name, value] : names) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Value>
QString nameOf(const QList<std::pair<QString, Value>> &names, Value value)
{
    for (const auto &[name, known] : names) {
        if (known == value) {
            return name;
        }
    }
    return QString();
}

template <typename Value>
QString allNames(const QList<std::pair<QString, Value>> &names)
{
    QStringList list;
    for (const auto &entry : names) {
        list.append(entry.first);
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

QStringList callboardCsvHeader()
{
    QStringList header;
    for (const auto &column : columns()) {
        header.append(column.first);
    }
    return header;
}

QString directionName(Direction direction)
{
    return nameOf(directionNames(), direction);
}

QString outcomeName(Outcome outcome)
{
    return nameOf(outcomeNames(), outcome);
}

QString CallboardCsvFormat::id() const
{
    return QStringLiteral("callboard-csv");
}

QString CallboardCsvFormat::displayName() const
{
    return Text::tr("Callboard call log");
}

QString CallboardCsvFormat::requiredColumns() const
{
    return Text::tr("call_id, direction, outcome and arrived_at columns");
}

int CallboardCsvFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> found(aliases(), header);
    for (const Role role : {Role::CallId, Role::Direction, Role::Outcome, Role::ArrivedAt}) {
        if (!found.has(role)) {
            return 0;
        }
    }
    // Its own column names are specific enough to beat any vendor format's partial match.
    return 95;
}

Status CallboardCsvFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_columns.emplace(aliases(), header);
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    return {};
}

FieldProblem CallboardCsvFormat::problem(Role role, const QString &message) const
{
    return FieldProblem{m_columns->column(role) + 1, message};
}

std::variant<Call, FieldProblem> CallboardCsvFormat::toCall(const Record &record) const
{
    const HeaderMap<Role> &columns = *m_columns;
    Call call;
    call.source = columns.field(record, Role::Source);
    if (call.source.isEmpty()) {
        call.source = id();
    }
    call.sourceId = columns.field(record, Role::CallId);
    if (call.sourceId.isEmpty()) {
        return problem(Role::CallId, Text::tr("The call has no call_id."));
    }
    const QString legText = columns.field(record, Role::Leg);
    if (!legText.isEmpty()) {
        bool isNumber = false;
        call.leg = legText.toInt(&isNumber);
        if (!isNumber || call.leg < 0) {
            return problem(Role::Leg, Text::tr("\"%1\" is not a leg number.").arg(legText));
        }
    }

    const QString directionText = columns.field(record, Role::Direction);
    const std::optional<Direction> direction = lookUp(directionNames(), directionText);
    if (!direction) {
        return problem(Role::Direction,
                       Text::tr("\"%1\" is not a direction; expected %2.")
                           .arg(directionText, allNames(directionNames())));
    }
    call.direction = *direction;
    const QString outcomeText = columns.field(record, Role::Outcome);
    const std::optional<Outcome> outcome = lookUp(outcomeNames(), outcomeText);
    if (!outcome) {
        return problem(Role::Outcome,
                       Text::tr("\"%1\" is not an outcome; expected %2.")
                           .arg(outcomeText, allNames(outcomeNames())));
    }
    call.outcome = *outcome;
    call.outcomeReason = columns.field(record, Role::OutcomeReason);

    std::optional<FieldProblem> failure;
    auto time = [&](Role role) -> std::optional<qint64> {
        const QString text = columns.field(record, role);
        if (isNullSentinel(text)) {
            return std::nullopt;
        }
        const std::optional<qint64> ms = parseIsoDateTime(text, m_zone);
        if (!ms && !failure) {
            failure = problem(role, Text::tr("\"%1\" is not an ISO 8601 date and time.").arg(text));
        }
        return ms;
    };
    auto seconds = [&](Role role) -> std::optional<double> {
        const QString text = columns.field(record, role);
        if (isNullSentinel(text)) {
            return std::nullopt;
        }
        const std::optional<double> value = parseDurationSeconds(text);
        if ((!value || *value < 0) && !failure) {
            failure = problem(role, Text::tr("\"%1\" is not a number of seconds.").arg(text));
        }
        return value;
    };
    auto flag = [&](Role role) -> std::optional<bool> {
        const QString text = columns.field(record, role);
        if (isNullSentinel(text)) {
            return std::nullopt;
        }
        const std::optional<bool> value = parseYesNo(text);
        if (!value && !failure) {
            failure = problem(role, Text::tr("\"%1\" is neither yes nor no.").arg(text));
        }
        return value;
    };

    if (columns.field(record, Role::ArrivedAt).isEmpty()) {
        return problem(Role::ArrivedAt, Text::tr("The call has no arrived_at time."));
    }
    call.arrivedAtMs = time(Role::ArrivedAt).value_or(0);
    call.queueEnteredAtMs = time(Role::QueueEnteredAt);
    call.answeredAtMs = time(Role::AnsweredAt);
    call.endedAtMs = time(Role::EndedAt);
    call.waitSeconds = seconds(Role::Wait);
    call.ringSeconds = seconds(Role::Ring);
    call.talkSeconds = seconds(Role::Talk);
    call.holdSeconds = seconds(Role::Hold);
    call.afterCallWorkSeconds = seconds(Role::AfterCallWork);
    call.resolved = flag(Role::Resolved);
    call.escalated = flag(Role::Escalated);
    call.transferred = flag(Role::Transferred);
    call.csatScore = seconds(Role::Csat);
    if (const std::optional<double> scale = seconds(Role::CsatScale)) {
        call.csatScale = static_cast<int>(*scale);
    }
    if (failure) {
        return *failure;
    }

    call.agent = columns.field(record, Role::Agent);
    call.queue = columns.field(record, Role::Queue);
    call.callerNumber = columns.field(record, Role::Caller);
    call.calleeNumber = columns.field(record, Role::Callee);
    call.customerId = columns.field(record, Role::CustomerId);
    call.trackingNumber = columns.field(record, Role::TrackingNumber);
    call.campaign = columns.field(record, Role::Campaign);
    call.disposition = columns.field(record, Role::Disposition);
    const QString tags = columns.field(record, Role::Tags);
    if (!tags.isEmpty()) {
        call.tags = tags.split(u';', Qt::SkipEmptyParts);
    }
    call.recordingUrl = columns.field(record, Role::RecordingUrl);
    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
