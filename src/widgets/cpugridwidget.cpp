// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpugridwidget.h"

#include "heatscale.h"
#include "interruptmodel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPointer>
#include <QStyle>
#include <QStyleOptionButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
constexpr int minimumCell = 14; // smaller cells cannot be hit reliably with a mouse
constexpr int margin = 4;
constexpr int minZoomLevel = -6;
constexpr int maxZoomLevel = 8;
constexpr double zoomStep = 1.25;
constexpr int flatGroup = 8; // a flat grid reads in groups of eight CPUs, two hex digits each

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

int digitCount(int number)
{
    int digits = 1;
    for (; number >= 10; number /= 10)
        ++digits;
    return digits;
}

// Sorts unknown ids (-1) after every known one.
int sortKey(int id)
{
    return id < 0 ? INT_MAX : id;
}
} // namespace

// The grid for assistive technology: one child per cell (a check box) followed by one per
// group header (a button), so that a screen reader can walk the CPUs like any list.
class CpuGridAccessible : public QAccessibleWidget
{
public:
    explicit CpuGridAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::List)
    { }

    CpuGridWidget *grid() const { return static_cast<CpuGridWidget *>(widget()); }
    int childCount() const override { return int(grid()->m_order.size() + grid()->m_groups.size()); }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    mutable QHash<int, QAccessible::Id> m_children; // child index -> registered interface
};

