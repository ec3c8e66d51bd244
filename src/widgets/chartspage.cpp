// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "chartspage.h"

#include "cpugroups.h"
#include "heatscale.h"
#include "interruptmodel.h"
#include "ratehistorymodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QCategoryAxis>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Charts are readable with this many lines; above it CPUs are grouped.
constexpr int lineLimit = 16;
// Bars stay readable up to this many CPUs.
constexpr int barLimit = 64;
// Five minutes at one sample per second.
constexpr int historyCapacity = 300;

QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(title);
    return view;
}

/// Follows the application palette (dark themes) instead of Qt Charts' fixed light theme.
void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

/// A distinct colour for series @p index of @p count, from the heat scale so that one
/// palette serves everything (and stays readable for colour-blind users).
QColor seriesColor(qsizetype index, qsizetype count)
{
    return HeatScale::color(count <= 1 ? 0.35 : 0.05 + 0.85 * double(index) / double(count - 1));
}

double niceMaximum(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 4.0, 8.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}
// An axis tick as a person reads it: 0, 500, 1.5 k, 40 M (never 4e+07).
QString tickLabel(double value)
{
    const QLocale locale;
    // Ticks are quarters of 1, 2, 4 or 8 × 10^k: the shortest exact form is short ("1.5", "0.25").
    auto number = [&](double scaled) { return locale.toString(scaled, 'g', QLocale::FloatingPointShortest); };
    if (value >= 1e9)
        return ChartsPage::tr("%1 G").arg(number(value / 1e9));
    if (value >= 1e6)
        return ChartsPage::tr("%1 M").arg(number(value / 1e6));
    if (value >= 1e3)
        return ChartsPage::tr("%1 k").arg(number(value / 1e3));
    return number(value);
}

QCategoryAxis *newRateAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setMin(0);
    return axis;
}

