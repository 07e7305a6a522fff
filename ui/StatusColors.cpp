#include "StatusColors.h"

namespace callboard::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(KpiStatus status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case KpiStatus::Good:
        return dark ? QColor(0x4c, 0xc3, 0x80) : QColor(0x1e, 0x8a, 0x4c);
    case KpiStatus::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb7, 0x79, 0x00);
    case KpiStatus::Bad:
        return dark ? QColor(0xf2, 0x6d, 0x65) : QColor(0xc6, 0x2f, 0x2f);
    case KpiStatus::None:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace callboard::ui
