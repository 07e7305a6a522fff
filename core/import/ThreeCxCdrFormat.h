#pragma once

#include "import/HeaderMap.h"
#include "import/PbxFields.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// 3CX's call data records, as its CDR service writes them to a file (`cdr.log`) or a socket: one
/// comma-separated record per call with the fields the administrator picked. Read with a header
/// row naming the fields (any order; `time-start` or `time_start`), or without one in the order
/// 3CX documents with every field on: historyid, callid, duration, time-start, time-answered,
/// time-end, reason-terminated, from-no, to-no, from-dn, to-dn, dial-no, reason-changed,
/// final-number, final-dn, bill-code, bill-rate, bill-cost, bill-name, chain, from-type, to-type,
/// final-type, from-dispname, to-dispname, final-dispname, missed-queue-calls. A header-less file
/// is recognised by its first record: `Call 1234`, then dates where time-start and time-end go.
///
/// Mapping: one call per record, the source "3cx", the id the history id. A call was answered by a
/// person when it has a time-answered and its final party (final-type, else to-type) is no queue
/// or voice menu: talk = duration, ring and wait = time-answered - time-start, agent = final-dn
/// (else to-dn), or from-dn for outbound calls. An unanswered inbound call that was in a queue
/// (to-type or final-type Queue, or agents listed in missed-queue-calls) is abandoned, waiting
/// until time-end; one a voice menu answered is the voice menu; other unanswered calls are missed
/// (inbound, internal) or not connected (outbound). reason-terminated (TerminatedBySrc, Failed,
/// ...) is kept as the outcome label. A call from an outside party (from-type External or Line)
/// is inbound, one to an outside party outbound, the rest internal; without type fields the
/// numbers decide (`Ext.101` is an extension). Times are UTC, as 3CX writes them, unless the user
/// gives a zone.
///
/// Known limit: written from 3CX's field list and published records, without a real file to test
/// on. Older 3CX versions type every party Internal or External, so a queue that picks up a call
/// the caller then leaves looks like an answered call with no talk time.
class ThreeCxCdrFormat : public RowPerCallFormat
{
public:
    /// The documented fields, in 3CX's order.
    enum class Field {
        HistoryId,
        CallId,
        Duration,
        TimeStart,
        TimeAnswered,
        TimeEnd,
        ReasonTerminated,
        FromNumber,
        ToNumber,
        FromDn,
        ToDn,
        DialNumber,
        ReasonChanged,
        FinalNumber,
        FinalDn,
        BillCode,
        BillRate,
        BillCost,
        BillName,
        Chain,
        FromType,
        ToType,
        FinalType,
        FromDisplayName,
        ToDisplayName,
        FinalDisplayName,
        MissedQueueCalls,
    };

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
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    static bool namesCdrFields(const QStringList &header);
    static bool looksLikeRecord(const QStringList &fields);
    QString field(const Record &record, Field field) const;
    FieldProblem problem(Field field, const QString &message) const;
    std::variant<std::optional<qint64>, FieldProblem> moment(const Record &record,
                                                             Field field) const;

    bool m_hasHeader = true;
    QStringList m_header; ///< The header, or 3CX's field names for a header-less file.
    std::optional<HeaderMap<Field>> m_fields;
    QTimeZone m_zone;
    StrictDateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
};

} // namespace callboard
