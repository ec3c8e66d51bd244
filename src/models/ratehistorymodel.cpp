// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "ratehistorymodel.h"

#include "interruptmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr double gap = std::numeric_limits<double>::quiet_NaN();
}

RateHistoryModel::RateHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    relayout(m_capacity);
}

RateHistoryModel::~RateHistoryModel() = default;

void RateHistoryModel::setSeries(const QStringList &names)
{
    beginResetModel();
    m_series = names;
    m_count = 0;
    m_first = 0;
    relayout(m_capacity);
    endResetModel();
}

void RateHistoryModel::relayout(int capacity)
{
    const qsizetype width = m_series.size();
    std::vector<qint64> times(size_t(capacity), 0);
    std::vector<double> values(size_t(capacity * width), gap);
    Q_ASSERT(m_count <= capacity);
    for (int r = 0; r < m_count; ++r) {
        const qsizetype from = slot(r);
        times[size_t(r)] = m_times[size_t(from)];
        std::copy_n(m_values.begin() + from * width, width, values.begin() + r * width);
    }
    m_times = std::move(times);
    m_values = std::move(values);
    m_capacity = capacity;
    m_first = 0;
}

void RateHistoryModel::setCapacity(int capacity)
{
    capacity = std::max(capacity, 1);
    if (capacity == m_capacity)
        return;
    if (m_count > capacity) {
        const int drop = m_count - capacity;
        beginRemoveRows({}, 0, drop - 1);
        m_first = (m_first + drop) % m_capacity;
        m_count -= drop;
        endRemoveRows();
    }
    relayout(capacity);
}

void RateHistoryModel::append(qint64 msecsSinceEpoch, const QList<double> &values)
{
    if (m_count == m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_first = (m_first + 1) % m_capacity;
        --m_count;
        endRemoveRows();
    }
    // The slot is outside the rows until endInsertRows(), so it can be filled first.
    const qsizetype target = slot(m_count);
    const qsizetype width = m_series.size();
    m_times[size_t(target)] = msecsSinceEpoch;
    for (qsizetype s = 0; s < width; ++s)
        m_values[size_t(target * width + s)] = values.value(s, gap);
    beginInsertRows({}, m_count, m_count);
    ++m_count;
    endInsertRows();
}

void RateHistoryModel::clear()
{
    if (m_count == 0)
        return;
    beginRemoveRows({}, 0, m_count - 1);
    m_count = 0;
    m_first = 0;
    endRemoveRows();
}

qint64 RateHistoryModel::time(int row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return m_times[size_t(slot(row))];
}

double RateHistoryModel::value(int row, qsizetype series) const
{
    Q_ASSERT(row >= 0 && row < m_count && series >= 0 && series < m_series.size());
    return m_values[size_t(slot(row) * m_series.size() + series)];
}

double RateHistoryModel::maximum() const
{
    double result = 0;
    for (int r = 0; r < m_count; ++r) {
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const double v = value(r, s);
            if (v > result) // false for NaN
                result = v;
        }
    }
    return result;
}

QList<double> RateHistoryModel::aggregate(
    const QList<double> &perCpu, const QList<int> &cpus, const QMap<int, CpuSet> &groups)
{
    QList<double> result;
    result.reserve(groups.size());
    const qsizetype n = std::min(perCpu.size(), cpus.size());
    for (const CpuSet &members : groups) {
        double sum = 0;
        bool any = false;
        for (qsizetype i = 0; i < n; ++i) {
            if (std::isnan(perCpu[i]) || !members.contains(cpus[i]))
                continue;
            sum += perCpu[i];
            any = true;
        }
        result.append(any ? sum : gap);
    }
    return result;
}

int RateHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RateHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + int(m_series.size());
}

QVariant RateHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const qint64 msecs = time(row);
    const double v = column >= FirstSeriesColumn ? value(row, column - FirstSeriesColumn) : gap;

    switch (role) {
    case TimeRole:
        return msecs;
    case SeriesRole:
        return column >= FirstSeriesColumn ? column - FirstSeriesColumn : -1;
    case SortRole:
        return column == TimeColumn ? QVariant(msecs) : QVariant(v);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        if (column == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(), u"HH:mm:ss"_s);
        return InterruptModel::formatRate(v);
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::LongFormat);
        if (column == TimeColumn)
            return tr("Sampled at %1").arg(when);
        if (std::isnan(v))
            return tr("%1 at %2: not known (a gap in the history)").arg(m_series[column - FirstSeriesColumn], when);
        return tr("%1 at %2: %3").arg(m_series[column - FirstSeriesColumn], when, InterruptModel::formatRate(v));
    }
    default:
        return {};
    }
}

QVariant RateHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == TimeColumn ? tr("Time") : m_series[section - FirstSeriesColumn];
    return {};
}

QHash<int, QByteArray> RateHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(TimeRole, "time");
    names.insert(SeriesRole, "series");
    return names;
}
