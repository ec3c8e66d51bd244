// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "helpererrors.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * Which CPUs a machine has, as far as an affinity request cares: nr_cpu_ids (the highest
 * possible CPU + 1, the width of every cpumask), the present CPUs and the online ones.
 *
 * CpuLimits is only the value; the helper reads the three files under
 * `sys/devices/system/cpu/` of its root and hands their text to fromText().
 */
struct CpuLimits
{
    int nrCpuIds = 0;
    CpuSet present;
    CpuSet online;

    /// Builds the limits from the contents of `possible`, `present` and `online` (CPU lists).
    /// Returns nullopt and sets @p error when a file is malformed or `possible` is empty.
    static std::optional<CpuLimits> fromText(
        QStringView possible, QStringView present, QStringView online, QString *error = nullptr);
};

/// The outcome of IrqValidation::checkCpus(): the CPU set, or the error to return.
struct CpuValidation
{
    std::optional<CpuSet> cpus;
    HelperError error = HelperError::None;
    QString message; ///< an untranslated detail for the log and the D-Bus error text

    bool isValid() const { return cpus.has_value(); }
};

/**
 * The argument checks of the helper's contract, shared with the GUI so that it can check a
 * request before sending it and explain a refusal in the same terms.
 *
 * Rules for a CPU list, each checked over the whole list before the next (the first failure wins):
 * empty → InvalidArgument; any CPU ≥ nr_cpu_ids → CpuOutOfRange; a CPU listed twice →
 * InvalidArgument (duplicates are refused, not merged: a typed caller has no reason to send
 * them, and a narrow contract is easier to audit); a CPU that is not present → CpuOutOfRange;
 * no requested CPU online → NoOnlineCpu. Offline but present CPUs are accepted next to an
 * online one, as the kernel does. IRQ numbers are plain decimal numbers without sign, leading
 * zeros or white space; whether the IRQ exists is for the caller to check (`/proc/irq/N`).
 */
namespace IrqValidation {
/// The largest number of changes one SetIrqAffinities batch may carry.
inline constexpr int MaxBatchSize = 16384;

/// Whether @p text is a canonical IRQ number (`^(0|[1-9][0-9]*)$`) that fits in 32 bits.
bool isIrqNumber(QStringView text);
/// The number @p text names, if isIrqNumber(text).
std::optional<uint> parseIrqNumber(QStringView text);

/// Checks a requested CPU list against @p limits (see the rules above).
CpuValidation checkCpus(const QList<uint> &cpus, const CpuLimits &limits);
} // namespace IrqValidation
