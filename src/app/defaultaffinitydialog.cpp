// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "defaultaffinitydialog.h"

#include "irqbalancedetector.h"
#include "maskeditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString cpuText(const std::optional<CpuSet> &cpus)
{
    return cpus ? cpus->toCpuList() : u"?"_s;
}
} // namespace

DefaultAffinityDialog::DefaultAffinityDialog(
    std::shared_ptr<const SystemState> state, const SystemRoot &root, HelperClient *client, QWidget *parent)
    : QDialog(parent)
    , m_state(std::move(state))
    , m_client(client ? client : new HelperClient(this))
{
    setWindowTitle(tr("Set Default Affinity"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The kernel gives this mask to every interrupt a driver requests from now on. "
                                "Interrupts that exist now keep their masks; managed interrupts (NVMe, virtio "
                                "queues) are spread by the kernel and ignore it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_editor = new MaskEditor(this);
    m_editor->setTopology(m_state->topology);
    m_editor->setDeviceActionsShown(false); // the default belongs to no device
    layout->addWidget(m_editor);

    m_preview = new QLabel(this);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Change"));
    layout->addWidget(m_preview);

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
    connect(m_applyButton, &QPushButton::clicked, this, &DefaultAffinityDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(fontMetrics().horizontalAdvance(QString(64, u'x')));
    if (m_state->defaultAffinity)
        m_editor->setMask(*m_state->defaultAffinity);
    else if (!m_state->topology.online.isEmpty())
        m_editor->setMask(m_state->topology.online);

    QStringList warnings;
    if (!root.isLive() && !root.isInMemory())
        warnings.append(tr("This window shows %1, but the helper changes the default of the machine it runs on.")
                            .arg(root.description()));
    if (IrqBalanceDetector::find(root))
        warnings.append(tr("irqbalance is running: it may move new interrupts elsewhere once they fire."));
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    connect(m_editor, &MaskEditor::maskChanged, this, &DefaultAffinityDialog::updatePreview);
    connect(m_client, &HelperClient::applied, this, [this] {
        setBusy(false);
        m_done = true;
        m_result->setText(tr("Applied."));
        if (m_sent)
            Q_EMIT applied(*m_sent, m_state->defaultAffinity);
        updatePreview();
    });
    connect(m_client, &HelperClient::applyFailed, this, [this](const QString &, const QString &sentence) {
        setBusy(false);
        m_result->setText(sentence);
        updatePreview();
    });
    updatePreview();
}

DefaultAffinityDialog::~DefaultAffinityDialog()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

std::optional<CpuSet> DefaultAffinityDialog::change() const
{
    const std::optional<CpuSet> mask = m_editor->mask();
    if (!mask || mask == m_state->defaultAffinity)
        return std::nullopt;
    return mask;
}

void DefaultAffinityDialog::updatePreview()
{
    const std::optional<CpuSet> mask = m_editor->mask();
    const std::optional<CpuSet> &current = m_state->defaultAffinity;
    if (!mask)
        m_preview->setText(tr("Default for new IRQs: %1 → (invalid mask)").arg(cpuText(current)));
    else if (mask == current)
        m_preview->setText(tr("Default for new IRQs: %1 (unchanged)").arg(cpuText(current)));
    else
        m_preview->setText(tr("Default for new IRQs: %1 → %2").arg(cpuText(current), mask->toCpuList()));

    m_applyButton->setEnabled(!m_busy && !m_done && change());
    if (!mask)
        m_applyButton->setToolTip(tr("The mask is not valid."));
    else if (!change())
        m_applyButton->setToolTip(tr("Nothing would change."));
    else
        m_applyButton->setToolTip(
            tr("Send the new default to the IRQ Scope helper (you may be asked to authenticate)."));
}

void DefaultAffinityDialog::apply()
{
    m_sent = change();
    if (!m_sent)
        return;
    m_result->setText(tr("Applying…"));
    setBusy(true);
    m_client->applyDefaultAffinity(*m_sent);
}

void DefaultAffinityDialog::setBusy(bool busy)
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

void DefaultAffinityDialog::showResult(const SystemState &state)
{
    if (!m_sent)
        return;
    const std::optional<CpuSet> &now = state.defaultAffinity;
    // The kernel stores the mask as written; a difference means someone else wrote it meanwhile.
    const QString line = now == m_sent
        ? tr("New IRQs now get %1.").arg(m_sent->toCpuList())
        : tr("Requested %1, but the default reads %2 now.").arg(m_sent->toCpuList(), cpuText(now));
    m_result->setText(tr("Applied.") + u'\n' + line);
}

QString DefaultAffinityDialog::previewText() const
{
    return m_preview->text();
}

QString DefaultAffinityDialog::warningText() const
{
    return m_warning->text();
}

QString DefaultAffinityDialog::resultText() const
{
    return m_result->text();
}
