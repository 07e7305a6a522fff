#include "CliCommands.h"
#include "CliSupport.h"

#include "kpi/KpiFormat.h"
#include "kpi/WorkspaceTargets.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace callboard::cli {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A number written plainly, with its sign if any: 0.85, 30, -1. Whether it is in range is for
/// WorkspaceTargets to say.
std::optional<double> readNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toDouble();
}

/// ID=NUMBER, as --set and --set-reference take it.
std::optional<std::pair<QString, double>> readAssignment(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0) {
        return std::nullopt;
    }
    const std::optional<double> number = readNumber(text.mid(equals + 1));
    if (!number) {
        return std::nullopt;
    }
    return std::pair{text.left(equals), *number};
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// A length of time as a team lead reads it: "2 h 05 min", "16 min", "45 s".
QString formatDuration(double seconds)
{
    const qint64 whole = qRound64(seconds);
    const qint64 hours = whole / 3600;
    const qint64 minutes = whole % 3600 / 60;
    const qint64 rest = whole % 60;
    QStringList parts;
    if (hours > 0) {
        parts.append(Text::tr("%1 h").arg(hours));
    }
    if (minutes > 0 || (hours > 0 && rest > 0)) {
        parts.append(Text::tr("%1 min").arg(minutes, hours > 0 ? 2 : 0, 10, QLatin1Char('0')));
    }
    if (rest > 0 || whole == 0) {
        parts.append(
            Text::tr("%1 s").arg(rest, minutes > 0 || hours > 0 ? 2 : 0, 10, QLatin1Char('0')));
    }
    return parts.join(u' ');
}

QJsonObject toJson(const QList<KpiTarget> &targets, const QList<ReferenceValue> &references)
{
    QJsonObject kpis;
    for (const KpiTarget &entry : targets) {
        const std::optional<Target> &target = entry.target;
        const QString direction = !target                  ? QString()
                                  : target->higherIsBetter ? QStringLiteral("higher")
                                                           : QStringLiteral("lower");
        kpis.insert(
            entry.kpiId,
            QJsonObject{
                {QStringLiteral("unit"), unitName(entry.unit)},
                {QStringLiteral("value"), target ? QJsonValue(target->value) : QJsonValue()},
                {QStringLiteral("direction"), orNull(direction)},
                {QStringLiteral("warning_band"),
                 target ? QJsonValue(target->warningBand) : QJsonValue()},
                {QStringLiteral("colour"), target ? orNull(target->colour) : QJsonValue()},
                {QStringLiteral("assumed_threshold_s"),
                 target && target->assumedThresholdSeconds
                     ? QJsonValue(*target->assumedThresholdSeconds)
                     : QJsonValue()},
                {QStringLiteral("default"), entry.isDefault},
            });
    }
    QJsonObject values;
    for (const ReferenceValue &reference : references) {
        values.insert(reference.id,
                      QJsonObject{
                          {QStringLiteral("kpi"), reference.kpiId},
                          {QStringLiteral("label"), reference.label},
                          {QStringLiteral("value"), reference.value},
                          {QStringLiteral("unit"), unitName(reference.unit)},
                          {QStringLiteral("source"), orNull(reference.source)},
                          {QStringLiteral("default"), reference.isShipped},
                      });
    }
    return QJsonObject{{QStringLiteral("targets"), kpis},
                       {QStringLiteral("reference_values"), values}};
}

void printText(const QList<KpiTarget> &targets, const QList<ReferenceValue> &references)
{
    QTextStream out(stdout);
    const QLocale locale;
    const QStringList headers{Text::tr("KPI"),
                              Text::tr("Name"),
                              Text::tr("Target"),
                              Text::tr("Better"),
                              Text::tr("Warning band"),
                              Text::tr("Colour"),
                              Text::tr("From")};
    QList<QStringList> rows;
    QStringList notes;
    for (const KpiTarget &entry : targets) {
        KpiValue shape;
        shape.id = entry.kpiId;
        shape.unit = entry.unit;
        const std::optional<Target> &target = entry.target;
        QStringList row{entry.kpiId, kpiTitle(entry.kpiId)};
        if (target) {
            row << formatKpiTarget(shape, target->value, locale)
                << (target->higherIsBetter ? Text::tr("higher") : Text::tr("lower"))
                << locale.toString(std::round(target->warningBand * 1e6) / 1e4,
                                   'f',
                                   QLocale::FloatingPointShortest)
                       + QStringLiteral(" %")
                << target->colour;
            if (target->assumedThresholdSeconds) {
                notes.append(Text::tr("%1 was set for T = %2 s; figures use their profile's T.")
                                 .arg(entry.kpiId,
                                      locale.toString(*target->assumedThresholdSeconds,
                                                      'f',
                                                      QLocale::FloatingPointShortest)));
            }
        } else {
            row << Text::tr("none") << QString() << QString() << QString();
        }
        row << (entry.isDefault ? Text::tr("default") : Text::tr("workspace"));
        rows.append(row);
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : rows + QList<QStringList>{headers}) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    for (const QStringList &row : QList<QStringList>{headers} + rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i).leftJustified(widths.at(i) + 2);
        }
        out << line.trimmed() << Qt::endl;
    }
    for (const QString &note : std::as_const(notes)) {
        out << note << Qt::endl;
    }
    out << Qt::endl << Text::tr("Reference values (no KPI uses them yet):") << Qt::endl;
    qsizetype idWidth = 0;
    qsizetype labelWidth = 0;
    for (const ReferenceValue &reference : references) {
        idWidth = std::max(idWidth, reference.id.size());
        labelWidth = std::max(labelWidth, reference.label.size());
    }
    for (const ReferenceValue &reference : references) {
        const QString figure = reference.unit == KpiUnit::Seconds
                                   ? formatDuration(reference.value)
                                   : locale.toString(reference.value);
        const QString source = !reference.source.isEmpty() ? reference.source
                               : reference.isShipped       ? QString()
                                                           : Text::tr("no source given");
        out << reference.id.leftJustified(idWidth + 2)
            << reference.label.leftJustified(labelWidth + 2) << figure.leftJustified(12) << source
            << Qt::endl;
    }
}

} // namespace

