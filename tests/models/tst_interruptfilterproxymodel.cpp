// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "interruptfilterproxymodel.h"
#include "interruptmodel.h"
#include "interruptsparser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Kind = InterruptFilterProxyModel::KindFilter;

std::shared_ptr<const InterruptTable> table(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"test"_s, &issues);
    auto parsed = InterruptsParser::parse(text, collector);
    Q_ASSERT(parsed);
    return std::make_shared<const InterruptTable>(std::move(*parsed));
}

QString rootPath()
{
    return FakeRoot::dataPath(u"roots/kvm-guest-4cpu"_s);
}

// The fixture root's real /proc/interrupts, and the same machine one second later:
// IRQ 25 (virtio5-req.0) +200 on CPU0, IRQ 36 (eth0's rx queue) +100 on CPU1, LOC +250 on each.
QByteArray capture()
{
    return FakeRoot::data(u"roots/kvm-guest-4cpu/proc/interrupts"_s);
}

QByteArray oneSecondLater()
{
    QByteArray text = capture();
    text.replace(
        " 25:       1800          0          0          0", " 25:       2000          0          0          0");
    text.replace(
        " 36:          0        335         37          0", " 36:          0        435         37          0");
    text.replace(
        "LOC:      10196       7429       8542       8229", "LOC:      10446       7679       8792       8479");
    return text;
}

/// The IRQ ids the proxy shows, top to bottom.
QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, InterruptModel::IdColumn).data().toString());
    return result;
}

QStringList range(int first, int last)
{
    QStringList result;
    for (int i = first; i <= last; ++i)
        result.append(QString::number(i));
    return result;
}

const QStringList archRows = {u"NMI"_s, u"LOC"_s, u"SPU"_s, u"PMI"_s, u"IWI"_s, u"RTR"_s, u"RES"_s, u"CAL"_s, u"TLB"_s,
    u"TRM"_s, u"THR"_s, u"DFR"_s, u"MCE"_s, u"MCP"_s, u"ERR"_s, u"MIS"_s, u"PIN"_s, u"NPI"_s, u"PIW"_s};
const QStringList deviceRows = QStringList {u"0"_s, u"1"_s, u"4"_s, u"8"_s, u"9"_s, u"12"_s, u"22"_s} + range(24, 44);
} // namespace

class TestInterruptFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noFilterShowsAll();
    void textFilter_data();
    void textFilter();
    void kindFilter();
    void interfaceFilter();
    void driverFilter_data();
    void driverFilter();
    void nameMatchesDriver_data();
    void nameMatchesDriver();
    void hideIdleWithoutRates();
    void hideIdleFollowsRates();
    void combinedFilters();
    void unchangedFilterEmitsNothing();
    void sortsByRawValues();

private:
    void setUpSource(InterruptModel *model, bool withRates);
    std::shared_ptr<const SystemState> m_state;
};

void TestInterruptFilterProxyModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_state = std::make_shared<const SystemState>(SystemReader::read(SystemRoot(rootPath())));
    QVERIFY(m_state->interrupts);
    QCOMPARE(m_state->queueOfIrq.size(), 3); // IRQs 35-37 serve eth0
    QVERIFY(oneSecondLater() != capture());
}

void TestInterruptFilterProxyModel::setUpSource(InterruptModel *model, bool withRates)
{
    SystemSample first;
    first.interrupts = table(capture());
    model->setSample(first);
    model->setSystemState(m_state);
    if (withRates) {
        SystemSample second;
        second.interrupts = table(oneSecondLater());
        second.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*first.interrupts, *second.interrupts, 1.0));
        model->setSample(second);
    }
}

void TestInterruptFilterProxyModel::noFilterShowsAll()
{
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.sortRole(), int(InterruptModel::SortRole));
    QCOMPARE(ids(proxy), deviceRows + archRows);
    QCOMPARE(proxy.rowCount(), 47);
}

void TestInterruptFilterProxyModel::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("device name") << u"virtio5"_s << range(24, 28);
    QTest::newRow("case-insensitive") << u"XHCI"_s << range(30, 34);
    QTest::newRow("two devices share a name") << u"i8042"_s << QStringList {u"1"_s, u"12"_s};
    QTest::newRow("chip") << u"IO-APIC"_s << QStringList {u"0"_s, u"1"_s, u"4"_s, u"8"_s, u"9"_s, u"12"_s, u"22"_s};
    QTest::newRow("interface") << u"eth0"_s << range(35, 37);
    QTest::newRow("every word must occur") << u"virtio0 input"_s << QStringList {u"36"_s};
    QTest::newRow("extra white space") << u"  virtio0 \t input "_s << QStringList {u"36"_s};
    QTest::newRow("arch description") << u"Local timer"_s << QStringList {u"LOC"_s};
    QTest::newRow("name and description") << u"timer"_s << QStringList {u"0"_s, u"LOC"_s};
    QTest::newRow("id") << u"PIW"_s << QStringList {u"PIW"_s};
    QTest::newRow("nothing") << u"nomatch"_s << QStringList();
    QTest::newRow("empty shows all") << QString() << deviceRows + archRows;
}

