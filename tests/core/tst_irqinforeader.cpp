// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "irqinforeader.h"

#include <QTest>

using namespace Qt::StringLiterals;

char *toString(const CpuSet &set)
{
    return QTest::toString(u'{' + set.toCpuList() + u'}');
}

namespace {
// Issues as `file: message [warning]`, so that a mismatch prints readably.
QStringList describe(const QList<SourceIssue> &issues)
{
    QStringList lines;
    for (const SourceIssue &issue : issues) {
        lines.append(
            issue.toString() + (issue.severity == SourceIssue::Severity::Warning ? u" [warning]"_s : u" [error]"_s));
    }
    return lines;
}

QString warning(const FakeRoot &fake, const QString &relativePath, const QString &message)
{
    return fake.path() + u'/' + relativePath + u": "_s + message + u" [warning]"_s;
}

// IRQ 24 of the 2-CPU KVM guest this project is developed on (ACPI GED, IO-APIC pin 5).
bool writeVmIrq24(FakeRoot &fake)
{
    return fake.write(u"proc/irq/24/affinity_hint"_s, "0\n") && fake.write(u"proc/irq/24/effective_affinity"_s, "1\n")
        && fake.write(u"proc/irq/24/effective_affinity_list"_s, "0\n") && fake.write(u"proc/irq/24/node"_s, "-1\n")
        && fake.write(u"proc/irq/24/smp_affinity"_s, "3\n") && fake.write(u"proc/irq/24/smp_affinity_list"_s, "0-1\n")
        && fake.write(u"proc/irq/24/spurious"_s, "count 0\nunhandled 0\nlast_unhandled 0 ms\n")
        && fake.mkdir(u"proc/irq/24/ACPI:Ged"_s) && fake.write(u"sys/kernel/irq/24/actions"_s, "ACPI:Ged\n")
        && fake.write(u"sys/kernel/irq/24/chip_name"_s, "IO-APIC\n") && fake.write(u"sys/kernel/irq/24/hwirq"_s, "5\n")
        && fake.write(u"sys/kernel/irq/24/name"_s, "edge\n")
        && fake.write(u"sys/kernel/irq/24/per_cpu_count"_s, "1,0\n")
        && fake.write(u"sys/kernel/irq/24/type"_s, "edge\n") && fake.write(u"sys/kernel/irq/24/wakeup"_s, "disabled\n");
}

// Which IrqInfo field a file feeds, for the malformed-file table.
bool fieldIsSet(const IrqInfo &info, const QString &file)
{
    if (file == u"smp_affinity" || file == u"smp_affinity_list")
        return info.affinity.has_value() || info.maskBits != 0;
    if (file == u"effective_affinity" || file == u"effective_affinity_list")
        return info.effective.has_value();
    if (file == u"affinity_hint")
        return info.affinityHint.has_value();
    if (file == u"node")
        return info.node.has_value();
    if (file == u"spurious")
        return info.spuriousCount.has_value() || info.spuriousUnhandled.has_value();
    if (file == u"per_cpu_count")
        return !info.perCpuCount.isEmpty();
    if (file == u"wakeup")
        return info.wakeup.has_value();
    qFatal("unknown file in test table");
}
} // namespace

class TestIrqInfoReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMachine();
    void completeMsixIrq();
    void hexFallback();
    void maskBits_data();
    void maskBits();
    void emptyListIsEmptySet();
    void onlyInterrupts();
    void malformed_data();
    void malformed();
    void malformedListFallsBackToMask();
    void listAndReadAll();
    void missingIrq();
    void defaultAffinity_data();
    void defaultAffinity();
    void inMemoryRootNamesSnapshot();
};

