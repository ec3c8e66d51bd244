// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "applogging.h"
#include "irqscopeversion.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "snapshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"irqscope"_s);
    QApplication::setApplicationName(u"irqscope"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "IRQ Scope"));
    QApplication::setApplicationVersion(QStringLiteral(IRQSCOPE_VERSION_STRING));
    QApplication::setDesktopFileName(u"org.irqscope.IrqScope"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"org.irqscope.IrqScope"_s, QIcon(u":/icons/org.irqscope.IrqScope.svg"_s)));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"irqscope"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Inspect Linux interrupts: where they may go, "
        "where they really go, and how fast they arrive."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption root(
        u"root"_s, QApplication::translate("main", "Read the system below DIR instead of /."), u"DIR"_s);
    const QCommandLineOption snapshot(
        u"snapshot"_s, QApplication::translate("main", "Open a saved snapshot (read-only)."), u"FILE"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        QApplication::translate("main", "Render the main window to a PNG after the first samples, then quit."),
        u"FILE"_s);
    const QCommandLineOption page(u"page"_s,
                                  QApplication::translate("main", "Open on a page: interrupts, heatmap, charts, "
                                                                  "softirqs or cpus."),
                                  u"NAME"_s);
    const QCommandLineOption select(u"select"_s,
                                    QApplication::translate("main", "Select an interrupt at start (42, NMI)."),
                                    u"IRQ"_s);
    const QCommandLineOption samples(u"samples"_s,
                                     QApplication::translate("main", "With --screenshot: wait for N samples first."),
                                     u"N"_s, u"2"_s);
    parser.addOptions({root, snapshot, screenshot, page, select, samples});
    parser.process(app);

    if (parser.isSet(root) && parser.isSet(snapshot)) {
        std::fputs(
            qPrintable(QApplication::translate("main", "--root and --snapshot cannot be used together\n")), stderr);
        return 2;
    }

    std::unique_ptr<MainWindow> window;
    if (parser.isSet(snapshot)) {
        const QString file = parser.value(snapshot);
        const Snapshot::LoadResult loaded = Snapshot::load(file);
        if (!loaded.snapshot) {
            std::fprintf(stderr, "irqscope: %s\n", qPrintable(loaded.error));
            if (!parser.isSet(screenshot))
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Snapshot"), loaded.error);
            return 3;
        }
        window = std::make_unique<MainWindow>(
            loaded.snapshot->root(file), MainWindow::Source::Snapshot, &loaded.snapshot->meta());
    } else if (parser.isSet(root)) {
        window = std::make_unique<MainWindow>(SystemRoot(parser.value(root)), MainWindow::Source::Directory);
    } else {
        window = std::make_unique<MainWindow>(SystemRoot(), MainWindow::Source::Live);
    }

    if (parser.isSet(page) && !window->showPage(parser.value(page))) {
        std::fprintf(stderr, "irqscope: %s\n",
            qPrintable(
                QApplication::translate("main", "unknown page \"%1\" (interrupts, heatmap, charts, softirqs, cpus)")
                    .arg(parser.value(page))));
        return 2;
    }
    if (parser.isSet(select) && !window->selectInterrupt(parser.value(select)))
        std::fprintf(stderr, "irqscope: %s\n",
            qPrintable(QApplication::translate("main", "no interrupt \"%1\" to select").arg(parser.value(select))));

    if (parser.isSet(screenshot)) {
        // Used by tests and for the README's pictures: no settings from a previous session.
        return Screenshot::renderAndQuit(*window, parser.value(screenshot), parser.value(samples).toInt());
    }
    window->show();
    return QApplication::exec();
}
