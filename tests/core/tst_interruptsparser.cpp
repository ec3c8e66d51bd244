// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "interruptsparser.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = InterruptRow::Kind;

Q_DECLARE_METATYPE(InterruptRow::Kind)

namespace {

// The expected values below were read by hand from the captures in tests/data/interrupts;
// totals and per-CPU counts were added up independently of the parser.

/// The full file name of capture @p number (`01` → `interrupts/01_x86_kvm-guest_virtio_4cpu.txt`).
QString fixture(const char *number)
{
    const QStringList matches
        = QDir(FakeRoot::dataPath(u"interrupts"_s)).entryList({QString::fromLatin1(number) + u"_*.txt"_s}, QDir::Files);
    return matches.size() == 1 ? u"interrupts/"_s + matches.first() : QString();
}

/// A header for the fragments published without one (grep output, mail quotes): CPU0..CPU<n-1>,
/// laid out as the kernel prints it. The tests prepend it to reach the rows of those files.
QByteArray syntheticHeader(int cpus)
{
    QByteArray header(11, ' ');
    for (int cpu = 0; cpu < cpus; ++cpu)
        header += QByteArray("CPU" + QByteArray::number(cpu)).leftJustified(11, ' ');
    return header + '\n';
}

QStringList describe(const QList<SourceIssue> &issues)
{
    QStringList lines;
    for (const SourceIssue &issue : issues)
        lines.append(issue.toString());
    return lines;
}

struct Parsed
{
    std::optional<InterruptTable> table;
    QList<SourceIssue> issues;
};

Parsed parseText(const QByteArray &text)
{
    Parsed parsed;
    IssueCollector collector(u"/proc/interrupts"_s, &parsed.issues);
    parsed.table = InterruptsParser::parse(text, collector);
    return parsed;
}

/// Each capture is parsed once and shared by all the rows that look into it.
const Parsed &parsedFixture(const QString &file, const QByteArray &header)
{
    static QHash<QString, Parsed> cache;
    const QString key = file + u'|' + QString::fromLatin1(header);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, parseText(header + FakeRoot::data(file)));
    return *it;
}

QList<quint64> countsOf(const InterruptTable &table, qsizetype row)
{
    const auto span = table.countsOf(row);
    return QList<quint64>(span.begin(), span.end());
}

quint64 sum(const QList<quint64> &values)
{
    quint64 total = 0;
    for (quint64 v : values)
        total += v;
    return total;
}

QList<int> cpuRange(int count)
{
    QList<int> cpus;
    for (int cpu = 0; cpu < count; ++cpu)
        cpus.append(cpu);
    return cpus;
}

// Rows of the `rows` table. Every column is compared for every row: chip/hwirq/trigger/flow/actions
// must be empty for arch rows, description empty for numbered IRQs.
struct RowCase
{
    const char *fixture = nullptr;
    int cpus = 0; // > 0: prepend a synthetic header with that many CPUs
    int line = 0;
    QString id;
    int occurrence = 0;
    Kind kind = Kind::Irq;
    quint64 total = 0;
    QList<quint64> counts; // empty: the row is too wide to spell out; total is still checked
    QString chip, hwirq, trigger, flow;
    QStringList actions;
    QString description;
};

RowCase start(const char *file, int syntheticCpus, int line, const QString &id)
{
    RowCase c;
    c.fixture = file;
    c.cpus = syntheticCpus;
    c.line = line;
    c.id = id;
    return c;
}

void addRow(const char *name, const RowCase &c)
{
    QTest::newRow(name) << fixture(c.fixture) << (c.cpus > 0 ? syntheticHeader(c.cpus) : QByteArray()) << c.line << c.id
                        << c.occurrence << c.kind << c.total << c.counts << c.chip << c.hwirq << c.trigger << c.flow
                        << c.actions << c.description;
}

void irq(const char *name, const char *file, int line, const QString &id, quint64 total, const QList<quint64> &counts,
    const QString &chip, const QString &hwirq, const QString &trigger, const QStringList &actions,
    const QString &flow = {}, int syntheticCpus = 0)
{
    RowCase c = start(file, syntheticCpus, line, id);
    c.kind = Kind::Irq;
    c.total = total;
    c.counts = counts;
    c.chip = chip;
    c.hwirq = hwirq;
    c.trigger = trigger;
    c.flow = flow;
    c.actions = actions;
    addRow(name, c);
}

void arch(const char *name, const char *file, int line, const QString &id, quint64 total, const QList<quint64> &counts,
    const QString &description, int occurrence = 0, int syntheticCpus = 0)
{
    RowCase c = start(file, syntheticCpus, line, id);
    c.occurrence = occurrence;
    c.kind = Kind::Arch;
    c.total = total;
    c.counts = counts;
    c.description = description;
    addRow(name, c);
}

void single(
    const char *name, const char *file, int line, const QString &id, quint64 total, const QString &description = {})
{
    RowCase c = start(file, 0, line, id);
    c.kind = Kind::Single;
    c.total = total;
    c.description = description;
    addRow(name, c);
}

} // namespace

class TestInterruptsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape_data();
    void shape();
    void rows_data();
    void rows();
    void headerless_data();
    void headerless();
    void splitIrqTail_data();
    void splitIrqTail();
    void crlf_data();
    void crlf();
    void offlineCpuHasNoColumn();
    void lookups();
    void totalsMatchProcStat();
};

