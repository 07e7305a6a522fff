#include "DailySummaryFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

using Role = DailySummaryFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DailySummaryFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("index"), Role::DayIndex},
        {QStringLiteral("dayindex"), Role::DayIndex},
        {QStringLiteral("daynumber"), Role::DayIndex},
        {QStringLiteral("date"), Role::Date},
        {QStringLiteral("reportdate"), Role::Date},
        {QStringLiteral("incomingcalls"), Role::Offered},
        {QStringLiteral("offeredcalls"), Role::Offered},
        {QStringLiteral("callsoffered"), Role::Offered},
        {QStringLiteral("offered"), Role::Offered},
        {QStringLiteral("answeredcalls"), Role::Answered},
        {QStringLiteral("callsanswered"), Role::Answered},
        {QStringLiteral("abandonedcalls"), Role::Abandoned},
        {QStringLiteral("callsabandoned"), Role::Abandoned},
        {QStringLiteral("answerspeedavg"), Role::AnswerSpeed},
        {QStringLiteral("averagespeedofanswer"), Role::AnswerSpeed},
        {QStringLiteral("asa"), Role::AnswerSpeed},
        {QStringLiteral("talkdurationavg"), Role::TalkDuration},
        {QStringLiteral("averagetalktime"), Role::TalkDuration},
        {QStringLiteral("averagetalkduration"), Role::TalkDuration},
    };
    return map;
}

/// The service-level column and the threshold in seconds its name gives (`Service Level (20
/// Seconds)`, `SL 20s`); nothing when there is none, or it names no threshold.
std::optional<std::pair<int, int>> serviceLevelColumn(const QStringList &header)
{
    for (int column = 0; column < header.size(); ++column) {
        const QString folded = foldHeaderName(header.at(column));
        for (const QLatin1String prefix : {QLatin1String("servicelevel"), QLatin1String("sl")}) {
            if (!folded.startsWith(prefix)) {
                continue;
            }
            QString digits;
            for (const QChar c : folded.mid(prefix.size())) {
                if (!c.isDigit()) {
                    break;
                }
                digits += c;
            }
            if (const int threshold = digits.toInt(); threshold > 0) {
                return std::pair{column, threshold};
            }
        }
    }
    return std::nullopt;
}

} // namespace

QString DailySummaryFormat::id() const
{
    return QStringLiteral("daily-summary");
}

QString DailySummaryFormat::displayName() const
{
    return Text::tr("Daily summary report");
}

QString DailySummaryFormat::requiredColumns() const
{
    return Text::tr("an Index or Date column, Incoming Calls and Answered Calls columns, and an "
                    "Abandoned Calls, Answer Speed or Service Level column");
}

int DailySummaryFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    if ((!columns.has(Role::DayIndex) && !columns.has(Role::Date)) || !columns.has(Role::Offered)
        || !columns.has(Role::Answered)) {
        return 0;
    }
    if (!columns.has(Role::Abandoned) && !columns.has(Role::AnswerSpeed)
        && !serviceLevelColumn(header)) {
        return 0;
    }
    return 90; // offered calls are a count no per-call log has
}

Status DailySummaryFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    if (const auto serviceLevel = serviceLevelColumn(header)) {
        std::tie(m_serviceLevelColumn, m_serviceLevelThreshold) = *serviceLevel;
    }
    // The report names no zone: its days are the user's, else the workspace's.
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_startDate = options.startDate;
    m_lowestIndex.reset();
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    m_lineOfDay.clear();
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    if (!m_columns->has(Role::Date) && !m_startDate.isValid()) {
        const int column = m_columns->column(Role::DayIndex);
        return Error{Text::tr("This daily summary numbers its days (%1) instead of dating them: "
                              "the date of its first day is needed.")
                         .arg(m_header.value(column)),
                     {},
                     1,
                     column + 1,
                     MissingInput::StartDate};
    }
    return {};
}

void DailySummaryFormat::observe(const Record &record)
{
    if (m_columns->has(Role::Date)) {
        m_dateOrderScan.observe(m_columns->field(record, Role::Date), record.line);
        return;
    }
    const std::optional<qint64> index = parseCount(m_columns->field(record, Role::DayIndex));
    if (index && (!m_lowestIndex || *index < *m_lowestIndex)) {
        m_lowestIndex = index;
    }
}

