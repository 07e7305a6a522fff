#pragma once

#include "import/RecordReader.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>

#include <deque>
#include <vector>

namespace callboard {

/// Reads the call objects of a JSON file as records. It takes a whole JSON document, or JSON
/// Lines (one document per line, told apart by a first line that is a complete document with
/// more after it). Each document is unwrapped the way the phone systems' APIs wrap their call
/// lists: a top-level array of calls; `{"calls": [...]}` (Aircall's and Twilio's list pages);
/// `{"call": {...}}` (one Aircall call); `{"responseData": {"data": [...]}}` and
/// `{"responseData": {...}}` (CloudTalk's list and single item); an Airbyte record
/// `{"stream": "calls", "data": {...}}`, whose other streams (users, tags) are skipped, also
/// inside an Airbyte protocol message (`{"type": "RECORD", "record": {...}}`; other message types
/// are skipped); an Aircall webhook delivery (`{"resource": "call", "event", "token", "data"}`,
/// of which only `data` is read, and of a call delivered several times in JSON Lines only its
/// last delivery; other resources are skipped); else the object itself is one call.
///
/// The first record stands for the header: the first call object, with its keys as the fields,
/// so formats recognise the file by them. Then every call object is one record: its `object`,
/// its fields the values of the first object's keys (as text), and its line the line where the
/// object starts (for JSON Lines, the line of its document). A document that does not parse is
/// refused with the line and column of the error; so is a JSON Lines file with one bad line.
///
/// Known limits: a whole document is held in memory, as its bytes while it is parsed and then as
/// the parsed objects; JSON Lines are streamed line by line. Skipped envelopes are named when a
/// file holds nothing else, but not counted.
class JsonRecordReader : public RecordReader
{
public:
    /// True when @p head, the first bytes of a file, start like JSON rather than delimited text.
    static bool looksLikeJson(const QByteArray &head);

    static Expected<std::unique_ptr<RecordReader>> open(const QString &path);

    bool readRecord(Record &record) override;
    Status rewind() override;
    qint64 position() const override;
    qint64 total() const override;
    std::optional<Error> error() const override { return m_error; }

private:
    /// One call object and the line it starts on.
    struct Located
    {
        QJsonObject object;
        qint64 line = 0;
    };

    explicit JsonRecordReader(const QString &path);

    Status detectJsonLines();
    Status loadDocument();
    /// In JSON Lines, notes the line of each call's last webhook delivery.
    Status findLastWebhookEvents();
    /// The next call object, from the document or from the next lines; false at the end or on
    /// an error.
    bool nextObject(Located &located);
    /// Parses lines until one holds call objects, queueing them; false at the end or on error.
    bool readNextLine();
    void fail(const QString &message, qint64 line, int column);
    Error noCallsError() const;
    /// Remembers the Airbyte stream or the event a document held instead of calls.
    void noteSkipped(const QString &stream, const QString &event);

    QFile m_file;
    bool m_jsonLines = false;
    std::vector<Located> m_documentObjects; ///< A whole document's calls, in order.
    std::size_t m_nextObject = 0;
    std::deque<Located> m_lineObjects; ///< The calls of the last JSON line not yet returned.
    qint64 m_lineNumber = 0;
    QStringList m_skippedStreams; ///< Airbyte streams seen that hold no calls.
    QStringList m_skippedEvents;  ///< Webhook events and Airbyte messages that hold no calls.
    QHash<QString, qint64> m_lastWebhookEventLine; ///< By call id.
    bool m_headerRead = false;
    QStringList m_headerKeys; ///< The first call object's keys: the fields of every record.
    std::optional<Error> m_error;
};

} // namespace callboard
