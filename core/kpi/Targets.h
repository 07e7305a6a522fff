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
    /// The colour a team gave the KPI, "#RRGGBB"; empty for none. Status does not depend on it.
    QString colour;
    /// For service level: the threshold T, in seconds, the target was chosen for (a preset such
    /// as 80/20 records it); empty when not known. The figure itself is always computed with the
    /// profile's T.
    std::optional<double> assumedThresholdSeconds;
};

/// A service-level target of the form share/T, such as 80/20: 80 % answered within 20 s.
struct ServiceLevelPreset
{
    QString name;
    double share = 0;
    double thresholdSeconds = 0;
};

/// The team's targets, by KPI id. Defaults are those of the Standard profile; a workspace may
/// override them (WorkspaceTargets).
class Targets
{
public:
    static Targets defaults();

    /// Which way is better for @p kpiId when nobody said: lower for waits, handle time and
    /// abandons, higher for everything else.
    static bool usuallyHigherIsBetter(const QString &kpiId);

    /// 80/20, 90/10 and 70/30.
    static QList<ServiceLevelPreset> serviceLevelPresets();

    std::optional<Target> forKpi(const QString &kpiId) const;
    void set(const QString &kpiId, const Target &target) { m_targets.insert(kpiId, target); }

    /// Good at or beyond the target, warning within the band on the wrong side, bad beyond it.
    KpiStatus evaluate(const QString &kpiId, const std::optional<double> &value) const;

private:
    QHash<QString, Target> m_targets;
};

} // namespace callboard
