// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "interruptsampler.h"
#include "interruptsparser.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
InterruptTable parse(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto table = InterruptsParser::parse(text, collector);
    Q_ASSERT(table);
    return *table;
}

constexpr quint64 u32max = 0xffffffffULL;
} // namespace

class TestInterruptSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterDelta_data();
    void counterDelta();
    void steadyRates();
    void rowsMatchedByIdNotIndex();
    void cpuOffline();
    void cpuBackOnline();
    void wrappedCounter();
    void reusedIrqNumber();
    void singleValueRows();
    void duplicateLabels();
    void sampleFromRoot();
    void missingFile();
};

void TestInterruptSampler::counterDelta_data()
{
    QTest::addColumn<quint64>("previous");
    QTest::addColumn<quint64>("current");
    QTest::addColumn<bool>("known");
    QTest::addColumn<quint64>("delta");

    QTest::newRow("unchanged") << quint64(7) << quint64(7) << true << quint64(0);
    QTest::newRow("increase") << quint64(100) << quint64(250) << true << quint64(150);
    QTest::newRow("64-bit increase") << quint64(1) << (quint64(1) << 40) << true << ((quint64(1) << 40) - 1);
    QTest::newRow("32-bit wrap") << (u32max - 5) << quint64(4) << true << quint64(10);
    QTest::newRow("wrap from max") << u32max << quint64(0) << true << quint64(1);
    QTest::newRow("wrap, exactly half the range") << (quint64(1) << 31) << quint64(0) << true << (quint64(1) << 31);
    QTest::newRow("decrease too large for a wrap: reset") << quint64(1000) << quint64(10) << false << quint64(0);
    QTest::newRow("64-bit counter went back: reset") << (quint64(1) << 40) << quint64(5) << false << quint64(0);
}

void TestInterruptSampler::counterDelta()
{
    QFETCH(quint64, previous);
    QFETCH(quint64, current);
    QFETCH(bool, known);
    QFETCH(quint64, delta);
    const auto result = InterruptSampler::counterDelta(previous, current);
    QCOMPARE(result.has_value(), known);
    if (known)
        QCOMPARE(*result, delta);
}

