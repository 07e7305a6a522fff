#pragma once

#include "kpi/CallCounts.h"
#include "kpi/DefinitionProfile.h"
#include "kpi/Kpi.h"
#include "kpi/Targets.h"

namespace callboard {

/// Turns the sums of a selection of calls into KPIs with their numerators, denominators, what
/// was left out and the status against the targets. Pure arithmetic: no database, no clock.
class KpiCalculator
{
public:
    KpiCalculator(DefinitionProfile profile, Targets targets);

    /// The ids it computes, in the order dashboards show them.
    static QStringList kpiIds();

    QList<KpiValue> compute(const CallCounts &counts) const;

    const DefinitionProfile &profile() const { return m_profile; }
    const Targets &targets() const { return m_targets; }

private:
    KpiValue count(const QString &id, qint64 value, QList<Exclusion> excluded) const;
    KpiValue ratio(const QString &id,
                   qint64 numerator,
                   qint64 denominator,
                   QList<Exclusion> excluded,
                   const QString &emptyReason) const;
    KpiValue mean(const QString &id,
                  KpiUnit unit,
                  double sum,
                  qint64 denominator,
                  QList<Exclusion> excluded,
                  const QString &emptyReason) const;
    KpiValue serviceLevel(const CallCounts &counts) const;
    /// A share of the answered calls carrying a flag (escalated, transferred), over those whose
    /// flag is known.
    KpiValue flagRate(const QString &id,
                      const CallCounts &counts,
                      qint64 flagged,
                      qint64 known,
                      const QString &flag) const;
    /// The mean hold of the answered calls that were held.
    KpiValue holdTime(const CallCounts &counts) const;
    /// The answered calls without some part of their record, as an exclusion.
    QList<Exclusion> withoutPart(const CallCounts &counts,
                                 qint64 known,
                                 const char *code,
                                 const QString &reason) const;
    KpiValue firstCallResolution(const CallCounts &counts) const;
    QList<Exclusion> notCounted(const CallCounts &counts) const;

    DefinitionProfile m_profile;
    Targets m_targets;
};

} // namespace callboard
