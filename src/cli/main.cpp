// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clicommands.h"
#include "irqscopeversion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("irqscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IRQSCOPE_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliCommands::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
