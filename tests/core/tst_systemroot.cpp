// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "systemroot.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSystemRoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRelativeToTheDirectory();
    void missingAndFailedAreDifferent();
    void bufferIsReused();
    void readLineTrims();
    void entriesAreSortedAndSkipDots();
    void linkTargets();
    void recordingReproducesTheReads();
    void inMemoryRoot();
    void liveRootDescription();
};

void TestSystemRoot::readsRelativeToTheDirectory()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "hello\n"));
    const SystemRoot root = fake.root();
    QVERIFY(!root.isLive());
    QVERIFY(!root.isInMemory());
    QCOMPARE(root.description(), fake.path());
    QCOMPARE(root.displayPath(u"proc/interrupts"_s), fake.path() + u"/proc/interrupts"_s);
    QCOMPARE(root.readFile(u"proc/interrupts"_s), std::optional<QByteArray>("hello\n"));
}

void TestSystemRoot::missingAndFailedAreDifferent()
{
    FakeRoot fake;
    QVERIFY(fake.mkdir(u"proc/irq/5"_s));
    const SystemRoot root = fake.root();
    QByteArray data = "stale";
    QString error;
    QCOMPARE(root.read(u"proc/nothing"_s, &data, &error), SystemRoot::ReadStatus::Missing);
    QVERIFY(data.isEmpty());
    QCOMPARE(root.read(u"proc/irq/5/x/y"_s, &data, &error), SystemRoot::ReadStatus::Missing);
    // A directory where a file is expected cannot be read: that is a failure with a reason.
    QCOMPARE(root.read(u"proc/irq/5"_s, &data, &error), SystemRoot::ReadStatus::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY(!root.readFile(u"proc/irq/5"_s));
}

void TestSystemRoot::bufferIsReused()
{
    FakeRoot fake;
    QByteArray big(100000, 'x');
    QVERIFY(fake.write(u"a"_s, big));
    QVERIFY(fake.write(u"b"_s, "small"));
    const SystemRoot root = fake.root();
    QByteArray buffer;
    QCOMPARE(root.read(u"a"_s, &buffer), SystemRoot::ReadStatus::Ok);
    QCOMPARE(buffer, big);
    const auto capacity = buffer.capacity();
    QCOMPARE(root.read(u"b"_s, &buffer), SystemRoot::ReadStatus::Ok);
    QCOMPARE(buffer, QByteArray("small"));
    QCOMPARE(buffer.capacity(), capacity);
}

void TestSystemRoot::readLineTrims()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"sys/devices/system/cpu/online"_s, "0-3\n"));
    QVERIFY(fake.write(u"empty"_s, ""));
    QVERIFY(fake.write(u"two"_s, "  first \nsecond\n"));
    const SystemRoot root = fake.root();
    QCOMPARE(root.readLine(u"sys/devices/system/cpu/online"_s), std::optional<QString>(u"0-3"_s));
    QCOMPARE(root.readLine(u"empty"_s), std::optional<QString>(QString()));
    QCOMPARE(root.readLine(u"two"_s), std::optional<QString>(u"first"_s));
    QCOMPARE(root.readLine(u"absent"_s), std::nullopt);
}

void TestSystemRoot::entriesAreSortedAndSkipDots()
{
    FakeRoot fake;
    QVERIFY(fake.mkdir(u"proc/irq/24"_s));
    QVERIFY(fake.mkdir(u"proc/irq/0"_s));
    QVERIFY(fake.write(u"proc/irq/default_smp_affinity"_s, "f\n"));
    QVERIFY(fake.write(u"proc/irq/.hidden"_s, ""));
    const SystemRoot root = fake.root();
    QCOMPARE(root.entries(u"proc/irq"_s), (QStringList {u".hidden"_s, u"0"_s, u"24"_s, u"default_smp_affinity"_s}));
    QCOMPARE(root.entries(u"proc/none"_s), QStringList());
}

void TestSystemRoot::linkTargets()
{
    FakeRoot fake;
    QVERIFY(fake.symlink(u"sys/class/net/eth0/device"_s, u"../../../0000:3b:00.0"_s));
    QVERIFY(fake.write(u"sys/class/net/eth0/mtu"_s, "1500\n"));
    const SystemRoot root = fake.root();
    QCOMPARE(root.linkTarget(u"sys/class/net/eth0/device"_s), std::optional<QString>(u"../../../0000:3b:00.0"_s));
    QCOMPARE(root.linkTarget(u"sys/class/net/eth0/mtu"_s), std::nullopt); // a file, not a link
    QCOMPARE(root.linkTarget(u"sys/class/net/eth9/device"_s), std::nullopt);
}

