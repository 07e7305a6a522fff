#include "Targets.h"

#include <cmath>

namespace callboard {

Targets Targets::defaults()
{
    Targets targets;
    targets.set(QStringLiteral("service_level"), {0.80, true, 0.10});
    targets.set(QStringLiteral("asa"), {30, false, 0.10});
    targets.set(QStringLiteral("abandonment_rate"), {0.05, false, 0.10});
    targets.set(QStringLiteral("fcr"), {0.70, true, 0.10});
    targets.set(QStringLiteral("csat"), {0.80, true, 0.10});
    targets.set(QStringLiteral("aht"), {360, false, 0.10});
    return targets;
}

std::optional<Target> Targets::forKpi(const QString &kpiId) const
{
    const auto found = m_targets.constFind(kpiId);
    return found == m_targets.cend() ? std::nullopt : std::optional<Target>(*found);
}

KpiStatus Targets::evaluate(const QString &kpiId, const std::optional<double> &value) const
{
    const std::optional<Target> target = forKpi(kpiId);
    if (!target || !value) {
        return KpiStatus::None;
    }
    const double goal = target->value;
    const double slack = std::abs(goal) * target->warningBand;
    if (target->higherIsBetter) {
        if (*value >= goal) {
            return KpiStatus::Good;
        }
        return *value >= goal - slack ? KpiStatus::Warning : KpiStatus::Bad;
    }
    if (*value <= goal) {
        return KpiStatus::Good;
    }
    return *value <= goal + slack ? KpiStatus::Warning : KpiStatus::Bad;
}

} // namespace callboard
