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
    if (m_error || !m_reader->readRecord(record)) {
        return false;
    }
    if (record.unterminatedQuote) {
        const auto column = static_cast<int>(record.fields.size());
        m_error =
            Error{Text::tr("A quote (\") opened in field %1 of the record on line %2 is never "
                           "closed, so the %n line(s) after it to the end of the file would "
                           "all be read as that one field. Close the quote, or double it "
                           "(\"\") to keep it as text, and import the file again.",
                           nullptr,
                           static_cast<int>(record.lastLine - record.line))
                      .arg(column)
                      .arg(record.line),
                  m_file.fileName(),
                  record.line,
                  column};
        return false;
    }
    return true;
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
