// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "syntheticinterrupts.h"

#include <QList>
#include <QRandomGenerator>

#include <array>
#include <charconv>
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
    const qsizetype pad = std::max<qsizetype>(0, width - text.size());
    if (right)
        out.append(pad, ' ');
    out.append(text);
    if (!right)
        out.append(pad, ' ');
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
