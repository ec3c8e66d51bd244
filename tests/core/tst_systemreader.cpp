// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "interruptsparser.h"
#include "systemreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
int errorCount(const SystemState &state)
{
    return int(std::count_if(state.issues.cbegin(), state.issues.cend(),
        [](const SourceIssue &i) { return i.severity == SourceIssue::Severity::Error; }));
}
} // namespace

class TestSystemReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeSystem();
    void onlyInterrupts();
    void missingInterruptsIsAnError();
    void unreadableInterruptsIsAnError();
    void malformedOptionalFileIsAnError();
    void partsAreRespected();
    void readFileRequired();
};

void TestSystemReader::wholeSystem()
{
    FakeRoot fake;
    QVERIFY(fake.copyData(u"interrupts/12_x86_2xE5-2640_igb-ixgbe_32cpu_legacy.txt"_s, u"proc/interrupts"_s));
    QVERIFY(fake.copyData(u"softirqs/42_softirqs_x86_8cpu_sysstat.txt"_s, u"proc/softirqs"_s));
    QVERIFY(fake.copyData(u"stat/50_stat_x86_8cpu_procfs.txt"_s, u"proc/stat"_s));
    QVERIFY(fake.write(u"proc/sys/kernel/osrelease"_s, "3.10.0\n"));
    QVERIFY(fake.write(u"proc/sys/kernel/hostname"_s, "edge-router\n"));
    QVERIFY(fake.write(u"proc/irq/default_smp_affinity"_s, "ffffffff\n"));
    QVERIFY(fake.write(u"proc/irq/80/smp_affinity_list"_s, "0-31\n"));
    QVERIFY(fake.write(u"proc/irq/80/effective_affinity_list"_s, "4\n"));
    QVERIFY(fake.write(u"sys/devices/system/cpu/possible"_s, "0-31\n"));
    QVERIFY(fake.write(u"sys/devices/system/cpu/online"_s, "0-31\n"));
    QVERIFY(fake.write(u"sys/class/net/eth2/queues/rx-0/rps_cpus"_s, "00000000\n"));
    QVERIFY(fake.symlink(u"sys/class/net/eth2/device"_s, u"../../../0000:03:00.0"_s));

    const SystemState state = SystemReader::read(fake.root());
    QVERIFY2(state.issues.isEmpty(), qPrintable(state.issues.value(0).toString()));
    QVERIFY(!state.hasErrors());
    QCOMPARE(state.kernelRelease, u"3.10.0"_s);
    QCOMPARE(state.hostname, u"edge-router"_s);
    QVERIFY(state.interrupts);
    QCOMPARE(state.interrupts->cpus.size(), 32);
    QVERIFY(state.softirqs);
    QCOMPARE(state.softirqs->cpus.size(), 8);
    QVERIFY(state.stat);
    QCOMPARE(state.defaultAffinity, std::optional<CpuSet>(CpuSet::range(0, 31)));
    QVERIFY(state.irq(80));
    QCOMPARE(state.irq(80)->effective, std::optional<CpuSet>(CpuSet {4}));
    QCOMPARE(state.irq(81), nullptr);
    QCOMPARE(state.topology.online, CpuSet::range(0, 31));
    QCOMPARE(state.nics.size(), 1);
    QCOMPARE(state.nics[0].name, u"eth2"_s);
    // The capture names eth2's queue vectors eth2-TxRx-N: the map ties them to eth2.
    QVERIFY(!state.queueOfIrq.isEmpty());
    for (const IrqQueueBinding &binding : state.queueOfIrq)
        QCOMPARE(binding.interface, u"eth2"_s);
}