void TestIrqInfoReader::thisMachine()
{
    FakeRoot fake;
    QVERIFY(writeVmIrq24(fake));
    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 24, &issues);
    QVERIFY(info);
    QCOMPARE(describe(issues), QStringList());

    QCOMPARE(info->irq, 24u);
    QVERIFY(info->hasProcEntry);
    QVERIFY(info->hasSysEntry);
    QCOMPARE(info->affinity, std::optional<CpuSet>(CpuSet {0, 1}));
    QCOMPARE(info->effective, std::optional<CpuSet>(CpuSet {0}));
    QCOMPARE(info->affinityHint, std::optional<CpuSet>(CpuSet()));
    QCOMPARE(info->node, std::optional<int>(-1));
    QCOMPARE(info->spuriousCount, std::optional<quint64>(0));
    QCOMPARE(info->spuriousUnhandled, std::optional<quint64>(0));
    QCOMPARE(info->maskBits, 4); // nr_cpu_ids is 2, but one hex digit is all the width says
    QCOMPARE(info->actions, u"ACPI:Ged"_s);
    QCOMPARE(info->chipName, u"IO-APIC"_s);
    QCOMPARE(info->hwirq, u"5"_s);
    QCOMPARE(info->name, u"edge"_s);
    QCOMPARE(info->type, u"edge"_s);
    QCOMPARE(info->perCpuCount, (QList<quint64> {1, 0}));
    QCOMPARE(info->wakeup, std::optional<bool>(false));
}

void TestIrqInfoReader::completeMsixIrq()
{
    // A NIC queue vector on a 48-CPU box: list and hex agree, the list wins.
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/irq/142/smp_affinity"_s, "0000,00000f00\n"));
    QVERIFY(fake.write(u"proc/irq/142/smp_affinity_list"_s, "8-11\n"));
    QVERIFY(fake.write(u"proc/irq/142/effective_affinity"_s, "0000,00000400\n"));
    QVERIFY(fake.write(u"proc/irq/142/effective_affinity_list"_s, "10\n"));
    QVERIFY(fake.write(u"proc/irq/142/affinity_hint"_s, "0000,00000f00\n"));
    QVERIFY(fake.write(u"proc/irq/142/node"_s, "1\n"));
    QVERIFY(fake.write(u"proc/irq/142/spurious"_s, "count 12345678901\nunhandled 7\nlast_unhandled 4294 ms\n"));
    QVERIFY(fake.write(u"sys/kernel/irq/142/actions"_s, "eth0-TxRx-3\n"));
    QVERIFY(fake.write(u"sys/kernel/irq/142/chip_name"_s, "IR-PCI-MSIX-0000:3b:00.0\n"));
    QVERIFY(fake.write(u"sys/kernel/irq/142/hwirq"_s, "4\n"));
    QVERIFY(fake.write(u"sys/kernel/irq/142/name"_s, "edge\n"));
    QVERIFY(fake.write(u"sys/kernel/irq/142/type"_s, "edge\n"));
    QByteArray counts = "0,0,0,0,0,0,0,0,0,0,981234";
    for (int cpu = 11; cpu < 48; ++cpu)
        counts += ",0";
    QVERIFY(fake.write(u"sys/kernel/irq/142/per_cpu_count"_s, counts + '\n'));
    QVERIFY(fake.write(u"sys/kernel/irq/142/wakeup"_s, "enabled\n"));

    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 142, &issues);
    QVERIFY(info);
    QCOMPARE(describe(issues), QStringList());
    QCOMPARE(info->affinity, std::optional<CpuSet>(CpuSet::range(8, 11)));
    QCOMPARE(info->effective, std::optional<CpuSet>(CpuSet {10}));
    QCOMPARE(info->affinityHint, std::optional<CpuSet>(CpuSet::range(8, 11)));
    QCOMPARE(info->node, std::optional<int>(1));
    QCOMPARE(info->spuriousCount, std::optional<quint64>(12345678901ULL));
    QCOMPARE(info->spuriousUnhandled, std::optional<quint64>(7));
    QCOMPARE(info->maskBits, 48);
    QCOMPARE(info->actions, u"eth0-TxRx-3"_s);
    QCOMPARE(info->chipName, u"IR-PCI-MSIX-0000:3b:00.0"_s);
    QCOMPARE(info->perCpuCount.size(), 48);
    QCOMPARE(info->perCpuCount.at(10), 981234u);
    QCOMPARE(info->perCpuCount.at(47), 0u);
    QCOMPARE(info->wakeup, std::optional<bool>(true));
}

