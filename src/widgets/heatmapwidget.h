// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "heatmapbins.h"
#include "interruptsampler.h"
#include "interrupttable.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

/**
 * The IRQ × CPU heatmap: one row per IRQ, one column per CPU, each cell coloured by its
 * interrupt rate (or count since boot, before the first rates) on the HeatScale, idle cells
 * in the palette's base colour. Row labels (IRQ and name) on the left and CPU numbers on top
 * are drawn where they fit; a legend bar below says what the colours mean.
 *
 * The widget owns the shown table and rates and the view state: zoom (Ctrl+wheel, +/-, Home),
 * scroll position (wheel, Shift+wheel) and the current cell (arrow keys, click). It does no
 * arithmetic on the data itself: HeatmapBins bins the visible part to the available pixels,
 * lazily, once per change of data, size or zoom, never per paint. The current cell follows
 * its IRQ id and CPU number across data updates.
 */
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);
    ~HeatmapWidget() override;

    /// Shows @p table with @p rates (aligned with it) or, without rates, its counts. Cheap:
    /// the bins are recomputed at the next paint.
    void setData(std::shared_ptr<const InterruptTable> table, std::shared_ptr<const InterruptRates> rates);
    const InterruptTable *table() const { return m_table.get(); }

    /// Shows the per-CPU architecture rows (NMI, LOC, …) below the numbered IRQs. Off by default:
    /// the timer interrupts would make every device look idle.
    void setArchRowsShown(bool shown);
    bool archRowsShown() const { return m_archRowsShown; }

    /// Makes IRQ @p irqId (`42`, `LOC`) the current row and scrolls it into view, without
    /// emitting currentIrqChanged(); an empty or unknown id clears the highlight.
    void setHighlightedIrq(const QString &irqId);
    /// The IRQ id of the current row, or empty.
    QString currentIrq() const { return m_currentId; }
    /// The CPU number of the current column, or -1.
    int currentCpu() const { return m_currentCpu; }

    /// The visible display rows and CPU columns (the zoom); the full ranges when not zoomed.
    HeatmapBins::Range visibleRows() const;
    HeatmapBins::Range visibleColumns() const;
    /// Shows everything again.
    void resetZoom();
    /// Zooms by @p factor (> 1: in) around @p anchor, a widget position (the centre when null).
    void zoom(double factor, std::optional<QPoint> anchor = std::nullopt);

    /// The bins as painted at the current size.
    const HeatmapBins &bins() const;
    /// Widget coordinates of the bin showing IRQ @p irqId on CPU @p cpu; null when not visible.
    QRect cellRect(const QString &irqId, int cpu) const;
    /// The tooltip text at widget position @p pos: a cell, a bin, or a row label; empty elsewhere.
    QString toolTipAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The current row moved to IRQ @p irqId by keyboard or mouse.
    void currentIrqChanged(const QString &irqId);
    /// Enter or a double-click on a cell of IRQ @p irqId on CPU @p cpu.
    void cellActivated(const QString &irqId, int cpu);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Cell
    {
        int row = -1; // display row
        int column = -1; // table column
        bool isValid() const { return row >= 0 && column >= 0; }
    };

    void invalidate(bool rowsChanged);
    void ensureBins() const;
    void layoutAreas() const;
    Cell cellAt(QPoint pos) const;
    Cell currentCell() const;
    void setCurrentCell(Cell cell, bool notify);
    void scrollToCell(Cell cell);
    void moveCurrent(int rowSteps, int columnSteps);
    void activate(Cell cell);
    void updateAccessibleDescription();

    QString rowLabel(int tableRow) const;
    QString cellText(int displayRow, int column) const;
    QString binText(int rowBin, int columnBin) const;
    QString valueText(double value) const;
    QString rowsText(HeatmapBins::Range rows) const;
    QString cpusText(HeatmapBins::Range columns) const;

    void paintRowLabels(QPainter &painter) const;
    void paintColumnLabels(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void paintHighlight(QPainter &painter) const;

    std::shared_ptr<const InterruptTable> m_table;
    std::shared_ptr<const InterruptRates> m_rates;
    bool m_archRowsShown = false;

    // The zoom in display rows / table columns; count 0 = everything.
    HeatmapBins::Range m_rowZoom;
    HeatmapBins::Range m_columnZoom;

    QString m_currentId;
    int m_currentCpu = -1;

    // Derived state, rebuilt lazily by ensureBins() (hence mutable).
    mutable bool m_rowsDirty = true;
    mutable bool m_binsDirty = true;
    mutable QList<int> m_displayRows;
    mutable HeatmapBins m_bins;
    mutable std::vector<QRgb> m_colors; // per bin; 0 = idle (base colour), 1 = unknown
    mutable QRect m_gridRect;
    mutable QRect m_rowLabelRect;
    mutable QRect m_columnLabelRect;
    mutable QRect m_legendRect;
};
