// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "interruptsparser.h"
#include "syntheticinterrupts.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * Throughput of InterruptsParser on synthetic files from a small VM to a 512-CPU server.
 * QBENCHMARK (parse) gives the per-parse time; the MB/s figure (throughput) comes from a fixed
 * number of parses timed with QElapsedTimer outside it. CTest runs this once as a smoke test: no timing is ever
 * asserted, only that every parse reads the whole table.
 */
class BenchInterruptsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generator();
    void throughput_data();
    void throughput();
    void parse_data();
    void parse();
};

void BenchInterruptsParser::generator()
{
    const SyntheticInterrupts::Options options {8, 120, 7, 0};
    const QByteArray first = SyntheticInterrupts::generate(options);
    QCOMPARE(SyntheticInterrupts::generate(options), first);
    QVERIFY(SyntheticInterrupts::generate({8, 120, 8, 0}) != first);

    QList<SourceIssue> issues;
    IssueCollector collector(u"synthetic"_s, &issues);
    const auto now = InterruptsParser::parse(first, collector);
    const auto later = InterruptsParser::parse(SyntheticInterrupts::generate({8, 120, 7, 3}), collector);
    QVERIFY(now && later);
    QVERIFY(issues.isEmpty());
    QCOMPARE(now->rows.size(), 120 + SyntheticInterrupts::ArchRows + 2);
    QCOMPARE(later->rows.size(), now->rows.size());
    // Three ticks later every IRQ count has grown by 0..3 × 1999, every arch count by 3000.
    for (qsizetype row = 0; row < now->rows.size(); ++row) {
        const InterruptRow &r = now->rows[row];
        QCOMPARE(later->rows[row].id, r.id);
        for (qsizetype column = 0; column < now->cpus.size(); ++column) {
            const quint64 a = now->count(row, column);
            const quint64 b = later->count(row, column);
            if (r.kind == InterruptRow::Kind::Arch)
                QCOMPARE(b, a + 3000);
            else
                QVERIFY(b >= a && b - a <= 3 * 1999 && (a != 0 || b == 0));
        }
    }
    QCOMPARE(now->rows[0].chip, u"IR-IO-APIC"_s);
    QCOMPARE(now->rows[6].chip, u"IR-PCI-MSIX-0000:00:00.0"_s);
    QCOMPARE(now->rows[6].actions, QStringList {u"mlx5_comp0@pci:0000:00:00.0"_s});
    QCOMPARE(now->rows.last().id, u"MIS"_s);
}

void BenchInterruptsParser::throughput_data()
{
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("irqs");
    QTest::addColumn<int>("repeats");

    QTest::newRow("2 CPUs x 50 IRQs") << 2 << 50 << 20000;
    QTest::newRow("256 CPUs x 2000 IRQs") << 256 << 2000 << 20;
    QTest::newRow("512 CPUs x 4000 IRQs") << 512 << 4000 << 5;
}

void BenchInterruptsParser::throughput()
{
    // The MB/s figure: a fixed number of parses timed as a whole (QBENCHMARK below re-runs its
    // function as often as it likes, so the figure is taken here, once per size).
    QFETCH(int, cpus);
    QFETCH(int, irqs);
    QFETCH(int, repeats);

    const QByteArray text = SyntheticInterrupts::generate({cpus, irqs, 1, 0});
    qsizetype rows = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i) {
        IssueCollector issues(u"synthetic"_s, nullptr);
        const auto table = InterruptsParser::parse(text, issues);
        rows += table ? table->rows.size() : 0;
    }
    const double seconds = double(std::max<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
    QCOMPARE(rows, qsizetype(irqs + SyntheticInterrupts::ArchRows + 2) * repeats);
    qInfo("%s: %.3f MB per file, %.3f ms per parse, %.0f MB/s", QTest::currentDataTag(), double(text.size()) / 1e6,
        seconds * 1e3 / repeats, double(text.size()) * repeats / 1e6 / seconds);
}

void BenchInterruptsParser::parse_data()
{
    throughput_data();
}

void BenchInterruptsParser::parse()
{
    QFETCH(int, cpus);
    QFETCH(int, irqs);

    const QByteArray text = SyntheticInterrupts::generate({cpus, irqs, 1, 0});
    std::optional<InterruptTable> table;
    QBENCHMARK
    {
        IssueCollector issues(u"synthetic"_s, nullptr);
        table = InterruptsParser::parse(text, issues);
    }
    QVERIFY(table);
    QCOMPARE(table->cpus.size(), cpus);
    QCOMPARE(table->rows.size(), irqs + SyntheticInterrupts::ArchRows + 2);
    QCOMPARE(table->counts.size(), size_t(table->rows.size()) * size_t(cpus));
}

QTEST_GUILESS_MAIN(BenchInterruptsParser)
#include "bench_interruptsparser.moc"
