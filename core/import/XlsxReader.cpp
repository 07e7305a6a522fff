#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

constexpr qint64 chunkSize = 64 * 1024;

const QString relationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

/// The column index (from 0) of a cell reference such as "AB12"; -1 when there is none.
int columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

/// All the text inside the element the reader is on (a shared string item, an inline string, a
/// value), leaving out phonetic runs; @p next fetches each token, so a streaming reader can feed
/// itself. Ends on the element's end tag.
template <typename NextToken>
QString collectText(QXmlStreamReader &xml, NextToken next)
{
    QString text;
    const QString element = xml.name().toString();
    int depth = 0;
    int phoneticDepth = 0;
    while (true) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            phoneticDepth += xml.name() == QLatin1String("rPh") ? 1 : 0;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0 && xml.name() == element) {
                break;
            }
            phoneticDepth -= xml.name() == QLatin1String("rPh") ? 1 : 0;
            --depth;
        } else if (token == QXmlStreamReader::Characters && phoneticDepth == 0) {
            text += xml.text();
        }
    }
    return text;
}

} // namespace

XlsxReader::XlsxReader(QString path)
    : m_path(std::move(path))
{}

XlsxReader::~XlsxReader()
{
    closeSheet();
    if (m_archive) {
        zip_discard(m_archive);
    }
}

Expected<std::unique_ptr<RecordReader>> XlsxReader::open(const QString &path)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(path));
    int errorCode = 0;
    reader->m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &errorCode);
    if (!reader->m_archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{Text::tr("Cannot open the workbook: %1").arg(reason), path, 0, 0};
    }
    for (const auto step :
         {&XlsxReader::locateFirstSheet, &XlsxReader::loadSharedStrings, &XlsxReader::openSheet}) {
        if (const Status status = (reader.get()->*step)(); !status) {
            return status.error();
        }
    }
    return std::unique_ptr<RecordReader>(std::move(reader));
}

Expected<QByteArray> XlsxReader::readEntry(const QString &name) const
{
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, entry.constData(), 0, &stat) != 0) {
        return Error{Text::tr("The workbook has no %1.").arg(name), m_path, 0, 0};
    }
    zip_file *file = zip_fopen(m_archive, entry.constData(), 0);
    if (!file) {
        return Error{Text::tr("Cannot read %1 in the workbook.").arg(name), m_path, 0, 0};
    }
    QByteArray bytes;
    char buffer[chunkSize];
    zip_int64_t read = 0;
    while ((read = zip_fread(file, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, static_cast<qsizetype>(read));
    }
    zip_fclose(file);
    if (read < 0) {
        return Error{Text::tr("%1 in the workbook is damaged.").arg(name), m_path, 0, 0};
    }
    return bytes;
}

Status XlsxReader::locateFirstSheet()
{
    const Expected<QByteArray> workbook = readEntry(QStringLiteral("xl/workbook.xml"));
    if (!workbook) {
        return Error{Text::tr("This ZIP file is not an Excel workbook (.xlsx)."), m_path, 0, 0};
    }
    QString relationshipId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relationshipId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("sheet")) {
            relationshipId =
                xml.attributes().value(relationshipsNamespace, QLatin1String("id")).toString();
        }
    }
    // Without relationships, the first sheet of a workbook is by convention sheet1.xml.
    m_sheetEntry = QStringLiteral("xl/worksheets/sheet1.xml");
    const Expected<QByteArray> relationships =
        readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (relationshipId.isEmpty() || !relationships) {
        return {};
    }
    QXmlStreamReader rels(*relationships);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement
            && rels.name() == QLatin1String("Relationship")
            && rels.attributes().value(QLatin1String("Id")) == relationshipId) {
            const QString target = rels.attributes().value(QLatin1String("Target")).toString();
            m_sheetEntry = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            break;
        }
    }
    return {};
}

