#pragma once

#include "kpi/Kpi.h"

#include <QHash>

namespace callboard {

/// A goal for one KPI: the figure, which way is better, and how far on the wrong side still
/// counts as a warning (a fraction of the target: 0.10 means within 10 %).
struct Target
{
    double value = 0;
    bool higherIsBetter = true;
    double warningBand = 0.10;
};

/// The team's targets, by KPI id. Defaults are those of the Standard profile; a workspace may
/// override them.
class Targets
{
public:
    static Targets defaults();

    std::optional<Target> forKpi(const QString &kpiId) const;
    void set(const QString &kpiId, const Target &target) { m_targets.insert(kpiId, target); }

    /// Good at or beyond the target, warning within the band on the wrong side, bad beyond it.
    KpiStatus evaluate(const QString &kpiId, const std::optional<double> &value) const;

private:
    QHash<QString, Target> m_targets;
};

} // namespace callboard
