// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// One receive or transmit queue of a network interface (`queues/rx-3`, `queues/tx-0`).
struct NicQueue
{
    enum class Direction { Rx, Tx };
    Direction direction = Direction::Rx;
    int index = 0;
    std::optional<CpuSet> cpus; ///< rx: rps_cpus, tx: xps_cpus (hex masks)
    std::optional<quint64> rpsFlowCount; ///< rx: rps_flow_cnt
    std::optional<CpuSet> xpsRxqs; ///< tx: xps_rxqs (a mask of receive queues, not CPUs)
    std::optional<quint64> txMaxRate; ///< tx: tx_maxrate (Mbit/s, 0 = unlimited)
    /// `rx-3`, `tx-0`
    QString name() const;
};

/// A network interface from /sys/class/net and the device behind it.
struct NicInfo
{
    QString name; ///< `eth0`
    QString device; ///< basename of the `device` link: `0000:3b:00.0`, `virtio2`; empty = virtual
    QString driver; ///< basename of `device/driver`: `ixgbe`, `virtio_net`
    std::optional<int> numaNode; ///< device/numa_node (-1 = none)
    QList<uint> msiIrqs; ///< device/msi_irqs/*
    QList<NicQueue> rxQueues, txQueues; ///< ascending by index

    bool isVirtual() const { return device.isEmpty(); }
    /// The PCI address when the device is a PCI function (`0000:3b:00.0`), else empty.
    QString pciAddress() const;
};

/// Which interface (and, when the driver's naming tells, which queue) an IRQ serves.
struct IrqQueueBinding
{
    enum class Evidence {
        MsiIrqs, ///< the IRQ is listed in the interface's device/msi_irqs
        ActionName, ///< the action name names the interface, its PCI address or its virtio device
    };
    enum class Kind {
        Unknown, ///< belongs to the interface, but the name tells no queue (`eth0`, `ena-mgmnt@…`)
        Combined, ///< `TxRx`, `Tx-Rx`, `comp` (mlx5), `q` (mana)
        Rx, ///< `rx`, `input` (virtio)
        Tx, ///< `tx`, `output` (virtio)
    };
    QString interface;
    std::optional<int> queue;
    Kind kind = Kind::Unknown;
    Evidence evidence = Evidence::ActionName;

    friend bool operator==(const IrqQueueBinding &, const IrqQueueBinding &) = default;
};