void TestInterruptsParser::shape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<QList<int>>("cpus");

    const auto add = [](const char *name, const char *number, int rows, const QList<int> &cpus, int syntheticCpus = 0) {
        QTest::newRow(name) << fixture(number) << (syntheticCpus > 0 ? syntheticHeader(syntheticCpus) : QByteArray())
                            << rows << cpus;
    };
    add("01_x86_kvm-guest_virtio_4cpu (blank line)", "01", 47, cpuRange(4));
    add("02_x86_laptop_irremap_legacy-format_4cpu", "02", 30, cpuRange(4));
    add("03_arm64_aws-graviton_gicv3_its_8cpu (blank last line)", "03", 59, cpuRange(8));
    add("04_x86_desktop_nouveau_8cpu_sysstat", "04", 43, cpuRange(8));
    add("05_x86_offline-cpu6_7cols_sysstat-edited", "05", 43, {0, 1, 2, 3, 4, 5, 7});
    add("06_arm32_rpi3_bcm2836_4cpu_telegraf", "06", 23, cpuRange(4));
    add("07_riscv64_starfive-jh7110_plic_4cpu", "07", 13, cpuRange(4));
    add("09_ppc64le_pseries-kvm-guest_xive_1cpu", "09", 21, {0});
    add("10_ppc32_apm82181-mybooklive_uic_1cpu", "10", 19, {0});
    add("11_x86_2xE5-2687W_qlogic_48cpu_legacy", "11", 47, cpuRange(48));
    add("12_x86_2xE5-2640_igb-ixgbe_32cpu_legacy", "12", 180, cpuRange(32));
    add("14_x86_E5645_ixgbe_12cpu_legacy", "14", 55, cpuRange(12));
    add("15_x86_vm-roundrobin_8cpu_old-2.6", "15", 20, cpuRange(8));
    add("16_x86_kvm-vm_1cpu_rhel7-legacy", "16", 33, {0});
    add("17_x86_kvm-vm_2cpu_shared-irq", "17", 25, {0, 1});
    add("18_x86_pentium-E5200_2cpu_legacy", "18", 29, {0, 1});
    add("19_x86_4cpu_empty-name_hpet-msi", "19", 38, cpuRange(4));
    add("21_i386_2.6-2004_local-APIC-edge_1cpu", "21", 11, {0});
    add("22_i386_2.6.0-test3_ioapic_2cpu", "22", 15, {0, 1});
    add("24_arm64_mt7986-gl-mt6000_gicv3_4cpu_openwrt", "24", 28, cpuRange(4));
    add("25_arm32_armada385-wrt32x_gic-mpic_2cpu_openwrt", "25", 28, {0, 1});
    add("27_arm64_rpi4-bcm2711_gicv2_4cpu_openwrt", "27", 18, cpuRange(4));
    add("29_x86_alderlake-desktop_pci-msi-hwirq_20cpu", "29", 110, cpuRange(20));
    add("30_s390x_live-system_2cpu_PARTIAL", "30", 12, {0, 1});
    add("32_x86_nemu-vm-pci-segment1_i40e_4cpu_PARTIAL", "32", 12, cpuRange(4));
    add("34_mips_mt7621-gic_4cpu_PARTIAL", "34", 15, cpuRange(4));
    add("35_arm32_armada385-openwrt-2015_no-trigger_2cpu_PARTIAL", "35", 21, {0, 1});
    add("36_x86_laptop_ir-ioapic-hwirq_4cpu_goprocinfo", "36", 39, cpuRange(4));
    add("37_x86_2xE5-26xxv3_bnx2x_32cpu_GREP-SUBSET", "37", 9, cpuRange(32));
    add("70_x86_intel-n100_ir-msi-bdf_4cpu", "70", 49, cpuRange(4));
    add("71_x86_intel-n100-noapic_xt-pic_1cpu", "71", 40, {0});
    add("73_x86_qemu-vm-noapic_xt-pic_pci-msix_1cpu", "73", 65, {0});
    add("74_x86_firecracker-microvm_ioapic-virtio-mmio_4cpu", "74", 26, cpuRange(4));
    add("79_ppc64le_powernv-POWER9-MAMBO-SIMULATOR_xics-opal_1cpu", "79", 13, {0});
    add("81_riscv32_allwinner-v821-a27_up_1space_1cpu", "81", 2, {0});
    add("82_arm32_rpi1-bcm2708_armctrl_no-name-rows_1cpu", "82", 14, {0});
    add("86_s390x_2cpu_sums-only_pcp", "86", 2, {0, 1});
    add("87_i686_1cpu_kvm-guest_pcp", "87", 33, {0});
    add("88_x86_8cpu_ir-ioapic_pcp", "88", 38, cpuRange(8));
    add("90_x86_amd-fam10h-istanbul_48cpu_2.6.35", "90", 30, cpuRange(48));
    add("91_x86_40cpu_mlx4-ir-msix-bdf_matched-set_pcp", "91", 349, cpuRange(40));
    // Headerless fragments, read behind a synthetic header (see syntheticHeader()).
    add("31_x86_dovetail-evl-xenomai4_4cpu_PARTIAL + header", "31", 13, cpuRange(4), 4);
    add("38_x86_32cpu_VPMI-mixed-spacing_GREP-SUBSET + header", "38", 3, cpuRange(32), 32);
    add("75_x86_azure-hyperv-mana_4cpu_GREP-SUBSET + header", "75", 3, cpuRange(4), 4);
    add("76_arm64_qcom-x1e80100_its-pci-msi-perdev_8cpu_GREP-SUBSET + header", "76", 4, cpuRange(8), 8);
    add("77_arm64_imx95-linux-next-2025_single-space_6cpu_GREP-SUBSET + header", "77", 4, cpuRange(6), 6);
    add("78_arm32_renesas-6.13-rc1-regression_glued-chip_2cpu_FRAGMENT + header", "78", 5, cpuRange(2), 2);
    add("83_x86_aws-ec2-ena_empty-names_4cpu_FRAGMENT + header", "83", 13, cpuRange(4), 4);
}

void TestInterruptsParser::shape()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, header);
    QFETCH(int, rowCount);
    QFETCH(QList<int>, cpus);

    QVERIFY2(!file.isEmpty(), "fixture not found");
    const Parsed &parsed = parsedFixture(file, header);
    QVERIFY(parsed.table.has_value());
    const InterruptTable &table = *parsed.table;
    // Every capture is well-formed: not a single warning.
    QCOMPARE(describe(parsed.issues), QStringList());
    QCOMPARE(table.cpus, cpus);
    QCOMPARE(table.rows.size(), rowCount);
    QCOMPARE(table.counts.size(), size_t(rowCount) * size_t(cpus.size()));

    int previousLine = 0;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const InterruptRow &row = table.rows[i];
        QVERIFY2(row.line > previousLine, qPrintable(row.id));
        previousLine = row.line;
        QCOMPARE(row.occurrence, seen[row.id]++);
        if (row.kind == Kind::Single) {
            QCOMPARE(countsOf(table, i), QList<quint64>(cpus.size(), 0));
        } else {
            QCOMPARE(row.total, sum(countsOf(table, i)));
        }
        if (row.kind == Kind::Irq)
            QCOMPARE(QString::number(row.irq), row.id);
    }
}

