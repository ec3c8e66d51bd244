// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "affinitydialog.h"
#include "applogging.h"
#include "chartspage.h"
#include "cpuloadmodel.h"
#include "defaultaffinitydialog.h"
#include "heatmapwidget.h"
#include "helpererrors.h"
#include "interruptfilterproxymodel.h"
#include "interruptmodel.h"
#include "irqbalancedetector.h"
#include "irqdetailpanel.h"
#include "softirqmodel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Affinity, nodes and queues change rarely and cost a read per IRQ: refresh them every
// this many samples, not every tick.
constexpr int stateRefreshSamples = 5;
constexpr int defaultIntervalMs = 1000;
} // namespace

MainWindow::MainWindow(SystemRoot root, Source source, const Snapshot::Meta *snapshotMeta, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_root(root)
    , m_source(source)
    , m_sampler(std::move(root))
{
    m_ui->setupUi(this);
    m_refreshWatcher = new QFutureWatcher<StateRead>(this);
    m_interruptModel = new InterruptModel(this);
    m_proxy = new InterruptFilterProxyModel(this);
    m_proxy->setSourceModel(m_interruptModel);

    setUpActions();
    setUpInterruptPage();
    setUpOtherPages();
    setUpBanner(snapshotMeta);

    if (m_source != Source::Snapshot) {
        m_helper = new HelperClient(this);
        m_helperAvailable = m_helper->isAvailable();
        connect(m_helper, &HelperClient::applied, this, [this] {
            m_undo.clear();
            m_undoDefault.reset();
            refreshSystemState();
            statusBar()->showMessage(tr("The previous affinities are back."), 5000);
            updateAffinityActions();
        });
        connect(m_helper, &HelperClient::applyFailed, this, [this](const QString &, const QString &sentence) {
            statusBar()->showMessage(tr("Undo failed: %1").arg(sentence));
            updateAffinityActions();
        });
    }
    if (m_source != Source::Snapshot && !m_helperAvailable) {
        m_helperBanner = new QLabel(tr("Changing affinities needs the IRQ Scope helper, which is not installed: see "
                                       "README (sudo cmake --install build/dev)."),
            this);
        m_helperBanner->setWordWrap(true);
        m_helperBanner->setMargin(6);
        m_helperBanner->setAutoFillBackground(true);
        m_helperBanner->setBackgroundRole(QPalette::AlternateBase);
        m_ui->centralLayout->insertWidget(1, m_helperBanner);
    }

    m_kernelLabel = new QLabel(this);
    m_cpusLabel = new QLabel(this);
    m_rateLabel = new QLabel(this);
    m_timeLabel = new QLabel(this);
    m_irqbalanceLabel = new QLabel(this);
    for (QLabel *label : {m_kernelLabel, m_cpusLabel, m_rateLabel, m_timeLabel, m_irqbalanceLabel})
        statusBar()->addPermanentWidget(label);
    m_kernelLabel->setToolTip(tr("The running kernel's release"));
    m_cpusLabel->setToolTip(tr("CPUs online now, of the CPUs the kernel could use"));
    m_rateLabel->setToolTip(tr("Device interrupts per second on all CPUs, over the last interval"));
    m_timeLabel->setToolTip(tr("When the numbers were last read"));

    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MainWindow::sampleNow);

    restoreSettings();
    refreshSystemState();
    sampleNow();
    updateAffinityActions();
    if (m_source != Source::Snapshot && !isPaused())
        m_timer.start(interval());
}

MainWindow::~MainWindow()
{
    m_refreshWatcher->waitForFinished(); // its result would land in a half-destroyed window
}

