#pragma once

#include "kpi/Kpi.h"

#include <QLocale>

namespace callboard {

/// The KPI's name as a team lead reads it ("Service level"), translated.
QString kpiTitle(const QString &kpiId);

/// A figure in its unit for @p locale: "80.0 %", "67.5 s", "3.40", "5,000"; "n/a" when absent.
QString formatKpiFigure(const KpiValue &kpi, std::optional<double> figure, const QLocale &locale);

/// A target or other round figure in the KPI's unit, without needless decimals: "80 %", "360 s".
QString formatKpiTarget(const KpiValue &kpi, double figure, const QLocale &locale = QLocale());

/// The KPI's value, formatted as formatKpiFigure does.
QString formatKpiValue(const KpiValue &kpi, const QLocale &locale = QLocale());

/// How the value was counted, in one line: "374 of 5,000 calls" for a ratio,
/// "273,729 s over 4,054 calls" for a mean.
QString formatKpiFraction(const KpiValue &kpi, const QLocale &locale = QLocale());

/// A plain-text table of @p kpis, one per line, for terminals and logs.
QString formatKpiTable(const QList<KpiValue> &kpis, const QLocale &locale = QLocale());

} // namespace callboard
