#include "KpiJson.h"

#include <QJsonArray>

namespace callboard {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const KpiValue &kpi)
{
    QJsonArray excluded;
    for (const Exclusion &exclusion : kpi.excluded) {
        excluded.append(QJsonObject{{QStringLiteral("code"), exclusion.code},
                                    {QStringLiteral("reason"), exclusion.reason},
                                    {QStringLiteral("count"), exclusion.count}});
    }
    QJsonObject json{
        {QStringLiteral("value"), orNull(kpi.value)},
        {QStringLiteral("numerator"), orNull(kpi.numerator)},
        {QStringLiteral("denominator"), orNull(kpi.denominator)},
        {QStringLiteral("unit"), unitName(kpi.unit)},
        {QStringLiteral("target"), orNull(kpi.target)},
        {QStringLiteral("status"), statusName(kpi.status)},
        {QStringLiteral("reason"), orNull(kpi.reason)},
        {QStringLiteral("label"), orNull(kpi.label)},
        {QStringLiteral("excluded"), excluded},
    };
    if (!kpi.details.isEmpty()) {
        QJsonObject details;
        for (const KpiDetail &detail : kpi.details) {
            details.insert(detail.name, detail.value);
        }
        json.insert(QStringLiteral("details"), details);
    }
    return json;
}

QJsonObject toJson(const QList<KpiValue> &kpis)
{
    QJsonObject json;
    for (const KpiValue &kpi : kpis) {
        json.insert(kpi.id, toJson(kpi));
    }
    return json;
}

} // namespace callboard
