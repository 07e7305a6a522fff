#include "DashboardWidget.h"

#include "KpiTile.h"
#include "LeaderboardModel.h"
#include "TrendChart.h"
#include "kpi/KpiFormat.h"
#include "kpi/WorkspaceTargets.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace callboard::ui {

namespace {

/// The tiles, in reading order: volume first, then service, then quality.
const QStringList &tileIds()
{
    static const QStringList ids{
        QStringLiteral("calls"),
        QStringLiteral("answered_calls"),
        QStringLiteral("abandoned_calls"),
        QStringLiteral("service_level"),
        QStringLiteral("asa"),
        QStringLiteral("aht"),
        QStringLiteral("abandonment_rate"),
        QStringLiteral("resolution_rate"),
        QStringLiteral("csat"),
        QStringLiteral("fcr"),
    };
    return ids;
}

constexpr int tilesPerRow = 5;

const KpiValue *findKpi(const QList<KpiValue> &kpis, const QString &id)
{
    for (const KpiValue &kpi : kpis) {
        if (kpi.id == id) {
            return &kpi;
        }
    }
    return nullptr;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_today([] { return QDate::currentDate(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(createFilterBar());
    layout->addWidget(createTiles());

    m_trendChart = new TrendChart(this);
    m_trendChart->setMinimumHeight(280);

    m_leaderboard = new LeaderboardModel(this);
    m_leaderboard->setPalette(palette());
    m_leaderboardProxy = new QSortFilterProxyModel(this);
    m_leaderboardProxy->setSourceModel(m_leaderboard);
    m_leaderboardProxy->setSortRole(LeaderboardModel::RawValueRole);
    m_leaderboardProxy->setSortLocaleAware(true);
    m_leaderboardView = new QTableView(this);
    m_leaderboardView->setObjectName(QStringLiteral("leaderboardTableView"));
    m_leaderboardView->setAccessibleName(tr("Agent leaderboard"));
    m_leaderboardView->setModel(m_leaderboardProxy);
    m_leaderboardView->setSortingEnabled(true);
    m_leaderboardView->sortByColumn(LeaderboardModel::ServiceLevelColumn, Qt::DescendingOrder);
    m_leaderboardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaderboardView->setAlternatingRowColors(true);
    m_leaderboardView->verticalHeader()->hide();
    // Figures share the width; the agent column takes what the names need.
    m_leaderboardView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_leaderboardView->horizontalHeader()->setSectionResizeMode(LeaderboardModel::AgentColumn,
                                                                QHeaderView::ResizeToContents);
    m_leaderboardView->horizontalHeader()->setMinimumSectionSize(44);
    m_leaderboardView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_leaderboardView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leaderboardView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *leaderboardPanel = new QWidget(this);
    auto *leaderboardLayout = new QVBoxLayout(leaderboardPanel);
    leaderboardLayout->setContentsMargins(0, 0, 0, 0);
    auto *leaderboardTitle = new QLabel(tr("Agent leaderboard"), leaderboardPanel);
    QFont titleFont = leaderboardTitle->font();
    titleFont.setBold(true);
    leaderboardTitle->setFont(titleFont);
    leaderboardLayout->addWidget(leaderboardTitle);
    leaderboardLayout->addWidget(m_leaderboardView);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_trendChart);
    splitter->addWidget(leaderboardPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({450, 550}); // until the user drags the handle
    m_leaderboardView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    layout->addWidget(splitter, 1);
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_presetComboBox = new QComboBox(bar);
    m_presetComboBox->setObjectName(QStringLiteral("periodComboBox"));
    m_presetComboBox->setAccessibleName(tr("Period"));
    const std::pair<PeriodPreset, QString> presets[] = {
        {PeriodPreset::AllData, tr("All data")},
        {PeriodPreset::Today, tr("Today")},
        {PeriodPreset::Yesterday, tr("Yesterday")},
        {PeriodPreset::ThisWeek, tr("This week")},
        {PeriodPreset::LastWeek, tr("Last week")},
        {PeriodPreset::ThisMonth, tr("This month")},
        {PeriodPreset::LastMonth, tr("Last month")},
        {PeriodPreset::Last7Days, tr("Last 7 days")},
        {PeriodPreset::Last30Days, tr("Last 30 days")},
    };
    for (const auto &[preset, name] : presets) {
        m_presetComboBox->addItem(name, static_cast<int>(preset));
    }
    m_presetComboBox->addItem(tr("Custom"), -1);

    m_fromDateEdit = new QDateEdit(bar);
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromDateEdit->setAccessibleName(tr("First day"));
    m_toDateEdit = new QDateEdit(bar);
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toDateEdit->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_agentComboBox = new QComboBox(bar);
    m_agentComboBox->setObjectName(QStringLiteral("agentComboBox"));
    m_agentComboBox->setAccessibleName(tr("Agent"));
    m_agentComboBox->setMinimumContentsLength(14);

    m_contextLabel = new QLabel(bar);
    m_contextLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *periodLabel = new QLabel(tr("&Period"), bar);
    periodLabel->setBuddy(m_presetComboBox);
    auto *agentLabel = new QLabel(tr("A&gent"), bar);
    agentLabel->setBuddy(m_agentComboBox);
    layout->addWidget(periodLabel);
    layout->addWidget(m_presetComboBox);
    layout->addWidget(m_fromDateEdit);
    layout->addWidget(new QLabel(QStringLiteral("–"), bar));
    layout->addWidget(m_toDateEdit);
    layout->addSpacing(16);
    layout->addWidget(agentLabel);
    layout->addWidget(m_agentComboBox);
    layout->addStretch();
    layout->addWidget(m_contextLabel);

    connect(m_presetComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters) {
            applyPreset();
        }
    });
    for (QDateEdit *edit : {m_fromDateEdit, m_toDateEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updatingFilters) {
                onDatesEdited();
            }
        });
    }
    connect(m_agentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters) {
            refresh();
        }
    });
    return bar;
}

