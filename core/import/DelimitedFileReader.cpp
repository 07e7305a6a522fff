#include "DelimitedFileReader.h"

#include <QCoreApplication>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedFileReader)
};

} // namespace

DelimitedFileReader::DelimitedFileReader(const QString &path)
    : m_file(path)
{}

Expected<std::unique_ptr<RecordReader>> DelimitedFileReader::open(const QString &path)
{
    std::unique_ptr<DelimitedFileReader> reader(new DelimitedFileReader(path));
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return Error{Text::tr("Cannot open the file: %1").arg(reader->m_file.errorString()),
                     path,
                     0,
                     0};
    }
    reader->m_reader.emplace(&reader->m_file);
    return std::unique_ptr<RecordReader>(std::move(reader));
}

bool DelimitedFileReader::readRecord(Record &record)
{
    return m_reader->readRecord(record);
}

Status DelimitedFileReader::rewind()
{
    const char delimiter = m_reader->delimiter();
    if (!m_file.seek(0)) {
        return Error{Text::tr("Cannot read the file again: %1").arg(m_file.errorString()),
                     m_file.fileName(),
                     0,
                     0};
    }
    m_reader.emplace(&m_file, delimiter);
    return {};
}

qint64 DelimitedFileReader::position() const
{
    return m_reader->bytesRead();
}

qint64 DelimitedFileReader::total() const
{
    return m_file.size();
}

} // namespace callboard
