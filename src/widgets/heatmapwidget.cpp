// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heatmapwidget.h"

#include "heatscale.h"
#include "interruptmodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Sentinels in the per-bin colour cache: real colours are opaque, these are not.
constexpr QRgb idleColor = 0;
constexpr QRgb unknownColor = 1;

constexpr double zoomStep = 1.5;
constexpr int margin = 4;
// Room for the scroll position indicator right of and below the cells.
constexpr int indicatorGap = 7;
constexpr int indicatorWidth = 3;
// Cells at least this large get a 1 px gap, so neighbours read as tiles.
constexpr int tileGapFrom = 8;

int digitCount(int number)
{
    int digits = number < 0 ? 2 : 1;
    for (number = std::abs(number); number >= 10; number /= 10)
        ++digits;
    return digits;
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Interrupt heatmap"));
    updateAccessibleDescription();
}

HeatmapWidget::~HeatmapWidget() = default;

void HeatmapWidget::setData(std::shared_ptr<const InterruptTable> table, std::shared_ptr<const InterruptRates> rates)
{
    m_table = std::move(table);
    m_rates = std::move(rates);
    invalidate(true);
}

void HeatmapWidget::setArchRowsShown(bool shown)
{
    if (m_archRowsShown == shown)
        return;
    m_archRowsShown = shown;
    invalidate(true);
}

void HeatmapWidget::invalidate(bool rowsChanged)
{
    if (rowsChanged)
        m_rowsDirty = true;
    m_binsDirty = true;
    update();
}

void HeatmapWidget::layoutAreas() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    QRect area = rect().adjusted(margin, margin, -margin, -margin);

    const int legendHeight = std::max(8, line * 2 / 3) + line + 2;
    m_legendRect = area.height() > legendHeight * 3
        ? QRect(area.left(), area.bottom() - legendHeight + 1, area.width(), legendHeight)
        : QRect();
    if (!m_legendRect.isNull())
        area.setBottom(m_legendRect.top() - margin);

    const int columnLabelHeight = line + 4;
    const bool columnLabels = area.height() > columnLabelHeight * 4;
    const int rowLabelWidth = std::min(area.width() / 3, fm.horizontalAdvance(u"0000 "_s) + fm.averageCharWidth() * 22);
    const bool rowLabels = area.width() > 240;

    m_gridRect = area.adjusted(
        rowLabels ? rowLabelWidth : 0, columnLabels ? columnLabelHeight : 0, -indicatorGap, -indicatorGap);
    m_rowLabelRect
        = rowLabels ? QRect(area.left(), m_gridRect.top(), rowLabelWidth - margin, m_gridRect.height()) : QRect();
    m_columnLabelRect
        = columnLabels ? QRect(m_gridRect.left(), area.top(), m_gridRect.width(), columnLabelHeight - 2) : QRect();
    if (!m_legendRect.isNull())
        m_legendRect.setLeft(m_gridRect.left());
    if (m_gridRect.width() < 1 || m_gridRect.height() < 1)
        m_gridRect = QRect();
}

void HeatmapWidget::ensureBins() const
{
    if (m_rowsDirty) {
        m_displayRows = m_table ? HeatmapBins::selectRows(*m_table, m_archRowsShown) : QList<int>();
        m_rowsDirty = false;
        m_binsDirty = true;
    }
    if (!m_binsDirty)
        return;
    m_binsDirty = false;
    layoutAreas();

    HeatmapBins::Input input;
    input.table = m_table.get();
    input.rates = m_rates.get();
    input.rows = m_displayRows;
    input.rowRange = m_rowZoom;
    input.columnRange = m_columnZoom;
    input.pixels = m_gridRect.size();
    m_bins = HeatmapBins::compute(input);

    m_colors.assign(size_t(m_bins.rowBinCount()) * size_t(m_bins.columnBinCount()), idleColor);
    for (int r = 0; r < m_bins.rowBinCount(); ++r) {
        for (int c = 0; c < m_bins.columnBinCount(); ++c) {
            const HeatmapBins::Bin &bin = m_bins.bin(r, c);
            QRgb &color = m_colors[size_t(r) * size_t(m_bins.columnBinCount()) + size_t(c)];
            if (!bin.known)
                color = unknownColor;
            else if (bin.sum > 0)
                color = HeatScale::color(m_bins.fraction(r, c)).rgb();
        }
    }
}

