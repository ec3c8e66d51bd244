// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqdetailpanel.h"

#include "cpubarswidget.h"
#include "interruptmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString maskText(const std::optional<CpuSet> &set, int bits)
{
    if (!set)
        return IrqDetailPanel::tr("unknown");
    if (set->isEmpty())
        return IrqDetailPanel::tr("no CPU");
    return IrqDetailPanel::tr("%1  (mask %2)").arg(set->toCpuList(), set->toHexMask(bits));
}

QString queueKindText(IrqQueueBinding::Kind kind)
{
    switch (kind) {
    case IrqQueueBinding::Kind::Rx:
        return IrqDetailPanel::tr("receive");
    case IrqQueueBinding::Kind::Tx:
        return IrqDetailPanel::tr("transmit");
    case IrqQueueBinding::Kind::Combined:
        return IrqDetailPanel::tr("combined receive/transmit");
    case IrqQueueBinding::Kind::Unknown:
        break;
    }
    return {};
}
} // namespace

IrqDetailPanel::IrqDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    addField(u"affinity"_s, tr("Affinity"));
    addField(u"effective"_s, tr("Effective"));
    addField(u"hint"_s, tr("Driver hint"));
    addField(u"node"_s, tr("NUMA node"));
    addField(u"queue"_s, tr("Network queue"));
    addField(u"chip"_s, tr("Controller"));
    addField(u"hwirq"_s, tr("Hardware IRQ"));
    addField(u"trigger"_s, tr("Trigger"));
    addField(u"actions"_s, tr("Handlers"));
    addField(u"total"_s, tr("Since boot"));
    addField(u"rate"_s, tr("Now"));

    m_barsLabel = new QLabel(tr("Rate per CPU"), this);
    layout->addWidget(m_barsLabel);
    m_bars = new CpuBarsWidget(this);
    layout->addWidget(m_bars);
    layout->addStretch();
    showNothing();
}

void IrqDetailPanel::addField(const QString &key, const QString &label)
{
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(0);
    Field field;
    field.value = new QLabel(box);
    field.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field.value->setWordWrap(true);
    field.explanation = new QLabel(box);
    field.explanation->setWordWrap(true);
    field.explanation->setForegroundRole(QPalette::PlaceholderText);
    QFont small = field.explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    field.explanation->setFont(small);
    boxLayout->addWidget(field.value);
    boxLayout->addWidget(field.explanation);
    auto *labelWidget = new QLabel(label + u':', this);
    labelWidget->setBuddy(field.value);
    m_form->addRow(labelWidget, box);
    m_fields.insert(key, field);
}

void IrqDetailPanel::setField(const QString &key, const QString &value, const QString &explanation)
{
    const Field &field = m_fields[key];
    const bool visible = !value.isEmpty();
    field.value->setText(value);
    field.explanation->setText(explanation);
    field.value->setAccessibleDescription(explanation);
    m_form->setRowVisible(field.value->parentWidget(), visible);
}

QString IrqDetailPanel::fieldText(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend() || !m_form->isRowVisible(it->value->parentWidget()))
        return {};
    return it->value->text();
}

void IrqDetailPanel::showNothing()
{
    m_title->setText(tr("No interrupt selected"));
    m_summary->setText(tr("Select a row to see where that interrupt may go, where it really goes, and what "
                          "each value means."));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setField(it.key(), QString(), QString());
    m_bars->clear();
    m_bars->setVisible(false);
    m_barsLabel->setVisible(false);
}

