// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "softirqmodel.h"

#include "heatscale.h"
#include "interruptmodel.h"

#include <cmath>

using namespace Qt::StringLiterals;

SoftirqModel::SoftirqModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SoftirqModel::~SoftirqModel() = default;

QList<int> SoftirqModel::cpus() const
{
    return m_table ? m_table->cpus : QList<int>();
}

QStringList SoftirqModel::types() const
{
    return m_table ? m_table->types : QStringList();
}

void SoftirqModel::setSample(const SystemSample &sample)
{
    if (!sample.softirqs)
        return;
    const std::shared_ptr<const SoftirqTable> &next = sample.softirqs;
    // Rates are computed against the current table; anything else would shift every cell.
    std::optional<SoftirqRates> rates;
    if (sample.softirqRates && sample.softirqRates->cpus == next->cpus && sample.softirqRates->types == next->types)
        rates = sample.softirqRates;

    if (!m_table || m_table->cpus != next->cpus || m_table->types != next->types) {
        beginResetModel();
        m_table = next;
        m_rates = std::move(rates);
        updateMaximum();
        endResetModel();
        return;
    }

    m_table = next;
    m_rates = std::move(rates);
    updateMaximum();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int SoftirqModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return int(m_table->types.size());
}

int SoftirqModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstCpuColumn + int(m_table ? m_table->cpus.size() : 0);
}

double SoftirqModel::cellRate(int row, int column) const
{
    if (!m_rates)
        return std::nan("");
    if (column >= FirstCpuColumn)
        return m_rates->cell(row, column - FirstCpuColumn);
    return m_rates->perType.value(row, std::nan(""));
}

void SoftirqModel::updateMaximum()
{
    m_maximum = 0;
    if (!m_rates)
        return;
    for (const double rate : m_rates->perCell) {
        if (rate > m_maximum) // false for NaN
            m_maximum = rate;
    }
}

QVariant SoftirqModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table)
        return {};
    const int row = index.row();
    const int column = index.column();
    const QString &type = m_table->types[row];
    const bool isCpu = column >= FirstCpuColumn;
    const double rate = cellRate(row, column); // the type's rate outside the CPU columns
    const quint64 count = isCpu ? m_table->count(row, column - FirstCpuColumn) : m_table->total(row);

    switch (role) {
    case TypeRole:
        return type;
    case RateRole:
        return rate;
    case CountRole:
        return count;
    case CpuRole:
        return isCpu ? m_table->cpus[column - FirstCpuColumn] : -1;
    case HeatRole:
        if (!isCpu)
            return -1.0;
        return m_maximum > 0 && !std::isnan(rate) ? rate / m_maximum : 0.0;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (!isCpu)
            return {};
        const double heat = data(index, HeatRole).toDouble();
        if (heat <= 0)
            return {};
        return role == Qt::BackgroundRole ? HeatScale::color(heat) : HeatScale::textColor(heat);
    }
    case Qt::TextAlignmentRole:
        if (column == TypeColumn)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        if (column == TypeColumn)
            return row; // the softirq number: the order in which the kernel runs them
        return std::isnan(rate) ? -1.0 : rate;
    case Qt::DisplayRole:
        if (column == TypeColumn)
            return type;
        return InterruptModel::formatRate(rate);
    case Qt::ToolTipRole: {
        if (column == TypeColumn) {
            const QString description = SoftirqTable::describe(type);
            return description.isEmpty()
                ? tr("%1: a softirq type this version of IRQ Scope does not describe yet.").arg(type)
                : description;
        }
        if (column == TotalColumn)
            return tr("%1 on all CPUs: %2 since boot, %3 now.")
                .arg(type, InterruptModel::formatCount(count), InterruptModel::formatRate(rate));
        return tr("%1 on CPU %2: %3 since boot, %4 now.")
            .arg(type)
            .arg(m_table->cpus[column - FirstCpuColumn])
            .arg(InterruptModel::formatCount(count), InterruptModel::formatRate(rate));
    }
    default:
        return {};
    }
}

QVariant SoftirqModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section >= FirstCpuColumn)
            return tr("CPU%1").arg(m_table->cpus[section - FirstCpuColumn]);
        return section == TypeColumn ? tr("Softirq") : tr("Total");
    }
    if (role == Qt::ToolTipRole) {
        if (section >= FirstCpuColumn)
            return tr("Softirqs of each type run per second on this CPU");
        return section == TypeColumn
            ? tr("Softirqs are the kernel's deferred interrupt work: what a hardware interrupt handler leaves to "
                 "finish later, run on the same CPU.")
            : tr("Softirqs of this type run per second, summed over all CPUs");
    }
    return {};
}

QHash<int, QByteArray> SoftirqModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(TypeRole, "type");
    names.insert(RateRole, "rate");
    names.insert(CountRole, "count");
    names.insert(HeatRole, "heat");
    names.insert(CpuRole, "cpu");
    return names;
}
