// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "syntheticinterrupts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <array>
#include <charconv>
#include <cstring>
#include <vector>

namespace {

struct Row
{
    int irq;
    QByteArray chip;
    QByteArray hwirqFlow; // `2-edge`, glued as the kernel prints it
    QByteArray name;
};

void appendPadded(QByteArray &out, QByteArrayView text, int width, bool right)
{
    // Written in place: QByteArray::append(n, ch) goes through insert(), which made padding
    // the most expensive part of generating a large file.
    const qsizetype pad = std::max<qsizetype>(0, width - text.size());
    const qsizetype at = out.size();
    out.resize(at + pad + text.size());
    char *p = out.data() + at;
    if (right) {
        std::memset(p, ' ', size_t(pad));
        p += pad;
    }
    std::memcpy(p, text.data(), size_t(text.size()));
    if (!right)
        std::memset(p + text.size(), ' ', size_t(pad));
}

void appendNumber(QByteArray &out, quint64 value, int width)
{
    std::array<char, 24> digits;
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    appendPadded(out, QByteArrayView(digits.data(), result.ptr - digits.data()), width, true);
}

QByteArray busAddress(int device)
{
    // `0000:07:00.1`, as the Python generator builds it.
    QByteArray bus = QByteArray::number((device * 7) % 256, 16).rightJustified(2, '0');
    return QByteArray("0000:") + bus + ":00." + QByteArray::number(device % 8);
}

QList<Row> layout(int cpus, int irqs)
{
    QList<Row> rows = {
        {0, "IR-IO-APIC", "2-edge", "timer"},
        {1, "IR-IO-APIC", "1-edge", "i8042"},
        {8, "IR-IO-APIC", "8-edge", "rtc0"},
        {9, "IR-IO-APIC", "9-fasteoi", "acpi"},
        {12, "IR-IO-APIC", "12-edge", "i8042"},
        {16, "IR-IO-APIC", "16-fasteoi", "ehci_hcd:usb1, i801_smbus"},
    };
    int irq = 24;
    for (int device = 0; rows.size() < irqs; ++device) {
        const QByteArray bus = busAddress(device);
        const QByteArray chip = "IR-PCI-MSIX-" + bus;
        switch (device % 3) {
        case 0: // a ConnectX NIC: one completion vector per CPU, up to 64
            for (int q = 0; q < std::min(cpus, 64); ++q)
                rows.append({irq++, chip, QByteArray::number(q) + "-edge",
                    "mlx5_comp" + QByteArray::number(q) + "@pci:" + bus});
            break;
        case 1: // an NVMe drive: admin queue + one I/O queue per CPU, up to 32
            for (int q = 0; q < std::min(cpus, 32) + 1; ++q)
                rows.append({irq++, chip, QByteArray::number(q) + "-edge",
                    "nvme" + QByteArray::number(device) + 'q' + QByteArray::number(q)});
            break;
        default: // an Intel NIC: combined queues, up to 16
            for (int q = 0; q < std::min(cpus, 16); ++q)
                rows.append({irq++, chip, QByteArray::number(q + 1) + "-edge",
                    "eth" + QByteArray::number(device) + "-TxRx-" + QByteArray::number(q)});
            break;
        }
    }
    rows.resize(std::max(irqs, 0));
    return rows;
}

constexpr std::array<std::pair<const char *, const char *>, SyntheticInterrupts::ArchRows> archRows = {{
    {"NMI", "Non-maskable interrupts"},
    {"LOC", "Local timer interrupts"},
    {"SPU", "Spurious interrupts"},
    {"PMI", "Performance monitoring interrupts"},
    {"IWI", "IRQ work interrupts"},
    {"RTR", "APIC ICR read retries"},
    {"RES", "Rescheduling interrupts"},
    {"CAL", "Function call interrupts"},
    {"TLB", "TLB shootdowns"},
    {"TRM", "Thermal event interrupts"},
    {"THR", "Threshold APIC interrupts"},
    {"DFR", "Deferred Error APIC interrupts"},
    {"MCE", "Machine check exceptions"},
    {"MCP", "Machine check polls"},
}};

constexpr std::array<const char *, 10> softirqTypes
    = {"HI", "TIMER", "NET_TX", "NET_RX", "BLOCK", "IRQ_POLL", "TASKLET", "SCHED", "HRTIMER", "RCU"};

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

// `ffffffff,ffffffff` for the CPUs in [first, last], as the kernel prints a cpumask of @p cpus bits.
QByteArray hexMask(int cpus, int first, int last)
{
    const int words = (cpus + 31) / 32;
    QByteArray out;
    for (int w = words - 1; w >= 0; --w) {
        quint32 word = 0;
        for (int bit = 0; bit < 32; ++bit) {
            const int cpu = w * 32 + bit;
            if (cpu >= first && cpu <= last)
                word |= 1u << bit;
        }
        // The top word only has the digits the CPU count needs.
        const int digits = w == words - 1 ? ((cpus - w * 32) + 3) / 4 : 8;
        out.append(QByteArray::number(word, 16).rightJustified(digits, '0'));
        if (w > 0)
            out.append(',');
    }
    return out;
}

QByteArray cpuRange(int first, int last)
{
    return first == last ? QByteArray::number(first) : QByteArray::number(first) + '-' + QByteArray::number(last);
}

} // namespace

