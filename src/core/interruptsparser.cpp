// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interruptsparser.h"

#include "textscan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {
using namespace TextScan;

QString tr(const char *text)
{
    return QCoreApplication::translate("InterruptsParser", text);
}

// Reads a decimal field of 20 or more digits with overflow checks; false when it does not
// fit in 64 bits.
bool parseWideCount(const char *begin, const char *end, quint64 *value)
{
    quint64 v = 0;
    for (const char *d = begin; d < end; ++d) {
        if (__builtin_mul_overflow(v, 10u, &v) || __builtin_add_overflow(v, quint64(*d - '0'), &v))
            return false;
    }
    *value = v;
    return true;
}

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Flow handler names the kernel prints glued to the preceding text with '-' (`2-edge`,
// `IO-APIC-edge`, `xen-pirq-ioapic-level`). Case matters: `PCI-MSI` is a chip, not a flow.
bool isKnownFlow(QStringView s)
{
    static constexpr std::array<QStringView, 19> flows
        = {u"edge", u"level", u"fasteoi", u"simple", u"percpu", u"percpu_devid", u"eoi", u"edge-eoi", u"bad", u"virq",
            u"ipi", u"event", u"msi", u"msi-x", u"ioapic-level", u"ioapic-edge", u"nmi", u"untracked", u"level-eoi"};
    // Flow names are short lower-case words: most candidates fail on the first character.
    if (s.isEmpty() || s.size() > 12 || s[0] < u'a' || s[0] > u'z')
        return false;
    return std::any_of(flows.begin(), flows.end(), [s](QStringView f) { return s == f; });
}

bool isTrigger(QStringView s)
{
    return s == u"Level" || s == u"Edge";
}

bool isInteger(QStringView s)
{
    if (s.startsWith(u'-'))
        s = s.mid(1);
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// If @p token ends in a known flow glued with '-', returns the length of the part before
// the '-' (possibly 0 for `-edge`), else -1. The leftmost split wins so that
// `xen-pirq-ioapic-level` gives chip `xen-pirq` and flow `ioapic-level`.
qsizetype flowSplit(QStringView token)
{
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token[i] == u'-' && isKnownFlow(token.mid(i + 1)))
            return i;
    }
    return -1;
}

// A row's tail has a handful of tokens: keep them on the stack.
using Tokens = QVarLengthArray<Span, 16>;

Tokens tokenize(QStringView text)
{
    Tokens tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        tokens.append({start, i});
    }
    return tokens;
}

QStringList splitActions(QStringView text)
{
    QStringList actions;
    text = text.trimmed();
    if (text.isEmpty())
        return actions;
    // The kernel joins handler names with ", "; names themselves may contain single blanks.
    for (QStringView part : text.split(u", ")) {
        part = part.trimmed();
        if (!part.isEmpty())
            actions.append(part.toString());
    }
    return actions;
}

bool isSingleValueLabel(QStringView label)
{
    return label == u"ERR" || label == u"MIS" || label == u"Err";
}

} // namespace

