// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "maskeditor.h"

#include "cpugridwidget.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The parser's messages start in lower case, to be embedded; under a field they are sentences.
QString sentence(const QString &message)
{
    if (message.isEmpty() || !message.front().isLower())
        return message;
    return message.front().toUpper() + message.mid(1);
}

// `0–3, 8, 10–11`: the list form for people (en dashes, spaces); long lists are shortened.
QString displayList(const CpuSet &set)
{
    QStringList ranges;
    const QList<int> cpus = set.toList();
    for (qsizetype i = 0; i < cpus.size();) {
        qsizetype j = i;
        while (j + 1 < cpus.size() && cpus[j + 1] == cpus[j] + 1)
            ++j;
        ranges.append(j == i ? QString::number(cpus[i]) : u"%1–%2"_s.arg(cpus[i]).arg(cpus[j]));
        i = j + 1;
    }
    constexpr qsizetype shown = 6;
    if (ranges.size() <= shown + 2)
        return ranges.join(u", "_s);
    return MaskEditor::tr("%1, …, %2 (%n CPUs)", "", set.count())
        .arg(ranges.mid(0, shown).join(u", "_s), ranges.last());
}

CpuSet selectableOf(const CpuTopology &topology)
{
    return topology.online.subtracted(topology.isolated).subtracted(topology.nohzFull);
}

// Asks for the grid's own width (so that a node fits on one row) and for its height up to a
// limit, past which it scrolls. QScrollArea's own hint stops at 36 × 24 lines and ignores
// the grid's height for width.
class GridScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const QWidget *grid = widget();
        if (!grid)
            return QScrollArea::sizeHint();
        const int line = fontMetrics().height();
        const int scrollBar = verticalScrollBar()->sizeHint().width();
        const int width = std::min(grid->sizeHint().width() + scrollBar + 2 * frameWidth(), 60 * line);
        const int height = std::min(grid->heightForWidth(width - scrollBar - 2 * frameWidth()), 28 * line);
        return {width, height + 2 * frameWidth()};
    }
};

// A field's base colour a fifth of the way to red: marks it on light and dark themes alike.
QColor tinted(const QColor &base)
{
    const QColor red(218, 68, 83);
    return QColor::fromRgbF(float(base.redF() * 0.8 + red.redF() * 0.2),
        float(base.greenF() * 0.8 + red.greenF() * 0.2), float(base.blueF() * 0.8 + red.blueF() * 0.2));
}

// Readable on the window colour of light and dark palettes alike.
QColor negativeText(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(176, 20, 32) : QColor(255, 120, 120);
}
} // namespace

