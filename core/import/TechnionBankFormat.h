#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <optional>

namespace callboard {

/// The Technion "Anonymous Bank" call-centre log (Israel, 1999): one tab-separated record per call
/// through the voice menu (VRU), the queue and an agent. A call is identified by `vru+line`
/// with `call_id` (`call_id` alone repeats across lines).
///
/// Mapping: AGENT is answered (wait = q_time, talk = ser_time, agent = server); HANG with a queue
/// time is abandoned in the queue (wait = q_time); HANG without one left in the voice menu;
/// PHANTOM is a system artefact, kept but left out of every KPI. The caller is customer_id (0 is
/// anonymous); the queue is the service type (PS, NW, NE, TT, IN, PE). Dates are YYMMDD and times
/// H:MM:SS on the bank's clock, Asia/Jerusalem unless the import names another zone; `0:00:00`
/// and 0 mean "no queue" or "no service". The log's clock skew (service starting a second before
/// the queue ends, a voice-menu exit before its entry) is kept as it is.
class TechnionBankFormat : public RowPerCallFormat
{
public:
    enum class Role {
        Line,
        CallId,
        CustomerId,
        Priority,
        Type,
        Date,
        VruEntry,
        QueueStart,
        QueueExit,
        QueueTime,
        Outcome,
        ServiceStart,
        ServiceExit,
        ServiceTime,
        Server,
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
    /// The moment @p role's time of day names, on the call's date or the day after when the
    /// clock passed midnight since @p arrivalMs.
    std::variant<std::optional<qint64>, FieldProblem>
    timeOnCallDay(const Record &record, Role role, QDate date, qint64 arrivalMs) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
};

} // namespace callboard
