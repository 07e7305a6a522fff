#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

namespace callboard {

/// Callboard's own call log: one call leg per row, its columns named after the call record's
/// fields (see callboardCsvHeader()). `callboard-cli generate` writes it, and it is the format
/// to which any other tool can convert its data without a mapping. Times are ISO 8601; a time
/// without an offset is local to the file's zone. Durations are seconds. A `source` column, when
/// present, names the system the calls come from; without it they belong to "callboard-csv".
class CallboardCsvFormat : public RowPerCallFormat
{
public:
    enum class Role {
        Source,
        CallId,
        Leg,
        Direction,
        Outcome,
        OutcomeReason,
        ArrivedAt,
        QueueEnteredAt,
        AnsweredAt,
        EndedAt,
        Wait,
        Ring,
        Talk,
        Hold,
        AfterCallWork,
        Agent,
        Queue,
        Caller,
        Callee,
        CustomerId,
        TrackingNumber,
        Campaign,
        Disposition,
        Tags,
        Resolved,
        Escalated,
        Transferred,
        Csat,
        CsatScale,
        RecordingUrl,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &) override {}
    bool observesRecords() const override { return false; }
    Status finishObserving() override { return {}; }
    QTimeZone timeZone() const override { return m_zone; }
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    FieldProblem problem(Role role, const QString &message) const;

    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
};

/// The column names of the format, in the order Callboard writes them.
QStringList callboardCsvHeader();

/// The words the format uses for directions and outcomes.
QString directionName(Direction direction);
QString outcomeName(Outcome outcome);

} // namespace callboard
