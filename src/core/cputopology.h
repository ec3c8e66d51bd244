// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"

#include <QList>
#include <QMap>

/// One CPU's place in the machine; -1 where the kernel does not say.
struct CpuInfo
{
    int cpu = -1;
    int package = -1; ///< topology/physical_package_id
    int die = -1; ///< topology/die_id
    int cluster = -1; ///< topology/cluster_id
    int core = -1; ///< topology/core_id
    int node = -1; ///< the NUMA node whose cpulist holds this CPU
    CpuSet threadSiblings; ///< topology/thread_siblings_list (SMT siblings, including itself)
    bool online = false;
    bool isolated = false; ///< in `isolated` (isolcpus=)
    bool nohzFull = false; ///< in `nohz_full`
};

/**
 * The CPUs of a machine: which exist, which are online, and how they group into packages,
 * dies, clusters, cores, SMT siblings and NUMA nodes, from /sys/devices/system/{cpu,node}.
 * When a file is missing the matching information is simply absent (a root that holds only
 * proc/interrupts has no topology: hasTopology() is false and views fall back to a flat grid).
 */
struct CpuTopology
{
    CpuSet possible;
    CpuSet present;
    CpuSet online;
    CpuSet isolated;
    CpuSet nohzFull;
    QList<CpuInfo> cpus; ///< one per possible CPU, ascending
    QMap<int, CpuSet> nodes; ///< NUMA node -> its CPUs

    /// nr_cpu_ids: the width the kernel gives CPU masks (highest possible CPU + 1), or 0.
    int nrCpuIds() const { return possible.isEmpty() ? 0 : possible.last() + 1; }
    bool hasTopology() const;
    const CpuInfo *cpu(int cpu) const;
};
