#include "AsteriskQueueLogFormat.h"

#include "common/Logging.h"
#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace callboard {

namespace {

using Role = AsteriskQueueLogFormat::Role;
using Kind = QueueCallEvent;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AsteriskQueueLogFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("time"), Role::Time},
        {QStringLiteral("datetime"), Role::UnixTime}, // PBXware's date_time holds Unix seconds
        {QStringLiteral("callid"), Role::CallId},
        {QStringLiteral("queuename"), Role::Queue},
        {QStringLiteral("agent"), Role::Agent},
        {QStringLiteral("type"), Role::Agent}, // PBXware names the member column `type`
        {QStringLiteral("event"), Role::Event},
        {QStringLiteral("data"), Role::Data},
        {QStringLiteral("data1"), Role::Data1},
        {QStringLiteral("data2"), Role::Data2},
        {QStringLiteral("data3"), Role::Data3},
        {QStringLiteral("data4"), Role::Data4},
        {QStringLiteral("data5"), Role::Data5},
        {QStringLiteral("param1"), Role::Param1},
        {QStringLiteral("param2"), Role::Param2},
        {QStringLiteral("param3"), Role::Param3},
        {QStringLiteral("entpos"), Role::EntryPosition},
        {QStringLiteral("expos"), Role::ExitPosition},
        {QStringLiteral("htime"), Role::HoldTime},
        {QStringLiteral("ttime"), Role::TalkTime},
    };
    return map;
}

/// Every event Callboard knows: the call events by what they do, and the agent, queue and system
/// events that make no call (std::nullopt).
const QHash<QString, std::optional<Kind>> &knownEvents()
{
    static const QHash<QString, std::optional<Kind>> map{
        {QStringLiteral("ENTERQUEUE"), Kind::EnterQueue},
        {QStringLiteral("CONNECT"), Kind::Connect},
        {QStringLiteral("COMPLETECALLER"), Kind::CompleteCaller},
        {QStringLiteral("COMPLETEAGENT"), Kind::CompleteAgent},
        {QStringLiteral("BLINDTRANSFER"), Kind::BlindTransfer},
        {QStringLiteral("ATTENDEDTRANSFER"), Kind::AttendedTransfer},
        {QStringLiteral("TRANSFER"), Kind::Transfer},
        {QStringLiteral("ABANDON"), Kind::Abandon},
        {QStringLiteral("EXITWITHTIMEOUT"), Kind::ExitWithTimeout},
        {QStringLiteral("EXITWITHKEY"), Kind::ExitWithKey},
        {QStringLiteral("EXITEMPTY"), Kind::ExitEmpty},
        {QStringLiteral("WITHDRAW"), Kind::Withdraw},
        {QStringLiteral("RINGNOANSWER"), Kind::RingNoAnswer},
        {QStringLiteral("RINGCANCELED"), Kind::RingCanceled},
        {QStringLiteral("DID"), Kind::Did},
        {QStringLiteral("OUTDIAL"), Kind::OutDial},
        {QStringLiteral("OUTANSWER"), Kind::OutAnswer},
        {QStringLiteral("OUTBUSY"), Kind::OutBusy},
        {QStringLiteral("OUTNOANSWER"), Kind::OutNoAnswer},
        {QStringLiteral("OUTCANCEL"), Kind::OutCancel},
        {QStringLiteral("OUTCONGESTION"), Kind::OutCongestion},
        {QStringLiteral("OUTCHANUNAVAIL"), Kind::OutChanUnavail},
        {QStringLiteral("OUTTRANSFER"), Kind::OutTransfer},
        {QStringLiteral("OUTCALL"), Kind::OutCall},
        {QStringLiteral("ADDMEMBER"), std::nullopt},
        {QStringLiteral("REMOVEMEMBER"), std::nullopt},
        {QStringLiteral("PAUSE"), std::nullopt},
        {QStringLiteral("UNPAUSE"), std::nullopt},
        {QStringLiteral("PAUSEALL"), std::nullopt},
        {QStringLiteral("UNPAUSEALL"), std::nullopt},
        {QStringLiteral("AGENTLOGIN"), std::nullopt},
        {QStringLiteral("AGENTLOGOFF"), std::nullopt},
        {QStringLiteral("AGENTCALLBACKLOGIN"), std::nullopt},
        {QStringLiteral("AGENTCALLBACKLOGOFF"), std::nullopt},
        {QStringLiteral("QUEUESTART"), std::nullopt},
        {QStringLiteral("CONFIGRELOAD"), std::nullopt},
        {QStringLiteral("PENALTY"), std::nullopt},
        {QStringLiteral("RINGINUSE"), std::nullopt},
        {QStringLiteral("INFO"), std::nullopt},
        {QStringLiteral("SYSCOMPAT"), std::nullopt},
        // The member hung up during the announcement, before being bridged: the caller stays
        // queued, and the visit goes on to its own exit.
        {QStringLiteral("AGENTDUMP"), std::nullopt},
    };
    return map;
}

