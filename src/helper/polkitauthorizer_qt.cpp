// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// The PolkitQt6-1 backend, used where find_package(PolkitQt6-1) succeeds.

#include "polkitauthorizer.h"

#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <PolkitQt1/Authority>
#include <PolkitQt1/Subject>

using namespace Qt::StringLiterals;

struct PolkitAuthorizer::Private
{
    QObject context;
    QTimer timeout;
    Callback pending; // PolkitQt1::Authority reports one check at a time through one signal
};

PolkitAuthorizer::PolkitAuthorizer()
    : d(std::make_unique<Private>())
{
    PolkitQt1::Authority *authority = PolkitQt1::Authority::instance();
    d->timeout.setSingleShot(true);
    d->timeout.setInterval(Timeout);
    QObject::connect(&d->timeout, &QTimer::timeout, &d->context, [this, authority] {
        authority->checkAuthorizationCancel();
        if (Callback done = std::exchange(d->pending, {}))
            done(AuthorizationResult {false, u"polkit did not answer in time"_s});
    });
    QObject::connect(authority, &PolkitQt1::Authority::checkAuthorizationFinished, &d->context,
        [this, authority](PolkitQt1::Authority::Result result) {
            d->timeout.stop();
            Callback done = std::exchange(d->pending, {});
            AuthorizationResult answer;
            if (authority->hasError()) {
                answer = AuthorizationResult {false, u"polkit error: "_s + authority->errorDetails()};
                authority->clearError();
            } else if (result == PolkitQt1::Authority::Yes) {
                answer = AuthorizationResult {true, u"authorized by polkit"_s};
            } else {
                // No, Unknown and an unanswered challenge alike.
                answer = AuthorizationResult {false, u"denied by polkit"_s};
            }
            if (done)
                done(answer);
        });
}

PolkitAuthorizer::~PolkitAuthorizer() = default;

QString PolkitAuthorizer::backendName()
{
    return u"PolkitQt6-1"_s;
}

void PolkitAuthorizer::checkAuthorization(const QString &actionId, const QString &busName, Callback done)
{
    auto deny = [this, done](const QString &detail) {
        QMetaObject::invokeMethod(
            &d->context,
            [done, detail] {
                done(AuthorizationResult {false, detail});
            },
            Qt::QueuedConnection);
    };
    if (!busName.startsWith(u':'))
        return deny(u"the caller has no unique bus name"_s);
    if (d->pending)
        return deny(u"another authorization check is in progress"_s);
    d->pending = std::move(done);
    d->timeout.start();
    PolkitQt1::Authority::instance()->checkAuthorization(
        actionId, PolkitQt1::SystemBusNameSubject(busName), PolkitQt1::Authority::AllowUserInteraction);
}
