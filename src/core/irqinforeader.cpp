// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqinforeader.h"

#include "attributereader.h"
#include "systempaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace {
// The width in bits of a mask as %*pb printed it. Only the first group may be narrower than
// 8 digits, and it has ceil((nr_cpu_ids % 32) / 4) of them, so nr_cpu_ids itself is only known
// to a multiple of 4; rounding up to that is what a write of the same width needs.
int printedMaskBits(QStringView text)
{
    text = text.trimmed();
    const qsizetype firstComma = text.indexOf(u',');
    const qsizetype firstDigits = firstComma < 0 ? text.size() : firstComma;
    return int(text.count(u',') * 32 + firstDigits * 4);
}

// A decimal number, optionally negative for signed T, with nothing else but surrounding white
// space. Scans the characters in place: per_cpu_count holds one number per possible CPU.
template<typename T>
std::optional<T> parseNumber(QStringView text)
{
    text = text.trimmed();
    const bool negative = std::is_signed_v<T> && text.startsWith(u'-');
    if (negative)
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    using Wide = std::conditional_t<std::is_signed_v<T>, qint64, quint64>;
    constexpr Wide limit = Wide(std::numeric_limits<T>::max());
    Wide value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        const Wide digit = u - u'0';
        if (value > (limit - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return T(negative ? -value : value);
}

// `listedInProc`/`listedInSys`: the IRQ came from a directory listing, so its entry exists
// even when it holds none of the files read here.
IrqInfo readIrq(AttributeReader &reader, uint irq, bool listedInProc, bool listedInSys)
{
    const SystemRoot &root = reader.root();
    IrqInfo info;
    info.irq = irq;
    bool proc = false;
    bool sys = false;

    const auto procFile = [irq](QStringView name) {
        return SystemPaths::irqFile(irq, name);
    };
    const auto sysFile = [irq](QStringView name) {
        return SystemPaths::sysIrqFile(irq, name);
    };

    // Masks: the list form is exact and easier to read; the hex form also gives the width.
    const auto readMask = [&](QStringView listName, QStringView maskName, int *bits) -> std::optional<CpuSet> {
        std::optional<CpuSet> fromList;
        const QString listPath = procFile(listName);
        if (const auto text = reader.text(listPath, &proc))
            fromList = reader.parseCpuList(listPath, *text, CpuSet::EmptyPolicy::AcceptEmpty);
        const QString maskPath = procFile(maskName);
        std::optional<CpuSet> fromMask;
        if (!fromList || bits) {
            if (const auto text = reader.text(maskPath, &proc)) {
                fromMask = reader.parseHexMask(maskPath, *text, CpuSet::EmptyPolicy::RejectEmpty);
                if (fromMask && bits)
                    *bits = printedMaskBits(*text);
            }
        }
        return fromList ? fromList : fromMask;
    };
    info.affinity = readMask(u"smp_affinity_list", u"smp_affinity", &info.maskBits);
    info.effective = readMask(u"effective_affinity_list", u"effective_affinity", nullptr);

    const QString hintPath = procFile(u"affinity_hint");
    if (const auto text = reader.text(hintPath, &proc))
        info.affinityHint = reader.parseHexMask(hintPath, *text, CpuSet::EmptyPolicy::RejectEmpty);

    const QString nodePath = procFile(u"node");
    if (const auto text = reader.text(nodePath, &proc)) {
        info.node = parseNumber<int>(*text);
        if (!info.node || *info.node < -1) {
            info.node.reset();
            reader.warn(nodePath,
                QCoreApplication::translate("IrqInfoReader", "not a NUMA node number: '%1'").arg(text->trimmed()));
        }
    }

    const QString spuriousPath = procFile(u"spurious");
    if (const auto text = reader.text(spuriousPath, &proc)) {
        // `count 3\nunhandled 0\nlast_unhandled 0 ms`
        const auto field = [&](QStringView key) -> std::optional<quint64> {
            for (const QStringView line : QStringView(*text).split(u'\n')) {
                const QStringView trimmed = line.trimmed();
                if (trimmed.startsWith(key) && trimmed.size() > key.size() && trimmed[key.size()].isSpace())
                    return parseNumber<quint64>(trimmed.sliced(key.size()));
            }
            return std::nullopt;
        };
        info.spuriousCount = field(u"count");
        info.spuriousUnhandled = field(u"unhandled");
        if (!info.spuriousCount || !info.spuriousUnhandled) {
            info.spuriousCount.reset();
            info.spuriousUnhandled.reset();
            reader.warn(
                spuriousPath, QCoreApplication::translate("IrqInfoReader", "no 'count N' and 'unhandled N' lines"));
        }
    }

    // /sys/kernel/irq/N: one value per file, the trailing newline is not part of it.
    const auto readString = [&](QStringView name, QString *out) {
        if (const auto text = reader.text(sysFile(name), &sys))
            *out = text->trimmed();
    };
    readString(u"actions", &info.actions);
    readString(u"chip_name", &info.chipName);
    readString(u"hwirq", &info.hwirq);
    readString(u"name", &info.name);
    readString(u"type", &info.type);

    const QString perCpuPath = sysFile(u"per_cpu_count");
    if (const auto text = reader.text(perCpuPath, &sys)) {
        const QStringView trimmed = QStringView(*text).trimmed();
        QList<quint64> counts;
        bool valid = !trimmed.isEmpty();
        for (const QStringView part : trimmed.split(u',')) {
            const auto count = parseNumber<quint64>(part);
            if (!count) {
                valid = false;
                break;
            }
            counts.append(*count);
        }
        if (valid)
            info.perCpuCount = std::move(counts);
        else
            reader.warn(perCpuPath,
                QCoreApplication::translate("IrqInfoReader", "not a comma separated list of counts: '%1'")
                    .arg(trimmed));
    }

    const QString wakeupPath = sysFile(u"wakeup");
    if (const auto text = reader.text(wakeupPath, &sys)) {
        const QString value = text->trimmed();
        if (value == u"enabled")
            info.wakeup = true;
        else if (value == u"disabled")
            info.wakeup = false;
        else
            reader.warn(wakeupPath,
                QCoreApplication::translate("IrqInfoReader", "'%1' is neither 'enabled' nor 'disabled'").arg(value));
    }

    // A directory without any of the files above (an odd fixture) still exists.
    if (!proc && !listedInProc)
        proc = !root.entries(SystemPaths::irqDirectory() + u'/' + QString::number(irq)).isEmpty();
    if (!sys && !listedInSys)
        sys = !root.entries(SystemPaths::sysIrqDirectory() + u'/' + QString::number(irq)).isEmpty();
    info.hasProcEntry = proc || listedInProc;
    info.hasSysEntry = sys || listedInSys;
    return info;
}

// The numeric entries of a directory, ascending.
QList<uint> irqNumbers(const QStringList &names)
{
    QList<uint> irqs;
    for (const QString &name : names) {
        // Only digits parse: `default_smp_affinity` and the like are skipped.
        if (const auto irq = parseNumber<uint>(name))
            irqs.append(*irq);
    }
    std::sort(irqs.begin(), irqs.end());
    return irqs;
}
QList<uint> sortedUnion(const QList<uint> &a, const QList<uint> &b)
{
    QList<uint> all = a + b;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}
} // namespace

std::optional<IrqInfo> IrqInfoReader::read(const SystemRoot &root, uint irq, QList<SourceIssue> *issues)
{
    AttributeReader reader(root, issues);
    IrqInfo info = readIrq(reader, irq, false, false);
    if (!info.hasProcEntry && !info.hasSysEntry)
        return std::nullopt;
    return info;
}

QHash<uint, IrqInfo> IrqInfoReader::readAll(const SystemRoot &root, QList<SourceIssue> *issues)
{
    const QList<uint> inProc = irqNumbers(root.entries(SystemPaths::irqDirectory()));
    const QList<uint> inSys = irqNumbers(root.entries(SystemPaths::sysIrqDirectory()));
    const auto listed = [](const QList<uint> &irqs, uint irq) {
        return std::binary_search(irqs.cbegin(), irqs.cend(), irq);
    };
    AttributeReader reader(root, issues);
    QHash<uint, IrqInfo> result;
    const QList<uint> irqs = sortedUnion(inProc, inSys);
    result.reserve(irqs.size());
    for (uint irq : irqs)
        result.insert(irq, readIrq(reader, irq, listed(inProc, irq), listed(inSys, irq)));
    return result;
}

QList<uint> IrqInfoReader::listIrqs(const SystemRoot &root)
{
    return sortedUnion(irqNumbers(root.entries(SystemPaths::irqDirectory())),
        irqNumbers(root.entries(SystemPaths::sysIrqDirectory())));
}

std::optional<CpuSet> IrqInfoReader::readDefaultAffinity(const SystemRoot &root, QList<SourceIssue> *issues)
{
    AttributeReader reader(root, issues);
    return reader.hexMask(SystemPaths::defaultSmpAffinity(), CpuSet::EmptyPolicy::RejectEmpty);
}
