#include "JsonRecordReader.h"

#include "import/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordReader)
};

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
}

/// Where a document keeps its call objects: the keys leading to them from the top, and whether
/// they are a list or a single object.
struct CallsInDocument
{
    QJsonArray calls;
    QStringList path;
    bool single = false;
    /// What the document holds instead of calls, when it is a known envelope of something else:
    /// an Airbyte stream, a webhook resource or an Airbyte message type.
    QString skippedStream;
    QString skippedEvent;
    bool webhook = false; ///< The calls are the data of a webhook delivery.
};

CallsInDocument callsIn(const QJsonDocument &document)
{
    CallsInDocument found;
    if (document.isArray()) {
        found.calls = document.array();
        return found;
    }
    QJsonObject top = document.object();
    QStringList prefix;
    // An Airbyte protocol message wraps the record of a connector's output; its other messages
    // (state, logs, the catalogue) hold no calls.
    static const QStringList airbyteMessageTypes{QStringLiteral("RECORD"),
                                                 QStringLiteral("STATE"),
                                                 QStringLiteral("LOG"),
                                                 QStringLiteral("TRACE"),
                                                 QStringLiteral("SPEC"),
                                                 QStringLiteral("CATALOG"),
                                                 QStringLiteral("CONNECTION_STATUS"),
                                                 QStringLiteral("CONTROL")};
    if (const QString type = top.value(u"type").toString(); airbyteMessageTypes.contains(type)) {
        if (type == u"RECORD" && top.value(u"record").isObject()) {
            top = top.value(u"record").toObject();
            prefix = QStringList{QStringLiteral("record")};
        } else if (type != u"RECORD") {
            found.skippedEvent = QStringLiteral("Airbyte ") + type;
            return found;
        }
    }
    auto take = [&found, &prefix](const QJsonValue &value, const QStringList &path) {
        found.single = !value.isArray();
        found.calls = found.single ? QJsonArray{value} : value.toArray();
        found.path = prefix + path;
        return found;
    };
    if (top.value(u"calls").isArray()) {
        return take(top.value(u"calls"), {QStringLiteral("calls")});
    }
    if (top.value(u"call").isObject()) {
        return take(top.value(u"call"), {QStringLiteral("call")});
    }
    if (const QJsonValue response = top.value(u"responseData"); response.isObject()) {
        const QJsonValue data = response.toObject().value(u"data");
        return data.isArray() ? take(data, {QStringLiteral("responseData"), QStringLiteral("data")})
                              : take(response, {QStringLiteral("responseData")});
    }
    if (top.value(u"stream").isString() && top.value(u"data").isObject()) {
        const QString stream = top.value(u"stream").toString();
        if (stream == u"calls") {
            return take(top.value(u"data"), {QStringLiteral("data")});
        }
        found.skippedStream = stream;
        return found;
    }
    // A webhook delivery: {"resource": "call", "event": "call.ended", "token": ..., "data": {..}}.
    // Only the call is kept, never the envelope, whose token is the webhook's shared secret.
    // Each event carries the call as it stood then, so the last event of a call wins.
    if (top.value(u"resource").isString() && top.value(u"event").isString()
        && top.value(u"data").isObject()) {
        if (top.value(u"resource").toString() == u"call") {
            found.webhook = true;
            return take(top.value(u"data"), {QStringLiteral("data")});
        }
        found.skippedEvent = top.value(u"event").toString();
        return found;
    }
    return take(top, {});
}

/// The id of the call a webhook delivery carries, as text whether the JSON has it as a number or
/// a string.
QString webhookCallId(const QJsonObject &call)
{
    return call.value(u"id").toVariant().toString();
}

