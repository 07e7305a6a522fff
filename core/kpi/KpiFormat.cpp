#include "KpiFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace callboard {

namespace {

/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KpiFormat)
};

} // namespace

QString kpiTitle(const QString &kpiId)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("calls"), QT_TRANSLATE_NOOP("KpiFormat", "Calls")},
        {QStringLiteral("inbound_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Inbound")},
        {QStringLiteral("outbound_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Outbound")},
        {QStringLiteral("answered_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Answered")},
        {QStringLiteral("abandoned_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Abandoned")},
        {QStringLiteral("short_abandons"), QT_TRANSLATE_NOOP("KpiFormat", "Short abandons")},
        {QStringLiteral("service_level"), QT_TRANSLATE_NOOP("KpiFormat", "Service level")},
        {QStringLiteral("asa"), QT_TRANSLATE_NOOP("KpiFormat", "Avg speed of answer")},
        {QStringLiteral("aht"), QT_TRANSLATE_NOOP("KpiFormat", "Avg handle time")},
        {QStringLiteral("abandonment_rate"), QT_TRANSLATE_NOOP("KpiFormat", "Abandonment")},
        {QStringLiteral("fcr"), QT_TRANSLATE_NOOP("KpiFormat", "First-call resolution")},
        {QStringLiteral("resolution_rate"), QT_TRANSLATE_NOOP("KpiFormat", "Resolution rate")},
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("KpiFormat", "CSAT")},
        {QStringLiteral("csat_average"), QT_TRANSLATE_NOOP("KpiFormat", "CSAT average")},
        {QStringLiteral("escalation_rate"), QT_TRANSLATE_NOOP("KpiFormat", "Escalation rate")},
        {QStringLiteral("transfer_rate"), QT_TRANSLATE_NOOP("KpiFormat", "Transfer rate")},
        {QStringLiteral("hold_time"), QT_TRANSLATE_NOOP("KpiFormat", "Avg hold (held calls)")},
        {QStringLiteral("after_call_work"), QT_TRANSLATE_NOOP("KpiFormat", "Avg after-call work")},
        {QStringLiteral("time_to_abandon"), QT_TRANSLATE_NOOP("KpiFormat", "Avg time to abandon")},
        {QStringLiteral("voicemail_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Voicemail")},
        {QStringLiteral("missed_calls"), QT_TRANSLATE_NOOP("KpiFormat", "Missed")},
    };
    const char *title = titles.value(kpiId);
    return title ? Text::tr(title) : kpiId;
}

QString formatKpiFigure(const KpiValue &kpi, std::optional<double> figure, const QLocale &locale)
{
    if (!figure) {
        return Text::tr("n/a", "no value");
    }
    switch (kpi.unit) {
    case KpiUnit::Ratio:
        return locale.toString(*figure * 100, 'f', 1) + QStringLiteral(" %");
    case KpiUnit::Seconds:
        return locale.toString(*figure, 'f', 1) + QStringLiteral(" s");
    case KpiUnit::Score:
        return locale.toString(*figure, 'f', 2);
    case KpiUnit::MoneyPerDay:
        return locale.toString(*figure, 'f', 2);
    case KpiUnit::Count:
        break;
    }
    return locale.toString(*figure, 'f', 0);
}

QString formatKpiTarget(const KpiValue &kpi, double figure, const QLocale &locale)
{
    // A share as the percentage meant: 0.07 as 7 %, not the 7.000000000000001 that 0.07 × 100
    // is in binary (a team's own targets are typed to a few decimals at most).
    const double shown = kpi.unit == KpiUnit::Ratio ? std::round(figure * 1e6) / 1e4 : figure;
    const QString number = locale.toString(shown, 'f', QLocale::FloatingPointShortest);
    switch (kpi.unit) {
    case KpiUnit::Ratio:
        return number + QStringLiteral(" %");
    case KpiUnit::Seconds:
        return number + QStringLiteral(" s");
    case KpiUnit::Count:
    case KpiUnit::Score:
    case KpiUnit::MoneyPerDay:
        break;
    }
    return number;
}

QString formatKpiValue(const KpiValue &kpi, const QLocale &locale)
{
    return formatKpiFigure(kpi, kpi.value, locale);
}

QString formatKpiFraction(const KpiValue &kpi, const QLocale &locale)
{
    if (!kpi.numerator || !kpi.denominator) {
        return {};
    }
    const QString denominator = locale.toString(*kpi.denominator, 'f', 0);
    switch (kpi.unit) {
    case KpiUnit::Ratio:
        return Text::tr("%1 of %2").arg(locale.toString(*kpi.numerator, 'f', 0), denominator);
    case KpiUnit::Seconds:
        return Text::tr("%1 s over %2 calls")
            .arg(locale.toString(*kpi.numerator, 'f', 0), denominator);
    case KpiUnit::Score:
        return Text::tr("%1 over %2 ratings")
            .arg(locale.toString(*kpi.numerator, 'f', 0), denominator);
    case KpiUnit::Count:
    case KpiUnit::MoneyPerDay:
        break;
    }
    return {};
}

QString formatKpiTable(const QList<KpiValue> &kpis, const QLocale &locale)
{
    QString table;
    for (const KpiValue &kpi : kpis) {
        QString line =
            kpiTitle(kpi.id).leftJustified(24) + formatKpiValue(kpi, locale).rightJustified(10);
        const QString fraction = kpi.value ? formatKpiFraction(kpi, locale) : QString();
        if (!fraction.isEmpty()) {
            line += QStringLiteral("  (") + fraction + u')';
        }
        if (kpi.status != KpiStatus::None) {
            line += QStringLiteral("  ") + statusName(kpi.status);
        }
        if (!kpi.value) {
            line += QStringLiteral("  ") + kpi.reason;
        } else if (kpi.unit == KpiUnit::Seconds && !kpi.label.isEmpty()) {
            line += QStringLiteral("; ") + kpi.label;
        }
        table += line + u'\n';
        if (!kpi.value || kpi.excluded.isEmpty()) {
            continue;
        }
        QStringList leftOut;
        for (const Exclusion &exclusion : kpi.excluded) {
            leftOut.append(locale.toString(exclusion.count) + u' ' + exclusion.reason);
        }
        table += QString(26, u' ')
                 + Text::tr("left out: %1").arg(leftOut.join(QStringLiteral("; "))) + u'\n';
    }
    return table;
}

} // namespace callboard
