// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqbalancedetector.h"

#include "systempaths.h"

std::optional<qint64> IrqBalanceDetector::find(const SystemRoot &root)
{
    QByteArray comm;
    const QStringList entries = root.entries(SystemPaths::processDirectory());
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid <= 0)
            continue;
        if (root.read(SystemPaths::processFile(entry, u"comm"), &comm) != SystemRoot::ReadStatus::Ok)
            continue; // the process may have exited since the listing
        if (comm.trimmed() == "irqbalance")
            return pid;
    }
    return std::nullopt;
}