void TestSystemRoot::recordingReproducesTheReads()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "text"));
    QVERIFY(fake.write(u"proc/unread"_s, "never read"));
    QVERIFY(fake.mkdir(u"proc/irq/3"_s));
    QVERIFY(fake.symlink(u"sys/class/net/eth0/device"_s, u"../../../virtio2"_s));
    const SystemRoot root = fake.root();

    QVERIFY(root.readFile(u"proc/interrupts"_s)); // before recording: not kept
    root.startRecording();
    QVERIFY(root.readFile(u"proc/interrupts"_s));
    QVERIFY(!root.readFile(u"proc/missing"_s));
    QCOMPARE(root.entries(u"proc/irq"_s), QStringList {u"3"_s});
    QVERIFY(root.entries(u"proc/nothing"_s).isEmpty());
    QVERIFY(root.linkTarget(u"sys/class/net/eth0/device"_s));
    const SystemRoot::Contents recorded = root.takeRecording();

    QCOMPARE(recorded.files.keys(), QStringList {u"proc/interrupts"_s});
    QCOMPARE(recorded.files.value(u"proc/interrupts"_s), QByteArray("text"));
    QCOMPARE(recorded.directories.keys(), QStringList {u"proc/irq"_s}); // a missing directory is not recorded
    QCOMPARE(recorded.links.value(u"sys/class/net/eth0/device"_s), u"../../../virtio2"_s);

    // Recording stopped: later reads are not added.
    QVERIFY(root.readFile(u"proc/unread"_s));
    QVERIFY(root.takeRecording().files.isEmpty());

    // The recording, as an in-memory root, answers exactly like the directory did.
    const SystemRoot copy = SystemRoot::fromContents(recorded, u"copy"_s);
    QCOMPARE(copy.readFile(u"proc/interrupts"_s), std::optional<QByteArray>("text"));
    QCOMPARE(copy.entries(u"proc/irq"_s), QStringList {u"3"_s});
    QCOMPARE(copy.linkTarget(u"sys/class/net/eth0/device"_s), std::optional<QString>(u"../../../virtio2"_s));
    QVERIFY(!copy.readFile(u"proc/unread"_s));
}

void TestSystemRoot::inMemoryRoot()
{
    SystemRoot::Contents contents;
    contents.files.insert(u"proc/interrupts"_s, "abc");
    contents.directories.insert(u"proc/irq"_s, {u"9"_s, u"10"_s});
    const SystemRoot root = SystemRoot::fromContents(contents, u"before.json"_s);
    QVERIFY(root.isInMemory());
    QVERIFY(!root.isLive());
    QCOMPARE(root.description(), u"before.json"_s);
    QCOMPARE(root.displayPath(u"proc/interrupts"_s), u"before.json: proc/interrupts"_s);
    QByteArray data;
    QCOMPARE(root.read(u"proc/interrupts"_s, &data), SystemRoot::ReadStatus::Ok);
    QCOMPARE(data, QByteArray("abc"));
    QCOMPARE(root.read(u"proc/stat"_s, &data), SystemRoot::ReadStatus::Missing);
    QCOMPARE(root.entries(u"proc/irq"_s), (QStringList {u"10"_s, u"9"_s}));
    // Saving a loaded snapshot again keeps all of it.
    root.startRecording();
    QCOMPARE(root.takeRecording().files.size(), 1);
}

void TestSystemRoot::liveRootDescription()
{
    const SystemRoot live;
    QVERIFY(live.isLive());
    QCOMPARE(live.description(), u"/"_s);
    QCOMPARE(live.displayPath(u"proc/interrupts"_s), u"/proc/interrupts"_s);
    QVERIFY(!SystemRoot(u"/tmp/"_s).isLive());
    QCOMPARE(SystemRoot(u"/tmp/x/"_s).displayPath(u"proc/stat"_s), u"/tmp/x/proc/stat"_s);
}

QTEST_GUILESS_MAIN(TestSystemRoot)
#include "tst_systemroot.moc"
