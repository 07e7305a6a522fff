#pragma once

#include "import/CdrCallAssembler.h"
#include "import/PbxFields.h"
#include "import/TabularFormat.h"

namespace callboard {

/// FreeSWITCH's mod_cdr_csv log (`cdr-csv/Master.csv`) in its default template, "example": no
/// header, one record per channel with caller_id_name, caller_id_number, destination_number,
/// context, start_stamp, answer_stamp, end_stamp, duration, billsec, hangup_cause, uuid,
/// bleg_uuid, accountcode, read_codec and write_codec. The snom and linksys templates shipped
/// beside it begin with the same columns and are read too; copies re-saved by a spreadsheet
/// (unquoted, `2020/2/10 22:41`, seconds lost) as well. Recognised from the content of its first
/// record: dates in the 5th and 7th columns, a hangup cause in the 10th, a uuid in the 11th.
///
/// Mapping: a record with an answer_stamp was answered (talk = billsec, ring = duration -
/// billsec); without one it is a missed inbound or internal call, or an outbound attempt that did
/// not connect, its hangup cause (NO_ANSWER, USER_BUSY, ORIGINATOR_CANCEL, ...) kept as the
/// outcome label. Calls in the `public` context, and calls from a number outside the PBX, are
/// inbound; calls to a number outside it outbound; the rest internal. The agent is the extension
/// dialled (destination_number) of an answered inbound or internal call, or the caller of an
/// outbound one. The source is "freeswitch" and the call id the a-leg's uuid: a b-leg record
/// (`legs` set to b or ab) joins the call whose bleg_uuid names it, as a further leg (see
/// CdrCallAssembler). Times are the server's local time, read in the zone the user gives, else
/// the report zone.
///
/// Known limit: the template has no application column, so a call a voicemail or voice menu
/// answered counts as answered; other templates are not recognised.
class FreeSwitchCdrFormat : public TabularFormat
{
public:
    /// The columns of the default template, in order.
    enum Column {
        CallerName,
        CallerNumber,
        DestinationNumber,
        Context,
        StartStamp,
        AnswerStamp,
        EndStamp,
        Duration,
        BillSeconds,
        HangupCause,
        Uuid,
        BLegUuid,
        AccountCode,
        ReadCodec,
        WriteCodec,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    bool firstRecordIsHeader() const override { return false; }
    QStringList headerlessFieldNames() const override { return m_header; }
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    QTimeZone timeZone() const override { return m_zone; }
    Status finishObserving() override;
    void convert(const Record &record, ConversionSink &sink) override;
    void finishConverting(ConversionSink &sink) override;

private:
    static QString field(const Record &record, Column column);
    /// The call @p record belongs to: the uuid of its a-leg.
    QString callKey(const Record &record) const;
    FieldProblem problem(Column column, const QString &message) const;
    std::variant<std::optional<qint64>, FieldProblem> moment(const Record &record,
                                                             Column column) const;
    std::variant<CdrLeg, FieldProblem> readLeg(const Record &record) const;

    QStringList m_header; ///< The template's variable names, for messages and the raw record.
    QTimeZone m_zone;
    StrictDateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    QHash<QString, int> m_recordsPerUuid;
    QHash<QString, QString> m_aLegOf; ///< b-leg uuid -> a-leg uuid, from bleg_uuid.
    CdrCallAssembler m_calls;
};

} // namespace callboard
