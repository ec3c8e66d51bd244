// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heatmapwidget.h"
#include "heatscale.h"
#include "interruptsparser.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

using Range = HeatmapBins::Range;

namespace {
std::shared_ptr<const InterruptTable> parse(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto parsed = InterruptsParser::parse(text, collector);
    Q_ASSERT(parsed);
    return std::make_shared<const InterruptTable>(std::move(*parsed));
}

const QByteArray before = "           CPU0       CPU1       CPU2       CPU3\n"
                          "  0:         10          0          0          0   IO-APIC   2-edge      timer\n"
                          " 24:          0          0          0          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
                          " 25:          0          0          0          0   PCI-MSI 524289-edge      eth0-TxRx-1\n"
                          " 26:          0          0          0          0   PCI-MSI 524290-edge      eth0-TxRx-2\n"
                          "LOC:        100        100        100        100   Local timer interrupts\n"
                          "ERR:          0\n";
// One second later: IRQ 24 took 5000 on CPU 1 (the hot cell), IRQ 25 1000 on CPU 2.
const QByteArray after = "           CPU0       CPU1       CPU2       CPU3\n"
                         "  0:         10          0          0          0   IO-APIC   2-edge      timer\n"
                         " 24:          0       5000          0          0   PCI-MSI 524288-edge      eth0-TxRx-0\n"
                         " 25:          0          0       1000          0   PCI-MSI 524289-edge      eth0-TxRx-1\n"
                         " 26:          0          0          0          0   PCI-MSI 524290-edge      eth0-TxRx-2\n"
                         "LOC:      90100      90100      90100      90100   Local timer interrupts\n"
                         "ERR:          0\n";

void setSmallData(HeatmapWidget &widget)
{
    const auto previous = parse(before);
    const auto current = parse(after);
    widget.setData(current, std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*previous, *current, 1.0)));
}

/// 2000 IRQs on 256 CPUs, all idle except IRQ 44 on CPU 66 at 3400/s.
void setLargeData(HeatmapWidget &widget)
{
    auto table = std::make_shared<InterruptTable>();
    const int cpus = 256;
    const int rows = 2000;
    for (int c = 0; c < cpus; ++c)
        table->cpus.append(c);
    for (int r = 0; r < rows; ++r) {
        InterruptRow row;
        row.id = QString::number(r);
        row.irq = uint(r);
        row.actions = {u"dev%1"_s.arg(r)};
        table->rows.append(row);
    }
    table->counts.assign(size_t(rows) * cpus, 0);
    InterruptRates rates;
    rates.cpus = table->cpus;
    rates.seconds = 1;
    rates.perCell.assign(table->counts.size(), 0.0);
    rates.perCell[size_t(44) * cpus + 66] = 3400;
    widget.setData(std::move(table), std::make_shared<const InterruptRates>(std::move(rates)));
}

QColor pixelAt(HeatmapWidget &widget, QPoint pos)
{
    return widget.grab().toImage().pixelColor(pos);
}

QWheelEvent wheel(QPoint pos, int angle, Qt::KeyboardModifiers modifiers)
{
    return QWheelEvent(pos, pos, {}, {0, angle}, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
}
} // namespace

class TestHeatmapWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyWidgetPaints()
    {
        HeatmapWidget widget;
        widget.resize(300, 200);
        QVERIFY(!widget.grab().isNull());
        QVERIFY(widget.toolTipAt({150, 100}).isEmpty());
        QVERIFY(widget.bins().isEmpty());
        QVERIFY(!widget.accessibleName().isEmpty());
        QVERIFY(!widget.accessibleDescription().isEmpty());
    }

    void cellColours_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x23, 0x26, 0x29);
    }

    void cellColours()
    {
        QFETCH(QColor, base);
        HeatmapWidget widget;
        QPalette palette = widget.palette();
        palette.setColor(QPalette::Base, base);
        widget.setPalette(palette);
        setSmallData(widget);
        widget.resize(400, 300);

        // IRQs 0, 24, 25, 26 (arch rows hidden) × 4 CPUs.
        QCOMPARE(widget.visibleRows(), (Range {0, 4}));
        QCOMPARE(widget.visibleColumns(), (Range {0, 4}));
        const QRect hot = widget.cellRect(u"24"_s, 1);
        const QRect warm = widget.cellRect(u"25"_s, 2);
        const QRect idle = widget.cellRect(u"0"_s, 0);
        QVERIFY(hot.isValid() && warm.isValid() && idle.isValid());
        QVERIFY(widget.rect().contains(hot));
        QVERIFY(widget.cellRect(u"LOC"_s, 0).isNull());

        const QImage image = widget.grab().toImage();
        QCOMPARE(image.pixelColor(hot.center()), HeatScale::color(1.0));
        QCOMPARE(image.pixelColor(warm.center()), HeatScale::color(0.2));
        QCOMPARE(image.pixelColor(idle.center()), base);
        // The idle timer row counted 0 since the previous sample: idle, not unknown.
        QCOMPARE(image.pixelColor(widget.cellRect(u"0"_s, 3).center()), base);
    }

    void countsWithoutRates()
    {
        HeatmapWidget widget;
        widget.setData(parse(after), nullptr);
        widget.resize(400, 300);
        QVERIFY(!widget.bins().usesRates());
        QCOMPARE(pixelAt(widget, widget.cellRect(u"24"_s, 1).center()), HeatScale::color(1.0));
        QCOMPARE(
            widget.toolTipAt(widget.cellRect(u"25"_s, 2).center()), u"IRQ 25 eth0-TxRx-1 on CPU 2: 1,000 since boot"_s);
    }

    void archRows()
    {
        HeatmapWidget widget;
        setSmallData(widget);
        widget.resize(400, 300);
        widget.setArchRowsShown(true);
        QCOMPARE(widget.visibleRows(), (Range {0, 5}));
        const QRect loc = widget.cellRect(u"LOC"_s, 0);
        QVERIFY(loc.isValid());
        // 90000/s of timer interrupts are now the scale's top.
        QCOMPARE(pixelAt(widget, loc.center()), HeatScale::color(1.0));
        QCOMPARE(widget.toolTipAt(loc.center()), u"LOC Local timer interrupts on CPU 0: 90.0 k/s"_s);
    }

    void toolTips()
    {
        HeatmapWidget widget;
        setSmallData(widget);
        widget.resize(400, 300);
        const QPoint hot = widget.cellRect(u"24"_s, 1).center();
        QCOMPARE(widget.toolTipAt(hot), u"IRQ 24 eth0-TxRx-0 on CPU 1: 5,000 /s"_s);
        QCOMPARE(widget.toolTipAt(widget.cellRect(u"26"_s, 0).center()), u"IRQ 26 eth0-TxRx-2 on CPU 0: 0 /s"_s);
        QVERIFY(widget.toolTipAt({1, 1}).isEmpty());
        // The row label of IRQ 24, left of its cells.
        QCOMPARE(widget.toolTipAt({10, hot.y()}), u"IRQ 24 eth0-TxRx-0"_s);

        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QHelpEvent help(QEvent::ToolTip, hot, widget.mapToGlobal(hot));
        QApplication::sendEvent(&widget, &help);
        QTRY_COMPARE(QToolTip::text(), u"IRQ 24 eth0-TxRx-0 on CPU 1: 5,000 /s"_s);
        QToolTip::hideText();
    }

    void binnedToolTip()
    {
        HeatmapWidget widget;
        setLargeData(widget);
        widget.resize(800, 600);
        const HeatmapBins &bins = widget.bins();
        QVERIFY(bins.rowsPerBin() > 1);
        QVERIFY(bins.columnsPerBin() > 1);
        // Binning keeps the rectangles within the pixels.
        QVERIFY(bins.rowBinCount() <= bins.pixels().height() / 3);
        QVERIFY(bins.columnBinCount() <= bins.pixels().width() / 3);

        const QRect hot = widget.cellRect(u"44"_s, 66);
        QVERIFY(hot.isValid());
        QCOMPARE(pixelAt(widget, hot.center()), HeatScale::color(1.0));
        const Range rows = bins.rowsOf(bins.rowBinOf(44));
        const Range columns = bins.columnsOf(bins.columnBinOf(66));
        QCOMPARE(widget.toolTipAt(hot.center()),
            u"IRQs %1–%2 (%3 rows) × CPUs %4–%5: 3,400 /s total, busiest IRQ 44 on CPU 66"_s.arg(rows.first)
                .arg(rows.last())
                .arg(rows.count)
                .arg(columns.first)
                .arg(columns.last()));
        const QRect quiet = widget.cellRect(u"1500"_s, 200);
        QVERIFY(widget.toolTipAt(quiet.center()).endsWith(u": idle"_s));
        QCOMPARE(pixelAt(widget, quiet.center()), widget.palette().color(QPalette::Base));

        // Clicking the bin makes its busiest cell current.
        QSignalSpy current(&widget, &HeatmapWidget::currentIrqChanged);
        QTest::mouseClick(&widget, Qt::LeftButton, {}, hot.center());
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toString(), u"44"_s);
        QCOMPARE(widget.currentCpu(), 66);
    }

    void keyboardNavigation()
    {
        HeatmapWidget widget;
        setSmallData(widget);
        widget.resize(400, 300);
        widget.show();
        widget.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy current(&widget, &HeatmapWidget::currentIrqChanged);
        QSignalSpy activated(&widget, &HeatmapWidget::cellActivated);

        // The first key press picks the top left cell.
        QTest::keyClick(&widget, Qt::Key_Down);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toString(), u"0"_s);
        QTest::keyClick(&widget, Qt::Key_Down);
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.at(1).at(0).toString(), u"24"_s);
        // Moving along the row changes the CPU, not the IRQ.
        QTest::keyClick(&widget, Qt::Key_Right);
        QCOMPARE(current.count(), 2);
        QCOMPARE(widget.currentCpu(), 1);
        QCOMPARE(widget.accessibleDescription(), u"IRQ 24 eth0-TxRx-0 on CPU 1: 5,000 /s"_s);

        QTest::keyClick(&widget, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"24"_s);
        QCOMPARE(activated.at(0).at(1).toInt(), 1);

        // Stops at the edges.
        QTest::keyClick(&widget, Qt::Key_PageDown);
        QCOMPARE(widget.currentIrq(), u"26"_s);
        QTest::keyClick(&widget, Qt::Key_Down);
        QCOMPARE(widget.currentIrq(), u"26"_s);
        QCOMPARE(current.count(), 3);

        // A double-click activates the cell under the pointer.
        QTest::mouseDClick(&widget, Qt::LeftButton, {}, widget.cellRect(u"25"_s, 2).center());
        QCOMPARE(current.count(), 4);
        QCOMPARE(current.at(3).at(0).toString(), u"25"_s);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), u"25"_s);
        QCOMPARE(activated.at(1).at(1).toInt(), 2);

        // The current cell follows its IRQ through a data update that moves rows.
        QByteArray reordered = after;
        reordered.replace(" 26:", " 23:");
        widget.setData(parse(reordered), nullptr);
        QCOMPARE(widget.currentIrq(), u"25"_s);
        QTest::keyClick(&widget, Qt::Key_Down);
        QCOMPARE(widget.currentIrq(), u"23"_s);
    }

    void highlightedIrq()
    {
        HeatmapWidget widget;
        setSmallData(widget);
        widget.resize(400, 300);
        QSignalSpy current(&widget, &HeatmapWidget::currentIrqChanged);
        widget.setHighlightedIrq(u"25"_s);
        QCOMPARE(widget.currentIrq(), u"25"_s);
        QCOMPARE(current.count(), 0);
        // The highlight outlines the cell; its centre keeps the heat colour.
        QCOMPARE(pixelAt(widget, widget.cellRect(u"25"_s, 0).center()), widget.palette().color(QPalette::Base));
        widget.setHighlightedIrq(u"LOC"_s);
        QVERIFY(widget.currentIrq().isEmpty());
        widget.setHighlightedIrq(u"26"_s);
        QCOMPARE(widget.currentIrq(), u"26"_s);
        widget.setHighlightedIrq({});
        QVERIFY(widget.currentIrq().isEmpty());
        QCOMPARE(current.count(), 0);
    }

    void zoom()
    {
        HeatmapWidget widget;
        setLargeData(widget);
        widget.resize(800, 600);
        widget.show();
        widget.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.visibleRows(), (Range {0, 2000}));
        QCOMPARE(widget.visibleColumns(), (Range {0, 256}));

        QTest::keyClick(&widget, Qt::Key_Plus);
        const Range rows = widget.visibleRows();
        const Range columns = widget.visibleColumns();
        QVERIFY(rows.count < 2000);
        QVERIFY(columns.count < 256);
        // Around the centre.
        QVERIFY(std::abs(rows.first + rows.count / 2 - 1000) <= 1);
        QVERIFY(std::abs(columns.first + columns.count / 2 - 128) <= 1);
        QTest::keyClick(&widget, Qt::Key_Minus);
        QCOMPARE(widget.visibleRows(), (Range {0, 2000}));
        QCOMPARE(widget.visibleColumns(), (Range {0, 256}));

        // Ctrl+wheel zooms around the pointer: the bin under it stays under it.
        const QPoint pointer = widget.cellRect(u"44"_s, 66).center();
        for (int i = 0; i < 4; ++i) {
            QWheelEvent in = wheel(pointer, 120, Qt::ControlModifier);
            QApplication::sendEvent(&widget, &in);
        }
        QVERIFY(widget.visibleRows().count < rows.count);
        QVERIFY(widget.visibleRows().contains(44));
        QVERIFY(widget.visibleColumns().contains(66));
        // Near where it was: before zooming the pointer could only tell the 12 × 2 bin, not the
        // cell, and each step rounds to whole rows and columns.
        const QRect after = widget.cellRect(u"44"_s, 66);
        QVERIFY2(after.adjusted(-3 * after.width(), -3 * after.height(), 3 * after.width(), 3 * after.height())
                     .contains(pointer),
            qPrintable(u"cell at %1,%2 %3x%4, pointer at %5,%6"_s.arg(after.x())
                           .arg(after.y())
                           .arg(after.width())
                           .arg(after.height())
                           .arg(pointer.x())
                           .arg(pointer.y())));
        QCOMPARE(pixelAt(widget, widget.cellRect(u"44"_s, 66).center()), HeatScale::color(1.0));

        // A plain wheel scrolls down (negative angle), staying zoomed.
        const Range zoomed = widget.visibleRows();
        QWheelEvent down = wheel(pointer, -120, {});
        QApplication::sendEvent(&widget, &down);
        QCOMPARE(widget.visibleRows().count, zoomed.count);
        QVERIFY(widget.visibleRows().first > zoomed.first);

        // Keyboard navigation scrolls the current cell into view.
        widget.setHighlightedIrq(u"1900"_s);
        QVERIFY(widget.visibleRows().contains(1900));

        QTest::keyClick(&widget, Qt::Key_Home);
        QCOMPARE(widget.visibleRows(), (Range {0, 2000}));
        QCOMPARE(widget.visibleColumns(), (Range {0, 256}));
    }
};

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
