#pragma once

#include "import/CsvReader.h"
#include "import/RecordReader.h"

#include <QFile>

namespace callboard {

/// Reads a delimited text file (CSV, TSV, pipe-separated) record by record through CsvReader.
class DelimitedFileReader : public RecordReader
{
public:
    /// Opens @p path; the delimiter is detected on the first read.
    static Expected<std::unique_ptr<RecordReader>> open(const QString &path);

    /// Reads the next record. A quote that is never closed ends the file with an error instead:
    /// everything after it would be one field, and the file's other records would be lost.
    bool readRecord(Record &record) override;
    std::optional<Error> error() const override { return m_error; }
    Status rewind() override;
    qint64 position() const override;
    qint64 total() const override;

private:
    explicit DelimitedFileReader(const QString &path);

    QFile m_file;
    std::optional<CsvReader> m_reader;
    std::optional<Error> m_error;
};

} // namespace callboard
