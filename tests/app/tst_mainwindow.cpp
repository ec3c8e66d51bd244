// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "chartspage.h"
#include "cpuloadmodel.h"
#include "fakeroot.h"
#include "heatmapwidget.h"
#include "interruptmodel.h"
#include "irqdetailpanel.h"
#include "mainwindow.h"
#include "ratehistorymodel.h"
#include "snapshot.h"
#include "softirqmodel.h"

#include <QAction>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fixtureRoot()
{
    return FakeRoot::dataPath(u"roots/kvm-guest-4cpu"_s);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFixtureRoot();
    void detailPanelExplainsTheSelection();
    void otherPagesAreFed();
    void liveDataAndMerging();
    void snapshotIsReadOnly();
    void unreadableRootSaysWhy();
    void affinityNeedsTheHelper();
    void screenshotWritesAPng();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a throw-away place
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // No system bus, whatever the machine has: the helper is "not installed".
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/irqscope-test-system-bus");
}

void TestMainWindow::showsTheFixtureRoot()
{
    MainWindow window(SystemRoot(fixtureRoot()), MainWindow::Source::Directory);
    QCOMPARE(window.sampleCount(), 1);
    InterruptModel *model = window.interruptModel();
    QCOMPARE(model->cpus(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(model->rowCount(), 47); // every row of capture #01
    const int row = model->rowOfId(u"36"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, InterruptModel::NameColumn).data().toString(), u"virtio0-input.0"_s);
    QCOMPARE(model->index(row, InterruptModel::AffinityColumn).data().toString(), u"0-3"_s);
    QCOMPARE(model->index(row, InterruptModel::EffectiveColumn).data().toString(), u"2"_s);
    QCOMPARE(model->index(row, InterruptModel::TotalColumn).data().toString(), u"372"_s);
    const QStringList status = window.statusTexts();
    QVERIFY2(status.contains(u"Linux 5.10.0-28-amd64"_s), qPrintable(status.join(u" | ")));
    QVERIFY2(status.contains(u"CPUs online: 4"_s), qPrintable(status.join(u" | ")));
    QVERIFY2(status.contains(u"irqbalance is not running"_s), qPrintable(status.join(u" | ")));
}

void TestMainWindow::detailPanelExplainsTheSelection()
{
    MainWindow window(SystemRoot(fixtureRoot()), MainWindow::Source::Directory);
    IrqDetailPanel *panel = window.detailPanel();
    QCOMPARE(panel->fieldText(u"affinity"_s), QString()); // nothing selected yet
    QVERIFY(window.selectInterrupt(u"36"_s));
    QCOMPARE(panel->fieldText(u"affinity"_s), u"0-3  (mask f)"_s);
    QCOMPARE(panel->fieldText(u"effective"_s), u"2  (mask 4)"_s);
    QCOMPARE(panel->fieldText(u"queue"_s), u"eth0, receive queue 0"_s);
    QCOMPARE(panel->fieldText(u"chip"_s), u"PCI-MSI"_s);
    QCOMPARE(panel->fieldText(u"hwirq"_s), u"16385"_s);
    QCOMPARE(panel->fieldText(u"node"_s), u"0 (CPUs 0-3)"_s);
    QCOMPARE(panel->fieldText(u"total"_s), u"372"_s);
    // An architecture row has no affinity to show.
    QVERIFY(window.selectInterrupt(u"LOC"_s));
    QCOMPARE(panel->fieldText(u"affinity"_s), QString());
    QCOMPARE(panel->fieldText(u"total"_s), u"34,396"_s);
    QVERIFY(!window.selectInterrupt(u"9999"_s));
}

void TestMainWindow::otherPagesAreFed()
{
    MainWindow window(SystemRoot(fixtureRoot()), MainWindow::Source::Directory);
    window.sampleNow();
    QCOMPARE(window.softirqModel()->rowCount(), 10);
    QCOMPARE(window.cpuLoadModel()->rowCount(), 4);
    QCOMPARE(window.charts()->cpuHistory()->series(), (QStringList{u"CPU 0"_s, u"CPU 1"_s, u"CPU 2"_s, u"CPU 3"_s}));
    QCOMPARE(window.charts()->cpuHistory()->rowCount(), 1); // the second sample brought rates
    QVERIFY(window.showPage(u"heatmap"_s));
    QVERIFY(!window.showPage(u"nowhere"_s));
}

void TestMainWindow::liveDataAndMerging()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "  CPU0 CPU1\n 24: 0 10  PCI-MSI 1-edge  eth0\n"));
    MainWindow window(fake.root(), MainWindow::Source::Directory);
    QCOMPARE(window.interruptModel()->rowCount(), 1);
    QVERIFY(window.selectInterrupt(u"24"_s));
    // A new IRQ appears and IRQ 24 counts on: rows merge, the selection stays on IRQ 24.
    QVERIFY(fake.write(u"proc/interrupts"_s,
                       "  CPU0 CPU1\n 24: 0 30  PCI-MSI 1-edge  eth0\n 25: 5 0  PCI-MSI 2-edge  nvme0q0\n"));
    QSignalSpy sampled(&window, &MainWindow::sampled);
    window.sampleNow();
    QCOMPARE(sampled.size(), 1);
    QCOMPARE(window.interruptModel()->rowCount(), 2);
    QCOMPARE(window.detailPanel()->fieldText(u"total"_s), u"30"_s);
    const QStringList status = window.statusTexts();
    QVERIFY2(std::any_of(status.cbegin(), status.cend(), [](const QString &s) { return s.startsWith(u"Device IRQs: "); }),
             qPrintable(status.join(u" | ")));
}