void MainWindow::setUpActions()
{
    m_ui->actionQuit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_ui->actionPause->setIcon(QIcon::fromTheme(u"media-playback-pause"_s));
    m_ui->actionSaveSnapshot->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_ui->actionFind->setIcon(QIcon::fromTheme(u"edit-find"_s));
    m_ui->actionShowCounts->setIcon(QIcon::fromTheme(u"format-number-percent"_s));
    m_ui->actionSetAffinity->setIcon(QIcon::fromTheme(u"configure"_s));
    m_ui->actionSetDefaultAffinity->setIcon(QIcon::fromTheme(u"cpu"_s, QIcon::fromTheme(u"configure"_s)));
    m_ui->actionUndoAffinity->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSetAffinity, &QAction::triggered, this, &MainWindow::openAffinityDialog);
    connect(m_ui->actionSetDefaultAffinity, &QAction::triggered, this, &MainWindow::openDefaultAffinityDialog);
    connect(m_ui->actionUndoAffinity, &QAction::triggered, this, &MainWindow::undoLastAffinityChange);
    connect(m_ui->actionSaveSnapshot, &QAction::triggered, this, &MainWindow::saveSnapshot);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->interruptsPage);
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionPause, &QAction::toggled, this, [this](bool paused) {
        m_ui->actionPause->setText(paused ? tr("&Resume") : tr("&Pause"));
        m_ui->actionPause->setIcon(QIcon::fromTheme(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
        if (paused) {
            m_timer.stop();
        } else if (m_source != Source::Snapshot) {
            // The interval since the last sample was not a normal one: start rates afresh.
            m_sampler.reset();
            sampleNow();
            m_timer.start(interval());
        }
        statusBar()->showMessage(paused ? tr("Paused: the numbers stay as they are.") : tr("Sampling resumed."), 3000);
    });
    connect(m_ui->actionShowCounts, &QAction::toggled, this, [this](bool counts) {
        m_interruptModel->setCpuValues(counts ? InterruptModel::CpuValues::Counts : InterruptModel::CpuValues::Rates);
        // The heatmap shows counts when it is given no rates.
        if (m_lastSample.interrupts)
            m_heatmap->setData(m_lastSample.interrupts, counts ? nullptr : m_lastSample.interruptRates);
    });

    m_intervalCombo = new QComboBox(this);
    m_intervalCombo->setAccessibleName(tr("Sampling interval"));
    m_intervalCombo->setToolTip(tr("How often the numbers are read. Rates are averages over this interval."));
    for (const int ms : {500, 1000, 2000, 5000})
        m_intervalCombo->addItem(tr("Every %1 s").arg(QLocale().toString(ms / 1000.0, 'g', 2)), ms);
    m_intervalCombo->setCurrentIndex(m_intervalCombo->findData(defaultIntervalMs));
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_intervalCombo);
    connect(m_intervalCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_timer.isActive())
            m_timer.start(interval());
    });

    if (m_source == Source::Snapshot) {
        m_ui->actionPause->setEnabled(false);
        m_ui->actionPause->setToolTip(tr("A snapshot does not change: there is nothing to pause."));
        m_intervalCombo->setEnabled(false);
    }
}

void MainWindow::setUpInterruptPage()
{
    QTableView *view = m_ui->interruptView;
    view->setModel(m_proxy);
    view->sortByColumn(InterruptModel::IdColumn, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setColumnWidth(InterruptModel::NameColumn, view->fontMetrics().horizontalAdvance(u"virtio0-input.0 xx"_s));
    // Less common columns start hidden; the header's context menu brings them back.
    for (const int column : {int(InterruptModel::ChipColumn), int(InterruptModel::HwirqColumn),
             int(InterruptModel::TriggerColumn), int(InterruptModel::NodeColumn)}) {
        auto *toggle = new QAction(m_interruptModel->headerData(column, Qt::Horizontal).toString(), view);
        toggle->setCheckable(true);
        connect(toggle, &QAction::toggled, view, [view, column](bool shown) { view->setColumnHidden(column, !shown); });
        view->horizontalHeader()->addAction(toggle);
        view->setColumnHidden(column, true);
    }

    m_detailPanel = new IrqDetailPanel;
    m_ui->detailArea->setWidget(m_detailPanel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 300});
    // Numbers and CPU lists are short: narrow columns leave room for more CPUs.
    view->horizontalHeader()->setDefaultSectionSize(view->fontMetrics().horizontalAdvance(u"12,345 k/s"_s) + 16);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetailPanel);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateAffinityActions);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_proxy->mapToSource(index).column() == InterruptModel::AffinityColumn)
            openAffinityDialog();
    });

    m_ui->kindCombo->addItem(tr("All interrupts"), int(InterruptFilterProxyModel::KindFilter::All));
    m_ui->kindCombo->addItem(tr("Device IRQs"), int(InterruptFilterProxyModel::KindFilter::DeviceIrqs));
    m_ui->kindCombo->addItem(tr("Architecture rows"), int(InterruptFilterProxyModel::KindFilter::ArchRows));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKindFilter(InterruptFilterProxyModel::KindFilter(m_ui->kindCombo->currentData().toInt()));
    });
    m_ui->interfaceCombo->addItem(tr("Any interface"), QString());
    connect(m_ui->interfaceCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setInterfaceFilter(m_ui->interfaceCombo->currentData().toString()); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &InterruptFilterProxyModel::setFilterText);
    connect(m_ui->hideIdleCheck, &QCheckBox::toggled, m_proxy, &InterruptFilterProxyModel::setHideIdle);
}