void InterruptsParser::splitIrqTail(QStringView tail, InterruptRow &row)
{
    row.chip.clear();
    row.hwirq.clear();
    row.trigger.clear();
    row.flow.clear();
    row.actions.clear();
    tail = tail.trimmed();
    if (tail.isEmpty())
        return;

    const Tokens tokens = tokenize(tail);
    auto text = [tail](Span s) {
        return tail.mid(s.begin, s.end - s.begin);
    };

    // The type marker is a Level/Edge trigger, or a token ending in a glued flow name. Everything
    // before it is chip [hwirq]; everything after it the action names. A glued flow followed
    // closely by a trigger was part of the chip's own name (Raspberry Pi: `ARMCTRL-level  2 Edge`).
    qsizetype glued = -1;
    qsizetype gluedPrefix = -1;
    qsizetype trigger = -1;
    for (qsizetype i = 0; i < tokens.size() && (glued < 0 || trigger < 0); ++i) {
        const QStringView token = text(tokens[i]);
        // Dovetail kernels print a lone `oob` where others print the flow.
        if (trigger < 0 && (isTrigger(token) || (token == u"oob" && i > 0))) {
            trigger = i;
        } else if (glued < 0) {
            const qsizetype split = flowSplit(token);
            if (split >= 0) {
                glued = i;
                gluedPrefix = split;
            }
        }
    }
    qsizetype marker = -1;
    qsizetype prefixLength = -1;
    if (trigger >= 0 && (glued < 0 || trigger <= glued + 2)) {
        marker = trigger;
    } else if (glued >= 0) {
        marker = glued;
        prefixLength = gluedPrefix;
    }

    Tokens chipTokens;
    qsizetype actionsStart = tail.size();
    if (marker >= 0) {
        chipTokens.append(tokens.constData(), marker);
        const Span markerSpan = tokens[marker];
        const QStringView markerText = text(markerSpan);
        qsizetype next = marker + 1;
        if (prefixLength < 0) {
            row.trigger = markerText.toString();
            // `Level   -fasteoi`: the flow name follows the padded trigger.
            if (next < tokens.size()) {
                const QStringView following = text(tokens[next]);
                if (following.size() > 1 && following.startsWith(u'-') && flowSplit(following) == 0) {
                    row.flow = following.mid(1).toString();
                    ++next;
                }
            }
        } else {
            QStringView prefix = markerText.left(prefixLength);
            QStringView flow = markerText.mid(prefixLength + 1);
            // Dovetail kernels print `oob-edge` for out-of-band IRQs; keep it whole.
            if (prefix == u"oob" || prefix.endsWith(u"-oob")) {
                flow = markerText.mid(prefixLength - 3);
                prefix = prefix.chopped(3);
                if (prefix.endsWith(u'-'))
                    prefix.chop(1);
            }
            row.trigger = flow.toString();
            if (!prefix.isEmpty())
                chipTokens.append({markerSpan.begin, markerSpan.begin + prefix.size()});
        }
        actionsStart = next < tokens.size() ? tokens[next].begin : tail.size();
    } else {
        // No trigger or flow printed (XT-PIC without an irq domain, MIPS, s390, old ARM):
        // the chip ends at the first run of two or more blanks, an optional hwirq follows.
        qsizetype gap = -1;
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (tokens[i + 1].begin - tokens[i].end >= 2) {
                gap = i;
                break;
            }
        }
        if (gap < 0) {
            chipTokens = tokens;
        } else {
            chipTokens.append(tokens.constData(), gap + 1);
            qsizetype next = gap + 1;
            const bool lastToken = next + 1 >= tokens.size();
            if (isInteger(text(tokens[next])) && (lastToken || tokens[next + 1].begin - tokens[next].end >= 2)) {
                row.hwirq = text(tokens[next]).toString();
                ++next;
            }
            actionsStart = next < tokens.size() ? tokens[next].begin : tail.size();
        }
    }

    // `IO-APIC   2`, `armada_370_xp_irq 113`: a trailing number is the hwirq, not part of the chip.
    if (row.hwirq.isEmpty() && !chipTokens.isEmpty() && isInteger(text(chipTokens.last()))
        && (marker >= 0 || chipTokens.size() >= 2)) {
        row.hwirq = text(chipTokens.last()).toString();
        chipTokens.removeLast();
    }
    if (!chipTokens.isEmpty())
        row.chip = tail.mid(chipTokens.first().begin, chipTokens.last().end - chipTokens.first().begin).toString();
    row.actions = splitActions(tail.mid(actionsStart));
}

