// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cputopologyreader.h"
#include "fakeroot.h"

#include <QTest>

using namespace Qt::StringLiterals;

char *toString(const CpuSet &set)
{
    return QTest::toString(u'{' + set.toCpuList() + u'}');
}

namespace {
const QString cpuDir = u"sys/devices/system/cpu/"_s;
const QString nodeDir = u"sys/devices/system/node/"_s;

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

bool writeTopology(FakeRoot &fake, int cpu, int package, int core, const QByteArray &siblings)
{
    const QString dir = cpuDir + u"cpu"_s + QString::number(cpu) + u"/topology/"_s;
    return fake.write(dir + u"physical_package_id"_s, QByteArray::number(package) + '\n')
        && fake.write(dir + u"die_id"_s, "0\n") && fake.write(dir + u"cluster_id"_s, "65535\n")
        && fake.write(dir + u"core_id"_s, QByteArray::number(core) + '\n')
        && fake.write(dir + u"thread_siblings_list"_s, siblings + '\n');
}

// 2 packages x 4 cores x 2 threads, numbered the way Intel firmware does: the first threads
// of every core (0-7), then their siblings (8-15). CPU 3 is offline: x86 then removes its
// topology directory and takes it out of its node's cpulist. 6-7 are isolated (isolcpus=6-7).
bool writeTwoSocketSmt(FakeRoot &fake)
{
    bool ok = fake.write(cpuDir + u"possible"_s, "0-15\n") && fake.write(cpuDir + u"present"_s, "0-15\n")
        && fake.write(cpuDir + u"online"_s, "0-2,4-15\n") && fake.write(cpuDir + u"offline"_s, "3\n")
        && fake.write(cpuDir + u"isolated"_s, "6-7\n") && fake.write(cpuDir + u"nohz_full"_s, "6-7\n")
        && fake.write(cpuDir + u"kernel_max"_s, "8191\n") && fake.mkdir(cpuDir + u"cpufreq"_s)
        && fake.mkdir(cpuDir + u"cpuidle"_s) && fake.mkdir(cpuDir + u"cpu3"_s)
        && fake.write(nodeDir + u"node0/cpulist"_s, "0-2,8-11\n")
        && fake.write(nodeDir + u"node1/cpulist"_s, "4-7,12-15\n") && fake.write(nodeDir + u"online"_s, "0-1\n")
        && fake.write(nodeDir + u"has_cpu"_s, "0-1\n");
    for (int cpu = 0; cpu < 16 && ok; ++cpu) {
        if (cpu == 3)
            continue;
        const int first = cpu % 8;
        const QByteArray siblings = QByteArray::number(first) + ',' + QByteArray::number(first + 8);
        ok = writeTopology(fake, cpu, first / 4, first % 4, siblings);
    }
    return ok;
}
} // namespace

class TestCpuTopologyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSocketSmt();
    void twoSocketSmtCpus_data();
    void twoSocketSmtCpus();
    void thisMachine();
    void noTopology();
    void fallbacks_data();
    void fallbacks();
    void malformed_data();
    void malformed();
    void memoryOnlyNode();
    void hasTopology_data();
    void hasTopology();
    void cpuLookup();
};

void TestCpuTopologyReader::twoSocketSmt()
{
    FakeRoot fake;
    QVERIFY(writeTwoSocketSmt(fake));
    QList<SourceIssue> issues;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &issues);
    QCOMPARE(describe(issues), QStringList());

    QCOMPARE(topology.possible, CpuSet::range(0, 15));
    QCOMPARE(topology.present, CpuSet::range(0, 15));
    QCOMPARE(topology.online, CpuSet::range(0, 15).subtracted(CpuSet {3}));
    QCOMPARE(topology.isolated, (CpuSet {6, 7}));
    QCOMPARE(topology.nohzFull, (CpuSet {6, 7}));
    QCOMPARE(topology.nrCpuIds(), 16);
    QVERIFY(topology.hasTopology());
    QCOMPARE(topology.nodes.keys(), (QList<int> {0, 1}));
    QCOMPARE(topology.nodes.value(0).toCpuList(), u"0-2,8-11"_s);
    QCOMPARE(topology.nodes.value(1).toCpuList(), u"4-7,12-15"_s);
    QCOMPARE(topology.cpus.size(), 16);
    for (qsizetype i = 0; i < topology.cpus.size(); ++i)
        QCOMPARE(topology.cpus.at(i).cpu, int(i));
}

