// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "nicqueuereader.h"
#include "systempaths.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
NicInfo nic(const QString &name, const QString &device, const QString &driver = {}, const QList<uint> &msiIrqs = {})
{
    NicInfo info;
    info.name = name;
    info.device = device;
    info.driver = driver;
    info.msiIrqs = msiIrqs;
    return info;
}

QString kindName(IrqQueueBinding::Kind kind)
{
    switch (kind) {
    case IrqQueueBinding::Kind::Unknown:
        return u"unknown"_s;
    case IrqQueueBinding::Kind::Combined:
        return u"combined"_s;
    case IrqQueueBinding::Kind::Rx:
        return u"rx"_s;
    case IrqQueueBinding::Kind::Tx:
        return u"tx"_s;
    }
    return u"?"_s;
}

/// `eth0 combined 3`, `eth0 unknown`, `eth0 rx 1 msi`; empty for no binding.
QString describe(const std::optional<IrqQueueBinding> &binding, bool withEvidence = false)
{
    if (!binding)
        return {};
    QString text = binding->interface + u' ' + kindName(binding->kind);
    if (binding->queue)
        text += u' ' + QString::number(*binding->queue);
    if (binding->kind != IrqQueueBinding::Kind::Unknown && !binding->queue)
        text += u" (no queue!)"_s;
    if (withEvidence)
        text += binding->evidence == IrqQueueBinding::Evidence::MsiIrqs ? u" msi"_s : u" name"_s;
    return text;
}

QString optionalText(const std::optional<CpuSet> &set)
{
    return set ? u'[' + set->toCpuList() + u']' : u"unset"_s;
}

QString optionalText(const std::optional<quint64> &value)
{
    return value ? QString::number(*value) : u"unset"_s;
}

/// One line for the interface, one per queue.
QStringList printed(const NicInfo &info)
{
    QStringList msi;
    for (uint irq : info.msiIrqs)
        msi.append(QString::number(irq));
    QStringList lines {info.name + u" device=" + info.device + u" driver=" + info.driver + u" numa="
        + (info.numaNode ? QString::number(*info.numaNode) : u"unset"_s) + u" msi=" + msi.join(u',')};
    for (const NicQueue &queue : info.rxQueues)
        lines.append(
            queue.name() + u" cpus=" + optionalText(queue.cpus) + u" flows=" + optionalText(queue.rpsFlowCount));
    for (const NicQueue &queue : info.txQueues)
        lines.append(queue.name() + u" cpus=" + optionalText(queue.cpus) + u" rxqs=" + optionalText(queue.xpsRxqs)
            + u" maxrate=" + optionalText(queue.txMaxRate));
    return lines;
}

/// The interfaces that bindingForName() chooses from: real driver naming needs each of them.
QList<NicInfo> namingNics()
{
    return {
        nic(u"eth0"_s, u"0000:00:05.0"_s, u"ena"_s),
        nic(u"eth1"_s, u"0000:3b:00.0"_s, u"mlx5_core"_s),
        nic(u"eth10"_s, u"0000:13:00.0"_s, u"mlx4_core"_s),
        nic(u"eth2"_s, u"7870:00:00.0"_s, u"mana"_s),
        nic(u"eth3"_s, u"0000:7d:00.0"_s, u"hns3"_s),
        nic(u"enP1s15"_s, u"0001:00:0f.0"_s, u"i40e"_s),
        nic(u"enp6s0"_s, u"0000:06:00.0"_s, u"igc"_s),
        nic(u"ens3"_s, u"virtio2"_s, u"virtio_net"_s),
        nic(u"wan_0"_s, u"0000:02:00.0"_s, u"igb"_s),
        nic(u"lan"_s, u"mt7530-0"_s, u"mt7530"_s),
        nic(u"eth"_s, u"0000:04:00.0"_s, u"e1000e"_s),
        nic(u"br-lan"_s, QString()),
        nic(u"eth0.100"_s, QString()),
        nic(u"lo"_s, QString()),
    };
}
} // namespace

class TestNicQueueReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void queueName_data();
    void queueName();
    void pciAddress_data();
    void pciAddress();
    void validInterfaceName_data();
    void validInterfaceName();

    void bindingForName_data();
    void bindingForName();

    void read_data();
    void read();
    void readSkipsInvalidNames();
    void readIssues_data();
    void readIssues();

    void mapIrqs_data();
    void mapIrqs();
    void mapIrqsBindsOnlyMatchedIrqs();

private:
    bool buildTree();

    FakeRoot m_fake;
    QList<NicInfo> m_read;
    QList<SourceIssue> m_issues;
    QHash<uint, IrqQueueBinding> m_mapped;
};

void TestNicQueueReader::queueName_data()
{
    QTest::addColumn<bool>("rx");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rx-3") << true << 3 << u"rx-3"_s;
    QTest::newRow("tx-0") << false << 0 << u"tx-0"_s;
    QTest::newRow("tx-12") << false << 12 << u"tx-12"_s;
}

void TestNicQueueReader::queueName()
{
    QFETCH(bool, rx);
    QFETCH(int, index);
    QFETCH(QString, expected);
    NicQueue queue;
    queue.direction = rx ? NicQueue::Direction::Rx : NicQueue::Direction::Tx;
    queue.index = index;
    QCOMPARE(queue.name(), expected);
}

void TestNicQueueReader::pciAddress_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("isPci");
    QTest::newRow("function 0") << u"0000:3b:00.0"_s << true;
    QTest::newRow("function 7") << u"0000:3b:1f.7"_s << true;
    QTest::newRow("hyper-v domain") << u"7870:00:00.0"_s << true;
    QTest::newRow("vmd 5-digit domain") << u"10000:e1:00.0"_s << true;
    QTest::newRow("function 8") << u"0000:3b:00.8"_s << false;
    QTest::newRow("upper case") << u"0000:3B:00.0"_s << false;
    QTest::newRow("3-digit domain") << u"000:3b:00.0"_s << false;
    QTest::newRow("1-digit device") << u"0000:3b:0.0"_s << false;
    QTest::newRow("trailing text") << u"0000:3b:00.0x"_s << false;
    QTest::newRow("virtio") << u"virtio2"_s << false;
    QTest::newRow("platform device") << u"fe300000.ethernet"_s << false;
    QTest::newRow("virtual") << QString() << false;
}

void TestNicQueueReader::pciAddress()
{
    QFETCH(QString, device);
    QFETCH(bool, isPci);
    QCOMPARE(nic(u"eth0"_s, device).pciAddress(), isPci ? device : QString());
}

void TestNicQueueReader::validInterfaceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("eth0") << u"eth0"_s << true;
    QTest::newRow("dash") << u"br-lan"_s << true;
    QTest::newRow("vlan dot") << u"eth0.100"_s << true;
    QTest::newRow("underscore") << u"wan_0"_s << true;
    QTest::newRow("15 bytes") << u"abcdefghijklmno"_s << true;
    QTest::newRow("16 bytes") << u"abcdefghijklmnop"_s << false;
    QTest::newRow("15 chars, 16 bytes") << u"abcdefghijklmn\u00e9"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"."_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("alias colon") << u"eth0:1"_s << false;
    QTest::newRow("space") << u"eth 0"_s << false;
    QTest::newRow("newline") << u"eth0\n"_s << false;
}

void TestNicQueueReader::validInterfaceName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(NicQueueReader::isValidInterfaceName(name), valid);
}

