#pragma once

#include <optional>

class QString;

namespace callboard::ui {

enum class Theme {
    System, ///< Whatever the desktop uses.
    Light,
    Dark,
};

/// The theme named @p name ("system", "light", "dark"), or nothing for another word.
std::optional<Theme> themeFromName(const QString &name);

/// Applies @p theme to the whole application. Light and Dark use the Fusion style with a palette
/// of their own, so they look the same on every platform; System leaves the platform's style.
void applyTheme(Theme theme);

} // namespace callboard::ui