MaskEditor::MaskEditor(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new CpuGridWidget(this);
    m_gridArea = new GridScrollArea(this);
    m_gridArea->setWidget(m_grid);
    m_gridArea->setWidgetResizable(true);
    m_gridArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gridArea->setFocusPolicy(Qt::NoFocus);
    m_gridArea->setFrameShape(QFrame::NoFrame);
    m_gridArea->setBackgroundRole(QPalette::Window);

    auto *gridLabel = new QLabel(tr("&CPUs:"), this);
    gridLabel->setBuddy(m_grid);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_hexEdit = new QLineEdit(this);
    m_hexEdit->setObjectName(u"hexEdit"_s);
    m_hexEdit->setFont(fixed);
    m_hexEdit->setPlaceholderText(tr("for example 0f"));
    m_hexEdit->setClearButtonEnabled(true);
    m_hexEdit->setToolTip(tr("The mask as /proc/irq/N/smp_affinity shows it: hexadecimal, CPU 0 is the lowest bit, "
                             "a comma every 32 CPUs"));
    m_listEdit = new QLineEdit(this);
    m_listEdit->setObjectName(u"listEdit"_s);
    m_listEdit->setFont(fixed);
    m_listEdit->setPlaceholderText(tr("for example 0-3,8"));
    m_listEdit->setClearButtonEnabled(true);
    m_listEdit->setToolTip(tr("The mask as /proc/irq/N/smp_affinity_list shows it: CPU numbers and ranges"));
    auto *hexLabel = new QLabel(tr("&Hex mask:"), this);
    hexLabel->setBuddy(m_hexEdit);
    auto *listLabel = new QLabel(tr("CPU &list:"), this);
    listLabel->setBuddy(m_listEdit);

    const auto makeMessage = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Room for one line even when empty, so that the form does not jump while typing.
        label->setMinimumHeight(fontMetrics().height());
        return label;
    };
    m_hexError = makeMessage(u"hexError"_s);
    m_listError = makeMessage(u"listError"_s);
    m_explanation = makeMessage(u"explanation"_s);
    m_note = makeMessage(u"note"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    m_allButton = new QPushButton(tr("&All online"), this);
    m_allButton->setObjectName(u"allButton"_s);
    m_allButton->setToolTip(tr("Every online CPU that may take interrupts"));
    m_nodeButton = new QPushButton(tr("Device's &node"), this);
    m_nodeButton->setObjectName(u"nodeButton"_s);
    m_queueButton = new QPushButton(tr("One CPU per &queue"), this);
    m_queueButton->setObjectName(u"queueButton"_s);
    m_invertButton = new QPushButton(tr("&Invert"), this);
    m_invertButton->setObjectName(u"invertButton"_s);
    m_invertButton->setToolTip(tr("Swap the selected and the unselected online CPUs"));
    for (QPushButton *button : {m_allButton, m_nodeButton, m_queueButton, m_invertButton})
        button->setAutoDefault(false);

    auto *fields = new QGridLayout;
    fields->addWidget(hexLabel, 0, 0);
    fields->addWidget(m_hexEdit, 0, 1);
    fields->addWidget(m_hexError, 1, 1);
    fields->addWidget(listLabel, 2, 0);
    fields->addWidget(m_listEdit, 2, 1);
    fields->addWidget(m_listError, 3, 1);
    fields->setColumnStretch(1, 1);
    fields->setVerticalSpacing(2);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_allButton);
    actions->addWidget(m_nodeButton);
    actions->addWidget(m_queueButton);
    actions->addWidget(m_invertButton);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(gridLabel);
    layout->addWidget(m_gridArea, 1);
    layout->addLayout(fields);
    layout->addWidget(m_explanation);
    layout->addWidget(m_note);
    layout->addLayout(actions);

    setTabOrder(m_grid, m_hexEdit);
    setTabOrder(m_hexEdit, m_listEdit);
    setTabOrder(m_listEdit, m_allButton);
    setTabOrder(m_allButton, m_nodeButton);
    setTabOrder(m_nodeButton, m_queueButton);
    setTabOrder(m_queueButton, m_invertButton);

    connect(m_grid, &CpuGridWidget::selectionChanged, this, &MaskEditor::gridChanged);
    connect(m_grid, &CpuGridWidget::currentCpuChanged, this, [this](int cpu) {
        const QRect cell = m_grid->cellRect(cpu);
        if (!cell.isNull())
            m_gridArea->ensureVisible(cell.center().x(), cell.center().y(), cell.width(), cell.height());
    });
    connect(m_hexEdit, &QLineEdit::textEdited, this, &MaskEditor::hexEdited);
    connect(m_listEdit, &QLineEdit::textEdited, this, &MaskEditor::listEdited);
    connect(m_hexEdit, &QLineEdit::editingFinished, this, &MaskEditor::normalizeText);
    connect(m_listEdit, &QLineEdit::editingFinished, this, &MaskEditor::normalizeText);
    connect(m_allButton, &QPushButton::clicked, this, &MaskEditor::selectAllOnline);
    connect(m_nodeButton, &QPushButton::clicked, this, &MaskEditor::selectDeviceNode);
    connect(m_queueButton, &QPushButton::clicked, this, &MaskEditor::selectQueueCpu);
    connect(m_invertButton, &QPushButton::clicked, this, &MaskEditor::invert);

    apply({}, Source::Program);
    updateActions();
}

