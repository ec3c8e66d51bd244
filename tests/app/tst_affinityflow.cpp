// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// The edit flow end to end: a private dbus-daemon stands in for the system bus
// (DBUS_SYSTEM_BUS_ADDRESS), the helper core with a FakeAuthorizer owns org.irqscope.Helper on
// it and writes into a copy of a fixture root, and the main window on that root sets, shows and
// undoes an affinity through AffinityDialog and HelperClient, and the default affinity for new
// IRQs through DefaultAffinityDialog.

#include "affinitydialog.h"
#include "affinityhelper.h"
#include "defaultaffinitydialog.h"
#include "fakeauthorizer.h"
#include "fakeroot.h"
#include "helperactions.h"
#include "helperclient.h"
#include "interruptmodel.h"
#include "irqaffinitychange.h"
#include "mainwindow.h"
#include "maskeditor.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

class TestAffinityFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void clientAppliesABatch();
    void setThenUndoFromTheWindow();
    void deniedChangesNothing();
    void clientSetsTheDefault_data();
    void clientSetsTheDefault();
    void setDefaultThenUndoFromTheWindow();
    void deniedDefaultIsExplained_data();
    void deniedDefaultIsExplained();
    void unreadableDefaultIsNotEditable();

private:
    QByteArray affinityList(uint irq) const;
    QByteArray defaultAffinity() const;

    std::unique_ptr<PrivateBus> m_bus;
    QDBusConnection m_server {QString()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAuthorizer> m_authorizer;
    std::unique_ptr<AffinityHelper> m_helper;
};

void TestAffinityFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    IrqScopeDBus::registerDBusTypes();
    m_bus = std::make_unique<PrivateBus>();
    QVERIFY2(m_bus->isValid(), qPrintable(m_bus->errorString()));
    // Before anything asks for QDBusConnection::systemBus(): it is connected once per process.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_bus->address().toUtf8());
    m_server = QDBusConnection::connectToBus(m_bus->address(), u"tst_affinityflow-helper"_s);
    QVERIFY(m_server.isConnected());
}

void TestAffinityFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(FakeRoot::copyTree(FakeRoot::dataPath(u"roots/kvm-guest-4cpu"_s), m_dir->path()));
    m_authorizer = std::make_unique<FakeAuthorizer>(FakeAuthorizer::Mode::Allow);
    m_helper = std::make_unique<AffinityHelper>(m_authorizer.get(), m_dir->path());
    QVERIFY(m_helper->registerOn(m_server));
    QVERIFY(m_server.registerService(HelperClient::serviceName()));
}

void TestAffinityFlow::cleanup()
{
    m_server.unregisterService(HelperClient::serviceName());
    m_server.unregisterObject(AffinityHelper::objectPath());
    m_helper.reset();
    m_authorizer.reset();
    m_dir.reset();
}

void TestAffinityFlow::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"tst_affinityflow-helper"_s);
    m_bus.reset();
}

QByteArray TestAffinityFlow::affinityList(uint irq) const
{
    QFile file(m_dir->filePath(u"proc/irq/%1/smp_affinity_list"_s.arg(irq)));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QByteArray TestAffinityFlow::defaultAffinity() const
{
    QFile file(m_dir->filePath(u"proc/irq/default_smp_affinity"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

void TestAffinityFlow::clientAppliesABatch()
{
    HelperClient client;
    QVERIFY(client.isAvailable());
    QSignalSpy applied(&client, &HelperClient::applied);
    QSignalSpy failed(&client, &HelperClient::applyFailed);
    client.applyAffinities({{36, CpuSet {2}}, {37, CpuSet {1, 3}}});
    QVERIFY(client.isBusy());
    QTRY_COMPARE(applied.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][1].toString()));
    QCOMPARE(affinityList(36), QByteArray("2"));
    QCOMPARE(affinityList(37), QByteArray("1,3"));
    QCOMPARE(m_authorizer->checks().size(), 1);
}

void TestAffinityFlow::setThenUndoFromTheWindow()
{
    MainWindow window(SystemRoot(m_dir->path()), MainWindow::Source::Directory);
    // Off by default for another root: the helper would write the live machine.
    QVERIFY(window.setAffinityAction()->toolTip().contains(u"not this machine"_s));
    window.setHelperWritesThisRoot(true); // this test's helper works on the same root
    QVERIFY(window.helperBannerText().isEmpty());
    QAction *set = window.setAffinityAction();
    QVERIFY(!set->isEnabled()); // nothing selected yet
    QVERIFY(!window.undoAffinityAction()->isEnabled());
    QVERIFY(window.selectInterrupt(u"36"_s));
    QVERIFY(set->isEnabled());

    AffinityDialog *dialog = window.openAffinityDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->irqs(), QList<uint> {36});
    dialog->maskEditor()->setMask(CpuSet {0, 1});
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->resultText().startsWith(u"Applied."_s), qPrintable(dialog->resultText()));
    QCOMPARE(affinityList(36), QByteArray("0-1"));
    QVERIFY(!dialog->applyButton()->isEnabled()); // done: Close is left
    // The fixture's effective_affinity_list still says 2, outside the new mask: pending.
    QVERIFY2(dialog->resultText().contains(u"IRQ 36 virtio0-input.0: requested 0-1, effective 2 (pending)"_s),
        qPrintable(dialog->resultText()));
    QCOMPARE(window.pendingIrqs(), QSet<uint> {36});
    InterruptModel *model = window.interruptModel();
    const int row = model->rowOfId(u"36"_s);
    QCOMPARE(model->index(row, InterruptModel::AffinityColumn).data().toString(), u"0-1"_s);
    QCOMPARE(model->index(row, InterruptModel::EffectiveColumn).data().toString(), u"2 (pending)"_s);

    QVERIFY(window.undoAffinityAction()->isEnabled());
    window.undoAffinityAction()->trigger();
    QTRY_COMPARE(affinityList(36), QByteArray("0-3"));
    // The file is written before the reply arrives: wait for the window to have re-read it.
    QTRY_COMPARE(model->index(row, InterruptModel::AffinityColumn).data().toString(), u"0-3"_s);
    QVERIFY(!window.undoAffinityAction()->isEnabled());
    QVERIFY(window.pendingIrqs().isEmpty());
    QCOMPARE(model->index(row, InterruptModel::EffectiveColumn).data().toString(), u"2"_s);
    dialog->close();
}

