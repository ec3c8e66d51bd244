// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuloadmodel.h"
#include "fakeroot.h"
#include "interruptsparser.h"
#include "softirqsparser.h"
#include "statparser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
/// The three files of one tick, as text.
struct Texts
{
    QByteArray interrupts;
    QByteArray softirqs;
    QByteArray stat;
};

template<typename Parser>
auto parse(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto parsed = Parser::parse(text, collector);
    Q_ASSERT(parsed);
    return std::make_shared<const typename decltype(parsed)::value_type>(std::move(*parsed));
}

/// A sample of @p now, with rates and shares against @p previous taken one second earlier
/// (as SystemSampler computes them).
SystemSample sample(const Texts &now, const SystemSample *previous = nullptr)
{
    SystemSample s;
    if (!now.interrupts.isEmpty())
        s.interrupts = parse<InterruptsParser>(now.interrupts);
    if (!now.softirqs.isEmpty())
        s.softirqs = parse<SoftirqsParser>(now.softirqs);
    if (!now.stat.isEmpty())
        s.stat = parse<StatParser>(now.stat);
    if (previous) {
        if (s.interrupts && previous->interrupts)
            s.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*previous->interrupts, *s.interrupts, 1.0));
        if (s.softirqs && previous->softirqs)
            s.softirqRates = SystemSampler::computeSoftirqRates(*previous->softirqs, *s.softirqs, 1.0);
        if (s.stat && previous->stat)
            s.cpuTime = SystemSampler::computeCpuTime(*previous->stat, *s.stat);
    }
    return s;
}

QStringList print(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.index(r, c).data().toString());
        lines.append(cells.join(u" | "_s));
    }
    return lines;
}

// Four CPUs. Stat fields: user nice system idle iowait irq softirq steal guest guest_nice.
const Texts first = {
    "           CPU0       CPU1       CPU2       CPU3\n"
    "  0:         10          0          0          0   IO-APIC   2-edge      timer\n"
    " 24:          0       5000          0          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
    "LOC:      50000      60000      70000      80000   Local timer interrupts\n"
    "ERR:          0\n",
    "                    CPU0       CPU1       CPU2       CPU3\n"
    "          HI:          0          0          0          0\n"
    "       TIMER:        100        100        100        100\n"
    "      NET_RX:          0          0          0          0\n",
    "cpu  4000 0 4000 40000 0 400 400 0 0 0\n"
    "cpu0 1000 0 1000 10000 0 100 100 0 0 0\n"
    "cpu1 1000 0 1000 10000 0 100 100 0 0 0\n"
    "cpu2 1000 0 1000 10000 0 100 100 0 0 0\n"
    "cpu3 1000 0 1000 10000 0 100 100 0 0 0\n",
};

// One second later. Interrupts: IRQ 0 +100 on CPU0, IRQ 24 +12345 on CPU1, LOC +1000 each.
// Softirqs: TIMER +250/+100/+50/+0, NET_RX +5000 on CPU1. Time (1000 ticks per CPU):
// CPU0 user 300 idle 500 irq 125 softirq 75; CPU1 user 100 idle 200 iowait 100 irq 400
// softirq 200; CPU2 idle 900 steal 100; CPU3 idle 1000.
const Texts second = {
    "           CPU0       CPU1       CPU2       CPU3\n"
    "  0:        110          0          0          0   IO-APIC   2-edge      timer\n"
    " 24:          0      17345          0          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
    "LOC:      51000      61000      71000      81000   Local timer interrupts\n"
    "ERR:          0\n",
    "                    CPU0       CPU1       CPU2       CPU3\n"
    "          HI:          0          0          0          0\n"
    "       TIMER:        350        200        150        100\n"
    "      NET_RX:          0       5000          0          0\n",
    "cpu  4400 0 4000 42600 100 925 675 100 0 0\n"
    "cpu0 1300 0 1000 10500 0 225 175 0 0 0\n"
    "cpu1 1100 0 1000 10200 100 500 300 0 0 0\n"
    "cpu2 1000 0 1000 10900 0 100 100 100 0 0\n"
    "cpu3 1000 0 1000 11000 0 100 100 0 0 0\n",
};

// CPU2 went offline: gone from /proc/interrupts and /proc/stat (not from /proc/softirqs,
// which lists possible CPUs).
const Texts third = {
    "           CPU0       CPU1       CPU3\n"
    "  0:        120          0          0   IO-APIC   2-edge      timer\n"
    " 24:          0      17345          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
    "LOC:      52000      62000      82000   Local timer interrupts\n"
    "ERR:          0\n",
    second.softirqs,
    "cpu  4400 0 4000 44600 100 925 675 100 0 0\n"
    "cpu0 1300 0 1000 11500 0 225 175 0 0 0\n"
    "cpu1 1100 0 1000 11200 100 500 300 0 0 0\n"
    "cpu3 1000 0 1000 12000 0 100 100 0 0 0\n",
};

