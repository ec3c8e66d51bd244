// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "statparser.h"

#include "textscan.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

const CpuTimes *CpuStat::timesOf(int cpu) const
{
    if (cpu < 0)
        return all.fieldCount > 0 ? &all : nullptr;
    for (const CpuTimes &times : cpus) {
        if (times.cpu == cpu)
            return &times;
    }
    return nullptr;
}

namespace {
using namespace TextScan;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StatParser", text, disambiguation, n);
}

enum class Key { Unknown, Cpu, Intr, Ctxt, Btime, Processes, ProcsRunning, ProcsBlocked, Softirq };

Key keyOf(QByteArrayView key)
{
    if (key.startsWith("cpu"))
        return Key::Cpu;
    if (key == "intr")
        return Key::Intr;
    if (key == "ctxt")
        return Key::Ctxt;
    if (key == "btime")
        return Key::Btime;
    if (key == "processes")
        return Key::Processes;
    if (key == "procs_running")
        return Key::ProcsRunning;
    if (key == "procs_blocked")
        return Key::ProcsBlocked;
    if (key == "softirq")
        return Key::Softirq;
    return Key::Unknown;
}

// Reads the blank-separated decimal values of one line, handing each to @p sink with its
// index. Stops at the first value that is not a number or does not fit in 64 bits.
struct Values
{
    enum class Status { Ok, NotANumber, Overflow };
    Status status = Status::Ok;
    qsizetype count = 0;
    QByteArrayView badToken;
};

template<typename Sink>
Values readValues(const char *p, const char *end, Sink &&sink)
{
    Values result;
    p = skipBlanks(p, end);
    while (p < end) {
        const char *const te = tokenEnd(p, end);
        quint64 value = 0;
        const auto [ptr, ec] = std::from_chars(p, te, value);
        if (ec != std::errc() || ptr != te) {
            result.status = ec == std::errc::result_out_of_range && ptr == te ? Values::Status::Overflow
                                                                              : Values::Status::NotANumber;
            result.badToken = QByteArrayView(p, te - p);
            return result;
        }
        sink(result.count, value);
        ++result.count;
        p = skipBlanks(te, end);
    }
    return result;
}

} // namespace

