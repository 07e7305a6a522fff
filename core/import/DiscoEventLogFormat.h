#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <QDate>
#include <QHash>
#include <QTime>

#include <optional>

namespace callboard {

/// A contact centre's process-mining event log, as Fluxicon Disco's "Call Center" demo log is
/// laid out: one record per activity of a service case (`ServiceID`, `Operation`, `Start Date`,
/// `End Date`, `AgentPosition`, `Customer ID`, `Product`, `Service Type`, `Agent`), or with the
/// generic event-log names (`Case ID`, `Activity`, `Start Timestamp`, `Complete Timestamp`,
/// `Resource`).
///
/// Mapping: only phone activities are calls. An activity whose name speaks of a call (or phone)
/// and of a direction is one: "Inbound Call" an inbound call, "Call Outbound" an outbound one,
/// both answered (the log holds work that was done, not attempts); a call activity with no
/// direction in its name is rejected. Every other activity (emails, case handling) makes no call
/// and is counted as skipped, by its name. A call starts and is answered at the activity's start
/// and ends at its end: talk = end - start; the wait before an agent took it is not in the log.
/// The customer is `Customer ID` (so repeat contacts make first-call resolution), the queue the
/// `Product` (the line the customer called about), the agent `Agent`; `AgentPosition` (FL front
/// line, BL back line) and `Service Type` (constant over a case) are tags, and the activity's
/// name is the outcome label.
///
/// Key: a case has several activities, so a call is keyed by its case and its local start
/// (`Case 1/2010-03-09T08:05:00`). Two calls of one case that start in the same minute (the log's
/// resolution) are told apart by their end: the one that ends first keeps the plain key, the next
/// ones get `/2`, `/3`, ...; a record repeated field for field is the same call. Dates are numeric
/// (Disco's Dutch `9.3.10 8:05`, D.M.YY): their order is settled from the whole column, day first
/// when every date reads both ways. The log names no zone: its times are read in the zone the
/// user gives, else the report zone.
///
/// Known limits: the log's times are to the minute, so a call that starts and ends in the same
/// minute has a talk time of 0 s and every talk time is off by up to a minute; a log that names
/// its calls without the word "call" or "phone" makes none.
class DiscoEventLogFormat : public TabularFormat
{
public:
    enum class Role {
        Case,
        Activity,
        Start,
        End,
        Position,
        Customer,
        Product,
        ServiceType,
        Agent,
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &record) override;
    Status finishObserving() override;
    QTimeZone timeZone() const override { return m_zone; }
    void convert(const Record &record, ConversionSink &sink) override;

private:
    /// A phone activity seen in the first pass, among those of its case that start together.
    struct SameStartCall
    {
        QByteArray digest; ///< Of the whole record, so that a repeated record is one call.
        QString endText;
    };

    /// A date and time as the log's clock shows it.
    struct LocalTime
    {
        QDate date;
        QTime time;
    };

    FieldProblem problem(Role role, const QString &message) const;
    /// The local date and time @p text names, in the column's date order.
    std::optional<LocalTime> localTime(const QString &text) const;
    qint64 toMs(const LocalTime &local) const;
    /// The call in a phone activity's @p record, or why the record is rejected.
    std::variant<Call, FieldProblem> toCall(const Record &record, Direction direction) const;
    /// The key suffix of the call in @p record: empty, or `/2`, `/3`, ... for a later call of its
    /// case that starts in the same minute as another.
    QString occurrenceSuffix(const Record &record) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    QTimeZone m_zone;
    DateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    /// First pass: the phone activities of each case and start text.
    QHash<QString, QList<SameStartCall>> m_callsByStart;
    /// The occurrence (2, 3, ...) of each record digest that is not the first of its start.
    QHash<QByteArray, int> m_laterOccurrence;
};

} // namespace callboard
