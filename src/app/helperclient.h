// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"

#include <QList>
#include <QObject>

#include <memory>

class OrgIrqscopeHelper1Interface;
class QDBusConnection; // keeps QtDBus out of the app's public headers
class QDBusPendingCall;

/**
 * The GUI's side of irqscope-helper: wraps the generated proxy (org.irqscope.Helper1 on the
 * system bus, or on a given connection) and turns a list of affinity changes into one
 * asynchronous call, SetIrqAffinity for one IRQ and the all-or-nothing SetIrqAffinities for
 * more, and a new default affinity into SetDefaultAffinity. It reports applied() or
 * applyFailed() with a translated sentence (describeError()).
 *
 * It owns no policy: it neither checks masks (the dialog and the helper do) nor remembers
 * what was changed (the main window keeps the undo list). One request at a time.
 */
class HelperClient : public QObject
{
    Q_OBJECT

public:
    /// One IRQ and the CPUs it should be sent to.
    struct Change
    {
        uint irq = 0;
        CpuSet cpus;

        friend bool operator==(const Change &, const Change &) = default;
    };

    /// The helper's well-known bus name, `org.irqscope.Helper`.
    static QString serviceName();
    static QString objectPath();

    /// Talks to the helper on the system bus (DBUS_SYSTEM_BUS_ADDRESS in tests).
    explicit HelperClient(QObject *parent = nullptr);
    HelperClient(const QDBusConnection &connection, QObject *parent = nullptr);
    ~HelperClient() override;

    /// The helper is running or can be started by the bus (it is installed).
    bool isAvailable() const;
    /// A request is in flight.
    bool isBusy() const { return m_busy; }

    /// Sends @p changes as one request; emits applied() or applyFailed(). Refused (applyFailed
    /// with Busy) while another request is in flight.
    void applyAffinities(const QList<Change> &changes);
    /// Sends @p cpus as the default affinity of IRQs requested from now on
    /// (`/proc/irq/default_smp_affinity`); emits applied() or applyFailed(), refused with Busy
    /// like applyAffinities().
    void applyDefaultAffinity(const CpuSet &cpus);

    /// A translated sentence for a D-Bus error name from the helper (or the bus), with the
    /// helper's untranslated @p detail appended when there is one.
    static QString describeError(const QString &errorName, const QString &detail = {});

Q_SIGNALS:
    void applied();
    void applyFailed(const QString &errorName, const QString &sentence);

private:
    bool refuseIfBusy();
    void watch(const QDBusPendingCall &call);

    std::unique_ptr<QDBusConnection> m_connection;
    std::unique_ptr<OrgIrqscopeHelper1Interface> m_proxy;
    bool m_busy = false;
};