void MainWindow::setUpOtherPages()
{
    m_heatmap = new HeatmapWidget(m_ui->heatmapPage);
    m_ui->heatmapLayout->addWidget(m_heatmap);
    m_heatmap->setToolTip(tr("Each cell is one interrupt on one CPU, brighter = busier. Ctrl+wheel or +/- zooms, "
                             "Enter selects the interrupt in the table."));
    connect(m_heatmap, &HeatmapWidget::cellActivated, this, [this](const QString &id, int) {
        if (selectInterrupt(id))
            m_ui->tabs->setCurrentWidget(m_ui->interruptsPage);
    });

    m_charts = new ChartsPage(m_ui->chartsPage);
    m_ui->chartsLayout->addWidget(m_charts);

    auto addTable = [this](QWidget *page, QLayout *layout, QAbstractItemModel *model, const QString &name) {
        auto *proxy = new QSortFilterProxyModel(page);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole + 1); // every model's SortRole: the raw value
        auto *view = new QTableView(page);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        // Sized once from the headers, never to the contents at every sample: on a 256-CPU
        // machine, ResizeToContents measured every cell at each repaint (30 ms a tick).
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setDefaultSectionSize(view->fontMetrics().horizontalAdvance(u"12,345.6 k/s"_s) + 16);
        auto fitToHeaders = [header] {
            for (int section = 0; section < header->count(); ++section)
                header->resizeSection(section, std::max(header->defaultSectionSize(), header->sectionSizeHint(section)));
        };
        connect(proxy, &QAbstractItemModel::modelReset, view, fitToHeaders);
        connect(proxy, &QAbstractItemModel::columnsInserted, view, fitToHeaders);
        connect(proxy, &QAbstractItemModel::headerDataChanged, view, fitToHeaders);
        view->setAccessibleName(name);
        layout->addWidget(view);
        return view;
    };
    m_softirqModel = new SoftirqModel(this);
    auto *softirqView = addTable(m_ui->softirqPage, m_ui->softirqLayout, m_softirqModel, tr("Softirqs"));
    softirqView->sortByColumn(0, Qt::AscendingOrder);
    m_cpuLoadModel = new CpuLoadModel(this);
    auto *cpuView = addTable(m_ui->cpuPage, m_ui->cpuLayout, m_cpuLoadModel, tr("CPUs"));
    cpuView->sortByColumn(0, Qt::AscendingOrder);
}

QString MainWindow::selectedInterrupt() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->interruptView->currentIndex());
    const InterruptRow *row = current.isValid() ? m_interruptModel->interruptRow(current.row()) : nullptr;
    return row ? row->id : QString();
}

void MainWindow::setUpBanner(const Snapshot::Meta *snapshotMeta)
{
    switch (m_source) {
    case Source::Live:
        m_ui->banner->hide();
        return;
    case Source::Directory:
        m_ui->bannerLabel->setText(
            tr("Showing the system under <b>%1</b>, not this machine.").arg(m_root.description().toHtmlEscaped()));
        break;
    case Source::Snapshot: {
        QString what = tr("Snapshot <b>%1</b>").arg(m_root.description().toHtmlEscaped());
        if (snapshotMeta) {
            what = tr("Snapshot of <b>%1</b> (kernel %2), taken %3 — read-only.")
                       .arg(snapshotMeta->hostname.isEmpty() ? tr("an unnamed machine")
                                                             : snapshotMeta->hostname.toHtmlEscaped(),
                           snapshotMeta->kernelRelease.isEmpty() ? tr("unknown")
                                                                 : snapshotMeta->kernelRelease.toHtmlEscaped(),
                           QLocale().toString(snapshotMeta->takenAt.toLocalTime(), QLocale::LongFormat));
        }
        m_ui->bannerLabel->setText(what + u' ' + tr("Counts are as they were then; there are no rates."));
        setWindowTitle(tr("%1 — IRQ Scope (snapshot)").arg(m_root.description()));
        break;
    }
    }
    m_ui->banner->setAutoFillBackground(true);
    m_ui->banner->setBackgroundRole(QPalette::AlternateBase);
}

