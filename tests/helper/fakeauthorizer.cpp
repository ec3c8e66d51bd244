// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeauthorizer.h"

#include <QTimer>

using namespace Qt::StringLiterals;

FakeAuthorizer::FakeAuthorizer(Mode mode)
    : m_mode(mode)
{ }

void FakeAuthorizer::release(bool authorized)
{
    const QList<Callback> pending = std::exchange(m_pending, {});
    for (const Callback &done : pending)
        done(AuthorizationResult {authorized, authorized ? u"fake: allowed"_s : u"fake: denied"_s});
}

void FakeAuthorizer::checkAuthorization(const QString &actionId, const QString &busName, Callback done)
{
    m_checks.append({actionId, busName});
    if (m_mode == Mode::Hold) {
        m_pending.append(std::move(done));
        return;
    }
    const bool authorized = m_mode == Mode::Allow;
    QTimer::singleShot(0, this, [done, authorized] {
        done(AuthorizationResult {authorized, authorized ? u"fake: allowed"_s : u"fake: denied"_s});
    });
}
