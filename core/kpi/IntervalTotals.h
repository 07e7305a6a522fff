#pragma once

#include <QDate>

#include <optional>

namespace callboard {

/// The sums of the intervals of aggregated reports over one day, or over a range of days. They
/// are never added to the per-call KPIs: a report's counts may cover the same calls a call log
/// holds. Each sum covers the intervals that give that figure, and each rate is recomputed from
/// summed numerators and denominators, never averaged from the intervals' own rates.
struct IntervalTotals
{
    QDate day;                 ///< The report-zone day; invalid for the roll-up of a range.
    int thresholdSeconds = 20; ///< T of the service level (the profile's).

    qint64 intervals = 0;
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 abandoned = 0;

    /// Answered within T, over the intervals that count it and give their offered calls.
    qint64 answeredWithinThreshold = 0;
    qint64 offeredWithThreshold = 0; ///< The offered calls of those same intervals.

    double answerWaitSum = 0;   ///< ASA x its answered calls, summed.
    qint64 answerWaitCalls = 0; ///< The answered calls those ASAs average over.

    /// The service level at T as the reports state it (when they give a share, not a count),
    /// weighted by the offered calls of each interval.
    double reportedServiceLevelSum = 0;
    qint64 reportedServiceLevelOffered = 0;

    /// Answered within T / offered: n/a without an interval that counts both.
    std::optional<double> serviceLevel() const
    {
        return ratio(static_cast<double>(answeredWithinThreshold), offeredWithThreshold);
    }

    /// Weighted ASA in seconds.
    std::optional<double> asa() const { return ratio(answerWaitSum, answerWaitCalls); }

    /// The reports' own service level, rolled up weighted by offered calls.
    std::optional<double> reportedServiceLevel() const
    {
        return ratio(reportedServiceLevelSum, reportedServiceLevelOffered);
    }

    void add(const IntervalTotals &other)
    {
        intervals += other.intervals;
        offered += other.offered;
        answered += other.answered;
        abandoned += other.abandoned;
        answeredWithinThreshold += other.answeredWithinThreshold;
        offeredWithThreshold += other.offeredWithThreshold;
        answerWaitSum += other.answerWaitSum;
        answerWaitCalls += other.answerWaitCalls;
        reportedServiceLevelSum += other.reportedServiceLevelSum;
        reportedServiceLevelOffered += other.reportedServiceLevelOffered;
    }

private:
    static std::optional<double> ratio(double numerator, qint64 denominator)
    {
        return denominator > 0 ? std::optional<double>(numerator / static_cast<double>(denominator))
                               : std::nullopt;
    }
};

} // namespace callboard
