// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cputopology.h"
#include "sourceissue.h"
#include "systemroot.h"

/**
 * Reads CpuTopology from /sys/devices/system/cpu and /sys/devices/system/node.
 * `possible` falls back to the cpuN directories, then `present`; `online` falls back to
 * `present` (kernels without hot-plug have no `online` file). Malformed lists are warnings.
 */
class CpuTopologyReader
{
public:
    static CpuTopology read(const SystemRoot &root, QList<SourceIssue> *issues);
};
