// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "snapshot.h"
#include "systemreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// A small but complete system: interrupts, softirqs, stat, one IRQ's masks, a CPU, a NIC.
void populate(FakeRoot &fake)
{
    QVERIFY(fake.copyData(u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s, u"proc/interrupts"_s));
    QVERIFY(fake.copyData(u"softirqs/45_softirqs_x86_4cpu_martins3.txt"_s, u"proc/softirqs"_s));
    QVERIFY(fake.write(u"proc/sys/kernel/osrelease"_s, "6.1.0-test\n"));
    QVERIFY(fake.write(u"proc/sys/kernel/hostname"_s, "lab-pc\n"));
    QVERIFY(fake.write(u"proc/irq/36/smp_affinity_list"_s, "0-3\n"));
    QVERIFY(fake.write(u"proc/irq/36/effective_affinity_list"_s, "2\n"));
    QVERIFY(fake.write(u"proc/irq/default_smp_affinity"_s, "f\n"));
    QVERIFY(fake.write(u"sys/devices/system/cpu/possible"_s, "0-3\n"));
    QVERIFY(fake.write(u"sys/devices/system/cpu/online"_s, "0-3\n"));
    QVERIFY(fake.write(u"sys/class/net/eth0/queues/rx-0/rps_cpus"_s, "0\n"));
    QVERIFY(fake.symlink(u"sys/class/net/eth0/device"_s, u"../../../virtio0"_s));
    // Binary junk must survive a round trip byte for byte.
    QVERIFY(fake.write(u"proc/irq/36/spurious"_s, QByteArray("count 1\n\xff\xfe\x00z", 12)));
}

QByteArray validJson()
{
    return R"({"format":"irqscope-snapshot","version":1,"takenAt":"2026-11-22T10:00:00.000Z",
              "files":{"proc/interrupts":"           CPU0\n  0:   5   IO-APIC   2-edge   timer\n"}})";
}
} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captureAndRoundTrip();
    void loadedSnapshotReadsLikeTheRoot();
    void minimalValidFile();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void truncatedAtEveryTenthByte();
    void missingFile();
    void failedSaveKeepsTheOldFile();
};

void TestSnapshot::captureAndRoundTrip()
{
    FakeRoot fake;
    populate(fake);
    const Snapshot snapshot = Snapshot::capture(fake.root());
    QCOMPARE(snapshot.meta().formatVersion, Snapshot::FormatVersion);
    QCOMPARE(snapshot.meta().kernelRelease, u"6.1.0-test"_s);
    QCOMPARE(snapshot.meta().hostname, u"lab-pc"_s);
    QCOMPARE(snapshot.meta().source, fake.path());
    QVERIFY(snapshot.meta().takenAt.isValid());
    QVERIFY(!snapshot.meta().toolVersion.isEmpty());
    const auto &files = snapshot.contents().files;
    QVERIFY(files.contains(u"proc/interrupts"_s));
    QVERIFY(files.contains(u"proc/softirqs"_s));
    QVERIFY(files.contains(u"proc/irq/36/smp_affinity_list"_s));
    QVERIFY(files.contains(u"sys/class/net/eth0/queues/rx-0/rps_cpus"_s));
    QCOMPARE(snapshot.contents().links.value(u"sys/class/net/eth0/device"_s), u"../../../virtio0"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"snap.json"_s);
    QString error;
    QVERIFY2(snapshot.save(path, &error), qPrintable(error));
    const Snapshot::LoadResult loaded = Snapshot::load(path);
    QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
    QCOMPARE(loaded.snapshot->contents().files, files);
    QCOMPARE(loaded.snapshot->contents().directories, snapshot.contents().directories);
    QCOMPARE(loaded.snapshot->contents().links, snapshot.contents().links);
    QCOMPARE(
        loaded.snapshot->contents().files.value(u"proc/irq/36/spurious"_s), QByteArray("count 1\n\xff\xfe\x00z", 12));
    QCOMPARE(loaded.snapshot->meta().takenAt, snapshot.meta().takenAt);
    QCOMPARE(loaded.snapshot->meta().hostname, u"lab-pc"_s);
}

void TestSnapshot::loadedSnapshotReadsLikeTheRoot()
{
    FakeRoot fake;
    populate(fake);
    const SystemState live = SystemReader::read(fake.root());
    const Snapshot snapshot = Snapshot::capture(fake.root());
    const auto loaded = Snapshot::fromJson(snapshot.toJson(), u"snap.json"_s);
    QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
    const SystemState again = SystemReader::read(loaded.snapshot->root(u"snap.json"_s));

    QVERIFY(live.interrupts && again.interrupts);
    QCOMPARE(again.interrupts->cpus, live.interrupts->cpus);
    QCOMPARE(again.interrupts->rows.size(), live.interrupts->rows.size());
    QCOMPARE(again.interrupts->counts, live.interrupts->counts);
    QVERIFY(again.softirqs);
    QCOMPARE(again.softirqs->counts, live.softirqs->counts);
    QVERIFY(again.irq(36));
    QCOMPARE(again.irq(36)->affinity, std::optional<CpuSet>(CpuSet::range(0, 3)));
    QCOMPARE(again.irq(36)->effective, std::optional<CpuSet>(CpuSet {2}));
    QCOMPARE(again.defaultAffinity, live.defaultAffinity);
    QCOMPARE(again.topology.online, live.topology.online);
    QCOMPARE(again.nics.size(), live.nics.size());
    QCOMPARE(again.nics.value(0).device, u"virtio0"_s);
    QCOMPARE(again.kernelRelease, u"6.1.0-test"_s);
}

