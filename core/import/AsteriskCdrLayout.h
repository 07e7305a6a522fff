#pragma once

#include "common/Error.h"
#include "import/Record.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace callboard {

/// The fields of an Asterisk call detail record that Callboard reads, by their Asterisk names.
enum class CdrField {
    Start,              ///< `start`, or `calldate` in database tables and FreePBX exports
    Answer,             ///< `answer`: empty when nobody answered
    End,                ///< `end`
    CallerId,           ///< `clid`: `"Name" <number>`
    Source,             ///< `src`
    Destination,        ///< `dst`
    Context,            ///< `dcontext`
    Channel,            ///< `channel`
    DestinationChannel, ///< `dstchannel`
    LastApplication,    ///< `lastapp`
    LastData,           ///< `lastdata`
    Duration,           ///< `duration`: start to end, seconds
    BillSeconds,        ///< `billsec`: answer to end, seconds
    Disposition,        ///< `disposition`
    UniqueId,           ///< `uniqueid`
    LinkedId,           ///< `linkedid`: shared by the records of one call
    Did,                ///< `did` (FreePBX)
    RecordingFile,      ///< `recordingfile` (FreePBX)
};

/// True for Asterisk's disposition values: ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION, CANCEL
/// and UNKNOWN (any case).
bool isCdrDisposition(const QString &text);

/// Where each field of an Asterisk-family CDR file is: named by a header row (FreePBX exports,
/// database dumps), or worked out from the content of a header-less one (AsteriskCdrLayoutScan).
class AsteriskCdrLayout
{
public:
    /// The columns @p header names, whatever their order, case and punctuation; columns Callboard
    /// does not read are ignored.
    static AsteriskCdrLayout fromHeader(const QStringList &header);

    void place(CdrField field, int column);
    bool has(CdrField field) const { return m_columns.contains(static_cast<int>(field)); }
    /// The column (from 0) of @p field, or -1.
    int column(CdrField field) const { return m_columns.value(static_cast<int>(field), -1); }
    /// The trimmed text of @p field in @p record; empty when the file lacks the field or holds a
    /// null such as NULL or 0000-00-00 00:00:00.
    QString field(const Record &record, CdrField field) const;

    /// Names for the first @p count columns: the Asterisk name of each placed field, else
    /// "column N". For the raw record and messages of header-less files.
    QStringList columnNames(int count) const;

private:
    QHash<int, int> m_columns; // field -> column
};

/// Works out the columns of a header-less Asterisk CDR from what its records hold, so that the
/// stock cdr_csv order (16 to 21 columns), cdr_custom templates such as its sample Master.csv
/// mapping, and header-less dumps of the FreePBX `cdr` table are all read, told apart by their
/// content rather than their count of columns.
///
/// A column is of a kind when most of its non-empty values are: date-times, dispositions, channel
/// names (`SIP/105-0000001a`, `PJSIP/...`, `Local/...`), uniqueids (`1690325492.2`, optionally
/// after a system name) or recording files. Then: the disposition column is the only one of its
/// kind; duration and billsec are the two columns before it (as in every Asterisk layout); the
/// first date-time column is the start, and where there are three they are start, answer and end;
/// the first uniqueid column is the uniqueid, a second the linkedid; the first channel column is
/// the channel, followed by dstchannel, lastapp and lastdata (as in every Asterisk layout). Before
/// the channel come either src, dst, dcontext and clid (the stock order: the column before the
/// channel holds caller ids like `"Name" <105>` or bare numbers) or clid, src, dst and dcontext
/// (cdr_custom's sample and the database table).
class AsteriskCdrLayoutScan
{
public:
    /// True when @p fields look like one Asterisk CDR record: a disposition, a date and time, and
    /// a channel name or a uniqueid among them.
    static bool looksLikeRecord(const QStringList &fields);

    void observe(const Record &record);

    /// The layout the records observed so far show, or why none can be told.
    Expected<AsteriskCdrLayout> decide() const;

private:
    /// How many of a column's values are of each kind.
    struct ColumnProfile
    {
        int nonEmpty = 0;
        int dateTimes = 0;
        int dispositions = 0;
        int channels = 0;
        int uniqueIds = 0;
        int callerIds = 0;
        int integers = 0;
        int recordings = 0;
    };

    QList<ColumnProfile> m_columns;
};

} // namespace callboard
