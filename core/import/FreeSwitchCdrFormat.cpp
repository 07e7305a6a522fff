#include "FreeSwitchCdrFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FreeSwitchCdrFormat)
};

/// The variables the default template writes, in its order.
QStringList templateVariables()
{
    return {
        QStringLiteral("caller_id_name"),
        QStringLiteral("caller_id_number"),
        QStringLiteral("destination_number"),
        QStringLiteral("context"),
        QStringLiteral("start_stamp"),
        QStringLiteral("answer_stamp"),
        QStringLiteral("end_stamp"),
        QStringLiteral("duration"),
        QStringLiteral("billsec"),
        QStringLiteral("hangup_cause"),
        QStringLiteral("uuid"),
        QStringLiteral("bleg_uuid"),
        QStringLiteral("accountcode"),
        QStringLiteral("read_codec"),
        QStringLiteral("write_codec"),
    };
}

/// A Q.850 hangup cause as FreeSWITCH names it: NORMAL_CLEARING, USER_BUSY, NO_ANSWER, ...
bool isHangupCause(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{2,}$"));
    return pattern.match(text).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

/// An extension, as opposed to an outside number or a dial string such as `&echo`.
bool isExtension(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return pattern.match(text).hasMatch() && !looksLikeExternalNumber(text);
}

/// Known limit: mod_cdr_csv's default template does not say which way a call went, so this is a
/// heuristic: the `public` context (where FreeSWITCH's stock dialplan puts calls from outside) or
/// a caller outside the PBX makes a call inbound, a number outside the PBX dialled outbound, the
/// rest internal.
Direction directionOf(const QString &context, const QString &caller, const QString &destination)
{
    if (context.compare(u"public", Qt::CaseInsensitive) == 0 || looksLikeExternalNumber(caller)
        || isWithheldNumber(caller)) {
        return Direction::Inbound;
    }
    return looksLikeExternalNumber(destination) ? Direction::Outbound : Direction::Internal;
}

} // namespace

QString FreeSwitchCdrFormat::id() const
{
    return QStringLiteral("freeswitch-cdr-csv");
}

QString FreeSwitchCdrFormat::displayName() const
{
    return Text::tr("FreeSWITCH mod_cdr_csv log");
}

QString FreeSwitchCdrFormat::requiredColumns() const
{
    return Text::tr("no header, and the default template's columns: dates in the 5th and 7th, a "
                    "hangup cause such as NORMAL_CLEARING in the 10th and a uuid in the 11th");
}

int FreeSwitchCdrFormat::matchHeader(const QStringList &header) const
{
    if (header.size() <= BLegUuid) {
        return 0;
    }
    Record first;
    first.fields = header;
    const bool matches = looksLikeDateTime(field(first, StartStamp))
                         && looksLikeDateTime(field(first, EndStamp))
                         && isHangupCause(field(first, HangupCause)) && isUuid(field(first, Uuid));
    return matches ? 85 : 0; // a uuid and a Q.850 cause where the template puts them
}

Status FreeSwitchCdrFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = templateVariables();
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = StrictDateOrderScan(options.dateOrder);
    m_dateOrder = DateOrder::Unknown;
    m_recordsPerUuid.clear();
    m_aLegOf.clear();
    m_calls = CdrCallAssembler();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The first line is not a mod_cdr_csv record: it lacks %1.")
                         .arg(requiredColumns()),
                     {},
                     1,
                     0};
    }
    return {};
}

QString FreeSwitchCdrFormat::field(const Record &record, Column column)
{
    const QString text = record.fields.value(column).trimmed();
    return isNullSentinel(text) ? QString() : text;
}

void FreeSwitchCdrFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(field(record, StartStamp), record.line);
    const QString uuid = field(record, Uuid);
    if (uuid.isEmpty()) {
        return; // keyed by its content, a call of its own
    }
    ++m_recordsPerUuid[uuid];
    const QString bLeg = field(record, BLegUuid);
    if (!bLeg.isEmpty()) {
        m_aLegOf.insert(bLeg, uuid);
    }
}

