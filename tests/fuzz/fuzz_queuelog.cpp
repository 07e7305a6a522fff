// Fuzzes the Asterisk queue_log import: arbitrary bytes read as delimited text, as an import
// reads them, then through AsteriskQueueLogFormat (the pipe-separated text file and the database
// tables with a header) and QueueLogCallAssembler into calls. The harness drives the format the
// way Importer::importFile does for `--format asterisk-queue` (begin, an observing pass, a second
// reading that converts, then finishConverting), with calls collected in memory rather than
// stored: the store is not what is under test, and SQLite per input would slow the fuzzer tenfold.

#include "FuzzCheck.h"

#include "import/AsteriskQueueLogFormat.h"
#include "import/CsvReader.h"

#include <QBuffer>
#include <QSet>

#include <cmath>
#include <cstdint>

using namespace callboard;
using callboard::fuzz::check;

namespace {

/// Keeps what the format delivers and checks what must hold of any call it makes.
class CollectingSink : public ConversionSink
{
public:
    void addCall(Call call) override
    {
        check(call.source == u"asterisk-queue", "every call has the queue_log's source");
        check(!call.sourceId.isEmpty(), "every call has its call id");
        check(call.leg >= 0, "leg numbers start at 0");
        // Each leg of each call id is delivered once: a second one would overwrite the first.
        const QString key = call.sourceId + u'\x1f' + QString::number(call.leg);
        check(!m_keys.contains(key), "no leg is delivered twice");
        m_keys.insert(key);
        for (const std::optional<double> &seconds :
             {call.waitSeconds, call.ringSeconds, call.talkSeconds}) {
            check(!seconds || std::isfinite(*seconds), "durations are finite");
        }
    }
    void addInterval(Interval) override { check(false, "a queue_log makes no intervals"); }
    void addLead(Lead) override { check(false, "a queue_log makes no leads"); }
    void addDeal(Deal) override { check(false, "a queue_log makes no deals"); }
    void reject(qint64 line, const FieldProblem &problem) override
    {
        check(line > 0, "a rejection names its line");
        check(!problem.message.isEmpty(), "a rejection says why");
    }
    void skip(const QString &) override {}

private:
    QSet<QString> m_keys;
};

ImportOptions fuzzOptions()
{
    ImportOptions options;
    options.formatId = QStringLiteral("asterisk-queue");
    // A report zone with daylight saving, so that local realtime times cross its gaps.
    options.reportTimeZone = QTimeZone("Europe/London");
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ImportOptions options = fuzzOptions();
    QBuffer file;
    file.setData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    file.open(QIODevice::ReadOnly);

    std::optional<CsvReader> reader(std::in_place, &file);
    Record header;
    if (!reader->readRecord(header)) {
        return 0;
    }
    AsteriskQueueLogFormat format;
    const int score = format.matchHeader(header.fields);
    check(score >= 0 && score <= 100, "a match score is 0 to 100");
    if (!format.begin(header.fields, options)) {
        check(score == 0, "a header the format matched is one it begins on");
        return 0;
    }

    Record record;
    if (!format.firstRecordIsHeader()) {
        format.observe(header);
    }
    while (reader->readRecord(record)) {
        format.observe(record);
    }
    const char delimiter = reader->delimiter();
    file.seek(0);
    reader.emplace(&file, delimiter);
    reader->readRecord(header);
    check(format.finishObserving().ok(), "the queue_log refuses nothing after observing");

    CollectingSink sink;
    if (!format.firstRecordIsHeader()) {
        format.convert(header, sink);
    }
    while (reader->readRecord(record)) {
        format.convert(record, sink);
    }
    format.finishConverting(sink);
    return 0;
}
