#pragma once

#include "call/Call.h"
#include "common/Error.h"
#include "import/FieldParsers.h"

#include <QHash>
#include <QStringList>

namespace callboard {

class Workspace;

/// What a column of a user's own call log can mean to Callboard.
enum class MappedField {
    CallId,
    ArrivedAt, ///< Date and time in one column, or the date when ArrivalTime is mapped too.
    ArrivalTime,
    AnsweredAt,
    EndedAt,
    Direction,
    Answered, ///< Yes/no.
    Outcome,  ///< A word such as answered, abandoned, voicemail, busy, no answer.
    Wait,
    Ring,
    Talk,
    Hold,
    AfterCallWork,
    Agent,
    Queue,
    Caller,
    Callee,
    TrackingNumber,
    Campaign,
    Disposition,
    Resolved,
    Csat,
};

/// How to read a call log that no built-in format knows: which column means what, in which
/// date order and time zone. The import wizard guesses one from the header and lets the user
/// correct it; it is saved as JSON and applied again to files with the same header
/// (`callboard-cli import --mapping F.json`).
struct ColumnMapping
{
    QString name;       ///< For people: "Acme PBX export".
    QString source;     ///< The system the calls come from, part of their key.
    QStringList header; ///< The header it was made for, to recognise the next such file.
    QHash<MappedField, QString> columns; ///< Field to column name, as in the header.
    DateOrder dateOrder = DateOrder::Unknown;
    QString timeZone;                                ///< IANA id; empty: the import's zone.
    Direction defaultDirection = Direction::Inbound; ///< When no column gives it.

    /// Guesses a mapping from the column names of @p header (their usual spellings in PBX and
    /// spreadsheet exports); the user checks it.
    static ColumnMapping guess(const QStringList &header);

    /// Reads a saved mapping; an Error says what is wrong with the file.
    static Expected<ColumnMapping> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    /// What the mapping still lacks before it can import (an arrival column), as a sentence;
    /// empty when it is complete.
    QString missing() const;

    /// The JSON name of each field ("arrived_at"), and the other way round.
    static QString fieldName(MappedField field);
    static std::optional<MappedField> fieldNamed(const QString &name);
    static QList<MappedField> allFields();
};

/// Keeps @p mapping in @p workspace for files with its header, so the whole team's next import
/// of such a file reads it without asking. A later mapping for the same header replaces it.
Status saveMapping(Workspace &workspace, const ColumnMapping &mapping);

/// The mapping saved in @p workspace for files whose header is @p header, if any.
std::optional<ColumnMapping> savedMappingFor(const Workspace &workspace, const QStringList &header);

/// Every mapping saved in @p workspace, by name. One that no longer reads is left out.
Expected<QList<ColumnMapping>> savedMappings(const Workspace &workspace);

/// Forgets the mapping saved for files with @p header, so such files are refused again until
/// mapped anew.
Status forgetMapping(Workspace &workspace, const QStringList &header);

} // namespace callboard
