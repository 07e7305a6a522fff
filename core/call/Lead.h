#pragma once

#include <QString>

namespace callboard {

/// One sales lead from a CRM export: someone to call, and when they became a lead. Lead response
/// time will join it to the outbound calls to its phone number. Times are UTC milliseconds.
struct Lead
{
    QString source; ///< The system the lead comes from; with leadId, the lead's key.
    QString leadId; ///< The CRM's id of the lead.
    /// In E.164 once stored (the importer normalises it, or hashes it where the workspace hashes
    /// numbers); as the export wrote it until then.
    QString phone;
    qint64 createdAtMs = 0;
    QString owner;    ///< The agent or sales rep the lead is assigned to, as the CRM names them.
    QString campaign; ///< The lead's source or campaign in the CRM's terms ("Web form").
    QString status;   ///< The CRM's lead status, as given ("New", "Qualified").
    QString rawRecord;
};

} // namespace callboard