void TestCpuTopologyReader::twoSocketSmtCpus_data()
{
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("package");
    QTest::addColumn<int>("die");
    QTest::addColumn<int>("core");
    QTest::addColumn<int>("node");
    QTest::addColumn<QString>("siblings");
    QTest::addColumn<bool>("online");
    QTest::addColumn<bool>("isolated");

    QTest::newRow("cpu0") << 0 << 0 << 0 << 0 << 0 << u"0,8"_s << true << false;
    QTest::newRow("cpu2") << 2 << 0 << 0 << 2 << 0 << u"2,10"_s << true << false;
    QTest::newRow("cpu3 offline") << 3 << -1 << -1 << -1 << -1 << QString() << false << false;
    QTest::newRow("cpu4 second package") << 4 << 1 << 0 << 0 << 1 << u"4,12"_s << true << false;
    QTest::newRow("cpu6 isolated") << 6 << 1 << 0 << 2 << 1 << u"6,14"_s << true << true;
    QTest::newRow("cpu7 isolated") << 7 << 1 << 0 << 3 << 1 << u"7,15"_s << true << true;
    QTest::newRow("cpu11 sibling of 3") << 11 << 0 << 0 << 3 << 0 << u"3,11"_s << true << false;
    QTest::newRow("cpu14 sibling of 6") << 14 << 1 << 0 << 2 << 1 << u"6,14"_s << true << false;
}

void TestCpuTopologyReader::twoSocketSmtCpus()
{
    QFETCH(int, cpu);
    QFETCH(int, package);
    QFETCH(int, die);
    QFETCH(int, core);
    QFETCH(int, node);
    QFETCH(QString, siblings);
    QFETCH(bool, online);
    QFETCH(bool, isolated);

    FakeRoot fake;
    QVERIFY(writeTwoSocketSmt(fake));
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), nullptr);
    const CpuInfo *info = topology.cpu(cpu);
    QVERIFY(info);
    QCOMPARE(info->cpu, cpu);
    QCOMPARE(info->package, package);
    QCOMPARE(info->die, die);
    QCOMPARE(info->cluster, -1); // 65535: x86 does not know
    QCOMPARE(info->core, core);
    QCOMPARE(info->node, node);
    QCOMPARE(info->threadSiblings.toCpuList(), siblings);
    QCOMPARE(info->online, online);
    QCOMPARE(info->isolated, isolated);
    QCOMPARE(info->nohzFull, isolated);
}

void TestCpuTopologyReader::thisMachine()
{
    // The 2-vCPU KVM guest this project is developed on: one socket, no SMT, no nohz_full file.
    FakeRoot fake;
    QVERIFY(fake.write(cpuDir + u"possible"_s, "0-1\n"));
    QVERIFY(fake.write(cpuDir + u"present"_s, "0-1\n"));
    QVERIFY(fake.write(cpuDir + u"online"_s, "0-1\n"));
    QVERIFY(fake.write(cpuDir + u"offline"_s, "\n"));
    QVERIFY(fake.write(cpuDir + u"isolated"_s, "\n"));
    QVERIFY(fake.write(cpuDir + u"kernel_max"_s, "8191\n"));
    for (int cpu = 0; cpu < 2; ++cpu) {
        const QString dir = cpuDir + u"cpu"_s + QString::number(cpu) + u"/topology/"_s;
        const QByteArray self = QByteArray::number(cpu) + '\n';
        const QByteArray selfMask = QByteArray::number(1 << cpu) + '\n';
        QVERIFY(fake.write(dir + u"cluster_cpus"_s, selfMask));
        QVERIFY(fake.write(dir + u"cluster_cpus_list"_s, self));
        QVERIFY(fake.write(dir + u"cluster_id"_s, "65535\n"));
        QVERIFY(fake.write(dir + u"core_cpus"_s, selfMask));
        QVERIFY(fake.write(dir + u"core_cpus_list"_s, self));
        QVERIFY(fake.write(dir + u"core_id"_s, self));
        QVERIFY(fake.write(dir + u"core_siblings"_s, "3\n"));
        QVERIFY(fake.write(dir + u"core_siblings_list"_s, "0-1\n"));
        QVERIFY(fake.write(dir + u"die_cpus"_s, "3\n"));
        QVERIFY(fake.write(dir + u"die_cpus_list"_s, "0-1\n"));
        QVERIFY(fake.write(dir + u"die_id"_s, "0\n"));
        QVERIFY(fake.write(dir + u"package_cpus"_s, "3\n"));
        QVERIFY(fake.write(dir + u"package_cpus_list"_s, "0-1\n"));
        QVERIFY(fake.write(dir + u"physical_package_id"_s, "0\n"));
        QVERIFY(fake.write(dir + u"thread_siblings"_s, selfMask));
        QVERIFY(fake.write(dir + u"thread_siblings_list"_s, self));
    }
    QVERIFY(fake.write(nodeDir + u"node0/cpulist"_s, "0-1\n"));
    QVERIFY(fake.write(nodeDir + u"node0/cpumap"_s, "3\n"));
    QVERIFY(fake.write(nodeDir + u"possible"_s, "0\n"));
    QVERIFY(fake.write(nodeDir + u"has_cpu"_s, "0\n"));

    QList<SourceIssue> issues;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &issues);
    QCOMPARE(describe(issues), QStringList());
    QCOMPARE(topology.possible, (CpuSet {0, 1}));
    QCOMPARE(topology.online, (CpuSet {0, 1}));
    QCOMPARE(topology.isolated, CpuSet());
    QCOMPARE(topology.nohzFull, CpuSet());
    QCOMPARE(topology.nrCpuIds(), 2);
    QVERIFY(topology.hasTopology());
    QCOMPARE(topology.nodes.size(), 1);
    QCOMPARE(topology.nodes.value(0), (CpuSet {0, 1}));
    QCOMPARE(topology.cpus.size(), 2);
    for (int cpu = 0; cpu < 2; ++cpu) {
        const CpuInfo &info = topology.cpus.at(cpu);
        QCOMPARE(info.cpu, cpu);
        QCOMPARE(info.package, 0);
        QCOMPARE(info.die, 0);
        QCOMPARE(info.cluster, -1);
        QCOMPARE(info.core, cpu);
        QCOMPARE(info.node, 0);
        QCOMPARE(info.threadSiblings, CpuSet {cpu});
        QVERIFY(info.online);
        QVERIFY(!info.isolated);
        QVERIFY(!info.nohzFull);
    }
}