MaskEditor::~MaskEditor() = default;

void MaskEditor::setTopology(const CpuTopology &topology)
{
    m_grid->setTopology(topology);
    apply(m_grid->selection(), Source::Program);
    updateActions();
}

const CpuTopology &MaskEditor::topology() const
{
    return m_grid->topology();
}

void MaskEditor::setMask(const CpuSet &mask)
{
    const CpuSet usable = mask.intersected(m_grid->selectableCpus());
    apply(usable, Source::Program);
    const CpuSet dropped = mask.subtracted(usable);
    if (!dropped.isEmpty()) {
        m_note->setText(tr("Left out of the current mask: %1.").arg(maskProblems(dropped, topology()).join(u"; "_s)));
        m_note->show();
    }
}

void MaskEditor::setEffective(const CpuSet &cpus)
{
    m_grid->setEffective(cpus);
}

void MaskEditor::setRates(const QList<int> &cpus, const QList<double> &rates)
{
    m_grid->setRates(cpus, rates);
}

void MaskEditor::setDeviceNode(int node)
{
    m_deviceNode = node;
    updateActions();
}

void MaskEditor::setQueueIndex(int queue)
{
    m_queueIndex = queue;
    updateActions();
}

QString MaskEditor::explanation() const
{
    return m_explanation->text();
}

QStringList MaskEditor::maskProblems(const CpuSet &mask, const CpuTopology &topology)
{
    QStringList problems;
    if (mask.isEmpty()) {
        problems.append(tr("An interrupt needs at least one online CPU: the kernel refuses an empty mask"));
        return problems;
    }
    if (!topology.possible.isEmpty()) {
        const CpuSet missing = mask.subtracted(topology.possible);
        if (missing.count() == 1) {
            problems.append(tr("CPU %1 does not exist on this machine (%2)")
                                .arg(missing.first())
                                .arg(topology.possible.toCpuList()));
        } else if (!missing.isEmpty()) {
            problems.append(tr("CPUs %1 do not exist on this machine (%2)")
                                .arg(missing.toCpuList(), topology.possible.toCpuList()));
        }
    }
    if (!topology.online.isEmpty() || !topology.possible.isEmpty()) {
        const CpuSet offline = mask.intersected(topology.possible).subtracted(topology.online);
        if (offline.count() == 1)
            problems.append(tr("CPU %1 is offline").arg(offline.first()));
        else if (!offline.isEmpty())
            problems.append(tr("CPUs %1 are offline").arg(offline.toCpuList()));
    }
    const CpuSet isolated = mask.intersected(topology.online).intersected(topology.isolated);
    if (isolated.count() == 1)
        problems.append(tr("CPU %1 is isolated (isolcpus=): it is reserved for other work").arg(isolated.first()));
    else if (!isolated.isEmpty())
        problems.append(
            tr("CPUs %1 are isolated (isolcpus=): they are reserved for other work").arg(isolated.toCpuList()));
    const CpuSet tickless
        = mask.intersected(topology.online).intersected(topology.nohzFull).subtracted(topology.isolated);
    if (tickless.count() == 1)
        problems.append(tr("CPU %1 runs tickless (nohz_full=): it is reserved for other work").arg(tickless.first()));
    else if (!tickless.isEmpty())
        problems.append(
            tr("CPUs %1 run tickless (nohz_full=): they are reserved for other work").arg(tickless.toCpuList()));
    return problems;
}

QString MaskEditor::maskError(const CpuSet &mask, const CpuTopology &topology)
{
    const QStringList problems = maskProblems(mask, topology);
    return problems.isEmpty() ? QString() : problems.first();
}

