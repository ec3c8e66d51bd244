// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>

#include <vector>

/**
 * The recent history of a few series of rates, for charts: a bounded ring buffer of time
 * points (capacity() of them, 300 by default), each with one value per series.
 *
 * The caller decides what a series is (the interrupt rate of each CPU, of each NUMA node or
 * package summed with aggregate(), or one IRQ's rate per CPU) and appends one row per tick.
 * The model owns capacity × series doubles and nothing else: never a history of every IRQ.
 *
 * Row = time point, oldest first; column 0 = time, columns 1.. = the series. Appending to a
 * full buffer removes the oldest row (rows 0..0) and then inserts the new one at the end, so
 * views and charts follow without a reset; only setSeries() resets.
 */
class RateHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn, ///< the time of the sample
        FirstSeriesColumn, ///< one column per series from here, in setSeries() order
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: msecs since the epoch (time column), the value (NaN = gap)
        TimeRole, ///< the row's time in msecs since the epoch, any column
        SeriesRole, ///< the series index of a series column, else -1
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 300;

    explicit RateHistoryModel(QObject *parent = nullptr);
    ~RateHistoryModel() override;

    /// Replaces the series and forgets the history (a reset).
    void setSeries(const QStringList &names);
    QStringList series() const { return m_series; }
    qsizetype seriesCount() const { return m_series.size(); }

    /// How many time points are kept (at least 1). Shrinking drops the oldest rows.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    /// Appends one time point: one value per series (NaN = a gap; missing values are gaps,
    /// values beyond the series are ignored). Drops the oldest point first when full.
    void append(qint64 msecsSinceEpoch, const QList<double> &values);
    /// Removes every time point (keeps the series).
    void clear();

    /// The time of row @p row, msecs since the epoch.
    qint64 time(int row) const;
    /// The value of series @p series at row @p row (NaN for a gap).
    double value(int row, qsizetype series) const;
    /// The largest value kept, over all series (0 when there is none), for a chart's axis.
    double maximum() const;

    /// Sums per-CPU values into groups (NUMA nodes, packages): @p perCpu[i] is the value of
    /// CPU @p cpus[i]; the result has one value per group, in the map's key order. Unknown
    /// (NaN) values are skipped; a group none of whose CPUs has a known value is NaN.
    static QList<double> aggregate(
        const QList<double> &perCpu, const QList<int> &cpus, const QMap<int, CpuSet> &groups);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype slot(int row) const { return (m_first + row) % m_capacity; }
    void relayout(int capacity); // moves the kept rows to slots 0.. of a buffer of @p capacity

    QStringList m_series;
    int m_capacity = DefaultCapacity;
    // Ring buffer: row r lives in slot (m_first + r) % m_capacity.
    std::vector<qint64> m_times; // m_capacity
    std::vector<double> m_values; // m_capacity × series, slot-major
    qsizetype m_first = 0;
    int m_count = 0;
};