// One cell or group header. It holds only its index: text and state are read from the grid
// on every call, so an interface stays correct across topology changes (or becomes invalid).
class CpuGridItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    CpuGridItemAccessible(CpuGridWidget *grid, int index)
        : m_grid(grid)
        , m_index(index)
    { }

    bool isValid() const override
    {
        return m_grid && m_index >= 0 && m_index < m_grid->m_order.size() + m_grid->m_groups.size();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_grid ? m_grid->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_grid.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    bool isCell() const { return m_index < m_grid->m_order.size(); }
    int cpu() const { return m_grid->m_order[m_index]; }
    int group() const { return m_index - int(m_grid->m_order.size()); }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return isCell() ? m_grid->cellDescription(cpu()) : m_grid->groupDescription(group());
        if (t == QAccessible::Description && isCell())
            return m_grid->cellToolTip(cpu());
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = isCell() ? m_grid->cellRect(cpu()) : m_grid->layoutGeometry().groups.value(group());
        return QRect(m_grid->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override
    {
        return isValid() && !isCell() ? QAccessible::Button : QAccessible::CheckBox;
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.focusable = isCell();
        state.readOnly = m_grid->m_readOnly;
        if (isCell()) {
            state.checkable = true;
            state.checked = m_grid->m_selection.contains(cpu());
            state.disabled = !m_grid->isSelectable(cpu());
            state.focused = m_grid->hasFocus() && m_grid->m_current == cpu();
        } else {
            state.disabled = !m_grid->m_groups[group()].cpus.intersects(m_grid->m_selectable);
        }
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override
    {
        if (!isValid() || m_grid->m_readOnly)
            return {};
        return {isCell() ? toggleAction() : pressAction()};
    }
    void doAction(const QString &name) override
    {
        if (!isValid() || m_grid->m_readOnly)
            return;
        if (isCell() && name == toggleAction())
            m_grid->toggleCpu(cpu());
        else if (!isCell() && name == pressAction())
            m_grid->toggleGroup(group());
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<CpuGridWidget> m_grid;
    int m_index;
};

QAccessibleInterface *CpuGridAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto it = m_children.constFind(index);
    if (it != m_children.constEnd()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
            return iface;
    }
    auto *iface = new CpuGridItemAccessible(grid(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int CpuGridAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *CpuGridAccessible::childAt(int x, int y) const
{
    const QPoint local = grid()->mapFromGlobal(QPoint(x, y));
    const int cpu = grid()->cpuAt(local);
    if (cpu >= 0)
        return child(grid()->indexOf(cpu));
    const int group = grid()->groupAt(local);
    return group >= 0 ? child(int(grid()->m_order.size()) + group) : nullptr;
}

QAccessibleInterface *CpuGridAccessible::focusChild() const
{
    if (!grid()->hasFocus() || grid()->m_current < 0)
        return nullptr;
    return child(grid()->indexOf(grid()->m_current));
}

namespace {
QAccessibleInterface *cpuGridAccessibleFactory(const QString &className, QObject *object)
{
    if (className == u"CpuGridWidget"_s && object && object->isWidgetType())
        return new CpuGridAccessible(static_cast<QWidget *>(object));
    return nullptr;
}
} // namespace

CpuGridWidget::CpuGridWidget(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(cpuGridAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)

    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("CPUs"));
    setAccessibleDescription(tr("Click a CPU or press Space to add it to the mask or remove it; drag to paint; "
                                "click a package, node or core to toggle all of its CPUs."));
}

CpuGridWidget::~CpuGridWidget() = default;

void CpuGridWidget::setTopology(const CpuTopology &topology)
{
    m_topology = topology;
    buildStructure();
    if (!m_orderIndex.contains(m_current))
        m_current = -1;
    m_anchor = -1;
    m_hoverCpu = -1;
    m_hoverGroup = -1;
    m_dragging = false;
    invalidateGeometry();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
    changeSelection(m_selection);
}

void CpuGridWidget::buildStructure()
{
    m_packages.clear();
    m_groups.clear();
    m_order.clear();
    m_orderIndex.clear();

    CpuSet all = m_topology.possible.united(m_topology.present).united(m_topology.online);
    for (const CpuInfo &info : std::as_const(m_topology.cpus)) {
        if (info.cpu >= 0)
            all.insert(info.cpu);
    }
    m_all = all;
    m_selectable = m_topology.online.intersected(all).subtracted(m_topology.isolated).subtracted(m_topology.nohzFull);
    m_flat = !m_topology.hasTopology();

    if (m_flat) {
        Node node;
        all.forEach([&node](int cpu) { node.cores.append(Core {-1, {cpu}}); });
        m_packages.append(Package {-1, {node}});
    } else {
        const auto nodeOf = [this](int cpu, const CpuInfo *info) {
            if (info && info->node >= 0)
                return info->node;
            for (auto it = m_topology.nodes.cbegin(); it != m_topology.nodes.cend(); ++it) {
                if (it.value().contains(cpu))
                    return it.key();
            }
            return -1;
        };
        struct CoreKey
        {
            int die;
            int core;
            int cpu; // unknown cores are one CPU each
            bool operator<(const CoreKey &o) const { return std::tie(die, core, cpu) < std::tie(o.die, o.core, o.cpu); }
        };
        struct CoreIds
        {
            int id = -1;
            QList<int> cpus;
        };
        std::map<int, std::map<int, std::map<CoreKey, CoreIds>>> tree; // package -> node -> core
        std::map<int, int> packageIds; // sort key -> id
        std::map<int, int> nodeIds;
        all.forEach([&](int cpu) {
            const CpuInfo *info = m_topology.cpu(cpu);
            const int package = info ? info->package : -1;
            const int node = nodeOf(cpu, info);
            const int core = info ? info->core : -1;
            packageIds[sortKey(package)] = package;
            nodeIds[sortKey(node)] = node;
            const CoreKey key = core >= 0 ? CoreKey {info->die, core, -1} : CoreKey {INT_MAX, INT_MAX, cpu};
            CoreIds &ids = tree[sortKey(package)][sortKey(node)][key];
            ids.id = core;
            ids.cpus.append(cpu);
        });

        for (const auto &[packageKey, nodes] : tree) {
            Package package;
            const int packageId = packageIds[packageKey];
            package.group = int(m_groups.size());
            m_groups.append(Group {GroupKind::Package, packageId, packageId, {}});
            for (const auto &[nodeKey, cores] : nodes) {
                Node node;
                if (nodeIds[nodeKey] >= 0) {
                    node.group = int(m_groups.size());
                    m_groups.append(Group {GroupKind::Node, nodeIds[nodeKey], packageId, {}});
                }
                for (const auto &entry : cores) {
                    const CoreIds &ids = entry.second;
                    Core core;
                    core.cpus = ids.cpus;
                    if (ids.id >= 0 && ids.cpus.size() > 1) {
                        core.group = int(m_groups.size());
                        m_groups.append(Group {GroupKind::Core, ids.id, packageId, CpuSet::fromList(ids.cpus)});
                    }
                    node.cores.append(core);
                }
                // Cores in CPU order: core ids can be sparse or out of order (Intel leaves gaps).
                std::sort(node.cores.begin(), node.cores.end(),
                    [](const Core &a, const Core &b) { return a.cpus.first() < b.cpus.first(); });
                package.nodes.append(node);
            }
            m_packages.append(package);
        }
    }

    for (const Package &package : std::as_const(m_packages)) {
        for (const Node &node : package.nodes) {
            for (const Core &core : node.cores) {
                for (int cpu : core.cpus) {
                    m_orderIndex.insert(cpu, int(m_order.size()));
                    m_order.append(cpu);
                    if (package.group >= 0)
                        m_groups[package.group].cpus.insert(cpu);
                    if (node.group >= 0)
                        m_groups[node.group].cpus.insert(cpu);
                }
            }
        }
    }
}

void CpuGridWidget::setSelection(const CpuSet &cpus)
{
    changeSelection(cpus);
}

void CpuGridWidget::changeSelection(const CpuSet &selection)
{
    const CpuSet next = selection.intersected(m_selectable);
    if (next == m_selection)
        return;
    const CpuSet changed = next.subtracted(m_selection).united(m_selection.subtracted(next));
    m_selection = next;
    update();
    if (QAccessible::isActive()) {
        changed.forEach([this](int cpu) {
            QAccessible::State state;
            state.checked = true;
            QAccessibleStateChangeEvent event(this, state);
            event.setChild(indexOf(cpu));
            QAccessible::updateAccessibility(&event);
        });
    }
    Q_EMIT selectionChanged(m_selection);
}

void CpuGridWidget::setEffective(const CpuSet &cpus)
{
    if (cpus == m_effective)
        return;
    const bool legendChanges = cpus.isEmpty() != m_effective.isEmpty();
    m_effective = cpus;
    if (legendChanges)
        invalidateGeometry(); // the "effective" legend entry comes or goes
    update();
}

void CpuGridWidget::setRates(const QList<int> &cpus, const QList<double> &rates)
{
    Q_ASSERT(cpus.size() == rates.size());
    m_rates.clear();
    m_maxRate = 0;
    for (qsizetype i = 0; i < std::min(cpus.size(), rates.size()); ++i) {
        m_rates.insert(cpus[i], rates[i]);
        if (std::isfinite(rates[i]))
            m_maxRate = std::max(m_maxRate, rates[i]);
    }
    invalidateGeometry(); // the legend gains the rate scale
}

void CpuGridWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_dragging = false;
    update();
}

CpuGridWidget::Availability CpuGridWidget::availability(int cpu) const
{
    if (!m_all.contains(cpu))
        return Availability::Unknown;
    if (!m_topology.online.contains(cpu))
        return Availability::Offline;
    if (m_topology.isolated.contains(cpu))
        return Availability::Isolated;
    if (m_topology.nohzFull.contains(cpu))
        return Availability::NohzFull;
    return Availability::Available;
}

QString CpuGridWidget::unavailableReason(int cpu) const
{
    switch (availability(cpu)) {
    case Availability::Available:
        return {};
    case Availability::Offline:
        if (!m_topology.present.isEmpty() && !m_topology.present.contains(cpu))
            return tr("CPU %1 is not present: the kernel cannot deliver interrupts to it").arg(cpu);
        return tr("CPU %1 is offline: the kernel cannot deliver interrupts to it").arg(cpu);
    case Availability::Isolated:
        return tr("CPU %1 is isolated (isolcpus=): interrupts would disturb the work it is reserved for").arg(cpu);
    case Availability::NohzFull:
        return tr("CPU %1 runs tickless (nohz_full=): interrupts would disturb the work it is reserved for").arg(cpu);
    case Availability::Unknown:
        break;
    }
    return tr("CPU %1 does not exist on this machine").arg(cpu);
}

QString CpuGridWidget::cellDescription(int cpu) const
{
    QStringList parts {tr("CPU %1").arg(cpu)};
    if (const CpuInfo *info = m_topology.cpu(cpu)) {
        if (info->core >= 0)
            parts.append(tr("core %1").arg(info->core));
        if (info->package >= 0)
            parts.append(tr("package %1").arg(info->package));
    }
    for (const Group &group : m_groups) {
        if (group.kind == GroupKind::Node && group.id >= 0 && group.cpus.contains(cpu))
            parts.append(tr("node %1").arg(group.id));
    }
    if (m_selection.contains(cpu))
        parts.append(tr("selected"));
    if (m_effective.contains(cpu))
        parts.append(tr("effective"));
    switch (availability(cpu)) {
    case Availability::Available:
        break;
    case Availability::Offline:
        parts.append(tr("offline"));
        break;
    case Availability::Isolated:
        parts.append(tr("isolated"));
        break;
    case Availability::NohzFull:
        parts.append(tr("nohz_full"));
        break;
    case Availability::Unknown:
        parts.append(tr("unknown"));
        break;
    }
    const QString rate = rateText(cpu);
    if (!rate.isEmpty())
        parts.append(rate);
    return parts.join(u", "_s);
}

QString CpuGridWidget::rateText(int cpu) const
{
    const auto it = m_rates.constFind(cpu);
    if (it == m_rates.constEnd() || !std::isfinite(*it))
        return {};
    return tr("interrupts: %1").arg(InterruptModel::formatRate(*it));
}

double CpuGridWidget::rateFraction(int cpu) const
{
    const auto it = m_rates.constFind(cpu);
    if (it == m_rates.constEnd() || !std::isfinite(*it) || *it <= 0 || m_maxRate <= 0)
        return -1;
    return std::clamp(*it / m_maxRate, 0.0, 1.0);
}

QString CpuGridWidget::groupLabel(const Group &group) const
{
    switch (group.kind) {
    case GroupKind::Package:
        if (group.id >= 0)
            return tr("Package %1").arg(group.id);
        // Offline CPUs lose their topology directory in sysfs: they usually end up here.
        return group.cpus.intersects(m_topology.online) ? tr("Other CPUs") : tr("Offline CPUs");
    case GroupKind::Node:
        return group.id >= 0 ? tr("Node %1").arg(group.id) : tr("No node");
    case GroupKind::Core:
        return group.package >= 0 ? tr("Core %1, package %2").arg(group.id).arg(group.package)
                                  : tr("Core %1").arg(group.id);
    }
    return {};
}

QString CpuGridWidget::groupDescription(int index) const
{
    const Group &group = m_groups[index];
    const CpuSet usable = group.cpus.intersected(m_selectable);
    const CpuSet on = usable.intersected(m_selection);
    QString state;
    if (usable.isEmpty())
        state = tr("none can take interrupts");
    else if (on == usable)
        state = tr("all selected");
    else if (on.isEmpty())
        state = tr("none selected");
    else
        state = tr("%1 of %2 selected").arg(on.count()).arg(usable.count());
    return tr("%1, CPUs %2, %3").arg(groupLabel(group), group.cpus.toCpuList(), state);
}

QString CpuGridWidget::cellToolTip(int cpu) const
{
    QStringList lines;
    const QString reason = unavailableReason(cpu);
    if (!reason.isEmpty())
        lines.append(reason);
    QStringList where;
    if (const CpuInfo *info = m_topology.cpu(cpu)) {
        if (info->core >= 0)
            where.append(tr("core %1").arg(info->core));
        if (info->package >= 0)
            where.append(tr("package %1").arg(info->package));
        if (info->node >= 0)
            where.append(tr("node %1").arg(info->node));
    }
    if (reason.isEmpty())
        lines.append(where.isEmpty() ? tr("CPU %1").arg(cpu) : tr("CPU %1 (%2)").arg(cpu).arg(where.join(u", "_s)));
    if (m_selection.contains(cpu))
        lines.append(m_readOnly ? tr("In the mask") : tr("In the mask: click to remove it"));
    else if (reason.isEmpty() && !m_readOnly)
        lines.append(tr("Not in the mask: click to add it"));
    if (m_effective.contains(cpu))
        lines.append(tr("The kernel delivers the interrupt here (effective CPU)"));
    const auto rate = m_rates.constFind(cpu);
    if (rate != m_rates.constEnd() && std::isfinite(*rate))
        lines.append(tr("Interrupts now: %1").arg(InterruptModel::formatRate(*rate)));
    return lines.join(u'\n');
}

QString CpuGridWidget::toolTipAt(QPoint pos) const
{
    const int cpu = cpuAt(pos);
    if (cpu >= 0)
        return cellToolTip(cpu);
    const int index = groupAt(pos);
    if (index < 0)
        return {};
    const Group &group = m_groups[index];
    const CpuSet usable = group.cpus.intersected(m_selectable);
    const QString what = tr("%1: CPUs %2").arg(groupLabel(group), group.cpus.toCpuList());
    if (usable.isEmpty())
        return tr("%1. None of them can take interrupts.").arg(what);
    if (m_readOnly)
        return what;
    if (usable.isSubsetOf(m_selection))
        return tr("%1. Click to remove them all from the mask.").arg(what);
    return tr("%1. Click to add them all to the mask.").arg(what);
}

// Geometry ------------------------------------------------------------------------------------

CpuGridWidget::Metrics CpuGridWidget::metrics() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int digits = std::max(2, digitCount(std::max(0, m_all.last())));
    const double factor = std::pow(zoomStep, m_zoomLevel);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);

    Metrics m;
    // Room beside the number for the effective dot on either side, so the number stays centred.
    m.cellWidth = std::max(minimumCell, int(std::lround((fm.horizontalAdvance(u'0') * digits + 16) * factor)));
    m.cellHeight = std::max(minimumCell, int(std::lround((line + 10) * factor)));
    m.cellGap = 2;
    m.coreGap = std::max(6, m.cellWidth / 4);
    m.rowGap = std::max(4, m.cellHeight / 4);
    m.coreBar = std::max(5, m.cellHeight / 4);
    m.header = std::max(line, indicator) + 6;
    int widestNode = 0;
    for (const Group &group : m_groups) {
        if (group.kind == GroupKind::Node)
            widestNode = std::max(widestNode, fm.horizontalAdvance(groupLabel(group)));
    }
    m.nodeLabel = widestNode > 0 ? indicator + 4 + widestNode + 10 : 0;
    m.rowLabel = fm.horizontalAdvance(u'0') * digits + 8;
    return m;
}

CpuGridWidget::Geometry CpuGridWidget::computeGeometry(int width) const
{
    const Metrics m = metrics();
    Geometry g;
    g.width = width;
    g.cells.resize(m_order.size());
    g.rows.resize(m_order.size());
    g.groups.resize(m_groups.size());
    const int left = margin;
    const int right = std::max(left + m.cellWidth, width - margin);
    int y = margin;

    // The legend flows like words: as many items on a line as fit.
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int spacing = fm.averageCharWidth() * 3;
    int x = left;
    for (const LegendItem &item : legendItems()) {
        const int itemWidth = item.swatchWidth + 4 + fm.horizontalAdvance(item.text);
        if (x > left && x + itemWidth > right) {
            x = left;
            y += line + 2;
        }
        g.legend.append(QRect(x, y, itemWidth, line));
        x += itemWidth + spacing;
    }
    y += line + 8;
    int row = 0;

    if (m_flat) {
        const int count = int(m_order.size());
        const int pitch = m.cellWidth + m.cellGap;
        const int groupWidth = flatGroup * pitch - m.cellGap;
        const int groupGap = std::max(8, m.cellWidth / 2);
        const auto perRowFor = [&](int available, bool *grouped) {
            const int groups = (available + groupGap) / (groupWidth + groupGap);
            *grouped = groups >= 1 && count > flatGroup;
            if (*grouped)
                return groups * flatGroup;
            return std::max(1, (available + m.cellGap) / pitch);
        };
        bool grouped = false;
        int labelWidth = 0;
        int perRow = perRowFor(right - left, &grouped);
        if (perRow < count) {
            // Several rows: each is labelled with its first CPU.
            labelWidth = m.rowLabel;
            perRow = perRowFor(right - left - labelWidth, &grouped);
        }
        for (int i = 0; i < count; ++i) {
            const int r = i / perRow;
            const int column = i % perRow;
            const int x
                = left + labelWidth + column * pitch + (grouped ? column / flatGroup * (groupGap - m.cellGap) : 0);
            const int top = y + r * (m.cellHeight + m.rowGap);
            g.cells[i] = QRect(x, top, m.cellWidth, m.cellHeight);
            g.rows[i] = r;
            if (column == 0 && labelWidth > 0)
                g.rowLabels.append({QRect(left, top, labelWidth - 6, m.cellHeight), m_order[i]});
        }
        const int rows = count == 0 ? 0 : (count + perRow - 1) / perRow;
        g.height = y + rows * (m.cellHeight + m.rowGap) - (rows ? m.rowGap : 0) + margin;
        return g;
    }

    int index = 0;
    for (const Package &package : m_packages) {
        if (package.group >= 0) {
            g.groups[package.group] = QRect(left, y, right - left, m.header);
            y += m.header + 2;
        }
        for (const Node &node : package.nodes) {
            const int nodeTop = y;
            const int labelWidth = node.group >= 0 ? m.nodeLabel : 0;
            const int areaLeft = left + labelWidth;
            const bool bars
                = std::any_of(node.cores.cbegin(), node.cores.cend(), [](const Core &c) { return c.group >= 0; });
            const int barSpace = bars ? m.coreBar + 2 : 0;
            const int rowHeight = barSpace + m.cellHeight;
            int x = areaLeft;
            int rowTop = y;
            for (const Core &core : node.cores) {
                const int n = int(core.cpus.size());
                const int coreWidth = n * m.cellWidth + (n - 1) * m.cellGap;
                if (x > areaLeft && x + coreWidth > right) {
                    x = areaLeft;
                    rowTop += rowHeight + m.rowGap;
                    ++row;
                }
                if (core.group >= 0)
                    g.groups[core.group] = QRect(x, rowTop, coreWidth, m.coreBar);
                for (int i = 0; i < n; ++i, ++index) {
                    g.cells[index]
                        = QRect(x + i * (m.cellWidth + m.cellGap), rowTop + barSpace, m.cellWidth, m.cellHeight);
                    g.rows[index] = row;
                }
                x += coreWidth + m.coreGap;
            }
            const int nodeBottom = rowTop + rowHeight;
            if (node.group >= 0)
                g.groups[node.group] = QRect(left, nodeTop, labelWidth - 6, nodeBottom - nodeTop);
            y = nodeBottom + m.rowGap + 2;
            ++row;
        }
        y += 4;
    }
    g.height = y - m.rowGap - 6 + margin;
    return g;
}

const CpuGridWidget::Geometry &CpuGridWidget::layoutGeometry() const
{
    if (m_geometryDirty || m_geometry.width != width()) {
        m_geometry = computeGeometry(width());
        m_geometryDirty = false;
    }
    return m_geometry;
}

void CpuGridWidget::invalidateGeometry()
{
    m_geometryDirty = true;
    updateGeometry();
    update();
}

bool CpuGridWidget::hasHeightForWidth() const
{
    return true;
}

int CpuGridWidget::heightForWidth(int width) const
{
    return computeGeometry(width).height;
}

QSize CpuGridWidget::sizeHint() const
{
    // Wide enough for the widest node on one row (or 32 CPUs of a flat grid), within reason.
    const Metrics m = metrics();
    int natural = 0;
    if (m_flat) {
        const int cpus = std::min<int>(int(m_order.size()), 4 * flatGroup);
        natural = cpus * (m.cellWidth + m.cellGap) + (cpus / flatGroup) * std::max(8, m.cellWidth / 2)
            + (int(m_order.size()) > cpus ? m.rowLabel : 0);
    } else {
        for (const Package &package : m_packages) {
            for (const Node &node : package.nodes) {
                int w = node.group >= 0 ? m.nodeLabel : 0;
                for (const Core &core : node.cores)
                    w += int(core.cpus.size()) * (m.cellWidth + m.cellGap) + m.coreGap;
                natural = std::max(natural, w);
            }
        }
    }
    const int line = fontMetrics().height();
    const int width = std::clamp(natural + 2 * margin, 16 * line, 56 * line);
    return {width, heightForWidth(width)};
}

QSize CpuGridWidget::minimumSizeHint() const
{
    const Metrics m = metrics();
    const int width = 2 * margin + m.nodeLabel + 4 * (m.cellWidth + m.cellGap);
    return {width, fontMetrics().height() + 8 + m.cellHeight + 2 * margin};
}

QRect CpuGridWidget::cellRect(int cpu) const
{
    const int index = indexOf(cpu);
    return index < 0 ? QRect() : layoutGeometry().cells[index];
}

QRect CpuGridWidget::headerRect(GroupKind kind, int cpu) const
{
    const Geometry &g = layoutGeometry();
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].kind == kind && m_groups[i].cpus.contains(cpu))
            return g.groups[i];
    }
    return {};
}

