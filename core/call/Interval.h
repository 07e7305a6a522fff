#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callboard {

/// An average a report gives, with the number of calls it averages over, so that averages of
/// several intervals can be rolled up weighted (the sum of the waits is ASA x answered).
struct WeightedAverage
{
    double seconds = 0;
    qint64 count = 0;
};

/// How many answered calls waited no longer than a threshold, as an interval report counts them.
struct AnsweredWithin
{
    int thresholdSeconds = 0;
    qint64 count = 0;
};

/// A service level as a report states it, when it gives the share but not the calls behind it
/// (the share's denominator is the report's own, and is not always the calls offered).
struct ReportedServiceLevel
{
    int thresholdSeconds = 0;
    double fraction = 0; ///< 0..1
};

/// One interval of an aggregated report (a day or an hour of a queue): counts, not calls. The
/// store keeps intervals apart from calls, and no per-call figure ever includes them. A count the
/// report does not give is empty, never a silent 0.
struct Interval
{
    // Identity: one report's interval is known by its source, queue, start and length, so
    // importing the same report again finds it again.
    QString source;        ///< The report's family ("daily-summary", "decc-911-hourly").
    QString queue;         ///< The line or queue ("911", "admin"); empty for a single-queue report.
    qint64 startMs = 0;    ///< UTC milliseconds.
    int lengthSeconds = 0; ///< As the clock ran: a local day with a DST change is 23 or 25 h.

    std::optional<qint64> offered;
    std::optional<qint64> answered;
    std::optional<qint64> abandoned;

    /// Answered calls that waited no longer than each threshold, cumulative, smallest first.
    QList<AnsweredWithin> answeredWithin;
    std::optional<ReportedServiceLevel> reportedServiceLevel;

    std::optional<WeightedAverage> speedOfAnswer; ///< ASA, over the answered calls.
    std::optional<WeightedAverage> talk;          ///< Average talk time, over the answered calls.

    QString rawRecord; ///< The source row as read, for audits.
};

} // namespace callboard
