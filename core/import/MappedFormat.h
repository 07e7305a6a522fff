#pragma once

#include "import/ColumnMapping.h"
#include "import/TabularFormat.h"

namespace callboard {

/// Any delimited call log or workbook read through a ColumnMapping the user made (the import
/// wizard, or `--mapping F.json`). Never detected by itself: the importer uses it when it is
/// given a mapping.
///
/// Reading: the arrival is one date-and-time column, or a date column and a time column; ISO
/// times with an offset keep it, others are local to the mapping's zone (else the import's).
/// Numeric dates follow the mapping's order, else the order the whole column allows; a column
/// whose every date reads both ways is refused, naming --date-order. Answer and end times that
/// give only a time of day fall on the arrival's day (the next day when earlier than it).
/// The outcome comes from an outcome column (answered, abandoned, voicemail, missed, busy,
/// no answer, failed, ...), else a yes/no answered column (no: abandoned inbound, not connected
/// outbound), else from the call itself: answered when it has an answer time or talk time,
/// otherwise missed. A call with no id column is keyed by its row's content.
class MappedFormat : public RowPerCallFormat
{
public:
    explicit MappedFormat(ColumnMapping mapping);

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    Status finishObserving() override;
    QTimeZone timeZone() const override { return m_zone; }
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    QString text(const Record &record, MappedField field) const;
    int columnOf(MappedField field) const;
    FieldProblem problem(MappedField field, const QString &message) const;
    std::optional<qint64> arrival(const Record &record, std::optional<FieldProblem> &failure) const;
    std::optional<qint64> laterTime(const Record &record,
                                    MappedField field,
                                    qint64 arrivedMs,
                                    std::optional<FieldProblem> &failure) const;
    std::optional<Outcome>
    outcome(const Record &record, const Call &call, std::optional<FieldProblem> &failure) const;

    ColumnMapping m_mapping;
    QStringList m_header;
    QHash<MappedField, int> m_columns;
    QTimeZone m_zone;
    DateOrder m_dateOrder = DateOrder::Unknown;
    std::optional<DateOrderEvidence> m_columnEvidence; ///< What all arrival dates allow.
    qint64 m_firstAmbiguousLine = 0;
};

} // namespace callboard
