#include "DealsCsvFormat.h"

#include "import/LeadsCsvFormat.h"

#include <QCoreApplication>

namespace callboard {

namespace {

using Role = DealsCsvFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealsCsvFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("dealid"), Role::DealId},
        {QStringLiteral("opportunityid"), Role::DealId},
        {QStringLiteral("dealnumber"), Role::DealId},
        {QStringLiteral("leadid"), Role::LeadId},
        {QStringLiteral("lead"), Role::LeadId},
        {QStringLiteral("opened"), Role::Opened},
        {QStringLiteral("openedat"), Role::Opened},
        {QStringLiteral("opendate"), Role::Opened},
        {QStringLiteral("dateopened"), Role::Opened},
        {QStringLiteral("created"), Role::Opened},
        {QStringLiteral("createdat"), Role::Opened},
        {QStringLiteral("createdtime"), Role::Opened},
        {QStringLiteral("createddate"), Role::Opened},
        {QStringLiteral("createdon"), Role::Opened},
        {QStringLiteral("datecreated"), Role::Opened},
        {QStringLiteral("closed"), Role::Closed},
        {QStringLiteral("closedat"), Role::Closed},
        {QStringLiteral("closedate"), Role::Closed},
        {QStringLiteral("closeddate"), Role::Closed},
        {QStringLiteral("closedon"), Role::Closed},
        {QStringLiteral("dateclosed"), Role::Closed},
        {QStringLiteral("won"), Role::Won},
        {QStringLiteral("iswon"), Role::Won},
        {QStringLiteral("closedwon"), Role::Won},
        {QStringLiteral("stage"), Role::Stage},
        {QStringLiteral("dealstage"), Role::Stage},
        {QStringLiteral("status"), Role::Stage},
        {QStringLiteral("dealstatus"), Role::Stage},
        {QStringLiteral("value"), Role::Value},
        {QStringLiteral("dealvalue"), Role::Value},
        {QStringLiteral("amount"), Role::Value},
        {QStringLiteral("dealamount"), Role::Value},
        {QStringLiteral("currency"), Role::Currency},
        {QStringLiteral("currencycode"), Role::Currency},
    };
    return map;
}

/// A stage that says the deal is won or lost, by its folded name; nothing for an open stage.
std::optional<DealState> closedStage(const QString &stage)
{
    const QString folded = foldHeaderName(stage);
    if (folded == u"won" || folded == u"closedwon") {
        return DealState::Won;
    }
    if (folded == u"lost" || folded == u"closedlost") {
        return DealState::Lost;
    }
    return std::nullopt;
}

} // namespace

QString DealsCsvFormat::id() const
{
    return QStringLiteral("deals");
}

QString DealsCsvFormat::displayName() const
{
    return Text::tr("CRM deals export");
}

QString DealsCsvFormat::requiredColumns() const
{
    return Text::tr("a deal id, an opened (or created) column, and a won or stage column");
}

int DealsCsvFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    if (!columns.has(Role::DealId) || !columns.has(Role::Opened)
        || (!columns.has(Role::Won) && !columns.has(Role::Stage))) {
        return 0;
    }
    // A deal id is a column no call log or leads export has.
    return 85;
}

Status DealsCsvFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    m_lineOfDeal.clear();
    if (matchHeader(header) == 0) {
        return Error{
            Text::tr("This is not a deals export: the header needs %1.").arg(requiredColumns()),
            {},
            1,
            0};
    }
    return {};
}

void DealsCsvFormat::observe(const Record &record)
{
    // One CRM writes both columns in one order, so both give evidence for it.
    m_dateOrderScan.observe(m_columns->field(record, Role::Opened), record.line);
    m_dateOrderScan.observe(m_columns->field(record, Role::Closed), record.line);
}

