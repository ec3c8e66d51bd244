// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqinforeader.h"

#include "systempaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace {
void warn(const SystemRoot &root, const QString &path, const QString &message, QList<SourceIssue> *issues)
{
    if (issues)
        issues->append({root.displayPath(path), 0, message, SourceIssue::Severity::Warning});
}

// The contents of an optional file: nullopt when missing (normal) or unreadable (a warning).
std::optional<QString> readText(const SystemRoot &root, const QString &path, bool *exists, QList<SourceIssue> *issues)
{
    QByteArray data;
    QString error;
    switch (root.read(path, &data, &error)) {
    case SystemRoot::ReadStatus::Ok:
        *exists = true;
        return QString::fromUtf8(data);
    case SystemRoot::ReadStatus::Missing:
        return std::nullopt;
    case SystemRoot::ReadStatus::Failed:
        *exists = true;
        warn(root, path, QCoreApplication::translate("IrqInfoReader", "could not be read: %1").arg(error), issues);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<CpuSet> parseList(
    const SystemRoot &root, const QString &path, const QString &text, QList<SourceIssue> *issues)
{
    // The kernel prints an empty line for an empty mask.
    const auto result = CpuSet::fromCpuList(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::AcceptEmpty);
    if (!result.isValid())
        warn(
            root, path, QCoreApplication::translate("IrqInfoReader", "not a CPU list: %1").arg(result.message), issues);
    return result.set;
}

std::optional<CpuSet> parseMask(
    const SystemRoot &root, const QString &path, const QString &text, QList<SourceIssue> *issues)
{
    const auto result = CpuSet::fromHexMask(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::RejectEmpty);
    if (!result.isValid())
        warn(
            root, path, QCoreApplication::translate("IrqInfoReader", "not a CPU mask: %1").arg(result.message), issues);
    return result.set;
}

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
IrqInfo readIrq(const SystemRoot &root, uint irq, bool listedInProc, bool listedInSys, QList<SourceIssue> *issues)
{
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
        if (const auto text = readText(root, listPath, &proc, issues))
            fromList = parseList(root, listPath, *text, issues);
        const QString maskPath = procFile(maskName);
        std::optional<CpuSet> fromMask;
        if (!fromList || bits) {
            if (const auto text = readText(root, maskPath, &proc, issues)) {
                fromMask = parseMask(root, maskPath, *text, issues);
                if (fromMask && bits)
                    *bits = printedMaskBits(*text);
            }
        }
        return fromList ? fromList : fromMask;
    };
    info.affinity = readMask(u"smp_affinity_list", u"smp_affinity", &info.maskBits);
    info.effective = readMask(u"effective_affinity_list", u"effective_affinity", nullptr);

    const QString hintPath = procFile(u"affinity_hint");
    if (const auto text = readText(root, hintPath, &proc, issues))
        info.affinityHint = parseMask(root, hintPath, *text, issues);

    const QString nodePath = procFile(u"node");
    if (const auto text = readText(root, nodePath, &proc, issues)) {
        info.node = parseNumber<int>(*text);
        if (!info.node || *info.node < -1) {
            info.node.reset();
            warn(root, nodePath,
                QCoreApplication::translate("IrqInfoReader", "not a NUMA node number: '%1'").arg(text->trimmed()),
                issues);
        }
    }

    const QString spuriousPath = procFile(u"spurious");
    if (const auto text = readText(root, spuriousPath, &proc, issues)) {
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
            warn(root, spuriousPath,
                QCoreApplication::translate("IrqInfoReader", "no 'count N' and 'unhandled N' lines"), issues);
        }
    }

    // /sys/kernel/irq/N: one value per file, the trailing newline is not part of it.
    const auto readString = [&](QStringView name, QString *out) {
        if (const auto text = readText(root, sysFile(name), &sys, issues))
            *out = text->trimmed();
    };
    readString(u"actions", &info.actions);
    readString(u"chip_name", &info.chipName);
    readString(u"hwirq", &info.hwirq);
    readString(u"name", &info.name);
    readString(u"type", &info.type);

    const QString perCpuPath = sysFile(u"per_cpu_count");
    if (const auto text = readText(root, perCpuPath, &sys, issues)) {
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
            warn(root, perCpuPath,
                QCoreApplication::translate("IrqInfoReader", "not a comma separated list of counts: '%1'").arg(trimmed),
                issues);
    }

    const QString wakeupPath = sysFile(u"wakeup");
    if (const auto text = readText(root, wakeupPath, &sys, issues)) {
        const QString value = text->trimmed();
        if (value == u"enabled")
            info.wakeup = true;
        else if (value == u"disabled")
            info.wakeup = false;
        else
            warn(root, wakeupPath,
                QCoreApplication::translate("IrqInfoReader", "'%1' is neither 'enabled' nor 'disabled'").arg(value),
                issues);
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
} // namespace

std::optional<IrqInfo> IrqInfoReader::read(const SystemRoot &root, uint irq, QList<SourceIssue> *issues)
{
    IrqInfo info = readIrq(root, irq, false, false, issues);
    if (!info.hasProcEntry && !info.hasSysEntry)
        return std::nullopt;
    return info;
}

QHash<uint, IrqInfo> IrqInfoReader::readAll(const SystemRoot &root, QList<SourceIssue> *issues)
{
    const QList<uint> inProc = irqNumbers(root.entries(SystemPaths::irqDirectory()));
    const QList<uint> inSys = irqNumbers(root.entries(SystemPaths::sysIrqDirectory()));
    QHash<uint, IrqInfo> result;
    result.reserve(std::max(inProc.size(), inSys.size()));
    const auto listed = [](const QList<uint> &irqs, uint irq) {
        return std::binary_search(irqs.cbegin(), irqs.cend(), irq);
    };
    QList<uint> irqs = inProc + inSys;
    std::sort(irqs.begin(), irqs.end());
    irqs.erase(std::unique(irqs.begin(), irqs.end()), irqs.end());
    for (uint irq : std::as_const(irqs))
        result.insert(irq, readIrq(root, irq, listed(inProc, irq), listed(inSys, irq), issues));
    return result;
}

QList<uint> IrqInfoReader::listIrqs(const SystemRoot &root)
{
    QList<uint> irqs = irqNumbers(root.entries(SystemPaths::irqDirectory()));
    irqs.append(irqNumbers(root.entries(SystemPaths::sysIrqDirectory())));
    std::sort(irqs.begin(), irqs.end());
    irqs.erase(std::unique(irqs.begin(), irqs.end()), irqs.end());
    return irqs;
}

std::optional<CpuSet> IrqInfoReader::readDefaultAffinity(const SystemRoot &root, QList<SourceIssue> *issues)
{
    const QString path = SystemPaths::defaultSmpAffinity();
    bool exists = false;
    const auto text = readText(root, path, &exists, issues);
    if (!text)
        return std::nullopt;
    return parseMask(root, path, *text, issues);
}
