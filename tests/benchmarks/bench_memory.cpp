// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mainwindow.h"
#include "syntheticinterrupts.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

/**
 * The resident set of a main window that samples a fake 256-CPU × 2000-IRQ root
 * IRQSCOPE_BENCH_SAMPLES times (default 3600: an hour at 1 Hz), with new counts every sample.
 * Prints VmRSS / VmHWM / RssAnon from /proc/self/status at the start and after 600, 1800 and
 * 3600 samples, and how much RSS grew between 600 samples and the end (the leak signal: the
 * histories are full after 300). Goal (issue): ≤ 200 MB after 3600 samples.
 *
 * Every sample rewrites the three proc files (/proc/interrupts patched in place by
 * InterruptsTicker, a few ms for the 6 MB; the small softirqs and stat generated), then calls
 * MainWindow::sampleNow() and lets the shown page repaint;
 * the page changes every 100 samples so that every view's state is exercised. The whole run
 * takes 5–7 minutes on 2 cores (hence a longer Qt Test watchdog, see main()). CTest runs 50
 * samples as a smoke test and asserts no figure.
 */
class BenchMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void residentSet();
};

namespace {
struct Memory
{
    double rss = 0; // MB
    double hwm = 0;
    double anon = 0;
};

Memory memory()
{
    QFile file(u"/proc/self/status"_s);
    Memory result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto field = [&line](const char *key, double *out) {
            if (line.startsWith(key))
                *out = line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
        };
        field("VmRSS:", &result.rss);
        field("VmHWM:", &result.hwm);
        field("RssAnon:", &result.anon);
    }
    return result;
}

/**
 * /proc/interrupts at any tick without generating it again: SyntheticInterrupts::generate() grows
 * every count linearly with the tick and prints it right-aligned in a 10-wide column, so the
 * counts of tick N are written in place over the text of tick 0 (20 ms → 3 ms per tick for
 * 256 × 2000). check() compares the result with generate().
 */
class InterruptsTicker
{
public:
    explicit InterruptsTicker(const SyntheticInterrupts::Options &options)
        : m_options(options)
    {
        SyntheticInterrupts::Options next = options;
        next.tick = options.tick + 1;
        m_base = SyntheticInterrupts::generate(options);
        m_text = m_base;
        const QByteArray later = SyntheticInterrupts::generate(next);
        if (later.size() != m_base.size())
            return; // a count outgrew its column: check() fails
        // Tokens are separated by a blank in both texts; the ones that changed are counts.
        const auto blank = [&](qsizetype i) {
            return (m_base[i] == ' ' || m_base[i] == '\n') && (later[i] == ' ' || later[i] == '\n');
        };
        for (qsizetype i = 0; i < m_base.size();) {
            if (blank(i)) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < m_base.size() && !blank(end))
                ++end;
            const QByteArray a = m_base.mid(i, end - i).trimmed();
            const QByteArray b = later.mid(i, end - i).trimmed();
            bool okA = false;
            bool okB = false;
            const quint64 va = a.toULongLong(&okA);
            const quint64 vb = b.toULongLong(&okB);
            if (okA && okB && vb > va)
                m_fields.push_back({end, va, vb - va});
            i = end;
        }
    }

    const QByteArray &at(int tick)
    {
        const quint64 ticks = quint64(tick - m_options.tick);
        for (const Field &field : m_fields) {
            char digits[24];
            const auto result = std::to_chars(digits, digits + sizeof digits, field.base + ticks * field.step);
            const qsizetype length = result.ptr - digits;
            char *end = m_text.data() + field.end;
            std::memset(end - width, ' ', width - length);
            std::memcpy(end - length, digits, size_t(length));
        }
        return m_text;
    }

    bool check(int tick)
    {
        SyntheticInterrupts::Options options = m_options;
        options.tick = tick;
        return !m_fields.empty() && at(tick) == SyntheticInterrupts::generate(options);
    }

private:
    static constexpr qsizetype width = 10; // the column of every count
    struct Field
    {
        qsizetype end; // one past the last digit
        quint64 base;
        quint64 step;
    };
    SyntheticInterrupts::Options m_options;
    QByteArray m_base;
    QByteArray m_text;
    std::vector<Field> m_fields;
};

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

void report(const char *when, int samples, double seconds)
{
    const Memory m = memory();
    qInfo("%-22s samples %5d  VmRSS %7.1f MB  VmHWM %7.1f MB  RssAnon %7.1f MB  (%.0f s)", when, samples, m.rss, m.hwm,
        m.anon, seconds);
}
} // namespace

void BenchMemory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void BenchMemory::residentSet()
{
    bool ok = false;
    const int samples = qEnvironmentVariableIntValue("IRQSCOPE_BENCH_SAMPLES", &ok);
    const int total = ok && samples > 0 ? samples : 3600;
    const SyntheticInterrupts::Options base {256, 2000, 1, 0};

    QElapsedTimer clock;
    clock.start();
    report("start", 0, 0);
    QTemporaryDir dir(SyntheticInterrupts::rootTemplate());
    QVERIFY(dir.isValid());
    QVERIFY(SyntheticInterrupts::writeSystem(dir.path(), base));
    QVERIFY(SyntheticInterrupts::writeTick(dir.path(), base));
    InterruptsTicker ticker(base);
    QVERIFY(ticker.check(7) && ticker.check(total));

    MainWindow window(SystemRoot(dir.path()), MainWindow::Source::Directory);
    auto *pause = window.findChild<QAction *>(u"actionPause"_s);
    QVERIFY(pause);
    pause->setChecked(true); // this benchmark samples, not the window's timer
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    report("window shown", window.sampleCount(), double(clock.elapsed()) / 1e3);

    const QStringList pages = {u"interrupts"_s, u"heatmap"_s, u"charts"_s, u"softirqs"_s, u"cpus"_s};
    double at600 = 0;
    double writeMs = 0;
    double sampleMs = 0;
    QElapsedTimer part;
    for (int tick = 1; tick <= total; ++tick) {
        if (tick % 100 == 1)
            window.showPage(pages[(tick / 100) % pages.size()]);
        SyntheticInterrupts::Options options = base;
        options.tick = tick;
        part.start();
        QVERIFY(writeFile(dir.filePath(u"proc/interrupts"_s), ticker.at(tick)));
        QVERIFY(writeFile(dir.filePath(u"proc/softirqs"_s), SyntheticInterrupts::generateSoftirqs(options)));
        QVERIFY(writeFile(dir.filePath(u"proc/stat"_s), SyntheticInterrupts::generateStat(options)));
        writeMs += double(part.nsecsElapsed()) / 1e6;
        part.start();
        window.sampleNow();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        sampleMs += double(part.nsecsElapsed()) / 1e6;
        if (tick == 600 || tick == 1800 || tick == 3600 || tick == total) {
            report(
                qPrintable(u"after %1 samples"_s.arg(tick)), window.sampleCount() - 1, double(clock.elapsed()) / 1e3);
            if (tick == 600)
                at600 = memory().rss;
        }
    }
    QCOMPARE(window.sampleCount(), total + 1);
    qInfo(
        "mean per sample: %.1f ms writing the files, %.1f ms sampleNow() + repaint", writeMs / total, sampleMs / total);
    if (at600 > 0)
        qInfo("VmRSS growth from sample 600 to %d: %+.1f MB", total, memory().rss - at600);
}

int main(int argc, char **argv)
{
    // An hour of samples takes several minutes: more than Qt Test's 5-minute watchdog, which
    // reads this once, before the first test function.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    BenchMemory bench;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_memory.moc"
