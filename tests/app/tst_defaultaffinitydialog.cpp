// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// DefaultAffinityDialog on a copy of a fixture root. Apply goes through a real HelperClient to
// a recording stand-in for the helper on a private bus, so the test sees the exact D-Bus call.

#include "defaultaffinitydialog.h"
#include "fakeroot.h"
#include "helperclient.h"
#include "helpererrors.h"
#include "maskeditor.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const SystemState> readState(const SystemRoot &root)
{
    return std::make_shared<SystemState>(SystemReader::read(root));
}
} // namespace

/// Stands in for irqscope-helper: records every call and answers with the configured error.
class RecordingHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.irqscope.Helper1")

public:
    QStringList calls; ///< "Method(args)" per call, in order
    QString errorName; ///< empty: succeed

public Q_SLOTS:
    void SetDefaultAffinity(const QList<uint> &cpus) { record(u"SetDefaultAffinity"_s, cpus); }
    void SetIrqAffinity(uint irq, const QList<uint> &cpus) { record(u"SetIrqAffinity %1"_s.arg(irq), cpus); }

private:
    void record(const QString &method, const QList<uint> &cpus)
    {
        QStringList numbers;
        for (const uint cpu : cpus)
            numbers.append(QString::number(cpu));
        calls.append(method + u'(' + numbers.join(u',') + u')');
        if (!errorName.isEmpty())
            sendErrorReply(errorName, u"default affinity: no online CPU in 3"_s);
    }
};

class TestDefaultAffinityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void previewFollowsTheMask_data();
    void previewFollowsTheMask();
    void invalidMaskIsNotApplied();
    void warnings();
    void applySendsTheEditedSet();
    void resultReadsTheDefaultBack_data();
    void resultReadsTheDefaultBack();
    void errorIsShownAsItsSentence();
    void look();

private:
    SystemRoot root() const { return SystemRoot(m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh copy of the fixture per test
    std::unique_ptr<PrivateBus> m_bus;
    QDBusConnection m_server {QString()};
    QDBusConnection m_clientBus {QString()};
    std::unique_ptr<RecordingHelper> m_helper;
};

void TestDefaultAffinityDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_bus = std::make_unique<PrivateBus>();
    QVERIFY2(m_bus->isValid(), qPrintable(m_bus->errorString()));
    m_server = QDBusConnection::connectToBus(m_bus->address(), u"tst_defaultaffinitydialog-helper"_s);
    m_clientBus = QDBusConnection::connectToBus(m_bus->address(), u"tst_defaultaffinitydialog-client"_s);
    QVERIFY(m_server.isConnected());
    QVERIFY(m_clientBus.isConnected());
}

void TestDefaultAffinityDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(FakeRoot::copyTree(FakeRoot::dataPath(u"roots/kvm-guest-4cpu"_s), m_dir->path()));
    m_helper = std::make_unique<RecordingHelper>();
    QVERIFY(m_server.registerObject(HelperClient::objectPath(), m_helper.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(m_server.registerService(HelperClient::serviceName()));
}

void TestDefaultAffinityDialog::cleanup()
{
    m_server.unregisterService(HelperClient::serviceName());
    m_server.unregisterObject(HelperClient::objectPath());
    m_helper.reset();
    m_dir.reset();
}

void TestDefaultAffinityDialog::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"tst_defaultaffinitydialog-helper"_s);
    QDBusConnection::disconnectFromBus(u"tst_defaultaffinitydialog-client"_s);
    m_bus.reset();
}

void TestDefaultAffinityDialog::previewFollowsTheMask_data()
{
    QTest::addColumn<CpuSet>("mask");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<bool>("canApply");
    // The fixture's default_smp_affinity is f: CPUs 0-3.
    QTest::newRow("unchanged") << CpuSet::range(0, 3) << u"Default for new IRQs: 0-3 (unchanged)"_s << false;
    QTest::newRow("one CPU") << CpuSet {2} << u"Default for new IRQs: 0-3 → 2"_s << true;
    QTest::newRow("two CPUs") << CpuSet {1, 3} << u"Default for new IRQs: 0-3 → 1,3"_s << true;
}

void TestDefaultAffinityDialog::previewFollowsTheMask()
{
    QFETCH(CpuSet, mask);
    QFETCH(QString, preview);
    QFETCH(bool, canApply);
    DefaultAffinityDialog dialog(readState(root()), root());
    // Starts from the current default.
    QCOMPARE(dialog.maskEditor()->mask(), CpuSet::range(0, 3));
    QVERIFY(!dialog.applyButton()->isEnabled());
    dialog.maskEditor()->setMask(mask);
    QCOMPARE(dialog.previewText(), preview);
    QCOMPARE(dialog.applyButton()->isEnabled(), canApply);
    QCOMPARE(dialog.change(), canApply ? std::optional<CpuSet>(mask) : std::nullopt);
    QVERIFY(dialog.resultText().isEmpty());
}

void TestDefaultAffinityDialog::invalidMaskIsNotApplied()
{
    DefaultAffinityDialog dialog(readState(root()), root());
    dialog.maskEditor()->setMask(CpuSet {1});
    QVERIFY(dialog.applyButton()->isEnabled());
    const auto edits = dialog.maskEditor()->findChildren<QLineEdit *>();
    QVERIFY(!edits.isEmpty());
    QLineEdit *edit = edits.constFirst();
    edit->selectAll();
    QTest::keyClicks(edit, u"zz"_s);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.change(), std::nullopt);
    QCOMPARE(dialog.previewText(), u"Default for new IRQs: 0-3 → (invalid mask)"_s);
}

