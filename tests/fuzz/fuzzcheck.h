// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "sourceissue.h"

#include <QList>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <span>

/// Stops the fuzzer with a message when an invariant of a parser result does not hold.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace fuzz {

/// The cap of IssueCollector, plus its summary line and the one error that ends a parse.
inline void checkIssues(const QList<SourceIssue> &issues)
{
    FUZZ_CHECK(issues.size() <= IssueCollector::MaxIssuesPerFile + 2);
    for (const SourceIssue &issue : issues)
        FUZZ_CHECK(issue.message.size() < 1000);
}

inline quint64 saturatingSum(std::span<const quint64> values)
{
    quint64 total = 0;
    for (quint64 v : values) {
        if (__builtin_add_overflow(total, v, &total))
            return std::numeric_limits<quint64>::max();
    }
    return total;
}

} // namespace fuzz
