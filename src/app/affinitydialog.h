// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "helperclient.h"
#include "systemreader.h"
#include "systemroot.h"

#include <QDialog>
#include <QSet>

#include <memory>

class MaskEditor;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * Sets one CPU mask on the interrupts selected in the main window. It shows a MaskEditor
 * (started from the first IRQ's mask), a preview line per IRQ ("IRQ 36 virtio0-input.0:
 * 0-3 → 2"), the rows that cannot be changed with the reason (architecture rows, managed IRQs),
 * and a warning when irqbalance runs. Apply sends every real change as one all-or-nothing
 * request through HelperClient and then shows the outcome.
 *
 * It reads nothing but mode bits of `smp_affinity`; the main window re-reads the state after
 * applied() and passes it back to showResults(). It keeps no undo history.
 */
class AffinityDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p ids are interrupt ids as in the table (`36`, `NMI`); @p refusedManaged are IRQs the
    /// helper refused with ManagedIrq earlier. @p client = nullptr: a HelperClient on the system bus.
    AffinityDialog(std::shared_ptr<const SystemState> state, const SystemRoot &root, const QStringList &ids,
        const QSet<uint> &refusedManaged, HelperClient *client = nullptr, QWidget *parent = nullptr);
    ~AffinityDialog() override;

    MaskEditor *maskEditor() const { return m_editor; }
    QPushButton *applyButton() const { return m_applyButton; }
    /// One line per IRQ that can be changed, as shown.
    QStringList previewTexts() const;
    /// One line per row that cannot be changed, with the reason.
    QStringList readOnlyTexts() const;
    /// The irqbalance warning, or empty.
    QString warningText() const;
    /// The outcome shown after Apply, or empty.
    QString resultText() const;
    /// The IRQs that can be changed.
    QList<uint> irqs() const { return m_irqs; }
    /// The changes Apply would send: IRQs whose mask differs from the edited one.
    QList<HelperClient::Change> changes() const;

    /// After applied(): shows requested vs effective per IRQ from the re-read @p state.
    void showResults(const SystemState &state);

Q_SIGNALS:
    /// The helper applied @p changes; @p previous holds the masks they replaced.
    void applied(const QList<HelperClient::Change> &changes, const QList<HelperClient::Change> &previous);
    /// The helper refused IRQ @p irq as managed by the kernel.
    void managedIrqRefused(uint irq);

private:
    void updatePreview();
    void apply();
    void setBusy(bool busy);
    QString label(uint irq) const;

    std::shared_ptr<const SystemState> m_state;
    HelperClient *m_client = nullptr;
    MaskEditor *m_editor = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_readOnly = nullptr;
    QStringList m_readOnlyTexts;
    QLabel *m_warning = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    QList<uint> m_irqs;
    QHash<uint, QString> m_names;
    QList<HelperClient::Change> m_sent;
    QList<HelperClient::Change> m_previous;
    bool m_busy = false;
    bool m_done = false;
};
