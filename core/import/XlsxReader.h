#pragma once

#include "import/RecordReader.h"

#include <QXmlStreamReader>

struct zip;
struct zip_file;

namespace callboard {

/// Reads the first worksheet of an Excel workbook (.xlsx) row by row. The ZIP container is
/// opened with libzip and the sheet's XML streamed through QXmlStreamReader, so only the shared
/// strings are held in memory. Cells come out as text: shared and inline strings as written,
/// numbers as Excel stores them (dates as serial days, times as day fractions), booleans as
/// TRUE/FALSE. A record's line is its sheet row number.
class XlsxReader : public RecordReader
{
public:
    static Expected<std::unique_ptr<RecordReader>> open(const QString &path);
    ~XlsxReader() override;

    bool readRecord(Record &record) override;
    Status rewind() override;
    qint64 position() const override { return m_position; }
    qint64 total() const override { return m_total; }
    std::optional<Error> error() const override { return m_error; }

private:
    explicit XlsxReader(QString path);

    Expected<QByteArray> readEntry(const QString &name) const;
    Status locateFirstSheet();
    Status loadSharedStrings();
    Status openSheet();
    void closeSheet();
    QXmlStreamReader::TokenType nextToken();
    QString readCellValue(const QString &type);
    void fail(const QString &message);

    QString m_path;
    zip *m_archive = nullptr;
    zip_file *m_sheetFile = nullptr;
    QString m_sheetEntry;
    QStringList m_sharedStrings;
    QXmlStreamReader m_xml;
    qint64 m_position = 0;
    qint64 m_total = 0;
    std::optional<Error> m_error;
};

} // namespace callboard
