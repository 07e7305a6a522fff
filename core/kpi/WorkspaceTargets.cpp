#include "WorkspaceTargets.h"

#include "common/Logging.h"
#include "kpi/KpiCalculator.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceTargets)
};

/// The unit of each KPI, as the calculator reports it.
const QHash<QString, KpiUnit> &kpiUnits()
{
    static const QHash<QString, KpiUnit> units = [] {
        QHash<QString, KpiUnit> byId;
        const KpiCalculator calculator(DefinitionProfile::standard(), Targets());
        for (const KpiValue &kpi : calculator.compute(CallCounts{})) {
            byId.insert(kpi.id, kpi.unit);
        }
        return byId;
    }();
    return units;
}

/// A number as a user would type it back: 0.85, 30, -1.
QString plain(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Status checkKpiId(const QString &kpiId)
{
    if (kpiUnits().contains(kpiId)) {
        return {};
    }
    return Error{Text::tr("There is no KPI \"%1\"; the KPIs are %2.")
                     .arg(kpiId, KpiCalculator::kpiIds().join(QStringLiteral(", "))),
                 {},
                 0,
                 0};
}

Error refusal(const QString &message)
{
    return Error{message, {}, 0, 0};
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

WorkspaceTargets::WorkspaceTargets(Workspace &workspace)
    : m_workspace(workspace)
{}

Status WorkspaceTargets::check(const QString &kpiId, const Target &target)
{
    if (const Status known = checkKpiId(kpiId); !known) {
        return known;
    }
    const bool finite = std::isfinite(target.value);
    switch (kpiUnits().value(kpiId)) {
    case KpiUnit::Ratio:
        if (!finite || target.value < 0 || target.value > 1) {
            return refusal(
                Text::tr("The target of %1 is a share from 0 to 1 (0.8 for 80 %), not %2.")
                    .arg(kpiId, plain(target.value)));
        }
        break;
    case KpiUnit::Seconds:
        if (!finite || target.value < 0) {
            return refusal(Text::tr("The target of %1 is a time in seconds, 0 or more, not %2.")
                               .arg(kpiId, plain(target.value)));
        }
        break;
    case KpiUnit::Count:
    case KpiUnit::Score:
    case KpiUnit::MoneyPerDay:
        if (!finite || target.value < 0) {
            return refusal(
                Text::tr("The target of %1 is 0 or more, not %2.").arg(kpiId, plain(target.value)));
        }
        break;
    }
    if (!std::isfinite(target.warningBand) || target.warningBand < 0) {
        return refusal(Text::tr("The warning band is a fraction of the target, 0 or more (0.1 for "
                                "10 %), not %1.")
                           .arg(plain(target.warningBand)));
    }
    static const QRegularExpression colourShape(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!target.colour.isEmpty() && !colourShape.match(target.colour).hasMatch()) {
        return refusal(Text::tr("A colour is written #RRGGBB, such as #2E7D32, not \"%1\".")
                           .arg(target.colour));
    }
    if (target.assumedThresholdSeconds
        && !(std::isfinite(*target.assumedThresholdSeconds)
             && *target.assumedThresholdSeconds > 0)) {
        return refusal(Text::tr("The threshold a service-level target assumes is a time in "
                                "seconds, more than 0, not %1.")
                           .arg(plain(*target.assumedThresholdSeconds)));
    }
    return {};
}

Expected<QHash<QString, Target>> WorkspaceTargets::stored() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT kpi_id, value, higher_is_better, warning_band, colour,"
                                   " assumed_threshold_s FROM targets"))) {
        return sqlError(Text::tr("Cannot read the targets"), query.lastError());
    }
    QHash<QString, Target> targets;
    while (query.next()) {
        Target target;
        target.value = query.value(1).toDouble();
        target.higherIsBetter = query.value(2).toBool();
        target.warningBand = query.value(3).toDouble();
        target.colour = query.value(4).toString();
        if (!query.isNull(5)) {
            target.assumedThresholdSeconds = query.value(5).toDouble();
        }
        targets.insert(query.value(0).toString(), target);
    }
    return targets;
}

Expected<Targets> WorkspaceTargets::targets() const
{
    const Expected<QHash<QString, Target>> set = stored();
    if (!set) {
        return set.error();
    }
    Targets targets = Targets::defaults();
    for (auto it = set->cbegin(); it != set->cend(); ++it) {
        targets.set(it.key(), it.value());
    }
    return targets;
}

Targets WorkspaceTargets::targetsOrDefaults() const
{
    Expected<Targets> read = targets();
    if (!read) {
        qCWarning(lcStore) << "cannot read the workspace's targets, using the defaults:"
                           << read.error().message;
        return Targets::defaults();
    }
    return *read;
}

Expected<QList<KpiTarget>> WorkspaceTargets::list() const
{
    const Expected<QHash<QString, Target>> set = stored();
    if (!set) {
        return set.error();
    }
    const Targets defaults = Targets::defaults();
    QList<KpiTarget> list;
    for (const QString &id : KpiCalculator::kpiIds()) {
        KpiTarget entry;
        entry.kpiId = id;
        entry.unit = kpiUnits().value(id);
        entry.isDefault = !set->contains(id);
        entry.target =
            entry.isDefault ? defaults.forKpi(id) : std::optional<Target>(set->value(id));
        list.append(entry);
    }
    return list;
}