// CPU2 is back (its counters start again), and /proc/stat also shows a CPU4 that
// /proc/interrupts does not: the rows are the union.
const Texts fourth = {
    "           CPU0       CPU1       CPU2       CPU3\n"
    "  0:        130          0          0          0   IO-APIC   2-edge      timer\n"
    " 24:          0      17345          5          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
    "LOC:      53000      63000        100      83000   Local timer interrupts\n"
    "ERR:          0\n",
    "                    CPU0       CPU1       CPU2       CPU3\n"
    "          HI:          0          0          0          0\n"
    "       TIMER:        350        200        160        100\n"
    "      NET_RX:          0       5000          0          0\n",
    "cpu  4400 0 4000 47600 100 925 675 100 0 0\n"
    "cpu0 1300 0 1000 12500 0 225 175 0 0 0\n"
    "cpu1 1100 0 1000 12200 100 500 300 0 0 0\n"
    "cpu2 10 0 10 100 0 0 0 0 0 0\n"
    "cpu3 1000 0 1000 13000 0 100 100 0 0 0\n"
    "cpu4 10 0 10 100 0 0 0 0 0 0\n",
};
} // namespace

class TestCpuLoadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSampleInsertsRows();
    void ratesAndShares();
    void tooltips();
    void hotplugRemovesAndInsertsRows();
    void unionOfSources();
    void realCapture();
};

void TestCpuLoadModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCpuLoadModel::firstSampleInsertsRows()
{
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(CpuLoadModel::ColumnCount));
    QCOMPARE(model.columnCount(), 8);

    model.setSample(sample(first));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 2, 3}));
    QCOMPARE(print(model),
        (QStringList {u"0 | – | – | – | – | – | – | –"_s, u"1 | – | – | – | – | – | – | –"_s,
            u"2 | – | – | – | – | – | – | –"_s, u"3 | – | – | – | – | – | – | –"_s}));
    QCOMPARE(model.index(1, CpuLoadModel::BusyTimeColumn).data(CpuLoadModel::SortRole).toDouble(), -1.0);
    QVERIFY(std::isnan(model.index(1, CpuLoadModel::BusyTimeColumn).data(CpuLoadModel::ValueRole).toDouble()));

    // A sample with neither /proc/interrupts nor /proc/stat tells nothing: no change.
    model.setSample(SystemSample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(changed.size(), 1);
}

