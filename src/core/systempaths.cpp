// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "systempaths.h"

namespace SystemPaths {

QString interrupts()
{
    return QStringLiteral("proc/interrupts");
}
QString softirqs()
{
    return QStringLiteral("proc/softirqs");
}
QString stat()
{
    return QStringLiteral("proc/stat");
}
QString kernelRelease()
{
    return QStringLiteral("proc/sys/kernel/osrelease");
}
QString hostname()
{
    return QStringLiteral("proc/sys/kernel/hostname");
}
QString irqDirectory()
{
    return QStringLiteral("proc/irq");
}
QString defaultSmpAffinity()
{
    return QStringLiteral("proc/irq/default_smp_affinity");
}

QString irqFile(uint irq, QStringView name)
{
    return irqDirectory() + u'/' + QString::number(irq) + u'/' + name;
}

QString sysIrqDirectory()
{
    return QStringLiteral("sys/kernel/irq");
}

QString sysIrqFile(uint irq, QStringView name)
{
    return sysIrqDirectory() + u'/' + QString::number(irq) + u'/' + name;
}

QString cpuDirectory()
{
    return QStringLiteral("sys/devices/system/cpu");
}

QString cpuFile(QStringView name)
{
    return cpuDirectory() + u'/' + name;
}

QString cpuTopologyFile(int cpu, QStringView name)
{
    return cpuDirectory() + u"/cpu" + QString::number(cpu) + u"/topology/" + name;
}

QString nodeDirectory()
{
    return QStringLiteral("sys/devices/system/node");
}

QString nodeCpuList(int node)
{
    return nodeDirectory() + u"/node" + QString::number(node) + u"/cpulist";
}

QString netDirectory()
{
    return QStringLiteral("sys/class/net");
}

QString netFile(QStringView iface, QStringView name)
{
    return netDirectory() + u'/' + iface + u'/' + name;
}

QString processDirectory()
{
    return QStringLiteral("proc");
}

QString processFile(QStringView pid, QStringView name)
{
    return processDirectory() + u'/' + pid + u'/' + name;
}

} // namespace SystemPaths
