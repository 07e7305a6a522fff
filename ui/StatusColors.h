#pragma once

#include "kpi/Kpi.h"

#include <QColor>
#include <QPalette>

namespace callboard::ui {

/// The colour that marks a KPI's status against its target, readable on light and dark
/// palettes alike. KpiStatus::None takes the palette's muted text colour.
QColor statusColor(KpiStatus status, const QPalette &palette);

/// True when @p palette has a dark window background (dark mode, however the system set it).
bool isDarkPalette(const QPalette &palette);

} // namespace callboard::ui