void TestCpuTopologyReader::noTopology()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/interrupts"_s, "           CPU0       CPU1\n"));
    QList<SourceIssue> issues;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &issues);
    QCOMPARE(describe(issues), QStringList());
    QVERIFY(topology.possible.isEmpty());
    QVERIFY(topology.present.isEmpty());
    QVERIFY(topology.online.isEmpty());
    QVERIFY(topology.cpus.isEmpty());
    QVERIFY(topology.nodes.isEmpty());
    QCOMPARE(topology.nrCpuIds(), 0);
    QVERIFY(!topology.hasTopology());
    QCOMPARE(topology.cpu(0), nullptr);
}

void TestCpuTopologyReader::fallbacks_data()
{
    // A null QString: the file does not exist.
    QTest::addColumn<QString>("possibleFile");
    QTest::addColumn<QString>("presentFile");
    QTest::addColumn<QString>("onlineFile");
    QTest::addColumn<QList<int>>("cpuDirectories");
    QTest::addColumn<QString>("possible");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("online");
    QTest::addColumn<QStringList>("issues"); // file name: message

    QTest::newRow("all files") << u"0-7"_s << u"0-5"_s << u"0-3"_s << QList<int> {0, 1} << u"0-7"_s << u"0-5"_s
                               << u"0-3"_s << QStringList();
    QTest::newRow("no online: present") << u"0-7"_s << u"0-3"_s << QString() << QList<int>() << u"0-7"_s << u"0-3"_s
                                        << u"0-3"_s << QStringList();
    QTest::newRow("only possible") << u"0-3"_s << QString() << QString() << QList<int>() << u"0-3"_s << u"0-3"_s
                                   << u"0-3"_s << QStringList();
    QTest::newRow("no possible: cpu directories") << QString() << u"0-1"_s << QString() << QList<int> {0, 1, 2, 3, 10}
                                                  << u"0-3,10"_s << u"0-1"_s << u"0-1"_s << QStringList();
    QTest::newRow("no possible, no directories: present")
        << QString() << u"0-5"_s << u"0-2"_s << QList<int>() << u"0-5"_s << u"0-5"_s << u"0-2"_s << QStringList();
    QTest::newRow("malformed possible: directories")
        << u"0-"_s << QString() << QString() << QList<int> {0, 1} << u"0-1"_s << u"0-1"_s << u"0-1"_s
        << QStringList {u"possible: not a CPU list: '-' at position 1 is not followed by a CPU number"_s};
    QTest::newRow("empty possible is malformed")
        << u""_s << u"0"_s << QString() << QList<int>() << u"0"_s << u"0"_s << u"0"_s
        << QStringList {u"possible: not a CPU list: the text is empty"_s};
    QTest::newRow("malformed online: present")
        << u"0-3"_s << u"0-3"_s << u"3-0"_s << QList<int>() << u"0-3"_s << u"0-3"_s << u"0-3"_s
        << QStringList {u"online: not a CPU list: range 3-0 is reversed: write 0-3"_s};
}

