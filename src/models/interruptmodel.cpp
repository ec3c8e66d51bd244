// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interruptmodel.h"

#include "heatscale.h"

#include <QLocale>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
struct RowKey
{
    QString id;
    int occurrence;
    friend bool operator==(const RowKey &, const RowKey &) = default;
};

size_t qHash(const RowKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.id, key.occurrence);
}

RowKey keyOf(const InterruptRow &row)
{
    return {row.id, row.occurrence};
}

QString cpuListText(const std::optional<CpuSet> &set)
{
    if (!set)
        return {};
    return set->isEmpty() ? InterruptModel::tr("none") : set->toCpuList();
}
} // namespace

InterruptModel::InterruptModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

InterruptModel::~InterruptModel() = default;

QList<int> InterruptModel::cpus() const
{
    return m_table ? m_table->cpus : QList<int>();
}

const InterruptRow *InterruptModel::interruptRow(int row) const
{
    if (!m_table || row < 0 || row >= m_table->rows.size())
        return nullptr;
    return &m_table->rows[row];
}

int InterruptModel::rowOfId(const QString &id) const
{
    return m_table ? int(m_table->indexOf(id)) : -1;
}

void InterruptModel::setSample(const SystemSample &sample)
{
    if (!sample.interrupts)
        return;
    const std::shared_ptr<const InterruptTable> &next = sample.interrupts;

    if (!m_table || m_table->cpus != next->cpus) {
        // New CPU columns: everything moves, a reset is the honest signal.
        beginResetModel();
        m_table = next;
        m_rates = sample.interruptRates;
        updateMaximum();
        endResetModel();
        return;
    }

    const InterruptTable &old = *m_table;
    QHash<RowKey, qsizetype> nextIndex;
    nextIndex.reserve(next->rows.size());
    for (qsizetype i = 0; i < next->rows.size(); ++i)
        nextIndex.insert(keyOf(next->rows[i]), i);

    // Rows that survive must keep their relative order (the kernel prints by IRQ number, so
    // they do); otherwise fall back to a reset rather than emit wrong moves.
    qsizetype last = -1;
    bool ordered = true;
    QList<bool> survives(old.rows.size());
    for (qsizetype i = 0; i < old.rows.size(); ++i) {
        const auto it = nextIndex.constFind(keyOf(old.rows[i]));
        survives[i] = it != nextIndex.cend();
        if (survives[i]) {
            if (*it < last)
                ordered = false;
            last = *it;
        }
    }
    if (!ordered) {
        beginResetModel();
        m_table = next;
        m_rates = sample.interruptRates;
        updateMaximum();
        endResetModel();
        return;
    }

    // 1. Remove vanished rows, bottom up in contiguous ranges, while the old table is shown.
    //    m_mergeRows maps model rows to table rows while rows move.
    QList<qsizetype> visible(old.rows.size());
    std::iota(visible.begin(), visible.end(), 0);
    m_mergeRows = visible;
    for (qsizetype i = old.rows.size() - 1; i >= 0;) {
        if (survives[i]) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !survives[first - 1])
            --first;
        beginRemoveRows({}, int(first), int(i));
        visible.remove(first, i - first + 1);
        m_mergeRows = visible;
        endRemoveRows();
        i = first - 1;
    }

    // 2. Switch to the new table: survivors stay at their model rows, now meaning their rows in
    //    the new table (ascending, checked above).
    QList<qsizetype> mapped;
    mapped.reserve(next->rows.size());
    for (qsizetype i = 0; i < old.rows.size(); ++i) {
        if (survives[i])
            mapped.append(nextIndex.value(keyOf(old.rows[i])));
    }
    m_table = next;
    m_rates = sample.interruptRates;
    m_mergeRows = mapped;

    // 3. Insert each run of new rows before the next survivor.
    const qsizetype total = next->rows.size();
    qsizetype position = 0;
    for (qsizetype r = 0; r < total;) {
        if (position < mapped.size() && mapped[position] == r) {
            ++position;
            ++r;
            continue;
        }
        const qsizetype end = position < mapped.size() ? mapped[position] : total;
        beginInsertRows({}, int(position), int(position + (end - r) - 1));
        for (qsizetype n = r; n < end; ++n)
            mapped.insert(position + (n - r), n);
        m_mergeRows = mapped;
        endInsertRows();
        position += end - r;
        r = end;
    }
    m_mergeRows.reset();
    updateMaximum();

    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void InterruptModel::setSystemState(std::shared_ptr<const SystemState> state)
{
    m_state = std::move(state);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AffinityColumn), index(rowCount() - 1, NodeColumn));
}

void InterruptModel::setCpuValues(CpuValues values)
{
    if (values == m_cpuValues)
        return;
    m_cpuValues = values;
    updateMaximum();
    if (rowCount() > 0 && columnCount() > FirstCpuColumn)
        Q_EMIT dataChanged(index(0, FirstCpuColumn), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, FirstCpuColumn, columnCount() - 1);
}

