// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqvalidation.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxIrqDigits = 10; // 4294967295

CpuValidation failure(HelperError error, QString message)
{
    CpuValidation result;
    result.error = error;
    result.message = std::move(message);
    return result;
}
} // namespace

std::optional<CpuLimits> CpuLimits::fromText(
    QStringView possible, QStringView present, QStringView online, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<CpuLimits> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto possibleSet = CpuSet::fromCpuList(possible, CpuSet::MaxCpus, CpuSet::EmptyPolicy::RejectEmpty);
    if (!possibleSet.isValid())
        return fail(u"cannot parse the possible CPUs: " + possibleSet.message);
    CpuLimits limits;
    // The kernel's nr_cpu_ids is the highest possible CPU + 1 (possible may have holes).
    limits.nrCpuIds = possibleSet.set->last() + 1;
    const auto presentSet = CpuSet::fromCpuList(present, limits.nrCpuIds);
    if (!presentSet.isValid())
        return fail(u"cannot parse the present CPUs: " + presentSet.message);
    const auto onlineSet = CpuSet::fromCpuList(online, limits.nrCpuIds);
    if (!onlineSet.isValid())
        return fail(u"cannot parse the online CPUs: " + onlineSet.message);
    limits.present = *presentSet.set;
    limits.online = *onlineSet.set;
    return limits;
}

bool IrqValidation::isIrqNumber(QStringView text)
{
    return parseIrqNumber(text).has_value();
}

std::optional<uint> IrqValidation::parseIrqNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxIrqDigits)
        return std::nullopt;
    if (text.size() > 1 && text.front() == u'0')
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > std::numeric_limits<uint>::max())
        return std::nullopt;
    return uint(value);
}

CpuValidation IrqValidation::checkCpus(const QList<uint> &cpus, const CpuLimits &limits)
{
    if (cpus.isEmpty())
        return failure(HelperError::InvalidArgument, u"the CPU list is empty"_s);
    for (const uint cpu : cpus) {
        if (limits.nrCpuIds <= 0 || cpu >= uint(limits.nrCpuIds)) {
            return failure(HelperError::CpuOutOfRange,
                u"CPU " + QString::number(cpu) + u" is out of range (nr_cpu_ids is " + QString::number(limits.nrCpuIds)
                    + u')');
        }
    }
    CpuSet set;
    for (const uint cpu : cpus) {
        if (set.contains(int(cpu)))
            return failure(HelperError::InvalidArgument, u"CPU " + QString::number(cpu) + u" is listed twice");
        set.insert(int(cpu));
    }
    CpuSet absent = set.subtracted(limits.present);
    if (!absent.isEmpty())
        return failure(HelperError::CpuOutOfRange, u"CPU " + QString::number(absent.first()) + u" is not present");
    if (!set.intersects(limits.online))
        return failure(HelperError::NoOnlineCpu, u"none of CPUs " + set.toCpuList() + u" is online");
    CpuValidation result;
    result.cpus = std::move(set);
    return result;
}
