// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpustat.h"
#include "cputopology.h"
#include "interrupttable.h"
#include "irqinfo.h"
#include "nicinfo.h"
#include "softirqtable.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// Everything IRQ Scope knows about a system at one instant. Parts that could not be read
/// are unset (or empty); `issues` says why when that was not simply a missing optional file.
struct SystemState
{
    QString kernelRelease; ///< proc/sys/kernel/osrelease
    QString hostname; ///< proc/sys/kernel/hostname
    std::optional<InterruptTable> interrupts;
    std::optional<SoftirqTable> softirqs;
    std::optional<CpuStat> stat;
    QHash<uint, IrqInfo> irqs; ///< /proc/irq/N and /sys/kernel/irq/N, by IRQ number
    std::optional<CpuSet> defaultAffinity;
    CpuTopology topology;
    QList<NicInfo> nics;
    QHash<uint, IrqQueueBinding> queueOfIrq;
    QList<SourceIssue> issues;

    bool hasErrors() const;
    /// The IrqInfo of IRQ @p irq, or nullptr.
    const IrqInfo *irq(uint irq) const;
};

/**
 * Reads a whole SystemState (or some parts of it) from a SystemRoot with the individual
 * parsers and readers. This is what the command line tool, snapshots and the GUI's slow
 * refresh call; the fast per-second path is InterruptSampler.
 */
class SystemReader
{
public:
    enum class Part {
        Identity = 0x01, ///< kernel release, hostname
        Interrupts = 0x02,
        Softirqs = 0x04,
        Stat = 0x08,
        Irqs = 0x10, ///< /proc/irq and /sys/kernel/irq
        Topology = 0x20,
        Network = 0x40, ///< interfaces, queues and the IRQ -> queue map (needs Interrupts)
        All = 0x7f,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    static SystemState read(const SystemRoot &root, Parts parts = Part::All);

    /// Reads and parses one /proc file. A missing file is an Error issue when @p required,
    /// silently nullopt otherwise; an unreadable or unusable file is always an Error issue.
    template<typename Parser>
    static auto readFile(const SystemRoot &root, const QString &path, bool required, QList<SourceIssue> *issues)
        -> decltype(Parser::parse(QByteArrayView(), std::declval<IssueCollector &>()));

private:
    static bool readText(
        const SystemRoot &root, const QString &path, bool required, QByteArray *data, QList<SourceIssue> *issues);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SystemReader::Parts)

template<typename Parser>
auto SystemReader::readFile(const SystemRoot &root, const QString &path, bool required, QList<SourceIssue> *issues)
    -> decltype(Parser::parse(QByteArrayView(), std::declval<IssueCollector &>()))
{
    QByteArray data;
    if (!readText(root, path, required, &data, issues))
        return std::nullopt;
    IssueCollector collector(root.displayPath(path), issues);
    return Parser::parse(data, collector);
}
