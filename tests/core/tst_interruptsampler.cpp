// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include <QTest>

class Testinterruptsampler : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testinterruptsampler)
#include "tst_interruptsampler.moc"
