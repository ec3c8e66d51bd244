// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "screenshot.h"

#include "mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace Screenshot {

int renderAndQuit(MainWindow &window, const QString &file, int samples)
{
    samples = std::max(samples, 2);
    window.resize(1280, 800);
    window.show();
    int exitCode = 0;
    bool done = false;
    auto finish = [&] {
        if (done)
            return;
        done = true;
        if (window.sampleCount() == 0) {
            std::fputs("irqscope: no data could be read; nothing to render\n", stderr);
            exitCode = 3;
        } else {
            // Labels that just changed text are laid out on the next event loop pass.
            QApplication::processEvents();
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "irqscope: cannot write %s\n", qPrintable(file));
                exitCode = 4;
            }
        }
        QApplication::quit();
    };
    // A snapshot has one sample and no timer; a failed source has none; a paused window
    // takes no more. Otherwise the window's own timer takes them at its interval, and a
    // limit keeps a broken source from hanging a test.
    if (window.sampleCount() >= samples || window.sampleCount() == 0 || window.isPaused()
        || window.source() == MainWindow::Source::Snapshot) {
        QTimer::singleShot(0, &window, finish);
    } else {
        QObject::connect(&window, &MainWindow::sampled, &window, [&] {
            if (window.sampleCount() >= samples)
                finish();
        });
        QTimer::singleShot(window.interval() * (samples + 2) + 5000, &window, finish);
    }
    QApplication::exec();
    return exitCode;
}

} // namespace Screenshot
