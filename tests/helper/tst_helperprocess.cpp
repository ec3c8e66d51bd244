// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// The irqscope-helper executable on a private bus standing in for the system bus, with no
// polkitd on it: Version() answers, every change fails closed (NotAuthorized, nothing written,
// the denial logged with the caller's uid), the process exits after its idle timeout, and bad
// command lines are refused.

#include "helper1interface.h"
#include "helpererrors.h"
#include "helperfixture.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestHelperProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failsClosedWithoutPolkit();
    void badCommandLine_data();
    void badCommandLine();
};

void TestHelperProcess::initTestCase()
{
    IrqScopeDBus::registerDBusTypes();
    QVERIFY2(QFile::exists(QStringLiteral(IRQSCOPE_HELPER_EXECUTABLE)), IRQSCOPE_HELPER_EXECUTABLE);
}

void TestHelperProcess::failsClosedWithoutPolkit()
{
    PrivateBus bus;
    QVERIFY2(bus.isValid(), qPrintable(bus.errorString()));
    HelperFixture fixture;
    QVERIFY(fixture.isValid());
    const auto before = fixture.snapshot();

    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The helper and libpolkit both find "the system bus" here: ours, where polkitd is absent.
    env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, bus.address());
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"org.irqscope.helper.info=true"_s);
    helper.setProcessEnvironment(env);
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.start(
        QStringLiteral(IRQSCOPE_HELPER_EXECUTABLE), {u"--root"_s, fixture.root(), u"--idle-timeout"_s, u"1500"_s});
    QVERIFY(helper.waitForStarted(5000));
    auto stop = qScopeGuard([&helper] {
        if (helper.state() != QProcess::NotRunning) {
            helper.kill(); // this child only
            helper.waitForFinished(3000);
        }
    });

    const QString connectionName = u"tst_helperprocess"_s;
    QDBusConnection client = QDBusConnection::connectToBus(bus.address(), connectionName);
    auto disconnect = qScopeGuard([&connectionName] { QDBusConnection::disconnectFromBus(connectionName); });
    QVERIFY(client.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(client.interface()->isServiceRegistered(u"org.irqscope.Helper"_s).value(), 10000);

    OrgIrqscopeHelper1Interface proxy(u"org.irqscope.Helper"_s, u"/org/irqscope/Helper"_s, client);
    QDBusPendingReply<QString> version = proxy.Version();
    version.waitForFinished(); // the helper is another process: blocking is fine here
    QVERIFY2(!version.isError(), qPrintable(version.error().message()));
    QCOMPARE(version.value(), QStringLiteral(IRQSCOPE_VERSION));

    QDBusPendingReply<> set = proxy.SetIrqAffinity(10, {1});
    set.waitForFinished();
    QCOMPARE(set.error().name(), QString::fromUtf16(HelperErrors::NotAuthorized));
    QDBusPendingReply<> batch = proxy.SetIrqAffinities({{10, {1}}, {11, {2}}});
    batch.waitForFinished();
    QCOMPARE(batch.error().name(), QString::fromUtf16(HelperErrors::NotAuthorized));
    QDBusPendingReply<> defaults = proxy.SetDefaultAffinity({1});
    defaults.waitForFinished();
    QCOMPARE(defaults.error().name(), QString::fromUtf16(HelperErrors::NotAuthorized));
    QCOMPARE(fixture.snapshot(), before);

    // It leaves on its own after the idle timeout and gives up the name.
    QVERIFY(helper.waitForFinished(15000));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);
    QVERIFY(!client.interface()->isServiceRegistered(u"org.irqscope.Helper"_s).value());

    const QString log = QString::fromLocal8Bit(helper.readAllStandardError());
    const QString uidText = u"uid "_s + QString::number(::getuid()) + u" (" + client.baseService() + u')';
    QVERIFY2(log.contains(u"denied SetIrqAffinity to "_s + uidText), qPrintable(log));
    QVERIFY2(log.contains(u"denied SetDefaultAffinity to "_s + uidText), qPrintable(log));
    QVERIFY2(log.contains(u"org.irqscope.set-irq-affinity"), qPrintable(log));
}

void TestHelperProcess::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("relative root") << QStringList {u"--root"_s, u"tmp"_s};
    QTest::newRow("missing root") << QStringList {u"--root"_s, u"/nonexistent/irqscope-root"_s};
    QTest::newRow("zero idle timeout") << QStringList {u"--idle-timeout"_s, u"0"_s};
    QTest::newRow("text idle timeout") << QStringList {u"--idle-timeout"_s, u"soon"_s};
}

void TestHelperProcess::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"unix:path=/nonexistent/irqscope-test-bus"_s);
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(IRQSCOPE_HELPER_EXECUTABLE), arguments);
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestHelperProcess)
#include "tst_helperprocess.moc"
