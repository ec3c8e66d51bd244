// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqaffinitychange.h"

#include <QDBusMetaType>

QDBusArgument &operator<<(QDBusArgument &argument, const IrqAffinityChange &change)
{
    argument.beginStructure();
    argument << change.irq << change.cpus;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, IrqAffinityChange &change)
{
    argument.beginStructure();
    argument >> change.irq >> change.cpus;
    argument.endStructure();
    return argument;
}

void IrqScopeDBus::registerDBusTypes()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<IrqAffinityChange>();
        qDBusRegisterMetaType<IrqAffinityChangeList>();
        return true;
    }();
    Q_UNUSED(registered);
}
