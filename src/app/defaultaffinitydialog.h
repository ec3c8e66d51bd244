// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "helperclient.h"
#include "systemreader.h"
#include "systemroot.h"

#include <QDialog>

#include <memory>
#include <optional>

class MaskEditor;
class QDialogButtonBox;
class QLabel;
class QPushButton;

/**
 * Sets the default affinity, `/proc/irq/default_smp_affinity`: the mask the kernel gives an
 * interrupt when a driver requests it. Interrupts that exist keep their masks. It shows a
 * MaskEditor started from the current default, one preview line ("Default for new IRQs:
 * 0-3 → 2"), a warning for another root or a running irqbalance, and sends the mask through
 * HelperClient (SetDefaultAffinity) on Apply, then shows the outcome.
 *
 * It is AffinityDialog's sibling rather than a mode of it: no IRQ list, no read-only rows, no
 * effective masks. It reads nothing itself; the main window re-reads the state after
 * applied() and passes it to showResult(). It keeps no undo history.
 */
class DefaultAffinityDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p state holds the current default (SystemState::defaultAffinity) and the topology.
    /// @p client = nullptr: a HelperClient on the system bus.
    DefaultAffinityDialog(std::shared_ptr<const SystemState> state, const SystemRoot &root,
        HelperClient *client = nullptr, QWidget *parent = nullptr);
    ~DefaultAffinityDialog() override;

    MaskEditor *maskEditor() const { return m_editor; }
    QPushButton *applyButton() const { return m_applyButton; }
    /// The preview line, as shown.
    QString previewText() const;
    /// The warnings (another root, irqbalance), or empty.
    QString warningText() const;
    /// The outcome shown after Apply, or empty.
    QString resultText() const;
    /// The mask Apply would send: the edited mask when it is valid and differs from the default.
    std::optional<CpuSet> change() const;

    /// After applied(): shows the default read back from the re-read @p state.
    void showResult(const SystemState &state);

Q_SIGNALS:
    /// The helper set the default to @p cpus; @p previous is the default it replaced, if known.
    void applied(const CpuSet &cpus, const std::optional<CpuSet> &previous);

private:
    void updatePreview();
    void apply();
    void setBusy(bool busy);

    std::shared_ptr<const SystemState> m_state;
    HelperClient *m_client = nullptr;
    MaskEditor *m_editor = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    std::optional<CpuSet> m_sent;
    bool m_busy = false;
    bool m_done = false;
};
