#include "Importer.h"

#include "common/Logging.h"
#include "import/AircallCsvFormat.h"
#include "import/AircallJsonFormat.h"
#include "import/AsteriskCdrFormat.h"
#include "import/AsteriskQueueLogFormat.h"
#include "import/CallboardCsvFormat.h"
#include "import/CarInsuranceCampaignFormat.h"
#include "import/CloudTalkJsonFormat.h"
#include "import/ConversionQueue.h"
#include "import/DailySummaryFormat.h"
#include "import/DealsCsvFormat.h"
#include "import/Decc911HourlyFormat.h"
#include "import/DiscoEventLogFormat.h"
#include "import/FreeSwitchCdrFormat.h"
#include "import/HeaderMap.h"
#include "import/LeadsCsvFormat.h"
#include "import/MappedFormat.h"
#include "import/PwcSpreadsheetFormat.h"
#include "import/QueueSimulationFormat.h"
#include "import/RecordReader.h"
#include "import/TechnionBankFormat.h"
#include "import/ThreeCxCdrFormat.h"
#include "import/TwilioJsonFormat.h"
#include "store/ImportLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <future>
#include <thread>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

/// The file's SHA-256, for the import log; empty when it cannot be read.
QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

/// True for a header of name-value pairs (`ext,name,value`, `key,value`): a settings table, such
/// as the queue configuration a PBX's database export holds beside its call logs.
bool isSettingsTable(const QStringList &header)
{
    bool hasName = false;
    bool hasValue = false;
    for (const QString &column : header) {
        const QString name = foldHeaderName(column);
        hasName = hasName || name == u"name" || name == u"key" || name == u"keyword"
                  || name == u"variable" || name == u"setting";
        hasValue = hasValue || name == u"value";
    }
    return header.size() <= 4 && hasName && hasValue;
}

/// Stores what the reading thread converted, counting it into the file's result, and keeps the
/// first store error so the import can be abandoned.
class BatchStore
{
public:
    BatchStore(Workspace &workspace, ImportLog &log, qint64 importId, FileImportResult &result)
        : m_workspace(workspace)
        , m_log(log)
        , m_importId(importId)
        , m_result(result)
    {}

    /// Stores every delivery of @p batch; false on the first store error.
    bool store(const ConvertedBatch &batch)
    {
        m_result.rows += batch.records;
        for (const Delivery &delivery : batch.deliveries) {
            std::visit([this](const auto &item) { add(item); }, delivery.item);
            if (m_failure) {
                m_failureLine = delivery.line;
                return false;
            }
        }
        return true;
    }

    const std::optional<Error> &failure() const { return m_failure; }
    qint64 failureLine() const { return m_failureLine; }

private:
    void add(const Call &call)
    {
        ++m_result.calls;
        tally(m_workspace.upsertCall(call, m_importId),
              m_result.imported,
              m_result.updated,
              m_result.duplicates);
    }

    void add(const Interval &interval)
    {
        ++m_result.intervals;
        tally(m_workspace.upsertInterval(interval, m_importId),
              m_result.intervalsImported,
              m_result.intervalsUpdated,
              m_result.intervalsDuplicates);
    }

    void add(const Lead &lead)
    {
        ++m_result.leads;
        tally(m_workspace.upsertLead(lead, m_importId),
              m_result.leadsImported,
              m_result.leadsUpdated,
              m_result.leadsDuplicates);
    }

    void add(const Deal &deal)
    {
        ++m_result.deals;
        tally(m_workspace.upsertDeal(deal, m_importId),
              m_result.dealsImported,
              m_result.dealsUpdated,
              m_result.dealsDuplicates);
    }

    void add(const Rejection &rejection)
    {
        ++m_result.rejected;
        const FieldProblem &problem = rejection.problem;
        if (m_result.problems.size() < FileImportResult::maxReportedProblems) {
            m_result.problems.append(RowProblem{rejection.line, problem.column, problem.message});
        }
        const ImportProblem logged{rejection.line, problem.column, problem.message};
        if (const Status status = m_log.addProblem(m_importId, logged); !status) {
            m_failure = status.error();
        }
    }

    void add(const Skip &skipped)
    {
        ++m_result.skipped;
        ++m_result.skippedByReason[skipped.reason];
    }

    /// Counts what storing one call, interval, lead or deal did, or keeps the store's error.
    void tally(const Expected<UpsertOutcome> &stored,
               qint64 &inserted,
               qint64 &updated,
               qint64 &unchanged)
    {
        if (!stored) {
            m_failure = stored.error();
            return;
        }
        switch (*stored) {
        case UpsertOutcome::Inserted:
            ++inserted;
            break;
        case UpsertOutcome::Updated:
            ++updated;
            break;
        case UpsertOutcome::Unchanged:
            ++unchanged;
            break;
        }
    }

