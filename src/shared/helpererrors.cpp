// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helpererrors.h"

#include <cerrno>

namespace {
struct Entry
{
    HelperError error;
    const char16_t *name;
};

constexpr Entry s_entries[] = {
    {HelperError::NotAuthorized, HelperErrors::NotAuthorized},
    {HelperError::InvalidArgument, HelperErrors::InvalidArgument},
    {HelperError::NoSuchIrq, HelperErrors::NoSuchIrq},
    {HelperError::ManagedIrq, HelperErrors::ManagedIrq},
    {HelperError::NoOnlineCpu, HelperErrors::NoOnlineCpu},
    {HelperError::CpuOutOfRange, HelperErrors::CpuOutOfRange},
    {HelperError::VectorSpaceExhausted, HelperErrors::VectorSpaceExhausted},
    {HelperError::Busy, HelperErrors::Busy},
    {HelperError::WriteFailed, HelperErrors::WriteFailed},
};
} // namespace

QString HelperErrors::name(HelperError error)
{
    for (const Entry &entry : s_entries) {
        if (entry.error == error)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<HelperError> HelperErrors::fromName(QStringView name)
{
    for (const Entry &entry : s_entries) {
        if (name == QStringView(entry.name))
            return entry.error;
    }
    return std::nullopt;
}

HelperError HelperErrors::fromErrno(int errnum)
{
    switch (errnum) {
    case EIO: // managed IRQs reject writes: EIO, newer kernels EPERM
    case EPERM:
        return HelperError::ManagedIrq;
    case EINVAL: // irq_set_affinity(): the mask has no online CPU
        return HelperError::NoOnlineCpu;
    case EOVERFLOW: // cpumask parsing: more bits than nr_cpu_ids
    case ERANGE:
        return HelperError::CpuOutOfRange;
    case ENOSPC: // the vector allocator found no free vector on the target CPUs
        return HelperError::VectorSpaceExhausted;
    case ENOENT: // the IRQ was freed between the check and the write
        return HelperError::NoSuchIrq;
    default:
        return HelperError::WriteFailed;
    }
}