QByteArray SyntheticInterrupts::generate(const Options &options)
{
    const int cpus = std::max(options.cpus, 1);
    const quint64 tick = quint64(std::max(options.tick, 0));
    const QList<Row> rows = layout(cpus, options.irqs);

    // All random numbers are drawn before any is printed, in a fixed order, so that tick only
    // scales the rates and never shifts the sequence.
    QRandomGenerator random(options.seed);
    const size_t cells = size_t(rows.size()) * size_t(cpus);
    std::vector<quint32> base(cells);
    std::vector<quint32> rate(cells);
    for (quint32 &b : base)
        b = random.generateDouble() < 0.3 ? random.bounded(5'000'000u) : 0;
    for (size_t i = 0; i < cells; ++i)
        rate[i] = base[i] ? random.bounded(2000u) : 0;

    QByteArray out;
    out.reserve(qsizetype(rows.size() + ArchRows + 3) * (cpus * 11 + 80));
    out.append(11, ' ');
    for (int cpu = 0; cpu < cpus; ++cpu) {
        const QByteArray label = "CPU" + QByteArray::number(cpu);
        appendPadded(out, label, cpu + 1 < cpus ? 11 : 0, false); // no trailing blanks, like the Python
    }
    out.append('\n');

    size_t cell = 0;
    for (const Row &row : rows) {
        appendNumber(out, quint64(row.irq), 4);
        out.append(':');
        for (int cpu = 0; cpu < cpus; ++cpu, ++cell) {
            out.append(' ');
            appendNumber(out, base[cell] + tick * rate[cell], 10);
        }
        out.append("  ");
        appendPadded(out, row.chip, 18, false);
        out.append(' ');
        appendPadded(out, row.hwirqFlow, 9, false);
        out.append(' ');
        out.append(row.name);
        out.append('\n');
    }
    for (const auto &[tag, description] : archRows) {
        appendPadded(out, tag, 4, true);
        out.append(':');
        for (int cpu = 0; cpu < cpus; ++cpu) {
            out.append(' ');
            appendNumber(out, random.bounded(10'000'000u) + tick * 1000, 10);
        }
        out.append("   ");
        out.append(description);
        out.append('\n');
    }
    out.append(" ERR:          0\n MIS:          0\n");
    return out;
}

QByteArray SyntheticInterrupts::generateSoftirqs(const Options &options)
{
    const int cpus = std::max(options.cpus, 1);
    const quint64 tick = quint64(std::max(options.tick, 0));
    QRandomGenerator random(options.seed ^ 0x50f71a9u);
    QByteArray out;
    out.reserve(qsizetype(softirqTypes.size() + 1) * (cpus * 11 + 24));
    out.append(20, ' ');
    for (int cpu = 0; cpu < cpus; ++cpu)
        appendPadded(out, QByteArray("CPU" + QByteArray::number(cpu)), 11, false);
    out.append('\n');
    for (const char *type : softirqTypes) {
        const bool idle = qstrcmp(type, "IRQ_POLL") == 0; // no driver uses it here
        appendPadded(out, type, 12, true);
        out.append(':');
        for (int cpu = 0; cpu < cpus; ++cpu) {
            // Both numbers are drawn for every cell, so the sequence does not depend on tick.
            const quint64 base = random.bounded(50'000'000u);
            const quint64 rate = random.bounded(5000u);
            out.append(' ');
            appendNumber(out, idle ? 0 : base + tick * rate, 10);
        }
        out.append('\n');
    }
    return out;
}