void InterruptModel::setPendingIrqs(const QSet<uint> &irqs)
{
    if (irqs == m_pendingIrqs)
        return;
    m_pendingIrqs = irqs;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EffectiveColumn), index(rowCount() - 1, EffectiveColumn));
}

int InterruptModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return int(m_mergeRows ? m_mergeRows->size() : m_table->rows.size());
}

int InterruptModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstCpuColumn + int(m_table ? m_table->cpus.size() : 0);
}

double InterruptModel::cellValue(int row, int column) const
{
    const qsizetype c = column - FirstCpuColumn;
    if (m_cpuValues == CpuValues::Rates)
        return m_rates ? m_rates->cell(row, c) : std::nan("");
    return double(m_table->count(row, c));
}

void InterruptModel::updateMaximum()
{
    m_maximum = 0;
    m_archMaximum = 0;
    if (!m_table)
        return;
    const qsizetype columns = m_table->cpus.size();
    for (qsizetype r = 0; r < m_table->rows.size(); ++r) {
        const InterruptRow &row = m_table->rows[r];
        if (!row.hasPerCpuCounts())
            continue;
        double &maximum = row.kind == InterruptRow::Kind::Irq ? m_maximum : m_archMaximum;
        for (qsizetype c = 0; c < columns; ++c) {
            const double v = cellValue(int(r), int(FirstCpuColumn + c));
            if (v > maximum)
                maximum = v;
        }
    }
}

QString InterruptModel::formatRate(double rate)
{
    if (std::isnan(rate))
        return u"–"_s;
    const QLocale locale;
    if (rate >= 1e6)
        return tr("%1 M/s").arg(locale.toString(rate / 1e6, 'f', 1));
    if (rate >= 1e4)
        return tr("%1 k/s").arg(locale.toString(rate / 1e3, 'f', 1));
    if (rate >= 100 || rate == 0)
        return tr("%1 /s").arg(locale.toString(rate, 'f', 0));
    return tr("%1 /s").arg(locale.toString(rate, 'f', 1));
}

QString InterruptModel::formatCount(quint64 count)
{
    return QLocale().toString(count);
}