void TestIrqInfoReader::hexFallback()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/irq/30/smp_affinity"_s, "0000,00000f00\n"));
    QVERIFY(fake.write(u"proc/irq/30/effective_affinity"_s, "0000,00000400\n"));
    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 30, &issues);
    QVERIFY(info);
    QCOMPARE(describe(issues), QStringList());
    QVERIFY(info->hasProcEntry);
    QVERIFY(!info->hasSysEntry);
    QCOMPARE(info->affinity, std::optional<CpuSet>(CpuSet::range(8, 11)));
    QCOMPARE(info->effective, std::optional<CpuSet>(CpuSet {10}));
    QCOMPARE(info->maskBits, 48);
    QVERIFY(!info->affinityHint);
    QVERIFY(!info->node);
    QVERIFY(!info->spuriousCount);
    QVERIFY(!info->wakeup);
    QVERIFY(info->perCpuCount.isEmpty());
    QCOMPARE(info->chipName, QString());
}

void TestIrqInfoReader::maskBits_data()
{
    QTest::addColumn<QByteArray>("mask");
    QTest::addColumn<int>("bits");

    QTest::newRow("2 CPUs") << QByteArray("3\n") << 4;
    QTest::newRow("8 CPUs") << QByteArray("ff\n") << 8;
    QTest::newRow("16 bits") << QByteArray("0011\n") << 16;
    QTest::newRow("32 bits") << QByteArray("00000001\n") << 32;
    QTest::newRow("48 bits") << QByteArray("0000,00000001\n") << 48;
    QTest::newRow("104 bits") << QByteArray("00,00000000,00000000,00000001\n") << 104;
    QTest::newRow("256 bits") << QByteArray("00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000001\n")
                              << 256;
    QTest::newRow("malformed") << QByteArray("0000,0000000g\n") << 0;
}

void TestIrqInfoReader::maskBits()
{
    QFETCH(QByteArray, mask);
    QFETCH(int, bits);

    // The width comes from the hex file even when the list file gives the set.
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/irq/7/smp_affinity"_s, mask));
    QVERIFY(fake.write(u"proc/irq/7/smp_affinity_list"_s, "0\n"));
    const auto info = IrqInfoReader::read(fake.root(), 7, nullptr);
    QVERIFY(info);
    QCOMPARE(info->maskBits, bits);
    QCOMPARE(info->affinity, std::optional<CpuSet>(CpuSet {0}));
}

void TestIrqInfoReader::emptyListIsEmptySet()
{
    // A managed IRQ whose CPUs are all offline: the kernel prints an empty line.
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/irq/40/effective_affinity_list"_s, "\n"));
    QVERIFY(fake.write(u"proc/irq/40/effective_affinity"_s, "00\n"));
    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 40, &issues);
    QVERIFY(info);
    QCOMPARE(describe(issues), QStringList());
    QCOMPARE(info->effective, std::optional<CpuSet>(CpuSet()));
}

void TestIrqInfoReader::onlyInterrupts()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "           CPU0\n  0:         22   IO-APIC   2-edge      timer\n"));
    const SystemRoot root = fake.root();
    QList<SourceIssue> issues;
    QCOMPARE(IrqInfoReader::read(root, 0, &issues).has_value(), false);
    QCOMPARE(IrqInfoReader::listIrqs(root), QList<uint>());
    QVERIFY(IrqInfoReader::readAll(root, &issues).isEmpty());
    QCOMPARE(IrqInfoReader::readDefaultAffinity(root, &issues).has_value(), false);
    QCOMPARE(describe(issues), QStringList());
}

