#include "TrendChart.h"

#include "StatusColors.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace callboard::ui {

namespace {

/// Days are plotted at UTC noon so no zone shift moves a point onto the neighbouring day.
qreal dayPosition(QDate day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

std::optional<double> kpiValue(const GroupKpis &group, const QString &id)
{
    for (const KpiValue &kpi : group.kpis) {
        if (kpi.id == id) {
            return kpi.value;
        }
    }
    return std::nullopt;
}

/// A round upper bound for an axis: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0) {
        return 10;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
    , m_volumeLine(new QLineSeries(this))
    , m_volumeBase(new QLineSeries(this))
    , m_volume(new QAreaSeries(m_volumeLine, m_volumeBase))
    , m_serviceLevel(new QLineSeries(this))
    , m_target(new QLineSeries(this))
    , m_dateAxis(new QDateTimeAxis(this))
    , m_volumeAxis(new QValueAxis(this))
    , m_percentAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Daily trend of call volume and service level"));

    QChart *chart = new QChart();
    chart->setTitle(tr("Daily volume and service level"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);

    m_volume->setName(tr("Calls"));
    m_serviceLevel->setName(tr("Service level"));
    m_target->setName(tr("Service-level target"));
    chart->addSeries(m_volume);
    chart->addSeries(m_serviceLevel);
    chart->addSeries(m_target);

    m_dateAxis->setFormat(QStringLiteral("d MMM"));
    m_dateAxis->setTickCount(8);
    m_volumeAxis->setTitleText(tr("Calls per day"));
    m_volumeAxis->setLabelFormat(QStringLiteral("%d"));
    m_percentAxis->setTitleText(tr("Service level (%)"));
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_volumeAxis, Qt::AlignLeft);
    chart->addAxis(m_percentAxis, Qt::AlignRight);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_volume),
                                    static_cast<QAbstractSeries *>(m_serviceLevel),
                                    static_cast<QAbstractSeries *>(m_target)}) {
        series->attachAxis(m_dateAxis);
    }
    m_volume->attachAxis(m_volumeAxis);
    m_serviceLevel->attachAxis(m_percentAxis);
    m_target->attachAxis(m_percentAxis);
    applyTheme();
}

void TrendChart::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    QChart *chart = this->chart();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    const QColor volumeColor = dark ? QColor(0x5b, 0x8d, 0xd6) : QColor(0x3a, 0x6e, 0xc2);
    QColor fill = volumeColor;
    fill.setAlpha(dark ? 110 : 80);
    m_volume->setBrush(fill);
    m_volume->setPen(QPen(volumeColor, 1.5));
    m_serviceLevel->setPen(QPen(dark ? QColor(0xf0, 0xa2, 0x3b) : QColor(0xd9, 0x73, 0x06), 2.2));
    QPen targetPen(statusColor(KpiStatus::Good, pal), 1.6, Qt::DashLine);
    m_target->setPen(targetPen);
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QChartView::changeEvent(event);
}

void TrendChart::setDays(const QList<GroupKpis> &days,
                         QDate first,
                         QDate last,
                         std::optional<double> serviceLevelTarget)
{
    QHash<qint64, const GroupKpis *> byDay;
    for (const GroupKpis &day : days) {
        byDay.insert(day.key.toDate().toJulianDay(), &day);
    }
    QList<QPointF> volume;
    QList<QPointF> base;
    QList<QPointF> serviceLevel;
    double maxVolume = 0;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        const qreal x = dayPosition(day);
        const GroupKpis *group = byDay.value(day.toJulianDay());
        const double calls = group ? kpiValue(*group, QStringLiteral("calls")).value_or(0) : 0;
        maxVolume = std::max(maxVolume, calls);
        volume.append({x, calls});
        base.append({x, 0});
        if (group) {
            if (const std::optional<double> level =
                    kpiValue(*group, QStringLiteral("service_level"))) {
                serviceLevel.append({x, *level * 100});
            }
        }
    }
    m_volumeLine->replace(volume);
    m_volumeBase->replace(base);
    m_serviceLevel->replace(serviceLevel);
    if (first.isValid() && last.isValid()) {
        m_dateAxis->setRange(QDateTime(first, QTime(0, 0), QTimeZone::utc()),
                             QDateTime(last, QTime(23, 59), QTimeZone::utc()));
        m_dateAxis->setFormat(first.daysTo(last) > 180 ? QStringLiteral("MMM yyyy")
                                                       : QStringLiteral("d MMM"));
    }
    m_volumeAxis->setRange(0, niceCeiling(maxVolume * 1.1));
    m_target->clear();
    m_target->setVisible(serviceLevelTarget.has_value() && first.isValid());
    if (serviceLevelTarget && first.isValid()) {
        m_target->append(dayPosition(first) - 12 * 3600 * 1000, *serviceLevelTarget * 100);
        m_target->append(dayPosition(last) + 12 * 3600 * 1000, *serviceLevelTarget * 100);
    }
}

} // namespace callboard::ui