void TestCpuTopologyReader::fallbacks()
{
    QFETCH(QString, possibleFile);
    QFETCH(QString, presentFile);
    QFETCH(QString, onlineFile);
    QFETCH(QList<int>, cpuDirectories);
    QFETCH(QString, possible);
    QFETCH(QString, present);
    QFETCH(QString, online);
    QFETCH(QStringList, issues);

    FakeRoot fake;
    QVERIFY(fake.mkdir(cpuDir + u"cpufreq"_s));
    if (!possibleFile.isNull())
        QVERIFY(fake.write(cpuDir + u"possible"_s, possibleFile.toLatin1() + '\n'));
    if (!presentFile.isNull())
        QVERIFY(fake.write(cpuDir + u"present"_s, presentFile.toLatin1() + '\n'));
    if (!onlineFile.isNull())
        QVERIFY(fake.write(cpuDir + u"online"_s, onlineFile.toLatin1() + '\n'));
    for (int cpu : std::as_const(cpuDirectories))
        QVERIFY(fake.mkdir(cpuDir + u"cpu"_s + QString::number(cpu)));

    QList<SourceIssue> found;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &found);
    QCOMPARE(topology.possible.toCpuList(), possible);
    QCOMPARE(topology.present.toCpuList(), present);
    QCOMPARE(topology.online.toCpuList(), online);
    QCOMPARE(topology.cpus.size(), qsizetype(topology.possible.count()));
    QVERIFY(!topology.hasTopology());
    QStringList expected;
    for (const QString &issue : std::as_const(issues)) {
        const QString file = issue.section(u": "_s, 0, 0);
        expected.append(warning(fake, cpuDir + file, issue.section(u": "_s, 1)));
    }
    QCOMPARE(describe(found), expected);
}

void TestCpuTopologyReader::malformed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");

    QTest::newRow("package id") << cpuDir + u"cpu1/topology/physical_package_id"_s << QByteArray("x\n")
                                << u"not a topology id: 'x'"_s;
    QTest::newRow("core id negative") << cpuDir + u"cpu1/topology/core_id"_s << QByteArray("-7\n")
                                      << u"not a topology id: '-7'"_s;
    QTest::newRow("die id empty") << cpuDir + u"cpu1/topology/die_id"_s << QByteArray("\n")
                                  << u"not a topology id: ''"_s;
    QTest::newRow("cluster id") << cpuDir + u"cpu1/topology/cluster_id"_s << QByteArray("1 2\n")
                                << u"not a topology id: '1 2'"_s;
    QTest::newRow("siblings") << cpuDir + u"cpu1/topology/thread_siblings_list"_s << QByteArray("1-0\n")
                              << u"not a CPU list: range 1-0 is reversed: write 0-1"_s;
    QTest::newRow("isolated") << cpuDir + u"isolated"_s << QByteArray("a\n")
                              << u"not a CPU list: 'a' at position 0 is not a decimal digit"_s;
    QTest::newRow("nohz_full") << cpuDir + u"nohz_full"_s << QByteArray("1,\n")
                               << u"not a CPU list: ',' at position 1 is not followed by a CPU number"_s;
    QTest::newRow("node cpulist") << nodeDir + u"node1/cpulist"_s << QByteArray("0-9000\n")
                                  << u"not a CPU list: CPU 9000 is out of range (at most 8191)"_s;
}

