#pragma once

#include "kpi/Kpi.h"

namespace callboard {

/// A published figure to hold a KPI against, such as an industry's typical lead response time.
/// It is not a target: no status is judged against it. It says where it comes from, and a team
/// may change it (WorkspaceTargets keeps what they changed).
struct ReferenceValue
{
    QString id;    ///< "lead_response_time.telecom"
    QString kpiId; ///< The KPI it is a reference for: "lead_response_time".
    QString label; ///< Whom the figure describes, translated: "Telecom".
    double value = 0;
    KpiUnit unit = KpiUnit::Seconds;
    QString source; ///< Where the figure comes from; empty when a team changed it without saying.
    bool isShipped = true; ///< Whether it is the value Callboard ships, not one a team set.

    /// The reference values Callboard ships: the lead response times of CloudTalk's article on
    /// call-tracking metrics, by industry and by size of business.
    static QList<ReferenceValue> shipped();
};

} // namespace callboard