int MainWindow::interval() const
{
    return m_intervalCombo->currentData().toInt();
}

void MainWindow::setInterval(int milliseconds)
{
    const int index = m_intervalCombo->findData(milliseconds);
    if (index >= 0)
        m_intervalCombo->setCurrentIndex(index);
}

bool MainWindow::isPaused() const
{
    return m_ui->actionPause->isChecked();
}

void MainWindow::sampleNow()
{
    SystemSample sample = m_sampler.sample();
    for (const SourceIssue &issue : std::as_const(sample.issues))
        qCWarning(IRQSCOPE_APP).noquote() << issue.toString();
    if (!sample.interrupts) {
        const QString why = sample.issues.isEmpty() ? tr("no data") : sample.issues.constFirst().toString();
        statusBar()->showMessage(tr("Cannot read the interrupts: %1").arg(why));
        return;
    }
    ++m_sampleCount;
    const bool first = m_sampleCount == 1;
    if (m_sampleCount % stateRefreshSamples == 0 && m_source != Source::Snapshot)
        refreshSystemStateInBackground();
    m_interruptModel->setSample(sample);
    m_heatmap->setData(sample.interrupts,
                       m_ui->actionShowCounts->isChecked() ? nullptr : sample.interruptRates);
    m_charts->addSample(sample);
    m_softirqModel->setSample(sample);
    m_cpuLoadModel->setSample(sample);
    m_lastSample = std::move(sample);
    if (first && !m_columnsRestored) {
        // Fit the device names once, within reason; the user's widths win afterwards.
        QTableView *view = m_ui->interruptView;
        view->resizeColumnToContents(InterruptModel::NameColumn);
        view->resizeColumnToContents(InterruptModel::TotalColumn); // 12-digit totals on busy servers
        view->setColumnWidth(InterruptModel::NameColumn,
                             std::min(view->columnWidth(InterruptModel::NameColumn),
                                      view->fontMetrics().horizontalAdvance(QString(32, u'x'))));
    }
    updateDetailPanel();
    updateStatusBar(m_lastSample);
    Q_EMIT sampled();
}

MainWindow::StateRead MainWindow::readSystemState(const SystemRoot &root)
{
    StateRead read;
    read.state = std::make_shared<const SystemState>(SystemReader::read(root,
        SystemReader::Part::Identity | SystemReader::Part::Irqs | SystemReader::Part::Topology
            | SystemReader::Part::Network | SystemReader::Part::Interrupts));
    read.irqbalancePid = IrqBalanceDetector::find(root);
    return read;
}

void MainWindow::refreshSystemState()
{
    ++m_stateGeneration;
    applySystemState(readSystemState(m_root));
}

void MainWindow::refreshSystemStateInBackground()
{
    if (m_refreshWatcher->isRunning())
        return; // a slow disk or a huge machine: skip a refresh rather than queue them
    const int generation = m_stateGeneration;
    disconnect(m_refreshWatcher, &QFutureWatcherBase::finished, this, nullptr);
    connect(m_refreshWatcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation == m_stateGeneration)
            applySystemState(m_refreshWatcher->result());
    });
    // SystemReader and IrqBalanceDetector share nothing with this thread but the root (a value).
    m_refreshWatcher->setFuture(QtConcurrent::run([root = m_root] { return readSystemState(root); }));
}

void MainWindow::applySystemState(StateRead read)
{
    for (const SourceIssue &issue : std::as_const(read.state->issues))
        qCWarning(IRQSCOPE_APP).noquote() << issue.toString();
    m_state = std::move(read.state);
    updatePending();
    m_interruptModel->setSystemState(m_state);
    m_charts->setTopology(m_state->topology);
    updateInterfaceFilter();

    m_kernelLabel->setText(
        m_state->kernelRelease.isEmpty() ? tr("Kernel unknown") : tr("Linux %1").arg(m_state->kernelRelease));
    const CpuTopology &topology = m_state->topology;
    if (!topology.online.isEmpty())
        m_cpusLabel->setText(tr("CPUs online: %1").arg(topology.online.count()));
    if (m_source == Source::Snapshot) {
        m_irqbalanceLabel->setText(QString());
    } else if (const auto pid = read.irqbalancePid) {
        m_irqbalanceLabel->setText(tr("irqbalance is running"));
        m_irqbalanceLabel->setToolTip(tr("irqbalance (PID %1) rewrites interrupt affinities every few seconds: "
                                         "masks you set may be moved back.")
                                          .arg(*pid));
    } else {
        m_irqbalanceLabel->setText(tr("irqbalance is not running"));
        m_irqbalanceLabel->setToolTip(tr("No irqbalance process: affinities stay as they are set."));
    }
    updateAffinityActions(); // the default affinity in the tooltip
}