void TestNicQueueReader::bindingForName_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");

    // Interface name, queue after it.
    QTest::newRow("ixgbe TxRx") << u"eth0-TxRx-3"_s << u"eth0 combined 3"_s;
    QTest::newRow("ena Tx-Rx") << u"eth0-Tx-Rx-7"_s << u"eth0 combined 7"_s;
    QTest::newRow("lower-case txrx") << u"eth0-txrx-1"_s << u"eth0 combined 1"_s;
    QTest::newRow("nfp rxtx") << u"eth0-rxtx-4"_s << u"eth0 combined 4"_s;
    QTest::newRow("bare number") << u"eth0-3"_s << u"eth0 combined 3"_s;
    QTest::newRow("bnx2x fastpath") << u"eth0-fp-5"_s << u"eth0 combined 5"_s;
    QTest::newRow("be2net q") << u"eth0-q2"_s << u"eth0 combined 2"_s;
    QTest::newRow("rx dash") << u"eth0-rx-2"_s << u"eth0 rx 2"_s;
    QTest::newRow("rx glued") << u"eth0-rx2"_s << u"eth0 rx 2"_s;
    QTest::newRow("tx dash") << u"eth0-tx-1"_s << u"eth0 tx 1"_s;
    QTest::newRow("qlogic tx+rx vector") << u"eth0-tx-0-rx-3"_s << u"eth0 rx 3"_s;
    QTest::newRow("i40e driver prefix") << u"i40e-eth0-TxRx-3"_s << u"eth0 combined 3"_s;
    QTest::newRow("ice driver prefix") << u"ice-eth0-TxRx-3"_s << u"eth0 combined 3"_s;
    QTest::newRow("i40e real") << u"i40e-enP1s15-TxRx-2"_s << u"enP1s15 combined 2"_s;
    QTest::newRow("interface alone") << u"eth0"_s << u"eth0 unknown"_s;
    QTest::newRow("interface alone, enp") << u"enp6s0"_s << u"enp6s0 unknown"_s;
    QTest::newRow("unknown suffix") << u"eth0-lsc"_s << u"eth0 unknown"_s;
    QTest::newRow("rx without number") << u"eth0-rx"_s << u"eth0 unknown"_s;

    // Which interface: whole tokens, longest name.
    QTest::newRow("eth10 not eth1") << u"eth10-TxRx-0"_s << u"eth10 combined 0"_s;
    QTest::newRow("eth1 not eth10") << u"eth1-TxRx-0"_s << u"eth1 combined 0"_s;
    QTest::newRow("vlan longer than parent") << u"eth0.100-rx-1"_s << u"eth0.100 rx 1"_s;
    QTest::newRow("dash name longer than its part") << u"br-lan-tx-0"_s << u"br-lan tx 0"_s;
    QTest::newRow("part of a dash name") << u"lan-tx-0"_s << u"lan tx 0"_s;
    QTest::newRow("underscore name") << u"wan_0-TxRx-1"_s << u"wan_0 combined 1"_s;
    QTest::newRow("eth not in ethtool") << u"ethtool"_s << QString();
    QTest::newRow("eth alone") << u"eth-rx-0"_s << u"eth rx 0"_s;
    QTest::newRow("eth0 not in veth0") << u"veth0-rx-0"_s << QString();
    QTest::newRow("eth0 not in eth0x") << u"eth0x-rx-0"_s << QString();
    QTest::newRow("case matters in names") << u"ETH0-TxRx-0"_s << QString();

    // PCI address.
    QTest::newRow("mlx5 comp") << u"mlx5_comp3@pci:0000:3b:00.0"_s << u"eth1 combined 3"_s;
    QTest::newRow("mlx5 async") << u"mlx5_async0@pci:0000:3b:00.0"_s << u"eth1 unknown"_s;
    QTest::newRow("mlx5 other function") << u"mlx5_comp3@pci:0000:3b:00.1"_s << QString();
    QTest::newRow("mlx4 queue") << u"mlx4-2@0000:13:00.0"_s << u"eth10 combined 2"_s;
    QTest::newRow("mlx4 async") << u"mlx4-async@pci:0000:13:00.0"_s << u"eth10 unknown"_s;
    QTest::newRow("mana") << u"mana_q0@pci:7870:00:00.0"_s << u"eth2 combined 0"_s;
    QTest::newRow("ena management") << u"ena-mgmnt@pci:0000:00:05.0"_s << u"eth0 unknown"_s;
    QTest::newRow("i40e misc") << u"i40e-0001:00:0f.0:misc"_s << u"enP1s15 unknown"_s;
    QTest::newRow("hns3 queue after address") << u"hns3-0000:7d:00.0-TxRx-5"_s << u"eth3 combined 5"_s;
    QTest::newRow("address without marker") << u"ahci[0000:3b:00.0]"_s << QString();
    QTest::newRow("address beats interface name") << u"eth0-TxRx-1@pci:0000:3b:00.0"_s << u"eth1 combined 1"_s;

    // virtio device.
    QTest::newRow("virtio input") << u"virtio2-input.0"_s << u"ens3 rx 0"_s;
    QTest::newRow("virtio output") << u"virtio2-output.3"_s << u"ens3 tx 3"_s;
    QTest::newRow("virtio config") << u"virtio2-config"_s << u"ens3 unknown"_s;
    QTest::newRow("virtio intx") << u"virtio2"_s << u"ens3 unknown"_s;
    QTest::newRow("other virtio device") << u"virtio0-input.0"_s << QString();
    QTest::newRow("virtio20 not virtio2") << u"virtio20-input.0"_s << QString();

    // Names of no interface.
    QTest::newRow("nvme") << u"nvme0q1"_s << QString();
    QTest::newRow("iwlwifi without msi_irqs") << u"iwlwifi:queue_1"_s << QString();
    QTest::newRow("usb") << u"xhci_hcd"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestNicQueueReader::bindingForName()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    const auto binding = NicQueueReader::bindingForName(namingNics(), action);
    QCOMPARE(describe(binding), expected);
    if (binding)
        QCOMPARE(binding->evidence, IrqQueueBinding::Evidence::ActionName);
}

