// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/**
 * Writes a synthetic /proc/interrupts in the modern x86_64 layout, for load tests and benchmarks.
 *
 * The text has the shape of /work/shared/bench/gen_proc_interrupts.py (not its bytes): a header of
 * CPU columns, the legacy IR-IO-APIC rows, then MSI-X groups of `mlx5_comp`, `nvme` and
 * `ethX-TxRx` queues until @c irqs rows, the x86 arch rows (NMI … MCP, with descriptions) and the
 * single-value ERR/MIS rows. About 30 % of the counts are non-zero. The output depends only on
 * the options: the same seed gives the same text, and @c tick advances every count as if the file
 * were read @c tick seconds later (IRQ counts by up to 2000, arch counts by exactly 1000).
 * Matching /proc/softirqs and /proc/stat for the same CPUs and tick, and whole fake roots
 * (writeTick(), writeSystem()), feed the end-to-end benchmarks of the sampler and the main window.
 * It owns no state and knows nothing about the parsers.
 */
class SyntheticInterrupts
{
public:
    struct Options
    {
        int cpus = 4;
        int irqs = 50;
        quint32 seed = 1;
        int tick = 0;
    };

    /// The x86 arch rows the text ends with, before ERR and MIS.
    static constexpr int ArchRows = 14;

    static QByteArray generate(const Options &options);
    /// /proc/softirqs for options.cpus CPUs (the ten types of kernel 5.x/6.x, `%12s:` labels);
    /// @c tick advances each non-zero cell by up to 5000 per tick. @c irqs is ignored.
    static QByteArray generateSoftirqs(const Options &options);
    /// /proc/stat for options.cpus online CPUs: the `cpu` lines advance by 100 jiffies per CPU
    /// per tick (USER_HZ, one second), of which 1–3 in hardirq and 2–8 in softirq; then
    /// `intr` with one count per IRQ of generate(), `ctxt`, `btime`, `processes`, `softirq`.
    static QByteArray generateStat(const Options &options);

    /// Writes the three per-tick files (proc/interrupts, proc/softirqs, proc/stat) below
    /// @p directory, creating proc/. False on any I/O error.
    static bool writeTick(const QString &directory, const Options &options);
    /// Writes the slow-changing part of a root below @p directory once: proc/irq/N/ and
    /// sys/kernel/irq/N/ for every numbered IRQ of generate() (affinity spread over the CPUs),
    /// sys/devices/system/cpu/{possible,present,online} and two NUMA nodes, osrelease and
    /// hostname. With writeTick() the root reads like a large server. False on any I/O error.
    static bool writeSystem(const QString &directory, const Options &options);
    /// A QTemporaryDir template for such roots: on tmpfs (/dev/shm) when there is one, so that
    /// disk costs (journal, discard on delete) stay out of the figures, else in the temp path.
    static QString rootTemplate();
};
