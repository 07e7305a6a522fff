#include "MappingDialog.h"

#include "import/MappedFormat.h"
#include "import/RecordReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace callboard::ui {

namespace {

/// How many rows the preview shows and the check reads.
constexpr int previewRows = 20;

/// Collects what the check's conversion of the preview rows gives.
class CountingSink : public ConversionSink
{
public:
    void addCall(Call) override { ++calls; }
    void addInterval(Interval) override {}
    void addLead(Lead) override {}
    void addDeal(Deal) override {}
    void skip(const QString &) override {}
    void reject(qint64 line, const FieldProblem &problem) override
    {
        if (rejected++ == 0) {
            firstProblem = MappingDialog::tr("line %1, column %2: %3")
                               .arg(line)
                               .arg(problem.column)
                               .arg(problem.message);
        }
    }

    int calls = 0;
    int rejected = 0;
    QString firstProblem;
};

} // namespace

MappingDialog::MappingDialog(QString path, QTimeZone reportZone, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(path))
    , m_reportZone(std::move(reportZone))
    , m_table(new QTableWidget(this))
    , m_dateOrder(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Map the Columns of %1").arg(QFileInfo(m_path).fileName()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);

    m_dateOrder->addItem(tr("Decide from the dates"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/01/2025)"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (01/31/2025)"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Year first (2025/01/31)"), int(DateOrder::YearMonthDay));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(zone));
    }
    m_timeZone->setEditable(true);
    m_timeZone->setCurrentText(QString::fromUtf8(m_reportZone.id()));
    m_direction->addItem(tr("Inbound"), int(Direction::Inbound));
    m_direction->addItem(tr("Outbound"), int(Direction::Outbound));
    m_name->setText(QFileInfo(m_path).completeBaseName());

    auto *load = m_buttons->addButton(tr("&Load Mapping…"), QDialogButtonBox::ActionRole);
    load->setToolTip(tr("Start from a mapping saved to a file (the command line's --mapping)"));
    connect(load, &QPushButton::clicked, this, &MappingDialog::chooseMappingToLoad);
    auto *save = m_buttons->addButton(tr("&Save Mapping As…"), QDialogButtonBox::ActionRole);
    save->setToolTip(tr("Write this mapping to a file, for callboard-cli import --mapping"));
    connect(save, &QPushButton::clicked, this, &MappingDialog::chooseFileToSaveMapping);
    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_dateOrder, m_timeZone, m_direction}) {
        connect(box, &QComboBox::currentTextChanged, this, &MappingDialog::check);
    }
    resize(1100, 760);
}

QString MappingDialog::fieldLabel(MappedField field)
{
    switch (field) {
    case MappedField::CallId:
        return tr("Call id");
    case MappedField::ArrivedAt:
        return tr("Arrived (date and time, or date) *");
    case MappedField::ArrivalTime:
        return tr("Arrival time of day");
    case MappedField::AnsweredAt:
        return tr("Answered at");
    case MappedField::EndedAt:
        return tr("Ended at");
    case MappedField::Direction:
        return tr("Direction");
    case MappedField::Answered:
        return tr("Answered (yes/no)");
    case MappedField::Outcome:
        return tr("Outcome");
    case MappedField::Wait:
        return tr("Wait");
    case MappedField::Ring:
        return tr("Ring time");
    case MappedField::Talk:
        return tr("Talk time");
    case MappedField::Hold:
        return tr("Hold time");
    case MappedField::AfterCallWork:
        return tr("After-call work");
    case MappedField::Agent:
        return tr("Agent");
    case MappedField::Queue:
        return tr("Queue or team");
    case MappedField::Caller:
        return tr("Caller number");
    case MappedField::Callee:
        return tr("Called number");
    case MappedField::TrackingNumber:
        return tr("Tracking number");
    case MappedField::Campaign:
        return tr("Campaign");
    case MappedField::Disposition:
        return tr("Disposition");
    case MappedField::Resolved:
        return tr("Resolved (yes/no)");
    case MappedField::Csat:
        return tr("Satisfaction (1-5)");
    }
    return QString();
}

Status MappingDialog::load()
{
    Expected<std::unique_ptr<RecordReader>> reader = RecordReader::open(m_path);
    if (!reader) {
        return reader.error();
    }
    Record header;
    if (!(*reader)->readRecord(header)) {
        return Error{tr("The file is empty."), m_path, 0, 0};
    }
    m_header = header.fields;
    Record record;
    while (m_preview.size() < previewRows && (*reader)->readRecord(record)) {
        m_preview.append(record);
    }
    m_table->setColumnCount(int(m_header.size()));
    m_table->setHorizontalHeaderLabels(m_header);
    m_table->setRowCount(int(m_preview.size()));
    for (int row = 0; row < m_preview.size(); ++row) {
        for (int column = 0; column < m_header.size(); ++column) {
            m_table->setItem(row,
                             column,
                             new QTableWidgetItem(m_preview.at(row).fields.value(column)));
        }
    }
    m_table->resizeColumnsToContents();
    buildForm();
    setMapping(ColumnMapping::guess(m_header));
    return {};
}