void TestAffinityFlow::deniedChangesNothing()
{
    m_authorizer->setMode(FakeAuthorizer::Mode::Deny);
    MainWindow window(SystemRoot(m_dir->path()), MainWindow::Source::Directory);
    window.setHelperWritesThisRoot(true); // this test's helper works on the same root
    // Two rows selected in the table: one batch, all or nothing.
    auto *view = window.findChild<QTableView *>(u"interruptView"_s);
    QVERIFY(view);
    QVERIFY(window.selectInterrupt(u"36"_s));
    const QPersistentModelIndex first = view->currentIndex();
    QVERIFY(window.selectInterrupt(u"37"_s)); // selects 37 alone
    view->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    AffinityDialog *dialog = window.openAffinityDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->irqs(), (QList<uint> {36, 37}));
    dialog->maskEditor()->setMask(CpuSet {3});
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->resultText().startsWith(u"You are not allowed"_s));
    QVERIFY2(dialog->resultText().contains(u"Nothing was changed"_s), qPrintable(dialog->resultText()));
    QCOMPARE(affinityList(36), QByteArray("0-3"));
    QCOMPARE(affinityList(37), QByteArray("0-3"));
    QVERIFY(dialog->applyButton()->isEnabled()); // may try again
    QVERIFY(!window.undoAffinityAction()->isEnabled());
    dialog->close();
}

void TestAffinityFlow::clientSetsTheDefault_data()
{
    QTest::addColumn<CpuSet>("cpus");
    QTest::addColumn<QByteArray>("mask"); // default_smp_affinity afterwards: hex, no list form
    QTest::newRow("one CPU") << CpuSet {2} << QByteArray("4");
    QTest::newRow("two CPUs") << CpuSet {0, 1} << QByteArray("3");
    QTest::newRow("odd CPUs") << CpuSet {1, 3} << QByteArray("a");
}

void TestAffinityFlow::clientSetsTheDefault()
{
    QFETCH(CpuSet, cpus);
    QFETCH(QByteArray, mask);
    QCOMPARE(defaultAffinity(), QByteArray("f"));
    HelperClient client;
    QSignalSpy applied(&client, &HelperClient::applied);
    QSignalSpy failed(&client, &HelperClient::applyFailed);
    client.applyDefaultAffinity(cpus);
    QVERIFY(client.isBusy());
    QTRY_COMPARE(applied.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][1].toString()));
    QCOMPARE(defaultAffinity(), mask);
    // SetDefaultAffinity, not an IRQ method: the helper asked polkit for its own action.
    QCOMPARE(m_authorizer->checks().size(), 1);
    QCOMPARE(m_authorizer->checks()[0].actionId, QString::fromUtf16(HelperActions::SetDefaultAffinity));
    QCOMPARE(affinityList(36), QByteArray("0-3"));
}

