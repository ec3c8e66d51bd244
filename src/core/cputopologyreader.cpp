// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cputopologyreader.h"

#include "attributereader.h"
#include "systempaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

bool CpuTopology::hasTopology() const
{
    return std::any_of(
        cpus.cbegin(), cpus.cend(), [](const CpuInfo &info) { return info.package >= 0 || info.core >= 0; });
}

const CpuInfo *CpuTopology::cpu(int cpu) const
{
    const auto it = std::lower_bound(
        cpus.cbegin(), cpus.cend(), cpu, [](const CpuInfo &info, int wanted) { return info.cpu < wanted; });
    if (it == cpus.cend() || it->cpu != cpu)
        return nullptr;
    return &*it;
}

namespace {
// x86 prints BAD_APICID (0xffff) as the cluster id of CPUs whose L2 sharing is unknown.
constexpr int X86UnknownCluster = 0xffff;

std::optional<int> parseInt(QStringView text)
{
    text = text.trimmed();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return int(negative ? -value : value);
}

// A topology id; -1 when missing or malformed (with a warning). The kernel prints -1 itself
// where it does not know (physical_package_id on some arm64 machines).
int readId(AttributeReader &reader, const QString &path)
{
    const auto text = reader.text(path);
    if (!text)
        return -1;
    const auto value = parseInt(*text);
    if (!value || *value < -1) {
        reader.warn(
            path, QCoreApplication::translate("CpuTopologyReader", "not a topology id: '%1'").arg(text->trimmed()));
        return -1;
    }
    return *value;
}

// Numbers of the entries named <prefix><digits> in a directory (`cpu0`, `node1`), ascending.
QList<int> numberedEntries(const SystemRoot &root, const QString &directory, QStringView prefix)
{
    QList<int> numbers;
    for (const QString &name : root.entries(directory)) {
        if (!name.startsWith(prefix) || name.size() == prefix.size())
            continue;
        const QStringView digits = QStringView(name).sliced(prefix.size());
        if (!std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            continue; // cpufreq, cpuidle, …
        if (const auto number = parseInt(digits))
            numbers.append(*number);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}
} // namespace

CpuTopology CpuTopologyReader::read(const SystemRoot &root, QList<SourceIssue> *issues)
{
    using EmptyPolicy = CpuSet::EmptyPolicy;
    CpuTopology topology;
    AttributeReader reader(root, issues);

    // possible, present and online always hold at least the boot CPU: an empty file is malformed.
    const auto possible = reader.cpuList(SystemPaths::cpuFile(u"possible"), EmptyPolicy::RejectEmpty);
    const auto present = reader.cpuList(SystemPaths::cpuFile(u"present"), EmptyPolicy::RejectEmpty);
    const auto online = reader.cpuList(SystemPaths::cpuFile(u"online"), EmptyPolicy::RejectEmpty);

    if (possible) {
        topology.possible = *possible;
    } else {
        topology.possible = CpuSet::fromList(numberedEntries(root, SystemPaths::cpuDirectory(), u"cpu"));
        if (topology.possible.isEmpty() && present)
            topology.possible = *present;
    }
    topology.present = present.value_or(topology.possible);
    topology.online = online.value_or(topology.present);
    // Empty when nothing is isolated; missing on kernels without the feature.
    topology.isolated = reader.cpuList(SystemPaths::cpuFile(u"isolated"), EmptyPolicy::AcceptEmpty).value_or(CpuSet());
    topology.nohzFull = reader.cpuList(SystemPaths::cpuFile(u"nohz_full"), EmptyPolicy::AcceptEmpty).value_or(CpuSet());

    for (int node : numberedEntries(root, SystemPaths::nodeDirectory(), u"node")) {
        // Memory-only nodes (CXL, HBM) have an empty cpulist: they are nodes all the same.
        if (const auto cpus = reader.cpuList(SystemPaths::nodeCpuList(node), EmptyPolicy::AcceptEmpty))
            topology.nodes.insert(node, *cpus);
    }

    topology.cpus.reserve(topology.possible.count());
    topology.possible.forEach([&](int cpu) {
        CpuInfo info;
        info.cpu = cpu;
        info.package = readId(reader, SystemPaths::cpuTopologyFile(cpu, u"physical_package_id"));
        info.die = readId(reader, SystemPaths::cpuTopologyFile(cpu, u"die_id"));
        info.cluster = readId(reader, SystemPaths::cpuTopologyFile(cpu, u"cluster_id"));
        if (info.cluster == X86UnknownCluster)
            info.cluster = -1;
        info.core = readId(reader, SystemPaths::cpuTopologyFile(cpu, u"core_id"));
        info.threadSiblings
            = reader.cpuList(SystemPaths::cpuTopologyFile(cpu, u"thread_siblings_list"), EmptyPolicy::RejectEmpty)
                  .value_or(CpuSet());
        for (auto it = topology.nodes.cbegin(); it != topology.nodes.cend(); ++it) {
            if (it->contains(cpu)) {
                info.node = it.key();
                break;
            }
        }
        info.online = topology.online.contains(cpu);
        info.isolated = topology.isolated.contains(cpu);
        info.nohzFull = topology.nohzFull.contains(cpu);
        topology.cpus.append(std::move(info));
    });
    return topology;
}
