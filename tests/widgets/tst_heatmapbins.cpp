// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heatmapbins.h"
#include "interruptsampler.h"
#include "interruptsparser.h"
#include "interrupttable.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

using Range = HeatmapBins::Range;
Q_DECLARE_METATYPE(HeatmapBins::Range)

namespace QTest {
template<>
char *toString(const Range &range)
{
    return qstrdup(QByteArray(QByteArray::number(range.first) + '+' + QByteArray::number(range.count)).constData());
}
} // namespace QTest

namespace {
const double unknown = std::nan("");

/// A table of @p rows numbered IRQs (ids 0, 1, …) on CPUs 0..cpus-1 with counts value(row, column).
InterruptTable makeTable(int rows, int cpus, const std::function<quint64(int, int)> &value)
{
    InterruptTable table;
    for (int c = 0; c < cpus; ++c)
        table.cpus.append(c);
    table.counts.resize(size_t(rows) * size_t(cpus));
    for (int r = 0; r < rows; ++r) {
        InterruptRow row;
        row.id = QString::number(r);
        row.irq = uint(r);
        row.actions = {u"dev%1"_s.arg(r)};
        table.rows.append(row);
        for (int c = 0; c < cpus; ++c)
            table.counts[size_t(r) * size_t(cpus) + size_t(c)] = value(r, c);
    }
    return table;
}

/// Rates aligned with @p table with perCell value(row, column).
InterruptRates makeRates(const InterruptTable &table, const std::function<double(int, int)> &value)
{
    InterruptRates rates;
    rates.cpus = table.cpus;
    rates.seconds = 1;
    const int cpus = int(table.cpus.size());
    rates.perCell.resize(table.counts.size());
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < cpus; ++c)
            rates.perCell[size_t(r) * size_t(cpus) + size_t(c)] = value(r, c);
    return rates;
}

QList<int> allRows(const InterruptTable &table)
{
    return HeatmapBins::selectRows(table);
}

HeatmapBins compute(const InterruptTable &table, const InterruptRates *rates, QSize pixels, int minCellSize = 3,
    Range rowRange = {}, Range columnRange = {})
{
    HeatmapBins::Input input;
    input.table = &table;
    input.rates = rates;
    input.rows = allRows(table);
    input.rowRange = rowRange;
    input.columnRange = columnRange;
    input.pixels = pixels;
    input.minCellSize = minCellSize;
    return HeatmapBins::compute(input);
}
} // namespace

