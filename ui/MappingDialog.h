#pragma once

#include "import/ColumnMapping.h"
#include "import/Record.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace callboard::ui {

/// The import wizard for a log no built-in format knows: shows the file's first rows, proposes
/// which column holds what (ColumnMapping::guess), and lets the user correct each field, the date
/// order, the time zone and the direction. As the user edits, it reads the preview rows through
/// the mapping and says how many read and what the first problem is; Import is enabled once the
/// mapping reads them.
class MappingDialog : public QDialog
{
    Q_OBJECT

public:
    MappingDialog(QString path, QTimeZone reportZone, QWidget *parent = nullptr);

    /// Reads the header and the first rows; an Error when the file cannot be read at all.
    Status load();

    ColumnMapping mapping() const;
    /// Starts from @p mapping instead of the guess (a saved mapping for the same header).
    void setMapping(const ColumnMapping &mapping);
    /// Starts from the mapping saved as JSON in @p path (as --mapping reads it).
    Status loadMapping(const QString &path);
    /// Writes the current mapping to @p path, for callboard-cli import --mapping.
    Status saveMappingTo(const QString &path) const;

    QComboBox *fieldBox(MappedField field) const { return m_fieldBoxes.value(field); }
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    /// What reading the preview through the current mapping gave, as shown.
    QString verdict() const;
    bool canImport() const;

private:
    void buildForm();
    void chooseMappingToLoad();
    void chooseFileToSaveMapping();
    void check();
    static QString fieldLabel(MappedField field);

    QString m_path;
    QTimeZone m_reportZone;
    QStringList m_header;
    QList<Record> m_preview;
    QTableWidget *m_table;
    QHash<MappedField, QComboBox *> m_fieldBoxes;
    QComboBox *m_dateOrder;
    QComboBox *m_timeZone;
    QComboBox *m_direction;
    QLineEdit *m_name;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
    bool m_canImport = false;
};

} // namespace callboard::ui