void TestCpuTopologyReader::malformed()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);

    // Two CPUs with full topology; then one file is replaced by garbage.
    FakeRoot fake;
    QVERIFY(fake.write(cpuDir + u"possible"_s, "0-1\n"));
    QVERIFY(fake.write(cpuDir + u"isolated"_s, "\n"));
    QVERIFY(fake.write(cpuDir + u"nohz_full"_s, "\n"));
    QVERIFY(writeTopology(fake, 0, 0, 0, "0-1"));
    QVERIFY(writeTopology(fake, 1, 0, 0, "0-1"));
    QVERIFY(fake.write(nodeDir + u"node0/cpulist"_s, "0-1\n"));
    QVERIFY(fake.write(nodeDir + u"node1/cpulist"_s, "\n"));
    QVERIFY(fake.write(path, contents));

    QList<SourceIssue> issues;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &issues);
    QCOMPARE(describe(issues), QStringList {warning(fake, path, message)});

    QCOMPARE(topology.cpus.size(), 2);
    const CpuInfo &cpu0 = topology.cpus.at(0);
    const CpuInfo &cpu1 = topology.cpus.at(1);
    // CPU 0 is untouched in every row.
    QCOMPARE(cpu0.package, 0);
    QCOMPARE(cpu0.core, 0);
    QCOMPARE(cpu0.die, 0);
    QCOMPARE(cpu0.threadSiblings, (CpuSet {0, 1}));
    QCOMPARE(cpu0.node, 0);

    const QString file = path.section(u'/', -1);
    QCOMPARE(cpu1.package, file == u"physical_package_id" ? -1 : 0);
    QCOMPARE(cpu1.core, file == u"core_id" ? -1 : 0);
    QCOMPARE(cpu1.die, file == u"die_id" ? -1 : 0);
    QCOMPARE(cpu1.cluster, -1);
    QCOMPARE(cpu1.threadSiblings, (file == u"thread_siblings_list" ? CpuSet() : CpuSet {0, 1}));
    QVERIFY(topology.isolated.isEmpty());
    QVERIFY(topology.nohzFull.isEmpty());
    QCOMPARE(topology.nodes.keys(), path.contains(u"node1") ? QList<int> {0} : (QList<int> {0, 1}));
}

void TestCpuTopologyReader::memoryOnlyNode()
{
    // A CXL memory expander: a node with memory and no CPUs. Unrelated names are skipped.
    FakeRoot fake;
    QVERIFY(fake.write(cpuDir + u"possible"_s, "0-3\n"));
    QVERIFY(fake.write(nodeDir + u"node0/cpulist"_s, "0-3\n"));
    QVERIFY(fake.write(nodeDir + u"node2/cpulist"_s, "\n"));
    QVERIFY(fake.mkdir(nodeDir + u"nodefoo"_s));
    QVERIFY(fake.mkdir(nodeDir + u"node"_s));
    QVERIFY(fake.mkdir(nodeDir + u"power"_s));
    QVERIFY(fake.mkdir(nodeDir + u"node5"_s)); // no cpulist: skipped
    QList<SourceIssue> issues;
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), &issues);
    QCOMPARE(describe(issues), QStringList());
    QCOMPARE(topology.nodes.keys(), (QList<int> {0, 2}));
    QVERIFY(topology.nodes.value(2).isEmpty());
    QCOMPARE(topology.cpus.at(3).node, 0);
}

void TestCpuTopologyReader::hasTopology_data()
{
    QTest::addColumn<int>("package");
    QTest::addColumn<int>("core");
    QTest::addColumn<bool>("expected");

    QTest::newRow("both") << 0 << 0 << true;
    QTest::newRow("package only") << 1 << -1 << true;
    QTest::newRow("core only") << -1 << 3 << true;
    QTest::newRow("neither") << -1 << -1 << false;
}

void TestCpuTopologyReader::hasTopology()
{
    QFETCH(int, package);
    QFETCH(int, core);
    QFETCH(bool, expected);

    CpuTopology topology;
    QVERIFY(!topology.hasTopology());
    CpuInfo unknown;
    unknown.cpu = 0;
    CpuInfo info;
    info.cpu = 1;
    info.package = package;
    info.core = core;
    info.die = 0; // a die alone says nothing about the grid
    topology.cpus = {unknown, info};
    QCOMPARE(topology.hasTopology(), expected);
}

void TestCpuTopologyReader::cpuLookup()
{
    FakeRoot fake;
    QVERIFY(fake.write(cpuDir + u"possible"_s, "0,2,4-5\n"));
    const CpuTopology topology = CpuTopologyReader::read(fake.root(), nullptr);
    QCOMPARE(topology.cpus.size(), 4);
    QCOMPARE(topology.nrCpuIds(), 6);
    for (int cpu : {0, 2, 4, 5}) {
        const CpuInfo *info = topology.cpu(cpu);
        QVERIFY(info);
        QCOMPARE(info->cpu, cpu);
        QVERIFY(info->online); // no online file: every present CPU, and present is possible
    }
    for (int cpu : {-1, 1, 3, 6, 100})
        QCOMPARE(topology.cpu(cpu), nullptr);
}

QTEST_GUILESS_MAIN(TestCpuTopologyReader)
#include "tst_cputopologyreader.moc"
