// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>

class QTextStream;

/**
 * The irqscope-cli program: parses the command line (global options, a subcommand and its
 * options), reads the system through core and prints tables or JSON. It owns no data; every
 * number it prints comes from core.
 *
 * Exit codes: 0 success, 2 usage error (bad option, unknown IRQ), 3 a source could not be read.
 */
class CliCommands
{
public:
    enum ExitCode { Ok = 0, UsageError = 2, SourceError = 3 };

    /// Runs with @p arguments (argv including the program name) and returns the exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
