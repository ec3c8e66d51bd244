// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemsampler.h"

#include <QAbstractTableModel>

#include <array>

/**
 * One row per CPU (the CPUs of /proc/interrupts and of /proc/stat together, ascending) with
 * how much interrupt work it did over the last interval: device and all interrupts per second,
 * softirqs per second, and the share of its time spent in hard and soft interrupt context,
 * stolen by the hypervisor, and busy.
 *
 * The model owns no file access and no arithmetic: the rates and shares come computed in the
 * SystemSample, and the model only picks each CPU's values. It keeps numbers, not tables.
 * Samples are merged: a CPU that goes offline or comes online (hot-plug) removes or inserts its
 * row, and the numbers change with one dataChanged(); the model is never reset.
 *
 * A value the sample cannot tell (the first sample, a CPU that just came online) is unknown:
 * `–` in DisplayRole, -1 in SortRole, NaN in ValueRole.
 */
class CpuLoadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CpuColumn, ///< the CPU number
        DeviceIrqsColumn, ///< numbered (device) interrupts per second
        AllIrqsColumn, ///< device plus per-CPU architecture interrupts (timer, IPIs…) per second
        SoftirqsColumn, ///< softirqs per second, all types
        HardirqTimeColumn, ///< % of the CPU's time in hardware interrupt handlers
        SoftirqTimeColumn, ///< % of the CPU's time running softirqs
        StealTimeColumn, ///< % of the CPU's time stolen by the hypervisor
        BusyTimeColumn, ///< % of the CPU's time not idle (nor waiting for I/O)
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: CPU number, rate or percent; -1 when unknown
        CpuRole, ///< the CPU number of the row, any column
        ValueRole, ///< the raw value as double, NaN when unknown
    };
    Q_ENUM(Role)

    explicit CpuLoadModel(QObject *parent = nullptr);
    ~CpuLoadModel() override;

    /// Merges a new sample (no-op for a sample with neither an interrupts table nor /proc/stat).
    void setSample(const SystemSample &sample);

    /// The CPU numbers of the rows, ascending.
    QList<int> cpus() const;
    /// The row of CPU @p cpu, or -1.
    int rowOfCpu(int cpu) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// `12.5 %` in the current locale; `–` for unknown.
    static QString formatPercent(double percent);

private:
    struct Row
    {
        int cpu = -1;
        std::array<double, ColumnCount> values {}; // indexed by Column; [CpuColumn] unused
    };

    QList<Row> m_rows; // ascending by cpu
};
