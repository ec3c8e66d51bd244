// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "heatscale.h"
#include "interruptmodel.h"
#include "interruptsparser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const InterruptTable> table(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto parsed = InterruptsParser::parse(text, collector);
    Q_ASSERT(parsed);
    return std::make_shared<const InterruptTable>(std::move(*parsed));
}

/// A sample of @p text, with rates against @p previous taken one second earlier.
SystemSample sample(const QByteArray &text, const std::shared_ptr<const InterruptTable> &previous = {})
{
    SystemSample s;
    s.interrupts = table(text);
    if (previous)
        s.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*previous, *s.interrupts, 1.0));
    return s;
}

/// The model as text: one line per row, cells joined by " | ", for exact comparison.
QStringList print(const QAbstractItemModel &model, int firstColumn, int lastColumn)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = firstColumn; c <= lastColumn; ++c)
            cells.append(model.index(r, c).data().toString());
        lines.append(cells.join(u" | "_s));
    }
    return lines;
}

const QByteArray twoCpus = "           CPU0       CPU1\n"
                           "  0:         10          0   IO-APIC   2-edge      timer\n"
                           " 24:          0       5000   PCI-MSI 524288-edge      eth0-TxRx-0\n"
                           " 25:       1000          0   PCI-MSI 524289-edge      eth0-TxRx-1\n"
                           "NMI:          0          0   Non-maskable interrupts\n"
                           "LOC:      50000      60000   Local timer interrupts\n"
                           "ERR:          0\n";
} // namespace

class TestInterruptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSampleResets();
    void displayAndSort();
    void ratesAndHeat();
    void irqAppearsAndVanishes();
    void everyRowReplaced();
    void cpuSetChangeResets();
    void systemStateFillsAffinity();
    void countsMode();
    void formatRate_data();
    void formatRate();
};

void TestInterruptModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInterruptModel::firstSampleResets()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(InterruptModel::FirstCpuColumn));

    model.setSample(sample(twoCpus));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), InterruptModel::FirstCpuColumn + 2);
    QCOMPARE(model.cpus(), (QList<int> {0, 1}));
    QCOMPARE(model.headerData(InterruptModel::FirstCpuColumn + 1, Qt::Horizontal).toString(), u"CPU1"_s);
    // A sample without an interrupts table changes nothing.
    model.setSample(SystemSample());
    QCOMPARE(model.rowCount(), 6);
}