const HeatmapBins &HeatmapWidget::bins() const
{
    ensureBins();
    return m_bins;
}

HeatmapBins::Range HeatmapWidget::visibleRows() const
{
    return bins().rowRange();
}

HeatmapBins::Range HeatmapWidget::visibleColumns() const
{
    return bins().columnRange();
}

void HeatmapWidget::resetZoom()
{
    m_rowZoom = {};
    m_columnZoom = {};
    invalidate(false);
}

void HeatmapWidget::zoom(double factor, std::optional<QPoint> anchor)
{
    ensureBins();
    if (m_bins.isEmpty())
        return;
    double x = 0.5;
    double y = 0.5;
    if (anchor && m_gridRect.contains(*anchor)) {
        x = double(anchor->x() - m_gridRect.left()) / m_gridRect.width();
        y = double(anchor->y() - m_gridRect.top()) / m_gridRect.height();
    }
    const int rowTotal = int(m_displayRows.size());
    const int columnTotal = int(m_table->cpus.size());
    m_rowZoom = HeatmapBins::zoomed(m_bins.rowRange(), rowTotal, factor, y);
    m_columnZoom = HeatmapBins::zoomed(m_bins.columnRange(), columnTotal, factor, x);
    // Fully zoomed out means "everything", also after rows appear.
    if (m_rowZoom.count == rowTotal)
        m_rowZoom = {};
    if (m_columnZoom.count == columnTotal)
        m_columnZoom = {};
    invalidate(false);
}

QRect HeatmapWidget::cellRect(const QString &irqId, int cpu) const
{
    ensureBins();
    if (!m_table || m_bins.isEmpty())
        return {};
    const int displayRow = int(m_displayRows.indexOf(int(m_table->indexOf(irqId))));
    const int rowBin = displayRow < 0 ? -1 : m_bins.rowBinOf(displayRow);
    const int columnBin = m_bins.columnBinOf(int(m_table->columnOf(cpu)));
    if (rowBin < 0 || columnBin < 0)
        return {};
    return m_bins.rect(rowBin, columnBin).translated(m_gridRect.topLeft());
}

HeatmapWidget::Cell HeatmapWidget::cellAt(QPoint pos) const
{
    ensureBins();
    if (m_bins.isEmpty() || !m_gridRect.contains(pos))
        return {};
    const int rowBin = m_bins.rowBinAt(pos.y() - m_gridRect.top());
    const int columnBin = m_bins.columnBinAt(pos.x() - m_gridRect.left());
    if (rowBin < 0 || columnBin < 0)
        return {};
    // In an aggregated bin the pixel cannot tell one cell from another: take the busiest,
    // which is what the tooltip names.
    const HeatmapBins::Bin &bin = m_bins.bin(rowBin, columnBin);
    if (bin.known && bin.max > 0)
        return {bin.maxRow, bin.maxColumn};
    return {m_bins.rowsOf(rowBin).first, m_bins.columnsOf(columnBin).first};
}

HeatmapWidget::Cell HeatmapWidget::currentCell() const
{
    ensureBins();
    if (!m_table || m_currentId.isEmpty())
        return {};
    const int displayRow = int(m_displayRows.indexOf(int(m_table->indexOf(m_currentId))));
    if (displayRow < 0)
        return {};
    int column = int(m_table->columnOf(m_currentCpu));
    if (column < 0)
        column = m_bins.columnRange().isEmpty() ? 0 : m_bins.columnRange().first;
    if (column >= m_table->cpus.size())
        return {displayRow, -1};
    return {displayRow, column};
}

