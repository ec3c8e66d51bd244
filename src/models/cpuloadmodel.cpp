// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuloadmodel.h"

#include "interruptmodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <span>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

// The per-CPU sums of the rates count a CPU that was not in the previous table as 0 /s; the
// cells say the truth: a column is known when at least one of its cells is.
bool columnKnown(std::span<const double> perCell, qsizetype rows, qsizetype columns, qsizetype column)
{
    for (qsizetype r = 0; r < rows; ++r) {
        if (!std::isnan(perCell[size_t(r * columns + column)]))
            return true;
    }
    return false;
}
} // namespace

CpuLoadModel::CpuLoadModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CpuLoadModel::~CpuLoadModel() = default;

QList<int> CpuLoadModel::cpus() const
{
    QList<int> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.cpu);
    return result;
}

int CpuLoadModel::rowOfCpu(int cpu) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), cpu, [](const Row &row, int value) { return row.cpu < value; });
    return it != m_rows.cend() && it->cpu == cpu ? int(it - m_rows.cbegin()) : -1;
}

void CpuLoadModel::setSample(const SystemSample &sample)
{
    if (!sample.interrupts && !sample.stat)
        return;

    QList<int> cpus;
    if (sample.interrupts)
        cpus = sample.interrupts->cpus;
    if (sample.stat) {
        for (const CpuTimes &times : sample.stat->cpus)
            cpus.append(times.cpu);
    }
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());

    QList<Row> next;
    next.reserve(cpus.size());
    for (const int cpu : cpus) {
        Row row;
        row.cpu = cpu;
        row.values.fill(unknown);
        row.values[CpuColumn] = cpu;
        next.append(row);
    }
    auto rowOf = [&next](int cpu) -> Row * {
        const auto it = std::lower_bound(
            next.begin(), next.end(), cpu, [](const Row &row, int value) { return row.cpu < value; });
        return it != next.end() && it->cpu == cpu ? &*it : nullptr;
    };

    if (sample.interrupts && sample.interruptRates) {
        const InterruptRates &rates = *sample.interruptRates;
        const qsizetype rows = sample.interrupts->rows.size();
        for (qsizetype c = 0; c < rates.cpus.size(); ++c) {
            Row *row = rowOf(rates.cpus[c]);
            if (!row || !columnKnown(rates.perCell, rows, rates.cpus.size(), c))
                continue;
            row->values[DeviceIrqsColumn] = rates.deviceRatePerCpu.value(c, unknown);
            row->values[AllIrqsColumn] = rates.allRatePerCpu.value(c, unknown);
        }
    }
    if (sample.softirqRates) {
        const SoftirqRates &rates = *sample.softirqRates;
        for (qsizetype c = 0; c < rates.cpus.size(); ++c) {
            Row *row = rowOf(rates.cpus[c]);
            if (!row || !columnKnown(rates.perCell, rates.types.size(), rates.cpus.size(), c))
                continue;
            row->values[SoftirqsColumn] = rates.perCpu.value(c, unknown);
        }
    }
    for (const CpuTimeShare &share : sample.cpuTime) {
        Row *row = rowOf(share.cpu);
        if (!row)
            continue;
        row->values[HardirqTimeColumn] = share.irq;
        row->values[SoftirqTimeColumn] = share.softirq;
        row->values[StealTimeColumn] = share.steal;
        row->values[BusyTimeColumn] = share.busy;
    }

    // 1. Remove the rows of CPUs that went away, bottom up in contiguous ranges.
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (rowOf(m_rows[i].cpu)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !rowOf(m_rows[first - 1].cpu))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Insert each run of new CPUs where it belongs (both lists are ascending).
    for (qsizetype n = 0; n < next.size();) {
        if (n < m_rows.size() && m_rows[n].cpu == next[n].cpu) {
            ++n;
            continue;
        }
        qsizetype end = n;
        while (end < next.size() && (n >= m_rows.size() || next[end].cpu != m_rows[n].cpu))
            ++end;
        beginInsertRows({}, int(n), int(end - 1));
        m_rows.insert(n, end - n, Row());
        for (qsizetype i = n; i < end; ++i)
            m_rows[i] = next[i];
        endInsertRows();
        n = end;
    }

    Q_ASSERT(m_rows.size() == next.size());
    m_rows = std::move(next);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CpuLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CpuLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString CpuLoadModel::formatPercent(double percent)
{
    if (std::isnan(percent))
        return u"–"_s;
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

QVariant CpuLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    const double value = row.values[size_t(column)];

    switch (role) {
    case CpuRole:
        return row.cpu;
    case ValueRole:
        return value;
    case SortRole:
        if (column == CpuColumn)
            return row.cpu;
        return std::isnan(value) ? -1.0 : value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (Column(column)) {
        case CpuColumn:
            return QString::number(row.cpu);
        case DeviceIrqsColumn:
        case AllIrqsColumn:
        case SoftirqsColumn:
            return InterruptModel::formatRate(value);
        case HardirqTimeColumn:
        case SoftirqTimeColumn:
        case StealTimeColumn:
        case BusyTimeColumn:
            return formatPercent(value);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column != CpuColumn && std::isnan(value))
            return tr("Not known for CPU %1 yet: it takes two samples in which the CPU is online.").arg(row.cpu);
        switch (Column(column)) {
        case CpuColumn:
            return tr("CPU %1: a logical CPU (a core, or one hardware thread of a core) as the kernel numbers it.")
                .arg(row.cpu);
        case DeviceIrqsColumn:
            return tr("Device interrupts (numbered IRQs) CPU %1 handled per second during the last interval.")
                .arg(row.cpu);
        case AllIrqsColumn:
            return tr("All interrupts CPU %1 handled per second during the last interval: device IRQs plus the "
                      "CPU's own (local timer, inter-processor interrupts, NMIs…).")
                .arg(row.cpu);
        case SoftirqsColumn:
            return tr("Softirqs (deferred interrupt work such as network receive and timers) CPU %1 ran per second "
                      "during the last interval, all types together.")
                .arg(row.cpu);
        case HardirqTimeColumn:
            return tr("%1 of CPU %2's time spent in hardware interrupt handlers during the last interval.")
                .arg(formatPercent(value), QString::number(row.cpu));
        case SoftirqTimeColumn:
            return tr("%1 of CPU %2's time spent running softirqs during the last interval.")
                .arg(formatPercent(value), QString::number(row.cpu));
        case StealTimeColumn:
            return tr("%1 of CPU %2's time the hypervisor gave to something else during the last interval "
                      "(steal): the virtual CPU was ready but not running.")
                .arg(formatPercent(value), QString::number(row.cpu));
        case BusyTimeColumn:
            return tr("%1 of CPU %2's time spent neither idle nor waiting for I/O during the last interval.")
                .arg(formatPercent(value), QString::number(row.cpu));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CpuLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case CpuColumn:
            return tr("CPU");
        case DeviceIrqsColumn:
            return tr("Device IRQs/s");
        case AllIrqsColumn:
            return tr("All IRQs/s");
        case SoftirqsColumn:
            return tr("Softirqs/s");
        case HardirqTimeColumn:
            return tr("% hardirq");
        case SoftirqTimeColumn:
            return tr("% softirq");
        case StealTimeColumn:
            return tr("% steal");
        case BusyTimeColumn:
            return tr("% busy");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case CpuColumn:
            return tr("The logical CPU");
        case DeviceIrqsColumn:
            return tr("Interrupts from devices (numbered IRQs) per second");
        case AllIrqsColumn:
            return tr("Device interrupts plus the CPU's own (timer, IPIs, NMIs) per second");
        case SoftirqsColumn:
            return tr("Softirqs (deferred interrupt work) per second");
        case HardirqTimeColumn:
            return tr("Share of the CPU's time spent in hardware interrupt handlers");
        case SoftirqTimeColumn:
            return tr("Share of the CPU's time spent running softirqs");
        case StealTimeColumn:
            return tr("Share of the CPU's time taken by the hypervisor for others");
        case BusyTimeColumn:
            return tr("Share of the CPU's time not idle");
        case ColumnCount:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> CpuLoadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(CpuRole, "cpu");
    names.insert(ValueRole, "value");
    return names;
}
