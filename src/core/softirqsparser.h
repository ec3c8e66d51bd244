// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "softirqtable.h"
#include "sourceissue.h"

#include <QByteArrayView>

#include <optional>

/**
 * Parses /proc/softirqs (both the `%12s:` and the older `%8s:` label layouts). Returns
 * nullopt when there is no usable header; a damaged row is skipped with a warning.
 */
class SoftirqsParser
{
public:
    static std::optional<SoftirqTable> parse(QByteArrayView text, IssueCollector &issues);
};
