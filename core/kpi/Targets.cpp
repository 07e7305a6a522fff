#include "Targets.h"

#include <cmath>
#include <tuple>

namespace callboard {

Targets Targets::defaults()
{
    Targets targets;
    for (const auto &[id, value, higherIsBetter] : {std::tuple{"service_level", 0.80, true},
                                                    std::tuple{"asa", 30.0, false},
                                                    std::tuple{"abandonment_rate", 0.05, false},
                                                    std::tuple{"fcr", 0.70, true},
                                                    std::tuple{"csat", 0.80, true},
                                                    std::tuple{"aht", 360.0, false}}) {
        Target target;
        target.value = value;
        target.higherIsBetter = higherIsBetter;
        targets.set(QLatin1String(id), target);
    }
    return targets;
}

bool Targets::usuallyHigherIsBetter(const QString &kpiId)
{
    static const QStringList lowerIsBetter{QStringLiteral("asa"),
                                           QStringLiteral("aht"),
                                           QStringLiteral("abandonment_rate"),
                                           QStringLiteral("abandoned_calls"),
                                           QStringLiteral("short_abandons")};
    return !lowerIsBetter.contains(kpiId);
}

QList<ServiceLevelPreset> Targets::serviceLevelPresets()
{
    return {{QStringLiteral("80/20"), 0.80, 20},
            {QStringLiteral("90/10"), 0.90, 10},
            {QStringLiteral("70/30"), 0.70, 30}};
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