QString MaskEditor::explain(const CpuSet &mask, const CpuTopology &topology)
{
    if (mask.isEmpty())
        return {};
    QString hex = mask.toHexMask();
    if (!hex.contains(u','))
        hex.prepend(u"0x"_s);
    if (mask.count() == 1)
        return tr("%1 = CPU %2 only").arg(hex).arg(mask.first());

    // Name the group when the mask is exactly one: every CPU that can take interrupts, a
    // package, a node, or the threads of one core.
    const CpuSet usable = selectableOf(topology);
    QString group;
    if (mask == usable) {
        group = tr("all online CPUs");
    } else {
        QMap<int, CpuSet> packages;
        for (const CpuInfo &info : topology.cpus) {
            if (info.package >= 0)
                packages[info.package].insert(info.cpu);
        }
        for (auto it = packages.cbegin(); it != packages.cend() && group.isEmpty(); ++it) {
            if (mask == it.value().intersected(usable))
                group = tr("all of package %1").arg(it.key());
        }
        for (auto it = topology.nodes.cbegin(); it != topology.nodes.cend() && group.isEmpty(); ++it) {
            if (mask == it.value().intersected(usable))
                group = tr("all of node %1").arg(it.key());
        }
        const CpuInfo *info = topology.cpu(mask.first());
        if (group.isEmpty() && info && info->core >= 0 && mask == info->threadSiblings.intersected(usable)) {
            group = mask.count() == 2 ? tr("both threads of core %1").arg(info->core)
                                      : tr("all %1 threads of core %2").arg(mask.count()).arg(info->core);
        }
    }
    if (group.isEmpty()) {
        return tr("%1 = CPUs %2: on most x86 systems the interrupt still goes to one of them — see \"effective\"")
            .arg(hex, displayList(mask));
    }
    return tr("%1 = CPUs %2 (%3): on most x86 systems the interrupt still goes to one of them — see \"effective\"")
        .arg(hex, displayList(mask), group);
}

void MaskEditor::hexEdited(const QString &text)
{
    if (m_syncing)
        return;
    m_note->hide();
    const CpuSet::ParseResult parsed = CpuSet::fromHexMask(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::AcceptEmpty);
    const QString problem = parsed.isValid() ? maskError(*parsed.set, topology()) : sentence(parsed.message);
    if (problem.isEmpty()) {
        apply(*parsed.set, Source::Hex);
        return;
    }
    m_hexProblem = problem;
    showErrors();
    updateMask();
}

void MaskEditor::listEdited(const QString &text)
{
    if (m_syncing)
        return;
    m_note->hide();
    const CpuSet::ParseResult parsed = CpuSet::fromCpuList(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::AcceptEmpty);
    const QString problem = parsed.isValid() ? maskError(*parsed.set, topology()) : sentence(parsed.message);
    if (problem.isEmpty()) {
        apply(*parsed.set, Source::List);
        return;
    }
    m_listProblem = problem;
    showErrors();
    updateMask();
}

void MaskEditor::gridChanged(const CpuSet &selection)
{
    if (m_syncing)
        return;
    m_note->hide();
    apply(selection, Source::Grid);
}

void MaskEditor::apply(const CpuSet &set, Source source)
{
    m_syncing = true;
    if (source != Source::Grid)
        m_grid->setSelection(set);
    const CpuSet shown = m_grid->selection();
    if (source != Source::Hex)
        m_hexEdit->setText(shown.toHexMask(topology().nrCpuIds()));
    if (source != Source::List)
        m_listEdit->setText(shown.toCpuList());
    m_syncing = false;
    m_note->hide();

    m_hexProblem.clear();
    m_listProblem.clear();
    // Only the grid and the actions can get here with an empty mask (text with one is not
    // applied): say so under the first field, which shows it as 0.
    const QString problem = maskError(shown, topology());
    if (!problem.isEmpty())
        m_hexProblem = problem;
    showErrors();
    updateMask();
}

void MaskEditor::normalizeText()
{
    // Once the typing is done, a valid text takes the kernel's own form (`0xF` → `0f`).
    if (!m_hexProblem.isEmpty() || !m_listProblem.isEmpty() || !m_mask)
        return;
    m_syncing = true;
    m_hexEdit->setText(m_mask->toHexMask(topology().nrCpuIds()));
    m_listEdit->setText(m_mask->toCpuList());
    m_syncing = false;
}