void HeatmapWidget::setCurrentCell(Cell cell, bool notify)
{
    if (!cell.isValid() || !m_table)
        return;
    const QString id = m_table->rows[m_displayRows[cell.row]].id;
    const bool rowChanged = id != m_currentId;
    m_currentId = id;
    m_currentCpu = m_table->cpus[cell.column];
    scrollToCell(cell);
    update();
    updateAccessibleDescription();
    if (rowChanged && notify)
        Q_EMIT currentIrqChanged(id);
}

void HeatmapWidget::scrollToCell(Cell cell)
{
    ensureBins();
    const HeatmapBins::Range rows = m_bins.rowRange();
    const HeatmapBins::Range columns = m_bins.columnRange();
    if (m_rowZoom.count > 0 && cell.row >= 0 && !rows.contains(cell.row)) {
        m_rowZoom = HeatmapBins::scrolled(
            rows, int(m_displayRows.size()), cell.row < rows.first ? cell.row - rows.first : cell.row - rows.last());
        invalidate(false);
    }
    if (m_columnZoom.count > 0 && cell.column >= 0 && !columns.contains(cell.column)) {
        m_columnZoom = HeatmapBins::scrolled(columns, int(m_table->cpus.size()),
            cell.column < columns.first ? cell.column - columns.first : cell.column - columns.last());
        invalidate(false);
    }
}

void HeatmapWidget::moveCurrent(int rowSteps, int columnSteps)
{
    ensureBins();
    if (m_bins.isEmpty())
        return;
    Cell cell = currentCell();
    if (!cell.isValid()) {
        setCurrentCell({m_bins.rowRange().first, m_bins.columnRange().first}, true);
        return;
    }
    // One step is one bin, so that every key press moves the highlight visibly.
    cell.row = std::clamp(cell.row + rowSteps * m_bins.rowsPerBin(), 0, int(m_displayRows.size()) - 1);
    cell.column = std::clamp(cell.column + columnSteps * m_bins.columnsPerBin(), 0, int(m_table->cpus.size()) - 1);
    setCurrentCell(cell, true);
}

void HeatmapWidget::setHighlightedIrq(const QString &irqId)
{
    // Called after every sample, mostly with nothing selected: that must not bin the table
    // now (binning waits for the next paint, which a hidden heatmap never gets).
    int displayRow = -1;
    if (m_table && !irqId.isEmpty()) {
        ensureBins();
        displayRow = int(m_displayRows.indexOf(int(m_table->indexOf(irqId))));
    }
    if (displayRow < 0) {
        m_currentId.clear();
        update();
        updateAccessibleDescription();
        return;
    }
    Cell cell = currentCell();
    cell.row = displayRow;
    if (cell.column < 0)
        cell.column = m_bins.columnRange().isEmpty() ? 0 : m_bins.columnRange().first;
    if (cell.column < m_table->cpus.size())
        setCurrentCell(cell, false);
}

void HeatmapWidget::activate(Cell cell)
{
    if (!cell.isValid() || !m_table)
        return;
    Q_EMIT cellActivated(m_table->rows[m_displayRows[cell.row]].id, m_table->cpus[cell.column]);
}

void HeatmapWidget::updateAccessibleDescription()
{
    const Cell cell = m_table && !m_currentId.isEmpty() ? currentCell() : Cell {};
    if (cell.isValid() && m_bins.rowBinOf(cell.row) >= 0 && m_bins.columnBinOf(cell.column) >= 0) {
        setAccessibleDescription(cellText(cell.row, cell.column));
        return;
    }
    setAccessibleDescription(tr("Interrupts per second of each IRQ (rows) on each CPU (columns). "
                                "Arrow keys move the current cell, plus and minus zoom, Home shows everything."));
}

