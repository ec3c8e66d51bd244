// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "heatscale.h"
#include "softirqmodel.h"
#include "softirqsparser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const SoftirqTable> table(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto parsed = SoftirqsParser::parse(text, collector);
    Q_ASSERT(parsed);
    return std::make_shared<const SoftirqTable>(std::move(*parsed));
}

/// A sample of @p text, with rates against @p previous taken one second earlier.
SystemSample sample(const QByteArray &text, const std::shared_ptr<const SoftirqTable> &previous = {})
{
    SystemSample s;
    s.softirqs = table(text);
    if (previous)
        s.softirqRates = SystemSampler::computeSoftirqRates(*previous, *s.softirqs, 1.0);
    return s;
}

QStringList print(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.index(r, c).data(role).toString());
        lines.append(cells.join(u" | "_s));
    }
    return lines;
}

// A real 4-CPU capture, and the same machine one second later.
QByteArray capture()
{
    return FakeRoot::data(u"softirqs/45_softirqs_x86_4cpu_martins3.txt"_s);
}

QByteArray oneSecondLater()
{
    QByteArray text = capture();
    // TIMER +1000 on every CPU, NET_RX +12345 on CPU1 and +500 on CPU2, RCU +250 on CPU3.
    text.replace("       TIMER:     165934     214905     234256     140886",
        "       TIMER:     166934     215905     235256     141886");
    text.replace("      NET_RX:     108032    5830758    5819179      84390",
        "      NET_RX:     108032    5843103    5819679      84390");
    text.replace("         RCU:     136717     122756     127614     120001",
        "         RCU:     136717     122756     127614     120251");
    return text;
}
} // namespace

class TestSoftirqModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSampleResets();
    void ratesMerge();
    void heatColours();
    void tooltips();
    void sortRole();
    void cpuColumnsChangeResets();
    void typesChangeReset();
    void misalignedRatesIgnored();
    void possibleCpuColumns();
};

void TestSoftirqModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!capture().isEmpty());
    QVERIFY(oneSecondLater() != capture());
}

void TestSoftirqModel::firstSampleResets()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SoftirqModel::FirstCpuColumn));

    model.setSample(sample(capture()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), SoftirqModel::FirstCpuColumn + 4);
    QCOMPARE(model.cpus(), (QList<int> {0, 1, 2, 3}));
    QCOMPARE(model.types(),
        (QStringList {u"HI"_s, u"TIMER"_s, u"NET_TX"_s, u"NET_RX"_s, u"BLOCK"_s, u"IRQ_POLL"_s, u"TASKLET"_s,
            u"SCHED"_s, u"HRTIMER"_s, u"RCU"_s}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Softirq"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Total"_s);
    QCOMPARE(model.headerData(SoftirqModel::FirstCpuColumn + 3, Qt::Horizontal).toString(), u"CPU3"_s);
    QVERIFY(!model.headerData(SoftirqModel::FirstCpuColumn + 4, Qt::Horizontal).isValid());
    QVERIFY(model.rates() == nullptr);
    // Without a previous sample no rate is known: every number is a dash.
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data().toString(), u"–"_s);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data().toString(), u"–"_s);
    QVERIFY(std::isnan(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::RateRole).toDouble()));
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::SortRole).toDouble(), -1.0);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::CountRole).toULongLong(), 5830758ULL);
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data(SoftirqModel::CountRole).toULongLong(),
        108032ULL + 5830758ULL + 5819179ULL + 84390ULL);
    // A sample without a softirqs table changes nothing.
    model.setSample(SystemSample());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(reset.size(), 1);
}

