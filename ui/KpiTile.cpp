#include "KpiTile.h"

#include "StatusColors.h"
#include "kpi/KpiFormat.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace callboard::ui {

namespace {

constexpr int stripeWidth = 5;

QString explanation(const KpiValue &kpi, const QLocale &locale)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(kpiTitle(kpi.id).toHtmlEscaped())};
    if (!kpi.label.isEmpty()) {
        lines.append(kpi.label.toHtmlEscaped());
    }
    if (kpi.value && kpi.denominator) {
        lines.append(KpiTile::tr("Numerator: %1").arg(locale.toString(*kpi.numerator, 'f', 0)));
        lines.append(KpiTile::tr("Denominator: %1").arg(locale.toString(*kpi.denominator, 'f', 0)));
    }
    for (const KpiDetail &detail : kpi.details) {
        lines.append(
            QStringLiteral("%1: %2").arg(detail.name, formatKpiFigure(kpi, detail.value, locale)));
    }
    if (!kpi.value) {
        lines.append(kpi.reason.toHtmlEscaped());
    }
    if (!kpi.excluded.isEmpty()) {
        lines.append(KpiTile::tr("Left out:"));
        for (const Exclusion &exclusion : kpi.excluded) {
            lines.append(
                QStringLiteral("&nbsp;&nbsp;%1 %2")
                    .arg(locale.toString(exclusion.count), exclusion.reason.toHtmlEscaped()));
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_titleLabel(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumSize(150, 104);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(stripeWidth + 12, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_detailLabel);
    layout->addStretch();

    m_titleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyFonts();
}

void KpiTile::applyFonts()
{
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 0.95);
    title.setCapitalization(QFont::AllUppercase);
    title.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_titleLabel->setFont(title);
    QFont value = font();
    value.setPointSizeF(font().pointSizeF() * 2.1);
    value.setBold(true);
    m_valueLabel->setFont(value);
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
    }
    QFrame::changeEvent(event);
}

void KpiTile::setKpi(const KpiValue &kpi, const QString &secondary)
{
    const QLocale locale;
    m_status = kpi.status;
    m_titleLabel->setText(kpiTitle(kpi.id));
    m_valueLabel->setText(kpi.value ? formatKpiValue(kpi, locale) : QStringLiteral("—"));

    QStringList detail;
    if (!secondary.isEmpty()) {
        detail.append(secondary);
    }
    if (kpi.target) {
        detail.append(tr("Target %1").arg(formatKpiTarget(kpi, *kpi.target, locale)));
    }
    if (kpi.value && kpi.denominator && kpi.unit == KpiUnit::Ratio) {
        detail.append(formatKpiFraction(kpi, locale));
    } else if (kpi.value && kpi.denominator) {
        detail.append(tr("n = %1").arg(locale.toString(*kpi.denominator, 'f', 0)));
    }
    if (!kpi.value) {
        detail = QStringList{kpi.reason};
    }
    m_detailLabel->setText(detail.join(QStringLiteral(" · ")));
    setToolTip(explanation(kpi, locale));
    setAccessibleName(kpiTitle(kpi.id));
    setAccessibleDescription(m_valueLabel->text() + QStringLiteral(", ") + m_detailLabel->text());
    update();
}

QString KpiTile::valueText() const
{
    return m_valueLabel->text();
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, stripeWidth, height()), statusColor(m_status, palette()));
}

} // namespace callboard::ui