QString HeatmapWidget::rowLabel(int tableRow) const
{
    const InterruptRow &row = m_table->rows[tableRow];
    const QString name = row.kind == InterruptRow::Kind::Irq ? row.name() : row.description;
    const QString id = row.kind == InterruptRow::Kind::Irq ? tr("IRQ %1").arg(row.id) : row.id;
    return name.isEmpty() ? id : id + u' ' + name;
}

QString HeatmapWidget::valueText(double value) const
{
    if (std::isnan(value))
        return tr("rate unknown");
    if (m_bins.usesRates())
        return InterruptModel::formatRate(value);
    return tr("%1 since boot").arg(InterruptModel::formatCount(quint64(value)));
}

QString HeatmapWidget::rowsText(HeatmapBins::Range rows) const
{
    if (rows.count == 1)
        return rowLabel(m_displayRows[rows.first]);
    return tr("IRQs %1–%2 (%n rows)", "", rows.count)
        .arg(m_table->rows[m_displayRows[rows.first]].id, m_table->rows[m_displayRows[rows.last()]].id);
}

QString HeatmapWidget::cpusText(HeatmapBins::Range columns) const
{
    if (columns.count == 1)
        return tr("CPU %1").arg(m_table->cpus[columns.first]);
    return tr("CPUs %1–%2").arg(m_table->cpus[columns.first]).arg(m_table->cpus[columns.last()]);
}

QString HeatmapWidget::cellText(int displayRow, int column) const
{
    const HeatmapBins::Bin &bin = m_bins.bin(m_bins.rowBinOf(displayRow), m_bins.columnBinOf(column));
    // A single cell's value is its bin's when the bin is not aggregated; otherwise name the cell only.
    const QString where = tr("%1 on %2").arg(rowLabel(m_displayRows[displayRow]), cpusText({column, 1}));
    if (m_bins.isAggregated())
        return where;
    return tr("%1: %2").arg(where, valueText(bin.known ? bin.sum : std::nan("")));
}

QString HeatmapWidget::binText(int rowBin, int columnBin) const
{
    const HeatmapBins::Range rows = m_bins.rowsOf(rowBin);
    const HeatmapBins::Range columns = m_bins.columnsOf(columnBin);
    const HeatmapBins::Bin &bin = m_bins.bin(rowBin, columnBin);
    if (rows.count == 1 && columns.count == 1)
        return tr("%1 on %2: %3").arg(rowsText(rows), cpusText(columns), valueText(bin.known ? bin.sum : std::nan("")));
    const QString where = tr("%1 × %2").arg(rowsText(rows), cpusText(columns));
    if (!bin.known)
        return tr("%1: %2").arg(where, valueText(std::nan("")));
    if (bin.max <= 0)
        return tr("%1: idle").arg(where);
    const InterruptRow &busiest = m_table->rows[m_displayRows[bin.maxRow]];
    const QString busiestId = busiest.kind == InterruptRow::Kind::Irq ? tr("IRQ %1").arg(busiest.id) : busiest.id;
    return tr("%1: %2 total, busiest %3 on CPU %4")
        .arg(where, valueText(bin.sum), busiestId)
        .arg(m_table->cpus[bin.maxColumn]);
}

QString HeatmapWidget::toolTipAt(QPoint pos) const
{
    ensureBins();
    if (!m_table || m_bins.isEmpty())
        return {};
    if (m_gridRect.contains(pos)) {
        const int rowBin = m_bins.rowBinAt(pos.y() - m_gridRect.top());
        const int columnBin = m_bins.columnBinAt(pos.x() - m_gridRect.left());
        return rowBin < 0 || columnBin < 0 ? QString() : binText(rowBin, columnBin);
    }
    if (m_rowLabelRect.contains(pos)) {
        const int rowBin = m_bins.rowBinAt(pos.y() - m_gridRect.top());
        return rowBin < 0 ? QString() : rowsText(m_bins.rowsOf(rowBin));
    }
    if (m_columnLabelRect.contains(pos)) {
        const int columnBin = m_bins.columnBinAt(pos.x() - m_gridRect.left());
        return columnBin < 0 ? QString() : cpusText(m_bins.columnsOf(columnBin));
    }
    return {};
}

