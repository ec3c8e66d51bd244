// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpustat.h"
#include "interruptsampler.h"
#include "softirqtable.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

/// Softirqs per second over one interval, aligned with the current SoftirqTable; NaN where
/// the interval cannot tell (a counter went back).
struct SoftirqRates
{
    QList<int> cpus;
    QStringList types;
    double seconds = 0;
    std::vector<double> perCell; ///< types × cpus
    QList<double> perType;
    QList<double> perCpu; ///< NaN for a CPU none of whose cells is known

    double cell(qsizetype type, qsizetype column) const { return perCell[size_t(type * cpus.size() + column)]; }
};

/// How one CPU spent an interval, in percent of its time (0–100), from /proc/stat.
struct CpuTimeShare
{
    int cpu = -1;
    double irq = 0; ///< servicing hardware interrupts
    double softirq = 0; ///< running softirqs
    double steal = 0; ///< stolen by the hypervisor
    double busy = 0; ///< everything but idle and iowait

    friend bool operator==(const CpuTimeShare &, const CpuTimeShare &) = default;
};

/// Everything that changes every second, read at one instant, with rates against the
/// previous sample. Tables are shared and immutable: models keep them without copying.
struct SystemSample
{
    qint64 monotonicNs = 0;
    QDateTime time; ///< wall clock, for display
    std::shared_ptr<const InterruptTable> interrupts;
    std::shared_ptr<const InterruptRates> interruptRates; ///< null for the first sample; shared, as it is megabytes on a big server
    std::shared_ptr<const SoftirqTable> softirqs;
    std::optional<SoftirqRates> softirqRates;
    std::shared_ptr<const CpuStat> stat;
    QList<CpuTimeShare> cpuTime; ///< empty until two /proc/stat samples exist
    QList<SourceIssue> issues;
};

/**
 * The per-tick sampler behind the live views: reads /proc/interrupts, /proc/softirqs and
 * /proc/stat through a SystemRoot (reusing its buffers) and computes every rate and share
 * here in core, so models and charts only display numbers. Slow-changing state (affinity,
 * topology, NICs) is SystemReader's job.
 */
class SystemSampler
{
public:
    explicit SystemSampler(SystemRoot root);

    SystemSample sample();
    /// As sample(), at a given monotonic time (tests, replay).
    SystemSample sampleAt(qint64 monotonicNs);
    void reset();

    const SystemRoot &root() const { return m_root; }

    static SoftirqRates computeSoftirqRates(const SoftirqTable &previous, const SoftirqTable &current, double seconds);
    static QList<CpuTimeShare> computeCpuTime(const CpuStat &previous, const CpuStat &current);

private:
    SystemRoot m_root;
    InterruptSampler m_interrupts;
    FileBuffer m_buffer;
    QElapsedTimer m_clock;
    std::shared_ptr<const SoftirqTable> m_previousSoftirqs;
    std::shared_ptr<const CpuStat> m_previousStat;
    qint64 m_previousNs = 0;
};
