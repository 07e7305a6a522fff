#pragma once

#include "kpi/Kpi.h"

#include <QFrame>

class QLabel;

namespace callboard::ui {

/// One KPI at a glance: its name, its value in large type, its target and how it was counted,
/// with a stripe in the status colour. The tooltip explains the figure: numerator, denominator
/// and what was left out.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget *parent = nullptr);

    /// Shows @p kpi; @p secondary, when given, adds a line under the value (CSAT's mean score).
    void setKpi(const KpiValue &kpi, const QString &secondary = QString());

    QString valueText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    KpiStatus m_status = KpiStatus::None;
    QLabel *m_titleLabel;
    QLabel *m_valueLabel;
    QLabel *m_detailLabel;
};

} // namespace callboard::ui