Status DealsCsvFormat::finishObserving()
{
    const int column = m_columns->column(Role::Opened);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem DealsCsvFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

std::variant<DealState, FieldProblem> DealsCsvFormat::stateOf(const Record &record,
                                                              bool closed) const
{
    const QString stage = m_columns->field(record, Role::Stage);
    const std::optional<DealState> byStage = closedStage(stage);
    const QString wonText = m_columns->field(record, Role::Won);
    if (isNullSentinel(wonText)) {
        return byStage.value_or(DealState::Open);
    }
    const std::optional<bool> won = parseYesNo(wonText);
    if (!won) {
        return problem(Role::Won, Text::tr("expected yes or no, found \"%1\"").arg(wonText));
    }
    if (byStage && (*byStage == DealState::Won) != *won) {
        return problem(
            Role::Stage,
            Text::tr("the stage \"%1\" contradicts the won column (\"%2\")").arg(stage, wonText));
    }
    if (*won) {
        return DealState::Won;
    }
    // Not won: lost once it is closed (or its stage says so), else still open.
    return byStage || closed ? DealState::Lost : DealState::Open;
}

std::variant<Deal, FieldProblem> DealsCsvFormat::toDeal(const Record &record) const
{
    Deal deal;
    deal.source = crmSource();
    deal.dealId = m_columns->field(record, Role::DealId);
    if (deal.dealId.isEmpty()) {
        return problem(Role::DealId, Text::tr("the deal has no id"));
    }
    const QString opened = m_columns->field(record, Role::Opened);
    if (isNullSentinel(opened)) {
        return problem(Role::Opened, Text::tr("the opening time is missing"));
    }
    const std::optional<qint64> openedAt = parseDateTime(opened, m_dateOrder, m_zone);
    if (!openedAt) {
        return problem(Role::Opened, Text::tr("cannot read \"%1\" as a date and time").arg(opened));
    }
    deal.openedAtMs = *openedAt;
    const QString closed = m_columns->field(record, Role::Closed);
    if (!isNullSentinel(closed)) {
        deal.closedAtMs = parseDateTime(closed, m_dateOrder, m_zone);
        if (!deal.closedAtMs) {
            return problem(Role::Closed,
                           Text::tr("cannot read \"%1\" as a date and time").arg(closed));
        }
        if (*deal.closedAtMs < deal.openedAtMs) {
            return problem(
                Role::Closed,
                Text::tr("the deal closed (%1) before it was opened (%2)").arg(closed, opened));
        }
    }
    const auto state = stateOf(record, deal.closedAtMs.has_value());
    if (const auto *failure = std::get_if<FieldProblem>(&state)) {
        return *failure;
    }
    deal.state = std::get<DealState>(state);
    const QString value = m_columns->field(record, Role::Value);
    if (!isNullSentinel(value)) {
        const std::optional<Money> money = parseMoney(value);
        if (!money) {
            return problem(Role::Value, Text::tr("cannot read \"%1\" as an amount").arg(value));
        }
        if (money->amount < 0) {
            return problem(Role::Value,
                           Text::tr("a deal's value cannot be negative (%1)").arg(value));
        }
        deal.value = money->amount;
        deal.currency = money->currency;
    }
    if (deal.currency.isEmpty()) {
        deal.currency = m_columns->field(record, Role::Currency);
    }
    deal.leadId = m_columns->field(record, Role::LeadId);
    deal.stage = m_columns->field(record, Role::Stage);
    deal.rawRecord = rawRecordJson(record);
    return deal;
}

void DealsCsvFormat::convert(const Record &record, ConversionSink &sink)
{
    std::variant<Deal, FieldProblem> converted = toDeal(record);
    if (const auto *failure = std::get_if<FieldProblem>(&converted)) {
        sink.reject(record.line, *failure);
        return;
    }
    Deal &deal = std::get<Deal>(converted);
    const auto seen = m_lineOfDeal.constFind(deal.dealId);
    if (seen != m_lineOfDeal.cend()) {
        sink.reject(
            record.line,
            problem(Role::DealId,
                    Text::tr("deal %1 was already read on line %2").arg(deal.dealId).arg(*seen)));
        return;
    }
    m_lineOfDeal.insert(deal.dealId, record.line);
    sink.addDeal(std::move(deal));
}

} // namespace callboard