int runTargets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "callboard-cli targets --db W [--json] [--set ID=VALUE [--band B] [--direction "
        "higher|lower] [--colour #RRGGBB] | --clear ID | --reset | --preset 80/20 | "
        "--set-reference ID=SECONDS [--source TEXT] | --clear-reference ID]\n\n"
        "List the target of every KPI (its value, which way is better, the warning band, the "
        "colour, and whether it is the default) and the reference values, or change one of "
        "them. Targets are kept in the workspace, so everyone who opens it judges the figures "
        "alike. A ratio's target is a share (0.85 for 85 %), a time's in seconds; the warning "
        "band is a fraction of the target (0.1: within 10 % on the wrong side is a warning). "
        "Exits 1 when a change is refused, 2 on a usage error."));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        Text::tr("Set the target of a KPI, such as service_level=0.85 or asa=25; what is not given "
                 "(band, direction, colour) stays as it was."),
        QStringLiteral("ID=VALUE"));
    const QCommandLineOption bandOption(
        QStringLiteral("band"),
        Text::tr("With --set: the warning band, a fraction of the target (default 0.1)."),
        QStringLiteral("B"));
    const QCommandLineOption directionOption(QStringLiteral("direction"),
                                             Text::tr("With --set: which way is better."),
                                             QStringLiteral("higher|lower"));
    const QCommandLineOption colourOption({QStringLiteral("colour"), QStringLiteral("color")},
                                          Text::tr("With --set: the KPI's colour, or none."),
                                          QStringLiteral("#RRGGBB"));
    const QCommandLineOption clearOption(QStringLiteral("clear"),
                                         Text::tr("Put the target of a KPI back to its default."),
                                         QStringLiteral("ID"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset"),
        Text::tr("Put every target back to its default (the reference values stay)."));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        Text::tr("Set the service-level target to 80 %, 90 % or 70 %, noting the threshold T it "
                 "assumes; service level is still computed with the profile's T."),
        QStringLiteral("80/20|90/10|70/30"));
    const QCommandLineOption setReferenceOption(
        QStringLiteral("set-reference"),
        Text::tr("Change a reference value, in seconds, such as "
                 "lead_response_time.telecom=900."),
        QStringLiteral("ID=SECONDS"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        Text::tr("With --set-reference: where the new figure comes from."),
        QStringLiteral("TEXT"));
    const QCommandLineOption clearReferenceOption(
        QStringLiteral("clear-reference"),
        Text::tr("Put a reference value back to the shipped figure and source."),
        QStringLiteral("ID"));
    parser.addOptions({dbOption,
                       jsonOption,
                       setOption,
                       bandOption,
                       directionOption,
                       colourOption,
                       clearOption,
                       resetOption,
                       presetOption,
                       setReferenceOption,
                       sourceOption,
                       clearReferenceOption});
    if (const std::optional<int> exit = parseWorkspaceArguments(parser, arguments)) {
        return *exit;
    }
    if (const std::optional<int> exit = refuseFileNames(parser)) {
        return *exit;
    }

    // One change at a time, each with only its own companions.
    int changes = 0;
    for (const QCommandLineOption *change : {&setOption,
                                             &clearOption,
                                             &resetOption,
                                             &presetOption,
                                             &setReferenceOption,
                                             &clearReferenceOption}) {
        changes += parser.isSet(*change) ? 1 : 0;
    }
    if (changes > 1) {
        return usageError(Text::tr("Give one change at a time: --set, --clear, --reset, --preset, "
                                   "--set-reference or --clear-reference."));
    }
    for (const QCommandLineOption *companion : {&bandOption, &directionOption, &colourOption}) {
        if (parser.isSet(*companion) && !parser.isSet(setOption)) {
            return usageError(
                Text::tr("--%1 goes with --set ID=VALUE.").arg(companion->names().constFirst()));
        }
    }
    if (parser.isSet(sourceOption) && !parser.isSet(setReferenceOption)) {
        return usageError(Text::tr("--source goes with --set-reference."));
    }
    std::optional<std::pair<QString, double>> assignment;
    if (parser.isSet(setOption)) {
        assignment = readAssignment(parser.value(setOption));
        if (!assignment) {
            return usageError(
                Text::tr("--set takes ID=VALUE, such as service_level=0.85 or asa=25, "
                         "not \"%1\".")
                    .arg(parser.value(setOption)));
        }
    }
    std::optional<double> band;
    if (parser.isSet(bandOption)) {
        band = readNumber(parser.value(bandOption));
        if (!band) {
            return usageError(Text::tr("--band takes a fraction of the target, such as 0.05, not "
                                       "\"%1\".")
                                  .arg(parser.value(bandOption)));
        }
    }
    const QString direction = parser.value(directionOption);
    if (parser.isSet(directionOption) && direction != QLatin1String("higher")
        && direction != QLatin1String("lower")) {
        return usageError(
            Text::tr("--direction takes higher or lower, not \"%1\".").arg(direction));
    }
    if (parser.isSet(presetOption)) {
        QStringList names;
        for (const ServiceLevelPreset &preset : Targets::serviceLevelPresets()) {
            names.append(preset.name);
        }
        if (!names.contains(parser.value(presetOption))) {
            return usageError(
                Text::tr("No preset \"%1\"; the presets are %2.")
                    .arg(parser.value(presetOption), names.join(QStringLiteral(", "))));
        }
    }
    std::optional<std::pair<QString, double>> reference;
    if (parser.isSet(setReferenceOption)) {
        reference = readAssignment(parser.value(setReferenceOption));
        if (!reference) {
            return usageError(Text::tr("--set-reference takes ID=SECONDS, such as "
                                       "lead_response_time.telecom=900, not \"%1\".")
                                  .arg(parser.value(setReferenceOption)));
        }
    }

    Expected<std::unique_ptr<Workspace>> workspace =
        Workspace::open(parser.value(dbOption), Workspace::OpenMode::MustExist);
    if (!workspace) {
        return failure(workspace.error().toString());
    }
    WorkspaceTargets targets(**workspace);
    Status changed;
    if (assignment) {
        const auto &[kpiId, value] = *assignment;
        const Expected<QList<KpiTarget>> list = targets.list();
        if (!list) {
            return failure(list.error().toString());
        }
        // What is not given stays as the target in effect has it; a KPI without one starts from
        // the usual direction and a 10 % band.
        Target target;
        target.higherIsBetter = Targets::usuallyHigherIsBetter(kpiId);
        for (const KpiTarget &entry : *list) {
            if (entry.kpiId == kpiId && entry.target) {
                target = *entry.target;
            }
        }
        target.value = value;
        target.assumedThresholdSeconds.reset(); // a figure typed in assumes no preset's T
        if (band) {
            target.warningBand = *band;
        }
        if (parser.isSet(directionOption)) {
            target.higherIsBetter = direction == QLatin1String("higher");
        }
        if (parser.isSet(colourOption)) {
            const QString colour = parser.value(colourOption);
            target.colour = colour.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
                                ? QString()
                                : colour;
        }
        changed = targets.set(kpiId, target);
    } else if (parser.isSet(clearOption)) {
        changed = targets.clear(parser.value(clearOption));
    } else if (parser.isSet(resetOption)) {
        changed = targets.reset();
    } else if (parser.isSet(presetOption)) {
        changed = targets.applyPreset(parser.value(presetOption));
    } else if (reference) {
        changed = targets.setReferenceValue(reference->first,
                                            reference->second,
                                            parser.value(sourceOption));
    } else if (parser.isSet(clearReferenceOption)) {
        changed = targets.resetReferenceValue(parser.value(clearReferenceOption));
    }
    if (!changed) {
        return failure(changed.error().toString());
    }

    const Expected<QList<KpiTarget>> list = targets.list();
    if (!list) {
        return failure(list.error().toString());
    }
    const Expected<QList<ReferenceValue>> references = targets.referenceValues();
    if (!references) {
        return failure(references.error().toString());
    }
    if (parser.isSet(jsonOption)) {
        QTextStream(stdout) << QString::fromUtf8(
            QJsonDocument(toJson(*list, *references)).toJson(QJsonDocument::Indented));
    } else {
        printText(*list, *references);
    }
    return Success;
}

} // namespace callboard::cli
