#pragma once

#include "import/TabularFormat.h"

#include <QHash>

namespace callboard {

/// The hourly phone report of a US 911 emergency communications centre (DECC weekly files,
/// `week_NN_phone.csv`): one row per local hour, with counts for each phone line side by side:
/// `911_*` for the emergency lines and `ADM_*` for the administrative (non-emergency) ones.
/// Each row becomes one interval per line (source "decc-911-hourly", queues "911" and "admin");
/// no call is made from it.
///
/// The counts: `<line>_10`, `_15`, `_20`, `_40`, `_60` and `_120` are calls answered within each
/// bucket, not cumulative: a call answered in 12 s is counted in `_15` only, and `_121` holds
/// those answered after 120 s. Checked with awk on all 672 rows of weeks 44-47: the buckets plus
/// `_AB` (abandoned) always add up to `_T` (the total), `_PCT_10`, `_PCT_15` (spelt `PCT_ADM_15`
/// for the admin line), `_PCT_20` and `_PCT_40` are the cumulative buckets divided by the answered
/// calls (the buckets' sum), and `_PCT_AB` is `_AB` / `_T`, except for one cell (week 47, 18
/// November 23:00, `PCT_ADM_15` 0 where the counts give 1) and `#DIV/0!` where a line had no
/// call. So offered is `_T`, abandoned `_AB`, answered the sum of the buckets, and answered within
/// N s the sum of the buckets up to N, kept for every threshold (10, 15, 20, 40, 60 and 120 s).
/// A row whose buckets and abandons do not add up to its total is rejected, which also refuses a
/// cumulative variant rather than misreading it. The fractions (which the counts determine),
/// `Total` and the `TTL_*` columns (both lines together) stay in the raw row; the report has no
/// ASA and no talk time.
///
/// Times: `DateTime` is `MM/DD/YYYY H:MM` (month first unless --date-order says otherwise), the
/// start of the hour in the centre's local time: --timezone, else America/New_York (the centre
/// appears to be in Virginia). `Hour` must agree with it. Each row covers its wall-clock hour, so
/// the file's days always have 24 rows: on 2 November 2025, when the clocks went back, week 45
/// has a single 01:00 row whose 34 calls are the most of any 01:00 row in the four weeks (the
/// others have 4 to 23), consistent with both 01:00 hours counted together; it is stored as one
/// interval from the first 01:00 (05:00 UTC) to 02:00 EST (07:00 UTC), 7,200 s long. A row for
/// an hour the clocks skipped in spring would cover no time and is rejected.
class Decc911HourlyFormat : public TabularFormat
{
public:
    /// The columns of one phone line (911, admin) in the header.
    struct Line
    {
        QString prefix; ///< As the header spells it: `911`, `ADM`.
        QString queue;
        QList<std::pair<int, int>> thresholds; ///< (seconds, column), smallest first.
        int laterColumn = -1; ///< Answered after the last threshold (`_121`); -1 if none.
        int abandonedColumn = -1;
        int totalColumn = -1;
    };

    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &) override {}
    Status finishObserving() override { return {}; }
    QTimeZone timeZone() const override { return m_zone; }
    void convert(const Record &record, ConversionSink &sink) override;

private:
    FieldProblem problem(int column, const QString &message) const;
    /// The hour the row covers, as UTC milliseconds from its start to its end.
    std::variant<std::pair<qint64, qint64>, FieldProblem> hourOf(const Record &record) const;
    std::variant<Interval, FieldProblem> intervalOf(const Record &record, const Line &line) const;

    QStringList m_header;
    QList<Line> m_lines;
    int m_dateTimeColumn = -1;
    int m_hourColumn = -1;
    QTimeZone m_zone;
    DateOrder m_dateOrder = DateOrder::MonthDayYear;
    QHash<qint64, qint64> m_lineOfStart; ///< The line each hour was read from, to reject repeats.
};

} // namespace callboard
