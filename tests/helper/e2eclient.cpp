// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// irqscope-helper-e2e-client: the unprivileged caller of polkit-e2e.sh, through the generated
// proxy (irqscope_helperclient) on the system bus (DBUS_SYSTEM_BUS_ADDRESS).
//
//   version | set IRQ CPUS | batch IRQ:CPUS... | default CPUS      (CPUS: 0,2,3)
//
// Prints "ok" (or the version) and exits 0, or prints "error NAME MESSAGE" and exits 1;
// exits 2 on a usage error.

#include "helper1interface.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QList<uint> cpus(const QString &text)
{
    QList<uint> list;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        list.append(part.toUInt());
    return list;
}

int report(const QDBusPendingCall &call, const QString &value = u"ok"_s)
{
    if (call.isError()) {
        std::printf("error %s %s\n", qPrintable(call.error().name()), qPrintable(call.error().message()));
        return 1;
    }
    std::printf("%s\n", qPrintable(value));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    IrqScopeDBus::registerDBusTypes();
    const QStringList args = app.arguments().mid(1);
    OrgIrqscopeHelper1Interface helper(
        u"org.irqscope.Helper"_s, u"/org/irqscope/Helper"_s, QDBusConnection::systemBus());
    helper.setTimeout(20000);

    if (args.value(0) == u"version") {
        QDBusPendingReply<QString> reply = helper.Version();
        reply.waitForFinished();
        return report(reply, reply.isError() ? QString() : reply.value());
    }
    if (args.value(0) == u"set" && args.size() == 3) {
        QDBusPendingReply<> reply = helper.SetIrqAffinity(args[1].toUInt(), cpus(args[2]));
        reply.waitForFinished();
        return report(reply);
    }
    if (args.value(0) == u"batch" && args.size() >= 2) {
        IrqAffinityChangeList changes;
        for (const QString &change : args.mid(1))
            changes.append({change.section(u':', 0, 0).toUInt(), cpus(change.section(u':', 1))});
        QDBusPendingReply<> reply = helper.SetIrqAffinities(changes);
        reply.waitForFinished();
        return report(reply);
    }
    if (args.value(0) == u"default" && args.size() == 2) {
        QDBusPendingReply<> reply = helper.SetDefaultAffinity(cpus(args[1]));
        reply.waitForFinished();
        return report(reply);
    }
    std::fprintf(
        stderr, "usage: irqscope-helper-e2e-client version | set IRQ CPUS | batch IRQ:CPUS... | default CPUS\n");
    return 2;
}
