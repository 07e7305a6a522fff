#pragma once

#include "import/HeaderMap.h"
#include "import/TabularFormat.h"

#include <QHash>

#include <optional>

namespace callboard {

/// Daily summary reports of a call centre's ACD, such as the Kaggle "Call Center Data" file: one
/// row per day of one queue, holding counts and averages instead of calls. Each row becomes one
/// interval of one local day (source "daily-summary", no queue); no call is made from it.
///
/// Mapping: `Incoming Calls` is offered, `Answered Calls` answered, `Abandoned Calls` abandoned;
/// `Answer Speed (AVG)` is the ASA and `Talk Duration (AVG)` the average talk, both over the
/// answered calls (H:MM:SS or seconds); `Service Level (20 Seconds)` is the report's own service
/// level at the threshold its header names (`94.01%`, or a fraction). The report gives that share
/// but not the calls within 20 s behind it, and its denominator is its own: in the Kaggle file it
/// is n / d with d between the answered and the offered calls on all days but one (offered less
/// 0 to 13 calls, most likely the short abandons, which the report does not give), so the count
/// cannot be recovered and is not invented; the share is kept as reported. `Answer Rate` (answered
/// / offered, derivable) and `Waiting Time (AVG)` (its meaning is not documented: it exceeds the
/// ASA even on days without abandons) stay in the raw row only.
///
/// A `Date` column dates the rows (numeric dates in the order the column settles, or
/// --date-order). Without one the rows carry a day index (`Index`): the lowest index is the day
/// given with --start-date, and each index counts days from it; the file is refused without it.
/// Days are local days in --timezone, else the report zone (the report names no zone); a day
/// with a DST change is 23 or 25 hours long. A partial day (the Kaggle file's last row, 12
/// calls) cannot be told from the data and is stored like any other. A day that appears twice
/// in the file is rejected the second time.
class DailySummaryFormat : public TabularFormat
{
public:
    enum class Role {
        DayIndex,
        Date,
        Offered,
        Answered,
        Abandoned,
        AnswerSpeed,
        TalkDuration,
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
    FieldProblem problem(int column, const QString &message) const;
    FieldProblem problem(Role role, const QString &message) const;
    std::variant<QDate, FieldProblem> dayOf(const Record &record) const;
    /// @p role read as a count; empty stays unknown, and a value that is no count sets
    /// @p failure unless an earlier field already did.
    std::optional<qint64>
    count(const Record &record, Role role, std::optional<FieldProblem> &failure) const;
    /// @p role read as an average over @p over calls; unknown when either is.
    std::optional<WeightedAverage> average(const Record &record,
                                           Role role,
                                           std::optional<qint64> over,
                                           std::optional<FieldProblem> &failure) const;

    QStringList m_header;
    std::optional<HeaderMap<Role>> m_columns;
    int m_serviceLevelColumn = -1; ///< The service-level column, when its header names a threshold.
    int m_serviceLevelThreshold = 0;
    QTimeZone m_zone;
    QDate m_startDate;
    std::optional<qint64> m_lowestIndex; ///< The index of the day --start-date names.
    DateOrderScan m_dateOrderScan;
    DateOrder m_dateOrder = DateOrder::Unknown;
    QHash<QDate, qint64> m_lineOfDay; ///< The line each day was read from, to reject repeats.
};

} // namespace callboard
