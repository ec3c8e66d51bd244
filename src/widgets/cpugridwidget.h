// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "cputopology.h"

#include <QHash>
#include <QList>
#include <QWidget>

class CpuGridAccessible;
class CpuGridItemAccessible;

/**
 * The CPUs of the machine as a grid of cells to pick an affinity mask with, one cell per CPU,
 * grouped package → NUMA node → core → SMT siblings as the topology says (a flat grid, in
 * groups of eight, when it says nothing). Each cell shows whether the CPU is in the selection
 * (the requested mask), whether the kernel actually delivers there (the effective CPUs, a dot),
 * whether the CPU can take interrupts at all (offline, isolated and nohz_full CPUs are hatched
 * and can never be selected) and, as a strip along its bottom, its interrupt rate on the
 * HeatScale.
 *
 * Mouse: a click toggles a cell, a drag paints the first cell's new state over every cell it
 * crosses, Shift+click selects the range from the last clicked cell, a click on a package,
 * node or core header toggles the whole group. Keyboard: arrows move the current cell, Space
 * toggles it (Shift+Space selects the range), Ctrl+A selects every CPU that can be selected,
 * Home/End, and +/- (or Ctrl+wheel) zoom. Cells wrap into rows at any width; the widget has a
 * height for its width, so in a QScrollArea it scrolls vertically only.
 *
 * The grid owns the selection and the view state; it does not parse or validate text (that
 * is MaskEditor) and computes nothing but its own geometry.
 */
class CpuGridWidget : public QWidget
{
    Q_OBJECT

public:
    /// The level of a group header.
    enum class GroupKind {
        Package, ///< a physical package (socket)
        Node, ///< a NUMA node within a package
        Core, ///< the SMT siblings of one core (only cores with more than one thread have a header)
    };
    Q_ENUM(GroupKind)

    /// Why a CPU can or cannot be selected; the first that applies.
    enum class Availability {
        Available,
        Offline, ///< not online (or not present): the kernel cannot deliver interrupts to it
        Isolated, ///< in isolcpus=
        NohzFull, ///< in nohz_full=
        Unknown, ///< not a CPU of this machine
    };
    Q_ENUM(Availability)

    explicit CpuGridWidget(QWidget *parent = nullptr);
    ~CpuGridWidget() override;

    /// Shows the CPUs of @p topology; the selection keeps only CPUs that can still be selected.
    void setTopology(const CpuTopology &topology);
    const CpuTopology &topology() const { return m_topology; }

    CpuSet selection() const { return m_selection; }
    /// Selects @p cpus, leaving out every CPU that cannot be selected.
    void setSelection(const CpuSet &cpus);
    CpuSet effective() const { return m_effective; }
    /// Marks the CPUs the kernel actually delivers to (`effective_affinity`).
    void setEffective(const CpuSet &cpus);
    /// The interrupt rate of each CPU, @p rates aligned with @p cpus; NaN = unknown. Shades
    /// each cell relative to the busiest CPU.
    void setRates(const QList<int> &cpus, const QList<double> &rates);

    /// Read-only: the cells can be focused and inspected, but the selection cannot change.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The CPUs that can be selected: online, neither isolated nor nohz_full.
    CpuSet selectableCpus() const { return m_selectable; }
    Availability availability(int cpu) const;
    /// Why @p cpu cannot take interrupts, as a sentence; empty when it can.
    QString unavailableReason(int cpu) const;
    /// The cell's accessible name: "CPU 5, core 2, package 0, node 0, selected, offline".
    QString cellDescription(int cpu) const;

    /// The CPUs in the order the cells are shown.
    QList<int> displayOrder() const { return m_order; }
    /// The CPU of the keyboard cursor, or -1.
    int currentCpu() const { return m_current; }
    void setCurrentCpu(int cpu);

    /// Cell size relative to the default; cells never get smaller than 14 px.
    double zoomFactor() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();

