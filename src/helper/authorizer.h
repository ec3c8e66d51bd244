// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

#include <functional>

/// The answer of an Authorizer: allowed or not, and why (for the log).
struct AuthorizationResult
{
    bool authorized = false;
    QString detail; ///< "authorized", "challenge without an agent", the polkit error text, …
};

/**
 * Asks whether a D-Bus client may perform a polkit action.
 *
 * The subject is always the caller's unique bus name (`:1.42`) as taken from the D-Bus message
 * by AffinityHelper, never a PID and never anything the caller passed as an argument. An
 * Authorizer owns nothing else: it does not know what the action will do. Implementations:
 * PolkitAuthorizer (the executable; libpolkit-gobject-1 or PolkitQt6-1) and FakeAuthorizer
 * (tests only, never linked into irqscope-helper). Every implementation fails closed: an
 * error, a challenge that no agent can answer or an unknown action is "not authorized".
 */
class Authorizer
{
public:
    using Callback = std::function<void(const AuthorizationResult &)>;

    virtual ~Authorizer() = default;

    /// Checks @p actionId for the client @p busName and calls @p done exactly once, later, from
    /// the event loop of the thread that called (never from inside checkAuthorization()).
    virtual void checkAuthorization(const QString &actionId, const QString &busName, Callback done) = 0;
};
