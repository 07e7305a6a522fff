#pragma once

#include "kpi/Kpi.h"

#include <QtGlobal>

namespace callboard::test {

/// The KPI with @p id in @p kpis; a test that asks for one that is missing stops there.
inline const KpiValue &findKpi(const QList<KpiValue> &kpis, const char *id)
{
    for (const KpiValue &kpi : kpis) {
        if (kpi.id == QLatin1String(id)) {
            return kpi;
        }
    }
    qFatal("no KPI %s", id);
}

} // namespace callboard::test
