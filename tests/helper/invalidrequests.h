// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "affinitywriter.h"
#include "helperfixture.h"

#include <QList>
#include <QString>

/**
 * The table of invalid requests both tst_affinitywriter (the writer directly) and
 * tst_affinityhelper (through D-Bus) run against a HelperFixture: each row is a request, whether
 * it is sent as a batch, and the D-Bus error name it must give while writing nothing.
 */
namespace InvalidRequests {
/// Adds what the rows need beyond the default fixture: proc/irq/30 is a file, 31 a symbolic link to 10.
bool prepare(HelperFixture &fixture);
/// Adds the columns "requests" (QList<AffinityWriter::Request>), "batch" (bool), "error" (QString).
void addColumnsAndRows();
} // namespace InvalidRequests

Q_DECLARE_METATYPE(AffinityWriter::Request)