    Workspace &m_workspace;
    ImportLog &m_log;
    qint64 m_importId;
    FileImportResult &m_result;
    std::optional<Error> m_failure;
    qint64 m_failureLine = 0;
};

/// True when a field that spans lines holds a whole line that reads as a row of its own: as many
/// delimiters (of any of the kinds CsvReader detects) as a row of @p headerFields fields has.
bool holdsAWholeRow(const QString &field, qsizetype headerFields)
{
    const QStringList lines = field.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    // The first and last pieces continue the record's own lines; those between are whole lines.
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        for (const QChar delimiter : {u',', u';', u'\t', u'|'}) {
            if (lines.at(i).count(delimiter) >= headerFields - 1) {
                return true;
            }
        }
    }
    return false;
}

/// The problem with a record that runs over several lines through a quoted field when that
/// cannot be right: it does not have as many fields as the header, or its quoted field holds
/// whole rows. A stray quote has most likely joined the rows of those lines into one, which no
/// format can read correctly.
std::optional<FieldProblem> strayQuote(const Record &record, qsizetype headerFields)
{
    if (record.lastLine <= record.line) {
        return std::nullopt;
    }
    int column = 0;
    bool holdsRows = false;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields.at(i);
        if (field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            column = column > 0 ? column : static_cast<int>(i) + 1;
            holdsRows = holdsRows || holdsAWholeRow(field, headerFields);
        }
    }
    if (record.fields.size() == headerFields && !holdsRows) {
        return std::nullopt;
    }
    const QString what = record.fields.size() == headerFields
                             ? Text::tr("through a quoted field that holds whole rows")
                             : Text::tr("through a quoted field and has %1 fields where the "
                                        "header has %2")
                                   .arg(record.fields.size())
                                   .arg(headerFields);
    return FieldProblem{column,
                        Text::tr("This row runs from line %1 to line %2 %3: most likely a stray "
                                 "quote (\") joined the rows of those lines, none of which is "
                                 "imported.")
                            .arg(record.line)
                            .arg(record.lastLine)
                            .arg(what)};
}

/// Reads and converts every record after @p header into @p sink; runs on its own thread while
/// the importer's stores what it sends. Ends early once the storing side stops the queue.
void convertRecords(RecordReader &reader,
                    TabularFormat &format,
                    const Record &header,
                    QueueingSink &sink)
{
    if (!format.firstRecordIsHeader()) {
        sink.setLine(header.line);
        format.convert(header, sink);
        if (!sink.recordDone(reader.position())) {
            return;
        }
    }
    Record record;
    const qsizetype headerFields = format.firstRecordIsHeader() ? header.fields.size() : 0;
    while (reader.readRecord(record)) {
        sink.setLine(record.line);
        sink.setFieldCounts(record.fields.size(), headerFields);
        const std::optional<FieldProblem> joined =
            format.firstRecordIsHeader() ? strayQuote(record, header.fields.size()) : std::nullopt;
        if (joined) {
            sink.reject(record.line, *joined);
        } else {
            format.convert(record, sink);
        }
        if (!sink.recordDone(reader.position())) {
            return;
        }
    }
    sink.setLine(0);
    sink.setFieldCounts(0, 0);
    format.finishConverting(sink);
    sink.finish();
}

/// @p zone as an object of its own, sharing nothing with the original: a zone's data is not
/// safe to read from two threads at once, and the reading thread and the store each need one.
QTimeZone unsharedCopy(const QTimeZone &zone)
{
    return zone.isValid() ? QTimeZone(zone.id()) : zone;
}

} // namespace

Importer::Importer(Workspace &workspace)
    : m_workspace(workspace)
{
    m_formats.push_back(std::make_unique<PwcSpreadsheetFormat>());
    m_formats.push_back(std::make_unique<TechnionBankFormat>());
    m_formats.push_back(std::make_unique<AircallCsvFormat>());
    m_formats.push_back(std::make_unique<CallboardCsvFormat>());
    m_formats.push_back(std::make_unique<AsteriskQueueLogFormat>());
    m_formats.push_back(std::make_unique<DailySummaryFormat>());
    m_formats.push_back(std::make_unique<Decc911HourlyFormat>());
    m_formats.push_back(std::make_unique<AsteriskCdrFormat>());
    m_formats.push_back(std::make_unique<FreeSwitchCdrFormat>());
    m_formats.push_back(std::make_unique<ThreeCxCdrFormat>());
    m_formats.push_back(std::make_unique<AircallJsonFormat>());
    m_formats.push_back(std::make_unique<CloudTalkJsonFormat>());
    m_formats.push_back(std::make_unique<TwilioJsonFormat>());
    m_formats.push_back(std::make_unique<QueueSimulationFormat>());
    m_formats.push_back(std::make_unique<DiscoEventLogFormat>());
    m_formats.push_back(std::make_unique<CarInsuranceCampaignFormat>());
    m_formats.push_back(std::make_unique<LeadsCsvFormat>());
    m_formats.push_back(std::make_unique<DealsCsvFormat>());
}

