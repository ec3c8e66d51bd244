// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
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
 * It owns no state and knows nothing about the parser.
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
};
