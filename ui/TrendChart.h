#pragma once

#include "kpi/KpiEngine.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace callboard::ui {

/// The daily trend, as two charts over the same days: calls per day as a filled area, and
/// service level against its target line. Two charts rather than one with two axes, so neither
/// figure can be read against the other's scale. Days without calls show zero volume and no
/// service-level point.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    /// Plots @p days (days that have calls, in order) over every day from @p first to @p last.
    void setDays(const QList<GroupKpis> &days,
                 QDate first,
                 QDate last,
                 std::optional<double> serviceLevelTarget);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *createView(QChart *chart);
    void applyTheme();

    QChart *m_volumeChart;
    QChart *m_serviceLevelChart;
    QLineSeries *m_volumeLine;
    QLineSeries *m_volumeBase;
    QAreaSeries *m_volume;
    QLineSeries *m_serviceLevel;
    QLineSeries *m_target;
    QDateTimeAxis *m_volumeDates;
    QDateTimeAxis *m_serviceLevelDates;
    QValueAxis *m_volumeAxis;
    QValueAxis *m_percentAxis;
};

} // namespace callboard::ui
