// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "affinityhelper.h"

#include "authorizer.h"
#include "helper1adaptor.h"
#include "helperactions.h"
#include "helpererrors.h"
#include "helperlogging.h"

#include <QDBusConnectionInterface>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

AffinityHelper::AffinityHelper(
    Authorizer *authorizer, const QString &rootDirectory, std::chrono::milliseconds idleTimeout, QObject *parent)
    : QObject(parent)
    , m_authorizer(authorizer)
    , m_writer(rootDirectory)
{
    Q_ASSERT(m_authorizer);
    IrqScopeDBus::registerDBusTypes();
    new Helper1Adaptor(this);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            Q_EMIT idleTimedOut();
    });
    m_idleTimer.start();
}

AffinityHelper::~AffinityHelper() = default;

QString AffinityHelper::objectPath()
{
    return u"/org/irqscope/Helper"_s;
}

QString AffinityHelper::serviceName()
{
    return u"org.irqscope.Helper"_s;
}

QString AffinityHelper::version()
{
    return QStringLiteral(IRQSCOPE_HELPER_VERSION);
}

bool AffinityHelper::registerOn(QDBusConnection connection)
{
    // Only the adaptor: the public methods of this class are not D-Bus API by themselves.
    return connection.registerObject(objectPath(), this, QDBusConnection::ExportAdaptors);
}

void AffinityHelper::SetIrqAffinity(uint irq, const QList<uint> &cpus)
{
    handle(QString::fromUtf16(HelperActions::SetIrqAffinity), u"SetIrqAffinity"_s, [irq, cpus](AffinityWriter &writer) {
        return writer.setIrqAffinity({irq, cpus});
    });
}

void AffinityHelper::SetIrqAffinities(const IrqAffinityChangeList &changes)
{
    handle(QString::fromUtf16(HelperActions::SetIrqAffinity), u"SetIrqAffinities"_s, [changes](AffinityWriter &writer) {
        QList<AffinityWriter::Request> requests;
        requests.reserve(changes.size());
        for (const IrqAffinityChange &change : changes)
            requests.append({change.irq, change.cpus});
        return writer.setIrqAffinities(requests);
    });
}

void AffinityHelper::SetDefaultAffinity(const QList<uint> &cpus)
{
    handle(QString::fromUtf16(HelperActions::SetDefaultAffinity), u"SetDefaultAffinity"_s,
        [cpus](AffinityWriter &writer) { return writer.setDefaultAffinity(cpus); });
}

QString AffinityHelper::Version()
{
    if (!m_busy)
        m_idleTimer.start();
    return version();
}

void AffinityHelper::handle(const QString &actionId, const QString &description, Work work)
{
    if (!calledFromDBus()) {
        qCWarning(IRQSCOPE_HELPER) << description << "called outside a D-Bus call: ignored";
        return;
    }
    const QDBusMessage message = this->message();
    const QDBusConnection connection = this->connection();
    setDelayedReply(true);
    if (m_busy) {
        connection.send(message.createErrorReply(
            QString::fromUtf16(HelperErrors::Busy), u"another request is in progress; try again"_s));
        return;
    }
    m_busy = true;
    m_idleTimer.stop();

    // The subject is the sender of this message as the bus daemon stamped it: nothing the
    // caller wrote in the arguments. The arguments stay untouched inside `work` until polkit
    // has said yes.
    const QString caller = message.service();
    auto answered = std::make_shared<bool>(false);
    QPointer<AffinityHelper> self(this);
    m_authorizer->checkAuthorization(actionId, caller,
        [self, answered, message, connection, caller, actionId, description, work = std::move(work)](
            const AuthorizationResult &authorization) {
            if (!self || *answered)
                return;
            *answered = true;
            const QString who = self->callerDescription(connection, caller);
            if (!authorization.authorized) {
                qCInfo(IRQSCOPE_HELPER).noquote()
                    << u"denied %1 to %2 (%3: %4)"_s.arg(description, who, actionId, authorization.detail);
                self->finish(connection,
                    message.createErrorReply(
                        QString::fromUtf16(HelperErrors::NotAuthorized), u"not authorized for "_s + actionId));
                return;
            }
            const AffinityWriter::Result result = work(self->m_writer);
            const bool isDefault = actionId == QStringView(HelperActions::SetDefaultAffinity);
            for (const AffinityWriter::Applied &applied : result.applied) {
                const QString target = isDefault ? u"default"_s : u"IRQ "_s + QString::number(applied.irq);
                qCInfo(IRQSCOPE_HELPER).noquote() << u"%1 set %2 affinity %3 -> %4"_s.arg(
                    who, target, applied.before.toCpuList(), applied.after.toCpuList());
            }
            if (!result.isOk()) {
                qCInfo(IRQSCOPE_HELPER).noquote() << u"%1 for %2 failed: %3: %4"_s.arg(
                    description, who, HelperErrors::name(result.error), result.message);
                self->finish(connection, message.createErrorReply(HelperErrors::name(result.error), result.message));
                return;
            }
            self->finish(connection, message.createReply());
        });
}

void AffinityHelper::finish(const QDBusConnection &connection, const QDBusMessage &reply)
{
    QDBusConnection(connection).send(reply);
    m_busy = false;
    m_idleTimer.start();
    Q_EMIT requestFinished();
}

QString AffinityHelper::callerDescription(const QDBusConnection &connection, const QString &busName) const
{
    QString uid = u"unknown"_s;
    if (QDBusConnectionInterface *bus = connection.interface()) {
        const QDBusReply<uint> reply = bus->serviceUid(busName);
        if (reply.isValid())
            uid = QString::number(reply.value());
    }
    return u"uid "_s + uid + u" (" + (busName.isEmpty() ? u"no bus name"_s : busName) + u')';
}
