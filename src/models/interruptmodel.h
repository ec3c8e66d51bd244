// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemreader.h"
#include "systemsampler.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

/**
 * One row per /proc/interrupts row (numbered IRQs and architecture rows), with fixed
 * columns and then one column per CPU.
 *
 * The model owns no file access and no arithmetic: it receives SystemSamples (counts and
 * rates, every tick) and a SystemState (affinity, node, NIC queues; when they change) and
 * presents them. Samples are merged: rows are inserted and removed for IRQs that appear or
 * vanish, the numbers change with one dataChanged(), and the model is reset only when the
 * set of CPU columns changes.
 *
 * DisplayRole is formatted text (thousands separators, `12.3 k/s`), SortRole the raw
 * number, BackgroundRole a colour-blind-safe heat colour relative to the busiest cell of the
 * CPU columns, ToolTipRole a sentence saying what the value means.
 */
class InterruptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn, ///< `42`, `NMI`
        NameColumn, ///< the action names, or the description of an architecture row
        ChipColumn,
        HwirqColumn,
        TriggerColumn,
        AffinityColumn, ///< CPUs allowed (smp_affinity_list)
        EffectiveColumn, ///< CPUs actually targeted (effective_affinity_list)
        NodeColumn, ///< the IRQ's NUMA node
        TotalColumn, ///< count since boot
        RateColumn, ///< interrupts per second over the last interval
        FirstCpuColumn, ///< one column per CPU from here, in the header's order
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value to sort by (number or text)
        KindRole, ///< InterruptRow::Kind as int
        IrqNumberRole, ///< the IRQ number (numbered rows), else -1
        HeatRole, ///< 0..1: this cell's value relative to the busiest CPU cell; -1 outside CPU columns
        InterfaceRole, ///< the network interface the IRQ serves, or empty
        SearchTextRole, ///< id, name, chip and device in one string, for the filter
        CpuRole, ///< the CPU number of a CPU column (any row), else -1
        RateRole, ///< the row's rate (NaN when unknown)
    };
    Q_ENUM(Role)

    /// What the CPU columns show.
    enum class CpuValues { Rates, Counts };
    Q_ENUM(CpuValues)

    explicit InterruptModel(QObject *parent = nullptr);
    ~InterruptModel() override;

    /// Merges a new sample (no-op for a sample without an interrupts table).
    void setSample(const SystemSample &sample);
    /// Affinities, nodes, queues: the slow-changing part.
    void setSystemState(std::shared_ptr<const SystemState> state);
    void setCpuValues(CpuValues values);
    /// IRQs whose effective affinity has not yet followed a new mask: their Effective cell
    /// says "(pending)".
    void setPendingIrqs(const QSet<uint> &irqs);
    CpuValues cpuValues() const { return m_cpuValues; }

    /// The CPU numbers of the CPU columns.
    QList<int> cpus() const;
    /// The current table and rates (null / nullopt before the first sample).
    const InterruptTable *table() const { return m_table.get(); }
    const InterruptRates *rates() const { return m_rates ? &*m_rates : nullptr; }
    /// The row in table() of model row @p row.
    const InterruptRow *interruptRow(int row) const;
    /// The model row of IRQ id @p id (`42`, `NMI`), or -1.
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// `12.3 k/s`, `850 /s`, `0 /s`; `–` for unknown.
    static QString formatRate(double rate);
    /// `1,234,567` in the current locale.
    static QString formatCount(quint64 count);

private:
    double cellValue(int row, int column) const; // rate or count of a CPU cell
    void updateMaximum();

    std::shared_ptr<const InterruptTable> m_table;
    std::shared_ptr<const InterruptRates> m_rates;
    std::shared_ptr<const SystemState> m_state;
    CpuValues m_cpuValues = CpuValues::Rates;
    QSet<uint> m_pendingIrqs;
    // Busiest CPU cell of device rows and of architecture rows, for HeatRole: the timer
    // interrupts (LOC) would otherwise make every device look idle.
    double m_maximum = 0;
    double m_archMaximum = 0;
    // Model row -> table row while a merge moves rows; unset (identity) otherwise.
    std::optional<QList<qsizetype>> m_mergeRows;
};