void TestInterruptFilterProxyModel::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text);
    QCOMPARE(ids(proxy), expected);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 47);
}

void TestInterruptFilterProxyModel::kindFilter()
{
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKindFilter(Kind::DeviceIrqs);
    QCOMPARE(proxy.kindFilter(), Kind::DeviceIrqs);
    QCOMPARE(ids(proxy), deviceRows);
    proxy.setKindFilter(Kind::ArchRows);
    QCOMPARE(ids(proxy), archRows);
    proxy.setKindFilter(Kind::All);
    QCOMPARE(ids(proxy), deviceRows + archRows);
}

void TestInterruptFilterProxyModel::interfaceFilter()
{
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setInterfaceFilter(u"eth0"_s);
    QCOMPARE(ids(proxy), range(35, 37));
    proxy.setInterfaceFilter(u"lo"_s); // virtual: no IRQs
    QCOMPARE(ids(proxy), QStringList());
    proxy.setInterfaceFilter(u"eth"_s); // an exact name, not a prefix
    QCOMPARE(ids(proxy), QStringList());
    proxy.setInterfaceFilter(QString());
    QCOMPARE(proxy.rowCount(), 47);
}

void TestInterruptFilterProxyModel::driverFilter_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("whole word") << u"xhci_hcd"_s << range(30, 34);
    QTest::newRow("part of a word") << u"xhci"_s << QStringList();
    QTest::newRow("numbered instance") << u"virtio5"_s << range(24, 28);
    QTest::newRow("every instance") << u"virtio"_s << QStringList {u"22"_s} + range(24, 28) + range(35, 44);
    QTest::newRow("before a bracket") << u"ahci"_s << QStringList {u"29"_s};
    QTest::newRow("case-insensitive") << u"RTC"_s << QStringList {u"8"_s};
    QTest::newRow("arch rows have no driver") << u"timer"_s << QStringList {u"0"_s};
    QTest::newRow("prefix without a number") << u"acp"_s << QStringList();
    QTest::newRow("letter after the prefix") << u"tty"_s << QStringList();
    QTest::newRow("empty shows all") << QString() << deviceRows + archRows;
}

void TestInterruptFilterProxyModel::driverFilter()
{
    QFETCH(QString, driver);
    QFETCH(QStringList, expected);
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setDriverFilter(driver);
    QCOMPARE(proxy.driverFilter(), driver);
    QCOMPARE(ids(proxy), expected);
}

void TestInterruptFilterProxyModel::nameMatchesDriver_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<bool>("matches");
    QTest::newRow("second handler") << u"ehci_hcd:usb1, mmc0"_s << u"mmc"_s << true;
    QTest::newRow("after a colon") << u"ehci_hcd:usb1, mmc0"_s << u"usb"_s << true;
    QTest::newRow("underscore word") << u"ehci_hcd:usb1, mmc0"_s << u"ehci_hcd"_s << true;
    QTest::newRow("underscore is inside a word") << u"ehci_hcd:usb1, mmc0"_s << u"ehci"_s << false;
    QTest::newRow("queue suffix") << u"nvme0q1"_s << u"nvme"_s << true;
    QTest::newRow("whole") << u"nvme0q1"_s << u"nvme0q1"_s << true;
    QTest::newRow("letter follows") << u"nvme0q1"_s << u"nvme0"_s << false;
    QTest::newRow("middle word") << u"eth0-TxRx-0"_s << u"txrx"_s << true;
    QTest::newRow("digits in the driver") << u"i915"_s << u"i915"_s << true;
    QTest::newRow("longer than the word") << u"i915"_s << u"i9150"_s << false;
    QTest::newRow("empty name") << QString() << u"x"_s << false;
    QTest::newRow("empty driver") << u"anything"_s << QString() << true;
}

void TestInterruptFilterProxyModel::nameMatchesDriver()
{
    QFETCH(QString, name);
    QFETCH(QString, driver);
    QFETCH(bool, matches);
    QCOMPARE(InterruptFilterProxyModel::nameMatchesDriver(name, driver), matches);
}

void TestInterruptFilterProxyModel::hideIdleWithoutRates()
{
    // Before the second sample no rate is known: idle means nothing since boot.
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setHideIdle(true);
    QVERIFY(proxy.hideIdle());
    QCOMPARE(ids(proxy),
        (QStringList {u"0"_s, u"1"_s, u"4"_s, u"8"_s, u"12"_s, u"22"_s, u"25"_s, u"26"_s, u"27"_s, u"28"_s, u"29"_s,
            u"36"_s, u"37"_s, u"39"_s, u"LOC"_s, u"IWI"_s, u"RES"_s, u"CAL"_s, u"TLB"_s, u"MCP"_s}));
    proxy.setHideIdle(false);
    QCOMPARE(proxy.rowCount(), 47);
}

