// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/**
 * The errors the privileged helper (irqscope-helper) returns over D-Bus, as an enum and as
 * the D-Bus error names `org.irqscope.Error.*` of the contract in src/dbus/org.irqscope.Helper1.xml.
 *
 * The helper sends only these names plus an untranslated detail text; the GUI maps the name
 * back with fromName() and shows its own translated sentence. This header owns the names and
 * the kernel errno mapping; it knows nothing about D-Bus itself, so both sides can use it.
 */
enum class HelperError {
    None,
    NotAuthorized, ///< polkit said no (or could not be asked: the helper fails closed)
    InvalidArgument, ///< empty or duplicate CPUs, a malformed batch
    NoSuchIrq, ///< /proc/irq/N does not exist
    ManagedIrq, ///< the kernel refuses to move this IRQ (EIO, newer kernels EPERM)
    NoOnlineCpu, ///< none of the requested CPUs is online (EINVAL from the kernel)
    CpuOutOfRange, ///< a CPU at or above nr_cpu_ids, or not present (EOVERFLOW, ERANGE)
    VectorSpaceExhausted, ///< no free interrupt vector on the target CPUs (ENOSPC)
    Busy, ///< another request is being handled; try again
    WriteFailed, ///< any other failure to write or to read back the mask
};

namespace HelperErrors {
/// The common prefix of every error name.
inline constexpr char16_t Prefix[] = u"org.irqscope.Error.";
inline constexpr char16_t NotAuthorized[] = u"org.irqscope.Error.NotAuthorized";
inline constexpr char16_t InvalidArgument[] = u"org.irqscope.Error.InvalidArgument";
inline constexpr char16_t NoSuchIrq[] = u"org.irqscope.Error.NoSuchIrq";
inline constexpr char16_t ManagedIrq[] = u"org.irqscope.Error.ManagedIrq";
inline constexpr char16_t NoOnlineCpu[] = u"org.irqscope.Error.NoOnlineCpu";
inline constexpr char16_t CpuOutOfRange[] = u"org.irqscope.Error.CpuOutOfRange";
inline constexpr char16_t VectorSpaceExhausted[] = u"org.irqscope.Error.VectorSpaceExhausted";
inline constexpr char16_t Busy[] = u"org.irqscope.Error.Busy";
inline constexpr char16_t WriteFailed[] = u"org.irqscope.Error.WriteFailed";

/// The D-Bus error name of @p error; empty for HelperError::None.
QString name(HelperError error);
/// The error a D-Bus error name stands for; nullopt for names that are not the helper's.
std::optional<HelperError> fromName(QStringView name);
/// What an errno from writing an affinity file means (ELOOP and everything unlisted: WriteFailed).
HelperError fromErrno(int errnum);
} // namespace HelperErrors