bool TestNicQueueReader::buildTree()
{
    bool ok = m_fake.isValid();
    const auto write = [&](const QString &path, const QByteArray &contents) {
        ok = m_fake.write(path, contents) && ok;
    };
    const auto link = [&](const QString &path, const QString &target) {
        ok = m_fake.symlink(path, target) && ok;
    };
    // The real layout: /sys/class/net/X links into the device tree, and X/device is relative to that.
    const auto addInterface = [&](const QString &name, const QString &netDirectory) {
        link(u"sys/class/net/"_s + name, u"../../"_s + netDirectory);
    };

    // A PCI NIC with msi_irqs and 4 combined queues, masks set.
    const QString pci0 = u"sys/devices/pci0000:3a/0000:3a:00.0/0000:3b:00.0/"_s;
    addInterface(u"eth0"_s, pci0.mid(4) + u"net/eth0");
    link(pci0 + u"net/eth0/device", u"../../../0000:3b:00.0"_s);
    link(pci0 + u"driver", u"../../../../bus/pci/drivers/ixgbe"_s);
    write(pci0 + u"numa_node", "0\n");
    for (const char *irq : {"44", "40", "41", "42", "43"})
        write(pci0 + u"msi_irqs/" + QLatin1StringView(irq), "msix\n");
    for (int q = 0; q < 4; ++q) {
        const QString rx = pci0 + u"net/eth0/queues/rx-" + QString::number(q) + u'/';
        const QString tx = pci0 + u"net/eth0/queues/tx-" + QString::number(q) + u'/';
        write(rx + u"rps_cpus", q == 0 ? "00000000,0000000f\n" : "00000000,00000000\n");
        write(rx + u"rps_flow_cnt", "4096\n");
        write(tx + u"xps_cpus", QByteArray::number(1 << q, 16) + '\n');
        write(tx + u"xps_rxqs", QByteArray::number(1 << q, 16) + '\n');
        write(tx + u"tx_maxrate", q == 3 ? "1000\n" : "0\n");
    }

    // A second PCI NIC: 12 queues with no attribute files, numa_node -1, no msi_irqs.
    const QString pci1 = u"sys/devices/pci0000:3a/0000:3a:00.0/0000:3b:00.1/"_s;
    addInterface(u"eth1"_s, pci1.mid(4) + u"net/eth1");
    link(pci1 + u"net/eth1/device", u"../../../0000:3b:00.1"_s);
    link(pci1 + u"driver", u"../../../../bus/pci/drivers/i40e"_s);
    write(pci1 + u"numa_node", "-1\n");
    for (int q = 0; q < 12; ++q) {
        ok = m_fake.mkdir(pci1 + u"net/eth1/queues/rx-" + QString::number(q)) && ok;
        ok = m_fake.mkdir(pci1 + u"net/eth1/queues/tx-" + QString::number(q)) && ok;
    }

    // virtio_net: the device link names the virtio device, not a PCI function.
    const QString virtio = u"sys/devices/pci0000:00/0000:00:03.0/virtio2/"_s;
    addInterface(u"ens3"_s, virtio.mid(4) + u"net/ens3");
    link(virtio + u"net/ens3/device", u"../../../virtio2"_s);
    link(virtio + u"driver", u"../../../../bus/virtio/drivers/virtio_net"_s);
    write(virtio + u"net/ens3/queues/rx-0/rps_cpus", "0\n");
    write(virtio + u"net/ens3/queues/tx-0/tx_maxrate", "0\n");

    // Loopback: no device at all.
    const QString lo = u"sys/devices/virtual/net/lo/"_s;
    addInterface(u"lo"_s, lo.mid(4).chopped(1));
    write(lo + u"queues/rx-0/rps_cpus", "0\n");
    write(lo + u"queues/tx-0/tx_maxrate", "0\n");

    // Malformed attributes; xps_cpus is a directory so that reading it fails (EISDIR).
    const QString bad = u"sys/devices/pci0000:3a/0000:3a:00.0/0000:3c:00.0/"_s;
    addInterface(u"eth9"_s, bad.mid(4) + u"net/eth9");
    link(bad + u"net/eth9/device", u"../../../0000:3c:00.0"_s);
    write(bad + u"numa_node", "x\n");
    write(bad + u"msi_irqs/70", "msix\n");
    write(bad + u"msi_irqs/README", "not an irq\n");
    write(bad + u"net/eth9/queues/rx-0/rps_cpus", "zz\n");
    write(bad + u"net/eth9/queues/rx-0/rps_flow_cnt", "-1\n");
    write(bad + u"net/eth9/queues/rx-1/rps_cpus", "2\n");
    ok = m_fake.mkdir(bad + u"net/eth9/queues/tx-0/xps_cpus") && ok;
    write(bad + u"net/eth9/queues/tx-0/xps_rxqs", "1\n");
    ok = m_fake.mkdir(bad + u"net/eth9/queues/byte_queue_limits") && ok;

    // Not interfaces.
    ok = m_fake.mkdir(u"sys/class/net/this-is-too-long0"_s) && ok;
    write(u"sys/class/net/bonding_masters"_s, "\n");
    return ok;
}

