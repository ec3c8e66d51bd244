// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>

/**
 * One entry of a SetIrqAffinities batch, the D-Bus struct `(uau)`: an IRQ number and the CPUs
 * it should be sent to. A plain carrier of what the caller asked for: nothing here is checked
 * (the helper validates after authorizing). Call registerDBusTypes() once before using the
 * proxy or the adaptor.
 */
struct IrqAffinityChange
{
    uint irq = 0;
    QList<uint> cpus;

    friend bool operator==(const IrqAffinityChange &, const IrqAffinityChange &) = default;
};

using IrqAffinityChangeList = QList<IrqAffinityChange>;

QDBusArgument &operator<<(QDBusArgument &argument, const IrqAffinityChange &change);
const QDBusArgument &operator>>(const QDBusArgument &argument, IrqAffinityChange &change);

namespace IrqScopeDBus {
/// Registers IrqAffinityChange and IrqAffinityChangeList with QtDBus (idempotent).
void registerDBusTypes();
} // namespace IrqScopeDBus

Q_DECLARE_METATYPE(IrqAffinityChange)
Q_DECLARE_METATYPE(IrqAffinityChangeList)
