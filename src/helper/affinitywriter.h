// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "helpererrors.h"
#include "irqvalidation.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * Validates and writes IRQ affinity masks under one root directory (`/`, or a fixture tree
 * for tests): `proc/irq/N/smp_affinity_list` (or `smp_affinity` where the list form is
 * missing), `proc/irq/default_smp_affinity`, and reads `sys/devices/system/cpu/{possible,
 * present,online}` for the checks.
 *
 * AffinityWriter knows nothing about D-Bus or polkit: it is called only after a request was
 * authorized. It builds every path itself from validated numbers, opens files relative to
 * directory descriptors with O_NOFOLLOW (a symbolic link is refused, never followed), writes
 * each mask with a single write(), reads it back and compares. A batch is checked completely
 * before the first write, and a failure midway restores every mask the batch had changed.
 * Errno values are mapped with HelperErrors::fromErrno().
 */
class AffinityWriter
{
public:
    /// One requested change, as the caller sent it (nothing checked yet).
    struct Request
    {
        uint irq = 0;
        QList<uint> cpus;
    };

    /// One change that was made: for the log.
    struct Applied
    {
        uint irq = 0; ///< unused for the default affinity
        CpuSet before;
        CpuSet after;
    };

    struct Result
    {
        HelperError error = HelperError::None;
        QString message; ///< untranslated detail for the log and the D-Bus error text
        QList<Applied> applied; ///< the changes in effect when the call returned

        bool isOk() const { return error == HelperError::None; }
    };

    /// @p rootDirectory is an absolute directory laid out like `/`.
    explicit AffinityWriter(const QString &rootDirectory);

    QString rootDirectory() const { return m_root; }

    /// The CPU limits read from the root, or nullopt with @p error set.
    std::optional<CpuLimits> readCpuLimits(QString *error = nullptr) const;
    /// Whether `proc/irq/<irq>` is a directory (a symbolic link is not).
    bool irqExists(uint irq) const;
    /// The current affinity of @p irq, or nullopt with @p error set.
    std::optional<CpuSet> readIrqAffinity(uint irq, QString *error = nullptr) const;

    /// Validates and applies one change: SetIrqAffinity.
    Result setIrqAffinity(const Request &request);
    /// Validates every change, then applies them in order, all or nothing: SetIrqAffinities.
    Result setIrqAffinities(const QList<Request> &requests);
    /// Validates and writes `proc/irq/default_smp_affinity`: SetDefaultAffinity.
    Result setDefaultAffinity(const QList<uint> &cpus);

private:
    QString m_root;
};
