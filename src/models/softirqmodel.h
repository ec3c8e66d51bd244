// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemsampler.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

/**
 * One row per softirq type of /proc/softirqs (`HI`, `TIMER`, `NET_TX`, `NET_RX`…, in the
 * kernel's order, which is also the order softirqs run in), a Total column and then one column
 * per CPU as the file lists them (possible CPUs: a guest may show many idle columns).
 *
 * The model owns no file access and no arithmetic: it keeps the SoftirqTable and SoftirqRates
 * of the last SystemSample and presents them. Samples are merged: the numbers change with one
 * dataChanged(); the model is reset only when the CPU columns or the list of types change.
 *
 * DisplayRole is formatted rate text (`12.3 k/s`, `–` before the second sample), SortRole the
 * raw number, BackgroundRole/ForegroundRole a heat colour relative to the busiest CPU cell,
 * ToolTipRole the type's description (type column) or a sentence about the cell.
 */
class SoftirqModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn, ///< `NET_RX`, as /proc/softirqs names it
        TotalColumn, ///< softirqs per second, summed over all CPUs
        FirstCpuColumn, ///< one column per CPU from here, in the file's order
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: the type's index (its priority) or the rate (-1 when unknown)
        TypeRole, ///< the type name of the row, any column
        RateRole, ///< the rate of the cell (CPU columns) or of the type (other columns); NaN when unknown
        CountRole, ///< softirqs since boot of the cell (CPU columns) or of the type (other columns)
        HeatRole, ///< 0..1: this cell's rate relative to the busiest CPU cell; -1 outside CPU columns
        CpuRole, ///< the CPU number of a CPU column (any row), else -1
    };
    Q_ENUM(Role)

    explicit SoftirqModel(QObject *parent = nullptr);
    ~SoftirqModel() override;

    /// Merges a new sample (no-op for a sample without a softirqs table).
    void setSample(const SystemSample &sample);

    /// The CPU numbers of the CPU columns.
    QList<int> cpus() const;
    /// The softirq types, one per row.
    QStringList types() const;
    /// The current table (null before the first sample) and rates (null until two samples).
    const SoftirqTable *table() const { return m_table.get(); }
    const SoftirqRates *rates() const { return m_rates ? &*m_rates : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    double cellRate(int row, int column) const; // NaN when unknown
    void updateMaximum();

    std::shared_ptr<const SoftirqTable> m_table;
    std::optional<SoftirqRates> m_rates; // only when aligned with m_table
    double m_maximum = 0; // busiest CPU cell, for HeatRole
};
