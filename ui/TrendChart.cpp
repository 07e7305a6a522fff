#include "TrendChart.h"

#include "StatusColors.h"

#include <QAreaSeries>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QTimeZone>
#include <QVBoxLayout>
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

/// A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value < 4) {
        return 4; // ticks at 0, 1, 2, 3, 4 rather than fractions of a call
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart();
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_volumeChart(newChart(tr("Calls per day")))
    , m_serviceLevelChart(newChart(tr("Service level per day")))
    , m_volumeLine(new QLineSeries(this))
    , m_volumeBase(new QLineSeries(this))
    , m_volume(new QAreaSeries(m_volumeLine, m_volumeBase))
    , m_serviceLevel(new QLineSeries(this))
    , m_target(new QLineSeries(this))
    , m_volumeDates(new QDateTimeAxis(this))
    , m_serviceLevelDates(new QDateTimeAxis(this))
    , m_volumeAxis(new QValueAxis(this))
    , m_percentAxis(new QValueAxis(this))
{
    setAccessibleName(tr("Daily trend of call volume and service level"));

    m_volume->setName(tr("Calls"));
    m_volumeChart->addSeries(m_volume);
    m_volumeChart->legend()->hide();
    m_volumeAxis->setLabelFormat(QStringLiteral("%d"));
    m_volumeChart->addAxis(m_volumeDates, Qt::AlignBottom);
    m_volumeChart->addAxis(m_volumeAxis, Qt::AlignLeft);
    m_volume->attachAxis(m_volumeDates);
    m_volume->attachAxis(m_volumeAxis);

    m_serviceLevel->setName(tr("Service level"));
    m_target->setName(tr("Target"));
    m_serviceLevelChart->addSeries(m_serviceLevel);
    m_serviceLevelChart->addSeries(m_target);
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_serviceLevelChart->addAxis(m_serviceLevelDates, Qt::AlignBottom);
    m_serviceLevelChart->addAxis(m_percentAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_serviceLevel, m_target}) {
        series->attachAxis(m_serviceLevelDates);
        series->attachAxis(m_percentAxis);
    }
    for (QDateTimeAxis *axis : {m_volumeDates, m_serviceLevelDates}) {
        axis->setFormat(QStringLiteral("d MMM"));
        axis->setTickCount(8);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createView(m_volumeChart));
    layout->addWidget(createView(m_serviceLevelChart));
    applyTheme();
}

QChartView *TrendChart::createView(QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(130);
    return view;
}

void TrendChart::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    for (QChart *chart : {m_volumeChart, m_serviceLevelChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setTitleBrush(pal.color(QPalette::Text));
        chart->legend()->setLabelColor(pal.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(pal.color(QPalette::Text));
            axis->setGridLineColor(pal.color(QPalette::Midlight));
        }
    }
    const QColor volumeColor = dark ? QColor(0x5b, 0x8d, 0xd6) : QColor(0x3a, 0x6e, 0xc2);
    QColor fill = volumeColor;
    fill.setAlpha(dark ? 110 : 80);
    m_volume->setBrush(fill);
    m_volume->setPen(QPen(volumeColor, 1.5));
    m_serviceLevel->setPen(QPen(dark ? QColor(0xf0, 0xa2, 0x3b) : QColor(0xd9, 0x73, 0x06), 2.2));
    m_target->setPen(QPen(statusColor(KpiStatus::Good, pal), 1.6, Qt::DashLine));
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
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
        const std::optional<double> level =
            group ? kpiValue(*group, QStringLiteral("service_level")) : std::nullopt;
        if (level) {
            serviceLevel.append({x, *level * 100});
        }
    }
    m_volumeLine->replace(volume);
    m_volumeBase->replace(base);
    m_serviceLevel->replace(serviceLevel);
    if (first.isValid() && last.isValid()) {
        const QString format =
            first.daysTo(last) > 180 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
        for (QDateTimeAxis *axis : {m_volumeDates, m_serviceLevelDates}) {
            axis->setRange(QDateTime(first, QTime(0, 0), QTimeZone::utc()),
                           QDateTime(last, QTime(23, 59), QTimeZone::utc()));
            axis->setFormat(format);
        }
    }
    m_volumeAxis->setRange(0, niceCeiling(maxVolume * 1.1));
    m_volumeAxis->applyNiceNumbers(); // whole-number ticks even on a near-empty period
    m_target->clear();
    m_target->setVisible(serviceLevelTarget.has_value() && first.isValid());
    if (serviceLevelTarget && first.isValid()) {
        m_target->append(dayPosition(first) - 12 * 3600 * 1000, *serviceLevelTarget * 100);
        m_target->append(dayPosition(last) + 12 * 3600 * 1000, *serviceLevelTarget * 100);
    }
}

} // namespace callboard::ui
