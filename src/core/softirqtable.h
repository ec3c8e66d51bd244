// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

/**
 * A parsed /proc/softirqs: one row per softirq type (`HI`, `TIMER`, `NET_RX`…, in file order)
 * and one column per *possible* CPU (the kernel iterates possible CPUs here, unlike
 * /proc/interrupts, so a 4-vCPU guest may show 128 columns).
 */
class SoftirqTable
{
public:
    QList<int> cpus; ///< from the header's `CPUn` tokens
    QStringList types; ///< `HI`, `TIMER`, `NET_TX`, `NET_RX`, `BLOCK`, `IRQ_POLL`, …
    std::vector<quint64> counts; ///< types.size() × cpus.size(), row-major

    std::span<const quint64> countsOf(qsizetype type) const
    {
        return {counts.data() + type * cpus.size(), size_t(cpus.size())};
    }
    quint64 count(qsizetype type, qsizetype column) const { return counts[size_t(type * cpus.size() + column)]; }
    quint64 total(qsizetype type) const;

    /// One translated sentence saying what a softirq type does (`NET_RX`: "Network receive
    /// processing…"), or an empty string for a type this version does not know.
    static QString describe(QStringView type);
};
