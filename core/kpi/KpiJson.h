#pragma once

#include "kpi/Kpi.h"

#include <QJsonObject>

namespace callboard {

/// {"value":..,"numerator":..,"denominator":..,"unit":..,"target":..,"status":..,"reason":..,
///  "label":..,"excluded":[{"code":..,"reason":..,"count":..}],"details":{..}}; absent figures
/// are JSON null.
QJsonObject toJson(const KpiValue &kpi);

/// {"<id>": <toJson(kpi)>, ...}
QJsonObject toJson(const QList<KpiValue> &kpis);

} // namespace callboard
