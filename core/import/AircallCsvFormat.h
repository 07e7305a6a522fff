#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// Aircall's call-history export (Dashboard ▸ Call History, or Analytics), in both of its header
/// generations: the current 41-column one (`datetime (utc)`, `call id (internal)`, `time to
/// answer`, ...) and the older one (`date (TZ offset incl.)`, `datetime (UTC)`, `via`, no call id).
/// One call per row; the same call from this export and from Aircall's API is one call, so the
/// source is "aircall" and the id is Aircall's internal call id.
///
/// Mapping: `answered` Yes is answered; otherwise `missed_call_reason` decides (short_abandoned and
/// abandoned_in_classic abandoned, abandoned_in_ivr the voice menu, no_available_agent,
/// agents_did_not_answer and out_of_opening_hours missed), a voicemail left makes it a voicemail,
/// and without a reason `call type` does (Abandoned, AI Call as the voice menu, else missed). The
/// wait is `time to answer` for answered calls and `waiting time` otherwise; older exports have
/// neither, so the wait is taken from start to answer (total minus in-call) or to hang-up (total).
/// Times are `datetime (utc)`; without that column, the local date and time in the zone the user
/// gives, else the row's `number timezone`, else the report zone. The export has no transfer
/// column, so whether a call was transferred stays unknown.
class AircallCsvFormat : public RowPerCallFormat
{
public:
    enum class Role {
        UtcDateTime,
        LocalDateTime,
        LocalDate,
        LocalTime,
        NumberTimeZone,
        Direction,
        From,
        To,
        Answered,
        MissedCallReason,
        CallType,
        User,
        Team,
        TotalSeconds,
        InCallSeconds,
        InCallDuration,
        WaitingTime,
        TimeToAnswer,
        Voicemail,
        Tags,
        CallId,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    Status finishObserving() override;
    QTimeZone timeZone() const override;
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;

private:
    FieldProblem problem(Role role, const QString &message) const;
    /// The column the call's date is read from: the UTC one, else the local one.
    Role dateRole() const;
    std::variant<qint64, FieldProblem> arrivalTime(const Record &record) const;
    /// @p role read as seconds (`8` or `0:00:08`); empty stays unknown, and a value that is no
    /// duration sets @p failure unless an earlier field already did.
    std::optional<double>
    duration(const Record &record, Role role, std::optional<FieldProblem> &failure) const;
    std::variant<Outcome, FieldProblem> outcome(const Record &record, Direction direction) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_userZone;   ///< The zone the user gave; invalid when none.
    QTimeZone m_reportZone; ///< For local times when neither the user nor the row names a zone.
    DateOrder m_dateOrder = DateOrder::Unknown;
    DateOrderScan m_dateOrderScan;
};

} // namespace callboard