void TestSoftirqModel::ratesMerge()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample first = sample(capture());
    model.setSample(first);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSample(sample(oneSecondLater(), first.softirqs));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(9, SoftirqModel::FirstCpuColumn + 3));
    QCOMPARE(print(model),
        (QStringList {
            u"HI | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"TIMER | 4,000 /s | 1,000 /s | 1,000 /s | 1,000 /s | 1,000 /s"_s,
            u"NET_TX | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"NET_RX | 12.8 k/s | 0 /s | 12.3 k/s | 500 /s | 0 /s"_s,
            u"BLOCK | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"IRQ_POLL | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"TASKLET | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"SCHED | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"HRTIMER | 0 /s | 0 /s | 0 /s | 0 /s | 0 /s"_s,
            u"RCU | 250 /s | 0 /s | 0 /s | 0 /s | 250 /s"_s,
        }));
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data(SoftirqModel::SortRole).toDouble(), 12845.0);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::RateRole).toDouble(), 12345.0);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::CpuRole).toInt(), 1);
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data(SoftirqModel::CpuRole).toInt(), -1);
    QCOMPARE(model.index(9, SoftirqModel::FirstCpuColumn + 2).data(SoftirqModel::TypeRole).toString(), u"RCU"_s);
    QVERIFY(model.rates() != nullptr);

    // The same numbers again: still one dataChanged, now all rates 0.
    model.setSample(sample(oneSecondLater(), table(oneSecondLater())));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data().toString(), u"0 /s"_s);
}

void TestSoftirqModel::heatColours()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample first = sample(capture());
    model.setSample(first);
    // Before rates: no heat, no colour.
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::HeatRole).toDouble(), 0.0);
    QVERIFY(!model.index(3, SoftirqModel::FirstCpuColumn + 1).data(Qt::BackgroundRole).isValid());

    model.setSample(sample(oneSecondLater(), first.softirqs));
    // The busiest cell (NET_RX on CPU1, 12345/s) is the top of the scale: viridis' yellow.
    const QModelIndex busiest = model.index(3, SoftirqModel::FirstCpuColumn + 1);
    QCOMPARE(busiest.data(SoftirqModel::HeatRole).toDouble(), 1.0);
    QCOMPARE(busiest.data(Qt::BackgroundRole).value<QColor>(), QColor(253, 231, 37));
    QCOMPARE(busiest.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
    // TIMER on CPU0: 1000 of 12345.
    const QModelIndex timer = model.index(1, SoftirqModel::FirstCpuColumn);
    QCOMPARE(timer.data(SoftirqModel::HeatRole).toDouble(), 1000.0 / 12345.0);
    QCOMPARE(timer.data(Qt::BackgroundRole).value<QColor>(), HeatScale::color(1000.0 / 12345.0));
    QCOMPARE(timer.data(Qt::BackgroundRole).value<QColor>(), QColor(70, 29, 109));
    QCOMPARE(timer.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
    // NET_RX on CPU2: 500 of 12345.
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 2).data(SoftirqModel::HeatRole).toDouble(), 500.0 / 12345.0);
    // Idle cells and the Type/Total columns carry no colour; Total is not part of the scale.
    QVERIFY(!model.index(0, SoftirqModel::FirstCpuColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(3, SoftirqModel::TotalColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(3, SoftirqModel::TotalColumn).data(SoftirqModel::HeatRole).toDouble(), -1.0);
    QCOMPARE(model.index(3, SoftirqModel::TypeColumn).data(SoftirqModel::HeatRole).toDouble(), -1.0);
}

void TestSoftirqModel::tooltips()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample first = sample(capture());
    model.setSample(first);
    model.setSample(sample(oneSecondLater(), first.softirqs));

    for (int row = 0; row < model.rowCount(); ++row) {
        const QString type = model.types().at(row);
        QVERIFY(!SoftirqTable::describe(type).isEmpty());
        QCOMPARE(
            model.index(row, SoftirqModel::TypeColumn).data(Qt::ToolTipRole).toString(), SoftirqTable::describe(type));
    }
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 1).data(Qt::ToolTipRole).toString(),
        u"NET_RX on CPU 1: 5,843,103 since boot, 12.3 k/s now."_s);
    QCOMPARE(model.index(9, SoftirqModel::TotalColumn).data(Qt::ToolTipRole).toString(),
        u"RCU on all CPUs: 507,338 since boot, 250 /s now."_s);
    QVERIFY(!model.headerData(SoftirqModel::TypeColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // A type this version does not know still says something.
    model.setSample(sample("                    CPU0\n          HI:          1\n    NEW_KIND:          2\n"));
    QCOMPARE(model.index(1, SoftirqModel::TypeColumn).data(Qt::ToolTipRole).toString(),
        u"NEW_KIND: a softirq type this version of IRQ Scope does not describe yet."_s);
    QCOMPARE(model.index(1, SoftirqModel::FirstCpuColumn).data(Qt::ToolTipRole).toString(),
        u"NEW_KIND on CPU 0: 2 since boot, – now."_s);
}

void TestSoftirqModel::sortRole()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SystemSample first = sample(capture());
    model.setSample(first);
    model.setSample(sample(oneSecondLater(), first.softirqs));
    // The type column sorts in the kernel's order (the softirq number), not alphabetically.
    QCOMPARE(model.index(0, SoftirqModel::TypeColumn).data(SoftirqModel::SortRole).toInt(), 0);
    QCOMPARE(model.index(9, SoftirqModel::TypeColumn).data(SoftirqModel::SortRole).toInt(), 9);
    QCOMPARE(model.index(1, SoftirqModel::TotalColumn).data(SoftirqModel::SortRole).toDouble(), 4000.0);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 2).data(SoftirqModel::SortRole).toDouble(), 500.0);
    QCOMPARE(model.index(3, SoftirqModel::FirstCpuColumn + 2).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestSoftirqModel::cpuColumnsChangeResets()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(capture()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSample(sample(FakeRoot::data(u"softirqs/40_softirqs_x86_2cpu_procfs.txt"_s)));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.columnCount(), SoftirqModel::FirstCpuColumn + 2);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(1, SoftirqModel::FirstCpuColumn + 1).data(SoftirqModel::CountRole).toULongLong(), 247490ULL);
}

