// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "invalidrequests.h"

#include "helpererrors.h"
#include "irqvalidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Requests = QList<AffinityWriter::Request>;

bool InvalidRequests::prepare(HelperFixture &fixture)
{
    return fixture.write(u"proc/irq/30"_s, "not a directory\n") && fixture.symlink(u"proc/irq/31"_s, u"10"_s);
}

void InvalidRequests::addColumnsAndRows()
{
    QTest::addColumn<Requests>("requests");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<QString>("error");

    const QString invalid = QString::fromUtf16(HelperErrors::InvalidArgument);
    const QString range = QString::fromUtf16(HelperErrors::CpuOutOfRange);
    const QString offline = QString::fromUtf16(HelperErrors::NoOnlineCpu);
    const QString noIrq = QString::fromUtf16(HelperErrors::NoSuchIrq);

    // Fixture: nr_cpu_ids 8, CPUs 0-5 present, 0-3 online; IRQs 10-14 and 20.
    QTest::newRow("empty cpus") << Requests {{10, {}}} << false << invalid;
    QTest::newRow("duplicate cpus") << Requests {{10, {1, 1}}} << false << invalid;
    QTest::newRow("cpu == nr_cpu_ids") << Requests {{10, {8}}} << false << range;
    QTest::newRow("cpu huge") << Requests {{10, {0, 4294967295u}}} << false << range;
    QTest::newRow("cpu possible, not present") << Requests {{10, {1, 6}}} << false << range;
    QTest::newRow("offline cpus only") << Requests {{10, {4, 5}}} << false << offline;
    QTest::newRow("no such irq") << Requests {{99, {1}}} << false << noIrq;
    QTest::newRow("irq huge") << Requests {{4294967295u, {1}}} << false << noIrq;
    QTest::newRow("irq path is a file") << Requests {{30, {1}}} << false << noIrq;
    QTest::newRow("irq path is a symlink") << Requests {{31, {1}}} << false << noIrq;

    QTest::newRow("batch: empty") << Requests {} << true << invalid;
    QTest::newRow("batch: empty cpus third") << Requests {{10, {1}}, {11, {2}}, {12, {}}} << true << invalid;
    QTest::newRow("batch: offline second") << Requests {{10, {1}}, {11, {4}}, {12, {2}}} << true << offline;
    QTest::newRow("batch: cpu out of range last") << Requests {{10, {1}}, {11, {2}}, {12, {9}}} << true << range;
    QTest::newRow("batch: no such irq last") << Requests {{10, {1}}, {11, {2}}, {99, {1}}} << true << noIrq;
    QTest::newRow("batch: irq twice") << Requests {{10, {1}}, {11, {2}}, {10, {3}}} << true << invalid;
    Requests tooMany;
    for (int i = 0; i <= IrqValidation::MaxBatchSize; ++i)
        tooMany.append(AffinityWriter::Request {10, {1}});
    QTest::newRow("batch: too many changes") << tooMany << true << invalid;
}
