// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// bench_startup [--runs N] [--cpus C] [--irqs I] [--roots live,synthetic] [--write-root DIR]
//
// Time from process start to the first painted main window (goal: ≤ 300 ms), on the live root
// `/` and on a synthetic C × I root (default 256 × 2000, see SyntheticInterrupts). The driver
// writes the synthetic root, then starts itself N times per root as a child (`--child`) and
// prints the median of each milestone. The child does what main() of irqscope does (QApplication,
// application names, icon, translators, MainWindow, show) and records CLOCK_MONOTONIC at each
// milestone; the driver subtracts the moment just before it started the child, so the figures
// include fork, exec and dynamic loading. The first expose comes from an event filter on the
// window's QWindow, the first paint from one on the main window, and "frame" is the first
// return to the event loop after that paint (the backing store has been flushed by then).
//
// Run it under `xvfb-run -a` for a real X server, or with QT_QPA_PLATFORM=offscreen. Settings
// are read in QStandardPaths test mode (no geometry of a previous session). A child run alone
// (`bench_startup --child --root DIR`) measures from the kernel's process start time instead
// (/proc/self/stat field 22, 10 ms resolution). CTest runs one start on a small root as a smoke
// test; no figure is asserted.

#include "mainwindow.h"
#include "syntheticinterrupts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 nowNs(clockid_t clock = CLOCK_MONOTONIC)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Nanoseconds since the kernel started this process (field 22 of /proc/self/stat, in clock
// ticks since boot), on CLOCK_BOOTTIME; nullopt when unreadable.
std::optional<qint64> sinceProcessStartNs()
{
    QFile file(u"/proc/self/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold blanks: count fields after its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 ticks = fields.value(22 - 3).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return nowNs(CLOCK_BOOTTIME) - ticks * 1'000'000'000 / sysconf(_SC_CLK_TCK);
}

const QStringList milestones = {u"main"_s, u"app"_s, u"window"_s, u"expose"_s, u"paint"_s, u"frame"_s};
const std::map<QString, const char *> milestoneText = {
    {u"main"_s, "main() entered"},
    {u"app"_s, "QApplication + translators"},
    {u"window"_s, "MainWindow constructed"},
    {u"expose"_s, "first Expose"},
    {u"paint"_s, "first Paint of the window"},
    {u"frame"_s, "first frame done"},
};

class FirstFrame : public QObject
{
public:
    std::map<QString, qint64> times;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !times.contains(u"expose"_s))
            times[u"expose"_s] = nowNs();
        if (event->type() == QEvent::Paint && !times.contains(u"paint"_s)) {
            times[u"paint"_s] = nowNs();
            QTimer::singleShot(0, this, [this] {
                times[u"frame"_s] = nowNs();
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

int runChild(int argc, char **argv, qint64 mainNs)
{
    const std::optional<qint64> sinceStart = sinceProcessStartNs();
    QString rootDir;
    qint64 t0 = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--root") == 0)
            rootDir = QString::fromLocal8Bit(argv[i + 1]);
        if (qstrcmp(argv[i], "--t0") == 0)
            t0 = QByteArray(argv[i + 1]).toLongLong();
    }
    if (t0 == 0 && sinceStart)
        t0 = mainNs - *sinceStart;

    // As main() of irqscope.
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"irqscope"_s);
    QApplication::setApplicationName(u"irqscope"_s);
    QApplication::setApplicationDisplayName(u"IRQ Scope"_s);
    QApplication::setDesktopFileName(u"org.irqscope.IrqScope"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"org.irqscope.IrqScope"_s, QIcon(u":/icons/org.irqscope.IrqScope.svg"_s)));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"irqscope"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    FirstFrame frame;
    frame.times[u"main"_s] = mainNs;
    frame.times[u"app"_s] = nowNs();
    const bool live = rootDir.isEmpty() || rootDir == u"/";
    MainWindow window(
        live ? SystemRoot() : SystemRoot(rootDir), live ? MainWindow::Source::Live : MainWindow::Source::Directory);
    frame.times[u"window"_s] = nowNs();
    window.installEventFilter(&frame);
    (void)window.winId(); // creates the QWindow, so that its Expose can be watched
    window.windowHandle()->installEventFilter(&frame);
    window.show();
    QTimer::singleShot(30'000, &app, [] { QCoreApplication::exit(1); });
    const int status = QApplication::exec();

    QByteArray line = "startup";
    for (const QString &name : milestones)
        line += ' ' + name.toLatin1() + '='
            + QByteArray::number(frame.times.contains(name) ? frame.times[name] - t0 : -1);
    line += " platform=" + QGuiApplication::platformName().toLatin1() + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    return status;
}

int runDriver(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Time from process start to the first painted IRQ Scope window."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Starts per root (median reported)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption cpusOption(u"cpus"_s, u"CPUs of the synthetic root."_s, u"C"_s, u"256"_s);
    const QCommandLineOption irqsOption(u"irqs"_s, u"IRQs of the synthetic root."_s, u"I"_s, u"2000"_s);
    const QCommandLineOption rootsOption(
        u"roots"_s, u"live, synthetic or both (comma separated)."_s, u"LIST"_s, u"live,synthetic"_s);
    const QCommandLineOption writeOption(u"write-root"_s,
        u"Only write the synthetic root to DIR and exit (to profile a child, or run irqscope --root DIR)."_s, u"DIR"_s);
    parser.addOptions({runsOption, cpusOption, irqsOption, rootsOption, writeOption});
    parser.process(app);
    const int runs = std::max(parser.value(runsOption).toInt(), 1);
    const SyntheticInterrupts::Options options {
        parser.value(cpusOption).toInt(), parser.value(irqsOption).toInt(), 1, 1};
    if (parser.isSet(writeOption)) {
        const QString target = parser.value(writeOption);
        return SyntheticInterrupts::writeSystem(target, options) && SyntheticInterrupts::writeTick(target, options) ? 0
                                                                                                                    : 1;
    }

    QTemporaryDir dir(SyntheticInterrupts::rootTemplate());
    std::vector<std::pair<QString, QString>> roots; // label, directory
    for (const QString &root : parser.value(rootsOption).split(u',', Qt::SkipEmptyParts)) {
        if (root == u"live") {
            roots.emplace_back(u"live /"_s, u"/"_s);
        } else if (root == u"synthetic") {
            if (!dir.isValid() || !SyntheticInterrupts::writeSystem(dir.path(), options)
                || !SyntheticInterrupts::writeTick(dir.path(), options)) {
                std::fputs("bench_startup: cannot write the synthetic root\n", stderr);
                return 1;
            }
            roots.emplace_back(u"synthetic %1 CPUs x %2 IRQs"_s.arg(options.cpus).arg(options.irqs), dir.path());
        }
    }

    int status = 0;
    for (const auto &[label, root] : roots) {
        std::map<QString, QList<double>> ms;
        QString platform;
        for (int run = 0; run < runs; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            const qint64 t0 = nowNs();
            child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, u"--root"_s, root, u"--t0"_s, QString::number(t0)});
            if (!child.waitForFinished(60'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                std::fprintf(stderr, "bench_startup: the child on %s failed\n", qPrintable(label));
                status = 1;
                continue;
            }
            for (const QByteArray &field : child.readAllStandardOutput().trimmed().split(' ')) {
                const qsizetype equals = field.indexOf('=');
                if (equals < 0)
                    continue;
                const QString key = QString::fromLatin1(field.left(equals));
                if (key == u"platform")
                    platform = QString::fromLatin1(field.mid(equals + 1));
                else
                    ms[key].append(field.mid(equals + 1).toDouble() / 1e6);
            }
        }
        std::printf("%s, platform %s, median of %d starts, ms since the process was started:\n", qPrintable(label),
            qPrintable(platform), runs);
        for (const QString &name : milestones) {
            QList<double> values = ms[name];
            if (values.isEmpty())
                continue;
            std::sort(values.begin(), values.end());
            QStringList all;
            for (const double v : std::as_const(ms[name]))
                all.append(QString::number(v, 'f', 1));
            std::printf("  %-28s %8.1f   (%s)\n", milestoneText.at(name), values[values.size() / 2],
                qPrintable(all.join(u", ")));
        }
        std::fflush(stdout);
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainNs = nowNs(); // first thing: everything before is exec and loading
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, mainNs);
    }
    return runDriver(argc, argv);
}