void MaskEditor::showErrors()
{
    const QColor negative = negativeText(palette());
    const auto show = [&](QLineEdit *edit, QLabel *label, const QString &error) {
        label->setText(error);
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, negative);
        label->setPalette(labelPalette);
        edit->setAccessibleDescription(error);
        if (error.isEmpty()) {
            edit->setPalette(QPalette());
            return;
        }
        // Tinted, not recoloured: the text stays readable with either theme.
        QPalette invalid = palette();
        invalid.setColor(QPalette::Base, tinted(invalid.color(QPalette::Base)));
        edit->setPalette(invalid);
    };
    show(m_hexEdit, m_hexError, m_hexProblem);
    show(m_listEdit, m_listError, m_listProblem);
}

void MaskEditor::updateMask()
{
    std::optional<CpuSet> next;
    if (m_hexProblem.isEmpty() && m_listProblem.isEmpty())
        next = m_grid->selection();
    m_explanation->setText(next ? explain(*next, topology()) : QString());
    if (next == m_mask)
        return;
    m_mask = next;
    Q_EMIT maskChanged(m_mask);
}

void MaskEditor::setDeviceActionsShown(bool shown)
{
    m_nodeButton->setVisible(shown);
    m_queueButton->setVisible(shown);
}

CpuSet MaskEditor::deviceNodeCpus() const
{
    if (m_deviceNode < 0)
        return {};
    return topology().nodes.value(m_deviceNode).intersected(m_grid->selectableCpus());
}

void MaskEditor::updateActions()
{
    const CpuSet usable = m_grid->selectableCpus();
    m_allButton->setEnabled(!usable.isEmpty());
    m_invertButton->setEnabled(!usable.isEmpty());

    const CpuSet node = deviceNodeCpus();
    m_nodeButton->setEnabled(!node.isEmpty());
    if (m_deviceNode < 0)
        m_nodeButton->setToolTip(tr("The device's NUMA node is not known"));
    else if (node.isEmpty())
        m_nodeButton->setToolTip(tr("Node %1 has no online CPU that may take interrupts").arg(m_deviceNode));
    else
        m_nodeButton->setToolTip(
            tr("The CPUs of node %1, where the device is attached: CPUs %2").arg(m_deviceNode).arg(displayList(node)));

    const CpuSet pool = node.isEmpty() ? usable : node;
    m_queueButton->setEnabled(m_queueIndex >= 0 && !pool.isEmpty());
    if (m_queueIndex < 0) {
        m_queueButton->setToolTip(tr("This interrupt does not serve a queue"));
    } else if (!pool.isEmpty()) {
        const QList<int> cpus = pool.toList();
        const int cpu = cpus[m_queueIndex % cpus.size()];
        m_queueButton->setToolTip(node.isEmpty()
                ? tr("Queue %1 gets CPU %2: queues take the online CPUs in turn, one each").arg(m_queueIndex).arg(cpu)
                : tr("Queue %1 gets CPU %2: queues take the online CPUs of node %3 in turn, one each")
                      .arg(m_queueIndex)
                      .arg(cpu)
                      .arg(m_deviceNode));
    }
}

void MaskEditor::selectAllOnline()
{
    apply(m_grid->selectableCpus(), Source::Program);
}

void MaskEditor::selectDeviceNode()
{
    const CpuSet node = deviceNodeCpus();
    if (!node.isEmpty())
        apply(node, Source::Program);
}

void MaskEditor::selectQueueCpu()
{
    const CpuSet node = deviceNodeCpus();
    const CpuSet pool = node.isEmpty() ? m_grid->selectableCpus() : node;
    if (m_queueIndex < 0 || pool.isEmpty())
        return;
    const QList<int> cpus = pool.toList();
    apply(CpuSet {cpus[m_queueIndex % cpus.size()]}, Source::Program);
}

void MaskEditor::invert()
{
    apply(m_grid->selectableCpus().subtracted(m_grid->selection()), Source::Program);
}

void MaskEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showErrors();
}
