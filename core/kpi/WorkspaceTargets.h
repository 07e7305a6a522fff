#pragma once

#include "common/Error.h"
#include "kpi/ReferenceValue.h"
#include "kpi/Targets.h"

namespace callboard {

class Workspace;

/// One KPI's target as a workspace holds it.
struct KpiTarget
{
    QString kpiId;
    KpiUnit unit = KpiUnit::Count;
    std::optional<Target> target; ///< Empty when the KPI has none.
    bool isDefault = true;        ///< Whether it is the shipped default: none set in the workspace.
};

/// The targets and reference values a workspace holds, so that everyone who opens the file judges
/// the figures alike. Only what a team set is stored; everything else is as shipped
/// (Targets::defaults(), ReferenceValue::shipped()). A change to an unknown KPI or reference
/// value, or to a figure outside its range, is refused with a message that says why.
class WorkspaceTargets
{
public:
    explicit WorkspaceTargets(Workspace &workspace);

    /// The targets in effect: those set in the workspace, the defaults for the other KPIs.
    Expected<Targets> targets() const;
    /// The same, or the defaults when the workspace cannot be read (logged as a warning): for
    /// the window, whose next reading of the workspace reports such a failure to the user.
    Targets targetsOrDefaults() const;
    /// Every KPI of KpiCalculator::kpiIds(), in that order, with the target in effect.
    Expected<QList<KpiTarget>> list() const;

    /// Sets the target of @p kpiId. A ratio's target is a share from 0 to 1, a time's 0 s or
    /// more, any other 0 or more; the warning band is 0 or more; the colour "#RRGGBB" (stored in
    /// capitals) or empty.
    Status set(const QString &kpiId, const Target &target);
    /// Puts the target of @p kpiId back to its default (none, for a KPI that has no default).
    Status clear(const QString &kpiId);
    /// Puts every target back to its default.
    Status reset();
    /// Sets the service-level target to the share of the preset called @p name (80/20: 0.80,
    /// higher is better) and records the threshold it assumes; the band and colour stay. The
    /// preset's T is only recorded: service level is computed with the definition profile's T.
    Status applyPreset(const QString &name);

    /// The shipped reference values, each with the figure set in this workspace in its place.
    Expected<QList<ReferenceValue>> referenceValues() const;
    /// Sets reference value @p id to @p value (0 or more, in its unit), from @p source (empty
    /// when not known).
    Status setReferenceValue(const QString &id, double value, const QString &source);
    /// Puts reference value @p id back to the shipped figure and source.
    Status resetReferenceValue(const QString &id);
    /// Puts every reference value back to the shipped figure and source.
    Status resetReferenceValues();

    /// Whether @p target may be set for @p kpiId; the error says why not.
    static Status check(const QString &kpiId, const Target &target);

private:
    /// The targets set in the workspace, by KPI id.
    Expected<QHash<QString, Target>> stored() const;
    /// Refuses an id that is not one of the shipped reference values.
    static Status checkReferenceId(const QString &id);

    Workspace &m_workspace;
};

} // namespace callboard