void MainWindow::updateInterfaceFilter()
{
    QStringList interfaces;
    for (const IrqQueueBinding &binding : std::as_const(m_state->queueOfIrq)) {
        if (!interfaces.contains(binding.interface))
            interfaces.append(binding.interface);
    }
    interfaces.sort();
    QStringList shown;
    for (int i = 1; i < m_ui->interfaceCombo->count(); ++i)
        shown.append(m_ui->interfaceCombo->itemData(i).toString());
    if (shown == interfaces)
        return;
    const QString current = m_ui->interfaceCombo->currentData().toString();
    QSignalBlocker blocker(m_ui->interfaceCombo);
    while (m_ui->interfaceCombo->count() > 1)
        m_ui->interfaceCombo->removeItem(1);
    for (const QString &name : std::as_const(interfaces))
        m_ui->interfaceCombo->addItem(name, name);
    const int index = m_ui->interfaceCombo->findData(current);
    m_ui->interfaceCombo->setCurrentIndex(std::max(index, 0));
    m_ui->interfaceCombo->setVisible(!interfaces.isEmpty());
}

void MainWindow::updateDetailPanel()
{
    const QString selected = selectedInterrupt();
    m_charts->setSelectedInterrupt(selected);
    m_heatmap->setHighlightedIrq(selected);
    const QModelIndex current = m_proxy->mapToSource(m_ui->interruptView->currentIndex());
    const InterruptTable *table = m_interruptModel->table();
    if (!current.isValid() || !table || current.row() >= table->rows.size()) {
        m_detailPanel->showNothing();
        return;
    }
    m_detailPanel->showInterrupt(*table, current.row(), m_interruptModel->rates(), m_state.get());
}

void MainWindow::updateStatusBar(const SystemSample &sample)
{
    if (sample.interruptRates)
        m_rateLabel->setText(
            tr("Device IRQs: %1").arg(InterruptModel::formatRate(sample.interruptRates->deviceTotal)));
    else
        m_rateLabel->setText(m_source == Source::Snapshot ? tr("No rates in a snapshot") : tr("Measuring…"));
    if (m_source != Source::Snapshot)
        m_timeLabel->setText(tr("Read at %1").arg(QLocale().toString(sample.time.time(), QLocale::ShortFormat)));
    if (m_cpusLabel->text().isEmpty() && sample.interrupts)
        m_cpusLabel->setText(tr("CPUs: %1").arg(sample.interrupts->cpus.size()));
}

bool MainWindow::selectInterrupt(const QString &id)
{
    const int row = m_interruptModel->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_interruptModel->index(row, InterruptModel::IdColumn));
    if (!index.isValid())
        return false;
    m_ui->interruptView->setCurrentIndex(index);
    m_ui->interruptView->scrollTo(index);
    return true;
}

bool MainWindow::showPage(const QString &name)
{
    const QHash<QString, QWidget *> pages = {
        {u"interrupts"_s, m_ui->interruptsPage}, {u"heatmap"_s, m_ui->heatmapPage}, {u"charts"_s, m_ui->chartsPage},
        {u"softirqs"_s, m_ui->softirqPage},      {u"cpus"_s, m_ui->cpuPage},
    };
    QWidget *page = pages.value(name.toLower());
    if (!page)
        return false;
    m_ui->tabs->setCurrentWidget(page);
    return true;
}

QStringList MainWindow::statusTexts() const
{
    QStringList texts;
    for (QLabel *label : {m_kernelLabel, m_cpusLabel, m_rateLabel, m_timeLabel, m_irqbalanceLabel}) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

QStringList MainWindow::selectedInterrupts() const
{
    QStringList ids;
    QModelIndexList rows = m_ui->interruptView->selectionModel()->selectedRows();
    // The table's order: the first row gives the dialog its initial mask.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const InterruptRow *row = m_interruptModel->interruptRow(m_proxy->mapToSource(index).row());
        if (row)
            ids.append(row->id);
    }
    if (ids.isEmpty() && !selectedInterrupt().isEmpty())
        ids.append(selectedInterrupt());
    return ids;
}

