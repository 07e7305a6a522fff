#include "ZoneOffsets.h"

#include <QDateTime>

#include <limits>

namespace callboard {

namespace {

constexpr qint64 msPerDay = 24 * 3600 * 1000;
constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 julianDayOfUnixEpoch = 2440588; // 1970-01-01

/// Floor division, for instants before 1970.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone)
{}

LocalDayHour ZoneOffsets::localDayHour(qint64 utcMs)
{
    const qint64 localMs = utcMs + offsetMs(utcMs);
    const qint64 day = floorDiv(localMs, msPerDay);
    return LocalDayHour{day + julianDayOfUnixEpoch,
                        static_cast<int>((localMs - day * msPerDay) / msPerHour)};
}

qint64 ZoneOffsets::offsetMs(qint64 utcMs)
{
    if (utcMs < m_fromMs || utcMs >= m_untilMs) {
        lookUp(utcMs);
    }
    return m_offsetMs;
}

void ZoneOffsets::lookUp(qint64 utcMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    m_offsetMs = qint64(m_zone.offsetFromUtc(at)) * 1000;
    m_fromMs = std::numeric_limits<qint64>::min();
    m_untilMs = std::numeric_limits<qint64>::max();
    if (!m_zone.hasTransitions()) {
        // A fixed offset keeps this one for all time. A zone with daylight time whose rules Qt
        // cannot list (some platforms' backends) keeps just this instant, and is asked again.
        if (m_zone.hasDaylightTime()) {
            m_fromMs = utcMs;
            m_untilMs = utcMs + 1;
        }
        return;
    }
    // The transitions either side bound the stretch; a zone with none (Etc/UTC read from the
    // time-zone database) has one offset for all time.
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
    if (next.atUtc.isValid()) {
        m_untilMs = next.atUtc.toMSecsSinceEpoch();
    }
    if (previous.atUtc.isValid()) {
        m_fromMs = previous.atUtc.toMSecsSinceEpoch();
    }
}

} // namespace callboard
