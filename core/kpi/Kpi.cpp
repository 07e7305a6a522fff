#include "Kpi.h"

namespace callboard {

QString unitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Count:
        return QStringLiteral("count");
    case KpiUnit::Ratio:
        return QStringLiteral("ratio");
    case KpiUnit::Seconds:
        return QStringLiteral("seconds");
    case KpiUnit::Score:
        return QStringLiteral("score");
    case KpiUnit::MoneyPerDay:
        return QStringLiteral("money_per_day");
    }
    return {};
}

QString statusName(KpiStatus status)
{
    switch (status) {
    case KpiStatus::None:
        return QStringLiteral("none");
    case KpiStatus::Good:
        return QStringLiteral("good");
    case KpiStatus::Warning:
        return QStringLiteral("warning");
    case KpiStatus::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

} // namespace callboard
