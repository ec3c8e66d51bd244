// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "authorizer.h"

#include <QList>
#include <QObject>

/**
 * An Authorizer for tests (never linked into irqscope-helper): answers every check with the
 * configured verdict from the event loop, or, in Hold mode, keeps the checks pending until
 * release() so a test can send a second request while the first is being authorized. It
 * records every check (action id and bus name) it was asked for.
 */
class FakeAuthorizer : public QObject, public Authorizer
{
    Q_OBJECT
public:
    enum class Mode { Allow, Deny, Hold };

    struct Check
    {
        QString actionId;
        QString busName;
    };

    explicit FakeAuthorizer(Mode mode = Mode::Allow);

    void setMode(Mode mode) { m_mode = mode; }
    QList<Check> checks() const { return m_checks; }
    qsizetype pendingCount() const { return m_pending.size(); }
    /// Answers every held check with @p authorized.
    void release(bool authorized);

    void checkAuthorization(const QString &actionId, const QString &busName, Callback done) override;

private:
    Mode m_mode;
    QList<Check> m_checks;
    QList<Callback> m_pending;
};
