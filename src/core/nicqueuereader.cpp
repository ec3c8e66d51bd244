// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "nicqueuereader.h"

#include "attributereader.h"
#include "systempaths.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
using Kind = IrqQueueBinding::Kind;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// File contents quoted in a message: a hostile file must not produce a megabyte-long message.
QString excerpt(QStringView text)
{
    constexpr qsizetype MaxLength = 40;
    return text.size() <= MaxLength ? text.toString() : text.first(MaxLength).toString() + u'…';
}

QString baseName(QStringView linkTarget)
{
    while (linkTarget.endsWith(u'/'))
        linkTarget.chop(1);
    return linkTarget.sliced(linkTarget.lastIndexOf(u'/') + 1).toString();
}

// xps_cpus and xps_rxqs exist on every tx queue, but reading them fails with ENOENT when the
// device is not multiqueue (lo, ifb) and with EINVAL when the queue maps to no traffic class.
const QList<int> unavailableAttributeErrors = {ENOENT, EINVAL};

std::optional<CpuSet> readMask(AttributeReader &reader, const QString &path)
{
    return reader.hexMask(path, CpuSet::EmptyPolicy::RejectEmpty);
}

std::optional<quint64> readUnsigned(AttributeReader &reader, const QString &path)
{
    const auto text = reader.line(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const quint64 value = isAllDigits(*text) ? text->toULongLong(&ok) : 0;
    if (!ok) {
        reader.warn(path,
            QCoreApplication::translate("NicQueueReader", "\"%1\" is not a non-negative integer").arg(excerpt(*text)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> readNumaNode(AttributeReader &reader, const QString &path)
{
    const auto text = reader.line(path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->toInt(&ok);
    const bool digits = isAllDigits(text->startsWith(u'-') ? QStringView(*text).sliced(1) : QStringView(*text));
    if (!ok || !digits || value < -1) {
        reader.warn(path,
            QCoreApplication::translate("NicQueueReader", "\"%1\" is not a NUMA node number (-1 or more)")
                .arg(excerpt(*text)));
        return std::nullopt;
    }
    return value;
}

/// `rx-3` -> (Rx, 3); nullopt for anything else.
std::optional<std::pair<NicQueue::Direction, int>> parseQueueDirectory(QStringView name)
{
    NicQueue::Direction direction;
    if (name.startsWith(u"rx-"))
        direction = NicQueue::Direction::Rx;
    else if (name.startsWith(u"tx-"))
        direction = NicQueue::Direction::Tx;
    else
        return std::nullopt;
    const QStringView number = name.sliced(3);
    bool ok = false;
    const int index = isAllDigits(number) ? number.toInt(&ok) : -1;
    if (!ok)
        return std::nullopt;
    return std::pair {direction, index};
}

void readQueues(AttributeReader &reader, const SystemRoot &root, NicInfo *nic)
{
    const QString queuesDirectory = SystemPaths::netFile(nic->name, u"queues");
    const QStringList entries = root.entries(queuesDirectory);
    for (const QString &entry : entries) {
        const auto parsed = parseQueueDirectory(entry);
        if (!parsed) {
            reader.warn(queuesDirectory,
                QCoreApplication::translate("NicQueueReader", "skipped \"%1\": not an rx-N or tx-N queue")
                    .arg(excerpt(entry)));
            continue;
        }
        NicQueue queue;
        queue.direction = parsed->first;
        queue.index = parsed->second;
        const QString prefix = u"queues/"_s + entry + u'/';
        if (queue.direction == NicQueue::Direction::Rx) {
            queue.cpus = readMask(reader, SystemPaths::netFile(nic->name, QString(prefix + u"rps_cpus")));
            queue.rpsFlowCount
                = readUnsigned(reader, SystemPaths::netFile(nic->name, QString(prefix + u"rps_flow_cnt")));
            nic->rxQueues.append(std::move(queue));
        } else {
            queue.cpus = readMask(reader, SystemPaths::netFile(nic->name, QString(prefix + u"xps_cpus")));
            queue.xpsRxqs = readMask(reader, SystemPaths::netFile(nic->name, QString(prefix + u"xps_rxqs")));
            queue.txMaxRate = readUnsigned(reader, SystemPaths::netFile(nic->name, QString(prefix + u"tx_maxrate")));
            nic->txQueues.append(std::move(queue));
        }
    }
    const auto byIndex = [](const NicQueue &a, const NicQueue &b) {
        return a.index < b.index;
    };
    std::sort(nic->rxQueues.begin(), nic->rxQueues.end(), byIndex);
    std::sort(nic->txQueues.begin(), nic->txQueues.end(), byIndex);
}

// ---- mapping action names to queues ----

enum Strength {
    NoMatch,
    DriverPrefix, ///< `iwlwifi:queue_1`, trusted only together with msi_irqs
    InterfaceName, ///< `eth0-TxRx-3`, `i40e-eth0-TxRx-3`
    Device, ///< the PCI address (`mlx5_comp3@pci:0000:3b:00.0`) or virtio device (`virtio2-input.0`)
};

struct QueueRef
{
    Kind kind = Kind::Unknown;
    std::optional<int> queue;
};

struct Match
{
    qsizetype nic = -1;
    Strength strength = NoMatch;
    qsizetype length = 0; ///< of the matched interface name or device: longer is more specific
    QueueRef queue;

    bool isBetterThan(const Match &other) const
    {
        return std::tie(strength, length) > std::tie(other.strength, other.length);
    }
};

// How drivers name their queue vectors, after the interface name (or virtio device, or before
// or after the PCI address), case-insensitive:
//   Combined: `TxRx-3` (igb, ixgbe, i40e, ice), `Tx-Rx-3` (ena), `rxtx-3` (nfp), `fp-3` (bnx2x,
//             qede fastpath: one rx and one tx ring), `comp3` (mlx5 completion EQ), `q3` (mana,
//             be2net), a bare `3` (sfc channels, mlx4 `mlx4-3@…` EQs serve both directions)
//   Rx:       `rx-3`/`rx3` (e1000e, igb and ixgbe with split vectors), `input.3` (virtio_net),
//             `queue_3` (iwlwifi: every vector but default_queue runs the rx handler of one RSS
//             queue), and qlcnic's `tx-0-rx-3`: an rx ring that also completes tx ring 0, which
//             a single (kind, queue) cannot say; the rx ring is the one that scales with queues.
//   Tx:       `tx-3`/`tx3`, `output.3` (virtio_net)
// Anything else after a match (`misc`, `mgmnt`, `async`, `config`, `default_queue`) ties the
// IRQ to the interface without a queue.
QString queueBodyPattern()
{
    return u"(?:(?<combined>tx-?rx|rx-?tx|combined|fp|comp|q)|(?<rx>rx|input|queue)|(?<tx>tx|output)"
           u"|tx-?\\d+-(?<paired>rx))?[-_. ]?(?<n>\\d+)"_s;
}

QueueRef queueRef(const QRegularExpressionMatch &match)
{
    if (!match.hasMatch())
        return {};
    bool ok = false;
    const int n = match.capturedView(u"n").toInt(&ok);
    if (!ok)
        return {};
    if (match.hasCaptured(u"rx") || match.hasCaptured(u"paired"))
        return {Kind::Rx, n};
    if (match.hasCaptured(u"tx"))
        return {Kind::Tx, n};
    return {Kind::Combined, n};
}

/// @p text is all that follows a match, less its first separator: `TxRx-3`, `input.0`, `misc`.
QueueRef queueOfTail(QStringView text)
{
    static const QRegularExpression whole(
        u"^(?:"_s + queueBodyPattern() + u")$", QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() ? QueueRef {} : queueRef(whole.match(text));
}

/// @p text precedes a PCI address: `mlx5_comp3`, `mana_q0`, `mlx4-2`, but not `mlx4` or `i40e`.
QueueRef queueAtEnd(QStringView text)
{
    static const QRegularExpression atEnd(
        u"(?:^|[-_])(?:"_s + queueBodyPattern() + u")$", QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() ? QueueRef {} : queueRef(atEnd.match(text));
}

/// Where @p token ends in @p name when it stands there as a whole word: not next to a letter
/// or digit (so `eth1` is not found in `eth10-TxRx-0`, nor `eth` in `ethtool`).
std::optional<qsizetype> findToken(QStringView name, QStringView token)
{
    if (token.isEmpty())
        return std::nullopt;
    for (qsizetype pos = name.indexOf(token); pos >= 0; pos = name.indexOf(token, pos + 1)) {
        const qsizetype end = pos + token.size();
        if ((pos == 0 || !isAsciiAlnum(name[pos - 1])) && (end == name.size() || !isAsciiAlnum(name[end])))
            return end;
    }
    return std::nullopt;
}

/// The PCI address as drivers put it in names: `@pci:<bdf>` (mlx5, mana, ena, mlx4-async),
/// `@<bdf>` (mlx4 queues), `-<bdf>` (i40e/ice misc, hns3).
std::optional<QueueRef> matchPciAddress(QStringView name, QStringView address)
{
    if (address.isEmpty())
        return std::nullopt;
    for (qsizetype pos = name.indexOf(address); pos >= 0; pos = name.indexOf(address, pos + 1)) {
        const qsizetype end = pos + address.size();
        if (end < name.size() && isAsciiAlnum(name[end]))
            continue;
        QStringView prefix;
        if (name.first(pos).endsWith(u"@pci:"))
            prefix = name.first(pos - 5);
        else if (pos > 0 && (name[pos - 1] == u'@' || name[pos - 1] == u'-'))
            prefix = name.first(pos - 1);
        else
            continue;
        // hns3 puts the queue after the address (`hns3-0000:7d:00.0-TxRx-0`), the others before it.
        if (end < name.size()) {
            const QueueRef after = queueOfTail(name.sliced(end + 1));
            if (after.queue)
                return after;
        }
        return queueAtEnd(prefix);
    }
    return std::nullopt;
}

bool isVirtioDevice(QStringView device)
{
    return device.startsWith(u"virtio") && isAllDigits(device.sliced(6));
}

/// virtio_net names its vectors after the virtio device, not the interface: `virtio2-input.0`,
/// `virtio2-output.0`, `virtio2-config`; with INTx or virtio-mmio the action is `virtio2` alone.
std::optional<QueueRef> matchVirtio(QStringView name, QStringView device)
{
    if (!isVirtioDevice(device) || !name.startsWith(device))
        return std::nullopt;
    if (name.size() == device.size())
        return QueueRef {};
    if (name[device.size()] != u'-')
        return std::nullopt;
    return queueOfTail(name.sliced(device.size() + 1));
}

Match matchNic(const NicInfo &nic, qsizetype index, QStringView name, bool allowDriverPrefix)
{
    Match match;
    match.nic = index;
    if (!nic.device.isEmpty()) {
        auto ref = matchVirtio(name, nic.device);
        if (!ref)
            ref = matchPciAddress(name, nic.pciAddress());
        if (ref) {
            match.strength = Device;
            match.length = nic.device.size();
            match.queue = *ref;
            return match;
        }
    }
    if (const auto end = findToken(name, nic.name)) {
        match.strength = InterfaceName;
        match.length = nic.name.size();
        if (*end < name.size())
            match.queue = queueOfTail(name.sliced(*end + 1));
        return match;
    }
    // iwlwifi names its vectors `iwlwifi:queue_1`: only the driver, never the interface or device.
    if (allowDriverPrefix && !nic.driver.isEmpty() && name.startsWith(nic.driver)) {
        const qsizetype end = nic.driver.size();
        if (end == name.size() || name[end] == u':' || name[end] == u'-') {
            match.strength = DriverPrefix;
            match.length = end;
            if (end < name.size())
                match.queue = queueOfTail(name.sliced(end + 1));
            return match;
        }
    }
    return {};
}

IrqQueueBinding toBinding(const NicInfo &nic, const QueueRef &ref, IrqQueueBinding::Evidence evidence)
{
    IrqQueueBinding binding;
    binding.interface = nic.name;
    binding.queue = ref.queue;
    binding.kind = ref.kind;
    binding.evidence = evidence;
    return binding;
}
} // namespace

bool NicQueueReader::isValidInterfaceName(QStringView name)
{
    // The kernel's dev_valid_name(): at most IFNAMSIZ - 1 bytes, no `/`, `:` or white space.
    if (name.isEmpty() || name == u"." || name == u".." || name.toUtf8().size() > 15)
        return false;
    return std::none_of(
        name.begin(), name.end(), [](QChar c) { return c == u'/' || c == u':' || c.isSpace() || c.unicode() < 0x20; });
}

QList<NicInfo> NicQueueReader::read(const SystemRoot &root, QList<SourceIssue> *issues)
{
    AttributeReader reader(root, issues, unavailableAttributeErrors);
    QList<NicInfo> nics;
    const QStringList names = root.entries(SystemPaths::netDirectory());
    for (const QString &name : names) {
        // The bonding driver's control file, not an interface.
        if (name == u"bonding_masters")
            continue;
        if (!isValidInterfaceName(name)) {
            reader.warn(SystemPaths::netDirectory(),
                QCoreApplication::translate("NicQueueReader", "skipped \"%1\": not a valid interface name")
                    .arg(excerpt(name)));
            continue;
        }
        NicInfo nic;
        nic.name = name;
        if (const auto target = root.linkTarget(SystemPaths::netFile(name, u"device")))
            nic.device = baseName(*target);
        if (!nic.isVirtual()) {
            if (const auto target = root.linkTarget(SystemPaths::netFile(name, u"device/driver")))
                nic.driver = baseName(*target);
            nic.numaNode = readNumaNode(reader, SystemPaths::netFile(name, u"device/numa_node"));
            const QStringList irqs = root.entries(SystemPaths::netFile(name, u"device/msi_irqs"));
            for (const QString &irq : irqs) {
                bool ok = false;
                const uint number = isAllDigits(irq) ? irq.toUInt(&ok) : 0;
                if (ok)
                    nic.msiIrqs.append(number);
            }
            std::sort(nic.msiIrqs.begin(), nic.msiIrqs.end());
        }
        readQueues(reader, root, &nic);
        nics.append(std::move(nic));
    }
    return nics;
}

std::optional<IrqQueueBinding> NicQueueReader::bindingForName(const QList<NicInfo> &nics, QStringView actionName)
{
    Match best;
    for (qsizetype i = 0; i < nics.size(); ++i) {
        const Match match = matchNic(nics[i], i, actionName, false);
        if (match.isBetterThan(best))
            best = match;
    }
    if (best.strength == NoMatch)
        return std::nullopt;
    return toBinding(nics[best.nic], best.queue, IrqQueueBinding::Evidence::ActionName);
}

QHash<uint, IrqQueueBinding> NicQueueReader::mapIrqs(const QList<NicInfo> &nics, const InterruptTable &interrupts)
{
    QHash<uint, QList<qsizetype>> msiOwners;
    for (qsizetype i = 0; i < nics.size(); ++i) {
        for (uint irq : nics[i].msiIrqs)
            msiOwners[irq].append(i);
    }

    QHash<uint, IrqQueueBinding> bindings;
    for (const InterruptRow &row : interrupts.rows) {
        if (row.kind != InterruptRow::Kind::Irq)
            continue;
        const QList<qsizetype> owners = msiOwners.value(row.irq);
        Match best;
        if (!owners.isEmpty()) {
            // msi_irqs says whose IRQ it is; the name only tells which queue, and only when it
            // names that same interface. Several owners: one device with several ports (mlx4).
            for (const QString &action : row.actions) {
                for (qsizetype owner : owners) {
                    const Match match = matchNic(nics[owner], owner, action, true);
                    if (match.isBetterThan(best))
                        best = match;
                }
            }
            const qsizetype owner = best.strength == NoMatch ? owners.first() : best.nic;
            bindings.insert(row.irq, toBinding(nics[owner], best.queue, IrqQueueBinding::Evidence::MsiIrqs));
            continue;
        }
        for (const QString &action : row.actions) {
            for (qsizetype i = 0; i < nics.size(); ++i) {
                const Match match = matchNic(nics[i], i, action, false);
                if (match.isBetterThan(best))
                    best = match;
            }
        }
        if (best.strength != NoMatch)
            bindings.insert(row.irq, toBinding(nics[best.nic], best.queue, IrqQueueBinding::Evidence::ActionName));
    }
    return bindings;
}
