// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "affinitydialog.h"

#include "helpererrors.h"
#include "irqbalancedetector.h"
#include "maskeditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const InterruptRow *findRow(const SystemState &state, const QString &id)
{
    if (!state.interrupts)
        return nullptr;
    for (const InterruptRow &row : state.interrupts->rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

// Newer kernels make smp_affinity of managed IRQs 0444; root passes access(W_OK) anyway, so
// look at the mode bits, not at isWritable().
bool isReadOnlyByMode(const SystemRoot &root, uint irq)
{
    if (root.isInMemory())
        return false;
    const QFileInfo info(root.displayPath(u"proc/irq/%1/smp_affinity"_s.arg(irq)));
    if (!info.exists())
        return false;
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

QString cpuText(const std::optional<CpuSet> &cpus)
{
    return cpus ? cpus->toCpuList() : u"?"_s;
}
} // namespace

AffinityDialog::AffinityDialog(std::shared_ptr<const SystemState> state, const SystemRoot &root, const QStringList &ids,
    const QSet<uint> &refusedManaged, HelperClient *client, QWidget *parent)
    : QDialog(parent)
    , m_state(std::move(state))
    , m_client(client ? client : new HelperClient(this))
{
    setWindowTitle(tr("Set Affinity"));
    auto *layout = new QVBoxLayout(this);

    m_editor = new MaskEditor(this);
    m_editor->setTopology(m_state->topology);
    layout->addWidget(m_editor);

    auto *previewTitle = new QLabel(tr("Interrupts to change:"), this);
    m_preview = new QListWidget(this);
    m_preview->setAccessibleName(tr("Interrupts to change"));
    previewTitle->setBuddy(m_preview);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview);

    // Read-only rows as wrapped text, not a disabled list: a reason must be readable in full.
    m_readOnly = new QLabel(this);
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setAccessibleName(tr("Interrupts that cannot be changed"));
    layout->addWidget(m_readOnly);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_applyButton = m_buttons->button(QDialogButtonBox::Apply);
    m_applyButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_applyButton, &QPushButton::clicked, this, &AffinityDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    std::optional<CpuSet> initial;
    for (const QString &id : ids) {
        const InterruptRow *row = findRow(*m_state, id);
        const QString name = row ? (row->kind == InterruptRow::Kind::Irq ? row->name() : row->description) : QString();
        if (!row || row->kind != InterruptRow::Kind::Irq) {
            m_readOnlyTexts.append(
                tr("%1 %2: raised by the CPUs themselves; it has no affinity to set.").arg(id, name));
            continue;
        }
        const uint irq = row->irq;
        m_names.insert(irq, name);
        const IrqInfo *info = m_state->irq(irq);
        if (refusedManaged.contains(irq)) {
            m_readOnlyTexts.append(
                tr("%1: the kernel refused to move it earlier in this session (a managed IRQ).").arg(label(irq)));
        } else if (isReadOnlyByMode(root, irq)) {
            m_readOnlyTexts.append(
                tr("%1: its smp_affinity is read-only (the kernel manages this IRQ).").arg(label(irq)));
        } else if (!info || !info->hasProcEntry) {
            m_readOnlyTexts.append(tr("%1: there is no /proc/irq/%2 for it.").arg(label(irq)).arg(irq));
        } else {
            m_irqs.append(irq);
            if (!initial && info->affinity) {
                initial = info->affinity;
                if (info->effective)
                    m_editor->setEffective(*info->effective);
                m_editor->setDeviceNode(info->node.value_or(-1));
                const auto queue = m_state->queueOfIrq.constFind(irq);
                m_editor->setQueueIndex(queue != m_state->queueOfIrq.cend() ? queue->queue.value_or(-1) : -1);
            }
        }
    }
    if (!m_readOnlyTexts.isEmpty())
        m_readOnly->setText(tr("Cannot be changed:") + u'\n' + m_readOnlyTexts.join(u'\n'));
    m_readOnly->setVisible(!m_readOnlyTexts.isEmpty());
    // As tall as its lines, up to eight: the mask editor above gets the room.
    const int rows = std::clamp(int(m_irqs.size()), 1, 8);
    m_preview->setMaximumHeight(rows * (m_preview->fontMetrics().height() + 4) + 2 * m_preview->frameWidth() + 4);
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(64, u'x')));
    if (initial)
        m_editor->setMask(*initial);
    else if (!m_state->topology.online.isEmpty())
        m_editor->setMask(m_state->topology.online);

    QStringList warnings;
    if (!root.isLive() && !root.isInMemory())
        warnings.append(tr("This window shows %1, but the helper changes the interrupts of the machine it runs on.")
                            .arg(root.description()));
    if (IrqBalanceDetector::find(root))
        warnings.append(tr("irqbalance is running and may move these interrupts back within seconds."));
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    connect(m_editor, &MaskEditor::maskChanged, this, &AffinityDialog::updatePreview);
    connect(m_client, &HelperClient::applied, this, [this] {
        setBusy(false);
        m_done = true;
        m_result->setText(tr("Applied."));
        Q_EMIT applied(m_sent, m_previous);
        updatePreview();
    });
    connect(m_client, &HelperClient::applyFailed, this, [this](const QString &errorName, const QString &sentence) {
        setBusy(false);
        QString text = sentence;
        if (m_sent.size() > 1)
            text += u' ' + tr("Nothing was changed: the interrupts are changed all together or not at all.");
        m_result->setText(text);
        if (errorName == QString::fromUtf16(HelperErrors::ManagedIrq)) {
            uint irq = m_sent.size() == 1 ? m_sent.constFirst().irq : 0;
            if (m_sent.size() > 1) {
                // The helper's detail names the file's IRQ ("IRQ 36: cannot write …").
                static const QRegularExpression irqPattern(u"IRQ (\\d+)"_s);
                const auto match = irqPattern.match(sentence);
                irq = match.hasMatch() ? match.captured(1).toUInt() : 0;
            }
            if (irq)
                Q_EMIT managedIrqRefused(irq);
        }
        updatePreview();
    });
    updatePreview();
}

