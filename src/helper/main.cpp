// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// irqscope-helper: the privileged half of IRQ Scope, started by D-Bus activation as root.

#include "affinityhelper.h"
#include "helperlogging.h"
#include "irqaffinitychange.h"
#include "polkitauthorizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"irqscope-helper"_s);
    QCoreApplication::setApplicationVersion(AffinityHelper::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Applies IRQ affinity changes for IRQ Scope on the system bus, authorized by polkit."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    // Test options. They come only from the command line of whoever starts the helper (the
    // activation file names none), never from D-Bus. The bus is always the system bus, the one
    // polkit looks the caller up on (DBUS_SYSTEM_BUS_ADDRESS moves both together).
    const QCommandLineOption rootOption(u"root"_s,
        u"For tests: read and write <dir>/proc/irq and <dir>/sys/devices/system/cpu instead of /."_s, u"dir"_s);
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"Exit after <ms> milliseconds without a request (default 10000)."_s, u"ms"_s);
    parser.addOption(rootOption);
    parser.addOption(idleOption);
    parser.process(app);

    QString root = u"/"_s;
    if (parser.isSet(rootOption)) {
        const QFileInfo info(parser.value(rootOption));
        if (!info.isAbsolute() || !info.isDir()) {
            std::fprintf(stderr, "irqscope-helper: --root needs an absolute directory\n");
            return 2;
        }
        root = QDir::cleanPath(info.absoluteFilePath());
    }
    auto idleTimeout = AffinityHelper::DefaultIdleTimeout;
    if (parser.isSet(idleOption)) {
        bool ok = false;
        const int ms = parser.value(idleOption).toInt(&ok);
        if (!ok || ms <= 0) {
            std::fprintf(stderr, "irqscope-helper: --idle-timeout needs a positive number of milliseconds\n");
            return 2;
        }
        idleTimeout = std::chrono::milliseconds(ms);
    }

    IrqScopeDBus::registerDBusTypes();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCCritical(IRQSCOPE_HELPER) << "cannot connect to the system bus:" << bus.lastError().message();
        return 1;
    }

    PolkitAuthorizer authorizer;
    AffinityHelper helper(&authorizer, root, idleTimeout);
    if (!helper.registerOn(bus)) {
        qCCritical(IRQSCOPE_HELPER) << "cannot export" << AffinityHelper::objectPath() << ":"
                                    << bus.lastError().message();
        return 1;
    }
    if (!bus.registerService(AffinityHelper::serviceName())) {
        qCCritical(IRQSCOPE_HELPER) << "cannot own" << AffinityHelper::serviceName() << ":"
                                    << bus.lastError().message();
        return 1;
    }
    QObject::connect(&helper, &AffinityHelper::idleTimedOut, &app, [&bus] {
        // Give the name up first: the next call then activates a fresh helper instead of
        // reaching one that is about to exit.
        bus.unregisterService(AffinityHelper::serviceName());
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    qCInfo(IRQSCOPE_HELPER).noquote() << "irqscope-helper" << AffinityHelper::version() << "ready on"
                                      << bus.baseService() << "root" << root << "polkit backend"
                                      << PolkitAuthorizer::backendName();
    return app.exec();
}
