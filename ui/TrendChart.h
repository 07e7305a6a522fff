#pragma once

#include "kpi/KpiEngine.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QAreaSeries;
class QValueAxis;

namespace callboard::ui {

/// The daily trend: call volume as a filled area against the left axis, service level as a line
/// against the right axis, and its target as a dashed line. Days without calls show zero volume
/// and no service-level point.
class TrendChart : public QChartView
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
    void applyTheme();

    QLineSeries *m_volumeLine;
    QLineSeries *m_volumeBase;
    QAreaSeries *m_volume;
    QLineSeries *m_serviceLevel;
    QLineSeries *m_target;
    QDateTimeAxis *m_dateAxis;
    QValueAxis *m_volumeAxis;
    QValueAxis *m_percentAxis;
};

} // namespace callboard::ui