/// The events of PBXware-style diallers, as opposed to Asterisk's own OUTCALL.
bool isDiallerEvent(Kind kind)
{
    return kind >= Kind::OutDial && kind <= Kind::OutTransfer;
}

/// Where an event keeps what Callboard reads, as indexes into its parameters in Asterisk's
/// documented order; -1 where it has no such parameter.
struct ParameterPositions
{
    int number = -1;
    int detail = -1;
    int wait = -1;
    int ring = -1;
    int talk = -1;
    int total = -1;
};

ParameterPositions positionsOf(Kind kind)
{
    ParameterPositions at;
    switch (kind) {
    case Kind::EnterQueue: // url|callerid|origposition[|calleridname]
        at.number = 1;
        break;
    case Kind::Connect: // holdtime|bridged channel uniqueid|ringtime
        at.wait = 0;
        at.ring = 2;
        break;
    case Kind::CompleteCaller: // holdtime|calltime|origposition
    case Kind::CompleteAgent:
        at.wait = 0;
        at.talk = 1;
        break;
    case Kind::BlindTransfer: // exten|context|holdtime|calltime|origposition
    case Kind::Transfer:
    case Kind::AttendedTransfer: // method|method data|holdtime|calltime|origposition
        at.detail = 0;
        at.wait = 2;
        at.talk = 3;
        break;
    case Kind::Abandon: // position|origposition|waittime
    case Kind::ExitWithTimeout:
    case Kind::ExitEmpty:
    case Kind::Withdraw: // position|origposition|waittime|info
        at.wait = 2;
        break;
    case Kind::ExitWithKey: // key|position|origposition|waittime
        at.detail = 0;
        at.wait = 3;
        break;
    case Kind::Did: // the number dialled
        at.detail = 0;
        break;
    case Kind::OutCall: // status|talktime|dialled time|number (QueueUpdate's documented example)
        at.detail = 0;
        at.talk = 1;
        at.total = 2;
        at.number = 3;
        break;
    case Kind::RingNoAnswer: // ringtime in milliseconds, not read: offers are not stored
    case Kind::RingCanceled:
        break;
    default: // the dialler's own events: number|result|ring s|talk s, as PBXware splits them
        at.number = 0;
        at.detail = 1;
        at.ring = 2;
        at.talk = 3;
        break;
    }
    return at;
}