QSize HeatmapWidget::sizeHint() const
{
    return {640, 480};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {160, 120};
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate(false);
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        invalidate(false);
    else if (event->type() == QEvent::PaletteChange)
        update();
}

void HeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    ensureBins();
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(-1, 0);
        break;
    case Qt::Key_Down:
        moveCurrent(1, 0);
        break;
    case Qt::Key_Left:
        moveCurrent(0, -1);
        break;
    case Qt::Key_Right:
        moveCurrent(0, 1);
        break;
    case Qt::Key_PageUp:
        moveCurrent(-std::max(1, m_bins.rowBinCount() - 1), 0);
        break;
    case Qt::Key_PageDown:
        moveCurrent(std::max(1, m_bins.rowBinCount() - 1), 0);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus: {
        // Keyboard users zoom around their cursor, the current cell, when it is in view.
        const Cell cell = currentCell();
        const int rowBin = cell.isValid() ? m_bins.rowBinOf(cell.row) : -1;
        const int columnBin = cell.isValid() ? m_bins.columnBinOf(cell.column) : -1;
        std::optional<QPoint> anchor;
        if (rowBin >= 0 && columnBin >= 0)
            anchor = m_bins.rect(rowBin, columnBin).translated(m_gridRect.topLeft()).center();
        zoom(event->key() == Qt::Key_Minus ? 1 / zoomStep : zoomStep, anchor);
        break;
    }
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(currentCell());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const Cell cell = cellAt(event->position().toPoint());
        if (cell.isValid()) {
            setCurrentCell(cell, true);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void HeatmapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const Cell cell = cellAt(event->position().toPoint());
        if (cell.isValid()) {
            setCurrentCell(cell, true);
            activate(cell);
            event->accept();
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

void HeatmapWidget::wheelEvent(QWheelEvent *event)
{
    ensureBins();
    if (m_bins.isEmpty()) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoom(std::pow(zoomStep, delta.y() / 120.0), event->position().toPoint());
        event->accept();
        return;
    }
    // Three bins per notch; Shift (or a horizontal wheel) scrolls the CPUs.
    const bool horizontal = delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier);
    const int angle = delta.x() != 0 ? delta.x() : delta.y();
    const int notches = angle == 0 ? 0 : std::max(1, std::abs(angle) / 120) * (angle > 0 ? -1 : 1);
    if (horizontal && m_columnZoom.count > 0) {
        m_columnZoom = HeatmapBins::scrolled(
            m_bins.columnRange(), int(m_table->cpus.size()), notches * 3 * m_bins.columnsPerBin());
        invalidate(false);
    } else if (!horizontal && m_rowZoom.count > 0) {
        m_rowZoom
            = HeatmapBins::scrolled(m_bins.rowRange(), int(m_displayRows.size()), notches * 3 * m_bins.rowsPerBin());
        invalidate(false);
    } else {
        event->ignore();
        return;
    }
    event->accept();
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    ensureBins();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_gridRect.isNull())
        return;
    painter.fillRect(m_gridRect, palette().base());
    if (m_bins.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(m_gridRect, Qt::AlignCenter, m_table ? tr("No interrupts to show") : tr("No data yet"));
        return;
    }

    const int rowBins = m_bins.rowBinCount();
    const int columnBins = m_bins.columnBinCount();
    const int rowGap = m_gridRect.height() / rowBins >= tileGapFrom ? 1 : 0;
    const int columnGap = m_gridRect.width() / columnBins >= tileGapFrom ? 1 : 0;
    const QBrush unknownBrush(palette().color(QPalette::Mid), Qt::BDiagPattern);
    const QPoint origin = m_gridRect.topLeft();
    for (int r = 0; r < rowBins; ++r) {
        const int top = origin.y() + m_bins.rowEdge(r);
        const int height = m_bins.rowEdge(r + 1) - m_bins.rowEdge(r) - rowGap;
        const QRgb *colors = m_colors.data() + size_t(r) * size_t(columnBins);
        for (int c = 0; c < columnBins;) {
            const QRgb color = colors[c];
            int end = c + 1;
            // Without gaps, a run of one colour is one rectangle.
            if (columnGap == 0) {
                while (end < columnBins && colors[end] == color)
                    ++end;
            }
            if (color != idleColor) {
                const int left = origin.x() + m_bins.columnEdge(c);
                const QRect cell(left, top, origin.x() + m_bins.columnEdge(end) - left - columnGap, height);
                if (color == unknownColor)
                    painter.fillRect(cell, unknownBrush);
                else
                    painter.fillRect(cell, QColor::fromRgb(color));
            }
            c = end;
        }
    }

    // Where the visible part lies in the whole, when zoomed.
    const QColor track = palette().color(QPalette::Midlight);
    const QColor thumb = palette().color(QPalette::Dark);
    const int totalRows = int(m_displayRows.size());
    const int totalColumns = int(m_table->cpus.size());
    if (m_bins.rowRange().count < totalRows) {
        const QRect bar(
            m_gridRect.right() + indicatorGap - indicatorWidth, m_gridRect.top(), indicatorWidth, m_gridRect.height());
        painter.fillRect(bar, track);
        const int top = int(qint64(m_bins.rowRange().first) * bar.height() / totalRows);
        const int bottom = int(qint64(m_bins.rowRange().end()) * bar.height() / totalRows);
        painter.fillRect(QRect(bar.left(), bar.top() + top, bar.width(), std::max(2, bottom - top)), thumb);
    }
    if (m_bins.columnRange().count < totalColumns) {
        const QRect bar(
            m_gridRect.left(), m_gridRect.bottom() + indicatorGap - indicatorWidth, m_gridRect.width(), indicatorWidth);
        painter.fillRect(bar, track);
        const int left = int(qint64(m_bins.columnRange().first) * bar.width() / totalColumns);
        const int right = int(qint64(m_bins.columnRange().end()) * bar.width() / totalColumns);
        painter.fillRect(QRect(bar.left() + left, bar.top(), std::max(2, right - left), bar.height()), thumb);
    }

    paintHighlight(painter);
    paintRowLabels(painter);
    paintColumnLabels(painter);
    paintLegend(painter);
}

