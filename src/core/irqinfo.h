// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * What the kernel says about one IRQ number outside /proc/interrupts: the masks and node
 * from /proc/irq/N and the descriptor attributes from /sys/kernel/irq/N. Every field is
 * optional because every file is: old kernels, other architectures and fixture roots lack
 * some, and an unknown value must read as unknown, never as "no CPUs".
 */
struct IrqInfo
{
    uint irq = 0;

    // /proc/irq/N
    std::optional<CpuSet> affinity; ///< smp_affinity_list, else smp_affinity
    std::optional<CpuSet> effective; ///< effective_affinity_list, else effective_affinity
    std::optional<CpuSet> affinityHint; ///< affinity_hint (a hex mask; all zero = no hint)
    std::optional<int> node; ///< `node`; -1 = no NUMA node
    std::optional<quint64> spuriousCount, spuriousUnhandled; ///< from `spurious`
    /// Width in bits of the printed smp_affinity mask (nr_cpu_ids), so a write can use the
    /// same width; 0 when unknown.
    int maskBits = 0;

    // /sys/kernel/irq/N (kernels since 4.17 with SPARSE_IRQ)
    QString actions; ///< comma separated, as in the file
    QString chipName;
    QString hwirq;
    QString name; ///< the flow handler name (`edge`, `fasteoi`)
    QString type; ///< `edge` or `level`
    QList<quint64> perCpuCount; ///< one per possible CPU
    std::optional<bool> wakeup;

    bool hasProcEntry = false; ///< /proc/irq/N existed
    bool hasSysEntry = false; ///< /sys/kernel/irq/N existed
};
