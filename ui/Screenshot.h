#pragma once

#include "common/Error.h"

#include <QSize>

class QWidget;

namespace callboard::ui {

/// Lays @p widget out at @p size, paints it and saves it as PNG to @p path. Works on the
/// offscreen platform, so tests and headless machines can render the dashboard.
Status saveScreenshot(QWidget *widget, const QSize &size, const QString &path);

} // namespace callboard::ui
