// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpugroups.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CpuGroups", text);
}
} // namespace

CpuGroups CpuGroups::make(const QList<int> &cpus, const CpuTopology &topology, int limit, bool expanded)
{
    CpuGroups groups;
    if (expanded || cpus.size() <= limit) {
        groups.m_kind = Kind::Cpu;
        for (qsizetype i = 0; i < cpus.size(); ++i) {
            groups.m_names.append(tr("CPU %1").arg(cpus[i]));
            groups.m_members.append(QList<qsizetype>{i});
        }
        return groups;
    }

    // The coarsest split the topology offers that still says something: nodes, then packages.
    auto groupBy = [&](auto keyOf) {
        QMap<int, QList<qsizetype>> byKey;
        for (qsizetype i = 0; i < cpus.size(); ++i)
            byKey[keyOf(cpus[i])].append(i);
        return byKey;
    };
    const auto byNode = groupBy([&](int cpu) {
        const CpuInfo *info = topology.cpu(cpu);
        return info ? info->node : -1;
    });
    const auto byPackage = groupBy([&](int cpu) {
        const CpuInfo *info = topology.cpu(cpu);
        return info ? info->package : -1;
    });
    if (byNode.size() > 1 && !byNode.contains(-1)) {
        groups.m_kind = Kind::Node;
        for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
            groups.m_names.append(tr("Node %1").arg(it.key()));
            groups.m_members.append(*it);
        }
    } else if (byPackage.size() > 1 && !byPackage.contains(-1)) {
        groups.m_kind = Kind::Package;
        for (auto it = byPackage.cbegin(); it != byPackage.cend(); ++it) {
            groups.m_names.append(tr("Package %1").arg(it.key()));
            groups.m_members.append(*it);
        }
    } else {
        groups.m_kind = Kind::Block;
        constexpr qsizetype block = 16;
        for (qsizetype start = 0; start < cpus.size(); start += block) {
            const qsizetype end = std::min(start + block, cpus.size());
            QList<qsizetype> members;
            for (qsizetype i = start; i < end; ++i)
                members.append(i);
            groups.m_names.append(tr("CPUs %1–%2").arg(cpus[start]).arg(cpus[end - 1]));
            groups.m_members.append(members);
        }
    }
    return groups;
}

QList<double> CpuGroups::sum(const QList<double> &values) const
{
    QList<double> result;
    result.reserve(m_members.size());
    for (const QList<qsizetype> &members : m_members) {
        double total = 0;
        bool known = false;
        for (qsizetype i : members) {
            if (i < values.size() && !std::isnan(values[i])) {
                total += values[i];
                known = true;
            }
        }
        result.append(known ? total : std::nan(""));
    }
    return result;
}

QList<double> CpuGroups::mean(const QList<double> &values) const
{
    QList<double> result;
    result.reserve(m_members.size());
    for (const QList<qsizetype> &members : m_members) {
        double total = 0;
        int known = 0;
        for (qsizetype i : members) {
            if (i < values.size() && !std::isnan(values[i])) {
                total += values[i];
                ++known;
            }
        }
        result.append(known ? total / known : std::nan(""));
    }
    return result;
}
