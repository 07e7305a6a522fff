#pragma once

#include "call/Deal.h"
#include "import/FieldParsers.h"
#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <QHash>

#include <optional>

namespace callboard {

/// Deals (opportunities) exported from a CRM as CSV (or a workbook): one deal per row, with its
/// id, the id of the lead it came from, when it was opened and closed, whether it was won, and
/// its value. Each row becomes one deal, keyed by crmSource() and its id; no call is made from
/// it.
///
/// Whether a deal was won comes from a `Won` yes/no column or from a `Stage`/`Status` column:
/// `Won` and `Closed Won` are won, `Lost` and `Closed Lost` lost, and every other stage (`Open`,
/// `Proposal`, `Negotiation`, or none) open, as CRMs name their open stages as they like. A `Won`
/// of no is lost once the deal has a close date, else open. For an open deal a close date is the
/// one the CRM expects, kept as given. Values are read by parseMoney() (`$1,250.00`); a
/// `Currency` column names the currency when the value does not. Dates are read as
/// parseDateTime() reads them, the opened and closed columns in one order, settled from both (or
/// --date-order), local times in --timezone, else the report zone.
///
/// A row is rejected when it has no deal id, its opened time is missing or unreadable, its close
/// time unreadable or before its opening, its value no amount or negative, its won and stage
/// columns disagree, or its id was already read in the file.
class DealsCsvFormat : public TabularFormat
{
public:
    enum class Role {
        DealId,
        LeadId,
        Opened,
        Closed,
        Won,
        Stage,
        Value,
        Currency,
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
    /// The deal in @p record, or the problem that rejects it.
    std::variant<Deal, FieldProblem> toDeal(const Record &record) const;
    /// Where the deal stands by its won and stage columns, or the problem that rejects it.
    std::variant<DealState, FieldProblem> stateOf(const Record &record, bool closed) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    DateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    QHash<QString, qint64> m_lineOfDeal; ///< The line each deal id was read from.
};

} // namespace callboard
