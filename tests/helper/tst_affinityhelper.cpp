// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// AffinityHelper through D-Bus: a private dbus-daemon, the helper object on one connection with
// a FakeAuthorizer, and clients using the generated proxy (irqscope_helperclient), so both ends
// come from src/dbus/org.irqscope.Helper1.xml.

#include "affinityhelper.h"
#include "fakeauthorizer.h"
#include "helper1interface.h"
#include "helperactions.h"
#include "helpererrors.h"
#include "helperfixture.h"
#include "invalidrequests.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusPendingCall>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
int s_connectionCount = 0;

// One private bus, one fixture root, one helper and two independent client connections.
class Harness
{
public:
    explicit Harness(FakeAuthorizer::Mode mode = FakeAuthorizer::Mode::Allow,
        std::chrono::milliseconds idleTimeout = AffinityHelper::DefaultIdleTimeout)
        : authorizer(mode)
    {
        if (!bus.isValid() || !fixture.isValid())
            return;
        server = connect();
        helper = std::make_unique<AffinityHelper>(&authorizer, fixture.root(), idleTimeout);
        if (!server.isConnected() || !helper->registerOn(server))
            return;
        client1 = connect();
        client2 = connect();
        proxy1 = std::make_unique<OrgIrqscopeHelper1Interface>(
            server.baseService(), AffinityHelper::objectPath(), client1);
        proxy2 = std::make_unique<OrgIrqscopeHelper1Interface>(
            server.baseService(), AffinityHelper::objectPath(), client2);
        valid = client1.isConnected() && client2.isConnected();
    }
    ~Harness()
    {
        proxy1.reset();
        proxy2.reset();
        helper.reset();
        for (const QString &name : std::as_const(names))
            QDBusConnection::disconnectFromBus(name);
    }

    PrivateBus bus;
    HelperFixture fixture;
    FakeAuthorizer authorizer;
    std::unique_ptr<AffinityHelper> helper;
    QDBusConnection server {QString()};
    QDBusConnection client1 {QString()};
    QDBusConnection client2 {QString()};
    std::unique_ptr<OrgIrqscopeHelper1Interface> proxy1;
    std::unique_ptr<OrgIrqscopeHelper1Interface> proxy2;
    bool valid = false;

private:
    QDBusConnection connect()
    {
        const QString name = u"tst_affinityhelper-"_s + QString::number(++s_connectionCount);
        names.append(name);
        return QDBusConnection::connectToBus(bus.address(), name);
    }
    QStringList names;
};

// The helper answers from this thread's event loop: never block on a reply, spin until it is in.
bool finished(const QDBusPendingCall &call)
{
    return QTest::qWaitFor([&call] { return call.isFinished(); }, 10000);
}

QString errorName(const QDBusPendingCall &call)
{
    return call.isError() ? call.error().name() : QString();
}

IrqAffinityChangeList toChanges(const QList<AffinityWriter::Request> &requests)
{
    IrqAffinityChangeList changes;
    for (const auto &request : requests)
        changes.append({request.irq, request.cpus});
    return changes;
}

const QString s_irqAction = QString::fromUtf16(HelperActions::SetIrqAffinity);
const QString s_defaultAction = QString::fromUtf16(HelperActions::SetDefaultAffinity);
} // namespace

class TestAffinityHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setIrqAffinity();
    void setIrqAffinities();
    void setDefaultAffinity();
    void invalid_data();
    void invalid();
    void invalidDefault_data();
    void invalidDefault();
    void denied_data();
    void denied();
    void batchRollback();
    void symlinkRefused();
    void busy();
    void version();
    void idleExit();
    void noIdleExitWhileBusy();
    void notCalledFromDBus();
    void onlyTheInterfaceIsExported();
};

void TestAffinityHelper::initTestCase()
{
    IrqScopeDBus::registerDBusTypes();
    PrivateBus probe;
    QVERIFY2(probe.isValid(), qPrintable(probe.errorString()));
}

void TestAffinityHelper::setIrqAffinity()
{
    Harness h;
    QVERIFY(h.valid);
    const QDBusPendingCall call = h.proxy1->SetIrqAffinity(10, {1, 3});
    QVERIFY(finished(call));
    QVERIFY2(!call.isError(), qPrintable(call.error().message()));
    QCOMPARE(h.fixture.affinityList(10), QByteArray("1,3"));
    // Authorized for the right action, with the caller's unique name as the subject.
    QCOMPARE(h.authorizer.checks().size(), 1);
    QCOMPARE(h.authorizer.checks()[0].actionId, s_irqAction);
    QCOMPARE(h.authorizer.checks()[0].busName, h.client1.baseService());
    QVERIFY(h.authorizer.checks()[0].busName.startsWith(u':'));
    QVERIFY(!h.helper->isBusy());
}

