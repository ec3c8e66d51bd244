// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "authorizer.h"

#include <chrono>
#include <memory>

/**
 * The Authorizer of the real helper: asks polkitd (on the system bus, as named by
 * DBUS_SYSTEM_BUS_ADDRESS when set) with the caller's bus name as a `system-bus-name` subject,
 * allowing user interaction so that the caller's authentication agent can ask for a password.
 *
 * Two implementations of this one class exist and CMake compiles exactly one:
 * polkitauthorizer_qt.cpp (PolkitQt6-1) or polkitauthorizer_gobject.cpp (libpolkit-gobject-1,
 * built with QT_NO_KEYWORDS). Both fail closed: an error, polkitd not running, an unknown
 * action, a challenge nobody answered or no answer within the time limit are all "not
 * authorized". It is not part of irqscope_helpercore, so tests never link polkit.
 */
class PolkitAuthorizer : public Authorizer
{
public:
    /// How long a check may take (an agent waiting for a password included) before it is denied.
    static constexpr std::chrono::milliseconds Timeout {std::chrono::minutes(2)};

    PolkitAuthorizer();
    ~PolkitAuthorizer() override;

    void checkAuthorization(const QString &actionId, const QString &busName, Callback done) override;

    /// "libpolkit-gobject-1" or "PolkitQt6-1", for the log.
    static QString backendName();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