void TestIrqInfoReader::malformed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");

    QTest::newRow("reversed list") << u"proc/irq/9/smp_affinity_list"_s << QByteArray("5-3\n")
                                   << u"not a CPU list: range 5-3 is reversed: write 3-5"_s;
    QTest::newRow("bad mask") << u"proc/irq/9/smp_affinity"_s << QByteArray("xyz\n")
                              << u"not a CPU mask: 'x' at position 0 is not a hexadecimal digit"_s;
    QTest::newRow("empty mask") << u"proc/irq/9/smp_affinity"_s << QByteArray("\n")
                                << u"not a CPU mask: the text is empty"_s;
    QTest::newRow("effective list") << u"proc/irq/9/effective_affinity_list"_s << QByteArray("0,,1\n")
                                    << u"not a CPU list: ',' at position 2 does not follow a CPU number"_s;
    QTest::newRow("effective mask")
        << u"proc/irq/9/effective_affinity"_s << QByteArray("123456789\n")
        << u"not a CPU mask: group '123456789' at position 0 has more than 8 hex digits (32 bits)"_s;
    QTest::newRow("hint") << u"proc/irq/9/affinity_hint"_s << QByteArray("0-3\n")
                          << u"not a CPU mask: '-' at position 1 is not a hexadecimal digit"_s;
    QTest::newRow("node word") << u"proc/irq/9/node"_s << QByteArray("abc\n") << u"not a NUMA node number: 'abc'"_s;
    QTest::newRow("node -2") << u"proc/irq/9/node"_s << QByteArray("-2\n") << u"not a NUMA node number: '-2'"_s;
    QTest::newRow("node empty") << u"proc/irq/9/node"_s << QByteArray("") << u"not a NUMA node number: ''"_s;
    QTest::newRow("spurious count") << u"proc/irq/9/spurious"_s << QByteArray("count x\nunhandled 0\n")
                                    << u"no 'count N' and 'unhandled N' lines"_s;
    QTest::newRow("spurious truncated") << u"proc/irq/9/spurious"_s << QByteArray("count 3\n")
                                        << u"no 'count N' and 'unhandled N' lines"_s;
    QTest::newRow("per-cpu empty field") << u"sys/kernel/irq/9/per_cpu_count"_s << QByteArray("1,,2\n")
                                         << u"not a comma separated list of counts: '1,,2'"_s;
    QTest::newRow("per-cpu negative") << u"sys/kernel/irq/9/per_cpu_count"_s << QByteArray("1,-2\n")
                                      << u"not a comma separated list of counts: '1,-2'"_s;
    QTest::newRow("wakeup") << u"sys/kernel/irq/9/wakeup"_s << QByteArray("maybe\n")
                            << u"'maybe' is neither 'enabled' nor 'disabled'"_s;
}

void TestIrqInfoReader::malformed()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);

    FakeRoot fake;
    QVERIFY(fake.write(path, contents));
    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 9, &issues);
    QVERIFY(info);
    QCOMPARE(describe(issues), QStringList {warning(fake, path, message)});
    QVERIFY(!fieldIsSet(*info, path.section(u'/', -1)));
    QCOMPARE(info->hasProcEntry, path.startsWith(u"proc/"));
    QCOMPARE(info->hasSysEntry, path.startsWith(u"sys/"));
}

void TestIrqInfoReader::malformedListFallsBackToMask()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/irq/9/smp_affinity_list"_s, "0-3x\n"));
    QVERIFY(fake.write(u"proc/irq/9/smp_affinity"_s, "0c\n"));
    QList<SourceIssue> issues;
    const auto info = IrqInfoReader::read(fake.root(), 9, &issues);
    QVERIFY(info);
    QCOMPARE(info->affinity, std::optional<CpuSet>(CpuSet {2, 3}));
    QCOMPARE(info->maskBits, 8);
    QCOMPARE(describe(issues),
        QStringList {warning(
            fake, u"proc/irq/9/smp_affinity_list"_s, u"not a CPU list: 'x' at position 3 is not a decimal digit"_s)});
}