/// The lines where the call objects of @p json begin: the elements of the list at @p path, or,
/// with @p single, the one object there. The document has parsed already, so the scan trusts
/// its syntax and only follows strings, nesting and the keys on the path.
QList<qint64> callLines(const QByteArray &json, const QStringList &path, bool single)
{
    struct Container
    {
        bool isArray = false;
        bool onPath = false;    ///< Reached from the top through keys of the path only.
        qsizetype keysToGo = 0; ///< Keys of the path still to follow below it.
        bool isTarget() const { return onPath && keysToGo == 0; }
    };
    enum class Expecting { Value, Key, Other };

    QList<QByteArray> keys;
    for (const QString &key : path) {
        keys.append(key.toUtf8());
    }
    QList<qint64> lines;
    std::vector<Container> open;
    Expecting expecting = Expecting::Value;
    QByteArray lastKey;
    bool inString = false;
    bool stringIsKey = false;
    bool escaped = false;
    qint64 line = 1;
    for (const char c : json) {
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                continue;
            }
            if (stringIsKey) {
                lastKey += c;
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            continue;
        }
        if (expecting == Expecting::Value && c != ']') {
            if (!open.empty() && open.back().isTarget() && open.back().isArray) {
                lines.append(line);
            }
            if (c == '{' || c == '[') {
                Container entered{c == '[', open.empty(), qsizetype(keys.size())};
                if (!open.empty()) {
                    const Container &parent = open.back();
                    entered.onPath = parent.onPath && !parent.isArray && parent.keysToGo > 0
                                     && lastKey == keys.at(keys.size() - parent.keysToGo);
                    entered.keysToGo = parent.keysToGo - 1;
                }
                if (single && entered.isTarget()) {
                    lines.append(line);
                }
                open.push_back(entered);
                expecting = c == '{' ? Expecting::Key : Expecting::Value;
                continue;
            }
            expecting = Expecting::Other;
        }
        switch (c) {
        case '"':
            inString = true;
            stringIsKey = expecting == Expecting::Key;
            if (stringIsKey) {
                lastKey.clear();
            }
            expecting = Expecting::Other;
            break;
        case ':':
            expecting = Expecting::Value;
            break;
        case ',':
            expecting = open.back().isArray ? Expecting::Value : Expecting::Key;
            break;
        case '}':
        case ']':
            open.pop_back();
            expecting = Expecting::Other;
            break;
        default:
            break; // the rest of a number, true, false or null
        }
    }
    return lines;
}

/// The line and column (from 1, counted in characters) of a parse error Qt reports at
/// @p offset, which points just past the byte it stumbled on.
std::pair<qint64, int> errorPosition(const QByteArray &bytes, int offset)
{
    const qsizetype at = std::clamp<qsizetype>(offset - 1, 0, bytes.size());
    const qsizetype lineStart = at == 0 ? 0 : bytes.lastIndexOf('\n', at - 1) + 1;
    const qint64 line = 1 + bytes.left(at).count('\n');
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, at - lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

JsonRecordReader::JsonRecordReader(const QString &path)
    : m_file(path)
{}

bool JsonRecordReader::looksLikeJson(const QByteArray &head)
{
    const QByteArray start = withoutBom(head).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

Expected<std::unique_ptr<RecordReader>> JsonRecordReader::open(const QString &path)
{
    std::unique_ptr<JsonRecordReader> reader(new JsonRecordReader(path));
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return Error{Text::tr("Cannot open the file: %1").arg(reader->m_file.errorString()),
                     path,
                     0,
                     0};
    }
    if (const Status detected = reader->detectJsonLines(); !detected) {
        return detected.error();
    }
    if (!reader->m_jsonLines) {
        if (const Status loaded = reader->loadDocument(); !loaded) {
            return loaded.error();
        }
    } else if (const Status scanned = reader->findLastWebhookEvents(); !scanned) {
        return scanned.error();
    }
    return std::unique_ptr<RecordReader>(std::move(reader));
}

Status JsonRecordReader::detectJsonLines()
{
    // JSON Lines: the first line is a whole document, and more follow it. A pretty-printed
    // document's first line ("{" or "[") does not parse on its own.
    QByteArray firstLine;
    while (!m_file.atEnd() && firstLine.isEmpty()) {
        firstLine = withoutBom(m_file.readLine()).trimmed();
    }
    QJsonParseError parsed;
    QJsonDocument::fromJson(firstLine, &parsed);
    if (parsed.error == QJsonParseError::NoError) {
        while (!m_file.atEnd() && !m_jsonLines) {
            m_jsonLines = !m_file.readLine().trimmed().isEmpty();
        }
    }
    if (!m_file.seek(0)) {
        return Error{Text::tr("Cannot read the file: %1").arg(m_file.errorString()),
                     m_file.fileName(),
                     0,
                     0};
    }
    return {};
}

Status JsonRecordReader::findLastWebhookEvents()
{
    // A log of webhook deliveries holds each call several times, as it stood at each event
    // (created, answered, ended, tagged). Only its last event in the file is read, so that a
    // re-import finds every call unchanged instead of stepping it through its past states.
    qint64 line = 0;
    while (!m_file.atEnd()) {
        const QByteArray bytes = m_file.readLine();
        ++line;
        const QJsonDocument document =
            QJsonDocument::fromJson(line == 1 ? withoutBom(bytes) : bytes);
        if (!document.isObject()) {
            continue; // a line that does not parse is reported when it is read
        }
        const CallsInDocument found = callsIn(document);
        if (found.webhook) {
            m_lastWebhookEventLine.insert(webhookCallId(found.calls.first().toObject()), line);
        }
    }
    if (!m_file.seek(0)) {
        return Error{Text::tr("Cannot read the file: %1").arg(m_file.errorString()),
                     m_file.fileName(),
                     0,
                     0};
    }
    return {};
}

Status JsonRecordReader::loadDocument()
{
    const QByteArray bytes = withoutBom(m_file.readAll());
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        const auto [line, column] = errorPosition(bytes, parsed.offset);
        return Error{Text::tr("The JSON in this file is malformed: %1.").arg(parsed.errorString()),
                     m_file.fileName(),
                     line,
                     column};
    }
    const CallsInDocument found = callsIn(document);
    noteSkipped(found.skippedStream, found.skippedEvent);
    const QList<qint64> lines = callLines(bytes, found.path, found.single);
    for (qsizetype i = 0; i < found.calls.size(); ++i) {
        m_documentObjects.push_back(Located{found.calls.at(i).toObject(), lines.value(i)});
    }
    return {};
}