QByteArray SyntheticInterrupts::generateStat(const Options &options)
{
    const int cpus = std::max(options.cpus, 1);
    const quint64 tick = quint64(std::max(options.tick, 0));
    QRandomGenerator random(options.seed ^ 0x57a7u);

    // user nice system idle iowait irq softirq steal guest guest_nice
    using Times = std::array<quint64, 10>;
    std::vector<Times> perCpu(static_cast<size_t>(cpus));
    Times all {};
    for (Times &times : perCpu) {
        const quint64 start = 1'000'000 + random.bounded(100'000u);
        const quint64 irq = 1 + random.bounded(3u);
        const quint64 softirq = 2 + random.bounded(7u);
        const quint64 user = 10 + random.bounded(40u);
        const quint64 system = 5 + random.bounded(10u);
        const quint64 iowait = random.bounded(2u);
        const quint64 idle = 100 - irq - softirq - user - system - iowait;
        const quint64 perTick[10] = {user, 0, system, idle, iowait, irq, softirq, 0, 0, 0};
        for (size_t i = 0; i < times.size(); ++i) {
            times[i] = start / (i + 1) + tick * perTick[i];
            all[i] += times[i];
        }
    }

    QByteArray out;
    out.reserve(qsizetype(cpus) * 120 + 16 * 1024);
    auto appendTimes = [&out](QByteArrayView label, const Times &times) {
        out.append(label);
        for (const quint64 value : times) {
            out.append(' ');
            appendNumber(out, value, 0);
        }
        out.append('\n');
    };
    appendTimes("cpu ", all);
    for (int cpu = 0; cpu < cpus; ++cpu)
        appendTimes(QByteArray("cpu" + QByteArray::number(cpu)), perCpu[size_t(cpu)]);

    // `intr TOTAL` then one count per IRQ number from 0 up to the highest one of generate().
    const QList<Row> rows = layout(cpus, options.irqs);
    const int highest = rows.isEmpty() ? 0 : rows.constLast().irq;
    std::vector<quint64> intr(size_t(highest + 1), 0);
    quint64 total = 0;
    for (const Row &row : rows) {
        const quint64 value = 1000 + random.bounded(1'000'000u) + tick * random.bounded(20'000u);
        intr[size_t(row.irq)] = value;
        total += value;
    }
    out.append("intr ");
    appendNumber(out, total, 0);
    for (const quint64 value : intr) {
        out.append(' ');
        appendNumber(out, value, 0);
    }
    out.append("\nctxt ");
    appendNumber(out, 500'000'000 + tick * quint64(cpus) * 2000, 0);
    out.append("\nbtime 1767225600\nprocesses ");
    appendNumber(out, 100'000 + tick * 10, 0);
    out.append("\nprocs_running 3\nprocs_blocked 0\nsoftirq ");
    appendNumber(out, 9'000'000'000 + tick * quint64(cpus) * 20'000, 0);
    for (size_t i = 0; i < softirqTypes.size(); ++i) {
        out.append(' ');
        appendNumber(out, i == 5 ? 0 : 900'000'000 + tick * quint64(cpus) * 2000, 0);
    }
    out.append('\n');
    return out;
}

bool SyntheticInterrupts::writeTick(const QString &directory, const Options &options)
{
    const QDir root(directory);
    return root.mkpath(QStringLiteral("proc"))
        && writeFile(root.filePath(QStringLiteral("proc/interrupts")), generate(options))
        && writeFile(root.filePath(QStringLiteral("proc/softirqs")), generateSoftirqs(options))
        && writeFile(root.filePath(QStringLiteral("proc/stat")), generateStat(options));
}

bool SyntheticInterrupts::writeSystem(const QString &directory, const Options &options)
{
    const int cpus = std::max(options.cpus, 1);
    const QDir root(directory);
    const QByteArray all = cpuRange(0, cpus - 1) + '\n';
    bool ok = root.mkpath(QStringLiteral("proc/sys/kernel")) && root.mkpath(QStringLiteral("proc/irq"))
        && root.mkpath(QStringLiteral("sys/kernel/irq"))
        && writeFile(root.filePath(QStringLiteral("proc/sys/kernel/osrelease")), "6.8.0-synthetic\n")
        && writeFile(root.filePath(QStringLiteral("proc/sys/kernel/hostname")), "synthetic\n")
        && writeFile(root.filePath(QStringLiteral("proc/irq/default_smp_affinity")), hexMask(cpus, 0, cpus - 1) + '\n');
    for (const char *name : {"possible", "present", "online"})
        ok = ok && root.mkpath(QStringLiteral("sys/devices/system/cpu"))
            && writeFile(root.filePath(QStringLiteral("sys/devices/system/cpu/") + QLatin1StringView(name)), all);
    // Two NUMA nodes of half the CPUs each (one node on a single CPU).
    const int nodes = cpus > 1 ? 2 : 1;
    const int perNode = cpus / nodes;
    for (int node = 0; node < nodes; ++node) {
        const QString dir = QStringLiteral("sys/devices/system/node/node%1").arg(node);
        const int last = node == nodes - 1 ? cpus - 1 : (node + 1) * perNode - 1;
        ok = ok && root.mkpath(dir)
            && writeFile(root.filePath(dir + QStringLiteral("/cpulist")), cpuRange(node * perNode, last) + '\n');
    }

    const QByteArray allMask = hexMask(cpus, 0, cpus - 1) + '\n';
    const QByteArray noMask = hexMask(cpus, cpus, cpus) + '\n';
    QByteArray perCpuZero;
    for (int cpu = 0; cpu < cpus; ++cpu)
        perCpuZero.append(cpu ? ",0" : "0");
    perCpuZero.append('\n');
    const QList<Row> rows = layout(cpus, options.irqs);
    for (qsizetype i = 0; ok && i < rows.size(); ++i) {
        const Row &row = rows[i];
        const int cpu = int(i % cpus); // spread like irqbalance would
        const QString proc = QStringLiteral("proc/irq/%1/").arg(row.irq);
        const QString sys = QStringLiteral("sys/kernel/irq/%1/").arg(row.irq);
        const qsizetype dash = row.hwirqFlow.indexOf('-');
        const QByteArray hwirq = row.hwirqFlow.left(dash);
        const QByteArray flow = row.hwirqFlow.mid(dash + 1);
        const std::pair<QString, QByteArray> files[] = {
            {proc + QStringLiteral("smp_affinity"), allMask},
            {proc + QStringLiteral("smp_affinity_list"), all},
            {proc + QStringLiteral("effective_affinity"), hexMask(cpus, cpu, cpu) + '\n'},
            {proc + QStringLiteral("effective_affinity_list"), QByteArray::number(cpu) + '\n'},
            {proc + QStringLiteral("affinity_hint"), noMask},
            {proc + QStringLiteral("node"), QByteArray::number(std::min(cpu / perNode, nodes - 1)) + '\n'},
            {proc + QStringLiteral("spurious"), "count 3\nunhandled 0\nlast_unhandled 0 ms\n"},
            {sys + QStringLiteral("actions"), row.name + '\n'},
            {sys + QStringLiteral("chip_name"), row.chip + '\n'},
            {sys + QStringLiteral("hwirq"), hwirq + '\n'},
            {sys + QStringLiteral("name"), flow + '\n'},
            {sys + QStringLiteral("type"), flow + '\n'},
            {sys + QStringLiteral("per_cpu_count"), perCpuZero},
            {sys + QStringLiteral("wakeup"), "disabled\n"},
        };
        ok = root.mkpath(proc) && root.mkpath(sys);
        for (const auto &[path, contents] : files)
            ok = ok && writeFile(root.filePath(path), contents);
    }
    return ok;
}

QString SyntheticInterrupts::rootTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString directory = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return directory + QStringLiteral("/irqscope-bench-XXXXXX");
}
