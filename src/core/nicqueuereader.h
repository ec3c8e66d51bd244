// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "interrupttable.h"
#include "nicinfo.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QHash>
#include <QList>

/**
 * Reads network interfaces and their queues from /sys/class/net, and maps IRQs to
 * (interface, queue) from the device's msi_irqs and from the drivers' naming conventions:
 * `eth0-TxRx-3`, `i40e-eth0-TxRx-3`, `ice-eth0-TxRx-3`, `eth0-rx-2`, `eth0-Tx-Rx-1` (ena),
 * `mlx5_comp3@pci:0000:3b:00.0` (via the interface's PCI address), `virtio2-input.0` (via the
 * interface's virtio device), `iwlwifi: queue 1` (via msi_irqs).
 */
class NicQueueReader
{
public:
    static QList<NicInfo> read(const SystemRoot &root, QList<SourceIssue> *issues);
    /// IRQ number -> binding, for every numbered row of @p interrupts that can be tied to one
    /// of @p nics. An IRQ that matches several interfaces is given to the most specific match.
    static QHash<uint, IrqQueueBinding> mapIrqs(const QList<NicInfo> &nics, const InterruptTable &interrupts);
    /// The binding for one action name alone (no msi_irqs evidence). Exposed for tests.
    static std::optional<IrqQueueBinding> bindingForName(const QList<NicInfo> &nics, QStringView actionName);
    /// Whether @p name can be a network interface: what the kernel's dev_valid_name() accepts
    /// (1 to 15 bytes, not `.` or `..`, no `/`, `:` or white space). Checked before building paths.
    static bool isValidInterfaceName(QStringView name);
};
