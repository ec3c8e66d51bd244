// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fuzzcheck.h"
#include "softirqsparser.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    QList<SourceIssue> issues;
    IssueCollector collector(u"/proc/softirqs"_s, &issues);
    const std::optional<SoftirqTable> table = SoftirqsParser::parse(text, collector);
    fuzz::checkIssues(issues);
    FUZZ_CHECK(table.has_value() != collector.hasErrors());
    if (table) {
        FUZZ_CHECK(!table->cpus.isEmpty());
        FUZZ_CHECK(table->counts.size() == size_t(table->types.size()) * size_t(table->cpus.size()));
        // Never more memory for counts than the text had bytes.
        FUZZ_CHECK(table->counts.size() <= size + size_t(table->cpus.size()));
        for (qsizetype i = 0; i < table->types.size(); ++i) {
            FUZZ_CHECK(!table->types[i].isEmpty());
            (void)table->total(i);
        }
    }
    return 0;
}