// From 0 to @p maximum (a niceMaximum()) with five labelled ticks.
void setRateRange(QCategoryAxis *axis, double maximum)
{
    constexpr int ticks = 5;
    if (axis->count() == ticks && axis->min() == 0 && axis->max() == maximum)
        return;
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    axis->setRange(0, maximum);
    for (int i = 0; i < ticks; ++i) {
        const double value = maximum * i / (ticks - 1);
        axis->append(tickLabel(value), value);
    }
}
} // namespace

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_cpuHistory(new RateHistoryModel(this))
    , m_irqHistory(new RateHistoryModel(this))
{
    m_cpuHistory->setCapacity(historyCapacity);
    m_irqHistory->setCapacity(historyCapacity);

    auto *layout = new QVBoxLayout(this);
    auto *options = new QHBoxLayout;
    m_expandCheck = new QCheckBox(tr("Show &every CPU"), this);
    m_expandCheck->setToolTip(tr("On machines with more than %1 CPUs the charts sum CPUs per NUMA node, package "
                                 "or block; check this to draw every CPU.")
                                  .arg(lineLimit));
    options->addWidget(m_expandCheck);
    options->addStretch();
    layout->addLayout(options);
    connect(m_expandCheck, &QCheckBox::toggled, this, [this](bool expanded) {
        m_expanded = expanded;
        regroup();
    });

    m_cpuView = makeView(tr("Device interrupts per second, per CPU"), this);
    m_irqView = makeView(tr("Selected interrupt per second, per CPU"), this);
    m_timeView = makeView(tr("Share of CPU time in interrupt handlers (%)"), this);
    m_softirqView = makeView(tr("Softirqs per second, per CPU"), this);
    m_cpuView->setObjectName(u"cpuChart"_s);
    m_irqView->setObjectName(u"irqChart"_s);
    m_timeView->setObjectName(u"timeChart"_s);
    m_softirqView->setObjectName(u"softirqChart"_s);
    auto *grid = new QGridLayout;
    grid->addWidget(m_cpuView, 0, 0);
    grid->addWidget(m_irqView, 0, 1);
    grid->addWidget(m_timeView, 1, 0);
    grid->addWidget(m_softirqView, 1, 1);
    layout->addLayout(grid, 1);

    auto setUpLineAxes = [](QChart *chart, QDateTimeAxis *&time, QCategoryAxis *&value) {
        time = new QDateTimeAxis;
        time->setFormat(u"HH:mm:ss"_s);
        time->setTickCount(4);
        value = newRateAxis();
        setRateRange(value, 1);
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(value, Qt::AlignLeft);
    };
    setUpLineAxes(m_cpuView->chart(), m_cpuTime, m_cpuValue);
    setUpLineAxes(m_irqView->chart(), m_irqTime, m_irqValue);
    m_cpuView->setToolTip(tr("Where device interrupts land. One busy line and many flat ones means one CPU "
                             "does all the interrupt work."));
    m_irqView->setToolTip(tr("The interrupt selected in the table, per CPU. After changing its affinity, its "
                             "line should move to the CPUs you chose."));

    auto *timeSeries = new QStackedBarSeries;
    m_hardirqSet = new QBarSet(tr("hardirq"));
    m_softirqSet = new QBarSet(tr("softirq"));
    m_hardirqSet->setColor(HeatScale::color(0.15));
    m_softirqSet->setColor(HeatScale::color(0.75));
    timeSeries->append(m_hardirqSet);
    timeSeries->append(m_softirqSet);
    QChart *timeChart = m_timeView->chart();
    timeChart->addSeries(timeSeries);
    m_timeCategories = new QBarCategoryAxis;
    m_timePercent = new QValueAxis;
    m_timePercent->setRange(0, 100);
    m_timePercent->setLabelFormat(u"%g %%"_s);
    m_timePercent->setTickCount(5);
    timeChart->addAxis(m_timeCategories, Qt::AlignBottom);
    timeChart->addAxis(m_timePercent, Qt::AlignLeft);
    timeSeries->attachAxis(m_timeCategories);
    timeSeries->attachAxis(m_timePercent);
    m_timeView->setToolTip(tr("hardirq: time in interrupt handlers. softirq: time in the deferred work they "
                              "schedule (network receive, timers, block completion). A CPU far above the others "
                              "is the bottleneck."));

    m_softirqSeries = new QStackedBarSeries;
    QChart *softirqChart = m_softirqView->chart();
    softirqChart->addSeries(m_softirqSeries);
    m_softirqCategories = new QBarCategoryAxis;
    m_softirqValue = newRateAxis();
    setRateRange(m_softirqValue, 1);
    softirqChart->addAxis(m_softirqCategories, Qt::AlignBottom);
    softirqChart->addAxis(m_softirqValue, Qt::AlignLeft);
    m_softirqSeries->attachAxis(m_softirqCategories);
    m_softirqSeries->attachAxis(m_softirqValue);
    m_softirqView->setToolTip(tr("Softirq work per CPU by type. NET_RX concentrated on one CPU is what RPS "
                                 "spreads."));

    for (QChartView *view : {m_cpuView, m_irqView, m_timeView, m_softirqView})
        applyPalette(view->chart(), palette());
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setTopology(const CpuTopology &topology)
{
    m_topology = topology;
    regroup();
}

void ChartsPage::setSelectedInterrupt(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    m_irqView->chart()->setTitle(id.isEmpty() ? tr("Selected interrupt per second, per CPU")
                                              : tr("IRQ %1 per second, per CPU").arg(id));
    regroup();
}

void ChartsPage::regroup()
{
    const CpuGroups groups = CpuGroups::make(m_cpus, m_topology, lineLimit, m_expanded);
    m_expandCheck->setVisible(m_cpus.size() > lineLimit);
    // A history is only thrown away when its lines change meaning: the topology is read
    // again every few seconds and usually says the same.
    if (m_cpuHistory->series() != groups.names())
        m_cpuHistory->setSeries(groups.names());
    const QStringList irqSeries = m_selectedId.isEmpty() ? QStringList() : groups.names();
    if (m_irqHistory->series() != irqSeries || m_irqHistoryId != m_selectedId) {
        m_irqHistory->setSeries(irqSeries);
        m_irqHistoryId = m_selectedId;
    }
    redrawLines(m_cpuView->chart(), m_cpuTime, m_cpuValue, m_cpuHistory);
    redrawLines(m_irqView->chart(), m_irqTime, m_irqValue, m_irqHistory);
    updateBars(m_last);
}

void ChartsPage::addSample(const SystemSample &sample)
{
    if (!sample.interrupts)
        return;
    // Keep what updateBars() needs when regroup() redraws, not the per-cell interrupt rates:
    // copying those cost 4 MB and ~1 ms per sample on a 256-CPU x 2000-IRQ machine.
    m_last = {};
    m_last.monotonicNs = sample.monotonicNs;
    m_last.time = sample.time;
    m_last.interrupts = sample.interrupts;
    m_last.softirqs = sample.softirqs;
    m_last.softirqRates = sample.softirqRates;
    m_last.stat = sample.stat;
    m_last.cpuTime = sample.cpuTime;
    if (sample.interrupts->cpus != m_cpus) {
        m_cpus = sample.interrupts->cpus;
        regroup();
    }
    const CpuGroups groups = CpuGroups::make(m_cpus, m_topology, lineLimit, m_expanded);
    const qint64 now = sample.time.isValid() ? sample.time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    if (sample.interruptRates && sample.interruptRates->cpus == m_cpus) {
        const InterruptRates &rates = *sample.interruptRates;
        m_cpuHistory->append(now, groups.sum(rates.deviceRatePerCpu));
        const qsizetype row = m_selectedId.isEmpty() ? -1 : sample.interrupts->indexOf(m_selectedId);
        if (row >= 0) {
            QList<double> perCpu;
            for (qsizetype c = 0; c < m_cpus.size(); ++c)
                perCpu.append(rates.cell(row, c));
            m_irqHistory->append(now, groups.sum(perCpu));
        }
    }
    redrawLines(m_cpuView->chart(), m_cpuTime, m_cpuValue, m_cpuHistory);
    redrawLines(m_irqView->chart(), m_irqTime, m_irqValue, m_irqHistory);
    updateBars(sample);
}

void ChartsPage::redrawLines(QChart *chart, QDateTimeAxis *timeAxis, QCategoryAxis *valueAxis, RateHistoryModel *history)
{
    QList<QAbstractSeries *> series = chart->series();
    const qsizetype count = history->seriesCount();
    // Keep the series objects while the set of series stays: replace() is cheap, re-adding is not.
    if (series.size() != count) {
        chart->removeAllSeries();
        series.clear();
        for (qsizetype s = 0; s < count; ++s) {
            auto *line = new QLineSeries;
            line->setName(history->series().at(s));
            line->setColor(seriesColor(s, count));
            chart->addSeries(line);
            line->attachAxis(timeAxis);
            line->attachAxis(valueAxis);
            series.append(line);
        }
        chart->legend()->setVisible(count > 0 && count <= lineLimit);
    }
    const int rows = history->rowCount();
    for (qsizetype s = 0; s < count; ++s) {
        QList<QPointF> points;
        points.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const double v = history->value(r, s);
            if (!std::isnan(v))
                points.append(QPointF(double(history->time(r)), v));
        }
        static_cast<QLineSeries *>(series[s])->replace(points);
    }
    const qint64 newest = rows > 0 ? history->time(rows - 1) : QDateTime::currentMSecsSinceEpoch();
    const qint64 oldest = rows > 0 ? history->time(0) : newest - 60'000;
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(std::min(oldest, newest - 60'000)),
                       QDateTime::fromMSecsSinceEpoch(newest));
    setRateRange(valueAxis, niceMaximum(history->maximum()));
}

void ChartsPage::updateBars(const SystemSample &sample)
{
    // Percent of time: means over groups; softirqs per second: sums.
    QList<int> statCpus;
    QList<double> hardirq;
    QList<double> softirq;
    for (const CpuTimeShare &share : sample.cpuTime) {
        statCpus.append(share.cpu);
        hardirq.append(share.irq);
        softirq.append(share.softirq);
    }
    // Kernels without CONFIG_IRQ_TIME_ACCOUNTING (and many VMs) never count this time: say so
    // rather than draw a chart of zeros that looks like "no interrupt load".
    const bool accounted = !sample.stat || sample.stat->all.irq + sample.stat->all.softirq > 0;
    m_timeView->chart()->setTitle(accounted ? tr("Share of CPU time in interrupt handlers (%)")
                                            : tr("Share of CPU time in interrupt handlers (%): this kernel does "
                                                 "not account it"));
    const CpuGroups timeGroups = CpuGroups::make(statCpus, m_topology, barLimit, m_expanded);
    const QList<double> hard = timeGroups.mean(hardirq);
    const QList<double> soft = timeGroups.mean(softirq);
    m_hardirqSet->remove(0, m_hardirqSet->count());
    m_softirqSet->remove(0, m_softirqSet->count());
    for (qsizetype g = 0; g < timeGroups.size(); ++g) {
        m_hardirqSet->append(std::isnan(hard[g]) ? 0.0 : hard[g]);
        m_softirqSet->append(std::isnan(soft[g]) ? 0.0 : soft[g]);
    }
    const QStringList timeNames = timeGroups.names();
    if (m_timeCategories->categories() != timeNames) {
        m_timeCategories->clear();
        m_timeCategories->append(timeNames);
    }
    double highest = 0;
    for (qsizetype g = 0; g < timeGroups.size(); ++g)
        highest = std::max(highest, m_hardirqSet->at(g) + m_softirqSet->at(g));
    m_timePercent->setRange(0, std::clamp(niceMaximum(highest), 1.0, 100.0));

    if (!sample.softirqRates) {
        m_softirqSeries->clear();
        return;
    }
    const SoftirqRates &rates = *sample.softirqRates;
    const CpuGroups softGroups = CpuGroups::make(rates.cpus, m_topology, barLimit, m_expanded);
    const QStringList softNames = softGroups.names();
    if (m_softirqCategories->categories() != softNames) {
        m_softirqCategories->clear();
        m_softirqCategories->append(softNames);
    }
    // One set per softirq type that did anything, in the kernel's order.
    QList<QBarSet *> sets = m_softirqSeries->barSets();
    QStringList active;
    QList<QList<double>> values;
    for (qsizetype t = 0; t < rates.types.size(); ++t) {
        QList<double> perCpu;
        for (qsizetype c = 0; c < rates.cpus.size(); ++c)
            perCpu.append(rates.cell(t, c));
        const QList<double> grouped = softGroups.sum(perCpu);
        if (std::any_of(grouped.cbegin(), grouped.cend(), [](double v) { return v > 0; })) {
            active.append(rates.types[t]);
            values.append(grouped);
        }
    }
    QStringList current;
    for (QBarSet *set : sets)
        current.append(set->label());
    if (current != active) {
        m_softirqSeries->clear();
        for (qsizetype i = 0; i < active.size(); ++i) {
            auto *set = new QBarSet(active[i]);
            set->setColor(seriesColor(i, active.size()));
            m_softirqSeries->append(set);
        }
        sets = m_softirqSeries->barSets();
    }
    double tallest = 0;
    QList<double> stack(softGroups.size(), 0.0);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets[i];
        set->remove(0, set->count());
        for (qsizetype g = 0; g < softGroups.size(); ++g) {
            const double v = std::isnan(values[i][g]) ? 0.0 : values[i][g];
            set->append(v);
            stack[g] += v;
            tallest = std::max(tallest, stack[g]);
        }
    }
    setRateRange(m_softirqValue, niceMaximum(tallest));
    applyPalette(m_softirqView->chart(), palette());
}

QStringList ChartsPage::timeShareCategories() const
{
    return m_timeCategories->categories();
}

QList<double> ChartsPage::hardirqShares() const
{
    QList<double> values;
    for (int i = 0; i < m_hardirqSet->count(); ++i)
        values.append(m_hardirqSet->at(i));
    return values;
}

QList<double> ChartsPage::softirqShares() const
{
    QList<double> values;
    for (int i = 0; i < m_softirqSet->count(); ++i)
        values.append(m_softirqSet->at(i));
    return values;
}