void TestSoftirqModel::typesChangeReset()
{
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample("                    CPU0\n          HI:          1\n       TIMER:          2\n"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSample(sample("                    CPU0\n          HI:          1\n"
                           "       TIMER:          2\nBLOCK_IOPOLL:          3\n"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.types(), (QStringList {u"HI"_s, u"TIMER"_s, u"BLOCK_IOPOLL"_s}));
    QCOMPARE(print(model, SoftirqModel::CountRole), (QStringList {u"1 | 1 | 1"_s, u"2 | 2 | 2"_s, u"3 | 3 | 3"_s}));
}

void TestSoftirqModel::misalignedRatesIgnored()
{
    // Rates that belong to another table (other CPUs) must not be shown against this one.
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto twoCpus = table(FakeRoot::data(u"softirqs/40_softirqs_x86_2cpu_procfs.txt"_s));
    SystemSample s = sample(capture());
    s.softirqRates = SystemSampler::computeSoftirqRates(*twoCpus, *twoCpus, 1.0);
    model.setSample(s);
    QVERIFY(model.rates() == nullptr);
    QCOMPARE(model.index(1, SoftirqModel::FirstCpuColumn).data().toString(), u"–"_s);
}

void TestSoftirqModel::possibleCpuColumns()
{
    // /proc/softirqs lists possible CPUs: a 4-vCPU guest with 128 possible shows 128 columns.
    SoftirqModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSample(sample(FakeRoot::data(u"softirqs/44_softirqs_x86_vmware-vm_4online_128possible.txt"_s)));
    QCOMPARE(model.columnCount(), SoftirqModel::FirstCpuColumn + 128);
    QCOMPARE(model.headerData(SoftirqModel::FirstCpuColumn + 127, Qt::Horizontal).toString(), u"CPU127"_s);
    QCOMPARE(model.index(0, SoftirqModel::FirstCpuColumn + 127).data(SoftirqModel::CountRole).toULongLong(), 0ULL);
}

QTEST_GUILESS_MAIN(TestSoftirqModel)
#include "tst_softirqmodel.moc"
