// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fuzzcheck.h"
#include "interruptsparser.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    QList<SourceIssue> issues;
    IssueCollector collector(u"/proc/interrupts"_s, &issues);
    const std::optional<InterruptTable> table = InterruptsParser::parse(text, collector);
    fuzz::checkIssues(issues);
    FUZZ_CHECK(table.has_value() != collector.hasErrors());
    if (table) {
        FUZZ_CHECK(!table->cpus.isEmpty());
        FUZZ_CHECK(table->counts.size() == size_t(table->rows.size()) * size_t(table->cpus.size()));
        int previousLine = 0;
        for (qsizetype i = 0; i < table->rows.size(); ++i) {
            const InterruptRow &row = table->rows[i];
            FUZZ_CHECK(row.line > previousLine);
            previousLine = row.line;
            const auto counts = table->countsOf(i);
            if (row.kind == InterruptRow::Kind::Single)
                FUZZ_CHECK(std::all_of(counts.begin(), counts.end(), [](quint64 v) { return v == 0; }));
            else
                FUZZ_CHECK(row.total == fuzz::saturatingSum(counts));
            FUZZ_CHECK(row.kind == InterruptRow::Kind::Irq || (row.chip.isEmpty() && row.actions.isEmpty()));
        }
    }

    // The tail splitter on its own, on the same bytes.
    InterruptRow row;
    InterruptsParser::splitIrqTail(QString::fromUtf8(text), row);
    for (const QString &action : row.actions)
        FUZZ_CHECK(!action.isEmpty());
    return 0;
}