void HeatmapWidget::paintHighlight(QPainter &painter) const
{
    const Cell cell = currentCell();
    const int rowBin = cell.isValid() ? m_bins.rowBinOf(cell.row) : -1;
    if (rowBin < 0)
        return;
    const int top = m_gridRect.top() + m_bins.rowEdge(rowBin);
    const int bottom = m_gridRect.top() + m_bins.rowEdge(rowBin + 1);
    // The row as a band across the cells; the current cell in the text colour with a base
    // colour halo, which shows on every heat colour and on either theme.
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(m_gridRect.left(), top - 1, m_gridRect.width() - 1, bottom - top + 1));

    const int columnBin = m_bins.columnBinOf(cell.column);
    if (columnBin < 0)
        return;
    const QRect box = m_bins.rect(rowBin, columnBin).translated(m_gridRect.topLeft());
    painter.setPen(QPen(palette().color(QPalette::Base), 1));
    painter.drawRect(box.adjusted(-2, -2, 1, 1));
    painter.setPen(QPen(palette().color(QPalette::Text), hasFocus() ? 2 : 1));
    painter.drawRect(box.adjusted(-1, -1, 0, 0));
}

void HeatmapWidget::paintRowLabels(QPainter &painter) const
{
    if (m_rowLabelRect.isNull())
        return;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const Cell current = currentCell();
    const int currentBin = current.isValid() ? m_bins.rowBinOf(current.row) : -1;
    const int idWidth = std::min(m_rowLabelRect.width() / 2, fm.horizontalAdvance(u"0000"_s));
    const int tick = 3;
    auto textTopOf = [&](int rowBin) {
        const int centre = m_gridRect.top() + (m_bins.rowEdge(rowBin) + m_bins.rowEdge(rowBin + 1)) / 2;
        return std::clamp(centre - line / 2, m_rowLabelRect.top(), m_rowLabelRect.bottom() + 1 - line);
    };
    // The current row is always labelled; the others where they fit around it.
    const int currentTop = currentBin >= 0 ? textTopOf(currentBin) : 0;
    int nextFree = m_rowLabelRect.top();
    for (int r = 0; r < m_bins.rowBinCount(); ++r) {
        const bool isCurrent = r == currentBin;
        const int textTop = textTopOf(r);
        if (!isCurrent) {
            const bool clashes = currentBin >= 0 && textTop + line > currentTop && textTop < currentTop + line;
            if (textTop < nextFree || clashes)
                continue;
        }
        const QRect textRect(m_rowLabelRect.left(), textTop, m_rowLabelRect.width() - tick - 2, line);
        if (isCurrent) {
            const int top = m_gridRect.top() + m_bins.rowEdge(r);
            const int bottom = m_gridRect.top() + m_bins.rowEdge(r + 1);
            const QRect band(m_rowLabelRect.left(), std::min(top, textTop), m_rowLabelRect.width(),
                std::max(bottom, textTop + line) - std::min(top, textTop));
            painter.fillRect(band, palette().color(QPalette::Highlight));
        }
        painter.setPen(palette().color(isCurrent ? QPalette::HighlightedText : QPalette::WindowText));
        const HeatmapBins::Range rows = m_bins.rowsOf(r);
        if (rows.count == 1) {
            const InterruptRow &row = m_table->rows[m_displayRows[rows.first]];
            const QString name = row.kind == InterruptRow::Kind::Irq ? row.name() : row.description;
            const int idAdvance = std::max(idWidth, fm.horizontalAdvance(row.id));
            painter.drawText(
                QRect(textRect.left(), textTop, idAdvance, line), Qt::AlignRight | Qt::AlignVCenter, row.id);
            const QRect nameRect = textRect.adjusted(idAdvance + fm.averageCharWidth(), 0, 0, 0);
            painter.drawText(
                nameRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, nameRect.width()));
        } else {
            const QString text = u"%1–%2"_s.arg(
                m_table->rows[m_displayRows[rows.first]].id, m_table->rows[m_displayRows[rows.last()]].id);
            painter.drawText(
                textRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, textRect.width()));
        }
        if (!isCurrent) {
            const int centre = m_gridRect.top() + (m_bins.rowEdge(r) + m_bins.rowEdge(r + 1)) / 2;
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(m_rowLabelRect.right() - tick + 1, centre, m_rowLabelRect.right(), centre);
        }
        nextFree = std::max(nextFree, textTop + line);
    }
}

