#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// The simulated call-centre log of the "Call Centre Queue Simulation" teaching dataset (an R
/// `simmer` discrete-event simulation: four agents, weekdays 8:00-18:00, one year): one row per
/// inbound call, every one of them answered. There are no agents, queues or callers in it.
///
/// Mapping: each row is an inbound call answered by the one simulated queue; `call_started` is
/// its arrival and queue entry, `call_answered` its answer and `call_ended` its end, on `date`,
/// in 12-hour clock times (`8:14:22 AM`). The wait is `wait_length` and the talk time
/// `service_length`, in seconds: the simulation measured them before its clock times were
/// rounded to the second, so they can differ from the clock by a second, and they are what the
/// source itself counts. `meets_standard` (TRUE when the wait was 60 s or less, the source's own
/// target) becomes the tag `meets standard` or `misses standard`; Callboard's service level is
/// computed from the wait as for any log, never from it. The key is `date` with `daily_caller`
/// (the caller's number within the simulated day), not `call_id`: that is a running row number
/// that any slice or re-run of the simulation numbers afresh. The source names no zone: times are
/// read in the zone the user gives, else the report zone.
///
/// Known limit: the simulation reports only the calls that had ended when each day's run stopped
/// at 18:00, so the callers still waiting or talking then are missing (gaps in `daily_caller`).
class QueueSimulationFormat : public RowPerCallFormat
{
public:
    enum class Role {
        Date,
        DailyCaller,
        Started,
        Answered,
        Ended,
        WaitLength,
        ServiceLength,
        MeetsStandard,
    };

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
    FieldProblem problem(Role role, const QString &message) const;
    /// The moment @p role's time of day names on @p date; sets @p failure when it is no time.
    qint64
    moment(const Record &record, Role role, QDate date, std::optional<FieldProblem> &failure) const;
    /// @p role read as whole seconds, 0 or more; sets @p failure when it is not.
    double seconds(const Record &record, Role role, std::optional<FieldProblem> &failure) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    DateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
};

} // namespace callboard
