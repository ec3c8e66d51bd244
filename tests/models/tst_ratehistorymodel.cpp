// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "interruptsampler.h"
#include "interruptsparser.h"
#include "ratehistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr double gap = std::numeric_limits<double>::quiet_NaN();
using Groups = QMap<int, CpuSet>;
constexpr qint64 t0 = 1700000000000; // 2023-11-14 22:13:20 UTC

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

/// NaN-aware comparison of value lists, with a readable failure.
bool sameValues(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]) || (!std::isnan(a[i]) && a[i] != b[i]))
            return false;
    }
    return true;
}
} // namespace

class TestRateHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void appendAndPrint();
    void ringBufferWraps();
    void staysBounded();
    void shrinkAndGrowCapacity();
    void valuesMissingOrExtra();
    void clearRemovesAllRows();
    void setSeriesResets();
    void aggregate_data();
    void aggregate();
    void aggregateRealInterrupts();
};

void TestRateHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Times are shown in local time; pin the zone so the printed rows are exact.
    qputenv("TZ", "UTC");
}

void TestRateHistoryModel::emptyModel()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), 300);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(model.maximum(), 0.0);
}

void TestRateHistoryModel::appendAndPrint()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"CPU0"_s, u"CPU1"_s});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.append(t0, {1000.0, gap});
    model.append(t0 + 1000, {12345.0, 0.5});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted[1][1].toInt(), 1);
    QCOMPARE(inserted[1][2].toInt(), 1);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(RateHistoryModel::FirstSeriesColumn + 1, Qt::Horizontal).toString(), u"CPU1"_s);
    QCOMPARE(print(model), (QStringList {u"22:13:20 | 1,000 /s | –"_s, u"22:13:21 | 12.3 k/s | 0.5 /s"_s}));
    QCOMPARE(model.index(1, 0).data(RateHistoryModel::SortRole).toLongLong(), t0 + 1000);
    QCOMPARE(model.index(1, 2).data(RateHistoryModel::TimeRole).toLongLong(), t0 + 1000);
    QCOMPARE(model.index(1, 1).data(RateHistoryModel::SortRole).toDouble(), 12345.0);
    QVERIFY(std::isnan(model.index(0, 2).data(RateHistoryModel::SortRole).toDouble()));
    QCOMPARE(model.index(0, 2).data(RateHistoryModel::SeriesRole).toInt(), 1);
    QCOMPARE(model.index(0, 0).data(RateHistoryModel::SeriesRole).toInt(), -1);
    QCOMPARE(model.time(0), t0);
    QCOMPARE(model.value(1, 1), 0.5);
    QCOMPARE(model.maximum(), 12345.0);
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(u"not known"_s));
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().startsWith(u"CPU0 at "_s));
}

void TestRateHistoryModel::ringBufferWraps()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"node0"_s});
    model.setCapacity(3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int i = 1; i <= 5; ++i)
        model.append(t0 + i * 1000, {double(i * 100)});

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 5);
    QCOMPARE(removed.size(), 2);
    for (const QList<QVariant> &signal : std::as_const(removed)) {
        QCOMPARE(signal[1].toInt(), 0); // always the oldest row
        QCOMPARE(signal[2].toInt(), 0);
    }
    // Once full, every insertion is at the end (row 2).
    QCOMPARE(inserted[3][1].toInt(), 2);
    QCOMPARE(inserted[4][1].toInt(), 2);
    QCOMPARE(print(model), (QStringList {u"22:13:23 | 300 /s"_s, u"22:13:24 | 400 /s"_s, u"22:13:25 | 500 /s"_s}));
    QCOMPARE(model.maximum(), 500.0);
}

void TestRateHistoryModel::staysBounded()
{
    RateHistoryModel model;
    model.setSeries({u"a"_s, u"b"_s});
    for (int i = 0; i < 1000; ++i)
        model.append(t0 + i, {double(i), double(-i)});
    QCOMPARE(model.rowCount(), RateHistoryModel::DefaultCapacity);
    QCOMPARE(model.time(0), t0 + 700);
    QCOMPARE(model.value(0, 0), 700.0);
    QCOMPARE(model.value(299, 1), -999.0);
}

void TestRateHistoryModel::shrinkAndGrowCapacity()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"x"_s});
    model.setCapacity(4);
    for (int i = 1; i <= 6; ++i) // wrapped: the buffer's start is no longer slot 0
        model.append(t0 + i * 1000, {double(i)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setCapacity(2);
    QCOMPARE(model.capacity(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 0);
    QCOMPARE(removed[0][2].toInt(), 1);
    QCOMPARE(print(model), (QStringList {u"22:13:25 | 5.0 /s"_s, u"22:13:26 | 6.0 /s"_s}));

    model.setCapacity(5);
    QCOMPARE(removed.size(), 1);
    for (int i = 7; i <= 9; ++i)
        model.append(t0 + i * 1000, {double(i)});
    QCOMPARE(removed.size(), 1); // 5 rows fit
    QCOMPARE(print(model),
        (QStringList {u"22:13:25 | 5.0 /s"_s, u"22:13:26 | 6.0 /s"_s, u"22:13:27 | 7.0 /s"_s, u"22:13:28 | 8.0 /s"_s,
            u"22:13:29 | 9.0 /s"_s}));
    model.append(t0 + 10000, {10.0});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(model.value(0, 0), 6.0);
    QCOMPARE(reset.size(), 0);

    model.setCapacity(0); // at least one point
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(print(model), QStringList {u"22:13:30 | 10.0 /s"_s});
}

void TestRateHistoryModel::valuesMissingOrExtra()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"a"_s, u"b"_s});
    model.append(t0, {1.0}); // b missing: a gap
    model.append(t0 + 1000, {1.0, 2.0, 3.0}); // the third value has no series
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(print(model), (QStringList {u"22:13:20 | 1.0 /s | –"_s, u"22:13:21 | 1.0 /s | 2.0 /s"_s}));
}

