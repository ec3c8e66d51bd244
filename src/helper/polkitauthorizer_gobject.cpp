// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// The libpolkit-gobject-1 backend. Built with QT_NO_KEYWORDS: GLib's headers use `signals`
// as an identifier. This is the only file of the helper that includes GLib.

#include "polkitauthorizer.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <polkit/polkit.h>

#include <memory>
#include <string>

using namespace Qt::StringLiterals;

namespace {
// The check runs on its own thread with the blocking API (GDBus is thread-safe), so the
// helper's Qt event loop keeps answering Busy meanwhile; the cancellable ends it early.
struct Check
{
    GCancellable *cancellable = g_cancellable_new();
    ~Check() { g_object_unref(cancellable); }
};

AuthorizationResult denied(const QString &detail)
{
    return AuthorizationResult {false, detail};
}

AuthorizationResult checkSync(const std::string &actionId, const std::string &busName, GCancellable *cancellable)
{
    GError *error = nullptr;
    PolkitAuthority *authority = polkit_authority_get_sync(cancellable, &error);
    if (!authority) {
        const QString message = QString::fromUtf8(error ? error->message : "unknown error");
        g_clear_error(&error);
        return denied(u"cannot reach polkit: "_s + message);
    }
    PolkitSubject *subject = polkit_system_bus_name_new(busName.c_str());
    PolkitAuthorizationResult *result = polkit_authority_check_authorization_sync(authority, subject, actionId.c_str(),
        nullptr, POLKIT_CHECK_AUTHORIZATION_FLAGS_ALLOW_USER_INTERACTION, cancellable, &error);
    AuthorizationResult answer;
    if (!result) {
        // polkitd not running, an action it does not know, a cancelled check: all denials.
        answer = denied(u"polkit error: "_s + QString::fromUtf8(error ? error->message : "unknown error"));
        g_clear_error(&error);
    } else if (polkit_authorization_result_get_is_authorized(result)) {
        answer = AuthorizationResult {true, u"authorized by polkit"_s};
    } else if (polkit_authorization_result_get_is_challenge(result)) {
        answer = denied(u"authentication required but no agent answered"_s);
    } else {
        answer = denied(u"denied by polkit"_s);
    }
    if (result)
        g_object_unref(result);
    g_object_unref(subject);
    g_object_unref(authority);
    return answer;
}
} // namespace

struct PolkitAuthorizer::Private
{
    QObject context; // receives the results on the helper's thread; gone with the authorizer
    QList<std::pair<QThread *, std::shared_ptr<Check>>> running;
};

PolkitAuthorizer::PolkitAuthorizer()
    : d(std::make_unique<Private>())
{ }

PolkitAuthorizer::~PolkitAuthorizer()
{
    for (const auto &[thread, check] : std::as_const(d->running)) {
        g_cancellable_cancel(check->cancellable);
        thread->wait();
        delete thread;
    }
}

QString PolkitAuthorizer::backendName()
{
    return u"libpolkit-gobject-1"_s;
}

void PolkitAuthorizer::checkAuthorization(const QString &actionId, const QString &busName, Callback done)
{
    if (!busName.startsWith(u':')) {
        // Only a unique name identifies one connection; a peer connection has none at all.
        QMetaObject::invokeMethod(
            &d->context, [done] { done(denied(u"the caller has no unique bus name"_s)); }, Qt::QueuedConnection);
        return;
    }
    auto check = std::make_shared<Check>();
    QThread *thread
        = QThread::create([this, check, done, action = actionId.toStdString(), name = busName.toStdString()] {
              const AuthorizationResult answer = checkSync(action, name, check->cancellable);
              QMetaObject::invokeMethod(
                  &d->context, [done, answer] { done(answer); }, Qt::QueuedConnection);
          });
    d->running.append({thread, check});
    QObject::connect(thread, &QThread::finished, &d->context, [this, thread] {
        for (qsizetype i = 0; i < d->running.size(); ++i) {
            if (d->running[i].first == thread) {
                d->running.removeAt(i);
                break;
            }
        }
        thread->deleteLater();
    });
    QTimer::singleShot(Timeout, thread, [check] { g_cancellable_cancel(check->cancellable); });
    thread->start();
}
