// Fuzzes CsvReader: arbitrary bytes as a file, every record read, with the encoding (BOM, UTF-16,
// the Windows-1252 fallback) and the delimiter detected as an import detects them. The same bytes
// are read again through a device that hands them out a few at a time, as a pipe would: chunk
// boundaries must change nothing, so both reads must give the same records.

#include "FuzzCheck.h"

#include "import/CsvReader.h"

#include <QBuffer>

#include <cstdint>

using namespace callboard;
using callboard::fuzz::check;

namespace {

/// A read-only device that returns a few bytes per read, so that CsvReader's buffer boundaries
/// fall inside a CRLF, a quote pair, a BOM, a UTF-8 or UTF-16 sequence. Past the first 256 bytes
/// (BOM, header, first records) the reads grow 64 times: each read costs CsvReader a 64 KiB
/// allocation, expensive under AddressSanitizer, and small reads throughout halved the fuzzer's
/// speed.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 step = m_at < 256 ? m_step : 64 * m_step;
        const qint64 count = std::min({maxSize, step, qint64(m_bytes.size()) - m_at});
        std::copy_n(m_bytes.constData() + m_at, count, data);
        m_at += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    bool isSequential() const override { return true; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

struct ReadResult
{
    QList<Record> records;
    char delimiter = 0;
    qint64 bytesRead = 0;
};

ReadResult readAll(QIODevice &device, char delimiter)
{
    CsvReader reader(&device, delimiter);
    ReadResult result;
    Record record;
    qint64 previousLine = 0;
    while (reader.readRecord(record)) {
        check(record.line > previousLine, "record lines go forward");
        check(!record.fields.isEmpty(), "a record has a field");
        previousLine = record.line;
        result.records.append(record);
    }
    // Reading past the end stays at the end.
    check(!reader.readRecord(record), "the end of the input stays the end");
    result.delimiter = reader.delimiter();
    result.bytesRead = reader.bytesRead();
    return result;
}

bool sameRecords(const ReadResult &a, const ReadResult &b)
{
    if (a.records.size() != b.records.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const Record &x = a.records.at(i);
        const Record &y = b.records.at(i);
        if (x.fields != y.fields || x.line != y.line
            || x.decodedAsWindows1252 != y.decodedAsWindows1252
            || x.unterminatedQuote != y.unterminatedQuote) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    const ReadResult whole = readAll(file, 0);
    check(whole.bytesRead == qint64(size), "every byte is read");
    const char detected = whole.delimiter;
    check(detected == ',' || detected == ';' || detected == '\t' || detected == '|',
          "the detected delimiter is one of the four");

    // Steps of 1 to 7 bytes, chosen by the input so that the fuzzer explores them all.
    TrickleDevice pipe(bytes, 1 + qint64(size % 7));
    const ReadResult trickled = readAll(pipe, 0);
    check(trickled.delimiter == detected, "chunking does not change the detected delimiter");
    check(sameRecords(whole, trickled), "chunking does not change the records");

    // A delimiter given by the user, as a rewind or --delimiter does.
    static constexpr char given[] = {',', ';', '\t', '|'};
    QBuffer again;
    again.setData(bytes);
    again.open(QIODevice::ReadOnly);
    const ReadResult forced = readAll(again, given[size % 4]);
    if (given[size % 4] == detected) {
        check(sameRecords(whole, forced), "the detected delimiter given reads the same records");
    }
    return 0;
}
