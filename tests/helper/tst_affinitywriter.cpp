// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// AffinityWriter on a fixture root: validation, the write/read-back cycle, the batch rollback,
// symbolic links.

#include "affinitywriter.h"
#include "helperfixture.h"
#include "invalidrequests.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

class TestAffinityWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setIrqAffinity();
    void shorterMaskTruncates();
    void hexFallback();
    void batch();
    void invalidWritesNothing_data();
    void invalidWritesNothing();
    void batchRollback();
    void symlinkRefused();
    void defaultAffinity();
    void defaultAffinityInvalid();
    void readBackMismatch();
    void cpuLimits();
};

void TestAffinityWriter::setIrqAffinity()
{
    HelperFixture fixture;
    QVERIFY(fixture.isValid());
    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinity({10, {3, 1}});
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(fixture.read(u"proc/irq/10/smp_affinity_list"_s), QByteArray("1,3\n"));
    QCOMPARE(result.applied.size(), 1);
    QCOMPARE(result.applied[0].irq, 10u);
    QCOMPARE(result.applied[0].before, CpuSet::range(0, 3));
    QCOMPARE(result.applied[0].after, (CpuSet {1, 3}));
    QCOMPARE(writer.readIrqAffinity(10), std::optional<CpuSet>(CpuSet {1, 3}));
    // The other IRQs are untouched.
    QCOMPARE(fixture.affinityList(11), QByteArray("0-3"));
}

void TestAffinityWriter::shorterMaskTruncates()
{
    HelperFixture fixture;
    QVERIFY(fixture.write(u"proc/irq/10/smp_affinity_list"_s, "0,1,2,3,4,5\n"));
    AffinityWriter writer(fixture.root());
    QVERIFY(writer.setIrqAffinity({10, {2}}).isOk());
    QCOMPARE(fixture.read(u"proc/irq/10/smp_affinity_list"_s), QByteArray("2\n"));
}

void TestAffinityWriter::hexFallback()
{
    HelperFixture fixture;
    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinity({20, {0, 2}});
    QVERIFY2(result.isOk(), qPrintable(result.message));
    const auto parsed = CpuSet::fromHexMask(QString::fromLatin1(fixture.read(u"proc/irq/20/smp_affinity"_s)));
    QVERIFY(parsed.isValid());
    QCOMPARE(*parsed.set, (CpuSet {0, 2}));
    QVERIFY(!QFile::exists(fixture.path(u"proc/irq/20/smp_affinity_list"_s)));
}

void TestAffinityWriter::batch()
{
    HelperFixture fixture;
    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinities({{10, {0}}, {11, {1}}, {12, {2, 3}}, {20, {3}}});
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(result.applied.size(), 4);
    QCOMPARE(fixture.affinityList(10), QByteArray("0"));
    QCOMPARE(fixture.affinityList(11), QByteArray("1"));
    QCOMPARE(fixture.affinityList(12), QByteArray("2-3"));
    QCOMPARE(fixture.read(u"proc/irq/20/smp_affinity"_s), QByteArray("08\n"));
}

void TestAffinityWriter::invalidWritesNothing_data()
{
    InvalidRequests::addColumnsAndRows();
}

void TestAffinityWriter::invalidWritesNothing()
{
    QFETCH(QList<AffinityWriter::Request>, requests);
    QFETCH(bool, batch);
    QFETCH(QString, error);

    HelperFixture fixture;
    QVERIFY(fixture.isValid() && InvalidRequests::prepare(fixture));
    const auto before = fixture.snapshot();
    AffinityWriter writer(fixture.root());
    const auto result = batch ? writer.setIrqAffinities(requests) : writer.setIrqAffinity(requests.value(0));
    QCOMPARE(HelperErrors::name(result.error), error);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.applied.isEmpty());
    QCOMPARE(fixture.snapshot(), before);
}

void TestAffinityWriter::batchRollback()
{
    HelperFixture fixture;
    // The third IRQ's affinity file cannot be written: it is a directory.
    QVERIFY(QFile::remove(fixture.path(u"proc/irq/13/smp_affinity_list"_s)));
    QVERIFY(fixture.mkdir(u"proc/irq/13/smp_affinity_list"_s));
    const auto before = fixture.snapshot();

    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinities({{10, {1}}, {11, {2}}, {13, {3}}, {12, {0}}});
    QCOMPARE(result.error, HelperError::WriteFailed);
    QVERIFY2(result.message.contains(u"IRQ 13"), qPrintable(result.message));
    QVERIFY(result.applied.isEmpty());
    // The first two were written (their files were touched) and then restored.
    const auto after = fixture.snapshot();
    for (const uint irq : {10, 11}) {
        const QString file = u"proc/irq/"_s + QString::number(irq) + u"/smp_affinity_list";
        QCOMPARE(fixture.affinityList(irq), QByteArray("0-3"));
        QVERIFY2(after.value(file) != before.value(file), "expected a write and a restore");
    }
    // The fourth was never reached.
    QCOMPARE(after.value(u"proc/irq/12/smp_affinity_list"_s), before.value(u"proc/irq/12/smp_affinity_list"_s));
}