void TestNicQueueReader::initTestCase()
{
    QVERIFY(buildTree());
    m_read = NicQueueReader::read(m_fake.root(), &m_issues);

    InterruptTable table;
    const auto addRow = [&](uint irq, const QStringList &actions, InterruptRow::Kind kind = InterruptRow::Kind::Irq) {
        InterruptRow row;
        row.id = QString::number(irq);
        row.irq = irq;
        row.kind = kind;
        row.actions = actions;
        table.rows.append(row);
    };
    addRow(40, {u"eth0"_s});
    addRow(41, {u"eth0-TxRx-0"_s});
    addRow(42, {u"eth1-TxRx-1"_s});
    addRow(43, {u"mlx5_comp2@pci:0000:3b:00.0"_s});
    addRow(44, {u"msi only"_s});
    addRow(50, {u"eth1-TxRx-0"_s});
    addRow(51, {u"eth0-TxRx-7"_s});
    addRow(20, {u"eth1-TxRx-5"_s});
    addRow(21, {u"virtio2-input.0"_s});
    addRow(22, {u"uhci_hcd:usb1"_s, u"eth0"_s, u"eth0.100-rx-1"_s});
    addRow(23, {u"eth0-rx-1"_s, u"mlx5_comp4@pci:0000:3b:00.1"_s});
    addRow(24, {u"iwlwifi:queue_2"_s});
    addRow(25, {u"nvme0q1"_s});
    addRow(26, {u"eth0-TxRx-9"_s}, InterruptRow::Kind::Arch);
    addRow(27, {u"eth0-TxRx-10"_s}, InterruptRow::Kind::Single);
    addRow(60, {u"iwlwifi:default_queue"_s});
    addRow(61, {u"iwlwifi:queue_1"_s});
    addRow(62, {u"iwlwifi:exception"_s});
    addRow(70, {u"mlx4-3@0000:13:00.0"_s});
    addRow(71, {u"eth6"_s});
    const QList<NicInfo> nics {
        nic(u"eth0"_s, u"0000:3b:00.0"_s, u"ixgbe"_s, {40, 41, 42, 43, 44}),
        nic(u"eth1"_s, u"0000:3b:00.1"_s, u"ixgbe"_s, {50, 51}),
        nic(u"ens3"_s, u"virtio2"_s, u"virtio_net"_s),
        nic(u"eth0.100"_s, QString()),
        nic(u"wlp0s20f3"_s, u"0000:00:14.3"_s, u"iwlwifi"_s, {60, 61, 62}),
        // One PCI function, two ports: both list the same vectors.
        nic(u"eth5"_s, u"0000:13:00.0"_s, u"mlx4_core"_s, {70, 71}),
        nic(u"eth6"_s, u"0000:13:00.0"_s, u"mlx4_core"_s, {70, 71}),
    };
    m_mapped = NicQueueReader::mapIrqs(nics, table);
}