QVariant InterruptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table)
        return {};
    const int row = int(m_mergeRows ? m_mergeRows->value(index.row(), -1) : index.row());
    if (row < 0 || row >= m_table->rows.size())
        return {};
    const InterruptRow &r = m_table->rows[row];
    const int column = index.column();
    const IrqInfo *info = m_state && r.kind == InterruptRow::Kind::Irq ? m_state->irq(r.irq) : nullptr;
    const double rate = m_rates ? m_rates->perRow[row] : std::nan("");

    switch (role) {
    case KindRole:
        return int(r.kind);
    case IrqNumberRole:
        return r.kind == InterruptRow::Kind::Irq ? int(r.irq) : -1;
    case RateRole:
        return rate;
    case CpuRole:
        return column >= FirstCpuColumn ? m_table->cpus[column - FirstCpuColumn] : -1;
    case InterfaceRole: {
        if (m_state && r.kind == InterruptRow::Kind::Irq) {
            const auto it = m_state->queueOfIrq.constFind(r.irq);
            if (it != m_state->queueOfIrq.cend())
                return it->interface;
        }
        return QString();
    }
    case SearchTextRole: {
        QString text = r.id + u' ' + r.name() + u' ' + r.description + u' ' + r.chip;
        if (m_state && r.kind == InterruptRow::Kind::Irq) {
            const auto it = m_state->queueOfIrq.constFind(r.irq);
            if (it != m_state->queueOfIrq.cend())
                text += u' ' + it->interface;
        }
        return text;
    }
    case HeatRole: {
        if (column < FirstCpuColumn || !r.hasPerCpuCounts())
            return -1.0;
        const double maximum = r.kind == InterruptRow::Kind::Irq ? m_maximum : m_archMaximum;
        const double v = cellValue(row, column);
        return maximum > 0 && !std::isnan(v) ? v / maximum : 0.0;
    }
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (column < FirstCpuColumn || !r.hasPerCpuCounts())
            return {};
        const double heat = data(index, HeatRole).toDouble();
        if (heat <= 0)
            return {};
        return role == Qt::BackgroundRole ? HeatScale::color(heat) : HeatScale::textColor(heat);
    }
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == RateColumn || column >= FirstCpuColumn || column == IdColumn
            || column == HwirqColumn || column == NodeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(std::min(column, int(FirstCpuColumn)))) {
        case IdColumn:
            // Numbered IRQs sort by number, before the architecture rows.
            if (sort)
                return r.kind == InterruptRow::Kind::Irq ? qlonglong(r.irq) : qlonglong(1) << 40 | row;
            return r.id;
        case NameColumn:
            return r.kind == InterruptRow::Kind::Irq ? r.name() : r.description;
        case ChipColumn:
            return r.chip;
        case HwirqColumn:
            if (sort) {
                bool ok = false;
                const qlonglong v = r.hwirq.toLongLong(&ok);
                return ok ? QVariant(v) : QVariant(qlonglong(-1));
            }
            return r.hwirq;
        case TriggerColumn:
            return r.flow.isEmpty() ? r.trigger : r.trigger + u' ' + r.flow;
        case AffinityColumn:
            return info ? cpuListText(info->affinity) : QString();
        case EffectiveColumn:
            if (!info)
                return QString();
            if (!sort && m_pendingIrqs.contains(r.irq))
                return tr("%1 (pending)").arg(cpuListText(info->effective));
            return cpuListText(info->effective);
        case NodeColumn:
            if (!info || !info->node || *info->node < 0)
                return sort ? QVariant(-1) : QVariant(QString());
            return sort ? QVariant(*info->node) : QVariant(QString::number(*info->node));
        case TotalColumn:
            return sort ? QVariant(r.total) : QVariant(formatCount(r.total));
        case RateColumn:
            return sort ? QVariant(std::isnan(rate) ? -1.0 : rate) : QVariant(formatRate(rate));
        case FirstCpuColumn: {
            if (!r.hasPerCpuCounts())
                return sort ? QVariant(-1.0) : QVariant(QString());
            const double v = cellValue(row, column);
            if (sort)
                return std::isnan(v) ? -1.0 : v;
            return m_cpuValues == CpuValues::Rates ? formatRate(v) : formatCount(quint64(v));
        }
        }
    }

    if (role == Qt::ToolTipRole) {
        if (column >= FirstCpuColumn) {
            if (!r.hasPerCpuCounts())
                return tr("%1 is one counter for the whole machine, not kept per CPU.").arg(r.id);
            const int cpu = m_table->cpus[column - FirstCpuColumn];
            const quint64 count = m_table->count(row, column - FirstCpuColumn);
            const double cellRate = m_rates ? m_rates->cell(row, column - FirstCpuColumn) : std::nan("");
            return tr("IRQ %1 on CPU %2: %3 since boot, %4 now.")
                .arg(r.id)
                .arg(cpu)
                .arg(formatCount(count), formatRate(cellRate));
        }
        switch (Column(column)) {
        case IdColumn:
            return r.kind == InterruptRow::Kind::Irq
                ? tr("The IRQ number: the kernel's name for this interrupt line or MSI vector.")
                : tr("An architecture interrupt: raised by the CPUs themselves, not by a device. It has no affinity "
                     "to set.");
        case NameColumn:
            return r.kind == InterruptRow::Kind::Irq
                ? tr("The handlers registered on this IRQ: usually the driver and device name.")
                : r.description;
        case ChipColumn:
            return tr("The interrupt controller (irq chip) that delivers this IRQ.");
        case HwirqColumn:
            return tr("The hardware interrupt number inside that controller.");
        case TriggerColumn:
            return tr("Edge: the device signals once per event. Level: the line stays raised until serviced.");
        case AffinityColumn:
            return tr("CPUs this IRQ may be delivered to (smp_affinity). On many systems it still goes to only one "
                      "of them: see Effective.");
        case EffectiveColumn:
            return tr("CPUs the interrupt controller really targets now (effective_affinity).");
        case NodeColumn:
            return tr("The NUMA node of the device: CPUs on this node reach its memory fastest.");
        case TotalColumn:
            return tr("Interrupts since boot, summed over the CPUs shown.");
        case RateColumn:
            return tr("Interrupts per second over the last sampling interval.");
        case FirstCpuColumn:
            break;
        }
    }
    return {};
}

QVariant InterruptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section >= FirstCpuColumn) {
            if (!m_table || section - FirstCpuColumn >= m_table->cpus.size())
                return {};
            return tr("CPU%1").arg(m_table->cpus[section - FirstCpuColumn]);
        }
        switch (Column(section)) {
        case IdColumn:
            return tr("IRQ");
        case NameColumn:
            return tr("Device");
        case ChipColumn:
            return tr("Chip");
        case HwirqColumn:
            return tr("HW IRQ");
        case TriggerColumn:
            return tr("Trigger");
        case AffinityColumn:
            return tr("Affinity");
        case EffectiveColumn:
            return tr("Effective");
        case NodeColumn:
            return tr("Node");
        case TotalColumn:
            return tr("Total");
        case RateColumn:
            return tr("Rate");
        case FirstCpuColumn:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstCpuColumn) {
        return m_cpuValues == CpuValues::Rates ? tr("Interrupts per second on this CPU")
                                               : tr("Interrupts on this CPU since boot");
    }
    return {};
}

QHash<int, QByteArray> InterruptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(KindRole, "kind");
    names.insert(IrqNumberRole, "irq");
    names.insert(HeatRole, "heat");
    names.insert(InterfaceRole, "interface");
    names.insert(SearchTextRole, "searchText");
    names.insert(CpuRole, "cpu");
    names.insert(RateRole, "rate");
    return names;
}