void MainWindow::setHelperWritesThisRoot(bool writes)
{
    m_helperWritesThisRoot = writes;
    updateAffinityActions();
}

void MainWindow::updateAffinityActions()
{
    // Why nothing can be edited in this window at all; both set actions share it.
    QString why;
    if (m_source == Source::Snapshot)
        why = tr("A snapshot is read-only: affinities can only be set on a running system.");
    else if (m_source == Source::Directory && !m_helperWritesThisRoot)
        why = tr("This window shows %1, not this machine; the helper would change the live system's "
                 "interrupts, so editing is off here.")
                  .arg(m_root.description());
    else if (!m_helperAvailable)
        why = tr("The IRQ Scope helper is not installed: see README (sudo cmake --install build/dev).");

    QAction *set = m_ui->actionSetAffinity;
    QString whyNotSet = why;
    if (whyNotSet.isEmpty() && !m_ui->interruptView->selectionModel()->hasSelection() && selectedInterrupt().isEmpty())
        whyNotSet = tr("Select one or more interrupts in the table first.");
    set->setEnabled(whyNotSet.isEmpty());
    set->setToolTip(
        whyNotSet.isEmpty() ? tr("Choose the CPUs the selected interrupts are sent to (Ctrl+E)") : whyNotSet);

    QAction *setDefault = m_ui->actionSetDefaultAffinity;
    const std::optional<CpuSet> current = m_state ? m_state->defaultAffinity : std::nullopt;
    QString whyNotDefault = why;
    if (whyNotDefault.isEmpty() && !current)
        whyNotDefault = tr("The default affinity cannot be read on this system (/proc/irq/default_smp_affinity).");
    setDefault->setEnabled(whyNotDefault.isEmpty());
    // The tooltip teaches what the default is, so it is there when the action is off, too.
    const QString what = current ? tr("The default affinity is the mask an interrupt gets when a driver requests "
                                      "it (now %1). Interrupts that exist keep their masks.")
                                       .arg(current->toCpuList())
                                 : tr("The default affinity is the mask an interrupt gets when a driver requests "
                                      "it. Interrupts that exist keep their masks.");
    setDefault->setToolTip(whyNotDefault.isEmpty()
            ? tr("Choose the CPUs new interrupts are sent to (Ctrl+Shift+E).") + u' ' + what
            : whyNotDefault + u' ' + what);
    setDefault->setStatusTip(whyNotDefault.isEmpty() ? what : whyNotDefault);

    QAction *undo = m_ui->actionUndoAffinity;
    const bool canUndo = !m_undo.isEmpty() || m_undoDefault;
    undo->setEnabled(m_helper && canUndo && !m_helper->isBusy());
    if (!canUndo)
        undo->setToolTip(tr("No affinity change to undo in this session."));
    else if (m_undoDefault)
        undo->setToolTip(
            tr("Put back the default affinity for new interrupts, %1 (Ctrl+Z)").arg(m_undoDefault->toCpuList()));
    else
        undo->setToolTip(tr("Put back the masks the last applied change replaced (Ctrl+Z)"));
}

AffinityDialog *MainWindow::openAffinityDialog()
{
    updateAffinityActions();
    if (!m_ui->actionSetAffinity->isEnabled() || !m_state)
        return nullptr;
    auto *dialog = new AffinityDialog(m_state, m_root, selectedInterrupts(), m_refusedManaged, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AffinityDialog::applied, this,
        [this, dialog](const QList<HelperClient::Change> &changes, const QList<HelperClient::Change> &previous) {
            recordApplied(changes, previous);
            dialog->showResults(*m_state);
        });
    connect(dialog, &AffinityDialog::managedIrqRefused, this, [this](uint irq) { m_refusedManaged.insert(irq); });
    dialog->show();
    return dialog;
}

DefaultAffinityDialog *MainWindow::openDefaultAffinityDialog()
{
    updateAffinityActions();
    if (!m_ui->actionSetDefaultAffinity->isEnabled() || !m_state)
        return nullptr;
    auto *dialog = new DefaultAffinityDialog(m_state, m_root, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DefaultAffinityDialog::applied, this,
        [this, dialog](const CpuSet &cpus, const std::optional<CpuSet> &previous) {
            recordDefaultApplied(cpus, previous);
            dialog->showResult(*m_state);
        });
    dialog->show();
    return dialog;
}

