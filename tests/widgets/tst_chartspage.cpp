// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "chartspage.h"
#include "interruptsparser.h"
#include "ratehistorymodel.h"
#include "statparser.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QCategoryAxis>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const InterruptTable> table(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"t"_s, &issues);
    return std::make_shared<const InterruptTable>(*InterruptsParser::parse(text, collector));
}

CpuStat stat(const QByteArray &text)
{
    QList<SourceIssue> issues;
    IssueCollector collector(u"t"_s, &issues);
    return *StatParser::parse(text, collector);
}

/// Samples of a machine where IRQ 24 fires 100/s on CPU1 and IRQ 25 10/s on CPU0.
class Feed
{
public:
    /// @p scale multiplies every rate.
    explicit Feed(quint64 scale = 1)
        : m_scale(scale)
    { }
    SystemSample sample(int tick);

private:
    quint64 m_scale;
    std::shared_ptr<const InterruptTable> m_previous;
};

SystemSample Feed::sample(int tick)
{
    const QByteArray text = "  CPU0 CPU1\n"
                            " 24: 0 "
        + QByteArray::number(100 * tick * m_scale) + "  PCI-MSI 1-edge  eth0\n 25: " + QByteArray::number(10 * tick * m_scale)
        + " 0  PCI-MSI 2-edge  nvme0q0\nLOC: 5 5  Local timer interrupts\n";
    SystemSample s;
    s.time = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + tick * 1000);
    s.interrupts = table(text);
    if (m_previous)
        s.interruptRates = std::make_shared<const InterruptRates>(InterruptSampler::computeRates(*m_previous, *s.interrupts, 1.0));
    m_previous = s.interrupts;
    return s;
}

QList<QLineSeries *> lines(QChartView *view)
{
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : view->chart()->series())
        result.append(qobject_cast<QLineSeries *>(series));
    return result;
}
} // namespace

class TestChartsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesFollowTheHistory();
    void selectedInterruptPerCpu();
    void timeSharesAsBars();
    void rateAxisLabels_data();
    void rateAxisLabels();
};

void TestChartsPage::rateAxisLabels_data()
{
    QTest::addColumn<quint64>("scale");
    QTest::addColumn<QStringList>("labels");
    // The busiest CPU takes 100/s x scale; the axis ends at the next nice number.
    QTest::newRow("100/s") << quint64(1) << QStringList {u"0"_s, u"25"_s, u"50"_s, u"75"_s, u"100"_s};
    QTest::newRow("1.5 k/s") << quint64(15) << QStringList {u"0"_s, u"500"_s, u"1 k"_s, u"1.5 k"_s, u"2 k"_s};
    QTest::newRow("idle") << quint64(0) << QStringList {u"0"_s, u"0.25"_s, u"0.5"_s, u"0.75"_s, u"1"_s};
    QTest::newRow("40 M/s") << quint64(400'000)
                            << QStringList {u"0"_s, u"10 M"_s, u"20 M"_s, u"30 M"_s, u"40 M"_s};
}

void TestChartsPage::rateAxisLabels()
{
    QFETCH(quint64, scale);
    QFETCH(QStringList, labels);
    QLocale::setDefault(QLocale::c());
    ChartsPage page;
    Feed feed(scale);
    for (int tick = 0; tick < 3; ++tick)
        page.addSample(feed.sample(tick));
    auto *view = page.findChild<QChartView *>(u"cpuChart"_s);
    QVERIFY(view);
    QCategoryAxis *axis = nullptr;
    for (QAbstractAxis *candidate : view->chart()->axes(Qt::Vertical))
        axis = axis ? axis : qobject_cast<QCategoryAxis *>(candidate);
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), labels);
}

void TestChartsPage::linesFollowTheHistory()
{
    ChartsPage page;
    Feed feed;
    for (int tick = 0; tick < 5; ++tick)
        page.addSample(feed.sample(tick));
    QCOMPARE(page.cpuHistory()->series(), (QStringList{u"CPU 0"_s, u"CPU 1"_s}));
    QCOMPARE(page.cpuHistory()->rowCount(), 4); // the first sample has no rates
    auto *view = page.findChild<QChartView *>(u"cpuChart"_s);
    QVERIFY(view);
    const QList<QLineSeries *> series = lines(view);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0]->count(), 4);
    QCOMPARE(series[0]->at(3).y(), 10.0);
    QCOMPARE(series[1]->at(3).y(), 100.0);
    QCOMPARE(series[1]->at(3).x(), double(1'800'000'000'000 + 4 * 1000));
    QCOMPARE(series[1]->attachedAxes().size(), 2);

    // Reading the same topology again keeps the history (the main window does every 5 s).
    page.setTopology(CpuTopology());
    QCOMPARE(page.cpuHistory()->rowCount(), 4);
    QCOMPARE(lines(view).value(1)->count(), 4);
}

void TestChartsPage::selectedInterruptPerCpu()
{
    ChartsPage page;
    Feed feed;
    page.setSelectedInterrupt(u"24"_s);
    for (int tick = 10; tick < 13; ++tick)
        page.addSample(feed.sample(tick));
    QCOMPARE(page.irqHistory()->rowCount(), 2);
    QCOMPARE(page.irqHistory()->value(1, 0), 0.0);
    QCOMPARE(page.irqHistory()->value(1, 1), 100.0);
    // Another interrupt starts a new history.
    page.setSelectedInterrupt(u"25"_s);
    QCOMPARE(page.irqHistory()->rowCount(), 0);
    page.addSample(feed.sample(13));
    QCOMPARE(page.irqHistory()->value(0, 0), 10.0);
    page.setSelectedInterrupt(QString());
    QCOMPARE(page.irqHistory()->seriesCount(), 0);
}

void TestChartsPage::timeSharesAsBars()
{
    ChartsPage page;
    Feed feed;
    SystemSample s = feed.sample(20);
    s.cpuTime = {{0, 30.0, 5.0, 0.0, 50.0}, {1, 1.0, 2.0, 0.0, 10.0}};
    page.addSample(s);
    QCOMPARE(page.timeShareCategories(), (QStringList{u"CPU 0"_s, u"CPU 1"_s}));
    QCOMPARE(page.hardirqShares(), (QList<double>{30.0, 1.0}));
    QCOMPARE(page.softirqShares(), (QList<double>{5.0, 2.0}));
}

QTEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
