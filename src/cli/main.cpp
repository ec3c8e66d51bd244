// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clicommands.h"
#include "irqscopeversion.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("irqscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IRQSCOPE_VERSION_STRING));
    QTranslator qtTranslator; // "Usage:", "Options:" and parser errors of QCommandLineParser
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"irqscope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliCommands::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