QWidget *DashboardWidget::createTiles()
{
    auto *panel = new QWidget(this);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int i = 0; i < tileIds().size(); ++i) {
        auto *tile = new KpiTile(panel);
        tile->setObjectName(tileIds().at(i) + QStringLiteral("Tile"));
        m_tiles.insert(tileIds().at(i), tile);
        grid->addWidget(tile, i / tilesPerRow, i % tilesPerRow);
    }
    return panel;
}

void DashboardWidget::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_engine.reset(
        workspace ? new KpiEngine(*workspace,
                                  KpiCalculator(DefinitionProfile::standard(),
                                                WorkspaceTargets(*workspace).targetsOrDefaults()))
                  : nullptr);
    fillAgents();
    setPreset(PeriodPreset::AllData);
}

void DashboardWidget::reload()
{
    const QString agent =
        m_agentComboBox->currentIndex() > 0 ? m_agentComboBox->currentText() : QString();
    fillAgents();
    m_updatingFilters = true;
    setAgent(agent);
    m_updatingFilters = false;
    // "All data" follows the data: new calls may have widened it.
    if (m_presetComboBox->currentData().toInt() == static_cast<int>(PeriodPreset::AllData)) {
        applyPreset();
    } else {
        refresh();
    }
}

void DashboardWidget::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
}

void DashboardWidget::fillAgents()
{
    m_updatingFilters = true;
    m_agentComboBox->clear();
    m_agentComboBox->addItem(tr("All agents"));
    if (m_workspace) {
        const auto agents = m_workspace->agents();
        if (agents) {
            for (const auto &[id, name] : *agents) {
                m_agentComboBox->addItem(name, id);
            }
        } else {
            Q_EMIT errorOccurred(agents.error().toString());
        }
    }
    m_updatingFilters = false;
}

std::optional<std::pair<QDate, QDate>> DashboardWidget::dataRange() const
{
    if (!m_engine) {
        return std::nullopt;
    }
    const auto range = m_engine->dataRange(CallFilter{});
    return range ? *range : std::nullopt;
}

void DashboardWidget::setPreset(PeriodPreset preset)
{
    m_updatingFilters = true;
    m_presetComboBox->setCurrentIndex(m_presetComboBox->findData(static_cast<int>(preset)));
    m_updatingFilters = false;
    applyPreset();
}

