// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heatscale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
// viridis sampled at 0, 1/8, …, 1 (matplotlib's published table); linear in between.
constexpr std::array<std::array<int, 3>, 9> stops = {{
    {68, 1, 84},
    {71, 44, 122},
    {59, 81, 139},
    {44, 113, 142},
    {33, 144, 141},
    {39, 173, 129},
    {92, 200, 99},
    {170, 220, 50},
    {253, 231, 37},
}};
} // namespace

QColor HeatScale::color(double fraction)
{
    if (!std::isfinite(fraction))
        fraction = 0;
    fraction = std::clamp(fraction, 0.0, 1.0);
    const double position = fraction * double(stops.size() - 1);
    const size_t low = std::min(size_t(position), stops.size() - 2);
    const double t = position - double(low);
    auto mix = [&](int channel) {
        return int(std::lround(stops[low][channel] * (1 - t) + stops[low + 1][channel] * t));
    };
    return QColor(mix(0), mix(1), mix(2));
}

QColor HeatScale::textColor(double fraction)
{
    const QColor background = color(fraction);
    // Relative luminance (sRGB weights): viridis gets light above about 0.6.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}