CpuSet CpuGridWidget::groupCpus(GroupKind kind, int cpu) const
{
    for (const Group &group : m_groups) {
        if (group.kind == kind && group.cpus.contains(cpu))
            return group.cpus;
    }
    return {};
}

int CpuGridWidget::cpuAt(QPoint pos) const
{
    const Geometry &g = layoutGeometry();
    for (qsizetype i = 0; i < g.cells.size(); ++i) {
        if (g.cells[i].contains(pos))
            return m_order[i];
    }
    return -1;
}

int CpuGridWidget::groupAt(QPoint pos) const
{
    const Geometry &g = layoutGeometry();
    // Core bars are thin: a few pixels of slack above and below make them easier to hit.
    for (qsizetype i = 0; i < g.groups.size(); ++i) {
        const QRect r = m_groups[i].kind == GroupKind::Core ? g.groups[i].adjusted(0, -2, 0, 1) : g.groups[i];
        if (r.contains(pos))
            return int(i);
    }
    return -1;
}

// Interaction ---------------------------------------------------------------------------------

void CpuGridWidget::toggleCpu(int cpu)
{
    if (m_readOnly || !isSelectable(cpu))
        return;
    CpuSet next = m_selection;
    if (next.contains(cpu))
        next.remove(cpu);
    else
        next.insert(cpu);
    m_anchor = cpu;
    changeSelection(next);
}