void MainWindow::recordApplied(const QList<HelperClient::Change> &changes, const QList<HelperClient::Change> &previous)
{
    m_undo = previous;
    m_undoDefault.reset();
    for (const HelperClient::Change &change : changes)
        m_requested.insert(change.irq, change.cpus);
    refreshSystemState();
    statusBar()->showMessage(tr("Affinity set for %n interrupt(s).", nullptr, int(changes.size())), 5000);
    updateAffinityActions();
}

void MainWindow::recordDefaultApplied(const CpuSet &cpus, const std::optional<CpuSet> &previous)
{
    m_undo.clear();
    m_undoDefault = previous;
    refreshSystemState();
    statusBar()->showMessage(tr("New interrupts now get CPUs %1 by default.").arg(cpus.toCpuList()), 5000);
    updateAffinityActions();
}

void MainWindow::undoLastAffinityChange()
{
    if (!m_helper || m_helper->isBusy())
        return;
    if (m_undoDefault) {
        m_helper->applyDefaultAffinity(*m_undoDefault);
        updateAffinityActions();
        return;
    }
    if (m_undo.isEmpty())
        return;
    for (const HelperClient::Change &change : std::as_const(m_undo))
        m_requested.insert(change.irq, change.cpus);
    m_helper->applyAffinities(m_undo);
    updateAffinityActions();
}

void MainWindow::updatePending()
{
    // The effective mask follows the requested one only when the next interrupt arrives on
    // some controllers (x86 without interrupt remapping): until then, it is pending.
    for (auto it = m_requested.begin(); it != m_requested.end();) {
        const IrqInfo *info = m_state->irq(it.key());
        if (!info || !info->effective || info->effective->isSubsetOf(it.value()))
            it = m_requested.erase(it);
        else
            ++it;
    }
    m_interruptModel->setPendingIrqs(pendingIrqs());
}

QSet<uint> MainWindow::pendingIrqs() const
{
    const auto keys = m_requested.keys();
    return QSet<uint>(keys.cbegin(), keys.cend());
}

QAction *MainWindow::setAffinityAction() const
{
    return m_ui->actionSetAffinity;
}

QAction *MainWindow::setDefaultAffinityAction() const
{
    return m_ui->actionSetDefaultAffinity;
}

QAction *MainWindow::undoAffinityAction() const
{
    return m_ui->actionUndoAffinity;
}

QString MainWindow::helperBannerText() const
{
    return m_helperBanner ? m_helperBanner->text() : QString();
}

void MainWindow::saveSnapshot()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Snapshot"),
        u"irqscope-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate)), tr("IRQ Scope snapshots (*.json)"));
    if (file.isEmpty())
        return;
    const Snapshot snapshot = Snapshot::capture(m_root);
    QString error;
    if (!snapshot.save(file, &error)) {
        QMessageBox::warning(this, tr("Snapshot Not Saved"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Snapshot saved to %1 (files read: %2)").arg(file).arg(snapshot.contents().files.size()), 5000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"MainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"MainWindow/state"_s).toByteArray());
    m_ui->splitter->restoreState(settings.value(u"MainWindow/splitter"_s).toByteArray());
    m_columnsRestored
        = m_ui->interruptView->horizontalHeader()->restoreState(settings.value(u"MainWindow/columns"_s).toByteArray());
    setInterval(settings.value(u"Sampling/interval"_s, defaultIntervalMs).toInt());
    m_ui->actionShowCounts->setChecked(settings.value(u"View/showCounts"_s, false).toBool());
    m_ui->hideIdleCheck->setChecked(settings.value(u"View/hideIdle"_s, false).toBool());
    m_ui->tabs->setCurrentIndex(settings.value(u"View/tab"_s, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"MainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"MainWindow/state"_s, saveState());
    settings.setValue(u"MainWindow/splitter"_s, m_ui->splitter->saveState());
    settings.setValue(u"MainWindow/columns"_s, m_ui->interruptView->horizontalHeader()->saveState());
    settings.setValue(u"Sampling/interval"_s, interval());
    settings.setValue(u"View/showCounts"_s, m_ui->actionShowCounts->isChecked());
    settings.setValue(u"View/hideIdle"_s, m_ui->hideIdleCheck->isChecked());
    settings.setValue(u"View/tab"_s, m_ui->tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