void TestAffinityWriter::symlinkRefused()
{
    HelperFixture fixture;
    QVERIFY(fixture.write(u"outside/target"_s, "0-3\n"));
    QVERIFY(fixture.symlink(u"proc/irq/14/smp_affinity_list"_s, fixture.path(u"outside/target"_s)));
    const auto before = fixture.snapshot();

    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinity({14, {1}});
    QCOMPARE(result.error, HelperError::WriteFailed);
    QVERIFY2(result.message.contains(u"symbolic link"), qPrintable(result.message));
    QCOMPARE(fixture.read(u"outside/target"_s), QByteArray("0-3\n"));
    QCOMPARE(fixture.snapshot(), before);

    // In a batch the earlier changes are undone as well.
    const auto batch = writer.setIrqAffinities({{10, {1}}, {14, {1}}});
    QCOMPARE(batch.error, HelperError::WriteFailed);
    QCOMPARE(fixture.affinityList(10), QByteArray("0-3"));
    QCOMPARE(fixture.read(u"outside/target"_s), QByteArray("0-3\n"));
}

void TestAffinityWriter::defaultAffinity()
{
    HelperFixture fixture;
    AffinityWriter writer(fixture.root());
    const auto result = writer.setDefaultAffinity({1, 0});
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(fixture.read(u"proc/irq/default_smp_affinity"_s), QByteArray("03\n"));
    QCOMPARE(result.applied.size(), 1);
    QCOMPARE(result.applied[0].before, CpuSet::range(0, 7));
}

void TestAffinityWriter::defaultAffinityInvalid()
{
    HelperFixture fixture;
    const auto before = fixture.snapshot();
    AffinityWriter writer(fixture.root());
    QCOMPARE(writer.setDefaultAffinity({}).error, HelperError::InvalidArgument);
    QCOMPARE(writer.setDefaultAffinity({4, 5}).error, HelperError::NoOnlineCpu);
    QCOMPARE(writer.setDefaultAffinity({8}).error, HelperError::CpuOutOfRange);
    QCOMPARE(writer.setDefaultAffinity({2, 2}).error, HelperError::InvalidArgument);
    QCOMPARE(fixture.snapshot(), before);
}

void TestAffinityWriter::readBackMismatch()
{
    // A file that swallows writes and reads back empty: a character device like /dev/null.
    HelperFixture fixture;
    const QByteArray node = QFile::encodeName(fixture.path(u"proc/irq/12/smp_affinity_list"_s));
    QVERIFY(QFile::remove(QFile::decodeName(node)));
    if (::mknod(node.constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
        QSKIP("mknod needs root");
    AffinityWriter writer(fixture.root());
    const auto result = writer.setIrqAffinities({{10, {1}}, {12, {2}}});
    QCOMPARE(result.error, HelperError::WriteFailed);
    QVERIFY2(result.message.contains(u"reports"), qPrintable(result.message));
    QCOMPARE(fixture.affinityList(10), QByteArray("0-3"));
}

void TestAffinityWriter::cpuLimits()
{
    HelperFixture fixture;
    AffinityWriter writer(fixture.root());
    const auto limits = writer.readCpuLimits();
    QVERIFY(limits);
    QCOMPARE(limits->nrCpuIds, 8);
    QCOMPARE(limits->present, CpuSet::range(0, 5));
    QCOMPARE(limits->online, CpuSet::range(0, 3));

    // Without the topology nothing is written, and the error says why.
    QVERIFY(QFile::remove(fixture.path(u"sys/devices/system/cpu/online"_s)));
    QString error;
    QVERIFY(!writer.readCpuLimits(&error));
    QVERIFY(error.contains(u"online"));
    QCOMPARE(writer.setIrqAffinity({10, {1}}).error, HelperError::WriteFailed);
    QCOMPARE(fixture.affinityList(10), QByteArray("0-3"));
}

QTEST_GUILESS_MAIN(TestAffinityWriter)
#include "tst_affinitywriter.moc"