void TestAffinityFlow::setDefaultThenUndoFromTheWindow()
{
    MainWindow window(SystemRoot(m_dir->path()), MainWindow::Source::Directory);
    QAction *setDefault = window.setDefaultAffinityAction();
    // Off for another root, like Set Affinity, and the tooltip says why and what it is.
    QVERIFY(!setDefault->isEnabled());
    QVERIFY2(setDefault->toolTip().contains(u"not this machine"_s), qPrintable(setDefault->toolTip()));
    QVERIFY(!window.openDefaultAffinityDialog());
    window.setHelperWritesThisRoot(true); // this test's helper works on the same root
    // No selection needed: the default is not about any existing IRQ.
    QVERIFY(setDefault->isEnabled());
    QVERIFY2(setDefault->toolTip().contains(u"the mask an interrupt gets when a driver requests it (now 0-3). "
                                            u"Interrupts that exist keep their masks."_s),
        qPrintable(setDefault->toolTip()));
    QCOMPARE(setDefault->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));

    DefaultAffinityDialog *dialog = window.openDefaultAffinityDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->previewText(), u"Default for new IRQs: 0-3 (unchanged)"_s);
    dialog->maskEditor()->setMask(CpuSet {2});
    QCOMPARE(dialog->previewText(), u"Default for new IRQs: 0-3 → 2"_s);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->resultText().startsWith(u"Applied."_s), qPrintable(dialog->resultText()));
    QCOMPARE(defaultAffinity(), QByteArray("4"));
    QCOMPARE(dialog->resultText(), u"Applied.\nNew IRQs now get 2."_s); // read back by the window
    QCOMPARE(affinityList(36), QByteArray("0-3")); // existing IRQs keep their masks
    QVERIFY2(setDefault->toolTip().contains(u"(now 2)"_s), qPrintable(setDefault->toolTip()));

    QAction *undo = window.undoAffinityAction();
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(u"default affinity for new interrupts, 0-3"_s), qPrintable(undo->toolTip()));
    undo->trigger();
    QTRY_COMPARE(defaultAffinity(), QByteArray("f"));
    QTRY_VERIFY2(setDefault->toolTip().contains(u"(now 0-3)"_s), qPrintable(setDefault->toolTip()));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(m_authorizer->checks().size(), 2);
    QCOMPARE(m_authorizer->checks()[1].actionId, QString::fromUtf16(HelperActions::SetDefaultAffinity));
    dialog->close();
}

void TestAffinityFlow::deniedDefaultIsExplained_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("English") << false
                             << u"You are not allowed to change interrupt affinity (polkit refused, or no "
                                u"authentication agent is running)."_s;
    QTest::newRow("German") << true
                            << u"Sie dürfen die Interrupt-Affinität nicht ändern (polkit hat abgelehnt, oder es "
                               u"läuft kein Authentifizierungsagent)."_s;
}

void TestAffinityFlow::deniedDefaultIsExplained()
{
    QFETCH(bool, german);
    QFETCH(QString, sentence);
    // The helper sends only an error name; the window shows its own sentence, in the user's language.
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), u"irqscope"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    m_authorizer->setMode(FakeAuthorizer::Mode::Deny);
    MainWindow window(SystemRoot(m_dir->path()), MainWindow::Source::Directory);
    window.setHelperWritesThisRoot(true);
    DefaultAffinityDialog *dialog = window.openDefaultAffinityDialog();
    QVERIFY(dialog);
    dialog->maskEditor()->setMask(CpuSet {3});
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->resultText().startsWith(sentence), qPrintable(dialog->resultText()));
    QCOMPARE(defaultAffinity(), QByteArray("f"));
    QVERIFY(dialog->applyButton()->isEnabled()); // may try again
    QVERIFY(!window.undoAffinityAction()->isEnabled());
    dialog->close();
    if (german)
        QCoreApplication::removeTranslator(&translator);
}

void TestAffinityFlow::unreadableDefaultIsNotEditable()
{
    QVERIFY(QFile::remove(m_dir->filePath(u"proc/irq/default_smp_affinity"_s)));
    MainWindow window(SystemRoot(m_dir->path()), MainWindow::Source::Directory);
    window.setHelperWritesThisRoot(true);
    QAction *setDefault = window.setDefaultAffinityAction();
    QVERIFY(!setDefault->isEnabled());
    QVERIFY2(setDefault->toolTip().startsWith(u"The default affinity cannot be read on this system"_s),
        qPrintable(setDefault->toolTip()));
    QVERIFY(!window.openDefaultAffinityDialog());
    QVERIFY(window.selectInterrupt(u"36"_s));
    QVERIFY(window.setAffinityAction()->isEnabled()); // IRQs themselves stay editable
}

QTEST_MAIN(TestAffinityFlow)
#include "tst_affinityflow.moc"
