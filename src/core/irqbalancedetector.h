// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemroot.h"

#include <optional>

/**
 * Tells whether irqbalance is running, by looking for a process named `irqbalance` in
 * proc/<pid>/comm of a SystemRoot. irqbalance rewrites smp_affinity behind the user's back
 * (every 10 s by default), so the GUI says so next to anything that edits masks.
 */
class IrqBalanceDetector
{
public:
    /// The PID of a running irqbalance, or nullopt.
    static std::optional<qint64> find(const SystemRoot &root);
};