/// A member as a person: `Agent/1127`, `SIP/1127`, `PJSIP/1127` and `Local/1127@ctx/n` are all
/// `1127`, so that the same extension is one agent whichever channel rang it. Names that are not
/// channels (a member name set in queues.conf) stay as written; `NONE` is nobody.
QString memberName(const QString &member)
{
    if (member.isEmpty() || member.compare(u"NONE", Qt::CaseInsensitive) == 0) {
        return QString();
    }
    static const QRegularExpression channel(
        QStringLiteral("^(?:Agent|Local|SIP|PJSIP|IAX2|DAHDI|Zap|H323|Skinny|SCCP|MGCP)/([^@/]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = channel.match(member);
    return match.hasMatch() ? match.captured(1) : member;
}

/// A caller id as a number; withheld and unknown callers are no number, so that they are not
/// taken for one repeat caller.
QString callerNumber(const QString &text)
{
    for (const char16_t *withheld : {u"anonymous", u"unknown", u"restricted", u"NONE"}) {
        if (text.compare(QStringView(withheld), Qt::CaseInsensitive) == 0) {
            return QString();
        }
    }
    return isNullSentinel(text) ? QString() : text;
}

/// The queue; `NONE` is no queue.
QString queueName(const QString &text)
{
    return text.compare(u"NONE", Qt::CaseInsensitive) == 0 ? QString() : text;
}

/// The longest duration a queue event's parameter is read as: a year.
constexpr double maxEventSeconds = 366 * 24 * 3600;

bool isUnixSeconds(QStringView text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{9,11}(?:\\.\\d+)?$"));
    return digits.match(text).hasMatch();
}

/// True when @p fields look like one line of the queue_log text file: Unix seconds, a call id
/// (a channel's uniqueid such as `1718000000.42`, or NONE, REALTIME, MANAGER, CLI), a queue and
/// a member, and an upper-case event name.
bool looksLikeTextLogLine(const QStringList &fields)
{
    if (fields.size() < 5 || !isUnixSeconds(fields.at(0).trimmed())) {
        return false;
    }
    static const QRegularExpression callId(
        QStringLiteral("^(?:NONE|REALTIME|MANAGER|CLI|\\S*\\d+\\.\\d+)$"));
    static const QRegularExpression eventName(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    return callId.match(fields.at(1).trimmed()).hasMatch()
           && eventName.match(fields.at(4).trimmed()).hasMatch();
}

/// True when @p columns make one of the database forms: time, call id, queue, member and event,
/// and the parameters in one of their three shapes.
bool isTableHeader(const HeaderMap<Role> &columns)
{
    for (const Role role : {Role::CallId, Role::Queue, Role::Agent, Role::Event}) {
        if (!columns.has(role)) {
            return false;
        }
    }
    const bool hasTime = columns.has(Role::Time) || columns.has(Role::UnixTime);
    const bool hasParameters = columns.has(Role::Data) || columns.has(Role::Data1)
                               || (columns.has(Role::Param1) && columns.has(Role::HoldTime));
    return hasTime && hasParameters;
}

/// The documented names of the text file's fields, for the raw record.
QStringList textLogFieldNames()
{
    return {QStringLiteral("time"),
            QStringLiteral("callid"),
            QStringLiteral("queuename"),
            QStringLiteral("agent"),
            QStringLiteral("event"),
            QStringLiteral("data1"),
            QStringLiteral("data2"),
            QStringLiteral("data3"),
            QStringLiteral("data4"),
            QStringLiteral("data5")};
}

} // namespace

QStringList AsteriskQueueLogFormat::headerlessFieldNames() const
{
    return textLogFieldNames();
}

QString AsteriskQueueLogFormat::id() const
{
    return QStringLiteral("asterisk-queue-log");
}

QString AsteriskQueueLogFormat::displayName() const
{
    return Text::tr("Asterisk queue_log");
}

QString AsteriskQueueLogFormat::requiredColumns() const
{
    return Text::tr("either lines of the form epoch|callid|queue|agent|EVENT|parameters, or time "
                    "(or date_time), callid, queuename, agent (or type) and event columns with "
                    "data, data1 to data5, or param1 and htime");
}

int AsteriskQueueLogFormat::matchHeader(const QStringList &header) const
{
    if (isTableHeader(HeaderMap<Role>(aliases(), header))) {
        return 95; // callid, queuename and event together are queue_log's own
    }
    // Below a header match: a header-less line is recognised by its content alone.
    return looksLikeTextLogLine(header) ? 90 : 0;
}

Status AsteriskQueueLogFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_localZone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_lastLineOfCall.clear();
    m_logEndMs = 0;
    m_readLocalTimes = false;
    m_offers = 0;
    m_noCallEvents = 0;
    m_assembler.emplace(QStringLiteral("asterisk-queue"));

    const HeaderMap<Role> columns(aliases(), header);
    if (isTableHeader(columns)) {
        m_columns = columns;
        if (columns.has(Role::Param1) && columns.has(Role::HoldTime)) {
            m_layout = Layout::SplitParameters;
        } else {
            m_layout = columns.has(Role::Data1) ? Layout::RealtimeDataN : Layout::RealtimeData;
        }
        return {};
    }
    if (looksLikeTextLogLine(header)) {
        m_layout = Layout::TextFile;
        m_columns.reset();
        return {};
    }
    return Error{Text::tr("This is not an Asterisk queue_log: it needs %1.").arg(requiredColumns()),
                 {},
                 1,
                 0};
}

QTimeZone AsteriskQueueLogFormat::timeZone() const
{
    // Unix seconds need no zone; only a realtime table's local `time` column is read in one.
    return m_readLocalTimes ? m_localZone : QTimeZone::utc();
}

AsteriskQueueLogFormat::Field AsteriskQueueLogFormat::field(const Record &record, Role role) const
{
    int index = -1;
    if (m_layout != Layout::TextFile) {
        index = m_columns->column(role);
    } else if (role == Role::Time) {
        index = 0;
    } else if (role == Role::CallId) {
        index = 1;
    } else if (role == Role::Queue) {
        index = 2;
    } else if (role == Role::Agent) {
        index = 3;
    } else if (role == Role::Event) {
        index = 4;
    }
    if (index < 0) {
        return {};
    }
    return Field{record.fields.value(index).trimmed(), index + 1};
}

std::variant<AsteriskQueueLogFormat::Moment, FieldProblem>
AsteriskQueueLogFormat::readTime(const Record &record) const
{
    // PBXware's Unix `date_time` wins over its local `time`; the text file has only the one.
    Field time = field(record, Role::UnixTime);
    if (isNullSentinel(time.text) && (!m_columns || m_columns->has(Role::Time))) {
        time = field(record, Role::Time);
    }
    if (isUnixSeconds(time.text)) {
        return Moment{std::llround(time.text.toDouble() * 1000), false};
    }
    if (m_layout == Layout::TextFile || time.text.isEmpty()) {
        return FieldProblem{time.column,
                            time.text.isEmpty()
                                ? Text::tr("the time is missing")
                                : Text::tr("cannot read \"%1\" as Unix seconds").arg(time.text)};
    }
    // A realtime table's `2012-07-03 15:27:23.896208`, local unless it carries an offset.
    static const QRegularExpression offset(QStringLiteral("([+-])(\\d{2}):?(\\d{2})?$"));
    auto [dateText, timeText] = splitDateTime(time.text);
    QTimeZone zone = m_localZone;
    const QRegularExpressionMatch given = offset.match(timeText);
    if (given.hasMatch()) {
        const int sign = given.captured(1) == QLatin1String("-") ? -1 : 1;
        const int seconds = given.captured(2).toInt() * 3600 + given.captured(3).toInt() * 60;
        zone = QTimeZone(sign * seconds);
        timeText.chop(given.capturedLength());
    }
    const std::optional<QDate> date = parseDate(dateText, DateOrder::YearMonthDay);
    const std::optional<QTime> timeOfDay = parseTimeOfDay(timeText);
    if (!date || !timeOfDay) {
        return FieldProblem{time.column,
                            Text::tr("cannot read \"%1\" as a date and time").arg(time.text)};
    }
    // Qt reads an offset past 14 hours (no zone) and a year past its range as 1970, silently. A
    // local time the clocks skip is still read, at the offset from before the change.
    if (!zone.isValid() || !QDateTime(*date, *timeOfDay, QTimeZone::utc()).isValid()) {
        return FieldProblem{time.column,
                            Text::tr("cannot read \"%1\" as a date and time").arg(time.text)};
    }
    return Moment{QDateTime(*date, *timeOfDay, zone).toMSecsSinceEpoch(), !given.hasMatch()};
}

QList<AsteriskQueueLogFormat::Field>
AsteriskQueueLogFormat::splitParameters(const Record &record, const QString &eventName) const
{
    const Field p1 = field(record, Role::Param1);
    const Field p2 = field(record, Role::Param2);
    const Field p3 = field(record, Role::Param3);
    const Field entry = field(record, Role::EntryPosition);
    const Field exit = field(record, Role::ExitPosition);
    const Field hold = field(record, Role::HoldTime);
    const Field talk = field(record, Role::TalkTime);
    const std::optional<Kind> kind = knownEvents().value(eventName);
    if (!kind) {
        return {p1, p2, p3};
    }
    // The same parameters, put back in the order the text file writes them.
    switch (*kind) {
    case Kind::EnterQueue:
        return {Field{}, p1, entry};
    case Kind::Connect:
        return {hold, p2, p3};
    case Kind::CompleteCaller:
    case Kind::CompleteAgent:
        return {hold, talk, entry};
    case Kind::BlindTransfer:
    case Kind::AttendedTransfer:
    case Kind::Transfer:
        return {p2, p3, hold, talk, entry};
    case Kind::Abandon:
    case Kind::ExitWithTimeout:
    case Kind::ExitEmpty:
        return {exit, entry, hold};
    case Kind::ExitWithKey: // Known limit: where the key goes in this form is a guess
        return {p2, exit, entry, hold};
    case Kind::Withdraw:
        return {exit, entry, hold, p2};
    case Kind::RingNoAnswer:
    case Kind::RingCanceled:
        return {hold};
    default:
        if (isDiallerEvent(*kind)) {
            return {p1, p2, hold, talk};
        }
        return {p1, p2, p3};
    }
}

QList<AsteriskQueueLogFormat::Field>
AsteriskQueueLogFormat::parameters(const Record &record, const QString &eventName) const
{
    QList<Field> fields;
    switch (m_layout) {
    case Layout::TextFile:
        for (int index = 5; index < record.fields.size(); ++index) {
            fields.append(Field{record.fields.at(index).trimmed(), index + 1});
        }
        break;
    case Layout::RealtimeData: {
        const Field data = field(record, Role::Data);
        for (const QString &parameter : data.text.split(u'|')) {
            fields.append(Field{parameter.trimmed(), data.column});
        }
        break;
    }
    case Layout::RealtimeDataN:
        for (const Role role : {Role::Data1, Role::Data2, Role::Data3, Role::Data4, Role::Data5}) {
            fields.append(field(record, role));
        }
        break;
    case Layout::SplitParameters:
        fields = splitParameters(record, eventName);
        break;
    }
    return fields;
}

std::variant<AsteriskQueueLogFormat::EventRecord, FieldProblem>
AsteriskQueueLogFormat::readRecord(const Record &record) const
{
    const auto time = readTime(record);
    if (const auto *failure = std::get_if<FieldProblem>(&time)) {
        return *failure;
    }
    if (m_layout == Layout::TextFile && record.fields.size() < 5) {
        return FieldProblem{int(record.fields.size()) + 1,
                            Text::tr("the line stops short: an event needs time, callid, queue, "
                                     "agent and event before its parameters")};
    }
    EventRecord read;
    read.moment = std::get<Moment>(time);
    read.callId = field(record, Role::CallId);
    read.queue = field(record, Role::Queue);
    read.agent = field(record, Role::Agent);
    read.name = field(record, Role::Event);
    if (read.name.text.isEmpty()) {
        return FieldProblem{read.name.column, Text::tr("the event is missing")};
    }
    return read;
}

std::variant<std::optional<QueueLogEvent>, FieldProblem>
AsteriskQueueLogFormat::readEvent(const Record &record, const EventRecord &read) const
{
    const QString name = read.name.text.toUpper();
    const auto known = knownEvents().constFind(name);
    if (known == knownEvents().cend()) {
        return FieldProblem{read.name.column,
                            Text::tr("unknown queue_log event %1").arg(read.name.text)};
    }
    if (!known->has_value()) {
        return std::optional<QueueLogEvent>();
    }
    QueueLogEvent event;
    event.kind = **known;
    if (read.callId.text.isEmpty() || read.callId.text.compare(u"NONE", Qt::CaseInsensitive) == 0) {
        return FieldProblem{read.callId.column,
                            Text::tr("the call event %1 has no call id").arg(name)};
    }
    event.line = record.line;
    event.atMs = read.moment.ms;
    event.callId = read.callId.text;
    event.queue = queueName(read.queue.text);
    event.agent = memberName(read.agent.text);

    const QList<Field> parameters = this->parameters(record, name);
    const ParameterPositions at = positionsOf(event.kind);
    auto text = [&parameters](int index) { return parameters.value(index).text; };
    std::optional<FieldProblem> failure;
    auto seconds = [&](int index) -> std::optional<double> {
        const Field parameter = parameters.value(index);
        if (index < 0 || isNullSentinel(parameter.text)) {
            return std::nullopt;
        }
        bool isNumber = false;
        const double value = parameter.text.toDouble(&isNumber);
        // Beyond a year no queue event's duration is real, and the assembler subtracts these in
        // milliseconds from the event's time, which must not overflow.
        if (!isNumber || !(value >= 0 && value <= maxEventSeconds)) {
            if (!failure) {
                const QString message =
                    isNumber && value > maxEventSeconds
                        ? Text::tr("%1: %2 seconds is longer than a year").arg(name, parameter.text)
                        : Text::tr("%1: cannot read \"%2\" as seconds").arg(name, parameter.text);
                failure = FieldProblem{parameter.column, message};
            }
            return std::nullopt;
        }
        return value;
    };
    event.waitSeconds = seconds(at.wait);
    event.ringSeconds = seconds(at.ring);
    event.talkSeconds = seconds(at.talk);
    event.totalSeconds = seconds(at.total);
    if (failure) {
        return *failure;
    }
    event.detail = text(at.detail);
    const QString number = text(at.number);
    const bool isInbound = event.kind < Kind::OutDial;
    if (m_layout == Layout::SplitParameters && isInbound && event.kind != Kind::Did
        && event.kind != Kind::Connect) {
        // This form writes the caller in param1 of nearly every event of the call.
        event.number = callerNumber(field(record, Role::Param1).text);
    } else {
        event.number = isInbound ? callerNumber(number) : number;
    }
    event.raw = rawRecordJson(record);
    return std::optional<QueueLogEvent>(std::move(event));
}

void AsteriskQueueLogFormat::observe(const Record &record)
{
    const auto read = readRecord(record);
    const auto *event = std::get_if<EventRecord>(&read);
    if (!event) {
        return;
    }
    m_logEndMs = std::max(m_logEndMs, event->moment.ms);
    m_readLocalTimes = m_readLocalTimes || event->moment.local;
    const auto interpreted = readEvent(record, *event);
    if (const auto *callEvent = std::get_if<std::optional<QueueLogEvent>>(&interpreted);
        callEvent && callEvent->has_value()) {
        m_lastLineOfCall.insert((*callEvent)->callId, record.line);
    }
}

void AsteriskQueueLogFormat::convert(const Record &record, ConversionSink &sink)
{
    const auto read = readRecord(record);
    if (const auto *failure = std::get_if<FieldProblem>(&read)) {
        sink.reject(record.line, *failure);
        return;
    }
    const auto interpreted = readEvent(record, std::get<EventRecord>(read));
    if (const auto *failure = std::get_if<FieldProblem>(&interpreted)) {
        sink.reject(record.line, *failure);
        return;
    }
    const std::optional<QueueLogEvent> &event = std::get<std::optional<QueueLogEvent>>(interpreted);
    if (!event) {
        ++m_noCallEvents;
        return;
    }
    if (event->kind == Kind::RingNoAnswer || event->kind == Kind::RingCanceled) {
        ++m_offers;
    }
    m_assembler->add(*event);
    // A call is delivered at its call id's last event when that event ended it: nothing later in
    // the log can change it. One the log leaves open waits for the end of the file.
    const auto last = m_lastLineOfCall.constFind(event->callId);
    if (last != m_lastLineOfCall.cend() && *last == record.line) {
        m_lastLineOfCall.erase(last);
        if (m_assembler->hasEnded(event->callId)) {
            for (Call &call : m_assembler->take(event->callId, m_logEndMs)) {
                sink.addCall(std::move(call));
            }
        }
    }
}

void AsteriskQueueLogFormat::finishConverting(ConversionSink &sink)
{
    // Calls still queued, connected with no completion, or dialling when the log ends.
    for (const QString &callId : m_assembler->openCallIds()) {
        for (Call &call : m_assembler->take(callId, m_logEndMs)) {
            sink.addCall(std::move(call));
        }
    }
    // Known limit: offers to members are not stored yet (an agent-offer table is to come).
    qCInfo(lcImport) << "queue_log:" << m_offers << "unanswered offers and" << m_noCallEvents
                     << "agent or system events, which make no call";
}

} // namespace callboard
