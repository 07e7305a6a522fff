#pragma once

#include "import/AsteriskCdrLayout.h"
#include "import/CdrCallAssembler.h"
#include "import/PbxFields.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// Asterisk call detail records as CSV: `cdr_csv`'s Master.csv (no header; the stock column order
/// with or without the uniqueid, userfield and post-1.8 columns, or a cdr_custom order), FreePBX's
/// CDR Reports export, and dumps of the `cdr` database table with or without their header. A file
/// with a header is read by its column names; a header-less one by AsteriskCdrLayoutScan.
///
/// Every record is one leg or attempt of a customer call; the records that share a linkedid (else
/// a uniqueid) are one call, put together by CdrCallAssembler. The source is "asterisk" and the
/// call id that linkedid or uniqueid, so the same call read from Master.csv and from a FreePBX
/// export is stored once.
///
/// Mapping of one record: ANSWERED with a dstchannel is answered by a person (talk = billsec,
/// ring = duration - billsec, answer = `answer` or end - billsec); ANSWERED by the VoiceMail
/// application is a voicemail; ANSWERED with no dstchannel is the PBX itself answering: inside
/// the Queue application an abandon (the caller left or the queue timed out), otherwise, for an
/// inbound call, the voice menu. NO ANSWER, BUSY, FAILED, CONGESTION and CANCEL are missed inbound
/// calls and outbound attempts that did not connect: a CDR leg nobody answered is no queue abandon
/// unless it shows the queue. The agent is the extension in dstchannel (`SIP/105-0000001a` is
/// 105), or src for outbound calls; a file with no dstchannel column (a report of calldate, src,
/// dst, duration, billsec, disposition) cannot tell a person from the PBX answering, so ANSWERED
/// is answered there and the agent the extension dialled. The direction is a heuristic
/// (directionOf). Times are the server's local time, read in the zone the user gives, else the
/// report zone; numeric dates are read day or month first as the column (or the uniqueid's clock)
/// shows, and refused when nothing tells. The caller is src, else the number in clid; did is the
/// tracking number and FreePBX's recordingfile the recording.
///
/// Known limit: for calls through the Queue application Asterisk counts billsec from the moment
/// the queue answered the caller, so in a one-record call the wait leaves out the time on hold
/// and the talk time includes it; Asterisk's queue_log has the exact figures.
class AsteriskCdrFormat : public TabularFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    bool firstRecordIsHeader() const override { return m_hasHeader; }
    QStringList headerlessFieldNames() const override { return m_header; }
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    QTimeZone timeZone() const override { return m_zone; }
    Status finishObserving() override;
    void convert(const Record &record, ConversionSink &sink) override;
    void finishConverting(ConversionSink &sink) override;

private:
    /// True when @p header names the columns the format needs.
    static bool namesCdrColumns(const QStringList &header);
    /// Settles a header-less file's layout from the records held so far, then observes them.
    void settleLayout();
    void observeRecord(const Record &record);
    /// The id of the call @p record belongs to: its linkedid, else its uniqueid, else a digest.
    QString callKey(const Record &record) const;
    FieldProblem problem(CdrField field, const QString &message) const;
    /// @p field read as a local date and time; empty when the record leaves it blank.
    std::variant<std::optional<qint64>, FieldProblem> moment(const Record &record,
                                                             CdrField field) const;
    std::variant<double, FieldProblem> seconds(const Record &record, CdrField field) const;
    std::variant<CdrLeg, FieldProblem> readLeg(const Record &record) const;

    bool m_hasHeader = true;
    QStringList m_header; ///< The header, or the names of a header-less file's columns.
    std::optional<AsteriskCdrLayout> m_layout;
    AsteriskCdrLayoutScan m_layoutScan;
    QList<Record> m_layoutSample; ///< The first records of a header-less file, until its layout.
    std::optional<Error> m_layoutError;
    QTimeZone m_zone;
    StrictDateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    CdrCallAssembler m_calls;
};

} // namespace callboard