class TestHeatmapBins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectRows()
    {
        QList<SourceIssue> issues;
        IssueCollector collector(u"test"_s, &issues);
        const auto table = InterruptsParser::parse("           CPU0       CPU1\n"
                                                   "  0:         10          0   IO-APIC   2-edge      timer\n"
                                                   " 24:          0       5000   PCI-MSI 524288-edge      eth0\n"
                                                   "NMI:          0          0   Non-maskable interrupts\n"
                                                   "LOC:      50000      60000   Local timer interrupts\n"
                                                   "ERR:          0\n",
            collector);
        QVERIFY(table);
        QCOMPARE(HeatmapBins::selectRows(*table), (QList<int> {0, 1}));
        QCOMPARE(HeatmapBins::selectRows(*table, true), (QList<int> {0, 1, 2, 3}));
    }

    void exactBins()
    {
        // 3 IRQs × 2 CPUs into 200 × 90 px: no aggregation, one bin per cell.
        const InterruptTable table = makeTable(3, 2, [](int r, int c) { return quint64(r * 10 + c); });
        const InterruptRates rates = makeRates(table, [](int r, int c) { return r * 100.0 + c; });
        const HeatmapBins bins = compute(table, &rates, {200, 90});
        QVERIFY(bins.usesRates());
        QVERIFY(!bins.isAggregated());
        QCOMPARE(bins.rowBinCount(), 3);
        QCOMPARE(bins.columnBinCount(), 2);
        QCOMPARE(bins.rowRange(), (Range {0, 3}));
        QCOMPARE(bins.columnRange(), (Range {0, 2}));
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(bins.rowsOf(r), (Range {r, 1}));
            for (int c = 0; c < 2; ++c) {
                const HeatmapBins::Bin &bin = bins.bin(r, c);
                QCOMPARE(bin.sum, r * 100.0 + c);
                QCOMPARE(bin.max, r * 100.0 + c);
                QCOMPARE(bin.maxRow, r);
                QCOMPARE(bin.maxColumn, c);
                QVERIFY(bin.known);
            }
        }
        QCOMPARE(bins.maxValue(), 201.0);
        QCOMPARE(bins.fraction(2, 1), 1.0);
        QCOMPARE(bins.fraction(0, 0), 0.0);
        QCOMPARE(bins.rect(1, 1), QRect(100, 30, 100, 30));
        QCOMPARE(bins.rowEdge(3), 90);
        QCOMPARE(bins.rowBinAt(0), 0);
        QCOMPARE(bins.rowBinAt(29), 0);
        QCOMPARE(bins.rowBinAt(30), 1);
        QCOMPARE(bins.rowBinAt(89), 2);
        QCOMPARE(bins.rowBinAt(90), -1);
        QCOMPARE(bins.rowBinAt(-1), -1);
        QCOMPARE(bins.columnBinAt(199), 1);
    }

    void unevenEdges()
    {
        // 3 rows into 100 px: bins of 33, 33 and 34 px, edge to edge.
        const InterruptTable table = makeTable(3, 1, [](int, int) { return 1; });
        const HeatmapBins bins = compute(table, nullptr, {10, 100});
        QCOMPARE(bins.rowEdge(0), 0);
        QCOMPARE(bins.rowEdge(1), 33);
        QCOMPARE(bins.rowEdge(2), 66);
        QCOMPARE(bins.rowEdge(3), 100);
        for (int y = 0; y < 100; ++y) {
            const int bin = bins.rowBinAt(y);
            QVERIFY(bins.rect(bin, 0).contains(QPoint(0, y)));
        }
    }

    void aggregateRows_data()
    {
        QTest::addColumn<int>("minCellSize");
        QTest::addColumn<int>("rowsPerBin");
        QTest::addColumn<int>("binCount");
        QTest::addColumn<int>("lastBinRows");
        QTest::addColumn<double>("maxValue");

        // The busiest bin is the last: rows 1980..1999, 20 × (1980 + 1999) / 2.
        QTest::newRow("1px-cells") << 1 << 20 << 100 << 20 << 39790.0;
        // 33 bins fit at 3 px: 2000 / 33 rounds up to 61 rows a bin; 32 × 61 = 1952, 48 left.
        // The short last bin is not the busiest: rows 1891..1951 are, 61 × 3842 / 2.
        QTest::newRow("3px-cells") << 3 << 61 << 33 << 48 << 117181.0;
    }

    void aggregateRows()
    {
        QFETCH(int, minCellSize);
        QFETCH(int, rowsPerBin);
        QFETCH(int, binCount);
        QFETCH(int, lastBinRows);
        QFETCH(double, maxValue);

        // 2000 IRQs × 2 CPUs, rate of (r, c) = r on CPU 0 and 1 on CPU 1; into 100 px high.
        const InterruptTable table = makeTable(2000, 2, [](int, int) { return 0; });
        const InterruptRates rates = makeRates(table, [](int r, int c) { return c == 0 ? double(r) : 1.0; });
        const HeatmapBins bins = compute(table, &rates, {40, 100}, minCellSize);

        QVERIFY(bins.isAggregated());
        QCOMPARE(bins.rowsPerBin(), rowsPerBin);
        QCOMPARE(bins.rowBinCount(), binCount);
        QCOMPARE(bins.columnBinCount(), 2);
        QCOMPARE(bins.columnsPerBin(), 1);
        QCOMPARE(bins.rowsOf(binCount - 1), (Range {(binCount - 1) * rowsPerBin, lastBinRows}));
        QCOMPARE(bins.rowEdge(binCount), 100);
        for (int b = 0; b < binCount; ++b) {
            const Range rows = bins.rowsOf(b);
            QCOMPARE(bins.rowEdge(b + 1) - bins.rowEdge(b) >= minCellSize, true);
            // Sum of first..last = count × (first + last) / 2.
            const double expected = rows.count * (rows.first + rows.last()) / 2.0;
            QCOMPARE(bins.bin(b, 0).sum, expected);
            QCOMPARE(bins.bin(b, 0).max, double(rows.last()));
            QCOMPARE(bins.bin(b, 0).maxRow, rows.last());
            QCOMPARE(bins.bin(b, 1).sum, double(rows.count));
            // Every cell of column 1 ties at 1: the first one is the busiest.
            QCOMPARE(bins.bin(b, 1).maxRow, rows.first);
            QCOMPARE(bins.rowBinOf(rows.first), b);
            QCOMPARE(bins.rowBinOf(rows.last()), b);
        }
        QCOMPARE(bins.maxValue(), maxValue);
    }

    void aggregateColumns_data()
    {
        QTest::addColumn<int>("minCellSize");
        QTest::addColumn<int>("columnsPerBin");
        QTest::addColumn<int>("binCount");

        QTest::newRow("1px-cells") << 1 << 4 << 64;
        // 21 bins fit at 3 px: 256 / 21 rounds up to 13 a bin, 20 bins (19 × 13 = 247, 9 left).
        QTest::newRow("3px-cells") << 3 << 13 << 20;
    }

    void aggregateColumns()
    {
        QFETCH(int, minCellSize);
        QFETCH(int, columnsPerBin);
        QFETCH(int, binCount);

        // 4 IRQs × 256 CPUs into 64 px wide; IRQ r is busy on CPU (r × 70) only, at 1000 + CPU.
        const InterruptTable table = makeTable(4, 256, [](int, int) { return 0; });
        const InterruptRates rates = makeRates(table, [](int r, int c) { return c == r * 70 ? 1000.0 + c : 0.0; });
        const HeatmapBins bins = compute(table, &rates, {64, 40}, minCellSize);

        QCOMPARE(bins.rowBinCount(), 4);
        QCOMPARE(bins.columnsPerBin(), columnsPerBin);
        QCOMPARE(bins.columnBinCount(), binCount);
        QCOMPARE(bins.columnEdge(binCount), 64);
        QCOMPARE(bins.columnsOf(binCount - 1).end(), 256);
        for (int r = 0; r < 4; ++r) {
            const int cpu = r * 70;
            const int hot = bins.columnBinOf(cpu);
            QCOMPARE(hot, cpu / columnsPerBin);
            QVERIFY(bins.columnsOf(hot).contains(cpu));
            for (int c = 0; c < binCount; ++c) {
                const HeatmapBins::Bin &bin = bins.bin(r, c);
                QCOMPARE(bin.sum, c == hot ? 1000.0 + cpu : 0.0);
                if (c == hot) {
                    QCOMPARE(bin.maxColumn, cpu);
                    QCOMPARE(bin.maxRow, r);
                }
            }
        }
        QCOMPARE(bins.maxValue(), 1210.0);
    }

    void zoomedRanges()
    {
        // 2000 × 256 showing rows 100..119 and CPUs 64..71 in 100 × 100 px: 5 px rows, no aggregation.
        const InterruptTable table = makeTable(2000, 256, [](int r, int c) { return quint64(r * 1000 + c); });
        const HeatmapBins bins = compute(table, nullptr, {100, 100}, 3, {100, 20}, {64, 8});
        QVERIFY(!bins.usesRates());
        QVERIFY(!bins.isAggregated());
        QCOMPARE(bins.rowRange(), (Range {100, 20}));
        QCOMPARE(bins.columnRange(), (Range {64, 8}));
        QCOMPARE(bins.rowBinCount(), 20);
        QCOMPARE(bins.columnBinCount(), 8);
        QCOMPARE(bins.rowsOf(0), (Range {100, 1}));
        QCOMPARE(bins.columnsOf(7), (Range {71, 1}));
        QCOMPARE(bins.bin(0, 0).sum, 100064.0);
        QCOMPARE(bins.bin(19, 7).sum, 119071.0);
        QCOMPARE(bins.rowBinOf(99), -1);
        QCOMPARE(bins.rowBinOf(120), -1);
        QCOMPARE(bins.columnBinOf(63), -1);
        QCOMPARE(bins.maxValue(), 119071.0);

        // A range past the end is pulled back inside.
        const HeatmapBins clamped = compute(table, nullptr, {100, 100}, 3, {1990, 20}, {250, 40});
        QCOMPARE(clamped.rowRange(), (Range {1980, 20}));
        QCOMPARE(clamped.columnRange(), (Range {216, 40}));
    }

    void nanHandling()
    {
        // IRQ 0: CPU 0 unknown, CPU 1 = 5; IRQ 1: both unknown (just appeared); IRQ 2: 0 and 7.
        const InterruptTable table = makeTable(3, 2, [](int, int) { return 123; });
        const InterruptRates rates = makeRates(table, [](int r, int c) {
            if (r == 1 || (r == 0 && c == 0))
                return unknown;
            return r == 0 ? 5.0 : c * 7.0;
        });
        const HeatmapBins exact = compute(table, &rates, {100, 100});
        QVERIFY(!exact.bin(0, 0).known);
        QCOMPARE(exact.bin(0, 0).sum, 0.0);
        QCOMPARE(exact.bin(0, 0).maxRow, -1);
        QVERIFY(exact.bin(0, 1).known);
        QVERIFY(!exact.bin(1, 1).known);
        QVERIFY(exact.bin(2, 0).known);
        QCOMPARE(exact.bin(2, 0).sum, 0.0);
        QCOMPARE(exact.maxValue(), 7.0);
        QCOMPARE(exact.fraction(0, 0), 0.0);

        // All in one bin: unknown cells are skipped, not counted as zero or NaN.
        const HeatmapBins one = compute(table, &rates, {1, 1}, 1);
        QCOMPARE(one.rowBinCount(), 1);
        QCOMPARE(one.columnBinCount(), 1);
        QVERIFY(one.bin(0, 0).known);
        QCOMPARE(one.bin(0, 0).sum, 12.0);
        QCOMPARE(one.bin(0, 0).max, 7.0);
        QCOMPARE(one.bin(0, 0).maxRow, 2);
        QCOMPARE(one.bin(0, 0).maxColumn, 1);
        QCOMPARE(one.fraction(0, 0), 1.0);
    }

    void countsFallback()
    {
        const InterruptTable table = makeTable(2, 2, [](int r, int c) { return quint64(1 + r + 2 * c); });
        const HeatmapBins counts = compute(table, nullptr, {100, 100});
        QVERIFY(!counts.usesRates());
        QCOMPARE(counts.bin(1, 1).sum, 4.0);
        QCOMPARE(counts.maxValue(), 4.0);

        // Rates of other CPU columns (a CPU went offline) are not used.
        InterruptRates misaligned = makeRates(table, [](int, int) { return 1000.0; });
        misaligned.cpus = {0, 2};
        const HeatmapBins fallback = compute(table, &misaligned, {100, 100});
        QVERIFY(!fallback.usesRates());
        QCOMPARE(fallback.bin(1, 1).sum, 4.0);
    }

    void degenerateInputs()
    {
        const InterruptTable table = makeTable(3, 2, [](int, int) { return 1; });
        QVERIFY(HeatmapBins::compute({}).isEmpty());
        QVERIFY(compute(table, nullptr, {0, 100}).isEmpty());
        QVERIFY(compute(table, nullptr, {100, 0}).isEmpty());
        QVERIFY(compute(InterruptTable(), nullptr, {100, 100}).isEmpty());

        // Rows outside the table are dropped rather than read.
        HeatmapBins::Input input;
        input.table = &table;
        input.rows = {2, 7, -1, 0};
        input.pixels = {100, 100};
        const HeatmapBins bins = HeatmapBins::compute(input);
        QCOMPARE(bins.rows(), (QList<int> {2, 0}));
        QCOMPARE(bins.rowBinCount(), 2);
    }

    void zoomed_data()
    {
        QTest::addColumn<Range>("visible");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor");
        QTest::addColumn<Range>("expected");

        QTest::newRow("in-centre") << Range {0, 100} << 100 << 2.0 << 0.5 << Range {25, 50};
        QTest::newRow("in-top") << Range {0, 100} << 100 << 2.0 << 0.0 << Range {0, 50};
        QTest::newRow("in-bottom") << Range {0, 100} << 100 << 2.0 << 1.0 << Range {50, 50};
        QTest::newRow("out-centre") << Range {25, 50} << 100 << 0.5 << 0.5 << Range {0, 100};
        QTest::newRow("out-clamped-at-end") << Range {80, 20} << 100 << 0.5 << 1.0 << Range {60, 40};
        QTest::newRow("in-at-least-one") << Range {10, 2} << 100 << 1.1 << 0.0 << Range {10, 1};
        QTest::newRow("out-at-least-one") << Range {10, 1} << 100 << 1 / 1.1 << 0.0 << Range {10, 2};
        QTest::newRow("in-stops-at-one") << Range {10, 1} << 100 << 2.0 << 0.5 << Range {10, 1};
        QTest::newRow("out-stops-at-total") << Range {0, 100} << 100 << 0.5 << 0.5 << Range {0, 100};
        QTest::newRow("empty-is-everything") << Range {} << 100 << 1.0 << 0.5 << Range {0, 100};
        QTest::newRow("no-entries") << Range {0, 10} << 0 << 2.0 << 0.5 << Range {};
    }

    void zoomed()
    {
        QFETCH(Range, visible);
        QFETCH(int, total);
        QFETCH(double, factor);
        QFETCH(double, anchor);
        QFETCH(Range, expected);
        QCOMPARE(HeatmapBins::zoomed(visible, total, factor, anchor), expected);
    }

    void scrolled_data()
    {
        QTest::addColumn<Range>("visible");
        QTest::addColumn<int>("delta");
        QTest::addColumn<Range>("expected");

        QTest::newRow("down") << Range {10, 20} << 5 << Range {15, 20};
        QTest::newRow("up") << Range {10, 20} << -5 << Range {5, 20};
        QTest::newRow("past-top") << Range {10, 20} << -50 << Range {0, 20};
        QTest::newRow("past-bottom") << Range {10, 20} << 500 << Range {80, 20};
        QTest::newRow("everything-stays") << Range {0, 100} << 10 << Range {0, 100};
    }

    void scrolled()
    {
        QFETCH(Range, visible);
        QFETCH(int, delta);
        QFETCH(Range, expected);
        QCOMPARE(HeatmapBins::scrolled(visible, 100, delta), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeatmapBins)
#include "tst_heatmapbins.moc"
