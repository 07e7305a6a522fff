#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callboard {

enum class KpiUnit {
    Count,
    Ratio, ///< A fraction from 0 to 1.
    Seconds,
    Score,
    MoneyPerDay,
};

enum class KpiStatus {
    None, ///< No target, or no value.
    Good,
    Warning,
    Bad,
};

/// Calls a KPI left out, and why: a stable code, a readable reason and how many.
struct Exclusion
{
    QString code;
    QString reason;
    qint64 count = 0;
};

/// A named figure shown beside a KPI (the median beside ASA, for instance).
struct KpiDetail
{
    QString name;
    double value = 0;
};

/// One KPI for one selection of calls, with everything needed to explain it.
struct KpiValue
{
    QString id;
    KpiUnit unit = KpiUnit::Count;
    std::optional<double> value; ///< Empty when the data cannot give it; reason says why.
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> target;
    KpiStatus status = KpiStatus::None;
    QString reason; ///< Why the value is missing; empty when there is one.
    QString label;  ///< What the figure is made of, where that varies (AHT's parts).
    QList<Exclusion> excluded;
    QList<KpiDetail> details;
};

QString unitName(KpiUnit unit);
QString statusName(KpiStatus status);

} // namespace callboard
