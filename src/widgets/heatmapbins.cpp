// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heatmapbins.h"

#include "interruptsampler.h"
#include "interrupttable.h"

#include <algorithm>
#include <cmath>

namespace {
struct Axis
{
    int perBin = 1;
    int bins = 0;
    std::vector<int> edges;
};

// Bins of equal size (the last one may be smaller) so that each gets at least minCell pixels.
Axis layoutAxis(int count, int pixels, int minCell)
{
    Axis axis;
    if (count <= 0 || pixels <= 0)
        return axis;
    const int capacity = std::max(1, pixels / std::max(1, minCell));
    axis.perBin = (count + capacity - 1) / capacity;
    axis.bins = (count + axis.perBin - 1) / axis.perBin;
    axis.edges.resize(size_t(axis.bins) + 1);
    for (int i = 0; i <= axis.bins; ++i)
        axis.edges[size_t(i)] = int(qint64(i) * pixels / axis.bins);
    return axis;
}

int binAt(const std::vector<int> &edges, int position)
{
    if (edges.size() < 2 || position < edges.front() || position >= edges.back())
        return -1;
    return int(std::upper_bound(edges.begin(), edges.end(), position) - edges.begin()) - 1;
}
} // namespace

QList<int> HeatmapBins::selectRows(const InterruptTable &table, bool includeArch)
{
    QList<int> rows;
    rows.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const InterruptRow::Kind kind = table.rows[i].kind;
        if (kind == InterruptRow::Kind::Irq || (includeArch && kind == InterruptRow::Kind::Arch))
            rows.append(int(i));
    }
    return rows;
}

HeatmapBins::Range HeatmapBins::clamped(Range visible, int total)
{
    if (total <= 0)
        return {};
    if (visible.count <= 0)
        return {0, total};
    const int count = std::min(visible.count, total);
    return {std::clamp(visible.first, 0, total - count), count};
}

HeatmapBins::Range HeatmapBins::zoomed(Range visible, int total, double factor, double anchor)
{
    visible = clamped(visible, total);
    if (total <= 0 || !(factor > 0) || factor == 1)
        return visible;
    anchor = std::clamp(anchor, 0.0, 1.0);
    int count = int(std::lround(visible.count / factor));
    // Always move by at least one entry, or repeated small steps would never get anywhere.
    if (factor > 1)
        count = std::min(count, visible.count - 1);
    else
        count = std::max(count, visible.count + 1);
    count = std::clamp(count, 1, total);
    const double anchorIndex = visible.first + anchor * visible.count;
    const int first = int(std::lround(anchorIndex - anchor * count));
    return clamped({first, count}, total);
}

HeatmapBins::Range HeatmapBins::scrolled(Range visible, int total, int delta)
{
    visible = clamped(visible, total);
    return clamped({visible.first + delta, visible.count}, total);
}

HeatmapBins HeatmapBins::compute(const Input &input)
{
    HeatmapBins result;
    if (!input.table)
        return result;
    const InterruptTable &table = *input.table;
    const int columnCount = int(table.cpus.size());

    result.m_rows = input.rows;
    // Rows that are not in the table would read out of bounds: drop them.
    result.m_rows.removeIf([&](int row) { return row < 0 || row >= table.rows.size(); });
    result.m_rowRange = clamped(input.rowRange, int(result.m_rows.size()));
    result.m_columnRange = clamped(input.columnRange, columnCount);
    result.m_pixels = input.pixels;

    // Rates of another table (CPU columns changed between samples) would be misaligned.
    const InterruptRates *rates = input.rates;
    if (rates && (rates->cpus != table.cpus || rates->perCell.size() != table.counts.size()))
        rates = nullptr;
    result.m_usesRates = rates != nullptr;

    const Axis rowAxis = layoutAxis(result.m_rowRange.count, input.pixels.height(), input.minCellSize);
    const Axis columnAxis = layoutAxis(result.m_columnRange.count, input.pixels.width(), input.minCellSize);
    if (rowAxis.bins == 0 || columnAxis.bins == 0)
        return result;
    result.m_rowBins = rowAxis.bins;
    result.m_columnBins = columnAxis.bins;
    result.m_rowsPerBin = rowAxis.perBin;
    result.m_columnsPerBin = columnAxis.perBin;
    result.m_rowEdges = rowAxis.edges;
    result.m_columnEdges = columnAxis.edges;
    result.m_bins.assign(size_t(rowAxis.bins) * size_t(columnAxis.bins), Bin {});

    for (int rowBin = 0; rowBin < result.m_rowBins; ++rowBin) {
        const Range rows = result.rowsOf(rowBin);
        for (int displayRow = rows.first; displayRow < rows.end(); ++displayRow) {
            const qsizetype offset = qsizetype(result.m_rows[displayRow]) * columnCount;
            Bin *bins = result.m_bins.data() + size_t(rowBin) * size_t(result.m_columnBins);
            for (int columnBin = 0; columnBin < result.m_columnBins; ++columnBin) {
                const Range columns = result.columnsOf(columnBin);
                Bin &bin = bins[columnBin];
                for (int column = columns.first; column < columns.end(); ++column) {
                    const size_t cell = size_t(offset + column);
                    const double value = rates ? rates->perCell[cell] : double(table.counts[cell]);
                    if (std::isnan(value))
                        continue;
                    bin.sum += value;
                    if (!bin.known || value > bin.max) {
                        bin.max = value;
                        bin.maxRow = displayRow;
                        bin.maxColumn = column;
                    }
                    bin.known = true;
                }
            }
        }
    }
    for (const Bin &bin : result.m_bins)
        result.m_maxValue = std::max(result.m_maxValue, bin.sum);
    return result;
}

HeatmapBins::Range HeatmapBins::rowsOf(int rowBin) const
{
    const int first = m_rowRange.first + rowBin * m_rowsPerBin;
    return {first, std::min(m_rowsPerBin, m_rowRange.end() - first)};
}

HeatmapBins::Range HeatmapBins::columnsOf(int columnBin) const
{
    const int first = m_columnRange.first + columnBin * m_columnsPerBin;
    return {first, std::min(m_columnsPerBin, m_columnRange.end() - first)};
}

int HeatmapBins::rowBinOf(int displayRow) const
{
    if (m_rowBins == 0 || !m_rowRange.contains(displayRow))
        return -1;
    return (displayRow - m_rowRange.first) / m_rowsPerBin;
}

int HeatmapBins::columnBinOf(int column) const
{
    if (m_columnBins == 0 || !m_columnRange.contains(column))
        return -1;
    return (column - m_columnRange.first) / m_columnsPerBin;
}

double HeatmapBins::fraction(int rowBin, int columnBin) const
{
    if (m_maxValue <= 0)
        return 0;
    return std::clamp(bin(rowBin, columnBin).sum / m_maxValue, 0.0, 1.0);
}

QRect HeatmapBins::rect(int rowBin, int columnBin) const
{
    const int x = m_columnEdges[size_t(columnBin)];
    const int y = m_rowEdges[size_t(rowBin)];
    return QRect(x, y, m_columnEdges[size_t(columnBin) + 1] - x, m_rowEdges[size_t(rowBin) + 1] - y);
}

int HeatmapBins::rowBinAt(int y) const
{
    return binAt(m_rowEdges, y);
}

int HeatmapBins::columnBinAt(int x) const
{
    return binAt(m_columnEdges, x);
}
