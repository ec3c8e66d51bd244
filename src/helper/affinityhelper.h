// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "affinitywriter.h"
#include "irqaffinitychange.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class Authorizer;

/**
 * The object irqscope-helper exports at /org/irqscope/Helper (interface org.irqscope.Helper1,
 * through the adaptor generated from src/dbus/org.irqscope.Helper1.xml).
 *
 * Each call is answered with a delayed reply: the caller's unique bus name is taken from the
 * D-Bus message and handed to the Authorizer before any argument is looked at; only an
 * authorized request reaches the AffinityWriter, which validates and writes. One request is
 * handled at a time (a call made meanwhile gets org.irqscope.Error.Busy), every applied change
 * and every denial is logged with the caller's uid, and after @p idleTimeout without a request
 * idleTimedOut() is emitted (main() quits on it). AffinityHelper owns the writer and the
 * adaptor; it does not own the Authorizer, the bus connection or the bus name.
 */
class AffinityHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultIdleTimeout {10000};

    AffinityHelper(Authorizer *authorizer, const QString &rootDirectory,
        std::chrono::milliseconds idleTimeout = DefaultIdleTimeout, QObject *parent = nullptr);
    ~AffinityHelper() override;

    /// The object path, `/org/irqscope/Helper`.
    static QString objectPath();
    /// The well-known bus name, `org.irqscope.Helper`.
    static QString serviceName();
    /// The version Version() returns.
    static QString version();

    /// Exports the adaptor (and nothing else) at objectPath() on @p connection.
    bool registerOn(QDBusConnection connection);

    bool isBusy() const { return m_busy; }

    // The org.irqscope.Helper1 methods, called by the adaptor only (they reply to the message).
    void SetIrqAffinity(uint irq, const QList<uint> &cpus);
    void SetIrqAffinities(const IrqAffinityChangeList &changes);
    void SetDefaultAffinity(const QList<uint> &cpus);
    QString Version();

Q_SIGNALS:
    /// No request for the idle timeout: the process may exit.
    void idleTimedOut();
    /// A request has been answered (authorized or not); for tests.
    void requestFinished();

private:
    using Work = std::function<AffinityWriter::Result(AffinityWriter &)>;
    void handle(const QString &actionId, const QString &description, Work work);
    void finish(const QDBusConnection &connection, const QDBusMessage &reply);
    QString callerDescription(const QDBusConnection &connection, const QString &busName) const;

    Authorizer *m_authorizer;
    AffinityWriter m_writer;
    QTimer m_idleTimer;
    bool m_busy = false;
};
