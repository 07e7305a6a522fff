#pragma once

#include "common/Error.h"
#include "import/TabularFormat.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace callboard::ui {

/// Asks for what a refused file lacked (the order of its dates, the first day of a report that
/// numbers its days, the year of dates without one) so that the window can import it again:
/// the window's counterpart of --date-order, --start-date and --year.
class MissingInputDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p refusal is the file's refusal; its MissingInput says what to ask for.
    explicit MissingInputDialog(const Error &refusal, QWidget *parent = nullptr);

    /// Sets in @p options what the user chose.
    void applyTo(ImportOptions &options) const;

private:
    MissingInput m_missing;
    QComboBox *m_dateOrder = nullptr;
    QDateEdit *m_startDate = nullptr;
    QSpinBox *m_year = nullptr;
};

} // namespace callboard::ui
