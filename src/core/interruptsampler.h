// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "interrupttable.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

/**
 * Interrupts per second over one interval, aligned with the *current* table: one value per
 * row and per (row, CPU column). A value the interval cannot tell (an IRQ that just
 * appeared, a CPU that just came online, a counter that was reset) is NaN, never a guess:
 * isKnown() says which. Sums skip unknown values.
 */
struct InterruptRates
{
    QList<int> cpus; ///< the current table's CPU columns
    double seconds = 0;
    std::vector<double> perCell; ///< rows × cpus; NaN for Single rows and unknown cells
    QList<double> perRow; ///< NaN when unknown
    QList<double> deviceRatePerCpu; ///< per column: sum over numbered IRQs; NaN when no cell is known
    QList<double> allRatePerCpu; ///< per column: numbered IRQs and per-CPU arch rows; NaN likewise
    double deviceTotal = 0; ///< all numbered IRQs on all CPUs

    double cell(qsizetype row, qsizetype column) const { return perCell[size_t(row * cpus.size() + column)]; }
    static bool isKnown(double rate) { return !std::isnan(rate); }
};

/**
 * Samples /proc/interrupts through a SystemRoot and turns consecutive samples into rates.
 *
 * Rows are matched by their id (and occurrence, for powerpc's two `LOC` rows), never by row
 * index, so IRQs that appear or vanish between samples shift nothing. CPUs are matched by
 * number. Per-CPU counters are 32-bit in the kernel and wrap; counterDelta() accounts for
 * that and treats any other decrease as a reset (rate unknown), so a rate is never negative
 * and never the 4-billion artefact of a naive subtraction.
 */
class InterruptSampler
{
public:
    struct Sample
    {
        std::shared_ptr<const InterruptTable> table; ///< null when the file could not be used
        std::optional<InterruptRates> rates; ///< from the previous successful sample, if any
        QList<SourceIssue> issues;
    };

    explicit InterruptSampler(SystemRoot root);

    /// Reads and parses now; the read buffer is reused between calls.
    Sample sample();
    /// Forgets the previous sample: the next one has no rates.
    void reset();
    /// As sample(), with the time of the sample given (monotonic nanoseconds) — for tests and
    /// replay, where wall-clock timing must not matter.
    Sample sampleAt(qint64 monotonicNs);

    /// The increase of a kernel counter from @p previous to @p current: wrap-aware for 32-bit
    /// counters; nullopt when the counter went back (reset, or an IRQ number reused).
    static std::optional<quint64> counterDelta(quint64 previous, quint64 current);
    /// Rates between two tables taken @p seconds apart (seconds > 0).
    static InterruptRates computeRates(const InterruptTable &previous, const InterruptTable &current, double seconds);

private:
    SystemRoot m_root;
    FileBuffer m_buffer;
    QElapsedTimer m_clock;
    std::shared_ptr<const InterruptTable> m_previous;
    qint64 m_previousNs = 0;
};
