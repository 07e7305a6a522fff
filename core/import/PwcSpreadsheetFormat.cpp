#include "PwcSpreadsheetFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

using Role = PwcSpreadsheetFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PwcSpreadsheetFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("callid"), Role::CallId},
        {QStringLiteral("id"), Role::CallId},
        {QStringLiteral("callno"), Role::CallId},
        {QStringLiteral("agent"), Role::Agent},
        {QStringLiteral("agentname"), Role::Agent},
        {QStringLiteral("date"), Role::Date},
        {QStringLiteral("calldate"), Role::Date},
        {QStringLiteral("time"), Role::Time},
        {QStringLiteral("calltime"), Role::Time},
        {QStringLiteral("topic"), Role::Topic},
        {QStringLiteral("department"), Role::Topic},
        {QStringLiteral("queue"), Role::Topic},
        {QStringLiteral("answeredyn"), Role::Answered},
        {QStringLiteral("answered"), Role::Answered},
        {QStringLiteral("resolved"), Role::Resolved},
        {QStringLiteral("resolvedyn"), Role::Resolved},
        {QStringLiteral("speedofanswerinseconds"), Role::SpeedOfAnswer},
        {QStringLiteral("speedofanswer"), Role::SpeedOfAnswer},
        {QStringLiteral("speedofanswerseconds"), Role::SpeedOfAnswer},
        {QStringLiteral("speedofanswersec"), Role::SpeedOfAnswer},
        {QStringLiteral("avgtalkduration"), Role::TalkDuration},
        {QStringLiteral("averagetalkduration"), Role::TalkDuration},
        {QStringLiteral("talkduration"), Role::TalkDuration},
        {QStringLiteral("satisfactionrating"), Role::Rating},
        {QStringLiteral("satisfaction"), Role::Rating},
        {QStringLiteral("rating"), Role::Rating},
    };
    return map;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::CallId:
        return QStringLiteral("Call Id");
    case Role::Agent:
        return QStringLiteral("Agent");
    case Role::Date:
        return QStringLiteral("Date");
    case Role::Time:
        return QStringLiteral("Time");
    case Role::Topic:
        return QStringLiteral("Topic");
    case Role::Answered:
        return QStringLiteral("Answered (Y/N)");
    case Role::Resolved:
        return QStringLiteral("Resolved");
    case Role::SpeedOfAnswer:
        return QStringLiteral("Speed of answer in seconds");
    case Role::TalkDuration:
        return QStringLiteral("AvgTalkDuration");
    case Role::Rating:
        return QStringLiteral("Satisfaction rating");
    }
    return {};
}

} // namespace

QString PwcSpreadsheetFormat::id() const
{
    return QStringLiteral("pwc-spreadsheet");
}

QString PwcSpreadsheetFormat::displayName() const
{
    return Text::tr("Call-centre spreadsheet (PwC style)");
}

QString PwcSpreadsheetFormat::requiredColumns() const
{
    return Text::tr("a Date column, an Answered (Y/N) column, and a Speed of answer or "
                    "AvgTalkDuration column");
}

int PwcSpreadsheetFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    if (!columns.has(Role::Date) || !columns.has(Role::Answered)
        || (!columns.has(Role::SpeedOfAnswer) && !columns.has(Role::TalkDuration))) {
        return 0;
    }
    // The three defining columns make a strong match; each further known column adds to it.
    return std::min(100, 60 + 5 * (columns.count() - 3));
}

Status PwcSpreadsheetFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    return {};
}

void PwcSpreadsheetFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(m_columns->field(record, Role::Date), record.line);
}

Status PwcSpreadsheetFormat::finishObserving()
{
    const int column = m_columns->column(Role::Date);
    // The family's documented variants write numeric dates day first.
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem PwcSpreadsheetFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    const QString name = column >= 0 ? m_header.value(column) : roleName(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(name, message)};
}

std::variant<qint64, FieldProblem> PwcSpreadsheetFormat::arrivalTime(const Record &record) const
{
    const auto [dateText, timeInDateText] = splitDateTime(m_columns->field(record, Role::Date));
    const std::optional<QDate> date = parseDate(dateText, m_dateOrder);
    if (!date) {
        return problem(Role::Date,
                       dateText.isEmpty() ? Text::tr("the date is missing")
                                          : Text::tr("cannot read \"%1\" as a date").arg(dateText));
    }
    const QString timeText =
        m_columns->has(Role::Time) ? m_columns->field(record, Role::Time) : timeInDateText;
    QTime time(0, 0);
    if (!isNullSentinel(timeText)) {
        const std::optional<QTime> parsed = parseTimeOfDay(timeText);
        if (!parsed) {
            return problem(Role::Time,
                           Text::tr("cannot read \"%1\" as a time of day").arg(timeText));
        }
        time = *parsed;
    }
    return QDateTime(*date, time, m_zone).toMSecsSinceEpoch();
}

std::variant<Call, FieldProblem> PwcSpreadsheetFormat::toCall(const Record &record) const
{
    Call call;
    call.source = id();
    call.direction = Direction::Inbound;

    const auto arrival = arrivalTime(record);
    if (const auto *failure = std::get_if<FieldProblem>(&arrival)) {
        return *failure;
    }
    call.arrivedAtMs = std::get<qint64>(arrival);

    const QString answeredText = m_columns->field(record, Role::Answered);
    const std::optional<bool> answered = parseYesNo(answeredText);
    if (!answered) {
        return problem(Role::Answered, Text::tr("expected Y or N, found \"%1\"").arg(answeredText));
    }
    call.outcome = *answered ? Outcome::Answered : Outcome::Abandoned;
    call.agent = m_columns->field(record, Role::Agent);
    call.queue = m_columns->field(record, Role::Topic);

    // Unanswered rows carry zeros or nothing in the answered-call columns: filler, not values.
    if (*answered) {
        const QString speed = m_columns->field(record, Role::SpeedOfAnswer);
        call.waitSeconds = parseDurationSeconds(speed);
        if (!call.waitSeconds && !isNullSentinel(speed)) {
            return problem(Role::SpeedOfAnswer,
                           Text::tr("cannot read \"%1\" as seconds").arg(speed));
        }
        const QString talk = m_columns->field(record, Role::TalkDuration);
        call.talkSeconds = parseDurationSeconds(talk, true);
        if (!call.talkSeconds && !isNullSentinel(talk)) {
            return problem(Role::TalkDuration,
                           Text::tr("cannot read \"%1\" as a duration").arg(talk));
        }
        const QString resolved = m_columns->field(record, Role::Resolved);
        call.resolved = parseYesNo(resolved);
        if (!call.resolved && !isNullSentinel(resolved)) {
            return problem(Role::Resolved, Text::tr("expected Y or N, found \"%1\"").arg(resolved));
        }
        const QString rating = m_columns->field(record, Role::Rating);
        if (!isNullSentinel(rating) && rating != QLatin1String("0")) {
            bool isNumber = false;
            const double score = rating.toDouble(&isNumber);
            if (!isNumber || score < 1 || score > 5) {
                return problem(Role::Rating,
                               Text::tr("expected a rating from 1 to 5, found \"%1\"").arg(rating));
            }
            call.csatScore = score;
            call.csatScale = 5;
        }
    }

    call.rawRecord = rawRecordJson(record);

    call.sourceId = m_columns->field(record, Role::CallId);
    if (call.sourceId.isEmpty()) {
        // Without an id the row's own content names it, so re-importing it finds it again.
        call.sourceId = contentKey(record);
    }
    return call;
}

} // namespace callboard
