// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

/**
 * The polkit action ids the helper checks, one per kind of change. Each must be declared in
 * polkit/org.irqscope.policy (tests/helper/tst_installfiles.cpp checks every id found in src/).
 */
namespace HelperActions {
/// SetIrqAffinity and SetIrqAffinities.
inline constexpr char16_t SetIrqAffinity[] = u"org.irqscope.set-irq-affinity";
/// SetDefaultAffinity.
inline constexpr char16_t SetDefaultAffinity[] = u"org.irqscope.set-default-affinity";
} // namespace HelperActions
