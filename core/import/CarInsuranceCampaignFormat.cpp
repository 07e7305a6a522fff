#include "CarInsuranceCampaignFormat.h"

#include "import/FieldParsers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace callboard {

namespace {

using Role = CarInsuranceCampaignFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CarInsuranceCampaignFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("id"), Role::Id},
        {QStringLiteral("communication"), Role::Communication},
        {QStringLiteral("lastcontactday"), Role::LastContactDay},
        {QStringLiteral("lastcontactmonth"), Role::LastContactMonth},
        {QStringLiteral("callstart"), Role::CallStart},
        {QStringLiteral("callend"), Role::CallEnd},
        {QStringLiteral("carinsurance"), Role::CarInsurance},
    };
    return map;
}

} // namespace

QString CarInsuranceCampaignFormat::id() const
{
    return QStringLiteral("car-insurance-campaign");
}

QString CarInsuranceCampaignFormat::displayName() const
{
    return Text::tr("Car-insurance cold-call campaign");
}

QString CarInsuranceCampaignFormat::requiredColumns() const
{
    return Text::tr("Id, LastContactDay, LastContactMonth, CallStart, CallEnd and CarInsurance "
                    "columns");
}

int CarInsuranceCampaignFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    for (const Role role : {Role::Id,
                            Role::LastContactDay,
                            Role::LastContactMonth,
                            Role::CallStart,
                            Role::CallEnd,
                            Role::CarInsurance}) {
        if (!columns.has(role)) {
            return 0;
        }
    }
    return 95; // LastContactDay, LastContactMonth and CarInsurance are the dataset's own names
}

Status CarInsuranceCampaignFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    // The campaign's clock is not stated: the user's zone, else the workspace's.
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    if (matchHeader(header) == 0) {
        return Error{Text::tr("The header lacks %1.").arg(requiredColumns()), {}, 1, 0};
    }
    if (!options.year) {
        const int column = m_columns->column(Role::LastContactMonth);
        return Error{Text::tr("This campaign log dates its calls by day and month only (%1, %2), "
                              "with no year: the campaign's year is needed.")
                         .arg(m_header.value(m_columns->column(Role::LastContactDay)),
                              m_header.value(column)),
                     {},
                     1,
                     column + 1,
                     MissingInput::Year};
    }
    m_year = *options.year;
    return {};
}

FieldProblem CarInsuranceCampaignFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<QDate, FieldProblem> CarInsuranceCampaignFormat::callDay(const Record &record) const
{
    const QString dayText = m_columns->field(record, Role::LastContactDay);
    bool isNumber = false;
    const int day = dayText.toInt(&isNumber);
    if (!isNumber || day < 1 || day > 31) {
        return problem(Role::LastContactDay,
                       Text::tr("cannot read \"%1\" as a day of the month").arg(dayText));
    }
    // The month's name (`jan`) is read as the first of that month in the import's year.
    const QString monthText = m_columns->field(record, Role::LastContactMonth);
    const std::optional<QDate> firstOfMonth =
        parseDate(QStringLiteral("1 %1 %2").arg(monthText, QString::number(m_year)),
                  DateOrder::DayMonthYear);
    if (isNullSentinel(monthText) || !firstOfMonth) {
        return problem(Role::LastContactMonth,
                       Text::tr("cannot read \"%1\" as a month").arg(monthText));
    }
    const QDate date(m_year, firstOfMonth->month(), day);
    if (!date.isValid()) {
        return problem(
            Role::LastContactDay,
            Text::tr("%1 %2 is no date in %3").arg(dayText, monthText, QString::number(m_year)));
    }
    return date;
}

qint64 CarInsuranceCampaignFormat::moment(const Record &record,
                                          Role role,
                                          QDate day,
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
    return QDateTime(day, *time, m_zone).toMSecsSinceEpoch();
}

std::variant<Call, FieldProblem> CarInsuranceCampaignFormat::toCall(const Record &record) const
{
    Call call;
    call.source = id();
    call.direction = Direction::Outbound;
    // Every row is a call that connected: the dataset gives its talk time.
    call.outcome = Outcome::Answered;
    call.campaign = QStringLiteral("Car insurance");

    call.sourceId = m_columns->field(record, Role::Id);
    if (isNullSentinel(call.sourceId)) {
        return problem(Role::Id, Text::tr("the customer's id is missing"));
    }
    call.customerId = call.sourceId;

    const auto day = callDay(record);
    if (const auto *failure = std::get_if<FieldProblem>(&day)) {
        return *failure;
    }
    std::optional<FieldProblem> failure;
    call.arrivedAtMs = moment(record, Role::CallStart, std::get<QDate>(day), failure);
    call.endedAtMs = moment(record, Role::CallEnd, std::get<QDate>(day), failure);
    if (failure) {
        return *failure;
    }
    if (*call.endedAtMs < call.arrivedAtMs) {
        return problem(Role::CallEnd, Text::tr("the call ends before it starts"));
    }
    call.talkSeconds = double(*call.endedAtMs - call.arrivedAtMs) / 1000;

    const QString conversion = m_columns->field(record, Role::CarInsurance);
    if (!isNullSentinel(conversion)) {
        const std::optional<bool> sold = parseYesNo(conversion);
        if (!sold) {
            return problem(Role::CarInsurance,
                           Text::tr("expected 1 or 0, found \"%1\"").arg(conversion));
        }
        call.disposition = *sold ? QStringLiteral("Sale") : QStringLiteral("No sale");
    }
    const QString channel = m_columns->field(record, Role::Communication);
    if (!isNullSentinel(channel)) {
        call.tags.append(channel);
    }

    call.rawRecord = rawRecordJson(record);
    return call;
}

} // namespace callboard
