// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "cputopology.h"

#include <QWidget>

#include <optional>

class CpuGridWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

/**
 * Edits one CPU affinity mask three ways at once: the CpuGridWidget, the hex mask exactly as
 * the kernel prints it in `smp_affinity` (as wide as the machine's nr_cpu_ids), and the CPU
 * list of `smp_affinity_list`. The three stay in sync; text is validated as it is typed and a
 * field that does not hold a valid mask of online CPUs says why underneath and is never applied
 * to the grid. A sentence under the fields explains the current mask in words, and quick
 * actions pick all online CPUs, the device's NUMA node, one CPU for a queue, or invert.
 *
 * The editor owns no policy beyond "a mask the helper would accept" (non-empty, CPUs that exist,
 * are online and neither isolated nor nohz_full); it does not apply anything.
 */
class MaskEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MaskEditor(QWidget *parent = nullptr);
    ~MaskEditor() override;

    void setTopology(const CpuTopology &topology);
    const CpuTopology &topology() const;

    /// The mask being edited; nullopt while a field holds invalid text or the mask is empty.
    std::optional<CpuSet> mask() const { return m_mask; }
    bool isValid() const { return m_mask.has_value(); }
    /// Shows @p mask. CPUs that cannot take interrupts are left out, and a note says which.
    void setMask(const CpuSet &mask);
    /// The CPUs the kernel actually delivers to, marked in the grid.
    void setEffective(const CpuSet &cpus);
    /// The current interrupt rate per CPU, shaded in the grid.
    void setRates(const QList<int> &cpus, const QList<double> &rates);
    /// The NUMA node of the device (for "device's node" and "one CPU per queue"); -1 = unknown.
    void setDeviceNode(int node);
    /// The queue this interrupt serves (for "one CPU per queue"); -1 = not a queue.
    void setQueueIndex(int queue);

    /// Shows or hides the quick actions that need a device ("device's node", "one CPU per
    /// queue"): a mask that belongs to no device, such as the default for new IRQs, hides them.
    void setDeviceActionsShown(bool shown);

    /// The sentence that explains the mask: "0x20 = CPU 5 only"; empty while invalid.
    QString explanation() const;
    /// Explains @p mask on @p topology in one sentence (as explanation() does).
    static QString explain(const CpuSet &mask, const CpuTopology &topology);
    /// The error @p mask would get on @p topology (nonexistent, offline, isolated, nohz_full
    /// CPUs, empty mask); empty when the helper would accept it.
    static QString maskError(const CpuSet &mask, const CpuTopology &topology);
    /// Every problem of @p mask (as maskError() gives the first), one per kind.
    static QStringList maskProblems(const CpuSet &mask, const CpuTopology &topology);

    CpuGridWidget *grid() const { return m_grid; }

Q_SIGNALS:
    /// mask() changed (by the user or by setMask()); nullopt when it became invalid.
    void maskChanged(const std::optional<CpuSet> &mask);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Source { Grid, Hex, List, Program };

    void hexEdited(const QString &text);
    void listEdited(const QString &text);
    void gridChanged(const CpuSet &selection);
    // Takes a valid set from @p source: updates the other views and the explanation.
    void apply(const CpuSet &set, Source source);
    void showErrors();
    void normalizeText();
    void updateMask();
    void updateActions();
    CpuSet deviceNodeCpus() const;
    void selectAllOnline();
    void selectDeviceNode();
    void selectQueueCpu();
    void invert();

    CpuGridWidget *m_grid = nullptr;
    QScrollArea *m_gridArea = nullptr;
    QLineEdit *m_hexEdit = nullptr;
    QLineEdit *m_listEdit = nullptr;
    QLabel *m_hexError = nullptr;
    QLabel *m_listError = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_allButton = nullptr;
    QPushButton *m_nodeButton = nullptr;
    QPushButton *m_queueButton = nullptr;
    QPushButton *m_invertButton = nullptr;

    QString m_hexProblem; // the hex field's error, or empty
    QString m_listProblem;
    std::optional<CpuSet> m_mask;
    int m_deviceNode = -1;
    int m_queueIndex = -1;
    bool m_syncing = false;
};
