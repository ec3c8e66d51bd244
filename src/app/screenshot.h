// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

class MainWindow;

/**
 * `irqscope --screenshot FILE [--samples N]`: shows the window, waits until it has N samples
 * (at least two, so rates are on screen; snapshots have one), renders it with QWidget::grab()
 * and saves a PNG. Returns the process exit code: 0 saved, 3 no data, 4 not written.
 */
namespace Screenshot {
/// @p samples: how many samples to wait for (at least 2, so that there are rates).
int renderAndQuit(MainWindow &window, const QString &file, int samples = 2);
}