void TestDefaultAffinityDialog::warnings()
{
    {
        // A root that is not the live machine: the helper would change the live default.
        DefaultAffinityDialog dialog(readState(root()), root());
        QVERIFY2(dialog.warningText().startsWith(u"This window shows "_s), qPrintable(dialog.warningText()));
        QVERIFY(!dialog.warningText().contains(u"irqbalance"_s));
    }
    QVERIFY(QDir(m_dir->path()).mkpath(u"proc/4242"_s));
    QFile comm(m_dir->filePath(u"proc/4242/comm"_s));
    QVERIFY(comm.open(QIODevice::WriteOnly));
    comm.write("irqbalance\n");
    comm.close();
    DefaultAffinityDialog dialog(readState(root()), root());
    QVERIFY2(dialog.warningText().contains(u"irqbalance is running: it may move new interrupts elsewhere once they "
                                           u"fire."_s),
        qPrintable(dialog.warningText()));
}

void TestDefaultAffinityDialog::applySendsTheEditedSet()
{
    HelperClient client(m_clientBus);
    DefaultAffinityDialog dialog(readState(root()), root(), &client);
    QSignalSpy applied(&dialog, &DefaultAffinityDialog::applied);
    dialog.maskEditor()->setMask(CpuSet {1, 3});
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.resultText(), u"Applying…"_s);
    QVERIFY(!dialog.applyButton()->isEnabled()); // one request at a time
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(m_helper->calls, QStringList {u"SetDefaultAffinity(1,3)"_s});
    QCOMPARE(applied[0][0].value<CpuSet>(), (CpuSet {1, 3}));
    QCOMPARE(applied[0][1].value<std::optional<CpuSet>>(), std::optional<CpuSet>(CpuSet::range(0, 3)));
    QCOMPARE(dialog.resultText(), u"Applied."_s);
    QVERIFY(!dialog.applyButton()->isEnabled()); // done: Close is left
}

void TestDefaultAffinityDialog::resultReadsTheDefaultBack_data()
{
    QTest::addColumn<std::optional<CpuSet>>("readBack");
    QTest::addColumn<QString>("result");
    QTest::newRow("as requested") << std::optional<CpuSet>(CpuSet {2}) << u"Applied.\nNew IRQs now get 2."_s;
    QTest::newRow("changed meanwhile") << std::optional<CpuSet>(CpuSet {0})
                                       << u"Applied.\nRequested 2, but the default reads 0 now."_s;
    QTest::newRow("unreadable") << std::optional<CpuSet>() << u"Applied.\nRequested 2, but the default reads ? now."_s;
}

void TestDefaultAffinityDialog::resultReadsTheDefaultBack()
{
    QFETCH(std::optional<CpuSet>, readBack);
    QFETCH(QString, result);
    HelperClient client(m_clientBus);
    DefaultAffinityDialog dialog(readState(root()), root(), &client);
    QSignalSpy applied(&dialog, &DefaultAffinityDialog::applied);
    dialog.maskEditor()->setMask(CpuSet {2});
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QTRY_COMPARE(applied.size(), 1);
    SystemState after = *readState(root());
    after.defaultAffinity = readBack;
    dialog.showResult(after);
    QCOMPARE(dialog.resultText(), result);
}

void TestDefaultAffinityDialog::errorIsShownAsItsSentence()
{
    m_helper->errorName = QString::fromUtf16(HelperErrors::NoOnlineCpu);
    HelperClient client(m_clientBus);
    DefaultAffinityDialog dialog(readState(root()), root(), &client);
    QSignalSpy applied(&dialog, &DefaultAffinityDialog::applied);
    dialog.maskEditor()->setMask(CpuSet {3});
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.resultText() != u"Applying…"_s);
    QCOMPARE(
        dialog.resultText(), u"None of the chosen CPUs is online. Details: default affinity: no online CPU in 3"_s);
    QCOMPARE(m_helper->calls, QStringList {u"SetDefaultAffinity(3)"_s});
    QCOMPARE(applied.size(), 0);
    QVERIFY(dialog.applyButton()->isEnabled()); // may try again
}

void TestDefaultAffinityDialog::look()
{
    // Renders the dialog once; IRQSCOPE_GRAB=<file.png> keeps the picture for a person to look at.
    DefaultAffinityDialog dialog(readState(root()), root());
    dialog.maskEditor()->setMask(CpuSet {2});
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The default belongs to no device: the device's quick actions are not offered.
    for (const QString &name : {u"nodeButton"_s, u"queueButton"_s}) {
        auto *button = dialog.findChild<QPushButton *>(name);
        QVERIFY(button);
        QVERIFY(!button->isVisible());
    }
    QVERIFY(dialog.findChild<QPushButton *>(u"allButton"_s)->isVisible());
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    const QString file = qEnvironmentVariable("IRQSCOPE_GRAB");
    if (!file.isEmpty())
        QVERIFY(image.save(file));
}

QTEST_MAIN(TestDefaultAffinityDialog)
#include "tst_defaultaffinitydialog.moc"
