// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QRect>
#include <QSize>

#include <vector>

class InterruptTable;
struct InterruptRates;

/**
 * The IRQ × CPU matrix of the heatmap, binned to fit the pixels it is drawn into.
 *
 * Input: a table, optional rates, the table rows to show (top to bottom: the "display rows"),
 * the visible slice of those rows and of the table's CPU columns (the zoom), and the pixels
 * available. When a slice has more entries than fit at minCellSize pixels each, consecutive
 * rows (or columns) are summed into bins of equal size (the last bin may be smaller), so a
 * paint never draws more rectangles than there are pixels. Bins are laid out edge to edge over
 * the whole area: bin i of n spans pixels [i·size/n, (i+1)·size/n).
 *
 * Each bin keeps the SUM of its known cells (the value it is coloured by: the bin's share of
 * the load stays visible however far one zooms out, and a bin of only idle cells is exactly
 * zero) and its busiest cell, for the tooltip. Values are rates when rates aligned with the
 * table are given, else counts since boot; unknown rates (NaN) are skipped, and a bin with
 * no known cell is marked unknown rather than idle.
 *
 * A value type with no Qt widgets and no painting; it owns copies of what it needs, not the
 * table. Zoom and scroll arithmetic on ranges lives here too, so views only map it to pixels.
 */
class HeatmapBins
{
public:
    /// A half-open slice [first, first + count) of display rows or of columns.
    struct Range
    {
        int first = 0;
        int count = 0;

        int end() const { return first + count; }
        int last() const { return first + count - 1; }
        bool contains(int index) const { return index >= first && index < first + count; }
        bool isEmpty() const { return count <= 0; }
        friend bool operator==(const Range &, const Range &) = default;
    };

    /// One rectangle of the heatmap.
    struct Bin
    {
        double sum = 0; ///< sum of the known cell values
        double max = 0; ///< the busiest known cell's value
        int maxRow = -1; ///< display row of the busiest cell (the first one on ties); -1 when no cell is known
        int maxColumn = -1; ///< table column of the busiest cell
        bool known = false; ///< false when every cell of the bin is unknown (NaN rate)
    };

    struct Input
    {
        const InterruptTable *table = nullptr;
        const InterruptRates *rates = nullptr; ///< used only when aligned with the table's CPU columns
        QList<int> rows; ///< table rows to show, top to bottom (see selectRows())
        Range rowRange; ///< visible slice of @c rows; clamped
        Range columnRange; ///< visible slice of the table's CPU columns; clamped
        QSize pixels; ///< the area the bins fill
        int minCellSize = 3; ///< pixels; below this, rows or columns are aggregated
    };

    /// The rows a heatmap shows: numbered IRQs, and per-CPU architecture rows (NMI, LOC…)
    /// when @p includeArch; never the single-value rows (ERR, MIS).
    static QList<int> selectRows(const InterruptTable &table, bool includeArch = false);
    static HeatmapBins compute(const Input &input);

    /// @p visible zoomed by @p factor (> 1 zooms in: fewer entries) around @p anchor, a position
    /// in 0..1 across the visible range that stays in place; at least one entry changes when
    /// the factor is not 1 and the limits allow, and the result lies within [0, total).
    static Range zoomed(Range visible, int total, double factor, double anchor = 0.5);
    /// @p visible moved by @p delta entries, kept within [0, total).
    static Range scrolled(Range visible, int total, int delta);
    /// @p visible limited to [0, total); an empty range becomes the full one.
    static Range clamped(Range visible, int total);

    bool isEmpty() const { return m_rowBins == 0 || m_columnBins == 0; }
    /// True when values are rates, false when they are counts since boot.
    bool usesRates() const { return m_usesRates; }
    QSize pixels() const { return m_pixels; }

    /// The display rows and table columns that are visible (after clamping).
    Range rowRange() const { return m_rowRange; }
    Range columnRange() const { return m_columnRange; }
    /// Every display row: index -> table row.
    const QList<int> &rows() const { return m_rows; }
    int tableRow(int displayRow) const { return m_rows[displayRow]; }

    int rowBinCount() const { return m_rowBins; }
    int columnBinCount() const { return m_columnBins; }
    int rowsPerBin() const { return m_rowsPerBin; }
    int columnsPerBin() const { return m_columnsPerBin; }
    bool isAggregated() const { return m_rowsPerBin > 1 || m_columnsPerBin > 1; }

    /// The display rows covered by row bin @p rowBin.
    Range rowsOf(int rowBin) const;
    /// The table columns covered by column bin @p columnBin.
    Range columnsOf(int columnBin) const;
    /// The bin holding display row @p displayRow / table column @p column; -1 when not visible.
    int rowBinOf(int displayRow) const;
    int columnBinOf(int column) const;

    const Bin &bin(int rowBin, int columnBin) const { return m_bins[size_t(rowBin * m_columnBins + columnBin)]; }
    /// The largest bin sum (0 when everything is idle or unknown).
    double maxValue() const { return m_maxValue; }
    /// bin sum / maxValue(), in 0..1; 0 when maxValue() is 0.
    double fraction(int rowBin, int columnBin) const;

    /// Pixel edges: rowEdge(i) is the top of row bin i, rowEdge(rowBinCount()) the height.
    int rowEdge(int rowBin) const { return m_rowEdges[rowBin]; }
    int columnEdge(int columnBin) const { return m_columnEdges[columnBin]; }
    /// The pixels of a bin, relative to the top left of the area.
    QRect rect(int rowBin, int columnBin) const;
    /// The bin at pixel @p y (or @p x); -1 outside the area.
    int rowBinAt(int y) const;
    int columnBinAt(int x) const;

private:
    QList<int> m_rows;
    Range m_rowRange;
    Range m_columnRange;
    QSize m_pixels;
    int m_rowBins = 0;
    int m_columnBins = 0;
    int m_rowsPerBin = 1;
    int m_columnsPerBin = 1;
    bool m_usesRates = false;
    double m_maxValue = 0;
    std::vector<Bin> m_bins; // rowBins × columnBins, row-major
    std::vector<int> m_rowEdges; // rowBins + 1
    std::vector<int> m_columnEdges; // columnBins + 1
};
