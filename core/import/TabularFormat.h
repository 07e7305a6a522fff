#pragma once

#include "call/Call.h"
#include "common/Error.h"
#include "import/FieldParsers.h"
#include "import/Record.h"

#include <QTimeZone>

#include <memory>

namespace callboard {

/// What the user (or the command line) tells the importer about a file.
struct ImportOptions
{
    QString formatId; ///< Empty: detect from the content.
    QTimeZone
        timeZone; ///< Zone of the file's local times as the user gave it; invalid: none given.
    QTimeZone reportTimeZone; ///< The workspace's report zone, for files with no zone of their own.
    DateOrder dateOrder = DateOrder::Unknown; ///< Unknown: decide from the data.
};

/// A problem with one field of one record; the record is rejected, the file goes on.
struct FieldProblem
{
    int column = 0; ///< From 1; 0 when it concerns the whole record.
    QString message;
};

/// One family of delimited call logs with a header row: recognises its header, learns what it
/// needs from a first pass over the records (date order, units), then turns each record into a
/// call. Formats know nothing of KPIs or of the store.
class TabularFormat
{
public:
    virtual ~TabularFormat() = default;

    /// The source system's id, used in the call key ("pwc-spreadsheet").
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;

    /// The columns a header needs to be recognised as this format, in a sentence for messages.
    virtual QString requiredColumns() const = 0;

    /// How sure the format is that @p header is its own: 0 (not at all) to 100.
    virtual int matchHeader(const QStringList &header) const = 0;

    /// Starts reading a file whose header is @p header.
    virtual Status begin(const QStringList &header, const ImportOptions &options) = 0;

    /// Sees each record once before conversion (to settle date order and the like).
    virtual void observe(const Record &record) = 0;

    /// The zone the file's local times are read in: the one the user gave, else the format's
    /// documented zone, else the report zone. Valid after begin().
    virtual QTimeZone timeZone() const = 0;

    /// Decisions the first pass could not take; an error refuses the file.
    virtual Status finishObserving() = 0;

    /// The call in @p record, or the problem that rejects the record.
    virtual std::variant<Call, FieldProblem> toCall(const Record &record) const = 0;
};

} // namespace callboard