Status FreeSwitchCdrFormat::finishObserving()
{
    const Expected<DateOrder> order =
        m_dateOrderScan.decide(m_header.at(StartStamp), StartStamp + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    // Only now is every b-leg's a-leg known: a b-leg is usually written before its a-leg.
    for (auto uuid = m_recordsPerUuid.cbegin(); uuid != m_recordsPerUuid.cend(); ++uuid) {
        m_calls.expect(m_aLegOf.value(uuid.key(), uuid.key()), uuid.value());
    }
    m_recordsPerUuid.clear();
    return {};
}

QString FreeSwitchCdrFormat::callKey(const Record &record) const
{
    const QString uuid = field(record, Uuid);
    return uuid.isEmpty() ? contentKey(record) : m_aLegOf.value(uuid, uuid);
}

FieldProblem FreeSwitchCdrFormat::problem(Column column, const QString &message) const
{
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.at(column), message)};
}

std::variant<std::optional<qint64>, FieldProblem> FreeSwitchCdrFormat::moment(const Record &record,
                                                                              Column column) const
{
    const QString text = field(record, column);
    if (text.isEmpty()) {
        return std::optional<qint64>();
    }
    const std::optional<qint64> ms = readDateTime(text, m_dateOrder, m_zone);
    if (!ms) {
        return problem(column, Text::tr("cannot read \"%1\" as a date and time").arg(text));
    }
    return ms;
}

std::variant<CdrLeg, FieldProblem> FreeSwitchCdrFormat::readLeg(const Record &record) const
{
    std::optional<qint64> start;
    std::optional<qint64> answer;
    std::optional<qint64> end;
    for (auto [column, target] : {std::pair{StartStamp, &start},
                                  std::pair{AnswerStamp, &answer},
                                  std::pair{EndStamp, &end}}) {
        auto read = moment(record, column);
        if (const auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        *target = std::get<std::optional<qint64>>(read);
    }
    if (!start) {
        return problem(StartStamp, Text::tr("the date is missing"));
    }
    const std::optional<double> duration = parseDurationSeconds(field(record, Duration));
    const std::optional<double> billSeconds = parseDurationSeconds(field(record, BillSeconds));
    for (const auto &[column, value] :
         {std::pair{Duration, duration}, std::pair{BillSeconds, billSeconds}}) {
        if (!value) {
            return problem(column,
                           Text::tr("cannot read \"%1\" as seconds").arg(field(record, column)));
        }
    }

    const QString caller = field(record, CallerNumber);
    const QString destination = field(record, DestinationNumber);
    const Direction direction = directionOf(field(record, Context), caller, destination);

    CdrLeg leg;
    leg.callKey = callKey(record);
    leg.line = record.line;
    const QString uuid = field(record, Uuid);
    // The a-leg first when a b-leg starts in the same second.
    leg.orderKey = (uuid == leg.callKey ? QStringLiteral("0") : QStringLiteral("1")) + uuid;

    Call &call = leg.call;
    call.source = QStringLiteral("freeswitch");
    call.sourceId = leg.callKey;
    call.direction = direction;
    call.arrivedAtMs = *start;
    call.endedAtMs = end.value_or(*start + qRound64(*duration * 1000));
    call.outcomeReason = field(record, HangupCause);
    if (answer) {
        call.outcome = Outcome::Answered;
        call.answeredAtMs = answer;
        call.talkSeconds = billSeconds;
        if (*duration >= *billSeconds) {
            call.ringSeconds = *duration - *billSeconds;
        }
        const QString agent = direction == Direction::Outbound ? caller : destination;
        if (isExtension(agent)) {
            call.agent = agent;
        }
    } else {
        call.outcome = direction == Direction::Outbound ? Outcome::NotConnected : Outcome::Missed;
    }
    if (!isWithheldNumber(caller)) {
        call.callerNumber = caller;
    }
    call.calleeNumber = destination;
    call.rawRecord = rawRecordJson(record);
    return leg;
}

void FreeSwitchCdrFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<CdrLeg, FieldProblem> read = readLeg(record);
    if (const auto *failure = std::get_if<FieldProblem>(&read)) {
        sink.reject(record.line, *failure);
        m_calls.forgo(callKey(record), sink);
        return;
    }
    m_calls.add(std::move(std::get<CdrLeg>(read)), sink);
}

void FreeSwitchCdrFormat::finishConverting(ConversionSink &sink)
{
    m_calls.finish(sink);
}

} // namespace callboard