void HeatmapWidget::paintColumnLabels(QPainter &painter) const
{
    if (m_columnLabelRect.isNull())
        return;
    const QFontMetrics fm = fontMetrics();
    const int digit = fm.horizontalAdvance(u'0');
    const int spacing = fm.averageCharWidth();

    painter.setPen(palette().color(QPalette::PlaceholderText));
    if (!m_rowLabelRect.isNull()) {
        const QRect corner(
            m_rowLabelRect.left(), m_columnLabelRect.top(), m_rowLabelRect.width(), m_columnLabelRect.height());
        painter.drawText(corner, Qt::AlignLeft | Qt::AlignBottom, tr("IRQ"));
        painter.drawText(corner, Qt::AlignRight | Qt::AlignBottom, tr("CPU"));
    }

    painter.setPen(palette().color(QPalette::WindowText));
    // A label every `step` bins, step a power of two (CPU counts usually are), so the numbers
    // run at a regular interval; widths come from the digit advance, so skipped labels cost no string.
    const int columnBins = m_bins.columnBinCount();
    const int widest = digit * digitCount(m_table->cpus[m_bins.columnRange().last()]) + spacing;
    int step = 1;
    while (step < columnBins && step * m_gridRect.width() < widest * columnBins)
        step *= 2;
    int nextFree = m_columnLabelRect.left();
    for (int c = 0; c < columnBins; c += step) {
        const int cpu = m_table->cpus[m_bins.columnsOf(c).first];
        const int width = digit * digitCount(cpu);
        const int centre = m_gridRect.left() + (m_bins.columnEdge(c) + m_bins.columnEdge(c + 1)) / 2;
        const int left
            = std::clamp(centre - width / 2, m_columnLabelRect.left(), m_columnLabelRect.right() + 1 - width);
        if (left < nextFree)
            continue;
        painter.drawText(QRect(left, m_columnLabelRect.top(), width, m_columnLabelRect.height()), Qt::AlignCenter,
            QString::number(cpu));
        nextFree = left + width + spacing;
    }
}

