#include "MissingInputDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace callboard::ui {

MissingInputDialog::MissingInputDialog(const Error &refusal, QWidget *parent)
    : QDialog(parent)
    , m_missing(refusal.missing)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(refusal.file).fileName()));
    auto *explanation = new QLabel(refusal.message, this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    switch (m_missing) {
    case MissingInput::DateOrder:
        m_dateOrder = new QComboBox(this);
        m_dateOrder->setObjectName(QStringLiteral("dateOrderComboBox"));
        m_dateOrder->addItem(tr("Day first (31/01/2025)"), int(DateOrder::DayMonthYear));
        m_dateOrder->addItem(tr("Month first (01/31/2025)"), int(DateOrder::MonthDayYear));
        m_dateOrder->addItem(tr("Year first (2025/01/31)"), int(DateOrder::YearMonthDay));
        form->addRow(tr("&Dates are written:"), m_dateOrder);
        break;
    case MissingInput::StartDate:
        m_startDate = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
        m_startDate->setObjectName(QStringLiteral("startDateEdit"));
        m_startDate->setCalendarPopup(true);
        m_startDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(tr("&First day of the report:"), m_startDate);
        break;
    case MissingInput::Year:
        m_year = new QSpinBox(this);
        m_year->setObjectName(QStringLiteral("yearSpinBox"));
        m_year->setRange(1970, 2100);
        m_year->setValue(QDate::currentDate().year());
        form->addRow(tr("&Year of the calls:"), m_year);
        break;
    case MissingInput::Mapping: // the import wizard asks for that
    case MissingInput::None:
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void MissingInputDialog::applyTo(ImportOptions &options) const
{
    switch (m_missing) {
    case MissingInput::DateOrder:
        options.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
        break;
    case MissingInput::StartDate:
        options.startDate = m_startDate->date();
        break;
    case MissingInput::Year:
        options.year = m_year->value();
        break;
    case MissingInput::Mapping:
    case MissingInput::None:
        break;
    }
}

} // namespace callboard::ui
