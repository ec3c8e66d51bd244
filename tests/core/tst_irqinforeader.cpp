// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include <QTest>

class Testirqinforeader : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testirqinforeader)
#include "tst_irqinforeader.moc"
