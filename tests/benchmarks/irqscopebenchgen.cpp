// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// irqscope-bench-gen CPUS IRQS [SEED] [--tick=N]: writes a synthetic /proc/interrupts to stdout
// (see SyntheticInterrupts), for load tests of the CLI and the GUI against a fake root.

#include "syntheticinterrupts.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

namespace {

std::optional<long long> number(std::string_view text, long long min, long long max)
{
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

int usage()
{
    std::fputs("usage: irqscope-bench-gen CPUS IRQS [SEED] [--tick=N]\n"
               "  CPUS 1..65536, IRQS 0..1000000, SEED 0..4294967295 (default 1), N >= 0 (default 0)\n",
        stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    SyntheticInterrupts::Options options;
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("--tick=")) {
            const auto tick = number(arg.substr(7), 0, 1'000'000);
            if (!tick)
                return usage();
            options.tick = int(*tick);
            continue;
        }
        if (arg.starts_with("-"))
            return usage();
        std::optional<long long> value;
        switch (positional++) {
        case 0:
            value = number(arg, 1, 65536);
            options.cpus = int(value.value_or(0));
            break;
        case 1:
            value = number(arg, 0, 1'000'000);
            options.irqs = int(value.value_or(0));
            break;
        case 2:
            value = number(arg, 0, 0xffffffffLL);
            options.seed = quint32(value.value_or(0));
            break;
        default:
            return usage();
        }
        if (!value)
            return usage();
    }
    if (positional < 2)
        return usage();

    const QByteArray text = SyntheticInterrupts::generate(options);
    if (std::fwrite(text.constData(), 1, size_t(text.size()), stdout) != size_t(text.size()) || std::fflush(stdout))
        return 1;
    return 0;
}
