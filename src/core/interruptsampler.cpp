// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interruptsampler.h"

#include "interruptsparser.h"
#include "systempaths.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>
#include <vector>

namespace {
constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

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

// A numbered IRQ whose chip or hwirq changed between samples was freed and allocated again
// for something else: its counters started over.
bool sameInterrupt(const InterruptRow &a, const InterruptRow &b)
{
    return a.id == b.id && a.occurrence == b.occurrence && a.kind == b.kind
        && (a.kind != InterruptRow::Kind::Irq || (a.chip == b.chip && a.hwirq == b.hwirq));
}
} // namespace

InterruptSampler::InterruptSampler(SystemRoot root)
    : m_root(std::move(root))
{
    m_clock.start();
}

void InterruptSampler::reset()
{
    m_previous.reset();
    m_previousNs = 0;
}

InterruptSampler::Sample InterruptSampler::sample()
{
    return sampleAt(m_clock.nsecsElapsed());
}

InterruptSampler::Sample InterruptSampler::sampleAt(qint64 monotonicNs)
{
    Sample result;
    const QString path = SystemPaths::interrupts();
    QString error;
    const auto status = m_root.load(path, &m_buffer, &error);
    if (status != SystemRoot::ReadStatus::Ok) {
        const QString message = status == SystemRoot::ReadStatus::Missing
            ? QCoreApplication::translate("InterruptSampler", "the file does not exist")
            : QCoreApplication::translate("InterruptSampler", "cannot read the file: %1").arg(error);
        result.issues.append({m_root.displayPath(path), 0, message, SourceIssue::Severity::Error});
        return result;
    }
    IssueCollector issues(m_root.displayPath(path), &result.issues);
    auto table = InterruptsParser::parse(m_buffer.view(), issues);
    if (!table)
        return result;

    auto current = std::make_shared<const InterruptTable>(std::move(*table));
    if (m_previous && monotonicNs > m_previousNs)
        result.rates = computeRates(*m_previous, *current, double(monotonicNs - m_previousNs) / 1e9);
    result.table = current;
    m_previous = std::move(current);
    m_previousNs = monotonicNs;
    return result;
}

std::optional<quint64> InterruptSampler::counterDelta(quint64 previous, quint64 current)
{
    if (current >= previous)
        return current - previous;
    constexpr quint64 wrap = quint64(1) << 32;
    if (previous < wrap) {
        const quint64 wrapped = wrap - previous + current;
        // A true wrap covers a small distance; a large "wrapped" distance is a reset.
        if (wrapped <= wrap / 2)
            return wrapped;
    }
    return std::nullopt;
}

InterruptRates InterruptSampler::computeRates(
    const InterruptTable &previous, const InterruptTable &current, double seconds)
{
    Q_ASSERT(seconds > 0);
    InterruptRates rates;
    rates.cpus = current.cpus;
    rates.seconds = seconds;
    const qsizetype columns = current.cpus.size();
    const qsizetype rows = current.rows.size();
    rates.perCell.assign(size_t(rows * columns), unknown);
    rates.perRow.fill(unknown, rows);
    const double perSecond = 1.0 / seconds;

    // Column of each current CPU in the previous table (-1: the CPU was offline then).
    std::vector<qsizetype> previousColumn(size_t(columns), -1);
    const bool sameCpus = previous.cpus == current.cpus;
    for (qsizetype c = 0; c < columns; ++c)
        previousColumn[size_t(c)] = sameCpus ? c : previous.columnOf(current.cpus[c]);

    // Per-CPU sums in plain arrays (a QList would check for sharing on every write). A CPU's
    // sums stay unknown until one of its cells is known: a CPU that just came online has no
    // rate yet, which is not the same as 0/s.
    std::vector<double> deviceSum(size_t(columns), 0.0);
    std::vector<double> allSum(size_t(columns), 0.0);
    std::vector<char> deviceKnown(size_t(columns), 0);
    std::vector<char> allKnown(size_t(columns), 0);

    // Rows usually stay in place; fall back to a lookup by id when they do not.
    QHash<RowKey, qsizetype> previousRows;
    auto findPrevious = [&](qsizetype row) -> qsizetype {
        const InterruptRow &r = current.rows[row];
        if (row < previous.rows.size() && previous.rows[row].id == r.id
            && previous.rows[row].occurrence == r.occurrence)
            return row;
        if (previousRows.isEmpty()) {
            previousRows.reserve(previous.rows.size());
            for (qsizetype i = 0; i < previous.rows.size(); ++i)
                previousRows.insert({previous.rows[i].id, previous.rows[i].occurrence}, i);
        }
        return previousRows.value({r.id, r.occurrence}, -1);
    };

    double *perRow = rates.perRow.data();
    for (qsizetype row = 0; row < rows; ++row) {
        const InterruptRow &r = current.rows[row];
        const qsizetype p = findPrevious(row);
        if (p < 0 || !sameInterrupt(previous.rows[p], r))
            continue;
        if (r.kind == InterruptRow::Kind::Single) {
            if (const auto delta = counterDelta(previous.rows[p].total, r.total))
                perRow[row] = double(*delta) * perSecond;
            continue;
        }
        const quint64 *now = current.countsOf(row).data();
        const quint64 *before = previous.countsOf(p).data();
        double *cells = rates.perCell.data() + row * columns;
        const bool device = r.kind == InterruptRow::Kind::Irq;
        double rowSum = 0;
        bool anyKnown = false;
        for (qsizetype c = 0; c < columns; ++c) {
            const qsizetype pc = previousColumn[size_t(c)];
            if (pc < 0)
                continue;
            const quint64 b = before[pc];
            const quint64 n = now[c];
            quint64 delta = n - b;
            if (n < b) { // rare: a 32-bit wrap, or a reset
                const auto wrapped = counterDelta(b, n);
                if (!wrapped)
                    continue;
                delta = *wrapped;
            }
            const double rate = double(delta) * perSecond;
            cells[c] = rate;
            rowSum += rate;
            anyKnown = true;
            allSum[size_t(c)] += rate;
            allKnown[size_t(c)] = 1;
            if (device) {
                deviceSum[size_t(c)] += rate;
                deviceKnown[size_t(c)] = 1;
            }
        }
        if (anyKnown) {
            perRow[row] = rowSum;
            if (device)
                rates.deviceTotal += rowSum;
        }
    }
    rates.deviceRatePerCpu.resize(columns);
    rates.allRatePerCpu.resize(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        rates.deviceRatePerCpu[c] = deviceKnown[size_t(c)] ? deviceSum[size_t(c)] : unknown;
        rates.allRatePerCpu[c] = allKnown[size_t(c)] ? allSum[size_t(c)] : unknown;
    }
    return rates;
}
