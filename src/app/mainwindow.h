// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "helperclient.h"
#include "snapshot.h"
#include "systemreader.h"
#include "systemsampler.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class AffinityDialog;
class DefaultAffinityDialog;
class ChartsPage;
class CpuLoadModel;
class HeatmapWidget;
class IrqDetailPanel;
class InterruptModel;
class SoftirqModel;
class InterruptFilterProxyModel;
class QComboBox;
class QLabel;
namespace Ui {
class MainWindow;
}

/**
 * The main window: the live interrupt table with its detail panel, the heatmap, charts,
 * softirq and CPU pages, a toolbar to pause and choose the interval, and a status bar with
 * the facts an admin checks first. It owns the sampling timer and the models, reads the
 * system only through SystemSampler and SystemReader, and writes nothing itself: affinity
 * changes (per IRQ, and the default for new IRQs) go through AffinityDialog,
 * DefaultAffinityDialog and HelperClient to irqscope-helper, and the window keeps the masks the
 * last change replaced (Undo), the IRQs still pending and those refused as managed.
 *
 * It shows one of three sources: the live machine, another root directory (a fixture or a
 * lab machine), or a snapshot, which is read once and clearly marked read-only.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Source {
        Live, ///< `/`: sampled every interval
        Directory, ///< another root: sampled like the live machine, marked as such
        Snapshot, ///< a saved snapshot: read once, read-only
    };
    Q_ENUM(Source)

    /// @p snapshotMeta describes the snapshot when @p source is Snapshot.
    MainWindow(SystemRoot root, Source source, const Snapshot::Meta *snapshotMeta = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Samples now and merges the sample into every view.
    void sampleNow();
    int sampleCount() const { return m_sampleCount; }
    Source source() const { return m_source; }
    /// Interval between samples in milliseconds (500, 1000, 2000 or 5000).
    int interval() const;
    void setInterval(int milliseconds);
    bool isPaused() const;

    InterruptModel *interruptModel() const { return m_interruptModel; }
    IrqDetailPanel *detailPanel() const { return m_detailPanel; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    ChartsPage *charts() const { return m_charts; }
    SoftirqModel *softirqModel() const { return m_softirqModel; }
    CpuLoadModel *cpuLoadModel() const { return m_cpuLoadModel; }
    /// Selects the row of interrupt @p id (`42`, `NMI`) in the table; false if it is not shown.
    bool selectInterrupt(const QString &id);
    /// The system helper writes the live machine, so a window on another root (Source::Directory)
    /// cannot edit: a change would land on the live system, not on what is shown. Tests that
    /// start a helper on the same root (`irqscope-helper --root`) declare it here.
    void setHelperWritesThisRoot(bool writes);
    /// Shows page @p name (`interrupts`, `heatmap`, `charts`, `softirqs`, `cpus`); false if unknown.
    bool showPage(const QString &name);
    /// The status bar's texts, for tests.
    QStringList statusTexts() const;

    /// Opens the affinity dialog for the selected rows (non-modal); nullptr when the action is disabled.
    AffinityDialog *openAffinityDialog();
    /// Opens the dialog for the default affinity of new IRQs (non-modal); nullptr when the
    /// action is disabled.
    DefaultAffinityDialog *openDefaultAffinityDialog();
    /// Re-applies the masks (or the default) the last successful change replaced.
    void undoLastAffinityChange();
    QAction *setAffinityAction() const;
    QAction *setDefaultAffinityAction() const;
    QAction *undoAffinityAction() const;
    /// The banner saying that the helper is missing, or empty when the helper is available.
    QString helperBannerText() const;
    /// IRQs whose effective affinity is not yet within the mask last requested for them.
    QSet<uint> pendingIrqs() const;

Q_SIGNALS:
    /// A sample was taken and merged into the views.
    void sampled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpInterruptPage();
    void setUpOtherPages();
    /// The id of the interrupt selected in the table, or empty.
    QString selectedInterrupt() const;
    void setUpBanner(const Snapshot::Meta *snapshotMeta);
    /// Re-reads affinities, topology and queues now, on this thread (at start, after a change).
    void refreshSystemState();
    /// The periodic refresh: reads on a worker thread and applies the result when it is back,
    /// unless a refreshSystemState() came in between (its state is newer).
    void refreshSystemStateInBackground();
    struct StateRead
    {
        std::shared_ptr<const SystemState> state;
        std::optional<qint64> irqbalancePid;
    };
    static StateRead readSystemState(const SystemRoot &root);
    void applySystemState(StateRead read);
    void updateAffinityActions();
    void recordApplied(const QList<HelperClient::Change> &changes, const QList<HelperClient::Change> &previous);
    void recordDefaultApplied(const CpuSet &cpus, const std::optional<CpuSet> &previous);
    void updatePending();
    QStringList selectedInterrupts() const;
    void updateDetailPanel();
    void updateStatusBar(const SystemSample &sample);
    void updateInterfaceFilter();
    void saveSnapshot();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    SystemRoot m_root;
    Source m_source;
    SystemSampler m_sampler;
    QTimer m_timer;
    std::shared_ptr<const SystemState> m_state;
    QFutureWatcher<StateRead> *m_refreshWatcher = nullptr;
    int m_stateGeneration = 0; // counts synchronous refreshes; a background read older than one is dropped
    SystemSample m_lastSample;
    int m_sampleCount = 0;
    bool m_columnsRestored = false;
    bool m_helperWritesThisRoot = false;

    InterruptModel *m_interruptModel = nullptr;
    InterruptFilterProxyModel *m_proxy = nullptr;
    IrqDetailPanel *m_detailPanel = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    ChartsPage *m_charts = nullptr;
    SoftirqModel *m_softirqModel = nullptr;
    CpuLoadModel *m_cpuLoadModel = nullptr;
    QComboBox *m_intervalCombo = nullptr;
    QLabel *m_kernelLabel = nullptr;
    QLabel *m_cpusLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_irqbalanceLabel = nullptr;

    HelperClient *m_helper = nullptr;
    bool m_helperAvailable = false;
    QLabel *m_helperBanner = nullptr;
    // The last successful change replaced either IRQ masks or the default: at most one is set.
    QList<HelperClient::Change> m_undo;
    std::optional<CpuSet> m_undoDefault;
    QHash<uint, CpuSet> m_requested; // IRQs whose effective affinity is not yet in the requested mask
    QSet<uint> m_refusedManaged; // refused with ManagedIrq in this session
};
