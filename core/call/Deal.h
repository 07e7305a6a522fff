#pragma once

#include <QString>

#include <optional>

namespace callboard {

/// Where a deal stands.
enum class DealState {
    Open,
    Won,
    Lost,
};

/// One deal (opportunity) from a CRM export, for pipeline velocity and conversion. Times are UTC
/// milliseconds.
struct Deal
{
    QString source; ///< The system the deal comes from; with dealId, the deal's key.
    QString dealId; ///< The CRM's id of the deal.
    QString leadId; ///< The CRM's id of the lead it came from; empty when it names none.
    qint64 openedAtMs = 0;
    /// When it was won or lost; for an open deal, the close date the CRM expects, if it gives one.
    std::optional<qint64> closedAtMs;
    DealState state = DealState::Open;
    QString stage;               ///< The pipeline stage as the CRM names it ("Proposal").
    std::optional<double> value; ///< Unknown when the export gives none, never 0.
    QString currency;            ///< The symbol or code the value was written with ("$", "EUR").
    QString rawRecord;
};

} // namespace callboard
