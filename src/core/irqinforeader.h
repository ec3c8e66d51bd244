// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "irqinfo.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QHash>
#include <QList>

#include <optional>

/**
 * Reads /proc/irq/N/… and /sys/kernel/irq/N/… for one or every IRQ, and
 * /proc/irq/default_smp_affinity. Missing files are normal and leave fields unset; a file
 * that exists but is malformed leaves its field unset and adds a warning naming it.
 */
class IrqInfoReader
{
public:
    /// One IRQ; nullopt when neither /proc/irq/N nor /sys/kernel/irq/N exists.
    static std::optional<IrqInfo> read(const SystemRoot &root, uint irq, QList<SourceIssue> *issues);
    /// Every IRQ listed in /proc/irq or /sys/kernel/irq (numeric entries only).
    static QHash<uint, IrqInfo> readAll(const SystemRoot &root, QList<SourceIssue> *issues);
    /// The IRQ numbers that have a /proc/irq or /sys/kernel/irq entry, ascending.
    static QList<uint> listIrqs(const SystemRoot &root);
    static std::optional<CpuSet> readDefaultAffinity(const SystemRoot &root, QList<SourceIssue> *issues);
};
