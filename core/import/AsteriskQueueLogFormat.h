#pragma once

#include "import/HeaderMap.h"
#include "import/QueueLogCallAssembler.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// Asterisk's queue log, the event trail app_queue writes for every queued call, in the forms it
/// is found in: the text file `/var/log/asterisk/queue_log` (`epoch|callid|queue|agent|EVENT|
/// p1|p2|...`, no header, recognised by its first line), and database tables exported with a
/// header: Asterisk's realtime `time,callid,queuename,agent,event,data` (parameters joined by
/// `|`) or `...,data1,...,data5`, and the split-column table of PBXware-style systems
/// (`uid,date_time,callid,queue_name,type,event,param1,param2,param3,entpos,expos,htime,ttime,
/// time`, the agent in `type`, hold and talk times in `htime` and `ttime`).
///
/// Mapping: the events of one callid make one call (QueueLogCallAssembler says how the legs are
/// cut). CONNECT answers it (wait = holdtime, ring = ringtime, agent = the member);
/// COMPLETECALLER and COMPLETEAGENT end it with talk = calltime and who hung up as the reason;
/// BLINDTRANSFER, ATTENDEDTRANSFER and TRANSFER end it transferred; ABANDON and EXITWITHTIMEOUT
/// are abandons (wait = waittime; the Standard counts a queue timeout as one), EXITWITHKEY a key
/// exit, EXITEMPTY and WITHDRAW missed. The caller is ENTERQUEUE's callerid, the queue the event's
/// queue, the DID event's number the tracking number. Members are named without their channel
/// technology and context (`Agent/1127`, `Local/1127@ctx/n`, `SIP/1127` are all `1127`); the raw
/// value stays in the raw record, which holds every event of the call. The dialler events of
/// PBXware-style systems (OUTDIAL, then OUTANSWER, OUTBUSY, OUTNOANSWER, OUTCANCEL, OUTCONGESTION
/// or OUTCHANUNAVAIL, retried under the same callid) and Asterisk's OUTCALL make outbound calls.
/// RINGNOANSWER and RINGCANCELED are offers to one member, not calls: they are counted and kept
/// in the raw record only. Agent and system events make no call; an event Callboard does not know
/// rejects its record, so every one is reported. Times are Unix seconds where the log has them
/// (the text file, PBXware's `date_time`), else the realtime `time` column read in the zone given
/// with the import, else the report zone.
class AsteriskQueueLogFormat : public TabularFormat
{
public:
    enum class Role {
        Time,
        UnixTime,
        CallId,
        Queue,
        Agent,
        Event,
        Data,
        Data1,
        Data2,
        Data3,
        Data4,
        Data5,
        Param1,
        Param2,
        Param3,
        EntryPosition,
        ExitPosition,
        HoldTime,
        TalkTime,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    bool firstRecordIsHeader() const override { return m_layout != Layout::TextFile; }
    QStringList headerlessFieldNames() const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    QTimeZone timeZone() const override;
    Status finishObserving() override { return {}; }
    void convert(const Record &record, ConversionSink &sink) override;
    void finishConverting(ConversionSink &sink) override;

private:
    /// Where a record keeps an event's fields.
    enum class Layout {
        TextFile,        ///< `epoch|callid|queue|agent|EVENT|p1|p2|...`
        RealtimeData,    ///< `time,callid,queuename,agent,event,data` with `p1|p2|...` in data
        RealtimeDataN,   ///< `time,callid,queuename,agent,event,data1,...,data5`
        SplitParameters, ///< `...,param1,param2,param3,entpos,expos,htime,ttime,...`
    };

    /// One field of a record: its text and its column (from 1), for messages.
    struct Field
    {
        QString text;
        int column = 0;
    };

    /// When an event happened, and whether that was read from a local time.
    struct Moment
    {
        qint64 ms = 0;
        bool local = false;
    };

    /// What every record says, whatever its event.
    struct EventRecord
    {
        Moment moment;
        Field callId;
        Field queue;
        Field agent;
        Field name;
    };

    Field field(const Record &record, Role role) const;
    std::variant<Moment, FieldProblem> readTime(const Record &record) const;
    std::variant<EventRecord, FieldProblem> readRecord(const Record &record) const;
    /// The event's parameters in Asterisk's documented order, whatever the layout.
    QList<Field> parameters(const Record &record, const QString &eventName) const;
    QList<Field> splitParameters(const Record &record, const QString &eventName) const;
    /// The call event in @p record, std::nullopt for a known event that makes no call, or the
    /// problem that rejects the record.
    std::variant<std::optional<QueueLogEvent>, FieldProblem>
    readEvent(const Record &record, const EventRecord &read) const;

    Layout m_layout = Layout::TextFile;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_localZone; ///< For a realtime table's local `time` column.
    bool m_readLocalTimes = false;
    QHash<QString, qint64> m_lastLineOfCall; ///< Each call id's last event, from the first pass.
    qint64 m_logEndMs = 0;                   ///< The time of the log's last event.
    std::optional<QueueLogCallAssembler> m_assembler;
    qint64 m_offers = 0;       ///< RINGNOANSWER and RINGCANCELED events.
    qint64 m_noCallEvents = 0; ///< Agent, queue and system events.
};

} // namespace callboard
