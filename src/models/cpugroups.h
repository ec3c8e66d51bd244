// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cputopology.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * How many CPUs a chart shows as one line or bar. Up to a limit every CPU is its own group;
 * above it CPUs are grouped by NUMA node, else by package, else in blocks of 16, so that a
 * 256-CPU machine gives a handful of readable lines instead of 256. Sums (rates) and means
 * (percentages) over a group are computed here, not in the charts.
 */
class CpuGroups
{
public:
    enum class Kind { Cpu, Node, Package, Block };

    /// Groups for @p cpus (ascending): one per CPU when there are at most @p limit of them
    /// (or when @p expanded), else by the topology.
    static CpuGroups make(const QList<int> &cpus, const CpuTopology &topology, int limit, bool expanded);

    Kind kind() const { return m_kind; }
    qsizetype size() const { return m_members.size(); }
    /// `CPU 3`, `Node 1`, `Package 0`, `CPUs 16–31`.
    QStringList names() const { return m_names; }
    /// Indexes into the cpus given to make() that belong to group @p group.
    const QList<qsizetype> &members(qsizetype group) const { return m_members[group]; }

    /// Per-group sums of @p values (aligned with the cpus given to make()); NaN values are
    /// skipped, a group with no known value is NaN.
    QList<double> sum(const QList<double> &values) const;
    /// Per-group means, likewise.
    QList<double> mean(const QList<double> &values) const;

private:
    Kind m_kind = Kind::Cpu;
    QStringList m_names;
    QList<QList<qsizetype>> m_members;
};