void CpuGridWidget::toggleGroup(int group)
{
    if (m_readOnly || group < 0 || group >= m_groups.size())
        return;
    const CpuSet usable = m_groups[group].cpus.intersected(m_selectable);
    if (usable.isEmpty())
        return;
    // All on if any is off, else all off.
    changeSelection(usable.isSubsetOf(m_selection) ? m_selection.subtracted(usable) : m_selection.united(usable));
}

void CpuGridWidget::selectRange(int fromCpu, int toCpu)
{
    const int from = indexOf(fromCpu);
    const int to = indexOf(toCpu);
    if (m_readOnly || from < 0 || to < 0)
        return;
    CpuSet next = m_selection;
    for (int i = std::min(from, to); i <= std::max(from, to); ++i) {
        if (isSelectable(m_order[i]))
            next.insert(m_order[i]);
    }
    changeSelection(next);
}

void CpuGridWidget::paintAlong(QPoint from, QPoint to)
{
    // Mouse moves are sparse: walk the segment in steps smaller than a cell so that a fast
    // drag still paints every cell it crossed.
    const Metrics m = metrics();
    const double step = std::max(2, std::min(m.cellWidth, m.cellHeight) / 3);
    const QPointF delta = QPointF(to - from);
    const int steps = std::max(1, int(std::ceil(std::hypot(delta.x(), delta.y()) / step)));
    CpuSet next = m_selection;
    for (int s = 0; s <= steps; ++s) {
        const QPoint point = (QPointF(from) + delta * (double(s) / steps)).toPoint();
        const int cpu = cpuAt(point);
        if (cpu < 0 || !isSelectable(cpu))
            continue;
        if (m_dragState)
            next.insert(cpu);
        else
            next.remove(cpu);
    }
    changeSelection(next);
}

