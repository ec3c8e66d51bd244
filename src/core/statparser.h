// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpustat.h"
#include "sourceissue.h"

#include <QByteArrayView>

#include <optional>

/**
 * Parses /proc/stat. Unknown lines are ignored (kernels add them); malformed known lines are
 * skipped with a warning. Returns nullopt when no `cpu` line at all could be read.
 */
class StatParser
{
public:
    static std::optional<CpuStat> parse(QByteArrayView text, IssueCollector &issues);
};
