// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interrupttable.h"

qsizetype InterruptTable::indexOf(QStringView id) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].id == id)
            return i;
    }
    return -1;
}

qsizetype InterruptTable::indexOfIrq(uint irq) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].kind == InterruptRow::Kind::Irq && rows[i].irq == irq)
            return i;
    }
    return -1;
}