void CpuGridWidget::setCurrentCpu(int cpu)
{
    if (m_orderIndex.contains(cpu))
        moveCurrentTo(cpu);
}

void CpuGridWidget::moveCurrentTo(int cpu)
{
    if (cpu == m_current)
        return;
    m_current = cpu;
    update();
    notifyAccessibleFocus();
    Q_EMIT currentCpuChanged(cpu);
}

void CpuGridWidget::notifyAccessibleFocus()
{
    if (!hasFocus() || m_current < 0)
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(indexOf(m_current));
    QAccessible::updateAccessibility(&event);
}

void CpuGridWidget::moveInRow(int step)
{
    const Geometry &g = layoutGeometry();
    const int index = indexOf(m_current);
    if (index < 0) {
        if (!m_order.isEmpty())
            moveCurrentTo(m_order.first());
        return;
    }
    const int target = index + step;
    if (target >= 0 && target < m_order.size() && g.rows[target] == g.rows[index])
        moveCurrentTo(m_order[target]);
}

void CpuGridWidget::moveRow(int step)
{
    const Geometry &g = layoutGeometry();
    const int index = indexOf(m_current);
    if (index < 0) {
        if (!m_order.isEmpty())
            moveCurrentTo(m_order.first());
        return;
    }
    const int row = g.rows[index] + step;
    const int x = g.cells[index].center().x();
    int best = -1;
    for (qsizetype i = 0; i < g.rows.size(); ++i) {
        if (g.rows[i] != row)
            continue;
        if (best < 0 || std::abs(g.cells[i].center().x() - x) < std::abs(g.cells[best].center().x() - x))
            best = int(i);
    }
    if (best >= 0)
        moveCurrentTo(m_order[best]);
}