void TestNicQueueReader::read_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("pci nic with msi_irqs and masks")
        << u"eth0"_s
        << QStringList {
               u"eth0 device=0000:3b:00.0 driver=ixgbe numa=0 msi=40,41,42,43,44"_s,
               u"rx-0 cpus=[0-3] flows=4096"_s,
               u"rx-1 cpus=[] flows=4096"_s,
               u"rx-2 cpus=[] flows=4096"_s,
               u"rx-3 cpus=[] flows=4096"_s,
               u"tx-0 cpus=[0] rxqs=[0] maxrate=0"_s,
               u"tx-1 cpus=[1] rxqs=[1] maxrate=0"_s,
               u"tx-2 cpus=[2] rxqs=[2] maxrate=0"_s,
               u"tx-3 cpus=[3] rxqs=[3] maxrate=1000"_s,
           };

    QStringList eth1 {u"eth1 device=0000:3b:00.1 driver=i40e numa=-1 msi="_s};
    for (int q = 0; q < 12; ++q)
        eth1.append(u"rx-"_s + QString::number(q) + u" cpus=unset flows=unset");
    for (int q = 0; q < 12; ++q)
        eth1.append(u"tx-"_s + QString::number(q) + u" cpus=unset rxqs=unset maxrate=unset");
    QTest::newRow("pci nic, 12 queues sorted numerically, no attributes") << u"eth1"_s << eth1;

    QTest::newRow("virtio") << u"ens3"_s
                            << QStringList {
                                   u"ens3 device=virtio2 driver=virtio_net numa=unset msi="_s,
                                   u"rx-0 cpus=[] flows=unset"_s,
                                   u"tx-0 cpus=unset rxqs=unset maxrate=0"_s,
                               };

    QTest::newRow("loopback") << u"lo"_s
                              << QStringList {
                                     u"lo device= driver= numa=unset msi="_s,
                                     u"rx-0 cpus=[] flows=unset"_s,
                                     u"tx-0 cpus=unset rxqs=unset maxrate=0"_s,
                                 };

    QTest::newRow("malformed attributes") << u"eth9"_s
                                          << QStringList {
                                                 u"eth9 device=0000:3c:00.0 driver= numa=unset msi=70"_s,
                                                 u"rx-0 cpus=unset flows=unset"_s,
                                                 u"rx-1 cpus=[1] flows=unset"_s,
                                                 u"tx-0 cpus=unset rxqs=[0] maxrate=unset"_s,
                                             };
}

void TestNicQueueReader::read()
{
    QFETCH(QString, interface);
    QFETCH(QStringList, expected);
    const auto it = std::find_if(m_read.cbegin(), m_read.cend(), [&](const NicInfo &n) { return n.name == interface; });
    QVERIFY(it != m_read.cend());
    QCOMPARE(printed(*it), expected);
}

void TestNicQueueReader::readSkipsInvalidNames()
{
    QStringList names;
    for (const NicInfo &info : std::as_const(m_read))
        names.append(info.name);
    QCOMPARE(names, (QStringList {u"ens3"_s, u"eth0"_s, u"eth1"_s, u"eth9"_s, u"lo"_s}));
}