void TestInterruptFilterProxyModel::hideIdleFollowsRates()
{
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setHideIdle(true);
    QCOMPARE(proxy.rowCount(), 20);

    // The source merges the next sample (one dataChanged); the proxy re-filters by itself.
    SystemSample first;
    first.interrupts = source.table() ? std::make_shared<const InterruptTable>(*source.table()) : nullptr;
    QVERIFY(first.interrupts);
    SystemSample second;
    second.interrupts = table(oneSecondLater());
    second.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*first.interrupts, *second.interrupts, 1.0));
    source.setSample(second);
    QCOMPARE(ids(proxy), (QStringList {u"25"_s, u"36"_s, u"LOC"_s}));

    // Nothing moved in the next second: everything is idle.
    SystemSample third;
    third.interrupts = table(oneSecondLater());
    third.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*second.interrupts, *third.interrupts, 1.0));
    source.setSample(third);
    QCOMPARE(ids(proxy), QStringList());
}

void TestInterruptFilterProxyModel::combinedFilters()
{
    InterruptModel source;
    setUpSource(&source, true);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setFilterText(u"virtio"_s);
    proxy.setKindFilter(Kind::DeviceIrqs);
    QCOMPARE(ids(proxy), QStringList {u"22"_s} + range(24, 28) + range(35, 44));
    proxy.setHideIdle(true);
    QCOMPARE(ids(proxy), (QStringList {u"25"_s, u"36"_s}));
    proxy.setInterfaceFilter(u"eth0"_s);
    QCOMPARE(ids(proxy), QStringList {u"36"_s});
    proxy.setHideIdle(false);
    QCOMPARE(ids(proxy), range(35, 37));
    proxy.setDriverFilter(u"virtio0"_s);
    QCOMPARE(ids(proxy), range(35, 37));
    proxy.setDriverFilter(u"virtio5"_s); // virtio5 serves no interface
    QCOMPARE(ids(proxy), QStringList());
    proxy.setInterfaceFilter(QString());
    QCOMPARE(ids(proxy), range(24, 28));
    proxy.setKindFilter(Kind::ArchRows); // a driver and architecture rows exclude each other
    QCOMPARE(ids(proxy), QStringList());
    proxy.setDriverFilter(QString());
    proxy.setFilterText(u"interrupts"_s);
    QCOMPARE(ids(proxy).size(), 10);
    proxy.setHideIdle(true);
    QCOMPARE(ids(proxy), QStringList {u"LOC"_s});
}

void TestInterruptFilterProxyModel::unchangedFilterEmitsNothing()
{
    InterruptModel source;
    setUpSource(&source, false);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKindFilter(Kind::DeviceIrqs);
    proxy.setFilterText(u"virtio"_s);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setKindFilter(Kind::DeviceIrqs);
    proxy.setFilterText(u"virtio"_s);
    proxy.setHideIdle(false);
    proxy.setInterfaceFilter(QString());
    proxy.setDriverFilter(QString());
    QCOMPARE(removed.size() + inserted.size() + layout.size() + reset.size(), 0);
    // A real change removes rows, without a reset.
    proxy.setFilterText(u"virtio5"_s);
    QVERIFY(removed.size() > 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(ids(proxy), range(24, 28));
}

void TestInterruptFilterProxyModel::sortsByRawValues()
{
    InterruptModel source;
    setUpSource(&source, true);
    InterruptFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(InterruptModel::RateColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).mid(0, 3), (QStringList {u"LOC"_s, u"25"_s, u"36"_s}));
    // Totals sort as numbers (RES 42,717 before LOC 34,396), not as text ("9" would lead).
    proxy.sort(InterruptModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).mid(0, 2), (QStringList {u"RES"_s, u"LOC"_s}));
    QCOMPARE(proxy.index(0, InterruptModel::TotalColumn).data().toString(), u"42,717"_s);
    // Ids: numbered IRQs by number (4 before 12), architecture rows after them in file order.
    proxy.sort(InterruptModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), deviceRows + archRows);
    proxy.sort(InterruptModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).first(), u"PIW"_s);
    QCOMPARE(ids(proxy).last(), u"0"_s);
    // Sorting and filtering together.
    proxy.setHideIdle(true);
    proxy.sort(InterruptModel::RateColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QStringList {u"36"_s, u"25"_s, u"LOC"_s}));
}

QTEST_GUILESS_MAIN(TestInterruptFilterProxyModel)
#include "tst_interruptfilterproxymodel.moc"