void TestAffinityHelper::setIrqAffinities()
{
    Harness h;
    QVERIFY(h.valid);
    const QDBusPendingCall call = h.proxy2->SetIrqAffinities({{10, {0}}, {11, {1, 2}}, {20, {3}}});
    QVERIFY(finished(call));
    QVERIFY2(!call.isError(), qPrintable(call.error().message()));
    QCOMPARE(h.fixture.affinityList(10), QByteArray("0"));
    QCOMPARE(h.fixture.affinityList(11), QByteArray("1-2"));
    QCOMPARE(h.fixture.read(u"proc/irq/20/smp_affinity"_s), QByteArray("08\n"));
    QCOMPARE(h.authorizer.checks().size(), 1);
    QCOMPARE(h.authorizer.checks()[0].actionId, s_irqAction);
    QCOMPARE(h.authorizer.checks()[0].busName, h.client2.baseService());
}

void TestAffinityHelper::setDefaultAffinity()
{
    Harness h;
    QVERIFY(h.valid);
    const QDBusPendingCall call = h.proxy1->SetDefaultAffinity({0, 1});
    QVERIFY(finished(call));
    QVERIFY2(!call.isError(), qPrintable(call.error().message()));
    QCOMPARE(h.fixture.read(u"proc/irq/default_smp_affinity"_s), QByteArray("03\n"));
    QCOMPARE(h.authorizer.checks().size(), 1);
    QCOMPARE(h.authorizer.checks()[0].actionId, s_defaultAction);
}

void TestAffinityHelper::invalid_data()
{
    InvalidRequests::addColumnsAndRows();
}

void TestAffinityHelper::invalid()
{
    QFETCH(QList<AffinityWriter::Request>, requests);
    QFETCH(bool, batch);
    QFETCH(QString, error);

    Harness h;
    QVERIFY(h.valid && InvalidRequests::prepare(h.fixture));
    const auto before = h.fixture.snapshot();
    const QDBusPendingCall call = batch ? QDBusPendingCall(h.proxy1->SetIrqAffinities(toChanges(requests)))
                                        : QDBusPendingCall(h.proxy1->SetIrqAffinity(requests[0].irq, requests[0].cpus));
    QVERIFY(finished(call));
    QCOMPARE(errorName(call), error);
    QVERIFY(!call.error().message().isEmpty());
    QCOMPARE(h.fixture.snapshot(), before);
    // Authorization came first, validation after it.
    QCOMPARE(h.authorizer.checks().size(), 1);
}

void TestAffinityHelper::invalidDefault_data()
{
    QTest::addColumn<QList<uint>>("cpus");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QList<uint> {} << QString::fromUtf16(HelperErrors::InvalidArgument);
    QTest::newRow("duplicate") << QList<uint> {0, 0} << QString::fromUtf16(HelperErrors::InvalidArgument);
    QTest::newRow("offline only") << QList<uint> {4} << QString::fromUtf16(HelperErrors::NoOnlineCpu);
    QTest::newRow("beyond nr_cpu_ids") << QList<uint> {0, 64} << QString::fromUtf16(HelperErrors::CpuOutOfRange);
}

void TestAffinityHelper::invalidDefault()
{
    QFETCH(QList<uint>, cpus);
    QFETCH(QString, error);
    Harness h;
    QVERIFY(h.valid);
    const auto before = h.fixture.snapshot();
    const QDBusPendingCall call = h.proxy1->SetDefaultAffinity(cpus);
    QVERIFY(finished(call));
    QCOMPARE(errorName(call), error);
    QCOMPARE(h.fixture.snapshot(), before);
}