Importer::~Importer() = default;

QStringList Importer::formatIds() const
{
    QStringList ids;
    for (const auto &format : m_formats) {
        ids.append(format->id());
    }
    return ids;
}

TabularFormat *Importer::formatFor(const QStringList &header, const QString &forcedId) const
{
    TabularFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &format : m_formats) {
        if (!forcedId.isEmpty()) {
            if (format->id() == forcedId) {
                return format.get();
            }
            continue;
        }
        const int score = format->matchHeader(header);
        if (score > bestScore) {
            best = format.get();
            bestScore = score;
        }
    }
    return best;
}

FileImportResult Importer::importFile(const QString &path, const ImportOptions &givenOptions)
{
    FileImportResult result;
    result.path = path;
    auto refuse = [&result, &path](const QString &message,
                                   qint64 line = 0,
                                   int column = 0,
                                   MissingInput missing = MissingInput::None) {
        result.refusal = Error{message, path, line, column, missing};
        return result;
    };

    if (!givenOptions.formatId.isEmpty() && !formatIds().contains(givenOptions.formatId)) {
        return refuse(Text::tr("Unknown format \"%1\"; known formats: %2.")
                          .arg(givenOptions.formatId, formatIds().join(QStringLiteral(", "))));
    }
    Expected<std::unique_ptr<RecordReader>> opened = RecordReader::open(path);
    if (!opened) {
        return refuse(opened.error().message, opened.error().line, opened.error().column);
    }
    RecordReader &reader = **opened;

    // The format reads its zones on the reading thread, while the store reads the workspace's.
    ImportOptions options = givenOptions;
    options.timeZone = unsharedCopy(givenOptions.timeZone);
    options.reportTimeZone = unsharedCopy(m_workspace.reportTimeZone());

    // First pass: recognise the format and let it learn what it needs from every record.
    Record header;
    if (!reader.readRecord(header)) {
        const Error empty{Text::tr("The file is empty."), path, 0, 0};
        const Error &problem = reader.error() ? *reader.error() : empty;
        return refuse(problem.message, problem.line, problem.column);
    }
    // A mapping the user gave reads the file in place of the built-in formats; else the
    // built-in formats; else a mapping saved for files with this header.
    std::unique_ptr<MappedFormat> mapped;
    if (options.mapping) {
        mapped = std::make_unique<MappedFormat>(*options.mapping);
    }
    TabularFormat *format = mapped ? mapped.get() : formatFor(header.fields, options.formatId);
    if (!format && options.formatId.isEmpty()) {
        if (std::optional<ColumnMapping> saved = savedMappingFor(m_workspace, header.fields)) {
            mapped = std::make_unique<MappedFormat>(std::move(*saved));
            format = mapped.get();
        }
    }
    if (!format && isSettingsTable(header.fields)) {
        return refuse(Text::tr("This is a settings table (a name and a value on each row), not a "
                               "call log: Callboard imports call logs, interval reports, and "
                               "leads and deals exported from a CRM."),
                      header.line);
    }
    if (!format) {
        QStringList needs;
        for (const auto &known : m_formats) {
            needs.append(
                Text::tr("%1 needs %2.").arg(known->displayName(), known->requiredColumns()));
        }
        // Only a JSON reader gives a header that is an object, or one with no fields at all.
        if (!header.object.isEmpty() || header.fields.isEmpty()) {
            const QString fields = header.fields.isEmpty()
                                       ? Text::tr("none")
                                       : header.fields.join(QStringLiteral(", "));
            return refuse(Text::tr("This JSON file holds no calls Callboard recognises: the fields "
                                   "of its first object (%1) are not those of any format it "
                                   "knows. %2")
                              .arg(fields, needs.join(u' ')),
                          header.line);
        }
        return refuse(Text::tr("This is not a call log Callboard recognises: its first line, read "
                               "as the header, lacks the columns of every format it knows. %1")
                          .arg(needs.join(u' ')),
                      header.line,
                      0,
                      MissingInput::Mapping);
    }
    result.format = format->id();
    if (const Status status = format->begin(header.fields, options); !status) {
        return refuse(status.error().message,
                      header.line,
                      status.error().column,
                      status.error().missing);
    }
    Record record;
    if (format->observesRecords()) {
        if (!format->firstRecordIsHeader()) {
            format->observe(header);
        }
        while (reader.readRecord(record)) {
            format->observe(record);
        }
        if (reader.error()) {
            return refuse(reader.error()->message, reader.error()->line, reader.error()->column);
        }
        if (const Status status = reader.rewind(); !status) {
            return refuse(status.error().message);
        }
        reader.readRecord(header);
    }
    if (const Status status = format->finishObserving(); !status) {
        const Error &error = status.error();
        return refuse(error.message, error.line, error.column, error.missing);
    }

    // Second pass (the only one for formats with nothing to observe), in one transaction:
    // convert and store.
    if (const Status status = m_workspace.beginTransaction(); !status) {
        return refuse(status.error().message);
    }
    if (const Status status = m_workspace.deferCallIndexesIfEmpty(); !status) {
        m_workspace.rollback();
        return refuse(status.error().message);
    }
    auto abandon = [this, &refuse](const QString &message, qint64 line = 0, int column = 0) {
        m_workspace.rollback();
        return refuse(message, line, column);
    };
    // The file's digest is worked out on a thread of its own while the import runs (reading a
    // large file takes a second), and written when it ends.
    std::future<QString> sha256 = std::async(std::launch::async, sha256Of, path);
    ImportRecord log;
    log.fileName = QFileInfo(path).fileName();
    log.path = QFileInfo(path).absoluteFilePath();
    log.format = format->id();
    log.timeZone = QString::fromUtf8(format->timeZone().id());
    log.header = format->firstRecordIsHeader() ? header.fields : format->headerlessFieldNames();
    log.importedAtMs = QDateTime::currentMSecsSinceEpoch();
    ImportLog importLog(m_workspace);
    const Expected<qint64> importId = importLog.start(log);
    if (!importId) {
        return abandon(importId.error().message);
    }

    // The reading thread parses, converts and normalises; this one stores, as the workspace's
    // connection belongs to it. Each does about half the work.
    const qint64 total = reader.total();
    ConversionQueue queue;
    QueueingSink converted(queue, m_workspace.callNumberPolicy());
    std::thread reading(convertRecords,
                        std::ref(reader),
                        std::ref(*format),
                        std::cref(header),
                        std::ref(converted));
    BatchStore store(m_workspace, importLog, *importId, result);
    bool cancelled = false;
    while (std::optional<ConvertedBatch> batch = queue.pop()) {
        if (!store.store(*batch)) {
            break;
        }
        const qint64 position = batch->position;
        queue.recycle(std::move(*batch));
        if (m_progress && !m_progress(position, total)) {
            cancelled = true;
            break;
        }
    }
    queue.stop();
    reading.join();
    if (cancelled) {
        return abandon(Text::tr("The import was cancelled; nothing was changed."));
    }
    if (store.failure()) {
        return abandon(store.failure()->message, store.failureLine());
    }
    if (reader.error()) {
        return abandon(reader.error()->message, reader.error()->line, reader.error()->column);
    }
    // A report of intervals, or a CRM export, makes no calls, and needs none.
    if (result.calls == 0 && result.intervals == 0 && result.leads == 0 && result.deals == 0) {
        m_workspace.rollback();
        result.importId = 0;
        QString message = Text::tr("The file has a header but no calls.");
        if (result.skipped > 0 && result.rejected == 0) {
            message = Text::tr("None of the %1 records is a call: %2")
                          .arg(result.rows)
                          .arg(result.skippedByReason.keys().join(QStringLiteral("; ")));
        } else if (result.rows > 0) {
            message = Text::tr("None of the %1 rows could be read; the first problem: %2")
                          .arg(result.rows)
                          .arg(result.problems.value(0).message);
        }
        return refuse(message, result.problems.value(0).line, result.problems.value(0).column);
    }

    log.id = *importId;
    log.sha256 = sha256.get();
    log.rows = result.rows;
    log.imported = result.imported;
    log.updated = result.updated;
    log.duplicates = result.duplicates;
    log.rejected = result.rejected;
    log.intervalsImported = result.intervalsImported;
    log.intervalsUpdated = result.intervalsUpdated;
    log.intervalsDuplicates = result.intervalsDuplicates;
    log.leadsImported = result.leadsImported;
    log.leadsUpdated = result.leadsUpdated;
    log.leadsDuplicates = result.leadsDuplicates;
    log.dealsImported = result.dealsImported;
    log.dealsUpdated = result.dealsUpdated;
    log.dealsDuplicates = result.dealsDuplicates;
    if (const Status status = importLog.finish(log); !status) {
        return abandon(status.error().message);
    }
    if (const Status status = m_workspace.commit(); !status) {
        return abandon(status.error().message);
    }
    result.importId = *importId;
    if (m_progress) {
        m_progress(total, total);
    }
    qCInfo(lcImport) << "imported" << result.imported << "updated" << result.updated << "duplicates"
                     << result.duplicates << "rejected" << result.rejected << "intervals"
                     << result.intervals << "leads" << result.leads << "deals" << result.deals
                     << "format" << result.format;
    return result;
}

} // namespace callboard
