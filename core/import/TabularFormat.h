#pragma once

#include "call/Call.h"
#include "call/Deal.h"
#include "call/Interval.h"
#include "call/Lead.h"
#include "common/Error.h"
#include "import/FieldParsers.h"
#include "import/Record.h"

#include <QDate>
#include <QTimeZone>

#include <memory>

namespace callboard {

struct ColumnMapping;

/// What the user (or the command line) tells the importer about a file.
struct ImportOptions
{
    QString formatId; ///< Empty: detect from the content.
    QTimeZone
        timeZone; ///< Zone of the file's local times as the user gave it; invalid: none given.
    QTimeZone reportTimeZone; ///< The workspace's report zone, for files with no zone of their own.
    DateOrder dateOrder = DateOrder::Unknown; ///< Unknown: decide from the data.
    QDate startDate;         ///< The first day of a file whose rows carry a day index, not a date.
    std::optional<int> year; ///< The year of a file whose dates carry day and month only.
    /// The user's own column mapping, for logs no built-in format knows; set, it is used.
    std::shared_ptr<const ColumnMapping> mapping;
};

/// A problem with one field of one record; the record is rejected, the file goes on.
struct FieldProblem
{
    int column = 0; ///< From 1; 0 when it concerns the whole record.
    QString message;
};

/// Where a format delivers what it reads: calls, intervals of aggregated reports, leads and deals
/// of CRM exports, and records it had to reject.
class ConversionSink
{
public:
    virtual ~ConversionSink() = default;
    virtual void addCall(Call call) = 0;
    /// One interval (a day or an hour of a queue) of a report that gives counts, not calls.
    virtual void addInterval(Interval interval) = 0;
    /// One lead, or one deal, of a CRM export.
    virtual void addLead(Lead lead) = 0;
    virtual void addDeal(Deal deal) = 0;
    /// A record, or a group of records, that makes no call; the file goes on.
    virtual void reject(qint64 line, const FieldProblem &problem) = 0;
    /// A sound record that is no call by nature (an email in a contact centre's event log): no
    /// problem, but counted by @p reason so that nothing is dropped silently.
    virtual void skip(const QString &reason) = 0;
};

/// One family of call logs read as records: recognises the family from its first record (a
/// header, or for header-less logs the first row itself), learns what it needs from a first pass
/// over the records (date order, column layout, units), then turns the records into calls. A
/// record may make one call, a leg of one, (in event logs) part of one that a later record
/// completes, or (in interval reports) intervals. Formats know nothing of KPIs or of the store.
class TabularFormat
{
public:
    virtual ~TabularFormat() = default;

    /// The source system's id, used in the call key ("pwc-spreadsheet").
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;

    /// The columns a header needs to be recognised as this format, in a sentence for messages.
    virtual QString requiredColumns() const = 0;

    /// How sure the format is that @p header, the file's first record, is its own: 0 (not at
    /// all) to 100.
    virtual int matchHeader(const QStringList &header) const = 0;

    /// False for logs with no header row, whose first record is already data: then begin() is
    /// given that record's fields and it is observed and converted like every other.
    virtual bool firstRecordIsHeader() const { return true; }

    /// For logs with no header row: the names of their fields, which the import log keeps in
    /// place of a header so that the stored raw rows can be read. Valid after begin().
    virtual QStringList headerlessFieldNames() const { return {}; }

    /// Starts reading a file whose first record is @p header.
    virtual Status begin(const QStringList &header, const ImportOptions &options) = 0;

    /// Sees each record once before conversion (to settle date order and the like).
    virtual void observe(const Record &record) = 0;

    /// False when observe() has nothing to learn, so that the importer reads the file once.
    virtual bool observesRecords() const { return true; }

    /// The zone the file's local times are read in: the one the user gave, else the format's
    /// documented zone, else the report zone. Valid after begin().
    virtual QTimeZone timeZone() const = 0;

    /// Decisions the first pass could not take; an error refuses the file.
    virtual Status finishObserving() = 0;

    /// Turns @p record into what it makes: a call, a leg, nothing yet (an event whose call is
    /// completed later), or a rejection.
    virtual void convert(const Record &record, ConversionSink &sink) = 0;

    /// Delivers what is still pending after the last record (calls an event log left open).
    virtual void finishConverting(ConversionSink &) {}
};

/// A format whose every record is one call (or one leg of one).
class RowPerCallFormat : public TabularFormat
{
public:
    void convert(const Record &record, ConversionSink &sink) final;

    /// The call in @p record, or the problem that rejects the record.
    virtual std::variant<Call, FieldProblem> toCall(const Record &record) const = 0;
};

} // namespace callboard