void TestInterruptModel::displayAndSort()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(twoCpus));
    QCOMPARE(print(model, InterruptModel::IdColumn, InterruptModel::TriggerColumn),
        (QStringList {u"0 | timer | IO-APIC | 2 | edge"_s, u"24 | eth0-TxRx-0 | PCI-MSI | 524288 | edge"_s,
            u"25 | eth0-TxRx-1 | PCI-MSI | 524289 | edge"_s, u"NMI | Non-maskable interrupts |  |  | "_s,
            u"LOC | Local timer interrupts |  |  | "_s, u"ERR |  |  |  | "_s}));
    QCOMPARE(model.index(4, InterruptModel::TotalColumn).data().toString(), u"110,000"_s);
    QCOMPARE(model.index(4, InterruptModel::TotalColumn).data(InterruptModel::SortRole).toULongLong(), 110000ULL);
    // Numbered IRQs sort by number and before the architecture rows.
    QVERIFY(model.index(2, 0).data(InterruptModel::SortRole).toLongLong()
        < model.index(3, 0).data(InterruptModel::SortRole).toLongLong());
    QCOMPARE(model.index(1, 0).data(InterruptModel::IrqNumberRole).toInt(), 24);
    QCOMPARE(model.index(3, 0).data(InterruptModel::IrqNumberRole).toInt(), -1);
    QCOMPARE(model.index(5, 0).data(InterruptModel::KindRole).toInt(), int(InterruptRow::Kind::Single));
    QCOMPARE(model.index(1, InterruptModel::FirstCpuColumn).data(InterruptModel::CpuRole).toInt(), 0);
    // ERR has no per-CPU counts: its CPU cells are empty, and say why.
    QCOMPARE(model.index(5, InterruptModel::FirstCpuColumn).data().toString(), QString());
    QVERIFY(
        model.index(5, InterruptModel::FirstCpuColumn).data(Qt::ToolTipRole).toString().contains(u"whole machine"_s));
    QVERIFY(!model.index(1, InterruptModel::EffectiveColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestInterruptModel::ratesAndHeat()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = sample(twoCpus);
    model.setSample(first);
    // Without a previous sample, rates are unknown.
    QCOMPARE(model.index(1, InterruptModel::RateColumn).data().toString(), u"–"_s);

    QByteArray later = twoCpus;
    later.replace(" 24:          0       5000", " 24:          0      17345"); // +12345/s on CPU1
    later.replace(" 25:       1000          0", " 25:       1500          0"); // +500/s on CPU0
    model.setSample(sample(later, first.interrupts));
    QCOMPARE(model.index(1, InterruptModel::RateColumn).data().toString(), u"12.3 k/s"_s);
    QCOMPARE(model.index(1, InterruptModel::RateColumn).data(InterruptModel::SortRole).toDouble(), 12345.0);
    QCOMPARE(model.index(2, InterruptModel::FirstCpuColumn).data().toString(), u"500 /s"_s);

    // Heat is relative to the busiest device cell (IRQ 24 on CPU1), not to the timer rows.
    const QModelIndex busiest = model.index(1, InterruptModel::FirstCpuColumn + 1);
    QCOMPARE(busiest.data(InterruptModel::HeatRole).toDouble(), 1.0);
    QCOMPARE(busiest.data(Qt::BackgroundRole).value<QColor>(), HeatScale::color(1.0));
    QCOMPARE(busiest.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
    const QModelIndex quieter = model.index(2, InterruptModel::FirstCpuColumn);
    QCOMPARE(quieter.data(InterruptModel::HeatRole).toDouble(), 500.0 / 12345.0);
    QCOMPARE(quieter.data(Qt::BackgroundRole).value<QColor>(), HeatScale::color(500.0 / 12345.0));
    QCOMPARE(quieter.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
    // An idle cell has no colour at all.
    QVERIFY(!model.index(1, InterruptModel::FirstCpuColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, InterruptModel::TotalColumn).data(Qt::BackgroundRole).isValid());
}

void TestInterruptModel::irqAppearsAndVanishes()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = sample(twoCpus);
    model.setSample(first);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // IRQ 24 goes away; IRQs 26 and 27 arrive between 25 and NMI; IRQ 1 arrives on top.
    const QByteArray next = "           CPU0       CPU1\n"
                            "  0:         20          0   IO-APIC   2-edge      timer\n"
                            "  1:          1          0   IO-APIC   1-edge      i8042\n"
                            " 25:       1100          0   PCI-MSI 524289-edge      eth0-TxRx-1\n"
                            " 26:          0          0   PCI-MSI 524290-edge      nvme0q0\n"
                            " 27:          0          3   PCI-MSI 524291-edge      nvme0q1\n"
                            "NMI:          0          0   Non-maskable interrupts\n"
                            "LOC:      50100      60100   Local timer interrupts\n"
                            "ERR:          0\n";
    model.setSample(sample(next, first.interrupts));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 1); // IRQ 24 was row 1
    QCOMPARE(removed[0][2].toInt(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted[0][1].toInt(), 1); // IRQ 1 at row 1
    QCOMPARE(inserted[0][2].toInt(), 1);
    QCOMPARE(inserted[1][1].toInt(), 3); // IRQs 26-27 at rows 3-4, in one insertion
    QCOMPARE(inserted[1][2].toInt(), 4);
    QCOMPARE(changed.size(), 1); // all numbers in one signal
    QCOMPARE(print(model, InterruptModel::IdColumn, InterruptModel::IdColumn),
        (QStringList {u"0"_s, u"1"_s, u"25"_s, u"26"_s, u"27"_s, u"NMI"_s, u"LOC"_s, u"ERR"_s}));
    QCOMPARE(model.index(2, InterruptModel::RateColumn).data(InterruptModel::SortRole).toDouble(), 100.0);
    QCOMPARE(model.rowOfId(u"27"_s), 4);
    QCOMPARE(model.interruptRow(4)->name(), u"nvme0q1"_s);
}

void TestInterruptModel::everyRowReplaced()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample("  CPU0\n 1: 1  IO-APIC 1-edge  a\n 2: 2  IO-APIC 2-edge  b\n"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSample(sample("  CPU0\n 7: 1  IO-APIC 7-edge  c\n"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(print(model, 0, 1), QStringList {u"7 | c"_s});
    model.setSample(sample("  CPU0\n"));
    QCOMPARE(model.rowCount(), 0);
    model.setSample(sample("  CPU0\n 3: 1  IO-APIC 3-edge  d\n 4: 1  IO-APIC 4-edge  e\n"));
    QCOMPARE(print(model, 0, 1), (QStringList {u"3 | d"_s, u"4 | e"_s}));
}

void TestInterruptModel::cpuSetChangeResets()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(twoCpus));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSample(sample("           CPU0\n  0:         10   IO-APIC   2-edge      timer\n"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.columnCount(), InterruptModel::FirstCpuColumn + 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestInterruptModel::systemStateFillsAffinity()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, twoCpus));
    QVERIFY(fake.write(u"proc/irq/24/smp_affinity_list"_s, "0-1\n"));
    QVERIFY(fake.write(u"proc/irq/24/effective_affinity_list"_s, "1\n"));
    QVERIFY(fake.write(u"proc/irq/24/node"_s, "0\n"));
    QVERIFY(fake.write(u"sys/class/net/eth0/queues/rx-0/rps_cpus"_s, "0\n"));
    QVERIFY(fake.symlink(u"sys/class/net/eth0/device"_s, u"../../../0000:01:00.0"_s));
    auto state = std::make_shared<const SystemState>(SystemReader::read(fake.root()));

    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(twoCpus));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSystemState(state);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(print(model, InterruptModel::AffinityColumn, InterruptModel::NodeColumn),
        (QStringList {u" |  | "_s, u"0-1 | 1 | 0"_s, u" |  | "_s, u" |  | "_s, u" |  | "_s, u" |  | "_s}));
    QCOMPARE(model.index(1, 0).data(InterruptModel::InterfaceRole).toString(), u"eth0"_s);
    QVERIFY(model.index(1, 0).data(InterruptModel::SearchTextRole).toString().contains(u"eth0-TxRx-0"_s));
}

void TestInterruptModel::countsMode()
{
    InterruptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(twoCpus));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setCpuValues(InterruptModel::CpuValues::Counts);
    QCOMPARE(header.size(), 1);
    QCOMPARE(model.index(4, InterruptModel::FirstCpuColumn + 1).data().toString(), u"60,000"_s);
    QCOMPARE(model.index(1, InterruptModel::FirstCpuColumn + 1).data(InterruptModel::HeatRole).toDouble(), 1.0);
    QCOMPARE(model.index(2, InterruptModel::FirstCpuColumn).data(InterruptModel::HeatRole).toDouble(), 0.2);
    model.setCpuValues(InterruptModel::CpuValues::Counts); // no change, no signal
    QCOMPARE(header.size(), 1);
}

void TestInterruptModel::formatRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << std::nan("") << u"–"_s;
    QTest::newRow("zero") << 0.0 << u"0 /s"_s;
    QTest::newRow("fraction") << 0.5 << u"0.5 /s"_s;
    QTest::newRow("tens") << 42.24 << u"42.2 /s"_s;
    QTest::newRow("hundreds") << 850.4 << u"850 /s"_s;
    QTest::newRow("thousands") << 9999.0 << u"9,999 /s"_s;
    QTest::newRow("tens of thousands") << 12345.0 << u"12.3 k/s"_s;
    QTest::newRow("millions") << 2500000.0 << u"2.5 M/s"_s;
}

void TestInterruptModel::formatRate()
{
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(InterruptModel::formatRate(rate), text);
}

QTEST_GUILESS_MAIN(TestInterruptModel)
#include "tst_interruptmodel.moc"