double CpuGridWidget::zoomFactor() const
{
    return std::pow(zoomStep, m_zoomLevel);
}

void CpuGridWidget::setZoomLevel(int level)
{
    level = std::clamp(level, minZoomLevel, maxZoomLevel);
    if (level < m_zoomLevel) {
        // Zooming out stops where the cells reach their minimum size.
        const Metrics now = metrics();
        if (now.cellWidth <= minimumCell && now.cellHeight <= minimumCell)
            return;
    }
    if (level == m_zoomLevel)
        return;
    m_zoomLevel = level;
    invalidateGeometry();
    if (m_current >= 0)
        Q_EMIT currentCpuChanged(m_current); // a scroll area brings it back into view
}

void CpuGridWidget::zoomIn()
{
    setZoomLevel(m_zoomLevel + 1);
}

void CpuGridWidget::zoomOut()
{
    setZoomLevel(m_zoomLevel - 1);
}

void CpuGridWidget::resetZoom()
{
    setZoomLevel(0);
}

bool CpuGridWidget::event(QEvent *event)
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

void CpuGridWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_geometryDirty = true;
}

void CpuGridWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        invalidateGeometry();
    else if (event->type() == QEvent::PaletteChange)
        update();
}

void CpuGridWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::SelectAll)) {
        if (!m_readOnly)
            changeSelection(m_selectable);
        event->accept();
        return;
    }
    // Not every platform binds Deselect; Ctrl+Shift+A is what people expect after Ctrl+A.
    if (event->matches(QKeySequence::Deselect)
        || (event->key() == Qt::Key_A && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
        if (!m_readOnly)
            changeSelection({});
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveInRow(layoutDirection() == Qt::RightToLeft ? 1 : -1);
        break;
    case Qt::Key_Right:
        moveInRow(layoutDirection() == Qt::RightToLeft ? -1 : 1);
        break;
    case Qt::Key_Up:
        moveRow(-1);
        break;
    case Qt::Key_Down:
        moveRow(1);
        break;
    case Qt::Key_Home:
        if (!m_order.isEmpty())
            moveCurrentTo(m_order.first());
        break;
    case Qt::Key_End:
        if (!m_order.isEmpty())
            moveCurrentTo(m_order.last());
        break;
    case Qt::Key_Space:
        if (m_current < 0 && !m_order.isEmpty())
            moveCurrentTo(m_order.first());
        else if ((event->modifiers() & Qt::ShiftModifier) && m_anchor >= 0)
            selectRange(m_anchor, m_current);
        else
            toggleCpu(m_current);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QWidget::keyPressEvent(event);
            return;
        }
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CpuGridWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int cpu = cpuAt(pos);
    if (cpu >= 0) {
        const int anchor = m_anchor;
        moveCurrentTo(cpu);
        if (!m_readOnly) {
            if ((event->modifiers() & Qt::ShiftModifier) && anchor >= 0) {
                selectRange(anchor, cpu);
            } else if (isSelectable(cpu)) {
                m_dragging = true;
                m_dragState = !m_selection.contains(cpu);
                m_lastDragPos = pos;
                toggleCpu(cpu);
            }
        }
        event->accept();
        return;
    }
    const int group = groupAt(pos);
    if (group >= 0) {
        toggleGroup(group);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CpuGridWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        paintAlong(m_lastDragPos, pos);
        m_lastDragPos = pos;
    }
    const int cpu = cpuAt(pos);
    const int group = cpu >= 0 ? -1 : groupAt(pos);
    if (cpu != m_hoverCpu || group != m_hoverGroup) {
        m_hoverCpu = cpu;
        m_hoverGroup = group;
        update();
    }
    event->accept();
}

void CpuGridWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void CpuGridWidget::leaveEvent(QEvent *event)
{
    m_hoverCpu = -1;
    m_hoverGroup = -1;
    update();
    QWidget::leaveEvent(event);
}

void CpuGridWidget::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        event->ignore(); // plain wheel scrolls the surrounding scroll area
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else
        zoomOut();
    event->accept();
}

void CpuGridWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_current < 0 && !m_order.isEmpty()) {
        const int first = m_selection.isEmpty() ? m_order.first() : m_selection.first();
        moveCurrentTo(first);
    } else {
        notifyAccessibleFocus();
        update();
    }
}

void CpuGridWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    m_dragging = false;
    update();
}

// Painting ------------------------------------------------------------------------------------

void CpuGridWidget::paintEvent(QPaintEvent *event)
{
    const Geometry &g = layoutGeometry();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_order.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No CPUs known"));
        return;
    }
    paintLegend(painter, g);
    const QRect exposed = event->rect();
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (g.groups[i].intersects(exposed))
            paintGroup(painter, int(i), g.groups[i]);
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (const auto &[labelRect, cpu] : g.rowLabels)
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(cpu));
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (g.cells[i].intersects(exposed))
            paintCell(painter, m_order[i], g.cells[i]);
    }
    // The keyboard cursor: the text colour with a base-coloured halo, visible on any fill.
    const int current = indexOf(m_current);
    if (hasFocus() && current >= 0) {
        const QRect box = g.cells[current];
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.drawRect(box.adjusted(-3, -3, 2, 2));
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawRect(QRectF(box).adjusted(-1.5, -1.5, 0.5, 0.5));
    }
}

QList<CpuGridWidget::LegendItem> CpuGridWidget::legendItems() const
{
    const int box = fontMetrics().height() - 2;
    QList<LegendItem> items {{LegendKind::Selected, tr("in the mask"), box}};
    // Only where there is an effective affinity to show (not for the default mask, say).
    if (!m_effective.isEmpty())
        items.append({LegendKind::Effective, tr("effective: where the kernel delivers"), box});
    items.append({LegendKind::Unavailable, tr("cannot take interrupts"), box});
    if (m_maxRate > 0)
        items.append(
            {LegendKind::Rate, tr("interrupts now: idle … %1").arg(InterruptModel::formatRate(m_maxRate)), box * 3});
    return items;
}

