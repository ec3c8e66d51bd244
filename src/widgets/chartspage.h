// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cputopology.h"
#include "systemsampler.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QCheckBox;
class QDateTimeAxis;
class QLabel;
class QStackedBarSeries;
class QCategoryAxis;
class QValueAxis;
class RateHistoryModel;

/**
 * The charts of the main window, on Qt Charts:
 * 1. device interrupts per second per CPU over the last minutes;
 * 2. the selected interrupt's rate per CPU over the same time;
 * 3. the share of each CPU's time spent in hardirq and softirq context, as bars, so that
 *    "CPU 0 spends 30 % in interrupts" is visible at a glance;
 * 4. softirqs per second per CPU, stacked by type.
 * Above 16 CPUs (64 for the bars) CPUs are grouped by NUMA node, package or block
 * (CpuGroups); "Show every CPU" expands them. Histories are bounded RateHistoryModels; the
 * page only maps them onto series.
 */
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setTopology(const CpuTopology &topology);
    /// Appends one sample to the histories and redraws.
    void addSample(const SystemSample &sample);
    /// The interrupt whose rate chart 2 follows (`42`, `LOC`); empty for none.
    void setSelectedInterrupt(const QString &id);

    RateHistoryModel *cpuHistory() const { return m_cpuHistory; }
    RateHistoryModel *irqHistory() const { return m_irqHistory; }
    /// The categories currently on the time-share bars, for tests.
    QStringList timeShareCategories() const;
    /// The hardirq and softirq bar values, for tests.
    QList<double> hardirqShares() const;
    QList<double> softirqShares() const;

private:
    void regroup();
    void redrawLines(QChart *chart, QDateTimeAxis *timeAxis, QCategoryAxis *valueAxis, RateHistoryModel *history);
    void updateBars(const SystemSample &sample);

    CpuTopology m_topology;
    QList<int> m_cpus;
    bool m_expanded = false;
    QString m_selectedId;
    QString m_irqHistoryId; // the interrupt m_irqHistory holds

    SystemSample m_last;

    RateHistoryModel *m_cpuHistory = nullptr;
    RateHistoryModel *m_irqHistory = nullptr;
    QCheckBox *m_expandCheck = nullptr;
    QChartView *m_cpuView = nullptr;
    QChartView *m_irqView = nullptr;
    QChartView *m_timeView = nullptr;
    QChartView *m_softirqView = nullptr;
    QDateTimeAxis *m_cpuTime = nullptr;
    QCategoryAxis *m_cpuValue = nullptr;
    QDateTimeAxis *m_irqTime = nullptr;
    QCategoryAxis *m_irqValue = nullptr;
    QBarCategoryAxis *m_timeCategories = nullptr;
    QValueAxis *m_timePercent = nullptr;
    QBarSet *m_hardirqSet = nullptr;
    QBarSet *m_softirqSet = nullptr;
    QStackedBarSeries *m_softirqSeries = nullptr;
    QBarCategoryAxis *m_softirqCategories = nullptr;
    QCategoryAxis *m_softirqValue = nullptr;
};