void TestNicQueueReader::readIssues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");

    const QString eth9 = u"sys/class/net/eth9/"_s;
    QTest::newRow("invalid interface name") << u"sys/class/net"_s << u"this-is-too-long0"_s;
    QTest::newRow("malformed numa_node") << eth9 + u"device/numa_node" << u"\"x\""_s;
    QTest::newRow("unknown queue directory") << eth9 + u"queues" << u"byte_queue_limits"_s;
    QTest::newRow("malformed rps_cpus") << eth9 + u"queues/rx-0/rps_cpus" << u"not a CPU mask: 'z' at position 0"_s;
    QTest::newRow("negative rps_flow_cnt") << eth9 + u"queues/rx-0/rps_flow_cnt" << u"\"-1\""_s;
    QTest::newRow("unreadable xps_cpus") << eth9 + u"queues/tx-0/xps_cpus" << u"could not be read"_s;
}

void TestNicQueueReader::readIssues()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QCOMPARE(m_issues.size(), 6); // one per row of readIssues_data, no more
    const QString displayed = m_fake.root().displayPath(file);
    const auto it
        = std::find_if(m_issues.cbegin(), m_issues.cend(), [&](const SourceIssue &i) { return i.file == displayed; });
    QVERIFY2(it != m_issues.cend(), qPrintable(displayed));
    QVERIFY2(it->message.contains(fragment), qPrintable(it->message));
    QCOMPARE(it->severity, SourceIssue::Severity::Warning);
}

void TestNicQueueReader::mapIrqs_data()
{
    QTest::addColumn<uint>("irq");
    QTest::addColumn<QString>("expected");
    QTest::newRow("msi, interface name alone") << 40u << u"eth0 unknown msi"_s;
    QTest::newRow("msi, queue from the name") << 41u << u"eth0 combined 0 msi"_s;
    QTest::newRow("msi beats a name of another interface") << 42u << u"eth0 unknown msi"_s;
    QTest::newRow("msi, queue from the pci address") << 43u << u"eth0 combined 2 msi"_s;
    QTest::newRow("msi, name of nothing") << 44u << u"eth0 unknown msi"_s;
    QTest::newRow("msi of eth1") << 50u << u"eth1 combined 0 msi"_s;
    QTest::newRow("msi of eth1, name of eth0") << 51u << u"eth1 unknown msi"_s;
    QTest::newRow("name only") << 20u << u"eth1 combined 5 name"_s;
    QTest::newRow("virtio by name") << 21u << u"ens3 rx 0 name"_s;
    QTest::newRow("shared line, longest interface") << 22u << u"eth0.100 rx 1 name"_s;
    QTest::newRow("shared line, address beats name") << 23u << u"eth1 combined 4 name"_s;
    QTest::newRow("iwlwifi default queue") << 60u << u"wlp0s20f3 unknown msi"_s;
    QTest::newRow("iwlwifi rss queue") << 61u << u"wlp0s20f3 rx 1 msi"_s;
    QTest::newRow("iwlwifi exception") << 62u << u"wlp0s20f3 unknown msi"_s;
    QTest::newRow("two ports, one function: the first") << 70u << u"eth5 combined 3 msi"_s;
    QTest::newRow("two ports, one function: the named one") << 71u << u"eth6 unknown msi"_s;
}

void TestNicQueueReader::mapIrqs()
{
    QFETCH(uint, irq);
    QFETCH(QString, expected);
    const auto it = m_mapped.constFind(irq);
    QCOMPARE(describe(it == m_mapped.cend() ? std::nullopt : std::optional(*it), true), expected);
}

void TestNicQueueReader::mapIrqsBindsOnlyMatchedIrqs()
{
    // Not bound: iwlwifi without msi_irqs (24), nvme (25), Arch and Single rows naming eth0 (26, 27).
    QList<uint> irqs = m_mapped.keys();
    std::sort(irqs.begin(), irqs.end());
    QCOMPARE(irqs, (QList<uint> {20, 21, 22, 23, 40, 41, 42, 43, 44, 50, 51, 60, 61, 62, 70, 71}));
}

QTEST_GUILESS_MAIN(TestNicQueueReader)
#include "tst_nicqueuereader.moc"
