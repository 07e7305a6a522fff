#pragma once

#include <QString>

namespace callboard {

/// The definition choices behind the KPIs. Only the Standard profile ships so far; its values
/// are those of Part 1 of docs/metrics.md.
struct DefinitionProfile
{
    QString name;
    double serviceLevelThresholdSeconds = 20; ///< T: answered within T counts as in service level.
    double shortAbandonSeconds = 5;           ///< S: abandons that waited S or less are left out.
    int fcrWindowDays = 7;                    ///< W: a repeat call within W undoes FCR.

    static DefinitionProfile standard();
};

} // namespace callboard
