#pragma once

#include <QDate>

#include <optional>
#include <utility>

namespace callboard {

/// The periods a team lead picks most often, relative to today.
enum class PeriodPreset {
    AllData,
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    Last7Days,
    Last30Days,
};

/// The inclusive days of @p preset for @p today, with weeks starting on @p weekStart; nothing for
/// AllData, which has no bounds of its own.
std::optional<std::pair<QDate, QDate>>
presetRange(PeriodPreset preset, QDate today, Qt::DayOfWeek weekStart = Qt::Monday);

} // namespace callboard
