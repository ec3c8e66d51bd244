// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>

#include <optional>
#include <vector>

/// The time one CPU (or all, for the aggregate `cpu` line) spent in each state, in USER_HZ
/// ticks. Kernels print 4 to 10 fields; missing ones are 0 and fieldCount says how many came.
struct CpuTimes
{
    int cpu = -1; ///< -1 for the aggregate line
    quint64 user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0, guest = 0,
            guestNice = 0;
    int fieldCount = 0;

    /// All time spent, without guest/guest_nice (the kernel already counts them in user/nice).
    quint64 total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
};

/**
 * A parsed /proc/stat: per-CPU times (online CPUs only: gaps are normal), the `intr` line
 * (total and per IRQ number), the `softirq` line and the scalar counters.
 */
struct CpuStat
{
    CpuTimes all;
    QList<CpuTimes> cpus; ///< in file order, one per online CPU
    std::optional<quint64> interruptsTotal; ///< first value of `intr` (includes arch interrupts on x86)
    std::vector<quint64> interruptsPerIrq; ///< the rest of `intr`: index = IRQ number
    std::optional<quint64> softirqTotal;
    QList<quint64> softirqsPerType; ///< the rest of `softirq`, in /proc/softirqs order
    std::optional<quint64> contextSwitches, bootTime, processes, procsRunning, procsBlocked;

    /// The times of CPU @p cpu, or nullptr when the file had no line for it.
    const CpuTimes *timesOf(int cpu) const;
};