void TestIrqInfoReader::listAndReadAll()
{
    FakeRoot fake;
    QVERIFY(writeVmIrq24(fake));
    QVERIFY(fake.write(u"proc/irq/default_smp_affinity"_s, "3\n"));
    QVERIFY(fake.write(u"proc/irq/0/smp_affinity"_s, "1\n"));
    QVERIFY(fake.write(u"proc/irq/1/smp_affinity_list"_s, "0-1\n"));
    QVERIFY(fake.write(u"proc/irq/1/node"_s, "zero\n"));
    QVERIFY(fake.mkdir(u"proc/irq/notanirq"_s));
    QVERIFY(fake.mkdir(u"proc/irq/-5"_s));
    QVERIFY(fake.mkdir(u"sys/kernel/irq/0"_s)); // empty, but listed: it exists
    QVERIFY(fake.write(u"sys/kernel/irq/1000/chip_name"_s, "PCI-MSI-0000:00:1f.0\n"));
    const SystemRoot root = fake.root();

    QCOMPARE(IrqInfoReader::listIrqs(root), (QList<uint> {0, 1, 24, 1000}));

    QList<SourceIssue> issues;
    const QHash<uint, IrqInfo> all = IrqInfoReader::readAll(root, &issues);
    QList<uint> keys = all.keys();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, (QList<uint> {0, 1, 24, 1000}));
    QCOMPARE(describe(issues), QStringList {warning(fake, u"proc/irq/1/node"_s, u"not a NUMA node number: 'zero'"_s)});

    QCOMPARE(all[0].irq, 0u);
    QVERIFY(all[0].hasProcEntry);
    QVERIFY(all[0].hasSysEntry);
    QCOMPARE(all[0].affinity, std::optional<CpuSet>(CpuSet {0}));
    QCOMPARE(all[1].affinity, std::optional<CpuSet>(CpuSet {0, 1}));
    QCOMPARE(all[1].maskBits, 0); // no hex file: width unknown
    QVERIFY(!all[1].node);
    QCOMPARE(all[24].chipName, u"IO-APIC"_s);
    QCOMPARE(all[24].effective, std::optional<CpuSet>(CpuSet {0}));
    QCOMPARE(all[1000].irq, 1000u);
    QVERIFY(!all[1000].hasProcEntry);
    QVERIFY(all[1000].hasSysEntry);
    QCOMPARE(all[1000].chipName, u"PCI-MSI-0000:00:1f.0"_s);
    QVERIFY(!all[1000].affinity);
}

void TestIrqInfoReader::missingIrq()
{
    FakeRoot fake;
    QVERIFY(writeVmIrq24(fake));
    QList<SourceIssue> issues;
    QCOMPARE(IrqInfoReader::read(fake.root(), 25, &issues).has_value(), false);
    QCOMPARE(describe(issues), QStringList());
}

void TestIrqInfoReader::defaultAffinity_data()
{
    QTest::addColumn<QByteArray>("contents"); // a null array: no file
    QTest::addColumn<std::optional<CpuSet>>("expected");
    QTest::addColumn<QString>("message");

    QTest::newRow("2 CPUs") << QByteArray("3\n") << std::optional<CpuSet>(CpuSet {0, 1}) << QString();
    QTest::newRow("40 CPUs") << QByteArray("ff,ffffffff\n") << std::optional<CpuSet>(CpuSet::range(0, 39)) << QString();
    QTest::newRow("missing") << QByteArray() << std::optional<CpuSet>() << QString();
    QTest::newRow("malformed") << QByteArray("ff,\n") << std::optional<CpuSet>()
                               << u"not a CPU mask: ',' at position 2 is not followed by a group of hex digits"_s;
}

void TestIrqInfoReader::defaultAffinity()
{
    QFETCH(QByteArray, contents);
    QFETCH(std::optional<CpuSet>, expected);
    QFETCH(QString, message);

    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "           CPU0\n"));
    if (!contents.isNull())
        QVERIFY(fake.write(u"proc/irq/default_smp_affinity"_s, contents));
    QList<SourceIssue> issues;
    QCOMPARE(IrqInfoReader::readDefaultAffinity(fake.root(), &issues), expected);
    const QStringList expectedIssues
        = message.isEmpty() ? QStringList() : QStringList {warning(fake, u"proc/irq/default_smp_affinity"_s, message)};
    QCOMPARE(describe(issues), expectedIssues);
}

void TestIrqInfoReader::inMemoryRootNamesSnapshot()
{
    SystemRoot::Contents contents;
    contents.files.insert(u"proc/irq/5/smp_affinity_list"_s, "2\n");
    contents.files.insert(u"proc/irq/5/node"_s, "x\n");
    contents.directories.insert(u"proc/irq"_s, {u"5"_s, u"default_smp_affinity"_s});
    const SystemRoot root = SystemRoot::fromContents(contents, u"before.json"_s);

    QList<SourceIssue> issues;
    const QHash<uint, IrqInfo> all = IrqInfoReader::readAll(root, &issues);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.value(5).affinity, std::optional<CpuSet>(CpuSet {2}));
    QCOMPARE(describe(issues), QStringList {u"before.json: proc/irq/5/node: not a NUMA node number: 'x' [warning]"_s});
}

QTEST_GUILESS_MAIN(TestIrqInfoReader)
#include "tst_irqinforeader.moc"