void TestInterruptsParser::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<quint64>("total");
    QTest::addColumn<QList<quint64>>("counts");
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("hwirq");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("description");

    // 01: modern x86 guest, chip + hwirq glued to the flow
    irq("01/0 IO-APIC 2-edge", "01", 2, u"0"_s, 49, {49, 0, 0, 0}, u"IO-APIC"_s, u"2"_s, u"edge"_s, {u"timer"_s});
    irq("01/24 PCI-MSI 114688-edge", "01", 9, u"24"_s, 0, {0, 0, 0, 0}, u"PCI-MSI"_s, u"114688"_s, u"edge"_s,
        {u"virtio5-config"_s});
    irq("01/29 ahci[bdf]", "01", 14, u"29"_s, 2296, {1362, 0, 0, 934}, u"PCI-MSI"_s, u"512000"_s, u"edge"_s,
        {u"ahci[0000:00:1f.2]"_s});
    arch("01/LOC", "01", 31, u"LOC"_s, 34396, {10196, 7429, 8542, 8229}, u"Local timer interrupts"_s);
    single("01/ERR single value", "01", 44, u"ERR"_s, 0);
    single("01/MIS single value", "01", 45, u"MIS"_s, 0);
    arch("01/PIN after blank line", "01", 47, u"PIN"_s, 0, {0, 0, 0, 0}, u"Posted-interrupt notification event"_s);

    // 02: fused legacy chip-flow, shared actions
    irq("02/0 IR-IO-APIC-edge fused", "02", 2, u"0"_s, 18, {18, 0, 0, 0}, u"IR-IO-APIC"_s, {}, u"edge"_s, {u"timer"_s});
    irq("02/16 shared ehci_hcd:usb1, mmc0", "02", 7, u"16"_s, 1296584, {328511, 322879, 293782, 351412},
        u"IR-IO-APIC"_s, {}, u"fasteoi"_s, {u"ehci_hcd:usb1"_s, u"mmc0"_s});
    irq("02/40 DMAR_MSI-edge", "02", 9, u"40"_s, 0, {0, 0, 0, 0}, u"DMAR_MSI"_s, {}, u"edge"_s, {u"dmar0"_s});
    irq("02/46 IR-PCI-MSI-edge", "02", 15, u"46"_s, 43539055, {43078464, 130, 460171, 290}, u"IR-PCI-MSI"_s, {},
        u"edge"_s, {u"iwlwifi"_s});
    arch("02/NMI", "02", 17, u"NMI"_s, 16257, {47, 5031, 6211, 4968}, u"Non-maskable interrupts"_s);
    single("02/MIS last line", "02", 31, u"MIS"_s, 0);

    // 03: arm64 GICv3/ITS, IPI rows without a blank after the colon
    irq("03/10 GICv3 10-digit counts", "03", 2, u"10"_s, 26767542953ULL,
        {3287008667, 3310445093, 3301386305, 3273132897, 3368262064, 3641875466, 3360412019, 3225020442}, u"GICv3"_s,
        u"27"_s, u"Level"_s, {u"arch_timer"_s});
    irq("03/50 ARMH0061:00 chip", "03", 37, u"50"_s, 0, QList<quint64>(8, 0), u"ARMH0061:00"_s, u"3"_s, u"Edge"_s,
        {u"ACPI:Event"_s});
    irq("03/52 ITS-MSI", "03", 39, u"52"_s, 34, {0, 9, 0, 0, 0, 5, 20, 0}, u"ITS-MSI"_s, u"507904"_s, u"Edge"_s,
        {u"nvme1q0"_s});
    irq("03/58 eth0-Tx-Rx-0", "03", 45, u"58"_s, 1195698383, {0, 0, 1195697946, 437, 0, 0, 0, 0}, u"ITS-MSI"_s,
        u"81921"_s, u"Edge"_s, {u"eth0-Tx-Rx-0"_s});
    arch("03/IPI0 glued to colon", "03", 53, u"IPI0"_s, 22166462124ULL,
        {2768808080, 2844211768, 2878602432, 2730576120, 2723524623, 3349096412, 2717389879, 2154252810},
        u"Rescheduling interrupts"_s);
    arch(
        "03/IPI3 parentheses", "03", 56, u"IPI3"_s, 0, QList<quint64>(8, 0), u"CPU stop (for crash dump) interrupts"_s);
    single("03/Err mixed case", "03", 60, u"Err"_s, 0);

    // 04 / 05: the offline-CPU pair
    irq("04/34 PCI-MSI 524288-edge", "04", 20, u"34"_s, 760815, {0, 0, 0, 0, 0, 0, 760815, 0}, u"PCI-MSI"_s,
        u"524288"_s, u"edge"_s, {u"nvkm"_s});
    arch("04/HVS", "04", 39, u"HVS"_s, 0, QList<quint64>(8, 0), u"Hyper-V stimer0 interrupts"_s);
    single("04/ERR", "04", 40, u"ERR"_s, 0);
    irq("05/33 7 columns", "05", 19, u"33"_s, 54232, {0, 0, 0, 54232, 0, 0, 0}, u"PCI-MSI"_s, u"3145728"_s, u"edge"_s,
        {u"enp6s0"_s});
    arch("05/LOC 7 columns", "05", 24, u"LOC"_s, 78385094,
        {11320772, 12552359, 8349305, 9212607, 13196636, 11213289, 12540126}, u"Local timer interrupts"_s);

    // 06: Raspberry Pi 3, ARMCTRL-level is a chip name, FIQ row without counts
    irq("06/16 bcm2836-timer", "06", 2, u"16"_s, 0, {0, 0, 0, 0}, u"bcm2836-timer"_s, u"0"_s, u"Edge"_s,
        {u"arch_timer"_s});
    irq("06/24 ARMCTRL-level 2 Edge", "06", 6, u"24"_s, 2, {2, 0, 0, 0}, u"ARMCTRL-level"_s, u"2"_s, u"Edge"_s,
        {u"VCHIQ doorbell"_s});
    irq("06/62 three actions", "06", 13, u"62"_s, 521451447, {521451447, 0, 0, 0}, u"ARMCTRL-level"_s, u"64"_s,
        u"Edge"_s, {u"dwc_otg"_s, u"dwc_otg_pcd"_s, u"dwc_otg_hcd:usb1"_s});
    single("06/FIQ no counts", "06", 17, u"FIQ"_s, 0, u"usb_fiq"_s);
    arch("06/IPI6", "06", 24, u"IPI6"_s, 0, {0, 0, 0, 0}, u"completion interrupts"_s);

    // 07: RISC-V, chip names with spaces
    irq("07/1 SiFive PLIC", "07", 2, u"1"_s, 0, {0, 0, 0, 0}, u"SiFive PLIC"_s, u"1"_s, u"Edge"_s, {u"ccache_ecc"_s});
    irq("07/5 RISC-V INTC", "07", 6, u"5"_s, 4663, {1116, 1670, 411, 1466}, u"RISC-V INTC"_s, u"5"_s, u"Edge"_s,
        {u"riscv-timer"_s});
    irq("07/6 SiFive PLIC 81", "07", 7, u"6"_s, 32093, {32093, 0, 0, 0}, u"SiFive PLIC"_s, u"81"_s, u"Edge"_s,
        {u"120e0000.temperature-sensor"_s});
    arch("07/IPI3", "07", 12, u"IPI3"_s, 0, {0, 0, 0, 0}, u"CPU stop (for crash dump) interrupts"_s);

    // 09 / 10 / 79: powerpc, duplicate LOC
    irq("09/16 XIVE-IPI", "09", 2, u"16"_s, 0, {0}, u"XIVE-IPI"_s, u"0"_s, u"Edge"_s, {u"IPI"_s});
    irq("09/19 NPU Device", "09", 3, u"19"_s, 0, {0}, u"XIVE-IRQ"_s, u"4610"_s, u"Level"_s, {u"NPU Device"_s});
    arch("09/LOC occurrence 0", "09", 15, u"LOC"_s, 2236, {2236}, u"Local timer interrupts for timer event device"_s);
    arch("09/LOC occurrence 1", "09", 17, u"LOC"_s, 0, {0}, u"Local timer interrupts for others"_s, 1);
    arch("09/SPU one CPU", "09", 18, u"SPU"_s, 2, {2}, u"Spurious interrupts"_s);
    arch("09/DBL", "09", 22, u"DBL"_s, 0, {0}, u"Doorbell interrupts"_s);
    irq("10/18 UIC", "10", 2, u"18"_s, 0, {0}, u"UIC"_s, u"11"_s, u"Edge"_s, {u"L2C"_s});
    irq("10/20 MAL TX EOB", "10", 3, u"20"_s, 2597, {2597}, u"UIC"_s, u"6"_s, u"Level"_s, {u"MAL TX EOB"_s});
    arch("10/LOC occurrence 1", "10", 16, u"LOC"_s, 4, {4}, u"Local timer interrupts for others"_s, 1);
    irq("79/16 XICS", "79", 2, u"16"_s, 0, {0}, u"XICS"_s, u"2"_s, u"Edge"_s, {u"IPI"_s});
    irq("79/17 OPAL EVT", "79", 3, u"17"_s, 0, {0}, u"OPAL EVT"_s, u"11"_s, u"Level"_s, {u"opal-msg"_s});
    arch("79/LOC occurrence 0", "79", 5, u"LOC"_s, 33666, {33666}, u"Local timer interrupts for timer event device"_s);
    arch("79/LOC occurrence 1", "79", 7, u"LOC"_s, 0, {0}, u"Local timer interrupts for others"_s, 1);
    arch("79/WDG", "79", 13, u"WDG"_s, 7, {7}, u"Watchdog soft-NMI interrupts"_s);

    // 11 / 12 / 14 / 19 / 90: old fused x86 on big boxes, rows without action
    irq("11/3 no name", "11", 4, u"3"_s, 2, {}, u"IR-IO-APIC"_s, {}, u"edge"_s, {});
    irq("11/4 no name", "11", 5, u"4"_s, 2, {}, u"IR-IO-APIC"_s, {}, u"edge"_s, {});
    irq("11/18 shared", "11", 9, u"18"_s, 56, {}, u"IR-IO-APIC"_s, {}, u"fasteoi"_s,
        {u"ehci_hcd:usb1"_s, u"ehci_hcd:usb2"_s});
    irq("11/88 10-digit", "11", 27, u"88"_s, 3343922568ULL, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth0-rx-0"_s});
    arch("11/LOC width-4 label", "11", 36, u"LOC"_s, 5355268746ULL, {}, u"Local timer interrupts"_s);
    single("11/ERR", "11", 47, u"ERR"_s, 0);
    irq("12/98", "12", 25, u"98"_s, 3045990229ULL, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth0-TxRx-6"_s});
    irq("12/142", "12", 69, u"142"_s, 4152504316ULL, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth4-TxRx-0"_s});
    irq("12/240", "12", 167, u"240"_s, 19, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth3"_s});
    arch("12/NMI", "12", 168, u"NMI"_s, 1541014, {}, u"Non-maskable interrupts"_s);
    single("12/MIS", "12", 181, u"MIS"_s, 0);
    irq("14/18 IO-APIC-fasteoi shared", "14", 7, u"18"_s, 0, QList<quint64>(12, 0), u"IO-APIC"_s, {}, u"fasteoi"_s,
        {u"ehci_hcd:usb1"_s, u"uhci_hcd:usb6"_s});
    irq("14/63 PCI-MSI-edge", "14", 23, u"63"_s, 3489881715ULL, {}, u"PCI-MSI"_s, {}, u"edge"_s, {u"eth2"_s});
    arch("14/LOC", "14", 44, u"LOC"_s, 3839644241ULL, {}, u"Local timer interrupts"_s);
    irq("19/7 no name", "19", 3, u"7"_s, 34, {34, 0, 0, 0}, u"IR-IO-APIC"_s, {}, u"edge"_s, {});
    irq("19/25 IR-HPET_MSI-edge", "19", 9, u"25"_s, 2314, {2314, 0, 0, 0}, u"IR-HPET_MSI"_s, {}, u"edge"_s,
        {u"hpet2"_s});
    irq("19/34", "19", 15, u"34"_s, 2758815146ULL, {256407, 0, 0, 2758558739}, u"IR-PCI-MSI"_s, {}, u"edge"_s,
        {u"eth4-TxRx-0"_s});
    single("19/ERR non-zero", "19", 38, u"ERR"_s, 34);
    irq("90/17 no name", "90", 11, u"17"_s, 93, {}, u"IO-APIC"_s, {}, u"fasteoi"_s, {});
    irq("90/23 shared", "90", 17, u"23"_s, 40805327, {}, u"IO-APIC"_s, {}, u"fasteoi"_s,
        {u"ehci_hcd:usb1"_s, u"eth0"_s});
    arch("90/PND", "90", 22, u"PND"_s, 0, QList<quint64>(48, 0), u"Performance pending work"_s);
    single("90/ERR non-zero", "90", 30, u"ERR"_s, 1);

    // 15: 10-digit counts separated by a single blank
    irq("15/61 single-space counts", "15", 12, u"61"_s, 14657528333ULL,
        {1832068106, 1832059791, 1832377636, 1832378832, 1832180687, 1832090237, 1832247506, 1832125538}, u"PCI-MSI"_s,
        {}, u"edge"_s, {u"eth1-TxRx-0"_s});
    irq("15/68", "15", 19, u"68"_s, 12431169153ULL,
        {1553830461, 1554081938, 1553821674, 1553901087, 1553863934, 1553957297, 1553919311, 1553793451}, u"PCI-MSI"_s,
        {}, u"edge"_s, {u"eth1-TxRx-7"_s});
    single("15/MIS", "15", 21, u"MIS"_s, 0);

    // 16 / 17 / 18 / 87: small x86 VMs
    irq("16/0 one CPU", "16", 2, u"0"_s, 24, {24}, u"IO-APIC"_s, {}, u"edge"_s, {u"timer"_s});
    arch("16/LOC one CPU", "16", 18, u"LOC"_s, 45350286, {45350286}, u"Local timer interrupts"_s);
    single("16/ERR one CPU", "16", 31, u"ERR"_s, 0);
    arch("16/PIW", "16", 34, u"PIW"_s, 0, {0}, u"Posted-interrupt wakeup event"_s);
    irq("17/11 three actions", "17", 7, u"11"_s, 976482, {976435, 47}, u"IO-APIC"_s, {}, u"fasteoi"_s,
        {u"uhci_hcd:usb1"_s, u"eth0"_s, u"eth1"_s});
    arch("17/CAL", "17", 19, u"CAL"_s, 71220, {70529, 691}, u"Function call interrupts"_s);
    irq("18/19 shared", "18", 11, u"19"_s, 9922003, {4963201, 4958802}, u"IO-APIC"_s, {}, u"fasteoi"_s,
        {u"uhci_hcd:usb3"_s, u"ata_piix"_s});
    irq("18/28 10-digit", "18", 14, u"28"_s, 6202775565ULL, {3101331408, 3101444157}, u"PCI-MSI"_s, {}, u"edge"_s,
        {u"eth1"_s});
    irq("87/10 virtio0, qxl", "87", 6, u"10"_s, 130, {130}, u"IO-APIC"_s, u"10"_s, u"fasteoi"_s,
        {u"virtio0"_s, u"qxl"_s});
    irq("87/11", "87", 7, u"11"_s, 307009, {307009}, u"IO-APIC"_s, u"11"_s, u"fasteoi"_s,
        {u"uhci_hcd:usb1"_s, u"ens3"_s});

    // 21 / 22: 2.6-era i386
    irq("21/0 local-APIC-edge", "21", 2, u"0"_s, 66413955, {66413955}, u"local-APIC"_s, {}, u"edge"_s, {u"timer"_s});
    irq("21/2 XT-PIC", "21", 3, u"2"_s, 0, {0}, u"XT-PIC"_s, {}, {}, {u"cascade"_s});
    irq("21/9 IO-APIC-level", "21", 4, u"9"_s, 1, {1}, u"IO-APIC"_s, {}, u"level"_s, {u"acpi"_s});
    arch("21/NMI no description", "21", 9, u"NMI"_s, 0, {0}, {});
    arch("21/LOC no description", "21", 10, u"LOC"_s, 67355837, {67355837}, {});
    single("21/MIS", "21", 12, u"MIS"_s, 0);
    irq("22/2 XT-PIC", "22", 4, u"2"_s, 0, {0, 0}, u"XT-PIC"_s, {}, {}, {u"cascade"_s});
    irq("22/5 duplicate action", "22", 6, u"5"_s, 9337661, {9337660, 1}, u"IO-APIC"_s, {}, u"level"_s,
        {u"ohci1394"_s, u"uhci-hcd"_s, u"uhci-hcd"_s});
    irq("22/9 action with blank", "22", 8, u"9"_s, 15340459, {15340458, 1}, u"IO-APIC"_s, {}, u"level"_s,
        {u"Ensoniq AudioPCI"_s, u"eth1"_s});
    arch("22/LOC trailing blank", "22", 14, u"LOC"_s, 182276102, {91137709, 91138393}, {});
    single("22/MIS non-zero", "22", 16, u"MIS"_s, 12);

    // 24 / 25 / 27: OpenWrt arm boards
    irq("24/24 mt-eint", "24", 3, u"24"_s, 0, {0, 0, 0, 0}, u"mt-eint"_s, u"9"_s, u"Edge"_s, {u"keys"_s});
    irq("24/116 flush-left label", "24", 7, u"116"_s, 13, {13, 0, 0, 0}, u"GICv3"_s, u"155"_s, u"Level"_s,
        {u"ttyS0"_s});
    irq("24/124 mt7530", "24", 12, u"124"_s, 65, {65, 0, 0, 0}, u"mt7530"_s, u"0"_s, u"Edge"_s, {u"mt7530-0:00"_s});
    arch("24/IPI6", "24", 28, u"IPI6"_s, 0, {0, 0, 0, 0}, u"CPU wake-up interrupts"_s);
    single("24/Err", "24", 29, u"Err"_s, 0);
    irq("25/19 MPIC", "25", 4, u"19"_s, 0, {0, 0}, u"MPIC"_s, u"5"_s, u"Level"_s, {u"armada_370_xp_per_cpu_tick"_s});
    irq("25/47 f1018100.gpio", "25", 18, u"47"_s, 0, {0, 0}, u"f1018100.gpio"_s, u"24"_s, u"Edge"_s, {u"gpio-keys"_s});
    arch("25/IPI3 two blanks", "25", 25, u"IPI3"_s, 7739334, {27303, 7712031}, u"Function call interrupts"_s);
    single("25/Err 11 blanks", "25", 29, u"Err"_s, 0);
    irq("27/25 mmc1, mmc0", "27", 7, u"25"_s, 958686, {19817, 0, 938869, 0}, u"GICv2"_s, u"158"_s, u"Level"_s,
        {u"mmc1"_s, u"mmc0"_s});
    irq("27/38 PCIe PME, aerdrv", "27", 10, u"38"_s, 0, {0, 0, 0, 0}, u"GICv2"_s, u"175"_s, u"Level"_s,
        {u"PCIe PME"_s, u"aerdrv"_s});
    irq("27/39 BRCM STB PCIe MSI", "27", 11, u"39"_s, 30845207, {30845207, 0, 0, 0}, u"BRCM STB PCIe MSI"_s,
        u"524288"_s, u"Edge"_s, {u"xhci_hcd"_s});
    arch("27/IPI5", "27", 17, u"IPI5"_s, 1763630, {466242, 475458, 500626, 321304}, u"IRQ work interrupts"_s);

    // 29: Alder Lake, repeated action name
    irq("29/16 peak_pciefd x4", "29", 5, u"16"_s, 4, {}, u"IR-IO-APIC"_s, u"16"_s, u"fasteoi"_s,
        {u"peak_pciefd"_s, u"peak_pciefd"_s, u"peak_pciefd"_s, u"peak_pciefd"_s});
    irq("29/18", "29", 7, u"18"_s, 687, {}, u"IR-IO-APIC"_s, u"18"_s, u"fasteoi"_s,
        {u"i801_smbus"_s, u"snd_hda_intel:card2"_s});
    irq("29/120 DMAR-MSI", "29", 11, u"120"_s, 0, QList<quint64>(20, 0), u"DMAR-MSI"_s, u"0"_s, u"edge"_s,
        {u"dmar0"_s});
    irq("29/184 8-digit hwirq", "29", 46, u"184"_s, 0, QList<quint64>(20, 0), u"IR-PCI-MSI"_s, u"33030144"_s, u"edge"_s,
        {u"xhci_hcd"_s});
    arch("29/NPI last line", "29", 110, u"NPI"_s, 0, QList<quint64>(20, 0), u"Nested posted-interrupt event"_s);

    // 30 / 86: s390
    arch("30/EXT no description", "30", 2, u"EXT"_s, 132781331, {70237223, 62544108}, {});
    arch("30/I/O label", "30", 3, u"I/O"_s, 3929738, {1831143, 2098595}, {});
    arch("30/CLK", "30", 5, u"CLK"_s, 89817395, {51867246, 37950149}, u"[EXT] Clock Comparator"_s);
    arch("30/SCP", "30", 13, u"SCP"_s, 534, {76, 458}, u"[EXT] Service Call"_s);
    arch("86/EXT", "86", 2, u"EXT"_s, 88925, {31903, 57022}, {});
    arch("86/I/O", "86", 3, u"I/O"_s, 40446, {6989, 33457}, {});

    // 32 / 36 / 70 / 71 / 73 / 74 / 88 / 91: chip + hwirq formats
    irq("32/1 IO-APIC 17-fasteoi", "32", 2, u"1"_s, 0, {0, 0, 0, 0}, u"IO-APIC"_s, u"17"_s, u"fasteoi"_s,
        {u"ACPI:Ged"_s});
    irq("32/5 9-digit hwirq", "32", 6, u"5"_s, 0, {0, 0, 0, 0}, u"PCI-MSI"_s, u"134217728"_s, u"edge"_s,
        {u"virtio0-config"_s});
    irq("32/9 colons in name", "32", 10, u"9"_s, 2, {0, 0, 0, 2}, u"PCI-MSI"_s, u"134463488"_s, u"edge"_s,
        {u"i40e-0001:00:0f.0:misc"_s});
    irq("36/0 IR-IO-APIC 2-edge", "36", 2, u"0"_s, 33, {33, 0, 0, 0}, u"IR-IO-APIC"_s, u"2"_s, u"edge"_s, {u"timer"_s});
    irq("36/16 shared", "36", 7, u"16"_s, 849879, {231, 502398, 347250, 0}, u"IR-IO-APIC"_s, u"16"_s, u"fasteoi"_s,
        {u"ehci_hcd:usb1"_s, u"mmc0"_s});
    irq("36/24 DMAR-MSI", "36", 10, u"24"_s, 0, {0, 0, 0, 0}, u"DMAR-MSI"_s, u"0"_s, u"edge"_s, {u"dmar0"_s});
    irq("36/35", "36", 21, u"35"_s, 16656933, {448, 51693, 12270675, 4334117}, u"IR-PCI-MSI"_s, u"1572864"_s, u"edge"_s,
        {u"iwlwifi"_s});
    irq("37/148 grep subset", "37", 2, u"148"_s, 347358, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth0"_s});
    irq("37/157", "37", 10, u"157"_s, 277629, {}, u"IR-PCI-MSI"_s, {}, u"edge"_s, {u"eth0-fp-7"_s});
    irq("70/122 per-device MSI domain", "70", 9, u"122"_s, 0, {0, 0, 0, 0}, u"IR-PCI-MSI-0000:00:1c.0"_s, u"0"_s,
        u"edge"_s, {u"PCIe PME"_s, u"aerdrv"_s});
    irq("70/131 IR-PCI-MSIX", "70", 14, u"131"_s, 17, {0, 0, 0, 17}, u"IR-PCI-MSIX-0000:02:00.0"_s, u"0"_s, u"edge"_s,
        {u"nvme0q0"_s});
    irq("70/148", "70", 31, u"148"_s, 547, {0, 0, 0, 547}, u"IR-PCI-MSI-0000:00:1f.3"_s, u"0"_s, u"edge"_s,
        {u"snd_hda_intel:card0"_s});
    arch("70/NMI", "70", 32, u"NMI"_s, 5, {1, 2, 1, 1}, u"Non-maskable interrupts"_s);
    irq("71/2 XT-PIC no hwirq", "71", 2, u"2"_s, 0, {0}, u"XT-PIC"_s, {}, {}, {u"cascade"_s});
    irq("71/16 PCI-MSI-bdf", "71", 7, u"16"_s, 0, {0}, u"PCI-MSI-0000:00:1c.0"_s, u"0"_s, u"edge"_s,
        {u"PCIe PME"_s, u"aerdrv"_s});
    irq("71/22 PCI-MSIX-bdf", "71", 13, u"22"_s, 6772, {6772}, u"PCI-MSIX-0000:02:00.0"_s, u"1"_s, u"edge"_s,
        {u"nvme0q1"_s});
    single("71/ERR one CPU", "71", 37, u"ERR"_s, 0);
    irq("73/0 XT-PIC timer", "73", 2, u"0"_s, 25, {25}, u"XT-PIC"_s, {}, {}, {u"timer"_s});
    irq("73/33", "73", 22, u"33"_s, 7080, {7080}, u"PCI-MSIX-0000:00:03.0"_s, u"3"_s, u"edge"_s,
        {u"virtio0-request"_s});
    arch("73/HYP", "73", 61, u"HYP"_s, 1, {1}, u"Hypervisor callback interrupts"_s);
    irq("74/24 IRQ number is not the pin", "74", 2, u"24"_s, 0, {0, 0, 0, 0}, u"IO-APIC"_s, u"9"_s, u"edge"_s,
        {u"ACPI:Ged"_s});
    arch("74/HYP", "74", 22, u"HYP"_s, 4, {1, 1, 1, 1}, u"Hypervisor callback interrupts"_s);
    irq("88/16", "88", 7, u"16"_s, 31, {13, 4, 2, 3, 3, 3, 2, 1}, u"IR-IO-APIC"_s, u"16"_s, u"fasteoi"_s,
        {u"ehci_hcd:usb3"_s, u"mmc0"_s});
    irq("88/27 action is a PCI address", "88", 12, u"27"_s, 1616143,
        {836947, 368771, 86379, 84935, 71356, 61231, 59367, 47157}, u"IR-PCI-MSI"_s, u"512000"_s, u"edge"_s,
        {u"0000:00:1f.2"_s});
    irq("91/0", "91", 2, u"0"_s, 138, {}, u"IR-IO-APIC"_s, u"2"_s, u"edge"_s, {u"timer"_s});
    irq("91/18 three actions", "91", 6, u"18"_s, 69, {}, u"IR-IO-APIC"_s, u"18"_s, u"fasteoi"_s,
        {u"ehci_hcd:usb1"_s, u"ehci_hcd:usb2"_s, u"i801_smbus"_s});
    irq("91/37 megasas", "91", 15, u"37"_s, 132038, {}, u"IR-PCI-MSIX-0000:23:00.0"_s, u"0"_s, u"edge"_s,
        {u"megasas0-msix0"_s});
    irq("91/361 last IRQ", "91", 331, u"361"_s, 2, {}, u"IR-PCI-MSIX-0000:80:04.7"_s, u"0"_s, u"edge"_s,
        {u"ioat-msix"_s});
    arch("91/LOC", "91", 333, u"LOC"_s, 5433723640ULL, {}, u"Local timer interrupts"_s);
    single("91/MIS", "91", 347, u"MIS"_s, 0);

    // 34 / 35: no trigger column at all
    irq("34/7 MIPS", "34", 2, u"7"_s, 0, {0, 0, 0, 0}, u"MIPS"_s, u"7"_s, {}, {u"timer"_s});
    irq("34/8 MIPS GIC Local", "34", 3, u"8"_s, 3946413, {986589, 986471, 986826, 986527}, u"MIPS GIC Local"_s, u"1"_s,
        {}, {u"timer"_s});
    irq("34/9 MIPS GIC, IPI call", "34", 4, u"9"_s, 3447794, {3447794, 0, 0, 0}, u"MIPS GIC"_s, u"63"_s, {},
        {u"IPI call"_s});
    irq("34/18 three gpio banks", "34", 12, u"18"_s, 0, {0, 0, 0, 0}, u"MIPS GIC"_s, u"19"_s, {},
        {u"1e000600.gpio-bank0"_s, u"1e000600.gpio-bank1"_s, u"1e000600.gpio-bank2"_s});
    irq("35/16 armada_370_xp_irq", "35", 2, u"16"_s, 466927, {233437, 233490}, u"armada_370_xp_irq"_s, u"5"_s, {},
        {u"armada_370_xp_per_cpu_tick"_s});
    irq("35/69 gpio chip", "35", 10, u"69"_s, 0, {0, 0}, u"f1018140.gpio"_s, u"0"_s, {}, {u"gpio_keys"_s});
    irq("35/93 msi chip", "35", 18, u"93"_s, 0, {0, 0}, u"armada_370_xp_msi_irq"_s, u"0"_s, {}, {u"xhci_hcd"_s});
    arch("35/IPI2", "35", 21, u"IPI2"_s, 41861, {6198, 35663}, u"Rescheduling interrupts"_s);

    // 81: post-6.13 single blank before a long chip name
    irq("81/10 RISC-V INTC one blank", "81", 2, u"10"_s, 1908, {1908}, u"RISC-V INTC"_s, u"5"_s, u"Edge"_s,
        {u"riscv-timer"_s});
    irq("81/12 SiFive PLIC one blank", "81", 3, u"12"_s, 100, {100}, u"SiFive PLIC"_s, u"3"_s, u"Edge"_s, {u"ttyS0"_s});

    // 82: old ARMCTRL without hwirq and trigger, rows without name
    irq("82/3 action with blanks", "82", 2, u"3"_s, 119269, {119269}, u"ARMCTRL"_s, {}, {}, {u"BCM2708 Timer Tick"_s});
    irq("82/75 no name", "82", 8, u"75"_s, 1, {1}, u"ARMCTRL"_s, {}, {}, {});
    irq("82/77 parentheses", "82", 9, u"77"_s, 22825, {22825}, u"ARMCTRL"_s, {}, {}, {u"bcm2708_sdhci (dma)"_s});
    irq("82/83 no name", "82", 12, u"83"_s, 6, {6}, u"ARMCTRL"_s, {}, {}, {});
    single("82/FIQ no counts", "82", 14, u"FIQ"_s, 0, u"usb_fiq"_s);
    single("82/Err", "82", 15, u"Err"_s, 0);

    // Headerless fragments behind a synthetic header (line numbers are those of the fragment + 1).
    irq("31+header/18 blank before -fasteoi", "31", 2, u"18"_s, 16, {0, 16, 0, 0}, u"IR-IO-APIC"_s, u"18"_s,
        u"fasteoi"_s, {u"i801_smbus"_s}, {}, 4);
    irq("31+header/24 SIRQC without trigger", "31", 4, u"24"_s, 432456, {2954, 2670, 408790, 18042}, u"SIRQC"_s,
        u"24"_s, {}, {u"in-band irq work"_s}, {}, 4);
    irq("31+header/26 oob-edge", "31", 6, u"26"_s, 406066, {0, 0, 406066, 0}, u"IR-PCI-MSI-0000:00:19.0"_s, u"0"_s,
        u"oob-edge"_s, {u"eno1"_s}, {}, 4);
    irq("31+header/27 blank-edge", "31", 7, u"27"_s, 5972, {0, 5972, 0, 0}, u"IR-PCI-MSI-0000:00:14.0"_s, u"0"_s,
        u"edge"_s, {u"xhci_hcd"_s}, {}, 4);
    irq("31+header/524545 SIPIC oob", "31", 13, u"524545"_s, 405980, {0, 405980, 0, 0}, u"SIPIC"_s, u"1"_s, u"oob"_s,
        {u"EVL reschedule"_s}, {}, 4);
    arch("38+header/NMI", "38", 2, u"NMI"_s, 17471, {}, u"Non-maskable interrupts"_s, 0, 32);
    arch(
        "38+header/VPMI two blanks", "38", 4, u"VPMI"_s, 0, QList<quint64>(32, 0), u"Perf Guest Mediated PMI"_s, 0, 32);
    irq("75+header/25 Hyper-V 13-digit hwirq", "75", 2, u"25"_s, 2989242, {1, 103, 0, 2989138}, u"Hyper-V PCIe MSI"_s,
        u"4138200989697"_s, u"edge"_s, {u"mana_q0@pci:7870:00:00.0"_s}, {}, 4);
    irq("76+header/208 ITS-PCI-MSI-bdf", "76", 2, u"208"_s, 0, QList<quint64>(8, 0), u"ITS-PCI-MSI-0006:00:00.0"_s,
        u"0"_s, u"Edge"_s, {u"PCIe PME"_s, u"aerdrv"_s}, {}, 8);
    irq("76+header/214 two nvme queues", "76", 4, u"214"_s, 161, {161, 0, 0, 0, 0, 0, 0, 0}, u"GICv3"_s, u"562"_s,
        u"Level"_s, {u"nvme0q0"_s, u"nvme0q1"_s}, {}, 8);
    irq("77+header/123 single blank before chip", "77", 2, u"123"_s, 0, QList<quint64>(6, 0),
        u"ITS-PCI-MSIX-0002:00:00.0"_s, u"1"_s, u"Edge"_s, {u"eth0-rxtx0"_s}, {}, 6);
    irq("78+header/27 chip glued to count", "78", 2, u"27"_s, 3866, {1966, 1900}, u"GIC-0"_s, u"27"_s, u"Level"_s,
        {u"arch_timer"_s}, {}, 2);
    irq("78+header/29 chip glued to 0", "78", 3, u"29"_s, 580, {580, 0}, u"GIC-0"_s, u"205"_s, u"Level"_s,
        {u"e60b0000.i2c"_s}, {}, 2);
    irq("83+header/65", "83", 2, u"65"_s, 8364, {8362, 0, 0, 2}, u"PCI-MSIX-0000:27:00.0"_s, u"0"_s, u"edge"_s,
        {u"ena-mgmnt@pci:0000:27:00.0"_s}, {}, 4);
    irq("83+header/67 no name", "83", 4, u"67"_s, 164, {0, 163, 0, 1}, u"PCI-MSIX-0000:27:00.0"_s, u"2"_s, u"edge"_s,
        {}, {}, 4);
    arch("83+header/CAL", "83", 14, u"CAL"_s, 13840016, {5408, 919, 1481, 13832208}, u"Function call interrupts"_s, 0,
        4);
}

void TestInterruptsParser::rows()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, header);
    QFETCH(int, line);
    QFETCH(QString, id);
    QFETCH(int, occurrence);
    QFETCH(Kind, kind);
    QFETCH(quint64, total);
    QFETCH(QList<quint64>, counts);
    QFETCH(QString, chip);
    QFETCH(QString, hwirq);
    QFETCH(QString, trigger);
    QFETCH(QString, flow);
    QFETCH(QStringList, actions);
    QFETCH(QString, description);

    QVERIFY2(!file.isEmpty(), "fixture not found");
    const Parsed &parsed = parsedFixture(file, header);
    QVERIFY(parsed.table.has_value());
    const InterruptTable &table = *parsed.table;

    qsizetype index = -1;
    for (qsizetype i = 0, seen = 0; i < table.rows.size(); ++i) {
        if (table.rows[i].id == id && seen++ == occurrence) {
            index = i;
            break;
        }
    }
    QVERIFY2(index >= 0, qPrintable(u"no row %1 #%2"_s.arg(id).arg(occurrence)));
    const InterruptRow &row = table.rows[index];

    QCOMPARE(row.line, line);
    QCOMPARE(row.occurrence, occurrence);
    QCOMPARE(row.kind, kind);
    QCOMPARE(row.total, total);
    if (!counts.isEmpty())
        QCOMPARE(countsOf(table, index), counts);
    QCOMPARE(row.chip, chip);
    QCOMPARE(row.hwirq, hwirq);
    QCOMPARE(row.trigger, trigger);
    QCOMPARE(row.flow, flow);
    QCOMPARE(row.actions, actions);
    QCOMPARE(row.name(), actions.join(u", "_s));
    QCOMPARE(row.description, description);
    QCOMPARE(row.hasPerCpuCounts(), kind != Kind::Single);
    if (kind == Kind::Irq)
        QCOMPARE(row.irq, id.toUInt());
}

void TestInterruptsParser::headerless_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("31_x86_dovetail-evl-xenomai4_4cpu_PARTIAL") << fixture("31");
    QTest::newRow("38_x86_32cpu_VPMI-mixed-spacing_GREP-SUBSET") << fixture("38");
    QTest::newRow("75_x86_azure-hyperv-mana_4cpu_GREP-SUBSET") << fixture("75");
    QTest::newRow("76_arm64_qcom-x1e80100_its-pci-msi-perdev_8cpu_GREP-SUBSET") << fixture("76");
    QTest::newRow("77_arm64_imx95-linux-next-2025_single-space_6cpu_GREP-SUBSET") << fixture("77");
    QTest::newRow("78_arm32_renesas-6.13-rc1-regression_glued-chip_2cpu_FRAGMENT") << fixture("78");
    QTest::newRow("83_x86_aws-ec2-ena_empty-names_4cpu_FRAGMENT") << fixture("83");
}

void TestInterruptsParser::headerless()
{
    QFETCH(QString, file);

    QVERIFY2(!file.isEmpty(), "fixture not found");
    const QByteArray text = FakeRoot::data(file);
    QVERIFY(!text.isEmpty());
    const Parsed parsed = parseText(text);
    QVERIFY(!parsed.table.has_value());
    QCOMPARE(parsed.issues.size(), 1);
    QCOMPARE(parsed.issues.first().severity, SourceIssue::Severity::Error);
    QCOMPARE(parsed.issues.first().line, 1);
    QCOMPARE(parsed.issues.first().file, u"/proc/interrupts"_s);
}

void TestInterruptsParser::splitIrqTail_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("hwirq");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QStringList>("actions");

    const auto add = [](const char *name, const QString &tail, const QString &chip, const QString &hwirq,
                         const QString &trigger, const QString &flow, const QStringList &actions) {
        QTest::newRow(name) << tail << chip << hwirq << trigger << flow << actions;
    };
    add("empty", {}, {}, {}, {}, {}, {});
    add("only blanks", u"      "_s, {}, {}, {}, {}, {});
    add("fused IR-IO-APIC-edge", u"  IR-IO-APIC-edge      timer"_s, u"IR-IO-APIC"_s, {}, u"edge"_s, {}, {u"timer"_s});
    add("fused IR-IO-APIC-fasteoi shared", u"  IR-IO-APIC-fasteoi   ehci_hcd:usb1, mmc0"_s, u"IR-IO-APIC"_s, {},
        u"fasteoi"_s, {}, {u"ehci_hcd:usb1"_s, u"mmc0"_s});
    add("fused, no name", u"  IR-IO-APIC-edge    "_s, u"IR-IO-APIC"_s, {}, u"edge"_s, {}, {});
    add("fused DMAR_MSI-edge", u"  DMAR_MSI-edge      dmar0"_s, u"DMAR_MSI"_s, {}, u"edge"_s, {}, {u"dmar0"_s});
    add("fused local-APIC-edge", u"  local-APIC-edge  timer"_s, u"local-APIC"_s, {}, u"edge"_s, {}, {u"timer"_s});
    add("fused xen-pirq-ioapic-level", u"  xen-pirq-ioapic-level  ata_piix"_s, u"xen-pirq"_s, {}, u"ioapic-level"_s, {},
        {u"ata_piix"_s});
    add("fused xen-percpu-virq", u"  xen-percpu-virq      timer0"_s, u"xen-percpu"_s, {}, u"virq"_s, {}, {u"timer0"_s});
    add("fused xen-dyn-event", u"  xen-dyn-event     xenbus"_s, u"xen-dyn"_s, {}, u"event"_s, {}, {u"xenbus"_s});
    add("IO-APIC   2-edge", u"   IO-APIC   2-edge      timer"_s, u"IO-APIC"_s, u"2"_s, u"edge"_s, {}, {u"timer"_s});
    add("IO-APIC  16-fasteoi", u"   IO-APIC  16-fasteoi   ehci_hcd:usb1"_s, u"IO-APIC"_s, u"16"_s, u"fasteoi"_s, {},
        {u"ehci_hcd:usb1"_s});
    add("PCI-MSI 524288-edge", u"   PCI-MSI 524288-edge      nvkm"_s, u"PCI-MSI"_s, u"524288"_s, u"edge"_s, {},
        {u"nvkm"_s});
    add("IR-PCI-MSIX-bdf hwirq", u"  IR-PCI-MSIX-0000:02:00.0    1-edge      nvme0q1"_s, u"IR-PCI-MSIX-0000:02:00.0"_s,
        u"1"_s, u"edge"_s, {}, {u"nvme0q1"_s});
    add("PCI-MSIX-bdf no name", u"  PCI-MSIX-0000:27:00.0   2-edge    "_s, u"PCI-MSIX-0000:27:00.0"_s, u"2"_s,
        u"edge"_s, {}, {});
    add("Hyper-V PCIe MSI 13-digit hwirq", u"  Hyper-V PCIe MSI 4138200989697-edge      mana_q0@pci:7870:00:00.0"_s,
        u"Hyper-V PCIe MSI"_s, u"4138200989697"_s, u"edge"_s, {}, {u"mana_q0@pci:7870:00:00.0"_s});
    add("GICv3 27 Level", u"     GICv3  27 Level     arch_timer"_s, u"GICv3"_s, u"27"_s, u"Level"_s, {},
        {u"arch_timer"_s});
    add("ARMCTRL-level 2 Edge", u"  ARMCTRL-level   2 Edge      VCHIQ doorbell"_s, u"ARMCTRL-level"_s, u"2"_s,
        u"Edge"_s, {}, {u"VCHIQ doorbell"_s});
    add("SiFive PLIC", u"  SiFive PLIC   1 Edge      ccache_ecc"_s, u"SiFive PLIC"_s, u"1"_s, u"Edge"_s, {},
        {u"ccache_ecc"_s});
    add("BRCM STB PCIe MSI", u"  BRCM STB PCIe MSI 524288 Edge      xhci_hcd"_s, u"BRCM STB PCIe MSI"_s, u"524288"_s,
        u"Edge"_s, {}, {u"xhci_hcd"_s});
    add("OPAL EVT", u"  OPAL EVT  11 Level     opal-msg"_s, u"OPAL EVT"_s, u"11"_s, u"Level"_s, {}, {u"opal-msg"_s});
    add("MIPS GIC Local, no trigger", u"  MIPS GIC Local   1  timer"_s, u"MIPS GIC Local"_s, u"1"_s, {}, {},
        {u"timer"_s});
    add("MIPS, no trigger", u"      MIPS   7  timer"_s, u"MIPS"_s, u"7"_s, {}, {}, {u"timer"_s});
    add("MIPS GIC, action with blank", u"  MIPS GIC  63  IPI call"_s, u"MIPS GIC"_s, u"63"_s, {}, {}, {u"IPI call"_s});
    add("XT-PIC without hwirq", u"    XT-PIC      cascade"_s, u"XT-PIC"_s, {}, {}, {}, {u"cascade"_s});
    add("ARMCTRL without hwirq", u"   ARMCTRL  BCM2708 Timer Tick"_s, u"ARMCTRL"_s, {}, {}, {},
        {u"BCM2708 Timer Tick"_s});
    add("ARMCTRL alone", u"   ARMCTRL"_s, u"ARMCTRL"_s, {}, {}, {}, {});
    add("armada_370_xp_irq, no trigger", u"  armada_370_xp_irq 113  f10d0000.nand"_s, u"armada_370_xp_irq"_s, u"113"_s,
        {}, {}, {u"f10d0000.nand"_s});
    add("s390 PCI-MSI, no hwirq", u"  PCI-MSI  mlx5_async@pci:0002:00:00.0"_s, u"PCI-MSI"_s, {}, {}, {},
        {u"mlx5_async@pci:0002:00:00.0"_s});
    add("Level then -fasteoi", u"  APLIC-MSI-d000000.aplic   8 Level   -fasteoi   virtio0"_s,
        u"APLIC-MSI-d000000.aplic"_s, u"8"_s, u"Level"_s, u"fasteoi"_s, {u"virtio0"_s});
    add("Dovetail blank -fasteoi", u"  IR-IO-APIC     18    -fasteoi   i801_smbus"_s, u"IR-IO-APIC"_s, u"18"_s,
        u"fasteoi"_s, {}, {u"i801_smbus"_s});
    add("Dovetail oob-edge", u"  IR-PCI-MSI-0000:00:19.0      0 oob-edge      eno1"_s, u"IR-PCI-MSI-0000:00:19.0"_s,
        u"0"_s, u"oob-edge"_s, {}, {u"eno1"_s});
    add("Dovetail lone oob", u"     SIPIC      0 oob  out-of-band function call IPI"_s, u"SIPIC"_s, u"0"_s, u"oob"_s,
        {}, {u"out-of-band function call IPI"_s});
    add("seven actions", u"  IR-IO-APIC   16-fasteoi   ahci[0000:00:17.0], xhci-hcd:usb1, nvme0q0, a, b, c, d"_s,
        u"IR-IO-APIC"_s, u"16"_s, u"fasteoi"_s, {},
        {u"ahci[0000:00:17.0]"_s, u"xhci-hcd:usb1"_s, u"nvme0q0"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    add("action with colon and blank", u"     GIC-0  71 Level     1004b800.serial:rx err"_s, u"GIC-0"_s, u"71"_s,
        u"Level"_s, {}, {u"1004b800.serial:rx err"_s});
    add("repeated action", u"     AIC2 66248 Level     apple-dart fault handler, apple-dart fault handler"_s, u"AIC2"_s,
        u"66248"_s, u"Level"_s, {}, {u"apple-dart fault handler"_s, u"apple-dart fault handler"_s});
    add("action ending in -edge", u"   IO-APIC   1-edge      gpio-edge"_s, u"IO-APIC"_s, u"1"_s, u"edge"_s, {},
        {u"gpio-edge"_s});
}

void TestInterruptsParser::splitIrqTail()
{
    QFETCH(QString, tail);
    QFETCH(QString, chip);
    QFETCH(QString, hwirq);
    QFETCH(QString, trigger);
    QFETCH(QString, flow);
    QFETCH(QStringList, actions);

    InterruptRow row;
    // Stale values must be replaced, not kept.
    row.chip = u"stale"_s;
    row.hwirq = u"99"_s;
    row.trigger = u"stale"_s;
    row.flow = u"stale"_s;
    row.actions = {u"stale"_s};
    InterruptsParser::splitIrqTail(tail, row);
    QCOMPARE(row.chip, chip);
    QCOMPARE(row.hwirq, hwirq);
    QCOMPARE(row.trigger, trigger);
    QCOMPARE(row.flow, flow);
    QCOMPARE(row.actions, actions);
}

void TestInterruptsParser::crlf_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("01_x86_kvm-guest_virtio_4cpu") << fixture("01");
    QTest::newRow("03_arm64_aws-graviton_gicv3_its_8cpu") << fixture("03");
    QTest::newRow("06_arm32_rpi3_bcm2836_4cpu_telegraf") << fixture("06");
    QTest::newRow("09_ppc64le_pseries-kvm-guest_xive_1cpu") << fixture("09");
    QTest::newRow("19_x86_4cpu_empty-name_hpet-msi") << fixture("19");
    QTest::newRow("82_arm32_rpi1-bcm2708_armctrl_no-name-rows_1cpu") << fixture("82");
}

void TestInterruptsParser::crlf()
{
    QFETCH(QString, file);

    const QByteArray lf = FakeRoot::data(file);
    QVERIFY(!lf.isEmpty());
    QVERIFY(!lf.contains('\r'));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");

    const Parsed a = parseText(lf);
    const Parsed b = parseText(crlf);
    QVERIFY(a.table && b.table);
    QCOMPARE(describe(b.issues), QStringList());
    QCOMPARE(b.table->cpus, a.table->cpus);
    QVERIFY(b.table->counts == a.table->counts);
    QCOMPARE(b.table->rows.size(), a.table->rows.size());
    for (qsizetype i = 0; i < a.table->rows.size(); ++i) {
        const InterruptRow &x = a.table->rows[i];
        const InterruptRow &y = b.table->rows[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.line, x.line);
        QCOMPARE(y.kind, x.kind);
        QCOMPARE(y.total, x.total);
        QCOMPARE(y.chip, x.chip);
        QCOMPARE(y.hwirq, x.hwirq);
        QCOMPARE(y.trigger, x.trigger);
        QCOMPARE(y.flow, x.flow);
        QCOMPARE(y.actions, x.actions);
        QCOMPARE(y.description, x.description);
    }
}

void TestInterruptsParser::offlineCpuHasNoColumn()
{
    const Parsed &parsed = parsedFixture(fixture("05"), {});
    QVERIFY(parsed.table);
    const InterruptTable &table = *parsed.table;
    QCOMPARE(table.columnOf(5), 5);
    QCOMPARE(table.columnOf(6), -1);
    QCOMPARE(table.columnOf(7), 6);
    const qsizetype loc = table.indexOf(u"LOC");
    QCOMPARE(loc, 22);
    QCOMPARE(table.count(loc, table.columnOf(7)), quint64(12540126));
    QCOMPARE(table.count(loc, table.columnOf(5)), quint64(11213289));
}

void TestInterruptsParser::lookups()
{
    const Parsed &parsed = parsedFixture(fixture("09"), {});
    QVERIFY(parsed.table);
    const InterruptTable &table = *parsed.table;
    QCOMPARE(table.indexOfIrq(16), 0);
    QCOMPARE(table.indexOfIrq(272), 12);
    QCOMPARE(table.indexOfIrq(17), -1);
    // The first of the two LOC rows.
    QCOMPARE(table.indexOf(u"LOC"), 13);
    QCOMPARE(table.rows[13].total, quint64(2236));
    QCOMPARE(table.rows[15].id, u"LOC"_s);
    QCOMPARE(table.rows[15].occurrence, 1);
    QCOMPARE(table.indexOf(u"NOPE"), -1);
    QVERIFY(!table.isEmpty());
}

void TestInterruptsParser::totalsMatchProcStat()
{
    // 91 and stat/54 were captured together. The per-IRQ values of the `intr` line are the same
    // sums over all CPUs, except IRQ 187, which took 4 more interrupts between the two reads.
    const QByteArray stat = FakeRoot::data(u"stat/54_stat_x86_40cpu_matched-set_pcp.txt"_s);
    QList<quint64> intr;
    for (const QByteArray &line : stat.split('\n')) {
        if (!line.startsWith("intr "))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (qsizetype i = 2; i < fields.size(); ++i) {
            bool ok = false;
            intr.append(fields[i].toULongLong(&ok));
            QVERIFY(ok);
        }
    }
    QCOMPARE(intr.size(), 1560);

    const Parsed &parsed = parsedFixture(fixture("91"), {});
    QVERIFY(parsed.table);
    int irqRows = 0;
    QSet<uint> listed;
    for (const InterruptRow &row : parsed.table->rows) {
        if (row.kind != Kind::Irq)
            continue;
        ++irqRows;
        listed.insert(row.irq);
        QVERIFY(row.irq < uint(intr.size()));
        const quint64 expected = intr[row.irq] + (row.irq == 187 ? 4 : 0);
        QVERIFY2(row.total == expected, qPrintable(u"IRQ %1: %2 != %3"_s.arg(row.irq).arg(row.total).arg(expected)));
    }
    QCOMPARE(irqRows, 330);
    // And no IRQ that counted anything is missing from /proc/interrupts.
    for (qsizetype irq = 0; irq < intr.size(); ++irq) {
        if (!listed.contains(uint(irq)))
            QCOMPARE(intr[irq], quint64(0));
    }
}

QTEST_GUILESS_MAIN(TestInterruptsParser)
#include "tst_interruptsparser.moc"
