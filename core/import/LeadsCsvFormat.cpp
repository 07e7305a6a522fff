#include "LeadsCsvFormat.h"

#include "call/Lead.h"

#include <QCoreApplication>

namespace callboard {

namespace {

using Role = LeadsCsvFormat::Role;

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadsCsvFormat)
};

const QHash<QString, Role> &aliases()
{
    static const QHash<QString, Role> map{
        {QStringLiteral("leadid"), Role::LeadId},
        {QStringLiteral("id"), Role::LeadId},
        {QStringLiteral("leadnumber"), Role::LeadId},
        {QStringLiteral("phone"), Role::Phone},
        {QStringLiteral("phonenumber"), Role::Phone},
        {QStringLiteral("mobile"), Role::Phone},
        {QStringLiteral("mobilephone"), Role::Phone},
        {QStringLiteral("mobilenumber"), Role::Phone},
        {QStringLiteral("telephone"), Role::Phone},
        {QStringLiteral("created"), Role::Created},
        {QStringLiteral("createdat"), Role::Created},
        {QStringLiteral("createdtime"), Role::Created},
        {QStringLiteral("createddate"), Role::Created},
        {QStringLiteral("createdon"), Role::Created},
        {QStringLiteral("datecreated"), Role::Created},
        {QStringLiteral("leadcreated"), Role::Created},
        {QStringLiteral("owner"), Role::Owner},
        {QStringLiteral("leadowner"), Role::Owner},
        {QStringLiteral("assignedto"), Role::Owner},
        {QStringLiteral("agent"), Role::Owner},
        {QStringLiteral("source"), Role::Campaign},
        {QStringLiteral("leadsource"), Role::Campaign},
        {QStringLiteral("campaign"), Role::Campaign},
        {QStringLiteral("status"), Role::Status},
        {QStringLiteral("leadstatus"), Role::Status},
        // Columns that make a file something else.
        {QStringLiteral("dealid"), Role::DealId},
        {QStringLiteral("opportunityid"), Role::DealId},
        {QStringLiteral("callid"), Role::CallColumn},
        {QStringLiteral("direction"), Role::CallColumn},
        {QStringLiteral("calldirection"), Role::CallColumn},
        {QStringLiteral("duration"), Role::CallColumn},
        {QStringLiteral("callduration"), Role::CallColumn},
        {QStringLiteral("talktime"), Role::CallColumn},
        {QStringLiteral("answered"), Role::CallColumn},
        {QStringLiteral("outcome"), Role::CallColumn},
    };
    return map;
}

} // namespace

QString crmSource()
{
    return QStringLiteral("crm");
}

QString LeadsCsvFormat::id() const
{
    return QStringLiteral("leads");
}

QString LeadsCsvFormat::displayName() const
{
    return Text::tr("CRM leads export");
}

QString LeadsCsvFormat::requiredColumns() const
{
    return Text::tr("a lead id, a phone and a created column, and no call-log or deal columns");
}

int LeadsCsvFormat::matchHeader(const QStringList &header) const
{
    const HeaderMap<Role> columns(aliases(), header);
    if (!columns.has(Role::LeadId) || !columns.has(Role::Phone) || !columns.has(Role::Created)
        || columns.has(Role::DealId) || columns.has(Role::CallColumn)) {
        return 0;
    }
    // An id, a phone and a creation time say little on their own: each further lead column
    // (owner, campaign, status) adds to the match.
    return 70 + 5 * (columns.count() - 3);
}

Status LeadsCsvFormat::begin(const QStringList &header, const ImportOptions &options)
{
    m_header = header;
    m_columns.emplace(aliases(), header);
    m_zone = options.timeZone.isValid() ? options.timeZone : options.reportTimeZone;
    m_dateOrderScan = DateOrderScan(options.dateOrder);
    m_lineOfLead.clear();
    if (matchHeader(header) == 0) {
        return Error{
            Text::tr("This is not a leads export: the header needs %1.").arg(requiredColumns()),
            {},
            1,
            0};
    }
    return {};
}

void LeadsCsvFormat::observe(const Record &record)
{
    m_dateOrderScan.observe(m_columns->field(record, Role::Created), record.line);
}

Status LeadsCsvFormat::finishObserving()
{
    const int column = m_columns->column(Role::Created);
    const Expected<DateOrder> order = m_dateOrderScan.decide(m_header.value(column), column + 1);
    if (!order) {
        return order.error();
    }
    m_dateOrder = *order;
    return {};
}

FieldProblem LeadsCsvFormat::problem(Role role, const QString &message) const
{
    const int column = m_columns->column(role);
    return FieldProblem{column + 1, Text::tr("%1: %2").arg(m_header.value(column), message)};
}

void LeadsCsvFormat::convert(const Record &record, ConversionSink &sink)
{
    Lead lead;
    lead.source = crmSource();
    lead.leadId = m_columns->field(record, Role::LeadId);
    if (lead.leadId.isEmpty()) {
        sink.reject(record.line, problem(Role::LeadId, Text::tr("the lead has no id")));
        return;
    }
    const QString created = m_columns->field(record, Role::Created);
    if (isNullSentinel(created)) {
        sink.reject(record.line, problem(Role::Created, Text::tr("the created time is missing")));
        return;
    }
    const std::optional<qint64> createdAt = parseDateTime(created, m_dateOrder, m_zone);
    if (!createdAt) {
        sink.reject(
            record.line,
            problem(Role::Created, Text::tr("cannot read \"%1\" as a date and time").arg(created)));
        return;
    }
    const auto seen = m_lineOfLead.constFind(lead.leadId);
    if (seen != m_lineOfLead.cend()) {
        sink.reject(
            record.line,
            problem(Role::LeadId,
                    Text::tr("lead %1 was already read on line %2").arg(lead.leadId).arg(*seen)));
        return;
    }
    m_lineOfLead.insert(lead.leadId, record.line);
    lead.createdAtMs = *createdAt;
    lead.phone = m_columns->field(record, Role::Phone);
    lead.owner = m_columns->field(record, Role::Owner);
    lead.campaign = m_columns->field(record, Role::Campaign);
    lead.status = m_columns->field(record, Role::Status);
    lead.rawRecord = rawRecordJson(record);
    sink.addLead(std::move(lead));
}

} // namespace callboard