Status WorkspaceTargets::set(const QString &kpiId, const Target &target)
{
    if (const Status valid = check(kpiId, target); !valid) {
        return valid;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO targets (kpi_id, value, higher_is_better, warning_band, colour,"
        " assumed_threshold_s) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kpi_id) DO UPDATE SET"
        " value = excluded.value, higher_is_better = excluded.higher_is_better,"
        " warning_band = excluded.warning_band, colour = excluded.colour,"
        " assumed_threshold_s = excluded.assumed_threshold_s"));
    query.addBindValue(kpiId);
    query.addBindValue(target.value);
    query.addBindValue(target.higherIsBetter ? 1 : 0);
    query.addBindValue(target.warningBand);
    query.addBindValue(orNull(target.colour.toUpper()));
    query.addBindValue(orNull(target.assumedThresholdSeconds));
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save the target"), query.lastError());
    }
    qCInfo(lcStore) << "target set for" << kpiId;
    return {};
}

Status WorkspaceTargets::clear(const QString &kpiId)
{
    if (const Status known = checkKpiId(kpiId); !known) {
        return known;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM targets WHERE kpi_id = ?"));
    query.addBindValue(kpiId);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save the target"), query.lastError());
    }
    return {};
}

Status WorkspaceTargets::reset()
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("DELETE FROM targets"))) {
        return sqlError(Text::tr("Cannot save the targets"), query.lastError());
    }
    return {};
}

Status WorkspaceTargets::applyPreset(const QString &name)
{
    const QList<ServiceLevelPreset> presets = Targets::serviceLevelPresets();
    const auto preset =
        std::find_if(presets.cbegin(), presets.cend(), [&name](const ServiceLevelPreset &p) {
            return p.name == name;
        });
    if (preset == presets.cend()) {
        QStringList names;
        for (const ServiceLevelPreset &known : presets) {
            names.append(known.name);
        }
        return refusal(Text::tr("There is no preset \"%1\"; the presets are %2.")
                           .arg(name, names.join(QStringLiteral(", "))));
    }
    // Read and written in one transaction, so that a band or colour set meanwhile is kept.
    if (const Status begun = m_workspace.beginTransaction(); !begun) {
        return begun;
    }
    const QString id = QStringLiteral("service_level");
    const Expected<Targets> current = targets();
    Status saved = current ? Status() : Status(current.error());
    if (saved) {
        Target target = current->forKpi(id).value_or(Target());
        target.value = preset->share;
        target.higherIsBetter = true;
        target.assumedThresholdSeconds = preset->thresholdSeconds;
        saved = set(id, target);
    }
    if (saved) {
        saved = m_workspace.commit();
    }
    if (!saved) {
        m_workspace.rollback();
    }
    return saved;
}

Status WorkspaceTargets::checkReferenceId(const QString &id)
{
    QStringList ids;
    for (const ReferenceValue &shipped : ReferenceValue::shipped()) {
        if (shipped.id == id) {
            return {};
        }
        ids.append(shipped.id);
    }
    return refusal(Text::tr("There is no reference value \"%1\"; they are %2.")
                       .arg(id, ids.join(QStringLiteral(", "))));
}

Expected<QList<ReferenceValue>> WorkspaceTargets::referenceValues() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, value, source FROM reference_values"))) {
        return sqlError(Text::tr("Cannot read the reference values"), query.lastError());
    }
    QHash<QString, std::pair<double, QString>> set;
    while (query.next()) {
        set.insert(query.value(0).toString(),
                   {query.value(1).toDouble(), query.value(2).toString()});
    }
    QList<ReferenceValue> values = ReferenceValue::shipped();
    for (ReferenceValue &value : values) {
        const auto found = set.constFind(value.id);
        if (found != set.cend()) {
            value.value = found->first;
            value.source = found->second;
            value.isShipped = false;
        }
    }
    return values;
}

Status WorkspaceTargets::setReferenceValue(const QString &id, double value, const QString &source)
{
    if (const Status known = checkReferenceId(id); !known) {
        return known;
    }
    if (!std::isfinite(value) || value < 0) {
        return refusal(Text::tr("A reference value is 0 or more, not %1.").arg(plain(value)));
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO reference_values (id, value, source) VALUES (?, ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET value = excluded.value,"
                                 " source = excluded.source"));
    query.addBindValue(id);
    query.addBindValue(value);
    query.addBindValue(orNull(source.trimmed()));
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save the reference value"), query.lastError());
    }
    return {};
}

Status WorkspaceTargets::resetReferenceValue(const QString &id)
{
    if (const Status known = checkReferenceId(id); !known) {
        return known;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM reference_values WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return sqlError(Text::tr("Cannot save the reference value"), query.lastError());
    }
    return {};
}

Status WorkspaceTargets::resetReferenceValues()
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("DELETE FROM reference_values"))) {
        return sqlError(Text::tr("Cannot save the reference values"), query.lastError());
    }
    return {};
}

} // namespace callboard