Status DailySummaryFormat::finishObserving()
{
    if (!m_columns->has(Role::Date)) {
        return {};
    }
    const int column = m_columns->column(Role::Date);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem DailySummaryFormat::problem(int column, const QString &message) const
{
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

FieldProblem DailySummaryFormat::problem(Role role, const QString &message) const
{
    return problem(m_columns->column(role), message);
}

std::variant<QDate, FieldProblem> DailySummaryFormat::dayOf(const Record &record) const
{
    if (m_columns->has(Role::Date)) {
        const QString text = splitDateTime(m_columns->field(record, Role::Date)).first;
        if (const std::optional<QDate> date = parseDate(text, m_dateOrder)) {
            return *date;
        }
        return problem(Role::Date,
                       text.isEmpty() ? Text::tr("the date is missing")
                                      : Text::tr("cannot read \"%1\" as a date").arg(text));
    }
    const QString text = m_columns->field(record, Role::DayIndex);
    const std::optional<qint64> index = parseCount(text);
    if (!index || !m_lowestIndex) {
        return problem(Role::DayIndex, Text::tr("cannot read \"%1\" as a day number").arg(text));
    }
    return m_startDate.addDays(*index - *m_lowestIndex);
}

std::optional<qint64> DailySummaryFormat::count(const Record &record,
                                                Role role,
                                                std::optional<FieldProblem> &failure) const
{
    const QString text = m_columns->field(record, role);
    if (isNullSentinel(text)) {
        return std::nullopt;
    }
    const std::optional<qint64> calls = parseCount(text);
    if (!calls && !failure) {
        failure = problem(role, Text::tr("cannot read \"%1\" as a number of calls").arg(text));
    }
    return calls;
}

std::optional<WeightedAverage>
DailySummaryFormat::average(const Record &record,
                            Role role,
                            std::optional<qint64> over,
                            std::optional<FieldProblem> &failure) const
{
    const QString text = m_columns->field(record, role);
    if (isNullSentinel(text)) {
        return std::nullopt;
    }
    const std::optional<double> seconds = parseDurationSeconds(text);
    if (!seconds) {
        if (!failure) {
            failure = problem(role, Text::tr("cannot read \"%1\" as a duration").arg(text));
        }
        return std::nullopt;
    }
    // An average whose call count is unknown cannot be weighted in a roll-up.
    if (!over) {
        return std::nullopt;
    }
    return WeightedAverage{*seconds, *over};
}

void DailySummaryFormat::convert(const Record &record, ConversionSink &sink)
{
    const std::variant<QDate, FieldProblem> day = dayOf(record);
    if (const auto *failure = std::get_if<FieldProblem>(&day)) {
        sink.reject(record.line, *failure);
        return;
    }
    const QDate date = std::get<QDate>(day);
    const Role dayRole = m_columns->has(Role::Date) ? Role::Date : Role::DayIndex;
    if (const qint64 firstLine = m_lineOfDay.value(date); firstLine > 0) {
        sink.reject(record.line,
                    problem(dayRole,
                            Text::tr("%1 was already read on line %2")
                                .arg(date.toString(Qt::ISODate))
                                .arg(firstLine)));
        return;
    }

    Interval interval;
    interval.source = id();
    interval.startMs = date.startOfDay(m_zone).toMSecsSinceEpoch();
    interval.lengthSeconds = static_cast<int>(
        (date.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch() - interval.startMs) / 1000);

    std::optional<FieldProblem> failure;
    interval.offered = count(record, Role::Offered, failure);
    interval.answered = count(record, Role::Answered, failure);
    interval.abandoned = count(record, Role::Abandoned, failure);
    interval.speedOfAnswer = average(record, Role::AnswerSpeed, interval.answered, failure);
    interval.talk = average(record, Role::TalkDuration, interval.answered, failure);
    if (failure) {
        sink.reject(record.line, *failure);
        return;
    }
    if (interval.offered) {
        for (const auto &[role, part] : {std::pair{Role::Answered, interval.answered},
                                         std::pair{Role::Abandoned, interval.abandoned}}) {
            if (part && *part > *interval.offered) {
                sink.reject(record.line,
                            problem(role,
                                    Text::tr("%1 calls, more than the %2 offered")
                                        .arg(*part)
                                        .arg(*interval.offered)));
                return;
            }
        }
    }
    if (m_serviceLevelColumn >= 0) {
        const QString text = record.fields.value(m_serviceLevelColumn).trimmed();
        if (!isNullSentinel(text)) {
            const std::optional<double> share = parseShare(text);
            if (!share) {
                sink.reject(record.line,
                            problem(m_serviceLevelColumn,
                                    Text::tr("cannot read \"%1\" as a percentage").arg(text)));
                return;
            }
            interval.reportedServiceLevel = ReportedServiceLevel{m_serviceLevelThreshold, *share};
        }
    }
    interval.rawRecord = rawRecordJson(record);
    m_lineOfDay.insert(date, record.line);
    sink.addInterval(std::move(interval));
}

} // namespace callboard
