// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "affinitydialog.h"
#include "fakeroot.h"
#include "maskeditor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
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

class TestAffinityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewAfterSettingAMask();
    void severalIrqs();
    void readOnlyRowsWithReasons();
    void applyDisabledForInvalidMask();
    void irqbalanceWarning();
    void look();

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh copy of the fixture per test
    SystemRoot root() const { return SystemRoot(m_dir->path()); }
};

void TestAffinityDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAffinityDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(FakeRoot::copyTree(FakeRoot::dataPath(u"roots/kvm-guest-4cpu"_s), m_dir->path()));
}

void TestAffinityDialog::previewAfterSettingAMask()
{
    AffinityDialog dialog(readState(root()), root(), {u"36"_s}, {});
    QCOMPARE(dialog.irqs(), QList<uint> {36});
    QVERIFY(dialog.readOnlyTexts().isEmpty());
    // Starts from the IRQ's own mask: nothing to apply.
    QCOMPARE(dialog.maskEditor()->mask(), CpuSet::range(0, 3));
    QCOMPARE(dialog.previewTexts(), QStringList {u"IRQ 36 virtio0-input.0: 0-3 (unchanged)"_s});
    QVERIFY(!dialog.applyButton()->isEnabled());

    dialog.maskEditor()->setMask(CpuSet {2});
    QCOMPARE(dialog.previewTexts(), QStringList {u"IRQ 36 virtio0-input.0: 0-3 → 2"_s});
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.changes().size(), 1);
    QCOMPARE(dialog.changes()[0].irq, 36u);
    QCOMPARE(dialog.changes()[0].cpus, CpuSet {2});

    dialog.maskEditor()->setMask(CpuSet::range(0, 3));
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
}

void TestAffinityDialog::severalIrqs()
{
    // IRQ 27 is already on CPU 2: only 36 would change.
    AffinityDialog dialog(readState(root()), root(), {u"36"_s, u"27"_s}, {});
    dialog.maskEditor()->setMask(CpuSet {2});
    QCOMPARE(dialog.previewTexts(),
        (QStringList {u"IRQ 36 virtio0-input.0: 0-3 → 2"_s, u"IRQ 27 virtio5-req.2: 2 (unchanged)"_s}));
    QCOMPARE(dialog.changes().size(), 1);
}

void TestAffinityDialog::readOnlyRowsWithReasons()
{
    // Newest kernels make smp_affinity of managed IRQs 0444.
    QVERIFY(QFile::setPermissions(
        m_dir->filePath(u"proc/irq/25/smp_affinity"_s), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    AffinityDialog dialog(readState(root()), root(), {u"36"_s, u"NMI"_s, u"37"_s, u"25"_s}, {37});
    QCOMPARE(dialog.irqs(), QList<uint> {36});
    QCOMPARE(dialog.readOnlyTexts(),
        (QStringList {
            u"NMI Non-maskable interrupts: raised by the CPUs themselves; it has no affinity to set."_s,
            u"IRQ 37 virtio0-output.0: the kernel refused to move it earlier in this session (a managed IRQ)."_s,
            u"IRQ 25 virtio5-req.0: its smp_affinity is read-only (the kernel manages this IRQ)."_s,
        }));
    QCOMPARE(dialog.previewTexts().size(), 1);
}

void TestAffinityDialog::applyDisabledForInvalidMask()
{
    AffinityDialog dialog(readState(root()), root(), {u"36"_s}, {});
    dialog.maskEditor()->setMask(CpuSet {1});
    QVERIFY(dialog.applyButton()->isEnabled());
    const auto edits = dialog.maskEditor()->findChildren<QLineEdit *>();
    QVERIFY(!edits.isEmpty());
    QLineEdit *edit = edits.constFirst();
    edit->selectAll();
    QTest::keyClicks(edit, u"zz"_s);
    QVERIFY(!dialog.maskEditor()->isValid());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
    QCOMPARE(dialog.previewTexts(), QStringList {u"IRQ 36 virtio0-input.0: 0-3 → (invalid mask)"_s});
}

void TestAffinityDialog::irqbalanceWarning()
{
    {
        AffinityDialog dialog(readState(root()), root(), {u"36"_s}, {});
        QVERIFY(!dialog.warningText().contains(u"irqbalance"_s));
    }
    QVERIFY(QDir(m_dir->path()).mkpath(u"proc/4242"_s));
    QFile comm(m_dir->filePath(u"proc/4242/comm"_s));
    QVERIFY(comm.open(QIODevice::WriteOnly));
    comm.write("irqbalance\n");
    comm.close();
    AffinityDialog dialog(readState(root()), root(), {u"36"_s}, {});
    QVERIFY2(
        dialog.warningText().contains(u"irqbalance is running and may move these interrupts back within seconds."_s),
        qPrintable(dialog.warningText()));
}

void TestAffinityDialog::look()
{
    // Renders the dialog once; IRQSCOPE_GRAB=<file.png> keeps the picture for a person to look at.
    QVERIFY(QFile::setPermissions(m_dir->filePath(u"proc/irq/25/smp_affinity"_s), QFile::ReadOwner));
    AffinityDialog dialog(readState(root()), root(), {u"36"_s, u"37"_s, u"NMI"_s, u"25"_s}, {});
    dialog.maskEditor()->setMask(CpuSet {2, 3});
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    const QString file = qEnvironmentVariable("IRQSCOPE_GRAB");
    if (!file.isEmpty())
        QVERIFY(image.save(file));
}

QTEST_MAIN(TestAffinityDialog)
#include "tst_affinitydialog.moc"
