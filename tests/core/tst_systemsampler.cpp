// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "softirqsparser.h"
#include "statparser.h"
#include "systemsampler.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SoftirqTable softirqs(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"softirqs"_s, &issues);
    auto table = SoftirqsParser::parse(text, collector);
    Q_ASSERT(table);
    return *table;
}

CpuStat stat(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"stat"_s, &issues);
    auto parsed = StatParser::parse(text, collector);
    Q_ASSERT(parsed);
    return *parsed;
}
} // namespace

class TestSystemSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void softirqRates();
    void softirqRatesAcrossHotplug();
    void cpuTimeShares();
    void cpuTimeSkipsNewAndResetCpus();
    void samplesAllThreeFiles();
    void optionalFilesMayBeMissing();
};

void TestSystemSampler::softirqRates()
{
    const auto before = softirqs("                    CPU0       CPU1\n"
                                 "          HI:          0          0\n"
                                 "      NET_RX:        100        300\n");
    const auto after = softirqs("                    CPU0       CPU1\n"
                                "          HI:          0          0\n"
                                "      NET_RX:        300        310\n");
    const SoftirqRates r = SystemSampler::computeSoftirqRates(before, after, 2.0);
    QCOMPARE(r.types, (QStringList {u"HI"_s, u"NET_RX"_s}));
    QCOMPARE(r.cell(1, 0), 100.0);
    QCOMPARE(r.cell(1, 1), 5.0);
    QCOMPARE(r.perType, (QList<double> {0.0, 105.0}));
    QCOMPARE(r.perCpu, (QList<double> {100.0, 5.0}));
}

void TestSystemSampler::softirqRatesAcrossHotplug()
{
    // Columns are possible CPUs and never change in practice, but match by number anyway.
    const auto before = softirqs("        CPU0 CPU2\n  TIMER: 10 20\n");
    const auto after = softirqs("        CPU0 CPU1 CPU2\n  TIMER: 11 500 26\n");
    const SoftirqRates r = SystemSampler::computeSoftirqRates(before, after, 1.0);
    QCOMPARE(r.cell(0, 0), 1.0);
    QVERIFY(std::isnan(r.cell(0, 1)));
    QVERIFY(std::isnan(r.perCpu[1]));
    QCOMPARE(r.cell(0, 2), 6.0);
    QCOMPARE(r.perType[0], 7.0);
}

void TestSystemSampler::cpuTimeShares()
{
    //              user nice system idle iowait irq softirq steal
    const auto before = stat("cpu  0 0 0 0 0 0 0 0\n"
                             "cpu0 100 0 100 700 0 50 50 0\n"
                             "cpu1 0 0 0 1000 0 0 0 0\n");
    const auto after = stat("cpu  0 0 0 0 0 0 0 0\n"
                            "cpu0 110 0 110 740 0 80 50 10\n" // +100 ticks: 30 irq, 0 softirq, 10 steal, 40 idle
                            "cpu1 0 0 0 1090 0 0 10 0\n"); // +100 ticks: 10 softirq
    const QList<CpuTimeShare> shares = SystemSampler::computeCpuTime(before, after);
    QCOMPARE(shares.size(), 2);
    QCOMPARE(shares[0].cpu, 0);
    QCOMPARE(shares[0].irq, 30.0);
    QCOMPARE(shares[0].softirq, 0.0);
    QCOMPARE(shares[0].steal, 10.0);
    QCOMPARE(shares[0].busy, 60.0);
    QCOMPARE(shares[1].cpu, 1);
    QCOMPARE(shares[1].irq, 0.0);
    QCOMPARE(shares[1].softirq, 10.0);
    QCOMPARE(shares[1].busy, 10.0);
}

void TestSystemSampler::cpuTimeSkipsNewAndResetCpus()
{
    const auto before = stat("cpu  0 0 0 0\ncpu0 10 0 0 100 0 0 0\ncpu2 500 0 0 500 0 0 0\n");
    const auto after = stat("cpu  0 0 0 0\ncpu0 20 0 0 190 0 0 0\ncpu1 1 0 0 1 0 0 0\ncpu2 1 0 0 1 0 0 0\n");
    const QList<CpuTimeShare> shares = SystemSampler::computeCpuTime(before, after);
    QCOMPARE(shares.size(), 1); // cpu1 is new, cpu2 went back
    QCOMPARE(shares[0].cpu, 0);
    QCOMPARE(shares[0].busy, 10.0);
}

void TestSystemSampler::samplesAllThreeFiles()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "  CPU0 CPU1\n 24: 10 0  PCI-MSI 1-edge  eth0\n"));
    QVERIFY(fake.write(u"proc/softirqs"_s, "   CPU0 CPU1\n NET_RX: 5 5\n"));
    QVERIFY(fake.write(u"proc/stat"_s, "cpu  0 0 0 0\ncpu0 0 0 0 100 0 0 0\ncpu1 0 0 0 100 0 0 0\n"));
    SystemSampler sampler(fake.root());
    const SystemSample first = sampler.sampleAt(1'000'000'000);
    QVERIFY(first.issues.isEmpty());
    QVERIFY(first.interrupts && first.softirqs && first.stat);
    QVERIFY(!first.interruptRates && !first.softirqRates);
    QVERIFY(first.cpuTime.isEmpty());

    QVERIFY(fake.write(u"proc/interrupts"_s, "  CPU0 CPU1\n 24: 30 0  PCI-MSI 1-edge  eth0\n"));
    QVERIFY(fake.write(u"proc/softirqs"_s, "   CPU0 CPU1\n NET_RX: 25 5\n"));
    QVERIFY(fake.write(u"proc/stat"_s, "cpu  0 0 0 0\ncpu0 0 0 0 150 0 50 0\ncpu1 0 0 0 200 0 0 0\n"));
    const SystemSample second = sampler.sampleAt(3'000'000'000);
    QVERIFY(second.interruptRates);
    QCOMPARE(second.interruptRates->perRow[0], 10.0);
    QVERIFY(second.softirqRates);
    QCOMPARE(second.softirqRates->perType[0], 10.0);
    QCOMPARE(second.cpuTime.size(), 2);
    QCOMPARE(second.cpuTime[0].irq, 50.0);
    QCOMPARE(second.cpuTime[1].irq, 0.0);
    QCOMPARE(second.monotonicNs, 3'000'000'000);
}

void TestSystemSampler::optionalFilesMayBeMissing()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "  CPU0\n 1: 1  IO-APIC 1-edge  i8042\n"));
    QVERIFY(fake.mkdir(u"proc/stat"_s)); // exists but cannot be read
    SystemSampler sampler(fake.root());
    const SystemSample sample = sampler.sampleAt(1);
    QVERIFY(sample.interrupts);
    QVERIFY(!sample.softirqs);
    QVERIFY(!sample.stat);
    QCOMPARE(sample.issues.size(), 1);
    QCOMPARE(sample.issues[0].file, fake.path() + u"/proc/stat"_s);
}

QTEST_GUILESS_MAIN(TestSystemSampler)
#include "tst_systemsampler.moc"
