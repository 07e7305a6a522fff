#pragma once

#include "common/Error.h"
#include "import/Record.h"

#include <memory>

namespace callboard {

/// Reads the records of one call-log file from the first to the last, as many times as the
/// importer needs (it reads twice: once to learn, once to convert).
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    /// Reads the next record; false at the end or on a read error (see error()).
    virtual bool readRecord(Record &record) = 0;

    /// Starts again from the first record.
    virtual Status rewind() = 0;

    /// How far it has read, against total(), in the reader's own unit, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 total() const = 0;

    /// A problem that stopped reading before the end, if any.
    virtual std::optional<Error> error() const { return std::nullopt; }

    /// A reader for the file at @p path: a workbook for .xlsx content, call objects for JSON,
    /// delimited text otherwise. Refuses files that are none of these.
    static Expected<std::unique_ptr<RecordReader>> open(const QString &path);
};

} // namespace callboard
