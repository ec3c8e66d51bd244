// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpugridwidget.h"
#include "heatscale.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = CpuGridWidget::GroupKind;

// QCOMPARE prints sets as lists.
char *toString(const CpuSet &set)
{
    return qstrdup(qPrintable(u"{"_s + set.toCpuList() + u"}"_s));
}

namespace {
/// @p count CPUs, all online, and nothing else known: the grid is flat.
CpuTopology flatTopology(int count)
{
    CpuTopology topology;
    topology.possible = CpuSet::range(0, count - 1);
    topology.present = topology.possible;
    topology.online = topology.possible;
    return topology;
}

/// 2 packages × 2 nodes × 4 cores × 2 threads, numbered as Linux does: CPUs 0–15 are the first
/// threads, 16–31 their siblings. Package p holds nodes 2p and 2p+1; node n cores 4n..4n+3.
CpuTopology bigTopology()
{
    CpuTopology topology;
    topology.possible = CpuSet::range(0, 31);
    topology.present = topology.possible;
    topology.online = topology.possible;
    for (int cpu = 0; cpu < 32; ++cpu) {
        const int first = cpu % 16;
        CpuInfo info;
        info.cpu = cpu;
        info.package = first / 8;
        info.die = 0;
        info.core = first % 8;
        info.node = first / 4;
        info.threadSiblings = CpuSet {first, first + 16};
        info.online = true;
        topology.cpus.append(info);
        topology.nodes[info.node].insert(cpu);
    }
    return topology;
}

QPoint centre(const QRect &rect)
{
    return rect.center();
}

void click(CpuGridWidget &grid, int cpu, Qt::KeyboardModifiers modifiers = {})
{
    const QRect cell = grid.cellRect(cpu);
    QVERIFY2(!cell.isNull(), qPrintable(u"no cell for CPU %1"_s.arg(cpu)));
    QTest::mouseClick(&grid, Qt::LeftButton, modifiers, centre(cell));
}

void show(CpuGridWidget &grid, int width = 640)
{
    grid.resize(width, grid.heightForWidth(width));
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
}
} // namespace

class TestCpuGridWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fixed font keeps cell sizes stable whatever the machine's fonts are.
        QFont font(u"DejaVu Sans"_s);
        font.setPointSize(9);
        QApplication::setFont(font);
    }

    void clickToggles()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(8));
        show(grid);
        QSignalSpy spy(&grid, &CpuGridWidget::selectionChanged);

        click(grid, 3);
        QCOMPARE(grid.selection(), CpuSet({3}));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().first().value<CpuSet>(), CpuSet({3}));
        click(grid, 5);
        QCOMPARE(grid.selection(), CpuSet({3, 5}));
        click(grid, 3);
        QCOMPARE(grid.selection(), CpuSet({5}));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(grid.currentCpu(), 3);
    }

    void dragPaints()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(16));
        show(grid);
        // The cells 0..5 share a row at this width.
        QCOMPARE(grid.cellRect(5).top(), grid.cellRect(0).top());

        // The first cell was off: everything crossed is switched on, also in one big jump.
        QTest::mousePress(&grid, Qt::LeftButton, {}, centre(grid.cellRect(0)));
        QTest::mouseMove(&grid, centre(grid.cellRect(2)));
        QTest::mouseMove(&grid, centre(grid.cellRect(5)));
        QTest::mouseRelease(&grid, Qt::LeftButton, {}, centre(grid.cellRect(5)));
        QCOMPARE(grid.selection(), CpuSet::range(0, 5));

        // Moving after the release paints nothing.
        QTest::mouseMove(&grid, centre(grid.cellRect(7)));
        QCOMPARE(grid.selection(), CpuSet::range(0, 5));

        // The first cell was on: everything crossed is switched off, cells already off stay off.
        grid.setSelection(CpuSet {0, 1, 2, 4, 5, 6, 7});
        QTest::mousePress(&grid, Qt::LeftButton, {}, centre(grid.cellRect(2)));
        QTest::mouseMove(&grid, centre(grid.cellRect(6)));
        QTest::mouseRelease(&grid, Qt::LeftButton, {}, centre(grid.cellRect(6)));
        QCOMPARE(grid.selection(), CpuSet({0, 1, 7}));
    }

    void dragStartingOnUnavailableCellPaintsNothing()
    {
        CpuTopology topology = flatTopology(8);
        topology.online = CpuSet {0, 1, 3, 4, 5, 6, 7};
        CpuGridWidget grid;
        grid.setTopology(topology);
        show(grid);
        QTest::mousePress(&grid, Qt::LeftButton, {}, centre(grid.cellRect(2)));
        QTest::mouseMove(&grid, centre(grid.cellRect(5)));
        QTest::mouseRelease(&grid, Qt::LeftButton, {}, centre(grid.cellRect(5)));
        QCOMPARE(grid.selection(), CpuSet());

        // A drag from a usable cell across the offline one skips it.
        QTest::mousePress(&grid, Qt::LeftButton, {}, centre(grid.cellRect(0)));
        QTest::mouseMove(&grid, centre(grid.cellRect(4)));
        QTest::mouseRelease(&grid, Qt::LeftButton, {}, centre(grid.cellRect(4)));
        QCOMPARE(grid.selection(), CpuSet({0, 1, 3, 4}));
    }

    void shiftClickSelectsRange()
    {
        CpuTopology topology = flatTopology(16);
        topology.online.remove(4);
        CpuGridWidget grid;
        grid.setTopology(topology);
        show(grid);

        click(grid, 2);
        click(grid, 7, Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet({2, 3, 5, 6, 7}));
        // Backwards from the same anchor; the range is added to the selection.
        click(grid, 0, Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet({0, 1, 2, 3, 5, 6, 7}));
        // Without an anchor (nothing clicked yet) Shift+click is a plain click.
        CpuGridWidget fresh;
        fresh.setTopology(topology);
        show(fresh);
        click(fresh, 9, Qt::ShiftModifier);
        QCOMPARE(fresh.selection(), CpuSet({9}));
    }

    void shiftClickFollowsDisplayOrder()
    {
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        show(grid);
        // Node 0 shows 0 16 1 17 2 18 3 19: a range is what lies between on screen.
        click(grid, 16);
        click(grid, 2, Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet({16, 1, 17, 2}));
    }

    void topologyGrouping()
    {
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        show(grid);

        const QList<int> nodeZero {0, 16, 1, 17, 2, 18, 3, 19};
        QCOMPARE(grid.displayOrder().mid(0, 8), nodeZero);
        QCOMPARE(grid.displayOrder().size(), 32);
        QCOMPARE(grid.displayOrder().last(), 31);

        QCOMPARE(grid.groupCpus(Kind::Package, 9), CpuSet::range(8, 15).united(CpuSet::range(24, 31)));
        QCOMPARE(grid.groupCpus(Kind::Node, 21), CpuSet::range(4, 7).united(CpuSet::range(20, 23)));
        QCOMPARE(grid.groupCpus(Kind::Core, 18), CpuSet({2, 18}));

        // Every header exists, each package above its nodes, each core bar above its two cells.
        for (int cpu = 0; cpu < 32; ++cpu) {
            const QRect package = grid.headerRect(Kind::Package, cpu);
            const QRect node = grid.headerRect(Kind::Node, cpu);
            const QRect core = grid.headerRect(Kind::Core, cpu);
            const QRect cell = grid.cellRect(cpu);
            QVERIFY(!package.isNull() && !node.isNull() && !core.isNull() && !cell.isNull());
            QVERIFY(package.bottom() < node.top());
            QVERIFY(node.right() < cell.left());
            QVERIFY(node.top() <= cell.top() && node.bottom() >= cell.bottom());
            QVERIFY(core.bottom() < cell.top());
            QVERIFY(core.left() <= cell.left() && core.right() >= cell.right());
        }
        // Cells never overlap headers or each other.
        const QList<int> order = grid.displayOrder();
        for (qsizetype i = 0; i < order.size(); ++i) {
            for (qsizetype j = i + 1; j < order.size(); ++j)
                QVERIFY(!grid.cellRect(order[i]).intersects(grid.cellRect(order[j])));
        }
        // The four nodes are four rows at this width.
        QCOMPARE(grid.cellRect(19).top(), grid.cellRect(0).top());
        QVERIFY(grid.cellRect(4).top() > grid.cellRect(0).top());
        QVERIFY(grid.cellRect(8).top() > grid.cellRect(4).top());
    }

    void headerClicksToggleGroups_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cpu");
        QTest::addColumn<CpuSet>("before");
        QTest::addColumn<CpuSet>("after");

        const CpuSet package0 = CpuSet::range(0, 7).united(CpuSet::range(16, 23));
        const CpuSet package1 = CpuSet::range(8, 15).united(CpuSet::range(24, 31));
        const CpuSet node1 = CpuSet::range(4, 7).united(CpuSet::range(20, 23));
        QTest::newRow("package 0, none on: all on") << int(Kind::Package) << 0 << CpuSet() << package0;
        QTest::newRow("package 1, all on: all off") << int(Kind::Package) << 8 << package1 << CpuSet();
        QTest::newRow("package 1, others kept") << int(Kind::Package) << 8 << CpuSet {0} << package1.united({0});
        QTest::newRow("node 1, one on: all on") << int(Kind::Node) << 5 << CpuSet {5} << node1;
        QTest::newRow("node 1, all on: all off") << int(Kind::Node) << 20 << node1.united({1}) << CpuSet {1};
        QTest::newRow("core 2, none on") << int(Kind::Core) << 2 << CpuSet() << CpuSet {2, 18};
        QTest::newRow("core 2, sibling on") << int(Kind::Core) << 2 << CpuSet {18} << CpuSet {2, 18};
        QTest::newRow("core 2, both on") << int(Kind::Core) << 18 << CpuSet {2, 18, 3} << CpuSet {3};
        QTest::newRow("core 15 in package 1") << int(Kind::Core) << 31 << CpuSet() << CpuSet {15, 31};
    }

    void headerClicksToggleGroups()
    {
        QFETCH(int, kind);
        QFETCH(int, cpu);
        QFETCH(CpuSet, before);
        QFETCH(CpuSet, after);
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        show(grid);
        grid.setSelection(before);
        const QRect header = grid.headerRect(Kind(kind), cpu);
        QVERIFY(!header.isNull());
        QTest::mouseClick(&grid, Qt::LeftButton, {}, header.center());
        QCOMPARE(grid.selection(), after);
    }

    void headerToggleSkipsUnavailableCpus()
    {
        CpuTopology topology = bigTopology();
        topology.online.remove(5);
        topology.isolated = CpuSet {6};
        topology.nohzFull = CpuSet {6, 7};
        CpuGridWidget grid;
        grid.setTopology(topology);
        show(grid);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.headerRect(Kind::Node, 4).center());
        QCOMPARE(grid.selection(), CpuSet({4, 20, 21, 22, 23}));
        // All usable ones are on: the next click clears them.
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.headerRect(Kind::Node, 4).center());
        QCOMPARE(grid.selection(), CpuSet());
    }

    void flatGridWithoutTopology()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(24));
        show(grid, 400);
        QList<int> ascending;
        for (int cpu = 0; cpu < 24; ++cpu)
            ascending.append(cpu);
        QCOMPARE(grid.displayOrder(), ascending);
        for (int cpu = 0; cpu < 24; ++cpu) {
            QVERIFY(grid.headerRect(Kind::Package, cpu).isNull());
            QVERIFY(grid.headerRect(Kind::Node, cpu).isNull());
            QVERIFY(grid.headerRect(Kind::Core, cpu).isNull());
            QVERIFY(grid.groupCpus(Kind::Core, cpu).isEmpty());
            QCOMPARE(grid.cpuAt(grid.cellRect(cpu).center()), cpu);
        }
        // Rows hold whole groups of eight at this width: CPU 8 starts the second row.
        QCOMPARE(grid.cellRect(8).left(), grid.cellRect(0).left());
        QVERIFY(grid.cellRect(8).top() > grid.cellRect(7).bottom());
        // A gap wider than between neighbours separates the groups of a row... (one group per row here)
        QCOMPARE(grid.cellRect(7).top(), grid.cellRect(0).top());
    }

    void emptyTopologyShowsNothing()
    {
        CpuGridWidget grid;
        grid.setTopology({});
        show(grid);
        QVERIFY(grid.displayOrder().isEmpty());
        QCOMPARE(grid.cpuAt(QPoint(10, 30)), -1);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, QPoint(10, 30));
        QTest::keyClick(&grid, Qt::Key_Space);
        QCOMPARE(grid.selection(), CpuSet());
    }

    void manyCpus()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(512));
        show(grid, 800);
        QCOMPARE(grid.height(), grid.heightForWidth(800));
        int previousRight = -1;
        int previousTop = -1;
        for (int cpu = 0; cpu < 512; ++cpu) {
            const QRect cell = grid.cellRect(cpu);
            QVERIFY(cell.width() >= 14 && cell.height() >= 14);
            QVERIFY(QRect(0, 0, 800, grid.height()).contains(cell));
            // Reading order: left to right, then the next row below.
            if (cell.top() == previousTop)
                QVERIFY(cell.left() > previousRight);
            else
                QVERIFY(cell.top() > previousTop);
            previousRight = cell.right();
            previousTop = cell.top();
        }
        click(grid, 437);
        QCOMPARE(grid.selection(), CpuSet({437}));
        click(grid, 511);
        QCOMPARE(grid.selection(), CpuSet({437, 511}));
        QCOMPARE(grid.cpuAt(grid.cellRect(300).center()), 300);

        // Zoomed all the way out the cells stay at least 14 px and still hit.
        for (int i = 0; i < 20; ++i)
            grid.zoomOut();
        grid.resize(800, grid.heightForWidth(800));
        for (int cpu = 0; cpu < 512; ++cpu)
            QVERIFY(grid.cellRect(cpu).width() >= 14 && grid.cellRect(cpu).height() >= 14);
        QVERIFY(grid.heightForWidth(800) < 400);
        click(grid, 100);
        QCOMPARE(grid.selection(), CpuSet({100, 437, 511}));
    }

    void zoom()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(16));
        show(grid);
        const int width = grid.cellRect(0).width();
        QWheelEvent in(grid.cellRect(0).center(), grid.mapToGlobal(grid.cellRect(0).center()), {}, {0, 120},
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&grid, &in);
        QVERIFY(in.isAccepted());
        QVERIFY(grid.cellRect(0).width() > width);
        QTest::keyClick(&grid, Qt::Key_Minus);
        QCOMPARE(grid.cellRect(0).width(), width);
        QTest::keyClick(&grid, Qt::Key_Minus);
        QVERIFY(grid.cellRect(0).width() < width);
        QTest::keyClick(&grid, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(grid.cellRect(0).width(), width);
        QCOMPARE(grid.zoomFactor(), 1.0);
        // A plain wheel is left to the scroll area.
        QWheelEvent plain(grid.cellRect(0).center(), grid.mapToGlobal(grid.cellRect(0).center()), {}, {0, 120},
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&grid, &plain);
        QVERIFY(!plain.isAccepted());
    }

    void keyboard()
    {
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        show(grid);
        grid.setFocus();
        QSignalSpy current(&grid, &CpuGridWidget::currentCpuChanged);
        grid.setCurrentCpu(0);

        // Left / right within the row (node 0: 0 16 1 17 2 18 3 19).
        QTest::keyClick(&grid, Qt::Key_Left);
        QCOMPARE(grid.currentCpu(), 0);
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentCpu(), 16);
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentCpu(), 1);
        QTest::keyClick(&grid, Qt::Key_Space);
        QCOMPARE(grid.selection(), CpuSet({1}));

        // Up / down between rows, keeping the column: node 1 shows 4 20 5 21 ...
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentCpu(), 5);
        QTest::keyClick(&grid, Qt::Key_Space);
        QCOMPARE(grid.selection(), CpuSet({1, 5}));
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentCpu(), 9);
        QTest::keyClick(&grid, Qt::Key_Up);
        QTest::keyClick(&grid, Qt::Key_Up);
        QCOMPARE(grid.currentCpu(), 1);
        QTest::keyClick(&grid, Qt::Key_Up);
        QCOMPARE(grid.currentCpu(), 1);
        QTest::keyClick(&grid, Qt::Key_Space);
        QCOMPARE(grid.selection(), CpuSet({5}));

        // The end of a row is the end: Right does not wrap into the next node.
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentCpu(), 19);

        QTest::keyClick(&grid, Qt::Key_End);
        QCOMPARE(grid.currentCpu(), 31);
        QTest::keyClick(&grid, Qt::Key_Home);
        QCOMPARE(grid.currentCpu(), 0);
        QVERIFY(current.size() >= 8);
        QCOMPARE(current.last().first().toInt(), 0);

        // Shift+Space: the range from the last toggled CPU (1) to the cursor.
        QTest::keyClick(&grid, Qt::Key_Right);
        QTest::keyClick(&grid, Qt::Key_Space); // toggles 16 on, the anchor
        QTest::keyClick(&grid, Qt::Key_Right);
        QTest::keyClick(&grid, Qt::Key_Right);
        QTest::keyClick(&grid, Qt::Key_Right);
        QTest::keyClick(&grid, Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet({5, 16, 1, 17, 2}));

        QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(grid.selection(), CpuSet::range(0, 31));
        QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet());
    }

    void keyboardInFlatRows()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(20));
        show(grid, 400); // one group of eight per row
        grid.setFocus();
        grid.setCurrentCpu(3);
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentCpu(), 11);
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentCpu(), 19); // the short last row: the nearest cell
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentCpu(), 19);
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentCpu(), 19);
    }

    void unavailableCpusAreNeverSelected()
    {
        CpuTopology topology = flatTopology(8);
        topology.online = CpuSet {0, 1, 2, 3, 4, 6, 7};
        topology.isolated = CpuSet {6};
        topology.nohzFull = CpuSet {7};
        CpuGridWidget grid;
        grid.setTopology(topology);
        show(grid);
        QCOMPARE(grid.selectableCpus(), CpuSet({0, 1, 2, 3, 4}));
        QCOMPARE(grid.availability(5), CpuGridWidget::Availability::Offline);
        QCOMPARE(grid.availability(6), CpuGridWidget::Availability::Isolated);
        QCOMPARE(grid.availability(7), CpuGridWidget::Availability::NohzFull);
        QCOMPARE(grid.availability(8), CpuGridWidget::Availability::Unknown);
        QCOMPARE(grid.availability(0), CpuGridWidget::Availability::Available);

        for (int cpu : {5, 6, 7})
            click(grid, cpu);
        QCOMPARE(grid.selection(), CpuSet());
        click(grid, 4);
        click(grid, 7, Qt::ShiftModifier);
        QCOMPARE(grid.selection(), CpuSet({4}));
        grid.setFocus();
        grid.setCurrentCpu(5);
        QTest::keyClick(&grid, Qt::Key_Space);
        QCOMPARE(grid.selection(), CpuSet({4}));
        QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(grid.selection(), CpuSet::range(0, 4));
        grid.setSelection(CpuSet {1, 5, 6, 7, 8});
        QCOMPARE(grid.selection(), CpuSet({1}));

        // A CPU that goes offline leaves the selection, with a signal.
        grid.setSelection(CpuSet {1, 2});
        QSignalSpy spy(&grid, &CpuGridWidget::selectionChanged);
        topology.online.remove(2);
        grid.setTopology(topology);
        QCOMPARE(grid.selection(), CpuSet({1}));
        QCOMPARE(spy.size(), 1);
    }

    void toolTips_data()
    {
        QTest::addColumn<int>("cpu");
        QTest::addColumn<QString>("expected");
        QTest::newRow("offline") << 5 << u"CPU 5 is offline: the kernel cannot deliver interrupts to it"_s;
        QTest::newRow("not present") << 9 << u"CPU 9 is not present: the kernel cannot deliver interrupts to it"_s;
        QTest::newRow("isolated") << 6
                                  << u"CPU 6 is isolated (isolcpus=): interrupts would disturb the work it is "
                                     "reserved for"_s;
        QTest::newRow("nohz_full") << 7
                                   << u"CPU 7 runs tickless (nohz_full=): interrupts would disturb the work it is "
                                      "reserved for"_s;
        QTest::newRow("usable, idle") << 1 << u"CPU 1\nNot in the mask: click to add it\nInterrupts now: 0 /s"_s;
        QTest::newRow("usable, rate unknown") << 4 << u"CPU 4\nNot in the mask: click to add it"_s;
        QTest::newRow("selected, effective, busy")
            << 2
            << u"CPU 2\nIn the mask: click to remove it\nThe kernel delivers the interrupt here (effective CPU)\n"
               "Interrupts now: 12.5 k/s"_s;
    }

    void toolTips()
    {
        QFETCH(int, cpu);
        QFETCH(QString, expected);
        CpuTopology topology = flatTopology(10);
        topology.present = CpuSet::range(0, 8);
        topology.online = CpuSet {0, 1, 2, 3, 4, 6, 7, 8};
        topology.isolated = CpuSet {6};
        topology.nohzFull = CpuSet {7};
        CpuGridWidget grid;
        grid.setTopology(topology);
        grid.setSelection({2});
        grid.setEffective({2});
        grid.setRates({1, 2}, {0, 12500});
        show(grid);
        QCOMPARE(grid.toolTipAt(grid.cellRect(cpu).center()), expected);
    }

    void headerToolTip()
    {
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        show(grid);
        QCOMPARE(grid.toolTipAt(grid.headerRect(Kind::Core, 2).center()),
            u"Core 2, package 0: CPUs 2,18. Click to add them all to the mask."_s);
        grid.setSelection({2, 18});
        QCOMPARE(grid.toolTipAt(grid.headerRect(Kind::Node, 2).center()),
            u"Node 0: CPUs 0-3,16-19. Click to add them all to the mask."_s);
        QCOMPARE(grid.toolTipAt(grid.headerRect(Kind::Core, 2).center()),
            u"Core 2, package 0: CPUs 2,18. Click to remove them all from the mask."_s);
    }

    void readOnly()
    {
        CpuGridWidget grid;
        grid.setTopology(bigTopology());
        grid.setSelection({3});
        grid.setReadOnly(true);
        show(grid);
        click(grid, 5);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.headerRect(Kind::Package, 0).center());
        grid.setFocus();
        QTest::keyClick(&grid, Qt::Key_Space);
        QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(grid.selection(), CpuSet({3}));
        QCOMPARE(grid.currentCpu(), 5); // still navigable
    }

    void accessibility()
    {
        CpuTopology topology = bigTopology();
        topology.online.remove(5);
        CpuGridWidget grid;
        grid.setTopology(topology);
        grid.setSelection({2});
        grid.setEffective({2});
        show(grid);

        QCOMPARE(grid.cellDescription(2), u"CPU 2, core 2, package 0, node 0, selected, effective"_s);
        QCOMPARE(grid.cellDescription(5), u"CPU 5, core 5, package 0, node 1, offline"_s);

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
        QVERIFY(iface);
        // 32 cells, 2 packages, 4 nodes, 16 cores.
        QCOMPARE(iface->childCount(), 32 + 2 + 4 + 16);
        const int index2 = int(grid.displayOrder().indexOf(2));
        QAccessibleInterface *cell = iface->child(index2);
        QVERIFY(cell);
        QCOMPARE(cell->role(), QAccessible::CheckBox);
        QCOMPARE(cell->text(QAccessible::Name), grid.cellDescription(2));
        QVERIFY(cell->state().checked);
        QVERIFY(!cell->state().disabled);
        QCOMPARE(iface->indexOfChild(cell), index2);
        QCOMPARE(cell->parent(), iface);
        QCOMPARE(cell->rect().size(), grid.cellRect(2).size());
        QCOMPARE(iface->childAt(cell->rect().center().x(), cell->rect().center().y()), cell);

        QAccessibleInterface *offline = iface->child(int(grid.displayOrder().indexOf(5)));
        QVERIFY(offline->state().disabled);
        QCOMPARE(
            offline->text(QAccessible::Description), u"CPU 5 is offline: the kernel cannot deliver interrupts to it"_s);

        // Toggling through the action interface, as a screen reader would.
        QAccessibleInterface *cell3 = iface->child(int(grid.displayOrder().indexOf(3)));
        QVERIFY(cell3->actionInterface());
        cell3->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(grid.selection(), CpuSet({2, 3}));
        offline->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(grid.selection(), CpuSet({2, 3}));

        // The headers follow the cells as buttons.
        QAccessibleInterface *package = iface->child(32);
        QCOMPARE(package->role(), QAccessible::Button);
        QCOMPARE(package->text(QAccessible::Name), u"Package 0, CPUs 0-7,16-23, 2 of 15 selected"_s);
        package->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(grid.selection(), CpuSet({0, 1, 2, 3, 4, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23}));

        // The focused cell is the focus child.
        grid.setFocus();
        QTRY_VERIFY(grid.hasFocus());
        grid.setCurrentCpu(3);
        QCOMPARE(iface->focusChild(), cell3);
        QVERIFY(cell3->state().focused);
    }

    void ratesShadeTheBottomStrip()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(4));
        grid.setRates({0, 1, 2, 3}, {0, 500, 1000, std::nan("")});
        show(grid);
        const QImage image = grid.grab().toImage();
        const auto stripPixel = [&](int cpu) {
            const QRect cell = grid.cellRect(cpu);
            return image.pixelColor(cell.center().x(), cell.bottom() - 2);
        };
        QCOMPARE(stripPixel(2), HeatScale::color(1.0));
        QCOMPARE(stripPixel(1), HeatScale::color(0.5));
        // Idle and unknown CPUs have no strip: the cell's own colour.
        QCOMPARE(stripPixel(0), grid.palette().color(QPalette::Base));
        QCOMPARE(stripPixel(3), grid.palette().color(QPalette::Base));
        QCOMPARE(grid.cellDescription(2), u"CPU 2, interrupts: 1,000 /s"_s);
    }

    void selectionIsVisible()
    {
        CpuGridWidget grid;
        grid.setTopology(flatTopology(4));
        grid.setSelection({1});
        show(grid);
        const QImage image = grid.grab().toImage();
        const auto pixel = [&](int cpu) {
            return image.pixelColor(grid.cellRect(cpu).topLeft() + QPoint(3, 3));
        };
        QCOMPARE(pixel(1), grid.palette().color(QPalette::Highlight));
        QCOMPARE(pixel(0), grid.palette().color(QPalette::Base));
    }
};

QTEST_MAIN(TestCpuGridWidget)
#include "tst_cpugridwidget.moc"
