#include "QueueSimulationFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

using Role = QueueSimulationFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueSimulationFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("date"), Role::Date},
        {QStringLiteral("dailycaller"), Role::DailyCaller},
        {QStringLiteral("callstarted"), Role::Started},
        {QStringLiteral("callanswered"), Role::Answered},
        {QStringLiteral("callended"), Role::Ended},
        {QStringLiteral("waitlength"), Role::WaitLength},
        {QStringLiteral("servicelength"), Role::ServiceLength},
        {QStringLiteral("meetsstandard"), Role::MeetsStandard},
    };
    return map;
}

} // namespace

QString QueueSimulationFormat::id() const
{
    return QStringLiteral("queue-simulation");
}

QString QueueSimulationFormat::displayName() const
{
    return Text::tr("Simulated call-centre queue log");
}

QString QueueSimulationFormat::requiredColumns() const
{
    return Text::tr("date, daily_caller, call_started, call_answered, call_ended, wait_length and "
                    "service_length columns");
}

int QueueSimulationFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    for (const Role role : {Role::Date,
                            Role::DailyCaller,
                            Role::Started,
                            Role::Answered,
                            Role::Ended,
                            Role::WaitLength,
                            Role::ServiceLength}) {
        if (!columns.has(role)) {
            return 0;
        }
    }
    return 95; // daily_caller, wait_length and service_length are the simulation's own names
}

Status QueueSimulationFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    // A simulation happens nowhere: its clock is the user's, else the workspace's.
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

void QueueSimulationFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(m_columns->field(record, Role::Date), record.line);
}

Status QueueSimulationFormat::finishObserving()
{
    const int column = m_columns->column(Role::Date);
    // The simulation writes ISO dates; a copy re-saved by a spreadsheet may not.
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem QueueSimulationFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

qint64 QueueSimulationFormat::moment(const Record &record,
                                     Role role,
                                     QDate date,
                                     std::optional<FieldProblem> &failure) const
{
    const QString text = m_columns->field(record, role);
    const std::optional<QTime> time = parseTimeOfDay(text);
    if (!time) {
        if (!failure) {
            failure = problem(role, Text::tr("cannot read \"%1\" as a time of day").arg(text));
        }
        return 0;
    }
    return QDateTime(date, *time, m_zone).toMSecsSinceEpoch();
}

double QueueSimulationFormat::seconds(const Record &record,
                                      Role role,
                                      std::optional<FieldProblem> &failure) const
{
    const QString text = m_columns->field(record, role);
    const std::optional<double> value = parseDurationSeconds(text);
    if ((!value || *value < 0) && !failure) {
        failure = problem(role, Text::tr("cannot read \"%1\" as seconds").arg(text));
    }
    return value.value_or(0);
}

std::variant<Call, FieldProblem> QueueSimulationFormat::toCall(const Record &record) const
{
    Call call;
    call.source = id();
    call.direction = Direction::Inbound;
    call.outcome = Outcome::Answered;

    const QString dateText = m_columns->field(record, Role::Date);
    const std::optional<QDate> date = parseDate(dateText, m_dateOrder);
    if (!date) {
        return problem(Role::Date, Text::tr("cannot read \"%1\" as a date").arg(dateText));
    }
    const QString dailyCaller = m_columns->field(record, Role::DailyCaller);
    if (dailyCaller.isEmpty()) {
        return problem(Role::DailyCaller, Text::tr("the caller's number in the day is missing"));
    }
    call.sourceId = date->toString(Qt::ISODate) + u'/' + dailyCaller;

    std::optional<FieldProblem> failure;
    call.arrivedAtMs = moment(record, Role::Started, *date, failure);
    call.answeredAtMs = moment(record, Role::Answered, *date, failure);
    call.endedAtMs = moment(record, Role::Ended, *date, failure);
    call.waitSeconds = seconds(record, Role::WaitLength, failure);
    call.talkSeconds = seconds(record, Role::ServiceLength, failure);
    if (failure) {
        return *failure;
    }
    // The simulated caller joins the queue the moment the call starts: there is no voice menu.
    call.queueEnteredAtMs = call.arrivedAtMs;
    if (*call.answeredAtMs < call.arrivedAtMs) {
        return problem(Role::Answered, Text::tr("the call is answered before it starts"));
    }
    if (*call.endedAtMs < *call.answeredAtMs) {
        return problem(Role::Ended, Text::tr("the call ends before it is answered"));
    }

    if (m_columns->has(Role::MeetsStandard)) {
        const QString standardText = m_columns->field(record, Role::MeetsStandard);
        const std::optional<bool> meetsStandard = parseYesNo(standardText);
        if (!meetsStandard) {
            return problem(Role::MeetsStandard,
                           Text::tr("expected TRUE or FALSE, found \"%1\"").arg(standardText));
        }
        // Kept for drill-down only; the profile's service level judges the wait itself.
        call.tags.append(*meetsStandard ? QStringLiteral("meets standard")
                                        : QStringLiteral("misses standard"));
    }

    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
