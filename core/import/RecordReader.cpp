#include "RecordReader.h"

#include "import/DelimitedFileReader.h"
#include "import/JsonRecordReader.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)
};

} // namespace

Expected<std::unique_ptr<RecordReader>> RecordReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Text::tr("Cannot open the file: %1").arg(file.errorString()), path, 0, 0};
    }
    const QByteArray head = file.peek(4096);
    file.close();
    if (head.startsWith("PK\x03\x04")) {
        return XlsxReader::open(path);
    }
    if (JsonRecordReader::looksLikeJson(head)) {
        return JsonRecordReader::open(path);
    }
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0')) {
        return Error{Text::tr("This is a binary file, not a call log."), path, 0, 0};
    }
    return DelimitedFileReader::open(path);
}

} // namespace callboard
