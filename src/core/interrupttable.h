// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "hugepageallocator.h"

#include <span>
#include <vector>

/**
 * One row of /proc/interrupts: a numbered IRQ, a per-CPU architecture row (`NMI`, `LOC`,
 * `IPI0`), or a row with a single global value (`ERR`, `MIS`, arm's `FIQ` with none).
 * The counts live in the owning InterruptTable, not here.
 */
struct InterruptRow
{
    enum class Kind {
        Irq, ///< numbered: counts, chip, hwirq, trigger, action names
        Arch, ///< per-CPU counts and a description (`Local timer interrupts`)
        Single, ///< one global value (`ERR:  0`) or none at all (`FIQ:  usb_fiq`); no per-CPU counts
    };

    QString id; ///< exactly as in the file: `42`, `NMI`, `IPI0`, `ERR`, `I/O`
    uint irq = 0; ///< the IRQ number when kind == Irq
    Kind kind = Kind::Irq;
    int occurrence = 0; ///< 0, or 1.. when the same id appears again (powerpc prints `LOC` twice)
    int line = 0; ///< 1-based line in the source file
    QString
        chip; ///< `IR-PCI-MSIX-0000:02:00.0`, `GICv3`, `SiFive PLIC`, `IO-APIC` (fused: `IO-APIC` of `IO-APIC-edge`)
    QString hwirq; ///< `27`, `524288`, `4138200989697`; empty when the kernel printed none
    QString trigger; ///< `Level`/`Edge` (GENERIC_IRQ_SHOW_LEVEL), else the flow handler: `edge`, `fasteoi`
    QString flow; ///< the flow handler when a Level/Edge trigger was printed too (`fasteoi` of `Level -fasteoi`)
    QStringList actions; ///< handler names sharing the line: `ehci_hcd:usb1`, `mmc0`
    QString description; ///< Arch and Single rows: the text after the counts
    quint64 total = 0; ///< sum of the counts, or the single value

    /// The action names as the kernel prints them: `ehci_hcd:usb1, mmc0`.
    QString name() const { return actions.join(QStringLiteral(", ")); }
    bool hasPerCpuCounts() const { return kind != Kind::Single; }
};

/**
 * A parsed /proc/interrupts at one instant: the CPU numbers from the header and one row per
 * line. Counts are stored row-major in one flat array (rows × CPU columns) so that a 512-CPU,
 * 4000-IRQ table is one allocation, and are always 0 for Single rows.
 */
class InterruptTable
{
public:
    QList<int> cpus; ///< CPU numbers in column order, from the header (`CPU0 CPU2` when CPU1 is offline)
    QList<InterruptRow> rows;
    /// rows.size() × cpus.size(); megabytes on a big server, hence huge pages
    std::vector<quint64, HugePageAllocator<quint64>> counts;

    std::span<const quint64> countsOf(qsizetype row) const
    {
        return {counts.data() + row * cpus.size(), size_t(cpus.size())};
    }
    quint64 count(qsizetype row, qsizetype column) const { return counts[size_t(row * cpus.size() + column)]; }
    /// The column of CPU @p cpu, or -1 when it has none (offline or never seen).
    qsizetype columnOf(int cpu) const { return cpus.indexOf(cpu); }
    /// The first row with this id, or -1.
    qsizetype indexOf(QStringView id) const;
    /// The row of numbered IRQ @p irq, or -1.
    qsizetype indexOfIrq(uint irq) const;
    bool isEmpty() const { return rows.isEmpty(); }
};
