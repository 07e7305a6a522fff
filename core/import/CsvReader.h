#pragma once

#include "import/Record.h"

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace callboard {

/// Streams records out of delimited text, whatever produced it: RFC 4180 quoting with embedded
/// delimiters, quotes and line breaks; the looser quoting PBXs write (a quote inside a quoted
/// field that is not followed by a delimiter stays a literal quote); `,` `;` tab or `|`; UTF-8
/// with or without BOM, UTF-16 with BOM; CRLF, LF or CR-only line ends; a missing final newline.
/// Blank lines are skipped. Memory stays flat whatever the file size: it holds one buffer and
/// the record being read.
class CsvReader
{
public:
    /// Reads from @p device, which must stay open while the reader is used. With @p delimiter 0
    /// the delimiter is detected from the first lines.
    explicit CsvReader(QIODevice *device, char delimiter = 0);

    /// Reads the next non-blank record into @p record; false at the end of the input.
    bool readRecord(Record &record);

    char delimiter() const { return m_delimiter; }

    /// Bytes consumed so far from the device, for progress.
    qint64 bytesRead() const { return m_bytesFromDevice; }

private:
    bool fillBuffer();
    /// Appends UTF-16 @p bytes to the buffer as UTF-8.
    void appendUtf16(const QByteArray &bytes);
    bool atEnd();
    char detectDelimiter();
    QString decodeField(const QByteArray &bytes, bool &usedFallback);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesFromDevice = 0;
    qint64 m_line = 1;
    char m_delimiter = 0;
    bool m_encodingChecked = false;
    bool m_deviceExhausted = false;
    std::optional<QStringDecoder> m_utf16;
    QChar m_heldSurrogate; ///< The high half of a pair the last UTF-16 chunk ended with.
};

/// Decodes Windows-1252 bytes, the encoding spreadsheets on Western Windows machines save in.
QString decodeWindows1252(const QByteArray &bytes);

} // namespace callboard