Status XlsxReader::loadSharedStrings()
{
    const Expected<QByteArray> strings = readEntry(QStringLiteral("xl/sharedStrings.xml"));
    if (!strings) {
        return {}; // a workbook with no text cells has none
    }
    QXmlStreamReader xml(*strings);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            m_sharedStrings.append(collectText(xml, [&xml] { return xml.readNext(); }));
        }
    }
    if (xml.hasError()) {
        return Error{
            Text::tr("The workbook's shared strings are damaged: %1").arg(xml.errorString()),
            m_path,
            0,
            0};
    }
    return {};
}

Status XlsxReader::openSheet()
{
    closeSheet();
    const QByteArray entry = m_sheetEntry.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, entry.constData(), 0, &stat) != 0) {
        return Error{Text::tr("The workbook has no worksheet %1.").arg(m_sheetEntry), m_path, 0, 0};
    }
    m_total = (stat.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(stat.size) : 0;
    m_sheetFile = zip_fopen(m_archive, entry.constData(), 0);
    if (!m_sheetFile) {
        return Error{Text::tr("Cannot read the worksheet %1.").arg(m_sheetEntry), m_path, 0, 0};
    }
    m_xml.clear();
    m_position = 0;
    m_error.reset();
    return {};
}

void XlsxReader::closeSheet()
{
    if (m_sheetFile) {
        zip_fclose(m_sheetFile);
        m_sheetFile = nullptr;
    }
}

Status XlsxReader::rewind()
{
    return openSheet();
}

void XlsxReader::fail(const QString &message)
{
    if (!m_error) {
        m_error = Error{message, m_path, 0, 0};
    }
}

QXmlStreamReader::TokenType XlsxReader::nextToken()
{
    while (true) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid
            || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            return token;
        }
        // The parser ran out of text: feed it the next chunk of the sheet.
        char buffer[chunkSize];
        const zip_int64_t read = m_sheetFile ? zip_fread(m_sheetFile, buffer, sizeof buffer) : 0;
        if (read <= 0) {
            if (read < 0) {
                fail(Text::tr("The worksheet is damaged."));
            }
            return QXmlStreamReader::Invalid;
        }
        m_position += read;
        m_xml.addData(QByteArray(buffer, static_cast<qsizetype>(read)));
    }
}

QString XlsxReader::readCellValue(const QString &type)
{
    QString value;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = nextToken();
        if (token == QXmlStreamReader::Invalid) {
            break;
        }
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c")) {
            break;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (m_xml.name() == QLatin1String("v") || m_xml.name() == QLatin1String("is")) {
            value = collectText(m_xml, [this] { return nextToken(); });
        }
    }
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            fail(Text::tr("A cell refers to shared string %1, which the workbook does not have.")
                     .arg(value));
            return QString();
        }
        return m_sharedStrings.at(index);
    }
    if (type == QLatin1String("b")) {
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    return value;
}

bool XlsxReader::readRecord(Record &record)
{
    record = Record();
    bool inRow = false;
    int nextColumn = 0;
    while (!m_error) {
        const QXmlStreamReader::TokenType token = nextToken();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError
                && m_xml.error() != QXmlStreamReader::NoError) {
                fail(Text::tr("The worksheet is damaged: %1").arg(m_xml.errorString()));
            }
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            return false;
        }
        if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("row")) {
            inRow = true;
            nextColumn = 0;
            record.fields.clear();
            record.line = m_xml.attributes().value(QLatin1String("r")).toLongLong();
        } else if (inRow && token == QXmlStreamReader::StartElement
                   && m_xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            int column = columnOfReference(attributes.value(QLatin1String("r")));
            column = column < 0 ? nextColumn : column;
            const QString value = readCellValue(attributes.value(QLatin1String("t")).toString());
            while (record.fields.size() < column) {
                record.fields.append(QString());
            }
            if (column < record.fields.size()) {
                continue; // a cell written twice: the first one stands
            }
            record.fields.append(value);
            nextColumn = column + 1;
        } else if (inRow && token == QXmlStreamReader::EndElement
                   && m_xml.name() == QLatin1String("row")) {
            inRow = false;
            const bool blank = std::all_of(record.fields.cbegin(),
                                           record.fields.cend(),
                                           [](const QString &field) { return field.isEmpty(); });
            if (!blank) {
                return true;
            }
        }
    }
    return false;
}

} // namespace callboard