void TestCpuLoadModel::ratesAndShares()
{
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample s1 = sample(first);
    model.setSample(s1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSample(sample(second, &s1));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(3, CpuLoadModel::BusyTimeColumn));
    QCOMPARE(print(model),
        (QStringList {
            u"0 | 100 /s | 1,100 /s | 250 /s | 12.5 % | 7.5 % | 0.0 % | 50.0 %"_s,
            u"1 | 12.3 k/s | 13.3 k/s | 5,100 /s | 40.0 % | 20.0 % | 0.0 % | 70.0 %"_s,
            u"2 | 0 /s | 1,000 /s | 50.0 /s | 0.0 % | 0.0 % | 10.0 % | 10.0 %"_s,
            u"3 | 0 /s | 1,000 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
        }));
    QCOMPARE(model.index(1, CpuLoadModel::DeviceIrqsColumn).data(CpuLoadModel::SortRole).toDouble(), 12345.0);
    QCOMPARE(model.index(1, CpuLoadModel::AllIrqsColumn).data(CpuLoadModel::SortRole).toDouble(), 13345.0);
    QCOMPARE(model.index(1, CpuLoadModel::SoftirqsColumn).data(CpuLoadModel::SortRole).toDouble(), 5100.0);
    QCOMPARE(model.index(0, CpuLoadModel::HardirqTimeColumn).data(CpuLoadModel::SortRole).toDouble(), 12.5);
    QCOMPARE(model.index(2, CpuLoadModel::StealTimeColumn).data(CpuLoadModel::ValueRole).toDouble(), 10.0);
    QCOMPARE(model.index(3, CpuLoadModel::CpuColumn).data(CpuLoadModel::SortRole).toInt(), 3);
    QCOMPARE(model.index(3, CpuLoadModel::SoftirqTimeColumn).data(CpuLoadModel::CpuRole).toInt(), 3);
    QCOMPARE(model.headerData(CpuLoadModel::DeviceIrqsColumn, Qt::Horizontal).toString(), u"Device IRQs/s"_s);
    QCOMPARE(model.headerData(CpuLoadModel::AllIrqsColumn, Qt::Horizontal).toString(), u"All IRQs/s"_s);
    QCOMPARE(model.headerData(CpuLoadModel::BusyTimeColumn, Qt::Horizontal).toString(), u"% busy"_s);
    QVERIFY(!model.headerData(CpuLoadModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestCpuLoadModel::tooltips()
{
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample s1 = sample(first);
    model.setSample(s1);
    QCOMPARE(model.index(3, CpuLoadModel::HardirqTimeColumn).data(Qt::ToolTipRole).toString(),
        u"Not known for CPU 3 yet: it takes two samples in which the CPU is online."_s);
    model.setSample(sample(second, &s1));
    QCOMPARE(model.index(3, CpuLoadModel::HardirqTimeColumn).data(Qt::ToolTipRole).toString(),
        u"0.0 % of CPU 3's time spent in hardware interrupt handlers during the last interval."_s);
    QCOMPARE(model.index(0, CpuLoadModel::HardirqTimeColumn).data(Qt::ToolTipRole).toString(),
        u"12.5 % of CPU 0's time spent in hardware interrupt handlers during the last interval."_s);
    QCOMPARE(model.index(1, CpuLoadModel::SoftirqTimeColumn).data(Qt::ToolTipRole).toString(),
        u"20.0 % of CPU 1's time spent running softirqs during the last interval."_s);
    QCOMPARE(model.index(1, CpuLoadModel::DeviceIrqsColumn).data(Qt::ToolTipRole).toString(),
        u"Device interrupts (numbered IRQs) CPU 1 handled per second during the last interval."_s);
    // Every cell and every header teaches something.
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY2(!model.index(2, c).data(Qt::ToolTipRole).toString().isEmpty(), qPrintable(QString::number(c)));
        QVERIFY2(
            !model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(), qPrintable(QString::number(c)));
    }
}

void TestCpuLoadModel::hotplugRemovesAndInsertsRows()
{
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample s1 = sample(first);
    model.setSample(s1);
    const SystemSample s2 = sample(second, &s1);
    model.setSample(s2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // CPU2 goes offline: its row goes, the others stay and update.
    const SystemSample s3 = sample(third, &s2);
    model.setSample(s3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 2);
    QCOMPARE(removed[0][2].toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 3}));
    QCOMPARE(model.rowOfCpu(3), 2);
    QCOMPARE(model.rowOfCpu(2), -1);
    QCOMPARE(print(model),
        (QStringList {
            u"0 | 10.0 /s | 1,010 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
            u"1 | 0 /s | 1,000 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
            u"3 | 0 /s | 1,000 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
        }));

    // CPU2 comes back and CPU4 appears: two insertions, each where it belongs. Neither has a
    // rate yet (not in the previous sample), though the sums of the rates say 0 for CPU2.
    model.setSample(sample(fourth, &s3));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted[0][1].toInt(), 2);
    QCOMPARE(inserted[0][2].toInt(), 2);
    QCOMPARE(inserted[1][1].toInt(), 4);
    QCOMPARE(inserted[1][2].toInt(), 4);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 2, 3, 4}));
    QCOMPARE(print(model),
        (QStringList {
            u"0 | 10.0 /s | 1,010 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
            u"1 | 0 /s | 1,000 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
            u"2 | – | – | 10.0 /s | – | – | – | –"_s,
            u"3 | 0 /s | 1,000 /s | 0 /s | 0.0 % | 0.0 % | 0.0 % | 0.0 %"_s,
            u"4 | – | – | – | – | – | – | –"_s,
        }));
}

void TestCpuLoadModel::unionOfSources()
{
    // Only /proc/stat (no interrupts file): rows from stat; only interrupts: rows from there.
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample({{}, {}, fourth.stat}));
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 2, 3, 4}));
    model.setSample(sample({third.interrupts, {}, {}}));
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 3}));
}

void TestCpuLoadModel::realCapture()
{
    // The real capture with an offline CPU (no cpu6 line): rows 0-5 and 7.
    const QByteArray before = FakeRoot::data(u"stat/53_stat_x86_offline-cpu6_sysstat-edited.txt"_s);
    QVERIFY(!before.isEmpty());
    QByteArray after = before;
    // CPU7 one interval later: +500 user, +300 idle, +150 irq, +50 softirq (1000 ticks).
    after.replace(
        "cpu7 16395 100925 9124 586713 7293 2107 981 0 0 0", "cpu7 16895 100925 9124 587013 7293 2257 1031 0 0 0");
    QVERIFY(after != before);
    CpuLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample s1 = sample({{}, {}, before});
    model.setSample(s1);
    model.setSample(sample({{}, {}, after}, &s1));
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 2, 3, 4, 5, 7}));
    QCOMPARE(print(model).last(), u"7 | – | – | – | 15.0 % | 5.0 % | 0.0 % | 70.0 %"_s);
    // CPU0's counters did not move at all: no interval to divide by, so no share.
    QCOMPARE(print(model).first(), u"0 | – | – | – | – | – | – | –"_s);
}

QTEST_GUILESS_MAIN(TestCpuLoadModel)
#include "tst_cpuloadmodel.moc"