void TestAffinityHelper::denied_data()
{
    QTest::addColumn<int>("method"); // 0 SetIrqAffinity, 1 SetIrqAffinities, 2 SetDefaultAffinity
    QTest::addColumn<uint>("irq");
    QTest::addColumn<QList<uint>>("cpus");
    QTest::addColumn<QString>("action");

    QTest::newRow("valid single") << 0 << 10u << QList<uint> {1} << s_irqAction;
    QTest::newRow("valid batch") << 1 << 10u << QList<uint> {1} << s_irqAction;
    QTest::newRow("valid default") << 2 << 0u << QList<uint> {1} << s_defaultAction;
    // A denied caller learns nothing about its arguments: no NoSuchIrq, no InvalidArgument.
    QTest::newRow("invalid single") << 0 << 99u << QList<uint> {} << s_irqAction;
    QTest::newRow("invalid batch") << 1 << 4294967295u << QList<uint> {9, 9} << s_irqAction;
    QTest::newRow("invalid default") << 2 << 0u << QList<uint> {} << s_defaultAction;
}

void TestAffinityHelper::denied()
{
    QFETCH(int, method);
    QFETCH(uint, irq);
    QFETCH(QList<uint>, cpus);
    QFETCH(QString, action);

    Harness h(FakeAuthorizer::Mode::Deny);
    QVERIFY(h.valid);
    const auto before = h.fixture.snapshot();
    QDBusPendingCall call = method == 0 ? QDBusPendingCall(h.proxy1->SetIrqAffinity(irq, cpus))
        : method == 1                   ? QDBusPendingCall(h.proxy1->SetIrqAffinities({{irq, cpus}, {11, {2}}}))
                                        : QDBusPendingCall(h.proxy1->SetDefaultAffinity(cpus));
    QVERIFY(finished(call));
    QCOMPARE(errorName(call), QString::fromUtf16(HelperErrors::NotAuthorized));
    QCOMPARE(h.fixture.snapshot(), before);
    QCOMPARE(h.authorizer.checks().size(), 1);
    QCOMPARE(h.authorizer.checks()[0].actionId, action);
    QCOMPARE(h.authorizer.checks()[0].busName, h.client1.baseService());
}

void TestAffinityHelper::batchRollback()
{
    Harness h;
    QVERIFY(h.valid);
    QVERIFY(QFile::remove(h.fixture.path(u"proc/irq/12/smp_affinity_list"_s)));
    QVERIFY(h.fixture.mkdir(u"proc/irq/12/smp_affinity_list"_s));
    const QDBusPendingCall call = h.proxy1->SetIrqAffinities({{10, {1}}, {11, {2}}, {12, {3}}});
    QVERIFY(finished(call));
    QCOMPARE(errorName(call), QString::fromUtf16(HelperErrors::WriteFailed));
    QCOMPARE(h.fixture.affinityList(10), QByteArray("0-3"));
    QCOMPARE(h.fixture.affinityList(11), QByteArray("0-3"));
}

void TestAffinityHelper::symlinkRefused()
{
    Harness h;
    QVERIFY(h.valid);
    QVERIFY(h.fixture.write(u"outside/target"_s, "0-3\n"));
    QVERIFY(h.fixture.symlink(u"proc/irq/14/smp_affinity_list"_s, h.fixture.path(u"outside/target"_s)));
    const auto before = h.fixture.snapshot();
    const QDBusPendingCall call = h.proxy1->SetIrqAffinity(14, {2});
    QVERIFY(finished(call));
    QCOMPARE(errorName(call), QString::fromUtf16(HelperErrors::WriteFailed));
    QVERIFY(call.error().message().contains(u"symbolic link"));
    QCOMPARE(h.fixture.read(u"outside/target"_s), QByteArray("0-3\n"));
    QCOMPARE(h.fixture.snapshot(), before);
}