bool JsonRecordReader::readNextLine()
{
    while (!m_file.atEnd()) {
        QByteArray bytes = m_file.readLine();
        ++m_lineNumber;
        if (m_lineNumber == 1) {
            bytes = withoutBom(bytes);
        }
        if (bytes.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
        if (parsed.error != QJsonParseError::NoError) {
            fail(Text::tr("This line of the JSON Lines file is not valid JSON: %1.")
                     .arg(parsed.errorString()),
                 m_lineNumber,
                 errorPosition(bytes, parsed.offset).second);
            return false;
        }
        const CallsInDocument found = callsIn(document);
        noteSkipped(found.skippedStream, found.skippedEvent);
        if (found.webhook
            && m_lastWebhookEventLine.value(webhookCallId(found.calls.first().toObject()))
                   != m_lineNumber) {
            continue; // a later event in the file carries this call as it ended up
        }
        for (const QJsonValue &call : found.calls) {
            m_lineObjects.push_back(Located{call.toObject(), m_lineNumber});
        }
        if (!m_lineObjects.empty()) {
            return true;
        }
    }
    return false;
}

bool JsonRecordReader::nextObject(Located &located)
{
    if (!m_jsonLines) {
        if (m_nextObject >= m_documentObjects.size()) {
            return false;
        }
        located = m_documentObjects.at(m_nextObject++);
        return true;
    }
    if (m_lineObjects.empty() && !readNextLine()) {
        return false;
    }
    located = m_lineObjects.front();
    m_lineObjects.pop_front();
    return true;
}

bool JsonRecordReader::readRecord(Record &record)
{
    if (m_error) {
        return false;
    }
    Located located;
    if (!nextObject(located)) {
        if (!m_headerRead && !m_error) {
            m_error = noCallsError();
        }
        return false;
    }
    record.object = located.object;
    record.line = located.line;
    record.decodedAsWindows1252 = false;
    record.unterminatedQuote = false;
    if (!m_headerRead) {
        m_headerRead = true;
        m_headerKeys = located.object.keys();
        record.fields = m_headerKeys;
        // The header stands for the first call; it is read again as the first record.
        if (m_jsonLines) {
            m_lineObjects.push_front(located);
        } else {
            --m_nextObject;
        }
        return true;
    }
    record.fields.clear();
    for (const QString &key : std::as_const(m_headerKeys)) {
        record.fields.append(jsonText(located.object.value(key)));
    }
    return true;
}

Status JsonRecordReader::rewind()
{
    m_headerRead = false;
    m_headerKeys.clear();
    m_nextObject = 0;
    m_lineObjects.clear();
    m_lineNumber = 0;
    if (m_jsonLines && !m_file.seek(0)) {
        return Error{Text::tr("Cannot read the file again: %1").arg(m_file.errorString()),
                     m_file.fileName(),
                     0,
                     0};
    }
    return {};
}

qint64 JsonRecordReader::position() const
{
    return m_jsonLines ? m_file.pos() : qint64(m_nextObject);
}

qint64 JsonRecordReader::total() const
{
    return m_jsonLines ? m_file.size() : qint64(m_documentObjects.size());
}

void JsonRecordReader::fail(const QString &message, qint64 line, int column)
{
    m_error = Error{message, m_file.fileName(), line, column};
}

void JsonRecordReader::noteSkipped(const QString &stream, const QString &event)
{
    for (const auto &[skipped, list] :
         {std::pair{stream, &m_skippedStreams}, std::pair{event, &m_skippedEvents}}) {
        if (!skipped.isEmpty() && !list->contains(skipped)) {
            list->append(skipped);
        }
    }
}

Error JsonRecordReader::noCallsError() const
{
    QString message = Text::tr("The file holds no calls: its list of calls is empty.");
    if (!m_skippedStreams.isEmpty()) {
        message = Text::tr("The file holds Airbyte records of the streams %1, but none of a calls "
                           "stream.")
                      .arg(m_skippedStreams.join(QStringLiteral(", ")));
    } else if (!m_skippedEvents.isEmpty()) {
        message = Text::tr("The file holds no calls, only these events or messages: %1.")
                      .arg(m_skippedEvents.join(QStringLiteral(", ")));
    }
    return Error{message, m_file.fileName(), 0, 0};
}

} // namespace callboard
