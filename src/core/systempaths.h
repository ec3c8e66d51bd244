// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

/**
 * Every path IRQ Scope reads, relative to a SystemRoot. This is the only place that spells
 * out `proc/…` and `sys/…`: readers ask for SystemPaths::interrupts(), never for a literal,
 * so a fixture tree, a snapshot and the live machine are read through the same names.
 */
namespace SystemPaths {
QString interrupts(); ///< proc/interrupts
QString softirqs(); ///< proc/softirqs
QString stat(); ///< proc/stat
QString kernelRelease(); ///< proc/sys/kernel/osrelease
QString hostname(); ///< proc/sys/kernel/hostname
QString irqDirectory(); ///< proc/irq
QString defaultSmpAffinity(); ///< proc/irq/default_smp_affinity
QString irqFile(uint irq, QStringView name); ///< proc/irq/N/<name>
QString sysIrqDirectory(); ///< sys/kernel/irq
QString sysIrqFile(uint irq, QStringView name); ///< sys/kernel/irq/N/<name>
QString cpuDirectory(); ///< sys/devices/system/cpu
QString cpuFile(QStringView name); ///< sys/devices/system/cpu/<name> (online, possible, …)
QString cpuTopologyFile(int cpu, QStringView name); ///< sys/devices/system/cpu/cpuN/topology/<name>
QString nodeDirectory(); ///< sys/devices/system/node
QString nodeCpuList(int node); ///< sys/devices/system/node/nodeN/cpulist
QString netDirectory(); ///< sys/class/net
QString netFile(QStringView iface, QStringView name); ///< sys/class/net/<if>/<name>
QString processDirectory(); ///< proc
QString processFile(QStringView pid, QStringView name); ///< proc/<pid>/<name>
} // namespace SystemPaths