void HeatmapWidget::paintLegend(QPainter &painter) const
{
    if (m_legendRect.isNull())
        return;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int barHeight = m_legendRect.height() - line - 2;
    const QRect bar(m_legendRect.left(), m_legendRect.top(), std::min(m_legendRect.width() / 2, 16 * line), barHeight);

    // Idle is the base colour, not the bottom of the scale: a box of it leads the bar.
    const QRect idle(bar.left(), bar.top(), barHeight * 2, barHeight);
    const QRect scale = bar.adjusted(idle.width() + 2, 0, 0, 0);
    painter.fillRect(idle, palette().base());
    QLinearGradient gradient(scale.topLeft(), scale.topRight());
    for (int i = 0; i <= 8; ++i)
        gradient.setColorAt(i / 8.0, HeatScale::color(i / 8.0));
    painter.fillRect(scale, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(idle.adjusted(0, 0, -1, -1));
    painter.drawRect(scale.adjusted(0, 0, -1, -1));

    painter.setPen(palette().color(QPalette::WindowText));
    const QRect numbers(bar.left(), bar.bottom() + 2, bar.width(), line);
    const QString maximum = m_bins.usesRates() ? InterruptModel::formatRate(m_bins.maxValue())
                                               : InterruptModel::formatCount(quint64(m_bins.maxValue()));
    const int maximumWidth = fm.horizontalAdvance(maximum);
    // The idle box already says "0" when there is no room for both numbers.
    if (fm.horizontalAdvance(u"0"_s) + fm.averageCharWidth() + maximumWidth <= numbers.width())
        painter.drawText(numbers, Qt::AlignLeft | Qt::AlignVCenter, u"0"_s);
    painter.drawText(
        QRect(std::max(numbers.left(), numbers.right() + 1 - maximumWidth), numbers.top(), maximumWidth, line),
        Qt::AlignRight | Qt::AlignVCenter, maximum);

    // The longest caption that fits: what the colours mean, how cells are summed, or just the unit.
    const QString base = m_bins.usesRates() ? tr("Interrupts per second") : tr("Interrupts since boot (no rates yet)");
    const QString captions[] = {
        m_bins.isAggregated() ? tr("%1, summed over %2 IRQs × %3 CPUs per block")
                                    .arg(base)
                                    .arg(m_bins.rowsPerBin())
                                    .arg(m_bins.columnsPerBin())
                              : base,
        base,
        m_bins.usesRates() ? tr("per second") : tr("since boot"),
    };
    const QRect captionRect(
        bar.right() + line, m_legendRect.top(), m_legendRect.right() - bar.right() - line, barHeight);
    for (const QString &caption : captions) {
        if (fm.horizontalAdvance(caption) <= captionRect.width()) {
            painter.drawText(captionRect.adjusted(0, -line, 0, line), Qt::AlignLeft | Qt::AlignVCenter, caption);
            break;
        }
    }
}
