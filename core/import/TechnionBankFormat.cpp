#include "TechnionBankFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

using Role = TechnionBankFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TechnionBankFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("vruline"), Role::Line},
        {QStringLiteral("callid"), Role::CallId},
        {QStringLiteral("customerid"), Role::CustomerId},
        {QStringLiteral("priority"), Role::Priority},
        {QStringLiteral("type"), Role::Type},
        {QStringLiteral("date"), Role::Date},
        {QStringLiteral("vruentry"), Role::VruEntry},
        {QStringLiteral("qstart"), Role::QueueStart},
        {QStringLiteral("qexit"), Role::QueueExit},
        {QStringLiteral("qtime"), Role::QueueTime},
        {QStringLiteral("outcome"), Role::Outcome},
        {QStringLiteral("serstart"), Role::ServiceStart},
        {QStringLiteral("serexit"), Role::ServiceExit},
        {QStringLiteral("sertime"), Role::ServiceTime},
        {QStringLiteral("server"), Role::Server},
    };
    return map;
}

constexpr qint64 dayMs = 24 * 3600 * 1000;

/// "0:00:00" in a queue or service column means the call never got there.
bool isNoTime(const QString &text)
{
    return isNullSentinel(text) || text == QLatin1String("0:00:00");
}

} // namespace

QString TechnionBankFormat::id() const
{
    return QStringLiteral("technion-bank");
}

QString TechnionBankFormat::displayName() const
{
    return Text::tr("Technion bank call-centre log");
}

QString TechnionBankFormat::requiredColumns() const
{
    return Text::tr("vru+line, call_id, date, vru_entry, q_time, outcome, ser_time and server "
                    "columns");
}

int TechnionBankFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    for (const Role role : {Role::Line,
                            Role::CallId,
                            Role::Date,
                            Role::VruEntry,
                            Role::QueueTime,
                            Role::Outcome,
                            Role::ServiceTime,
                            Role::Server}) {
        if (!columns.has(role)) {
            return 0;
        }
    }
    return 95; // columns no other log family has: vru+line, q_time, ser_time
}

Status TechnionBankFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    // The bank's own clock, unless the user says otherwise.
    m_zone = options.timeZone.isValid() ? options.timeZone : QTimeZone("Asia/Jerusalem");
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

FieldProblem TechnionBankFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<std::optional<qint64>, FieldProblem>
TechnionBankFormat::timeOnCallDay(const Record &record,
                                  Role role,
                                  QDate date,
                                  qint64 arrivalMs) const
{
    const QString text = m_columns->field(record, role);
    if (isNoTime(text)) {
        return std::optional<qint64>();
    }
    const std::optional<QTime> time = parseTimeOfDay(text);
    if (!time) {
        return problem(role, Text::tr("cannot read \"%1\" as a time of day").arg(text));
    }
    qint64 ms = QDateTime(date, *time, m_zone).toMSecsSinceEpoch();
    // A time more than half a day before the arrival is past midnight; a few seconds before it
    // is the log's clock skew, kept as it is.
    if (ms < arrivalMs - dayMs / 2) {
        ms = QDateTime(date.addDays(1), *time, m_zone).toMSecsSinceEpoch();
    }
    return std::optional<qint64>(ms);
}

std::variant<Call, FieldProblem> TechnionBankFormat::toCall(const Record &record) const
{
    Call call;
    call.source = id();
    call.direction = Direction::Inbound;
    const QString line = m_columns->field(record, Role::Line);
    const QString callId = m_columns->field(record, Role::CallId);
    if (line.isEmpty() || callId.isEmpty()) {
        return problem(line.isEmpty() ? Role::Line : Role::CallId, Text::tr("the id is missing"));
    }
    call.sourceId = line + u'/' + callId;

    const QString dateText = m_columns->field(record, Role::Date);
    const std::optional<QDate> date = parseDate(dateText, DateOrder::YearMonthDay);
    if (!date) {
        return problem(Role::Date, Text::tr("cannot read \"%1\" as a date").arg(dateText));
    }
    const QString entryText = m_columns->field(record, Role::VruEntry);
    const std::optional<QTime> entry = parseTimeOfDay(entryText);
    if (!entry) {
        return problem(Role::VruEntry,
                       Text::tr("cannot read \"%1\" as a time of day").arg(entryText));
    }
    call.arrivedAtMs = QDateTime(*date, *entry, m_zone).toMSecsSinceEpoch();

    auto moment = [&](Role role, std::optional<qint64> &target) -> std::optional<FieldProblem> {
        auto read = timeOnCallDay(record, role, *date, call.arrivedAtMs);
        if (auto *failure = std::get_if<FieldProblem>(&read)) {
            return *failure;
        }
        target = std::get<std::optional<qint64>>(read);
        return std::nullopt;
    };
    std::optional<qint64> queueExit;
    std::optional<qint64> serviceExit;
    for (const auto &[role, target] : {std::pair{Role::QueueStart, &call.queueEnteredAtMs},
                                       std::pair{Role::QueueExit, &queueExit},
                                       std::pair{Role::ServiceStart, &call.answeredAtMs},
                                       std::pair{Role::ServiceExit, &serviceExit}}) {
        if (const std::optional<FieldProblem> failure = moment(role, *target)) {
            return *failure;
        }
    }

    const QString queueTimeText = m_columns->field(record, Role::QueueTime);
    const std::optional<double> queueTime = parseDurationSeconds(queueTimeText);
    if (!queueTime) {
        return problem(Role::QueueTime,
                       Text::tr("cannot read \"%1\" as seconds").arg(queueTimeText));
    }
    const QString outcome = m_columns->field(record, Role::Outcome).toUpper();
    call.outcomeReason = outcome;
    if (outcome == QLatin1String("AGENT")) {
        call.outcome = Outcome::Answered;
        call.waitSeconds = *queueTime; // 0 without a queue: answered at once, a real zero
        const QString serviceText = m_columns->field(record, Role::ServiceTime);
        call.talkSeconds = parseDurationSeconds(serviceText);
        if (!call.talkSeconds) {
            return problem(Role::ServiceTime,
                           Text::tr("cannot read \"%1\" as seconds").arg(serviceText));
        }
        call.endedAtMs = serviceExit;
        const QString server = m_columns->field(record, Role::Server);
        if (server != QLatin1String("NO_SERVER")) {
            call.agent = server;
        }
    } else if (outcome == QLatin1String("HANG")) {
        call.outcome = *queueTime > 0 ? Outcome::Abandoned : Outcome::Ivr;
        if (*queueTime > 0) {
            call.waitSeconds = *queueTime;
            call.endedAtMs = queueExit;
        }
    } else if (outcome == QLatin1String("PHANTOM")) {
        call.outcome = Outcome::SystemArtifact;
    } else {
        return problem(Role::Outcome,
                       Text::tr("expected AGENT, HANG or PHANTOM, found \"%1\"").arg(outcome));
    }

    const QString customer = m_columns->field(record, Role::CustomerId);
    if (!customer.isEmpty() && customer != QLatin1String("0")) {
        call.customerId = customer;
    }
    call.queue = m_columns->field(record, Role::Type);

    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
