// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpugroups.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
QList<int> range(int n)
{
    QList<int> cpus(n);
    std::iota(cpus.begin(), cpus.end(), 0);
    return cpus;
}

/// @p cpus CPUs: @p nodes NUMA nodes and @p packages packages, filled in order.
CpuTopology topology(int cpus, int nodes, int packages)
{
    CpuTopology t;
    for (int cpu = 0; cpu < cpus; ++cpu) {
        CpuInfo info;
        info.cpu = cpu;
        info.node = nodes > 0 ? cpu / (cpus / nodes) : -1;
        info.package = packages > 0 ? cpu / (cpus / packages) : -1;
        t.cpus.append(info);
        t.possible.insert(cpu);
    }
    return t;
}
} // namespace

class TestCpuGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallMachinesShowEveryCpu();
    void groupsByNodeThenPackageThenBlock();
    void expandedShowsEveryCpu();
    void sumsAndMeans();
};

void TestCpuGroups::smallMachinesShowEveryCpu()
{
    const CpuGroups groups = CpuGroups::make({0, 2, 3}, topology(4, 1, 1), 16, false);
    QCOMPARE(groups.kind(), CpuGroups::Kind::Cpu);
    QCOMPARE(groups.names(), (QStringList{u"CPU 0"_s, u"CPU 2"_s, u"CPU 3"_s}));
    QCOMPARE(groups.members(1), QList<qsizetype>{1});
}

void TestCpuGroups::groupsByNodeThenPackageThenBlock()
{
    const CpuGroups nodes = CpuGroups::make(range(64), topology(64, 2, 2), 16, false);
    QCOMPARE(nodes.kind(), CpuGroups::Kind::Node);
    QCOMPARE(nodes.names(), (QStringList{u"Node 0"_s, u"Node 1"_s}));
    QCOMPARE(nodes.members(1).size(), 32);
    QCOMPARE(nodes.members(1).first(), 32);

    const CpuGroups packages = CpuGroups::make(range(32), topology(32, 1, 2), 16, false);
    QCOMPARE(packages.kind(), CpuGroups::Kind::Package);
    QCOMPARE(packages.names(), (QStringList{u"Package 0"_s, u"Package 1"_s}));

    const CpuGroups blocks = CpuGroups::make(range(40), topology(40, 1, 1), 16, false);
    QCOMPARE(blocks.kind(), CpuGroups::Kind::Block);
    QCOMPARE(blocks.names(), (QStringList{u"CPUs 0–15"_s, u"CPUs 16–31"_s, u"CPUs 32–39"_s}));
    QCOMPARE(blocks.members(2).size(), 8);

    // No topology at all (a root with only proc/interrupts): blocks.
    QCOMPARE(CpuGroups::make(range(20), CpuTopology(), 16, false).kind(), CpuGroups::Kind::Block);
}

void TestCpuGroups::expandedShowsEveryCpu()
{
    const CpuGroups groups = CpuGroups::make(range(64), topology(64, 2, 2), 16, true);
    QCOMPARE(groups.kind(), CpuGroups::Kind::Cpu);
    QCOMPARE(groups.size(), 64);
}

void TestCpuGroups::sumsAndMeans()
{
    const CpuGroups groups = CpuGroups::make(range(4), topology(4, 2, 1), 2, false);
    QCOMPARE(groups.kind(), CpuGroups::Kind::Node);
    const double nan = std::nan("");
    QCOMPARE(groups.sum({1.0, 2.0, 10.0, nan}), (QList<double>{3.0, 10.0}));
    QCOMPARE(groups.mean({1.0, 2.0, 10.0, nan}), (QList<double>{1.5, 10.0}));
    const QList<double> unknown = groups.sum({nan, nan, 1.0, 1.0});
    QVERIFY(std::isnan(unknown[0]));
    QCOMPARE(unknown[1], 2.0);
}

QTEST_GUILESS_MAIN(TestCpuGroups)
#include "tst_cpugroups.moc"
