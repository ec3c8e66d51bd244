// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include <QTest>

class Teststatparser : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Teststatparser)
#include "tst_statparser.moc"
