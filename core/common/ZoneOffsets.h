#pragma once

#include <QTimeZone>

namespace callboard {

/// A UTC instant's local day and hour in one zone.
struct LocalDayHour
{
    qint64 julianDay = 0;
    int hour = 0;
};

/// Local days and hours of UTC instants in one zone, for a million calls at a time: the offset
/// of the stretch between two of the zone's transitions is kept, so that instants in order (as
/// a log's calls nearly are) cost a comparison, not a time-zone look-up each.
/// Not safe to share between threads: each thread keeps its own.
class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone);

    LocalDayHour localDayHour(qint64 utcMs);

    /// The zone's offset from UTC at @p utcMs, in milliseconds.
    qint64 offsetMs(qint64 utcMs);

private:
    void lookUp(qint64 utcMs);

    QTimeZone m_zone;
    // The kept stretch: [m_fromMs, m_untilMs) has offset m_offsetMs.
    qint64 m_fromMs = 1;
    qint64 m_untilMs = 0;
    qint64 m_offsetMs = 0;
};

} // namespace callboard