void CpuGridWidget::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QPalette &pal = palette();
    const QColor border = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55);
    const QList<LegendItem> items = legendItems();
    for (qsizetype i = 0; i < items.size() && i < g.legend.size(); ++i) {
        const LegendItem &item = items[i];
        const QRect area = g.legend[i];
        const int box = area.height() - 2;
        const QRect swatch(area.left(), area.top() + 1, item.swatchWidth, box);
        switch (item.kind) {
        case LegendKind::Selected:
            painter.fillRect(swatch, pal.color(QPalette::Highlight));
            break;
        case LegendKind::Effective:
            painter.fillRect(swatch, pal.color(QPalette::Base));
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Text));
            painter.drawEllipse(QRectF(swatch).center(), box / 5.0, box / 5.0);
            painter.setBrush(Qt::NoBrush);
            painter.setRenderHint(QPainter::Antialiasing, false);
            break;
        case LegendKind::Unavailable:
            painter.fillRect(swatch, pal.color(QPalette::Window));
            painter.fillRect(swatch,
                QBrush(mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.55), Qt::BDiagPattern));
            break;
        case LegendKind::Rate: {
            const QRect bar = swatch.adjusted(0, box - std::max(3, box / 3), 0, 0);
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (int stop = 0; stop <= 4; ++stop)
                gradient.setColorAt(stop / 4.0, HeatScale::color(stop / 4.0));
            painter.fillRect(bar, gradient);
            break;
        }
        }
        if (item.kind != LegendKind::Rate) {
            painter.setPen(border);
            painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        }
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(area.adjusted(item.swatchWidth + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
}

void CpuGridWidget::paintGroup(QPainter &painter, int index, const QRect &r) const
{
    const Group &group = m_groups[index];
    const CpuSet usable = group.cpus.intersected(m_selectable);
    const CpuSet on = usable.intersected(m_selection);
    const bool all = !usable.isEmpty() && on == usable;
    const bool hovered = index == m_hoverGroup && !m_readOnly && !usable.isEmpty();
    const QPalette &pal = palette();

    if (group.kind == GroupKind::Core) {
        // A bar over the siblings: the selection colour when all are in the mask, half of it
        // when some are.
        QColor color = mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.6);
        if (all)
            color = pal.color(QPalette::Highlight);
        else if (!on.isEmpty())
            color = mix(pal.color(QPalette::Highlight), pal.color(QPalette::Window), 0.5);
        if (hovered)
            color = mix(color, pal.color(QPalette::WindowText), 0.3);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(r).adjusted(1, 0, -1, 0), 2, 2);
        painter.setBrush(Qt::NoBrush);
        painter.setRenderHint(QPainter::Antialiasing, false);
        return;
    }

    if (hovered) {
        QColor hover = pal.color(QPalette::Highlight);
        hover.setAlphaF(0.15f);
        painter.fillRect(r, hover);
    }
    const QFontMetrics fm = fontMetrics();
    const int headerHeight = metrics().header;
    const int indicatorWidth = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);
    const int indicatorHeight = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    QStyleOptionButton option;
    option.initFrom(this);
    option.state &= ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
    option.state |= all ? QStyle::State_On : on.isEmpty() ? QStyle::State_Off : QStyle::State_NoChange;
    if (usable.isEmpty() || m_readOnly)
        option.state &= ~QStyle::State_Enabled;
    if (hovered)
        option.state |= QStyle::State_MouseOver;
    option.rect = QRect(r.left() + 2, r.top() + (headerHeight - indicatorHeight) / 2, indicatorWidth, indicatorHeight);
    style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter, this);

    const int textLeft = option.rect.right() + 5;
    const QRect textRect(textLeft, r.top(), r.right() - textLeft, headerHeight);
    QFont bold = font();
    bold.setBold(group.kind == GroupKind::Package);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    const QString label = groupLabel(group);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    const int labelWidth = QFontMetrics(bold).horizontalAdvance(label);
    painter.setFont(font());

    const QColor rule = mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.75);
    if (group.kind == GroupKind::Package) {
        // "16 CPUs" after the name, then a rule to the right edge.
        const QString count = tr("%n CPU(s)", "", group.cpus.count());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const int countLeft = textLeft + labelWidth + fm.averageCharWidth() * 2;
        painter.drawText(
            QRect(countLeft, r.top(), r.right() - countLeft, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, count);
        const int ruleLeft = countLeft + fm.horizontalAdvance(count) + fm.averageCharWidth() * 2;
        if (ruleLeft < r.right()) {
            painter.setPen(rule);
            painter.drawLine(ruleLeft, r.center().y(), r.right(), r.center().y());
        }
    } else {
        // A node labels the rows to its right: a rule along them.
        painter.setPen(rule);
        painter.drawLine(r.right() + 2, r.top() + 2, r.right() + 2, r.bottom() - 2);
    }
}

void CpuGridWidget::paintCell(QPainter &painter, int cpu, const QRect &r) const
{
    const QPalette &pal = palette();
    const bool available = isSelectable(cpu);
    const bool selected = m_selection.contains(cpu);
    const bool hovered = cpu == m_hoverCpu && available && !m_readOnly;

    QColor fill;
    QColor border;
    QColor text;
    if (!available) {
        fill = pal.color(QPalette::Window);
        border = mix(pal.color(QPalette::WindowText), fill, 0.6);
        text = pal.color(QPalette::PlaceholderText);
    } else if (selected) {
        fill = pal.color(QPalette::Highlight);
        border = mix(fill, pal.color(QPalette::WindowText), 0.35);
        text = pal.color(QPalette::HighlightedText);
    } else {
        fill = pal.color(QPalette::Base);
        border = mix(pal.color(QPalette::Text), fill, 0.55);
        text = pal.color(QPalette::Text);
    }
    painter.fillRect(r, fill);
    if (!available)
        painter.fillRect(r, QBrush(mix(pal.color(QPalette::WindowText), fill, 0.55), Qt::BDiagPattern));

    // The rate as a strip along the bottom edge, so that it never hides the selection.
    const int strip = std::max(3, r.height() / 5);
    const double fraction = rateFraction(cpu);
    if (fraction >= 0)
        painter.fillRect(QRect(r.left() + 1, r.bottom() - strip, r.width() - 2, strip), HeatScale::color(fraction));

    const QRect textArea = r.adjusted(1, 1, -1, -strip - 1);
    QFont numberFont = font();
    const double factor = zoomFactor();
    if (factor > 1.01 && numberFont.pointSizeF() > 0)
        numberFont.setPointSizeF(numberFont.pointSizeF() * std::min(factor, 2.0));
    const QFontMetrics fm(numberFont);
    const QString number = QString::number(cpu);
    if (fm.horizontalAdvance(number) <= textArea.width() - 2 && fm.ascent() <= textArea.height()) {
        painter.setFont(numberFont);
        painter.setPen(text);
        painter.drawText(textArea, Qt::AlignCenter, number);
        painter.setFont(font());
    }

    if (m_effective.contains(cpu)) {
        // A dot in the corner, ringed in the fill colour so that it also reads over the number.
        const double radius = std::max(2.5, std::min(r.width(), r.height()) / 9.0);
        const QPointF centre(r.right() - radius - 1.5, r.top() + radius + 2.0);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(fill, 1.5));
        painter.setBrush(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        painter.drawEllipse(centre, radius, radius);
        painter.setBrush(Qt::NoBrush);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    painter.setPen(QPen(border, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r.adjusted(0, 0, -1, -1));
    if (hovered) {
        painter.setPen(QPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight), 1));
        painter.drawRect(r.adjusted(1, 1, -2, -2));
    }
}
