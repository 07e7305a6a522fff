#pragma once

#include "import/FieldParsers.h"
#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <QHash>

#include <optional>

namespace callboard {

/// Leads exported from a CRM as CSV (or a workbook): one lead per row, with its id, phone
/// number, creation time and owner, in the header spellings CRMs use (`Lead ID`, `id`; `Phone
/// Number`, `Mobile`; `Created`, `Date Created`, `created_time`; `Owner`, `Assigned To`,
/// `Agent`), and optionally its source or campaign and its status. Each row becomes one lead,
/// keyed by the source crmSource() and its id; no call is made from it.
///
/// A header that also names call-log columns (a call id, a direction, a duration) is a call log
/// with a phone column, not leads, and is left to the call formats; one with a deal id is a
/// deals export. Times are read as parseDateTime() reads them, numeric dates in the order the
/// column settles (or --date-order), local times in --timezone, else the report zone. A row
/// without an id or a readable creation time is rejected, and so is a second row with an id the
/// file already gave (a CRM export names each lead once).
class LeadsCsvFormat : public TabularFormat
{
public:
    enum class Role {
        LeadId,
        Phone,
        Created,
        Owner,
        Campaign,
        Status,
        DealId,
        CallColumn,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    Status finishObserving() override;
    QTimeZone timeZone() const override { return m_zone; }
    void convert(const Record &record, ConversionSink &sink) override;

private:
    FieldProblem problem(Role role, const QString &message) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    DateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    QHash<QString, qint64> m_lineOfLead; ///< The line each lead id was read from.
};

/// The source of the leads and deals CRM exports give: with the CRM's own id, their key. One
/// for both, so that a deal's lead id finds its lead.
QString crmSource();

} // namespace callboard