AffinityDialog::~AffinityDialog()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

QString AffinityDialog::label(uint irq) const
{
    const QString name = m_names.value(irq);
    return name.isEmpty() ? tr("IRQ %1").arg(irq) : tr("IRQ %1 %2").arg(irq).arg(name);
}

QList<HelperClient::Change> AffinityDialog::changes() const
{
    QList<HelperClient::Change> list;
    const std::optional<CpuSet> mask = m_editor->mask();
    if (!mask)
        return list;
    for (const uint irq : m_irqs) {
        const IrqInfo *info = m_state->irq(irq);
        if (!info || info->affinity != mask)
            list.append({irq, *mask});
    }
    return list;
}

void AffinityDialog::updatePreview()
{
    const std::optional<CpuSet> mask = m_editor->mask();
    m_preview->clear();
    for (const uint irq : std::as_const(m_irqs)) {
        const IrqInfo *info = m_state->irq(irq);
        const std::optional<CpuSet> current = info ? info->affinity : std::nullopt;
        QString text;
        if (!mask)
            text = tr("%1: %2 → (invalid mask)").arg(label(irq), cpuText(current));
        else if (current == mask)
            text = tr("%1: %2 (unchanged)").arg(label(irq), cpuText(current));
        else
            text = tr("%1: %2 → %3").arg(label(irq), cpuText(current), mask->toCpuList());
        m_preview->addItem(text);
    }
    const bool canApply = !m_busy && !m_done && !changes().isEmpty();
    m_applyButton->setEnabled(canApply);
    if (!mask)
        m_applyButton->setToolTip(tr("The mask is not valid."));
    else if (changes().isEmpty())
        m_applyButton->setToolTip(tr("Nothing would change."));
    else
        m_applyButton->setToolTip(tr("Send the new mask to the IRQ Scope helper (you may be asked to authenticate)."));
}

void AffinityDialog::apply()
{
    m_sent = changes();
    if (m_sent.isEmpty())
        return;
    m_previous.clear();
    for (const HelperClient::Change &change : std::as_const(m_sent)) {
        const IrqInfo *info = m_state->irq(change.irq);
        if (info && info->affinity)
            m_previous.append({change.irq, *info->affinity});
    }
    m_result->setText(tr("Applying…"));
    setBusy(true);
    m_client->applyAffinities(m_sent);
}

void AffinityDialog::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    m_editor->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updatePreview();
}

void AffinityDialog::showResults(const SystemState &state)
{
    QStringList lines;
    for (const HelperClient::Change &change : std::as_const(m_sent)) {
        const IrqInfo *info = state.irq(change.irq);
        const std::optional<CpuSet> effective = info ? info->effective : std::nullopt;
        const bool pending = effective && !effective->isSubsetOf(change.cpus);
        lines.append(pending ? tr("%1: requested %2, effective %3 (pending)")
                                   .arg(label(change.irq), change.cpus.toCpuList(), effective->toCpuList())
                             : tr("%1: requested %2, effective %3")
                                   .arg(label(change.irq), change.cpus.toCpuList(), cpuText(effective)));
    }
    m_result->setText(tr("Applied.") + u'\n' + lines.join(u'\n'));
}

QStringList AffinityDialog::previewTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_preview->count(); ++i)
        texts.append(m_preview->item(i)->text());
    return texts;
}

QStringList AffinityDialog::readOnlyTexts() const
{
    return m_readOnlyTexts;
}

QString AffinityDialog::warningText() const
{
    return m_warning->text();
}

QString AffinityDialog::resultText() const
{
    return m_result->text();
}