void IrqDetailPanel::showInterrupt(
    const InterruptTable &table, qsizetype row, const InterruptRates *rates, const SystemState *state)
{
    const InterruptRow &r = table.rows[row];
    const bool device = r.kind == InterruptRow::Kind::Irq;
    const IrqInfo *info = device && state ? state->irq(r.irq) : nullptr;
    const int bits = info && info->maskBits ? info->maskBits : (state ? state->topology.nrCpuIds() : 0);

    if (device) {
        m_title->setText(r.name().isEmpty() ? tr("IRQ %1").arg(r.id) : tr("IRQ %1 — %2").arg(r.id, r.name()));
        m_summary->setText(tr("A hardware interrupt: a device signals the CPUs through it. You choose which CPUs "
                              "may receive it with its affinity."));
    } else {
        m_title->setText(r.description.isEmpty() ? r.id : tr("%1 — %2").arg(r.id, r.description));
        m_summary->setText(r.kind == InterruptRow::Kind::Single
                ? tr("A counter the kernel keeps for the whole machine, not per CPU.")
                : tr("An architecture interrupt: raised by the CPUs themselves (timers, "
                     "inter-processor calls), not by a device. It has no affinity to set."));
    }

    const QString path = device ? u"/proc/irq/%1/"_s.arg(r.irq) : QString();
    if (device) {
        setField(u"affinity"_s, info ? maskText(info->affinity, bits) : tr("unknown"),
            tr("The CPUs this interrupt may be delivered to (%1smp_affinity).").arg(path));
        setField(u"effective"_s, info ? maskText(info->effective, bits) : tr("unknown"),
            tr("The CPUs the interrupt controller targets right now. On most x86 systems this is one CPU "
               "of the affinity, even when the affinity allows several."));
        setField(u"hint"_s,
            info && info->affinityHint && !info->affinityHint->isEmpty() ? info->affinityHint->toCpuList() : QString(),
            tr("The CPUs the driver suggests (affinity_hint); irqbalance follows this hint."));
        QString node;
        if (info && info->node)
            node = *info->node < 0 ? tr("none") : QString::number(*info->node);
        if (info && info->node && *info->node >= 0 && state) {
            const auto cpus = state->topology.nodes.value(*info->node);
            if (!cpus.isEmpty())
                node = tr("%1 (CPUs %2)").arg(node, cpus.toCpuList());
        }
        setField(u"node"_s, node,
            tr("The NUMA node the device is attached to: CPUs on that node reach its memory and its "
               "queues fastest."));
        QString queue;
        QString queueExplanation;
        if (state) {
            const auto it = state->queueOfIrq.constFind(r.irq);
            if (it != state->queueOfIrq.cend()) {
                const QString kind = queueKindText(it->kind);
                if (it->queue && !kind.isEmpty())
                    queue = tr("%1, %2 queue %3").arg(it->interface, kind).arg(*it->queue);
                else if (it->queue)
                    queue = tr("%1, queue %2").arg(it->interface).arg(*it->queue);
                else
                    queue = it->interface;
                queueExplanation = tr("Multi-queue NICs hash each flow to one queue, and each queue has its own "
                                      "interrupt: pinning each queue's interrupt to its own CPU spreads the load "
                                      "without losing cache locality.");
            }
        }
        setField(u"queue"_s, queue, queueExplanation);
        setField(u"chip"_s, r.chip, tr("The interrupt controller (irq chip) that delivers this interrupt."));
        setField(u"hwirq"_s, r.hwirq, tr("The interrupt's number inside that controller."));
        setField(u"trigger"_s, r.flow.isEmpty() ? r.trigger : r.trigger + u", "_s + r.flow,
            tr("Edge: the device signals each event once. Level: the line stays raised until the handler "
               "clears it. fasteoi, edge: the kernel's flow handler."));
        setField(u"actions"_s, r.actions.join(u'\n'),
            r.actions.size() > 1 ? tr("Several drivers share this interrupt line; each handler is asked in turn.")
                                 : tr("The driver handler registered on this interrupt."));
    } else {
        for (const QString &key : {u"affinity"_s, u"effective"_s, u"hint"_s, u"node"_s, u"queue"_s, u"chip"_s,
                 u"hwirq"_s, u"trigger"_s, u"actions"_s})
            setField(key, QString(), QString());
    }

    setField(u"total"_s, InterruptModel::formatCount(r.total), tr("Interrupts counted since the machine booted."));
    const double rate = rates && row < rates->perRow.size() ? rates->perRow[row] : std::nan("");
    setField(u"rate"_s, InterruptModel::formatRate(rate), tr("Interrupts per second over the last interval."));

    const bool perCpu = r.hasPerCpuCounts();
    m_bars->setVisible(perCpu);
    m_barsLabel->setVisible(perCpu);
    if (perCpu) {
        QList<double> values;
        values.reserve(table.cpus.size());
        const bool haveRates = rates && rates->cpus == table.cpus;
        for (qsizetype c = 0; c < table.cpus.size(); ++c)
            values.append(haveRates ? rates->cell(row, c) : double(table.count(row, c)));
        m_barsLabel->setText(
            haveRates ? tr("Interrupts per second on each CPU") : tr("Interrupts on each CPU since boot"));
        if (haveRates)
            m_bars->setValues(table.cpus, values, &InterruptModel::formatRate);
        else
            m_bars->setValues(table.cpus, values, [](double v) { return InterruptModel::formatCount(quint64(v)); });
    }
}
