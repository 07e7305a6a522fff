#pragma once

#include <QJsonObject>
#include <QStringList>

namespace callboard {

/// One record of a call log: the fields of one line of delimited text, of one sheet row, or of
/// one JSON call object.
struct Record
{
    QStringList fields;
    QJsonObject object; ///< The call object a JSON record was read from; empty for other files.
    /// Where the record starts: the text line (for JSON, the line its object starts on), or the
    /// sheet row (from 1).
    qint64 line = 0;
    qint64 lastLine =
        0; ///< The text line it ends on: later than line when a quoted field spans lines.
    bool decodedAsWindows1252 = false; ///< The bytes were not valid UTF-8; read as Windows-1252.
    bool unterminatedQuote = false;    ///< The file ended inside a quoted field.
};

/// The record as a JSON array of its fields, kept with each call for audits and the drill-down.
/// The names of the fields are the header row, which the import log keeps once per file.
QString rawRecordJson(const Record &record);

/// An id for a record whose source gives none: a digest of its fields, so re-importing the same
/// row finds the same call.
QString contentKey(const Record &record);

} // namespace callboard
