// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "interrupttable.h"
#include "sourceissue.h"

#include <QByteArrayView>

#include <optional>

/**
 * Parses the text of /proc/interrupts from any kernel since 2.6 on any architecture.
 *
 * The CPU numbers come from the header's `CPUn` tokens, never from counting columns. Counts
 * are read as decimal fields after the label (a field may be glued to the chip, as in the
 * 6.13-rc1 regression); the rest of the line is split into chip, hwirq, trigger and action
 * names by its shape, not by column positions, because published and real files vary in
 * spacing. See tests/data/interrupts/README.md for the layouts covered.
 *
 * The parser owns no state between calls; it returns nullopt only when the text has no
 * usable header (then the issue says why). Damaged rows are skipped with a warning.
 */
class InterruptsParser
{
public:
    /// @p issues receives warnings and errors naming lines of @p text.
    static std::optional<InterruptTable> parse(QByteArrayView text, IssueCollector &issues);

    /// Splits the text after the counts of a numbered row (`IR-PCI-MSI 524288-edge  eth0`)
    /// into chip, hwirq, trigger, flow and actions of @p row. Exposed for tests.
    static void splitIrqTail(QStringView tail, InterruptRow &row);
};