    /// Widget coordinates of @p cpu's cell; null when the CPU is not shown.
    QRect cellRect(int cpu) const;
    /// Widget coordinates of the header of the @p kind group that holds @p cpu; null when there
    /// is no such header (flat grid, no NUMA information, a core with one thread).
    QRect headerRect(GroupKind kind, int cpu) const;
    /// Every CPU of the @p kind group that holds @p cpu (empty when there is no such group).
    CpuSet groupCpus(GroupKind kind, int cpu) const;
    /// The CPU whose cell is at @p pos, or -1.
    int cpuAt(QPoint pos) const;
    /// The tooltip at @p pos (a cell or a header); empty elsewhere.
    QString toolTipAt(QPoint pos) const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The selection changed, by the user or by setSelection().
    void selectionChanged(const CpuSet &selection);
    /// The keyboard cursor moved to @p cpu (so that a scroll area can follow it).
    void currentCpuChanged(int cpu);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class CpuGridAccessible;
    friend class CpuGridItemAccessible;

    // A clickable group header; the structure comes from the topology, the rectangle from the
    // geometry.
    struct Group
    {
        GroupKind kind = GroupKind::Package;
        int id = -1; // package, node or core id; -1 = unknown
        int package = -1;
        CpuSet cpus;
        int firstCpu = -1; // display order
    };
    struct Core
    {
        int group = -1; // index into m_groups, -1 = no header
        QList<int> cpus;
    };
    struct Node
    {
        int group = -1;
        QList<Core> cores;
    };
    struct Package
    {
        int group = -1;
        QList<Node> nodes;
    };
    struct Metrics
    {
        int cellWidth = 0;
        int cellHeight = 0;
        int cellGap = 0;
        int coreGap = 0;
        int rowGap = 0;
        int coreBar = 0;
        int header = 0;
        int nodeLabel = 0;
        int rowLabel = 0;
    };
    struct Geometry
    {
        int width = -1;
        int height = 0;
        QList<QRect> cells; // parallel to m_order
        QList<int> rows; // the visual row of each cell
        QList<QRect> groups; // parallel to m_groups
        QList<std::pair<QRect, int>> rowLabels; // flat grid: the first CPU of each row
        QList<QRect> legend; // parallel to legendItems()
    };
    enum class LegendKind { Selected, Effective, Unavailable, Rate };
    struct LegendItem
    {
        LegendKind kind;
        QString text;
        int swatchWidth = 0;
    };

    void buildStructure();
    Metrics metrics() const;
    Geometry computeGeometry(int width) const;
    const Geometry &layoutGeometry() const;
    void invalidateGeometry();

    int groupAt(QPoint pos) const;
    int indexOf(int cpu) const { return m_orderIndex.value(cpu, -1); }
    bool isSelectable(int cpu) const { return m_selectable.contains(cpu); }
    QString groupLabel(const Group &group) const;
    QString groupDescription(int group) const;
    QString cellToolTip(int cpu) const;
    QString rateText(int cpu) const;
    double rateFraction(int cpu) const; // -1 = no rate to show

    // Every change of the selection goes through here: it emits and tells accessibility.
    void changeSelection(const CpuSet &selection);
    void toggleCpu(int cpu);
    void toggleGroup(int group);
    void selectRange(int fromCpu, int toCpu);
    void paintAlong(QPoint from, QPoint to);
    void moveCurrentTo(int cpu);
    void moveInRow(int step);
    void moveRow(int step);
    void setZoomLevel(int level);
    void notifyAccessibleFocus();

    QList<LegendItem> legendItems() const;
    void paintLegend(QPainter &painter, const Geometry &geometry) const;
    void paintGroup(QPainter &painter, int group, const QRect &rect) const;
    void paintCell(QPainter &painter, int cpu, const QRect &rect) const;

    CpuTopology m_topology;
    CpuSet m_all; // every CPU shown
    CpuSet m_selectable;
    CpuSet m_selection;
    CpuSet m_effective;
    QHash<int, double> m_rates;
    double m_maxRate = 0;
    bool m_readOnly = false;

    bool m_flat = true;
    QList<Package> m_packages;
    QList<Group> m_groups;
    QList<int> m_order;
    QHash<int, int> m_orderIndex;

    int m_current = -1;
    int m_anchor = -1;
    int m_hoverCpu = -1;
    int m_hoverGroup = -1;
    bool m_dragging = false;
    bool m_dragState = false;
    QPoint m_lastDragPos;
    int m_zoomLevel = 0;

    mutable Geometry m_geometry;
    mutable bool m_geometryDirty = true;
};
