#include "CsvReader.h"

#include <QIODevice>

#include <array>

namespace callboard {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qsizetype delimiterSampleBytes = 64 * 1024;
constexpr int delimiterSampleLines = 20;

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvReader::fillBuffer()
{
    if (m_deviceExhausted) {
        return false;
    }
    const QByteArray chunk = m_device->read(chunkSize);
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (chunk.isEmpty()) {
        m_deviceExhausted = true;
        // A high surrogate that waited for its other half, which never came.
        if (m_utf16 && !m_heldSurrogate.isNull()) {
            m_buffer += QString(m_heldSurrogate).toUtf8();
            m_heldSurrogate = QChar();
            return true;
        }
        return false;
    }
    m_bytesFromDevice += chunk.size();
    if (m_utf16) {
        appendUtf16(chunk);
    } else {
        m_buffer += chunk;
    }
    return true;
}

void CsvReader::appendUtf16(const QByteArray &bytes)
{
    // The decoder hands back the high half of a surrogate pair that a chunk boundary cuts, and
    // converted alone each half would become a `?`: hold it back until the next chunk.
    QString text = m_utf16->decode(bytes);
    if (!m_heldSurrogate.isNull()) {
        text.prepend(m_heldSurrogate);
        m_heldSurrogate = QChar();
    }
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_heldSurrogate = text.back();
        text.chop(1);
    }
    m_buffer += text.toUtf8();
}

bool CsvReader::atEnd()
{
    while (m_pos >= m_buffer.size()) {
        if (!fillBuffer()) {
            return true;
        }
    }
    return false;
}

char CsvReader::detectDelimiter()
{
    while (m_buffer.size() - m_pos < delimiterSampleBytes && fillBuffer()) {
    }
    // Count each candidate per line outside quotes; the one that appears most consistently wins.
    const std::array<char, 4> candidates{',', ';', '\t', '|'};
    std::array<QList<int>, 4> perLine;
    std::array<int, 4> current{};
    bool inQuotes = false;
    int lines = 0;
    for (qsizetype i = m_pos; i < m_buffer.size() && lines < delimiterSampleLines; ++i) {
        const char c = m_buffer.at(i);
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineEnd(c)) {
            if (c == '\r' && i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '\n') {
                ++i;
            }
            for (size_t k = 0; k < candidates.size(); ++k) {
                perLine[k].append(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                current[k] += c == candidates[k] ? 1 : 0;
            }
        }
    }
    if (lines == 0) {
        for (size_t k = 0; k < candidates.size(); ++k) {
            perLine[k].append(current[k]);
        }
    }
    // Score: the count on the first line, if every sampled non-blank line has the same count;
    // half of it otherwise, so a consistent candidate beats a merely frequent one.
    char best = ',';
    double bestScore = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int first = perLine[k].value(0);
        if (first == 0) {
            continue;
        }
        bool consistent = true;
        for (int count : std::as_const(perLine[k])) {
            consistent = consistent && (count == first || count == 0);
        }
        const double score = consistent ? first : first / 2.0;
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

QString CsvReader::decodeField(const QByteArray &bytes, bool &usedFallback)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    usedFallback = true;
    return decodeWindows1252(bytes);
}

bool CsvReader::readRecord(Record &record)
{
    if (!m_encodingChecked) {
        m_encodingChecked = true;
        while (m_buffer.size() < 3 && fillBuffer()) {
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            const bool little = m_buffer.startsWith("\xFF\xFE");
            m_utf16.emplace(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            const QByteArray raw = m_buffer.mid(2);
            m_buffer.clear();
            appendUtf16(raw);
            m_pos = 0;
        }
        if (m_delimiter == 0) {
            m_delimiter = detectDelimiter();
        }
    }

    // Skip blank lines between records.
    while (!atEnd() && isLineEnd(m_buffer.at(m_pos))) {
        const char c = m_buffer.at(m_pos++);
        if (c == '\r' && !atEnd() && m_buffer.at(m_pos) == '\n') {
            ++m_pos;
        }
        ++m_line;
    }
    if (atEnd()) {
        return false;
    }

    record.fields.clear();
    record.line = m_line;
    record.decodedAsWindows1252 = false;
    record.unterminatedQuote = false;

    QByteArray field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    auto finishField = [&] {
        record.fields.append(decodeField(field, record.decodedAsWindows1252));
        field.clear();
        fieldWasQuoted = false;
    };

    while (!atEnd()) {
        const char c = m_buffer.at(m_pos++);
        if (inQuotes) {
            if (c == '"') {
                const bool more = !atEnd();
                const char next = more ? m_buffer.at(m_pos) : '\n';
                if (next == '"') {
                    field += '"';
                    ++m_pos;
                } else if (next == m_delimiter || isLineEnd(next)) {
                    inQuotes = false;
                } else {
                    // A PBX wrote a bare quote inside a quoted field: keep it as text.
                    field += '"';
                }
            } else {
                if (c == '\n' || (c == '\r' && (atEnd() || m_buffer.at(m_pos) != '\n'))) {
                    ++m_line;
                }
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            finishField();
        } else if (isLineEnd(c)) {
            if (c == '\r' && !atEnd() && m_buffer.at(m_pos) == '\n') {
                ++m_pos;
            }
            record.lastLine = m_line;
            ++m_line;
            finishField();
            return true;
        } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            field += c;
        }
    }
    record.unterminatedQuote = inQuotes;
    // A line end the open quote took in at the very end ends the file's last line, not one more.
    const bool endsInLineEnd = field.endsWith('\n') || field.endsWith('\r');
    record.lastLine = inQuotes && endsInLineEnd ? m_line - 1 : m_line;
    finishField();
    return true;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80..0x9F differ from Latin-1; the rest of the code page is Latin-1.
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        text += (code >= 0x80 && code < 0xA0) ? QChar(high[code - 0x80]) : QChar(char16_t(code));
    }
    return text;
}

} // namespace callboard