void TestAffinityHelper::busy()
{
    Harness h(FakeAuthorizer::Mode::Hold);
    QVERIFY(h.valid);
    const QDBusPendingCall first = h.proxy1->SetIrqAffinity(10, {1});
    QVERIFY(QTest::qWaitFor([&h] { return h.authorizer.pendingCount() == 1; }, 10000));
    QVERIFY(h.helper->isBusy());

    // Another client, and the same client again: both refused at once, without authorization.
    const QDBusPendingCall second = h.proxy2->SetIrqAffinity(11, {2});
    QVERIFY(finished(second));
    QCOMPARE(errorName(second), QString::fromUtf16(HelperErrors::Busy));
    const QDBusPendingCall third = h.proxy1->SetDefaultAffinity({1});
    QVERIFY(finished(third));
    QCOMPARE(errorName(third), QString::fromUtf16(HelperErrors::Busy));
    QCOMPARE(h.authorizer.checks().size(), 1);
    // Version still answers.
    const QDBusPendingReply<QString> version = h.proxy2->Version();
    QVERIFY(finished(version));
    QCOMPARE(version.value(), AffinityHelper::version());
    QVERIFY(!first.isFinished());
    QCOMPARE(h.fixture.affinityList(11), QByteArray("0-3"));

    h.authorizer.release(true);
    QVERIFY(finished(first));
    QVERIFY2(!first.isError(), qPrintable(first.error().message()));
    QCOMPARE(h.fixture.affinityList(10), QByteArray("1"));
    QVERIFY(!h.helper->isBusy());

    // Free again.
    h.authorizer.setMode(FakeAuthorizer::Mode::Allow);
    const QDBusPendingCall fourth = h.proxy2->SetIrqAffinity(11, {2});
    QVERIFY(finished(fourth));
    QVERIFY2(!fourth.isError(), qPrintable(fourth.error().message()));
    QCOMPARE(h.fixture.affinityList(11), QByteArray("2"));
}

void TestAffinityHelper::version()
{
    Harness h(FakeAuthorizer::Mode::Deny);
    QVERIFY(h.valid);
    const QDBusPendingReply<QString> reply = h.proxy1->Version();
    QVERIFY(finished(reply));
    QVERIFY2(!reply.isError(), qPrintable(reply.error().message()));
    QCOMPARE(reply.value(), QStringLiteral(IRQSCOPE_VERSION));
    QVERIFY(h.authorizer.checks().isEmpty());
}

void TestAffinityHelper::idleExit()
{
    QElapsedTimer timer;
    timer.start();
    Harness h(FakeAuthorizer::Mode::Allow, 300ms);
    QVERIFY(h.valid);
    QSignalSpy idle(h.helper.get(), &AffinityHelper::idleTimedOut);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
    QVERIFY(timer.elapsed() >= 300);
}

void TestAffinityHelper::noIdleExitWhileBusy()
{
    Harness h(FakeAuthorizer::Mode::Hold, 100ms);
    QVERIFY(h.valid);
    QSignalSpy idle(h.helper.get(), &AffinityHelper::idleTimedOut);
    const QDBusPendingCall call = h.proxy1->SetIrqAffinity(10, {1});
    QVERIFY(QTest::qWaitFor([&h] { return h.authorizer.pendingCount() == 1; }, 10000));
    const int before = idle.count(); // may have fired before the call arrived
    // A negative check needs a bounded wait: five idle periods with a request in progress.
    QTest::qWait(500);
    QCOMPARE(idle.count(), before);
    h.authorizer.release(true);
    QVERIFY(finished(call));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), before + 1, 10000);
}

void TestAffinityHelper::notCalledFromDBus()
{
    Harness h;
    QVERIFY(h.valid);
    const auto before = h.fixture.snapshot();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"called outside a D-Bus call"_s));
    h.helper->SetIrqAffinity(10, {1});
    QVERIFY(!h.helper->isBusy());
    QVERIFY(h.authorizer.checks().isEmpty());
    QCOMPARE(h.fixture.snapshot(), before);
}

void TestAffinityHelper::onlyTheInterfaceIsExported()
{
    Harness h;
    QVERIFY(h.valid);
    QDBusMessage introspect = QDBusMessage::createMethodCall(h.server.baseService(), AffinityHelper::objectPath(),
        u"org.freedesktop.DBus.Introspectable"_s, u"Introspect"_s);
    const QDBusPendingCall call = h.client1.asyncCall(introspect);
    QVERIFY(finished(call));
    const QString xml = call.reply().arguments().value(0).toString();
    QVERIFY2(xml.contains(u"<interface name=\"org.irqscope.Helper1\">"), qPrintable(xml));
    for (const QString &method : {u"SetIrqAffinity"_s, u"SetIrqAffinities"_s, u"SetDefaultAffinity"_s, u"Version"_s})
        QVERIFY(xml.contains(u"<method name=\""_s + method + u'"'));
    // QObject's own slots and signals stay private.
    for (const QString &hidden : {u"idleTimedOut"_s, u"requestFinished"_s, u"registerOn"_s, u"deleteLater"_s})
        QVERIFY2(!xml.contains(hidden), qPrintable(hidden));
}

QTEST_GUILESS_MAIN(TestAffinityHelper)
#include "tst_affinityhelper.moc"