std::optional<InterruptTable> InterruptsParser::parse(QByteArrayView text, IssueCollector &issues)
{
    InterruptTable table;
    const char *p = text.data();
    const char *const end = p + text.size();
    int lineNumber = 0;
    bool haveHeader = false;
    qsizetype columns = 0;
    QHash<QString, int> occurrences;
    std::unordered_set<uint> seenIrqs;
    QSet<int> headerCpus;
    bool rowsDropped = false;

    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *next = lineEnd < end ? lineEnd + 1 : end;
        ++lineNumber;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;

        const char *q = skipBlanks(p, lineEnd);
        if (q == lineEnd) {
            p = next;
            continue;
        }

        if (!haveHeader) {
            // The header names the online CPUs: `CPU0 CPU1 CPU3` (CPU2 offline).
            while (q < lineEnd) {
                const char *tokenStop = tokenEnd(q, lineEnd);
                const QByteArrayView token(q, tokenStop - q);
                int cpu = -1;
                if (token.size() > 3 && token.size() <= 9 && token.startsWith("CPU")) {
                    cpu = 0;
                    for (char c : token.sliced(3)) {
                        if (!isDigit(c)) {
                            cpu = -1;
                            break;
                        }
                        cpu = cpu * 10 + (c - '0');
                    }
                }
                if (cpu >= 0) {
                    if (headerCpus.contains(cpu))
                        issues.warn(lineNumber, tr("CPU%1 appears twice in the header").arg(cpu));
                    headerCpus.insert(cpu);
                    table.cpus.append(cpu);
                } else if (table.cpus.isEmpty() && token.contains(':')) {
                    issues.error(lineNumber,
                        tr("the file has no header line: the first line is already a row (\"%1\")").arg(quoted(token)));
                    issues.finish();
                    return std::nullopt;
                } else {
                    issues.warn(lineNumber, tr("unexpected \"%1\" in the header").arg(quoted(token)));
                }
                q = skipBlanks(tokenStop, lineEnd);
            }
            if (table.cpus.isEmpty()) {
                issues.error(lineNumber, tr("the header names no CPU (expected \"CPU0 CPU1 …\")"));
                issues.finish();
                return std::nullopt;
            }
            haveHeader = true;
            columns = table.cpus.size();
            // Every row is about as wide as the header (11 characters per CPU), so the header
            // estimates the row count without a pass over the text; short rows just grow it.
            const qsizetype headerWidth = std::max<qsizetype>(lineEnd - p, 11 * columns);
            const qsizetype rowsExpected = text.size() / headerWidth + 16;
            table.rows.reserve(rowsExpected);
            table.counts.reserve(size_t(rowsExpected * columns));
            p = next;
            continue;
        }

        // Label: `  42:`, ` NMI:`, `IPI0:`, `I/O:` — everything before the first colon.
        const char *colon = q;
        while (colon < lineEnd && *colon != ':' && !isBlank(*colon))
            ++colon;
        if (colon == lineEnd || *colon != ':' || colon == q || colon - q > 32) {
            issues.warn(lineNumber, tr("not a row: no \"label:\" at the start of the line"));
            p = next;
            continue;
        }
        const QByteArrayView label(q, colon - q);
        q = colon + 1;

        // Every row stores one count per column, even a short one: bound that by the input's
        // size, so that a hostile file of empty rows under a wide header cannot exhaust memory.
        // A real file spends at least two bytes per count, so it never comes near this.
        const size_t countBase = table.counts.size();
        if (countBase + size_t(columns) > size_t(text.size())) {
            if (!rowsDropped)
                issues.warn(lineNumber, tr("the file has more rows than its size allows; the rest are skipped"));
            rowsDropped = true;
            p = next;
            continue;
        }

        // Counts: up to one decimal field per header CPU. A field may be glued to the text
        // that follows it (6.13-rc1 printed `1900GIC-0`), so a field ends at any non-digit.
        table.counts.resize(countBase + size_t(columns), 0);
        quint64 *counts = table.counts.data() + countBase;
        qsizetype fields = 0;
        quint64 total = 0;
        bool overflow = false;
        // Fast path: the kernel prints each count right-aligned in 11 characters after the
        // colon (`%10u ` or ` %10u`), so count k ends exactly at colon + 11(k + 1). Read it
        // backwards from there; at the first field that does not fit, the general loop below
        // takes over (trimmed published dumps, `IPI0:2768808080`, glued chips).
        while (fields < columns) {
            const char *fieldStart = colon + 11 * fields + 1; // the blank before the digits
            const char *last = fieldStart + 10;
            if (last >= lineEnd || !isDigit(*last) || (last + 1 < lineEnd && !isBlank(last[1])))
                break;
            quint64 value = 0;
            if (!TextScan::rightAlignedCount(fieldStart, &value))
                break;
            counts[fields++] = value;
            total += value; // at most 10 digits each: no overflow below 2^30 CPUs
            q = last + 1;
        }
        while (fields < columns) {
            const char *field = skipBlanks(q, lineEnd);
            if (field == lineEnd || !isDigit(*field))
                break;
            quint64 value = 0;
            const char *d = field;
            while (d < lineEnd && isDigit(*d)) {
                value = value * 10 + quint64(*d - '0');
                ++d;
            }
            // Counts are 32-bit in the kernel; only a damaged file has 20 digits or more.
            if (d - field >= 20 && !parseWideCount(field, d, &value)) {
                overflow = true;
                break;
            }
            counts[fields++] = value;
            if (__builtin_add_overflow(total, value, &total))
                total = std::numeric_limits<quint64>::max();
            q = d;
        }
        if (overflow) {
            issues.warn(lineNumber, tr("a count is too large for 64 bits; the row is skipped"));
            table.counts.resize(countBase);
            p = next;
            continue;
        }
        // More numbers than CPUs: a CPU came online while the file was read, or the file is
        // damaged. They are not counts of any header CPU; keep them out of the chip name.
        if (fields == columns) {
            qsizetype extra = 0;
            for (;;) {
                const char *field = skipBlanks(q, lineEnd);
                const char *d = field;
                while (d < lineEnd && isDigit(*d))
                    ++d;
                if (d == field || (d < lineEnd && !isBlank(*d)))
                    break;
                ++extra;
                q = d;
            }
            if (extra > 0) {
                issues.warn(lineNumber,
                    tr("%1 has %2 more counts than the header names CPUs; they are ignored")
                        .arg(QString::fromLatin1(label))
                        .arg(extra));
            }
        }

        const QString tail = QString::fromUtf8(q, lineEnd - q);
        InterruptRow row;
        row.id = QString::fromLatin1(label);
        row.line = lineNumber;
        row.total = total;

        bool numeric = true;
        quint64 irq = 0;
        for (char c : label) {
            if (!isDigit(c) || (irq = irq * 10 + quint64(c - '0')) > std::numeric_limits<uint>::max()) {
                numeric = false;
                break;
            }
        }

        if (numeric) {
            row.kind = InterruptRow::Kind::Irq;
            row.irq = uint(irq);
            if (fields < columns) {
                issues.warn(lineNumber,
                    tr("IRQ %1 has %2 counts, the header names %3 CPUs; the rest read as 0")
                        .arg(row.id)
                        .arg(fields)
                        .arg(columns));
            }
            splitIrqTail(tail, row);
        } else {
            row.description = tail.trimmed();
            const bool single = fields == 0 || (fields == 1 && columns > 1 && row.description.isEmpty())
                || (fields == 1 && columns == 1 && isSingleValueLabel(row.id));
            if (single) {
                row.kind = InterruptRow::Kind::Single;
                std::fill(counts, counts + columns, 0);
            } else {
                row.kind = InterruptRow::Kind::Arch;
                if (fields < columns) {
                    issues.warn(lineNumber,
                        tr("%1 has %2 counts, the header names %3 CPUs; the rest read as 0")
                            .arg(row.id)
                            .arg(fields)
                            .arg(columns));
                }
            }
        }

        // Numbered IRQs are unique in a sane file: a set of numbers is enough to spot a repeat,
        // and only repeats (powerpc's two LOC rows, a damaged file) need counting by name.
        if (row.kind != InterruptRow::Kind::Irq || !seenIrqs.insert(row.irq).second) {
            int &seen = occurrences[row.id];
            row.occurrence = seen++ + (row.kind == InterruptRow::Kind::Irq ? 1 : 0);
        }
        table.rows.append(std::move(row));
        p = next;
    }

    if (!haveHeader) {
        issues.error(0, tr("the file is empty"));
        issues.finish();
        return std::nullopt;
    }
    issues.finish();
    return table;
}
