#pragma once

class QCoreApplication;

namespace callboard {

/// Loads Callboard's catalogue (compiled in under :/i18n) and Qt's own for the user's locale,
/// falling back to English plural forms. Call once, after the application object exists.
void installTranslations(QCoreApplication &app);

} // namespace callboard
