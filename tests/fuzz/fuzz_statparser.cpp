// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fuzzcheck.h"
#include "statparser.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    QList<SourceIssue> issues;
    IssueCollector collector(u"/proc/stat"_s, &issues);
    const std::optional<CpuStat> stat = StatParser::parse(text, collector);
    fuzz::checkIssues(issues);
    FUZZ_CHECK(stat.has_value() != collector.hasErrors());
    if (stat) {
        FUZZ_CHECK(stat->interruptsPerIrq.size() <= size / 2 + 1);
        for (const CpuTimes &times : stat->cpus) {
            FUZZ_CHECK(times.cpu >= 0);
            FUZZ_CHECK(times.fieldCount >= 4 && times.fieldCount <= 10);
            FUZZ_CHECK(stat->timesOf(times.cpu) == &times);
        }
    }
    return 0;
}