void TestInterruptSampler::steadyRates()
{
    const auto before = parse("           CPU0       CPU1\n"
                              "  0:        100        200   IO-APIC   2-edge      timer\n"
                              " 24:          0         10   PCI-MSI 524288-edge      eth0\n"
                              "LOC:       1000       2000   Local timer interrupts\n");
    const auto after = parse("           CPU0       CPU1\n"
                             "  0:        300        200   IO-APIC   2-edge      timer\n"
                             " 24:          0         50   PCI-MSI 524288-edge      eth0\n"
                             "LOC:       1500       2600   Local timer interrupts\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 2.0);
    QCOMPARE(r.cpus, (QList<int> {0, 1}));
    QCOMPARE(r.seconds, 2.0);
    QCOMPARE(r.cell(0, 0), 100.0);
    QCOMPARE(r.cell(0, 1), 0.0);
    QCOMPARE(r.cell(1, 1), 20.0);
    QCOMPARE(r.perRow, (QList<double> {100.0, 20.0, 550.0}));
    QCOMPARE(r.deviceRatePerCpu, (QList<double> {100.0, 20.0}));
    QCOMPARE(r.allRatePerCpu, (QList<double> {350.0, 320.0}));
    QCOMPARE(r.deviceTotal, 120.0);
}

void TestInterruptSampler::rowsMatchedByIdNotIndex()
{
    // IRQ 24 vanished and IRQ 30 appeared between the samples: every other row moved.
    const auto before = parse("           CPU0\n"
                              "  0:         10   IO-APIC   2-edge      timer\n"
                              " 24:        500   PCI-MSI 1-edge      gone\n"
                              " 25:        100   PCI-MSI 2-edge      stays\n"
                              "NMI:          0   Non-maskable interrupts\n");
    const auto after = parse("           CPU0\n"
                             "  0:         20   IO-APIC   2-edge      timer\n"
                             " 25:        130   PCI-MSI 2-edge      stays\n"
                             " 30:       9999   PCI-MSI 3-edge      new\n"
                             "NMI:          4   Non-maskable interrupts\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 1.0);
    QCOMPARE(r.perRow.size(), 4);
    QCOMPARE(r.perRow[0], 10.0);
    QCOMPARE(r.perRow[1], 30.0); // 25, matched by id although it moved up a row
    QVERIFY(!InterruptRates::isKnown(r.perRow[2])); // 30 is new: no rate, not 9999/s
    QVERIFY(!InterruptRates::isKnown(r.cell(2, 0)));
    QCOMPARE(r.perRow[3], 4.0);
    QCOMPARE(r.deviceTotal, 40.0);
}

void TestInterruptSampler::cpuOffline()
{
    const auto before = parse("           CPU0       CPU1       CPU2\n"
                              " 24:         10         20         30   PCI-MSI 1-edge      eth0\n");
    const auto after = parse("           CPU0       CPU2\n"
                             " 24:         15         42   PCI-MSI 1-edge      eth0\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 1.0);
    QCOMPARE(r.cpus, (QList<int> {0, 2}));
    QCOMPARE(r.cell(0, 0), 5.0);
    QCOMPARE(r.cell(0, 1), 12.0); // CPU2 compared with CPU2, not with CPU1's column
    QCOMPARE(r.perRow[0], 17.0);
}

void TestInterruptSampler::cpuBackOnline()
{
    const auto before = parse("           CPU0       CPU2\n"
                              " 24:         10         30   PCI-MSI 1-edge      eth0\n");
    const auto after = parse("           CPU0       CPU1       CPU2\n"
                             " 24:         11       7000         33   PCI-MSI 1-edge      eth0\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 1.0);
    QCOMPARE(r.cell(0, 0), 1.0);
    QVERIFY(!InterruptRates::isKnown(r.cell(0, 1))); // CPU1 has no earlier count to compare with
    QCOMPARE(r.cell(0, 2), 3.0);
    QCOMPARE(r.perRow[0], 4.0);
    // CPU1's sums are unknown too, not 0/s.
    QCOMPARE(r.allRatePerCpu[0], 1.0);
    QVERIFY(std::isnan(r.allRatePerCpu[1]));
    QCOMPARE(r.allRatePerCpu[2], 3.0);
    QVERIFY(std::isnan(r.deviceRatePerCpu[1]));
}

void TestInterruptSampler::wrappedCounter()
{
    const auto before = parse("           CPU0       CPU1\n"
                              " 24: 4294967290        100   PCI-MSI 1-edge      eth0\n");
    const auto after = parse("           CPU0       CPU1\n"
                             " 24:         14        100   PCI-MSI 1-edge      eth0\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 2.0);
    QCOMPARE(r.cell(0, 0), 10.0); // (2^32 - 4294967290 + 14) / 2
    QCOMPARE(r.cell(0, 1), 0.0);
    QCOMPARE(r.perRow[0], 10.0);
}

void TestInterruptSampler::reusedIrqNumber()
{
    // IRQ 40 was freed and given to another device: its counters restarted.
    const auto before = parse("           CPU0\n"
                              " 40:      90000   PCI-MSI 1-edge      nvme0q1\n");
    const auto after = parse("           CPU0\n"
                             " 40:         12   PCI-MSI 7-edge      eth3\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 1.0);
    QVERIFY(!InterruptRates::isKnown(r.perRow[0]));
    QVERIFY(!InterruptRates::isKnown(r.cell(0, 0)));
    QCOMPARE(r.deviceTotal, 0.0);
}

void TestInterruptSampler::singleValueRows()
{
    const auto before = parse("           CPU0       CPU1\n"
                              "ERR:          3\n"
                              "MIS:          0\n");
    const auto after = parse("           CPU0       CPU1\n"
                             "ERR:          9\n"
                             "MIS:          0\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 2.0);
    QCOMPARE(r.perRow, (QList<double> {3.0, 0.0}));
    QVERIFY(!InterruptRates::isKnown(r.cell(0, 0))); // a global counter has no per-CPU rate
    // A global counter adds nothing to any CPU: their sums stay unknown.
    QVERIFY(std::isnan(r.allRatePerCpu[0]));
    QVERIFY(std::isnan(r.allRatePerCpu[1]));
}

void TestInterruptSampler::duplicateLabels()
{
    // powerpc prints LOC twice; each must be compared with its own earlier value.
    const auto before = parse("           CPU0\n"
                              "LOC:        100   Local timer interrupts for timer event device\n"
                              "LOC:         50   Local timer interrupts for others\n");
    const auto after = parse("           CPU0\n"
                             "LOC:        110   Local timer interrupts for timer event device\n"
                             "LOC:         51   Local timer interrupts for others\n");
    const InterruptRates r = InterruptSampler::computeRates(before, after, 1.0);
    QCOMPARE(r.perRow, (QList<double> {10.0, 1.0}));
}

void TestInterruptSampler::sampleFromRoot()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "     CPU0 CPU1\n 24: 10 20  PCI-MSI 1-edge  eth0\n"));
    InterruptSampler sampler(fake.root());
    const auto first = sampler.sampleAt(1'000'000'000);
    QVERIFY(first.table);
    QVERIFY(first.issues.isEmpty());
    QVERIFY(!first.rates); // one sample has no rate

    QVERIFY(fake.write(u"proc/interrupts"_s, "     CPU0 CPU1\n 24: 30 20  PCI-MSI 1-edge  eth0\n"));
    const auto second = sampler.sampleAt(1'500'000'000);
    QVERIFY(second.rates);
    QCOMPARE(second.rates->seconds, 0.5);
    QCOMPARE(second.rates->perRow[0], 40.0);
    QCOMPARE(second.table->rows[0].total, quint64(50));
    // The first sample's table is still intact: samples are immutable once handed out.
    QCOMPARE(first.table->rows[0].total, quint64(30));

    sampler.reset();
    QVERIFY(!sampler.sampleAt(2'000'000'000).rates);
}

void TestInterruptSampler::missingFile()
{
    FakeRoot fake;
    InterruptSampler sampler(fake.root());
    const auto sample = sampler.sampleAt(0);
    QVERIFY(!sample.table);
    QCOMPARE(sample.issues.size(), 1);
    QCOMPARE(sample.issues[0].severity, SourceIssue::Severity::Error);
    QCOMPARE(sample.issues[0].file, fake.path() + u"/proc/interrupts"_s);
    QVERIFY(sample.issues[0].message.contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(TestInterruptSampler)
#include "tst_interruptsampler.moc"
