// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "irqbalancedetector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIrqBalanceDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheProcess();
    void absent();
    void ignoresSimilarNames();
};

void TestIrqBalanceDetector::findsTheProcess()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/1/comm"_s, "systemd\n"));
    QVERIFY(fake.write(u"proc/812/comm"_s, "irqbalance\n"));
    QVERIFY(fake.write(u"proc/interrupts"_s, "CPU0\n"));
    QVERIFY(fake.mkdir(u"proc/sys"_s));
    QCOMPARE(IrqBalanceDetector::find(fake.root()), std::optional<qint64>(812));
}

void TestIrqBalanceDetector::absent()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/1/comm"_s, "init\n"));
    QVERIFY(fake.mkdir(u"proc/2"_s)); // a process that exited: no comm
    QCOMPARE(IrqBalanceDetector::find(fake.root()), std::nullopt);
    FakeRoot empty;
    QCOMPARE(IrqBalanceDetector::find(empty.root()), std::nullopt);
}

void TestIrqBalanceDetector::ignoresSimilarNames()
{
    FakeRoot fake;
    QVERIFY(fake.write(u"proc/5/comm"_s, "irqbalance-ui\n"));
    QVERIFY(fake.write(u"proc/6/comm"_s, "myirqbalance\n"));
    QCOMPARE(IrqBalanceDetector::find(fake.root()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestIrqBalanceDetector)
#include "tst_irqbalancedetector.moc"