void DashboardWidget::applyPreset()
{
    const int presetValue = m_presetComboBox->currentData().toInt();
    if (presetValue < 0) {
        return; // Custom: the date edits decide.
    }
    const auto preset = static_cast<PeriodPreset>(presetValue);
    std::optional<std::pair<QDate, QDate>> range = presetRange(preset, m_today());
    if (!range) {
        const QDate today = m_today();
        range = dataRange().value_or(std::pair{today, today});
    }
    m_updatingFilters = true;
    m_fromDateEdit->setDate(range->first);
    m_toDateEdit->setDate(range->second);
    m_updatingFilters = false;
    refresh();
}

void DashboardWidget::setPeriod(QDate from, QDate to)
{
    m_updatingFilters = true;
    m_presetComboBox->setCurrentIndex(m_presetComboBox->findData(-1));
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    m_updatingFilters = false;
    refresh();
}

void DashboardWidget::onDatesEdited()
{
    m_updatingFilters = true;
    m_presetComboBox->setCurrentIndex(m_presetComboBox->findData(-1));
    if (m_toDateEdit->date() < m_fromDateEdit->date()) {
        m_toDateEdit->setDate(m_fromDateEdit->date());
    }
    m_updatingFilters = false;
    refresh();
}

void DashboardWidget::setAgent(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_agentComboBox->findText(name);
    m_agentComboBox->setCurrentIndex(std::max(index, 0));
}

CallFilter DashboardWidget::filter() const
{
    CallFilter filter;
    filter.from = m_fromDateEdit->date();
    filter.to = m_toDateEdit->date();
    if (m_agentComboBox->currentIndex() > 0) {
        filter.agentId = m_agentComboBox->currentData().toLongLong();
    }
    return filter;
}

KpiTile *DashboardWidget::tile(const QString &kpiId) const
{
    return m_tiles.value(kpiId);
}

void DashboardWidget::refresh()
{
    if (!m_engine) {
        return;
    }
    const CallFilter current = filter();
    const Expected<QList<KpiValue>> kpis = m_engine->kpis(current);
    if (!kpis) {
        Q_EMIT errorOccurred(kpis.error().toString());
        return;
    }
    for (const QString &id : tileIds()) {
        const KpiValue *kpi = findKpi(*kpis, id);
        if (!kpi) {
            continue;
        }
        QString secondary;
        if (id == QLatin1String("csat")) {
            if (const KpiValue *average = findKpi(*kpis, QStringLiteral("csat_average"));
                average && average->value) {
                secondary = tr("mean %1 of 5").arg(formatKpiValue(*average));
            }
        } else if (id == QLatin1String("aht")) {
            // The target assumes talk, hold and after-call work: say which the data had.
            secondary = kpi->label;
        }
        m_tiles.value(id)->setKpi(*kpi, secondary);
    }

    const Expected<QList<GroupKpis>> days = m_engine->kpisByDay(current);
    if (!days) {
        Q_EMIT errorOccurred(days.error().toString());
        return;
    }
    const std::optional<Target> slTarget =
        m_engine->calculator().targets().forKpi(QStringLiteral("service_level"));
    m_trendChart->setDays(*days,
                          *current.from,
                          *current.to,
                          slTarget ? std::optional<double>(slTarget->value) : std::nullopt);

    CallFilter everyAgent = current;
    everyAgent.agentId.reset();
    const Expected<QList<GroupKpis>> agents = m_engine->kpisByAgent(everyAgent);
    if (!agents) {
        Q_EMIT errorOccurred(agents.error().toString());
        return;
    }
    m_leaderboard->setAgents(*agents);

    m_contextLabel->setText(tr("%1 profile · times in %2")
                                .arg(m_engine->calculator().profile().name,
                                     QString::fromUtf8(m_workspace->reportTimeZone().id())));
    const KpiValue *calls = findKpi(*kpis, QStringLiteral("calls"));
    Q_EMIT refreshed(*current.from,
                     *current.to,
                     calls && calls->value ? static_cast<qint64>(*calls->value) : 0);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_leaderboard) {
        m_leaderboard->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace callboard::ui
