// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QColor>

/**
 * The colour scale for "how busy": viridis, which stays ordered for every kind of colour
 * vision and in greyscale, and reads on light and dark themes alike. Used by the table cells,
 * the heatmap and the CPU grid so that one colour means one thing everywhere.
 */
class HeatScale
{
public:
    /// The colour for @p fraction in 0..1 (clamped).
    static QColor color(double fraction);
    /// Black or white, whichever reads better on color(fraction).
    static QColor textColor(double fraction);
};