std::optional<CpuStat> StatParser::parse(QByteArrayView text, IssueCollector &issues)
{
    CpuStat stat;
    const char *p = text.data();
    const char *const end = p + text.size();
    int lineNumber = 0;
    bool haveCpuLine = false;
    bool haveAggregate = false;
    std::array<quint64, 10> fields {};

    // Each scalar line is kept once; a repeated one is reported and ignored.
    const auto scalarOf = [&stat](Key key) -> std::optional<quint64> * {
        switch (key) {
        case Key::Ctxt:
            return &stat.contextSwitches;
        case Key::Btime:
            return &stat.bootTime;
        case Key::Processes:
            return &stat.processes;
        case Key::ProcsRunning:
            return &stat.procsRunning;
        case Key::ProcsBlocked:
            return &stat.procsBlocked;
        default:
            return nullptr;
        }
    };

    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *const next = lineEnd < end ? lineEnd + 1 : end;
        ++lineNumber;

        const char *const keyBegin = skipBlanks(p, lineEnd);
        const char *const keyEnd = tokenEnd(keyBegin, lineEnd);
        const QByteArrayView key(keyBegin, keyEnd - keyBegin);
        p = next;
        if (key.isEmpty())
            continue;
        const Key kind = keyOf(key);
        if (kind == Key::Unknown)
            continue;

        const auto reportBadValue = [&](const Values &values) {
            if (values.status == Values::Status::Overflow) {
                issues.warn(lineNumber,
                    tr("\"%1\" line: value \"%2\" does not fit in 64 bits; line skipped")
                        .arg(quoted(key), quoted(values.badToken)));
            } else {
                issues.warn(lineNumber,
                    tr("\"%1\" line: \"%2\" is not a number; line skipped").arg(quoted(key), quoted(values.badToken)));
            }
        };
        const auto reportRepeated = [&] {
            issues.warn(lineNumber, tr("\"%1\" line appears again; line skipped").arg(quoted(key)));
        };
        // Fills @p total and @p parts from the line, or leaves both untouched with a warning.
        const auto readTotalAndParts = [&](std::optional<quint64> &total, auto &parts) {
            if (total) {
                reportRepeated();
                return;
            }
            quint64 first = 0;
            const Values values = readValues(keyEnd, lineEnd, [&](qsizetype i, quint64 v) {
                if (i == 0)
                    first = v;
                else
                    parts.push_back(v);
            });
            if (values.status != Values::Status::Ok) {
                parts.clear();
                reportBadValue(values);
                return;
            }
            if (values.count == 0) {
                issues.warn(lineNumber, tr("\"%1\" line has no values; line skipped").arg(quoted(key)));
                return;
            }
            total = first;
        };

        switch (kind) {
        case Key::Cpu: {
            // `cpu  …` (two blanks) is the sum over possible CPUs; `cpuN …` only exists for online
            // CPUs, so numbering gaps are normal.
            int cpu = -1;
            if (key.size() > 3) {
                const QByteArrayView digits = key.sliced(3);
                if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
                    break; // some other `cpu…` key: not ours
                if (std::from_chars(digits.begin(), digits.end(), cpu).ec != std::errc()) {
                    issues.warn(lineNumber, tr("\"%1\" line: CPU number out of range; line skipped").arg(quoted(key)));
                    break;
                }
            }
            if (cpu < 0 ? haveAggregate : stat.timesOf(cpu) != nullptr) {
                reportRepeated();
                break;
            }
            fields.fill(0);
            // 4 fields on 2.4, 7 on 2.6.0, +steal 2.6.11, +guest 2.6.24, +guest_nice 2.6.33;
            // later additions are ignored.
            const Values values = readValues(keyEnd, lineEnd, [&fields](qsizetype i, quint64 v) {
                if (i < qsizetype(fields.size()))
                    fields[size_t(i)] = v;
            });
            if (values.status != Values::Status::Ok) {
                reportBadValue(values);
                break;
            }
            if (values.count < 4) {
                issues.warn(lineNumber,
                    tr("\"%1\" line has %2 values, at least %n expected; line skipped", nullptr, 4)
                        .arg(quoted(key))
                        .arg(values.count));
                break;
            }
            CpuTimes times;
            times.cpu = cpu;
            times.user = fields[0];
            times.nice = fields[1];
            times.system = fields[2];
            times.idle = fields[3];
            times.iowait = fields[4];
            times.irq = fields[5];
            times.softirq = fields[6];
            times.steal = fields[7];
            times.guest = fields[8];
            times.guestNice = fields[9];
            times.fieldCount = int(std::min<qsizetype>(values.count, qsizetype(fields.size())));
            if (cpu < 0) {
                stat.all = times;
                haveAggregate = true;
            } else {
                stat.cpus.append(times);
            }
            haveCpuLine = true;
            break;
        }
        // `intr total irq0 irq1 …` (one value per IRQ number up to nr_irqs: thousands on big
        // machines, a 132 KB line) and `softirq total hi timer …`: a total, then the parts.
        case Key::Intr:
            readTotalAndParts(stat.interruptsTotal, stat.interruptsPerIrq);
            break;
        case Key::Softirq:
            readTotalAndParts(stat.softirqTotal, stat.softirqsPerType);
            break;
        case Key::Ctxt:
        case Key::Btime:
        case Key::Processes:
        case Key::ProcsRunning:
        case Key::ProcsBlocked: {
            std::optional<quint64> *const target = scalarOf(kind);
            if (target->has_value()) {
                reportRepeated();
                break;
            }
            quint64 value = 0;
            const Values values = readValues(keyEnd, lineEnd, [&value](qsizetype, quint64 v) { value = v; });
            if (values.status != Values::Status::Ok) {
                reportBadValue(values);
                break;
            }
            if (values.count != 1) {
                issues.warn(lineNumber,
                    tr("\"%1\" line has %2 values, 1 expected; line skipped").arg(quoted(key)).arg(values.count));
                break;
            }
            *target = value;
            break;
        }
        case Key::Unknown:
            break;
        }
    }

    if (!haveCpuLine) {
        issues.error(0, tr("no \"cpu\" line could be read"));
        issues.finish();
        return std::nullopt;
    }
    issues.finish();
    return stat;
}
