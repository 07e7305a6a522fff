#include "PeriodPreset.h"

namespace callboard {

namespace {

QDate startOfWeek(QDate day, Qt::DayOfWeek weekStart)
{
    const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
    return day.addDays(-back);
}

} // namespace

std::optional<std::pair<QDate, QDate>>
presetRange(PeriodPreset preset, QDate today, Qt::DayOfWeek weekStart)
{
    switch (preset) {
    case PeriodPreset::AllData:
        return std::nullopt;
    case PeriodPreset::Today:
        return std::pair{today, today};
    case PeriodPreset::Yesterday:
        return std::pair{today.addDays(-1), today.addDays(-1)};
    case PeriodPreset::ThisWeek:
        return std::pair{startOfWeek(today, weekStart), today};
    case PeriodPreset::LastWeek: {
        const QDate start = startOfWeek(today, weekStart).addDays(-7);
        return std::pair{start, start.addDays(6)};
    }
    case PeriodPreset::ThisMonth:
        return std::pair{QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::LastMonth: {
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-1);
        return std::pair{start, start.addDays(start.daysInMonth() - 1)};
    }
    case PeriodPreset::Last7Days:
        return std::pair{today.addDays(-6), today};
    case PeriodPreset::Last30Days:
        return std::pair{today.addDays(-29), today};
    }
    return std::nullopt;
}

} // namespace callboard
