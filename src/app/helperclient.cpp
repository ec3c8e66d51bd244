// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helperclient.h"

#include "helper1interface.h"
#include "helpererrors.h"
#include "irqaffinitychange.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>

using namespace Qt::StringLiterals;

namespace {
QList<uint> toUints(const CpuSet &cpus)
{
    QList<uint> list;
    cpus.forEach([&list](int cpu) { list.append(uint(cpu)); });
    return list;
}
} // namespace

QString HelperClient::serviceName()
{
    return u"org.irqscope.Helper"_s;
}

QString HelperClient::objectPath()
{
    return u"/org/irqscope/Helper"_s;
}

HelperClient::HelperClient(QObject *parent)
    : HelperClient(QDBusConnection::systemBus(), parent)
{ }

HelperClient::HelperClient(const QDBusConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<QDBusConnection>(connection))
{
    IrqScopeDBus::registerDBusTypes();
    m_proxy = std::make_unique<OrgIrqscopeHelper1Interface>(serviceName(), objectPath(), *m_connection);
    // polkit may wait for the user to type a password: far longer than the default 25 s.
    m_proxy->setTimeout(5 * 60 * 1000);
}

HelperClient::~HelperClient() = default;

bool HelperClient::isAvailable() const
{
    if (!m_connection->isConnected())
        return false;
    QDBusConnectionInterface *bus = m_connection->interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(serviceName()).value())
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(serviceName());
}

void HelperClient::applyAffinities(const QList<Change> &changes)
{
    if (refuseIfBusy())
        return;
    if (changes.isEmpty()) {
        Q_EMIT applied();
        return;
    }
    if (changes.size() == 1) {
        watch(m_proxy->SetIrqAffinity(changes[0].irq, toUints(changes[0].cpus)));
        return;
    }
    IrqAffinityChangeList list;
    list.reserve(changes.size());
    for (const Change &change : changes)
        list.append({change.irq, toUints(change.cpus)});
    watch(m_proxy->SetIrqAffinities(list));
}

void HelperClient::applyDefaultAffinity(const CpuSet &cpus)
{
    if (refuseIfBusy())
        return;
    // An empty set goes to the helper all the same: it refuses it as InvalidArgument.
    watch(m_proxy->SetDefaultAffinity(toUints(cpus)));
}

bool HelperClient::refuseIfBusy()
{
    if (!m_busy)
        return false;
    const QString name = QString::fromUtf16(HelperErrors::Busy);
    Q_EMIT applyFailed(name, describeError(name));
    return true;
}

void HelperClient::watch(const QDBusPendingCall &call)
{
    m_busy = true;
    auto finish = [this](const QDBusPendingCall &call) {
        m_busy = false;
        if (call.isError()) {
            const QDBusError error = call.error();
            Q_EMIT applyFailed(error.name(), describeError(error.name(), error.message()));
        } else {
            Q_EMIT applied();
        }
    };
    // A call on a disconnected bus fails at once, and a watcher never reports it: answer from
    // the event loop all the same, so that callers always see the signal after this returns.
    if (call.isFinished()) {
        QMetaObject::invokeMethod(
            this, [call, finish] { finish(call); }, Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [finish](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        finish(*watcher);
    });
}

QString HelperClient::describeError(const QString &errorName, const QString &detail)
{
    QString sentence;
    const std::optional<HelperError> error = HelperErrors::fromName(errorName);
    if (error) {
        switch (*error) {
        case HelperError::None:
            break;
        case HelperError::NotAuthorized:
            sentence = tr("You are not allowed to change interrupt affinity (polkit refused, or no authentication "
                          "agent is running).");
            break;
        case HelperError::InvalidArgument:
            sentence = tr("The helper refused the request as malformed (an empty or duplicate CPU list).");
            break;
        case HelperError::NoSuchIrq:
            sentence = tr("This interrupt no longer exists (the device or driver went away).");
            break;
        case HelperError::ManagedIrq:
            sentence = tr("The kernel manages this interrupt's affinity itself (a managed IRQ, typical for NVMe and "
                          "virtio queues): it cannot be changed.");
            break;
        case HelperError::NoOnlineCpu:
            sentence = tr("None of the chosen CPUs is online.");
            break;
        case HelperError::CpuOutOfRange:
            sentence = tr("A chosen CPU does not exist on this machine.");
            break;
        case HelperError::VectorSpaceExhausted:
            sentence = tr("The chosen CPUs have no free interrupt vector left: choose more or other CPUs.");
            break;
        case HelperError::Busy:
            sentence = tr("The helper is busy with another request: try again in a moment.");
            break;
        case HelperError::WriteFailed:
            sentence = tr("The kernel refused the new mask.");
            break;
        }
    } else if (errorName == u"org.freedesktop.DBus.Error.ServiceUnknown"_s
        || errorName == u"org.freedesktop.DBus.Error.Spawn.ServiceNotFound"_s) {
        sentence = tr("The IRQ Scope helper is not installed or cannot be started: see README "
                      "(sudo cmake --install build/dev).");
    } else if (errorName == u"org.freedesktop.DBus.Error.NoReply"_s
        || errorName == u"org.freedesktop.DBus.Error.Timeout"_s) {
        sentence = tr("The IRQ Scope helper did not answer in time.");
    } else if (errorName == u"org.freedesktop.DBus.Error.Disconnected"_s) {
        sentence = tr("IRQ Scope is not connected to the system bus, so it cannot reach its helper.");
    } else if (errorName == u"org.freedesktop.DBus.Error.AccessDenied"_s) {
        sentence = tr("The system bus does not let IRQ Scope talk to its helper (bus policy).");
    } else {
        sentence = tr("The IRQ Scope helper failed with an unexpected error (%1).").arg(errorName);
    }
    if (!detail.isEmpty())
        sentence += u' ' + tr("Details: %1").arg(detail);
    return sentence;
}