void TestSystemReader::onlyInterrupts()
{
    FakeRoot fake;
    QVERIFY(fake.copyData(u"interrupts/05_x86_offline-cpu6_7cols_sysstat-edited.txt"_s, u"proc/interrupts"_s));
    const SystemState state = SystemReader::read(fake.root());
    // Everything else is simply unknown: no issue, no error.
    QVERIFY2(state.issues.isEmpty(), qPrintable(state.issues.value(0).toString()));
    QVERIFY(state.interrupts);
    QCOMPARE(state.interrupts->cpus, (QList<int> {0, 1, 2, 3, 4, 5, 7}));
    QVERIFY(!state.softirqs);
    QVERIFY(!state.stat);
    QVERIFY(state.irqs.isEmpty());
    QVERIFY(!state.defaultAffinity);
    QVERIFY(!state.topology.hasTopology());
    QVERIFY(state.nics.isEmpty());
    QVERIFY(state.kernelRelease.isEmpty());
}

void TestSystemReader::missingInterruptsIsAnError()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/softirqs"_s, FakeRoot::data(u"softirqs/40_softirqs_x86_2cpu_procfs.txt"_s)));
    const SystemState state = SystemReader::read(fake.root());
    QVERIFY(!state.interrupts);
    QVERIFY(state.softirqs);
    QVERIFY(state.hasErrors());
    QCOMPARE(errorCount(state), 1);
    QCOMPARE(state.issues[0].file, fake.path() + u"/proc/interrupts"_s);
    QCOMPARE(state.issues[0].message, u"the file does not exist"_s);
}

void TestSystemReader::unreadableInterruptsIsAnError()
{
    FakeRoot fake;
    QVERIFY(fake.mkdir(u"proc/interrupts"_s));
    const SystemState state = SystemReader::read(fake.root(), SystemReader::Part::Interrupts);
    QVERIFY(!state.interrupts);
    QCOMPARE(errorCount(state), 1);
    QVERIFY(state.issues[0].message.startsWith(u"cannot read the file: "_s));
}

void TestSystemReader::malformedOptionalFileIsAnError()
{
    FakeRoot fake;
    QVERIFY(fake.copyData(u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s, u"proc/interrupts"_s));
    QVERIFY(fake.write(u"proc/softirqs"_s, "this is not a softirqs file\n"));
    const SystemState state = SystemReader::read(fake.root());
    QVERIFY(state.interrupts);
    QVERIFY(!state.softirqs);
    QVERIFY(state.hasErrors());
    QCOMPARE(state.issues.value(0).file, fake.path() + u"/proc/softirqs"_s);
    QCOMPARE(state.issues.value(0).line, 1);
}

void TestSystemReader::partsAreRespected()
{
    FakeRoot fake;
    QVERIFY(fake.copyData(u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s, u"proc/interrupts"_s));
    QVERIFY(fake.write(u"sys/devices/system/cpu/possible"_s, "0-3\n"));
    QVERIFY(fake.write(u"proc/irq/1/smp_affinity_list"_s, "0\n"));
    const SystemState topologyOnly = SystemReader::read(fake.root(), SystemReader::Part::Topology);
    QVERIFY(!topologyOnly.interrupts);
    QVERIFY(topologyOnly.irqs.isEmpty());
    QCOMPARE(topologyOnly.topology.possible, CpuSet::range(0, 3));
    QVERIFY(topologyOnly.issues.isEmpty());

    const SystemState irqs = SystemReader::read(fake.root(), SystemReader::Part::Irqs);
    QCOMPARE(irqs.irqs.size(), 1);
    QVERIFY(irqs.topology.possible.isEmpty());
}

void TestSystemReader::readFileRequired()
{
    FakeRoot fake;
    QList<SourceIssue> issues;
    QVERIFY(!SystemReader::readFile<InterruptsParser>(fake.root(), u"proc/interrupts"_s, false, &issues));
    QVERIFY(issues.isEmpty());
    QVERIFY(!SystemReader::readFile<InterruptsParser>(fake.root(), u"proc/interrupts"_s, true, &issues));
    QCOMPARE(issues.size(), 1);
}

QTEST_GUILESS_MAIN(TestSystemReader)
#include "tst_systemreader.moc"