void TestRateHistoryModel::clearRemovesAllRows()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"a"_s});
    model.setCapacity(3);
    for (int i = 0; i < 4; ++i)
        model.append(t0 + i * 1000, {double(i)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.clear();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 0);
    QCOMPARE(removed[0][2].toInt(), 2); // exactly the three rows there were
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(removed.size(), 1);
    model.append(t0, {7.0});
    QCOMPARE(print(model), QStringList {u"22:13:20 | 7.0 /s"_s});
    QCOMPARE(model.series(), QStringList {u"a"_s});
}

void TestRateHistoryModel::setSeriesResets()
{
    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"a"_s});
    model.append(t0, {1.0});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSeries({u"node0"_s, u"node1"_s, u"node2"_s});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.seriesCount(), 3);
    model.append(t0, {1.0, 2.0, 3.0});
    QCOMPARE(model.value(0, 2), 3.0);
}

void TestRateHistoryModel::aggregate_data()
{
    QTest::addColumn<QList<double>>("perCpu");
    QTest::addColumn<QList<int>>("cpus");
    QTest::addColumn<Groups>("groups");
    QTest::addColumn<QList<double>>("expected");

    const Groups twoNodes {{0, CpuSet::range(0, 1)}, {1, CpuSet::range(2, 3)}};
    QTest::newRow("two nodes") << QList<double> {1, 2, 30, 40} << QList<int> {0, 1, 2, 3} << twoNodes
                               << QList<double> {3, 70};
    QTest::newRow("columns out of order")
        << QList<double> {30, 1, 40, 2} << QList<int> {2, 0, 3, 1} << twoNodes << QList<double> {3, 70};
    QTest::newRow("unknown value skipped")
        << QList<double> {1, gap, 30, 40} << QList<int> {0, 1, 2, 3} << twoNodes << QList<double> {1, 70};
    QTest::newRow("all unknown is a gap")
        << QList<double> {gap, gap, 30, 40} << QList<int> {0, 1, 2, 3} << twoNodes << QList<double> {gap, 70};
    QTest::newRow("offline CPU") << QList<double> {1, 2, 40} << QList<int> {0, 1, 3} << twoNodes
                                 << QList<double> {3, 40};
    QTest::newRow("node without online CPU")
        << QList<double> {1, 2} << QList<int> {0, 1} << twoNodes << QList<double> {3, gap};
    QTest::newRow("CPU in no group ignored")
        << QList<double> {1, 2, 30, 40, 500} << QList<int> {0, 1, 2, 3, 4} << twoNodes << QList<double> {3, 70};
    QTest::newRow("interleaved nodes") << QList<double> {1, 2, 30, 40} << QList<int> {0, 1, 2, 3}
                                       << QMap<int, CpuSet> {{0, CpuSet {0, 2}}, {1, CpuSet {1, 3}}}
                                       << QList<double> {31, 42};
    QTest::newRow("sparse keys keep order")
        << QList<double> {1, 2} << QList<int> {0, 1} << QMap<int, CpuSet> {{3, CpuSet {0}}, {1, CpuSet {1}}}
        << QList<double> {2, 1};
    QTest::newRow("no groups") << QList<double> {1, 2} << QList<int> {0, 1} << Groups() << QList<double>();
}

void TestRateHistoryModel::aggregate()
{
    QFETCH(QList<double>, perCpu);
    QFETCH(QList<int>, cpus);
    QFETCH(Groups, groups);
    QFETCH(QList<double>, expected);
    const QList<double> actual = RateHistoryModel::aggregate(perCpu, cpus, groups);
    if (!sameValues(actual, expected))
        QCOMPARE(actual, expected); // prints both (NaN never compares equal, so this fails)
}

void TestRateHistoryModel::aggregateRealInterrupts()
{
    // The per-CPU rates of a real capture summed into two made-up nodes, into the model.
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    const QByteArray text = FakeRoot::data(u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s);
    const auto before = InterruptsParser::parse(text, collector);
    QByteArray laterText = text;
    laterText.replace(
        " 25:       1800          0          0          0", " 25:       2000          0          0          0");
    laterText.replace(
        " 36:          0        335         37          0", " 36:          0        435         37          0");
    QVERIFY(laterText != text);
    const auto after = InterruptsParser::parse(laterText, collector);
    QVERIFY(before && after);
    const InterruptRates rates = InterruptSampler::computeRates(*before, *after, 2.0);
    const QList<double> nodes = RateHistoryModel::aggregate(
        rates.deviceRatePerCpu, rates.cpus, {{0, CpuSet::range(0, 1)}, {1, CpuSet::range(2, 3)}});
    QCOMPARE(nodes, (QList<double> {150.0, 0.0}));

    RateHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({u"node0"_s, u"node1"_s});
    model.append(t0, nodes);
    QCOMPARE(print(model), QStringList {u"22:13:20 | 150 /s | 0 /s"_s});
}

QTEST_GUILESS_MAIN(TestRateHistoryModel)
#include "tst_ratehistorymodel.moc"
