// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "softirqsparser.h"

#include "textscan.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace {
using namespace TextScan;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SoftirqsParser", text, disambiguation, n);
}

int clampedInt(size_t n)
{
    return int(std::min<size_t>(n, size_t(std::numeric_limits<int>::max())));
}

// `CPU17` → 17; nullopt for anything else (also for numbers that do not fit in an int).
std::optional<int> cpuFromToken(QByteArrayView token)
{
    if (token.size() <= 3 || !token.startsWith("CPU"))
        return std::nullopt;
    const char *first = token.data() + 3;
    const char *last = token.data() + token.size();
    int cpu = 0;
    const auto [ptr, ec] = std::from_chars(first, last, cpu);
    if (ec != std::errc() || ptr != last || *first == '-')
        return std::nullopt;
    return cpu;
}

} // namespace

std::optional<SoftirqTable> SoftirqsParser::parse(QByteArrayView text, IssueCollector &issues)
{
    SoftirqTable table;
    const char *p = text.data();
    const char *const end = p + text.size();
    int lineNumber = 0;
    bool haveHeader = false;
    size_t columns = 0;

    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *const next = lineEnd < end ? lineEnd + 1 : end;
        ++lineNumber;

        const char *q = skipBlanks(p, lineEnd);
        if (q == lineEnd) {
            p = next;
            continue;
        }

        if (!haveHeader) {
            // The header names the *possible* CPUs (`CPU0 … CPU127`), 11 characters each.
            while (q < lineEnd) {
                const char *const te = tokenEnd(q, lineEnd);
                const QByteArrayView token(q, te - q);
                const std::optional<int> cpu = cpuFromToken(token);
                if (!cpu) {
                    issues.error(
                        lineNumber, tr("expected a header of \"CPUn\" columns, found \"%1\"").arg(quoted(token)));
                    issues.finish();
                    return std::nullopt;
                }
                table.cpus.append(*cpu);
                q = skipBlanks(te, lineEnd);
            }
            QList<int> sorted = table.cpus;
            std::sort(sorted.begin(), sorted.end());
            const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
            if (duplicate != sorted.end()) {
                issues.error(lineNumber, tr("the header names CPU%1 twice").arg(*duplicate));
                issues.finish();
                return std::nullopt;
            }
            haveHeader = true;
            columns = size_t(table.cpus.size());
            // Ten rows on every current kernel; at least two bytes per count bound the guess.
            table.counts.reserve(std::min(columns * 10, size_t(text.size()) / 2));
            p = next;
            continue;
        }

        // Label: `%12s:` (or `%8s:` before 2.6.36, where `BLOCK_IOPOLL:` overflows the field and
        // starts in column 0). The name is everything before the first colon.
        const char *const colon = static_cast<const char *>(std::memchr(q, ':', size_t(lineEnd - q)));
        if (!colon) {
            issues.warn(lineNumber, tr("not a row: no \"NAME:\" label; line skipped"));
            p = next;
            continue;
        }
        const char *labelEnd = colon;
        while (labelEnd > q && isBlank(labelEnd[-1]))
            --labelEnd;
        const QByteArrayView label(q, labelEnd - q);
        if (label.isEmpty()) {
            issues.warn(lineNumber, tr("row has no softirq name before the colon; line skipped"));
            p = next;
            continue;
        }

        const size_t rowStart = table.counts.size();
        size_t fields = 0;
        bool skip = false;
        q = skipBlanks(colon + 1, lineEnd);
        while (q < lineEnd) {
            const char *const te = tokenEnd(q, lineEnd);
            quint64 value = 0;
            const auto [ptr, ec] = std::from_chars(q, te, value);
            if (ec == std::errc::result_out_of_range && ptr == te) {
                issues.warn(lineNumber,
                    tr("%1: a count does not fit in 64 bits (\"%2\"); row skipped")
                        .arg(quoted(label), quoted(QByteArrayView(q, te - q))));
                skip = true;
                break;
            }
            if (ec != std::errc() || ptr != te) {
                issues.warn(lineNumber,
                    tr("%1: \"%2\" is not a count; row skipped").arg(quoted(label), quoted(QByteArrayView(q, te - q))));
                skip = true;
                break;
            }
            if (fields < columns)
                table.counts.push_back(value);
            ++fields;
            q = skipBlanks(te, lineEnd);
        }

        if (!skip && fields < columns) {
            // Padding a short row costs memory the text did not pay for; refuse once the
            // table outgrows the input so a hostile file of `X:` lines and a long header
            // cannot make us allocate types × CPUs without bound.
            if (table.counts.size() + (columns - fields) > size_t(text.size())) {
                issues.warn(lineNumber,
                    tr("%1: row has %2 of %n counts, too many short rows; row skipped", nullptr, clampedInt(columns))
                        .arg(quoted(label))
                        .arg(fields));
                skip = true;
            } else {
                issues.warn(lineNumber,
                    tr("%1: row has %2 counts, the header names %n CPU(s); the missing counts "
                       "read as 0",
                        nullptr, clampedInt(columns))
                        .arg(quoted(label))
                        .arg(fields));
                table.counts.resize(rowStart + columns, 0);
            }
        } else if (!skip && fields > columns) {
            issues.warn(lineNumber,
                tr("%1: row has %2 counts, the header names %n CPU(s); the extra counts are ignored", nullptr,
                    clampedInt(columns))
                    .arg(quoted(label))
                    .arg(fields));
        }

        if (skip) {
            table.counts.resize(rowStart);
        } else {
            table.types.append(QString::fromLatin1(label));
        }
        p = next;
    }

    if (!haveHeader) {
        issues.error(0, tr("the file has no \"CPU0 CPU1 …\" header (it is empty)"));
        issues.finish();
        return std::nullopt;
    }
    issues.finish();
    return table;
}
