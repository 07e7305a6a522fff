#pragma once

#include "import/TabularFormat.h"
#include "import/TwilioJson.h"

#include <QHash>
#include <QSet>

namespace callboard {

/// Call lists saved from Twilio's Programmable Voice API: list pages `{"calls": [...],
/// "next_page_uri": ...}`, bare arrays of Call resources, or JSON Lines of them (as the bulk
/// export writes). Recognised by a first object with `sid`, `status`, `direction`, `from`, `to`
/// and `start_time` or `date_created`. Each resource is read by twilioLegFromJson(); the first
/// pass gathers the legs each call dialled, so that a call of its own becomes leg 0, settled by
/// twilioCustomerCall(), and its dialled legs are numbered by when they were answered: the first
/// answered one is folded into leg 0, each further one is a leg 1..n (twilioFurtherLeg()), and
/// unanswered ones make no leg. The numbering depends only on the legs in the file, so
/// re-importing it adds nothing.
///
/// Known limits: a dialled leg whose parent call is not in the file is rejected (import it with
/// the page that holds its parent), and so is a leg dialled by a dialled leg. A later file that
/// holds answered legs an earlier one lacked may number the legs differently. Times carry their
/// offset (UTC), so no zone applies.
class TwilioJsonFormat : public TabularFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    QTimeZone timeZone() const override { return QTimeZone::utc(); }
    Status finishObserving() override;
    void convert(const Record &record, ConversionSink &sink) override;

private:
    QHash<QString, Direction> m_callDirections;      ///< Calls of their own, by sid.
    QHash<QString, TwilioDialledLegs> m_dialledLegs; ///< By the sid of the call that dialled.
    QHash<QString, int> m_legNumbers; ///< Answered dialled legs by sid: 0 folded, else 1..n.
    QSet<QString> m_dialledSids;
};

} // namespace callboard