void TestSnapshot::minimalValidFile()
{
    const auto loaded = Snapshot::fromJson(validJson(), u"min.json"_s);
    QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
    QVERIFY(loaded.error.isEmpty());
    const SystemState state = SystemReader::read(loaded.snapshot->root(u"min.json"_s));
    QVERIFY(state.interrupts);
    QCOMPARE(state.interrupts->rows.value(0).total, quint64(5));
}

void TestSnapshot::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the error message

    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o = QJsonDocument::fromJson(validJson()).object();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson();
    };
    auto withFile = [&](const QString &path, const QJsonValue &value) {
        QJsonObject files = QJsonDocument::fromJson(validJson()).object().value(u"files").toObject();
        files.insert(path, value);
        return with(u"files"_s, files);
    };

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("white space") << QByteArray(" \n\t") << u"empty"_s;
    QTest::newRow("not json") << QByteArray("CPU0 CPU1\n 0: 1 2") << u"not valid JSON"_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff{", 4) << u"not valid JSON"_s;
    QTest::newRow("json array") << QByteArray("[1,2]") << u"not an IRQ Scope snapshot"_s;
    QTest::newRow("other format") << with(u"format"_s, u"something-else"_s) << u"not an IRQ Scope snapshot"_s;
    QTest::newRow("newer version") << with(u"version"_s, 2) << u"format version 2, newer"_s;
    QTest::newRow("version 0") << with(u"version"_s, 0) << u"\"version\""_s;
    QTest::newRow("fractional version") << with(u"version"_s, 1.5) << u"\"version\""_s;
    QTest::newRow("version as string") << with(u"version"_s, u"1"_s) << u"\"version\""_s;
    QTest::newRow("no version") << with(u"version"_s, QJsonValue::Undefined) << u"\"version\""_s;
    QTest::newRow("no takenAt") << with(u"takenAt"_s, QJsonValue::Undefined) << u"takenAt"_s;
    QTest::newRow("bad takenAt") << with(u"takenAt"_s, u"yesterday"_s) << u"takenAt"_s;
    QTest::newRow("hostname not a string") << with(u"hostname"_s, 5) << u"\"hostname\" must be a string"_s;
    QTest::newRow("no files") << with(u"files"_s, QJsonValue::Undefined) << u"\"files\""_s;
    QTest::newRow("files is a list") << with(u"files"_s, QJsonArray {}) << u"\"files\""_s;
    QTest::newRow("no proc/interrupts") << with(u"files"_s, QJsonObject {{u"proc/stat"_s, u"cpu 1 2 3 4"_s}})
                                        << u"holds no proc/interrupts"_s;
    QTest::newRow("path escapes") << withFile(u"proc/../../etc/shadow"_s, u"x"_s)
                                  << u"is not a path under proc/ or sys/"_s;
    QTest::newRow("absolute path") << withFile(u"/etc/passwd"_s, u"x"_s) << u"is not a path under proc/ or sys/"_s;
    QTest::newRow("outside proc and sys")
        << withFile(u"etc/passwd"_s, u"x"_s) << u"is not a path under proc/ or sys/"_s;
    QTest::newRow("empty component") << withFile(u"proc//interrupts"_s, u"x"_s) << u"is not a path under"_s;
    QTest::newRow("file is a number") << withFile(u"proc/stat"_s, 42) << u"neither text nor valid base64"_s;
    QTest::newRow("bad base64") << withFile(u"proc/stat"_s, QJsonObject {{u"base64"_s, u"%%%"_s}})
                                << u"neither text nor valid base64"_s;
    QTest::newRow("directories not an object") << with(u"directories"_s, 3) << u"\"directories\" must be an object"_s;
    QTest::newRow("directory lists a path")
        << with(u"directories"_s, QJsonObject {{u"proc/irq"_s, QJsonArray {u"../x"_s}}}) << u"lists an invalid name"_s;
    QTest::newRow("directory not a list")
        << with(u"directories"_s, QJsonObject {{u"proc/irq"_s, u"1"_s}}) << u"is not a path with a list of names"_s;
    QTest::newRow("link outside") << with(u"links"_s, QJsonObject {{u"../x"_s, u"y"_s}})
                                  << u"is not a path with a target"_s;
    QTest::newRow("links not an object") << with(u"links"_s, u"x"_s) << u"\"links\" must be an object"_s;
}

void TestSnapshot::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto loaded = Snapshot::fromJson(json, u"bad.json"_s);
    QVERIFY(!loaded.snapshot);
    QVERIFY2(loaded.error.startsWith(u"bad.json: "_s), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
}

void TestSnapshot::truncatedAtEveryTenthByte()
{
    FakeRoot fake;
    populate(fake);
    const QByteArray json = Snapshot::capture(fake.root()).toJson();
    for (qsizetype length = 0; length < json.size() - 2; length += 10) {
        const auto loaded = Snapshot::fromJson(json.left(length), u"cut.json"_s);
        QVERIFY2(!loaded.snapshot, qPrintable(u"accepted a file cut at byte %1"_s.arg(length)));
        QVERIFY(!loaded.error.isEmpty());
    }
}

void TestSnapshot::missingFile()
{
    const auto loaded = Snapshot::load(u"/nonexistent/dir/snap.json"_s);
    QVERIFY(!loaded.snapshot);
    QVERIFY(loaded.error.startsWith(u"/nonexistent/dir/snap.json: cannot open the file"_s));
}

void TestSnapshot::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous contents");
    }
    const auto snapshot = Snapshot::fromJson(validJson(), u"x"_s).snapshot;
    QVERIFY(snapshot);
    QString error;
    // A path in a directory that does not exist cannot be written; nothing else is touched.
    QVERIFY(!snapshot->save(dir.filePath(u"missing/dir/new.json"_s), &error));
    QVERIFY(error.contains(u"cannot write"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous contents"));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