void MappingDialog::buildForm()
{
    auto *fields = new QGroupBox(tr("Which column holds what"), this);
    auto *grid = new QGridLayout(fields);
    const QList<MappedField> all = ColumnMapping::allFields();
    const int perColumn = int((all.size() + 1) / 2);
    for (int index = 0; index < all.size(); ++index) {
        auto *box = new QComboBox(fields);
        box->addItem(tr("(not in this file)"));
        box->addItems(m_header);
        m_fieldBoxes.insert(all.at(index), box);
        auto *label = new QLabel(fieldLabel(all.at(index)), fields);
        label->setBuddy(box);
        const int row = index % perColumn;
        const int column = (index / perColumn) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        connect(box, &QComboBox::currentIndexChanged, this, &MappingDialog::check);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *reading = new QGroupBox(tr("How to read it"), this);
    auto *form = new QFormLayout(reading);
    form->addRow(tr("Numeric dates:"), m_dateOrder);
    form->addRow(tr("Times are in:"), m_timeZone);
    form->addRow(tr("Calls without a direction are:"), m_direction);
    form->addRow(tr("Name of this mapping:"), m_name);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Callboard does not know this file's layout. Check which "
                                    "column holds what; the mapping is saved in the workspace "
                                    "for the next file with the same columns."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(fields);
    layout->addWidget(reading);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);
}

void MappingDialog::setMapping(const ColumnMapping &mapping)
{
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        const int column = int(m_header.indexOf(mapping.columns.value(it.key())));
        const QSignalBlocker quiet(it.value());
        it.value()->setCurrentIndex(column + 1); // -1 (absent) becomes "(not in this file)"
    }
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(mapping.dateOrder)));
    if (!mapping.timeZone.isEmpty()) {
        m_timeZone->setCurrentText(mapping.timeZone);
    }
    m_direction->setCurrentIndex(m_direction->findData(int(mapping.defaultDirection)));
    if (!mapping.name.isEmpty()) {
        m_name->setText(mapping.name);
    }
    check();
}

Status MappingDialog::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read the mapping: %1").arg(file.errorString()), path, 0, 0};
    }
    Expected<ColumnMapping> loaded = ColumnMapping::fromJson(file.readAll());
    if (!loaded) {
        Error error = loaded.error();
        error.file = path;
        return error;
    }
    // A mapping made for another header still names columns this file may have; those that
    // it lacks show as "(not in this file)" and the check says what is missing.
    setMapping(*loaded);
    return {};
}

Status MappingDialog::saveMappingTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson()) < 0 || !file.commit()) {
        return Error{tr("Cannot write the mapping: %1").arg(file.errorString()), path, 0, 0};
    }
    return {};
}

void MappingDialog::chooseMappingToLoad()
{
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Load Mapping"),
                                     QString(),
                                     tr("Column mappings (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status loaded = loadMapping(path); !loaded) {
        QMessageBox::warning(this, tr("Load Mapping"), loaded.error().toString());
    }
}

void MappingDialog::chooseFileToSaveMapping()
{
    const QString suggested = m_name->text().trimmed() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Mapping As"),
                                                      suggested,
                                                      tr("Column mappings (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status saved = saveMappingTo(path); !saved) {
        QMessageBox::warning(this, tr("Save Mapping As"), saved.error().toString());
    }
}

ColumnMapping MappingDialog::mapping() const
{
    ColumnMapping mapping;
    mapping.name = m_name->text().trimmed();
    mapping.header = m_header;
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        if (it.value()->currentIndex() > 0) {
            mapping.columns.insert(it.key(), it.value()->currentText());
        }
    }
    mapping.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
    mapping.timeZone = m_timeZone->currentText().trimmed();
    mapping.defaultDirection = static_cast<Direction>(m_direction->currentData().toInt());
    return mapping;
}

void MappingDialog::check()
{
    const ColumnMapping current = mapping();
    m_canImport = false;
    QString verdict = current.missing();
    if (verdict.isEmpty() && !QTimeZone(current.timeZone.toUtf8()).isValid()) {
        verdict = tr("\"%1\" is not a time zone Callboard knows.").arg(current.timeZone);
    }
    if (verdict.isEmpty()) {
        MappedFormat format(current);
        ImportOptions options;
        options.reportTimeZone = m_reportZone;
        Status status = format.begin(m_header, options);
        for (const Record &record : std::as_const(m_preview)) {
            format.observe(record);
        }
        if (status) {
            status = format.finishObserving();
        }
        if (!status) {
            verdict = status.error().message;
        } else {
            CountingSink sink;
            for (const Record &record : std::as_const(m_preview)) {
                format.convert(record, sink);
            }
            m_canImport = sink.calls > 0;
            verdict = sink.rejected == 0
                          ? tr("The first %n rows all read as calls.", nullptr, sink.calls)
                          : tr("Of the first %1 rows, %2 read as calls and %3 do not; the first: "
                               "%4")
                                .arg(m_preview.size())
                                .arg(sink.calls)
                                .arg(sink.rejected)
                                .arg(sink.firstProblem);
        }
    }
    m_verdict->setText(verdict);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(m_canImport);
        }
    }
}

QString MappingDialog::verdict() const
{
    return m_verdict->text();
}

bool MappingDialog::canImport() const
{
    return m_canImport;
}

} // namespace callboard::ui