void TestMainWindow::snapshotIsReadOnly()
{
    const Snapshot snapshot = Snapshot::capture(SystemRoot(fixtureRoot()));
    MainWindow window(snapshot.root(u"before.json"_s), MainWindow::Source::Snapshot, &snapshot.meta());
    QCOMPARE(window.sampleCount(), 1);
    QCOMPARE(window.interruptModel()->rowCount(), 47);
    QVERIFY(window.windowTitle().contains(u"snapshot"_s));
    QVERIFY(window.statusTexts().contains(u"No rates in a snapshot"_s));
    // No timer: time passing changes nothing.
    QTest::qWait(window.interval() + 200);
    QCOMPARE(window.sampleCount(), 1);
    // Nothing to change in a snapshot, and no helper banner to distract from it.
    QVERIFY(window.selectInterrupt(u"36"_s));
    QVERIFY(!window.setAffinityAction()->isEnabled());
    QVERIFY(window.setAffinityAction()->toolTip().contains(u"snapshot is read-only"_s));
    QVERIFY(window.helperBannerText().isEmpty());
    QVERIFY(!window.openAffinityDialog());
    // Nor the default for new IRQs; the tooltip still says what it is, and what it was then.
    QAction *setDefault = window.setDefaultAffinityAction();
    QVERIFY(!setDefault->isEnabled());
    QVERIFY2(setDefault->toolTip().startsWith(u"A snapshot is read-only"_s), qPrintable(setDefault->toolTip()));
    QVERIFY2(setDefault->toolTip().contains(u"the mask an interrupt gets when a driver requests it (now 0-3)"_s),
        qPrintable(setDefault->toolTip()));
    QVERIFY(!window.openDefaultAffinityDialog());
}

void TestMainWindow::unreadableRootSaysWhy()
{
    FakeRoot empty;
    MainWindow window(empty.root(), MainWindow::Source::Directory);
    QCOMPARE(window.sampleCount(), 0);
    QCOMPARE(window.interruptModel()->rowCount(), 0);
}

void TestMainWindow::affinityNeedsTheHelper()
{
    MainWindow window(SystemRoot(fixtureRoot()), MainWindow::Source::Directory);
    QVERIFY(window.helperBannerText().startsWith(u"Changing affinities needs the IRQ Scope helper"_s));
    QVERIFY(window.selectInterrupt(u"36"_s));
    QAction *set = window.setAffinityAction();
    QVERIFY(!set->isEnabled());
    // Another root first says why it can never edit there...
    QVERIFY2(set->toolTip().contains(u"not this machine"_s), qPrintable(set->toolTip()));
    // ...and once declared editable, that the helper is missing.
    window.setHelperWritesThisRoot(true);
    QVERIFY(!set->isEnabled());
    QVERIFY2(set->toolTip().contains(u"helper is not installed"_s), qPrintable(set->toolTip()));
    QCOMPARE(set->shortcut(), QKeySequence(u"Ctrl+E"_s));
    QVERIFY(!window.openAffinityDialog());
    QAction *setDefault = window.setDefaultAffinityAction();
    QVERIFY(!setDefault->isEnabled());
    QVERIFY2(setDefault->toolTip().contains(u"helper is not installed"_s), qPrintable(setDefault->toolTip()));
    QVERIFY2(setDefault->statusTip().contains(u"helper is not installed"_s), qPrintable(setDefault->statusTip()));
    QVERIFY(!window.openDefaultAffinityDialog());
    QVERIFY(!window.undoAffinityAction()->isEnabled());
    QCOMPARE(window.undoAffinityAction()->shortcut(), QKeySequence(u"Ctrl+Z"_s));
}

void TestMainWindow::screenshotWritesAPng()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"window.png"_s);
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(IRQSCOPE_APP), {u"--root"_s, fixtureRoot(), u"--select"_s, u"36"_s, u"--screenshot"_s, png});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000 && image.height() >= 600);
    // Not a blank picture: many colours (table, heat cells, text).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // A root with nothing to read: exit 3, no picture.
    FakeRoot empty;
    app.start(QStringLiteral(IRQSCOPE_APP), {u"--root"_s, empty.path(), u"--screenshot"_s, png + u"2"_s});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 3);
    QVERIFY(!QFile::exists(png + u"2"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
