// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// A SetIrqAffinities batch of 256 changes through the helper logic (AffinityWriter: checks,
// read old mask, write, read back) on a fixture root; authorization excluded. Goal: ≤ 100 ms.

#include "affinitywriter.h"
#include "helperfixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class BenchHelperBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batch256();
};

void BenchHelperBatch::batch256()
{
    constexpr uint Changes = 256;
    HelperFixture fixture(true);
    QVERIFY(fixture.setCpus("0-63\n", "0-63\n", "0-63\n"));
    for (uint irq = 0; irq < Changes; ++irq)
        QVERIFY(fixture.addIrq(1000 + irq, "0-63\n"));

    // Two batches alternating, so that every change really changes a mask.
    QList<AffinityWriter::Request> batches[2];
    for (uint irq = 0; irq < Changes; ++irq) {
        batches[0].append(AffinityWriter::Request {1000 + irq, {irq % 64}});
        batches[1].append(AffinityWriter::Request {1000 + irq, {irq % 64, (irq + 1) % 64, (irq + 7) % 64}});
    }
    AffinityWriter writer(fixture.root());
    int round = 0;
    qint64 best = std::numeric_limits<qint64>::max();
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = writer.setIrqAffinities(batches[round++ % 2]);
        best = std::min(best, timer.nsecsElapsed());
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.applied.size(), qsizetype(Changes));
    }
    const double ms = double(best) / 1e6;
    qInfo("helper batch: %u changes in %.2f ms (goal <= 100 ms)", Changes, ms);
    if (ms > 100)
        qWarning("helper batch: slower than the 100 ms goal");
}

QTEST_GUILESS_MAIN(BenchHelperBatch)
#include "bench_helperbatch.moc"
