// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/**
 * A private dbus-daemon for one test: its own socket and configuration in a temporary
 * directory, a permissive policy, started with --nofork so that it is our child and is
 * stopped by its PID when the PrivateBus goes away. Nothing on the host's buses is touched.
 */
class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();

    bool isValid() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};
