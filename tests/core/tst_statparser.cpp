// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "statparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Times = QList<quint64>; ///< user nice system idle iowait irq softirq steal guest guest_nice
using IrqCounts = QList<std::pair<int, quint64>>; ///< IRQ number → count from the `intr` line

const QString fileName = u"/proc/stat"_s;

QList<int> range(int first, int last)
{
    QList<int> out;
    for (int i = first; i <= last; ++i)
        out.append(i);
    return out;
}

Times timesList(const CpuTimes &t)
{
    return {t.user, t.nice, t.system, t.idle, t.iowait, t.irq, t.softirq, t.steal, t.guest, t.guestNice};
}

QString joined(const Times &values)
{
    QString out;
    for (quint64 v : values)
        out += u' ' + QString::number(v);
    return out;
}

QStringList printedIssues(const QList<SourceIssue> &issues)
{
    QStringList out;
    for (const SourceIssue &issue : issues) {
        const QChar severity = issue.severity == SourceIssue::Severity::Error ? u'E' : u'W';
        QString entry = QString::number(issue.line) + u':' + severity;
        if (issue.message.trimmed().isEmpty())
            entry += u" (no message)"_s;
        if (issue.file != fileName)
            entry += u" (file "_s + issue.file + u')';
        out.append(entry);
    }
    return out;
}

// One line per thing the parser kept, in a fixed order, so a whole result compares at once.
QStringList printedStat(const std::optional<CpuStat> &stat)
{
    if (!stat)
        return {u"nullopt"_s};
    QStringList out;
    const auto times = [](const CpuTimes &t) -> QString {
        const QString name = t.cpu < 0 ? u"cpu"_s : u"cpu"_s + QString::number(t.cpu);
        return name + joined(timesList(t)) + u" /"_s + QString::number(t.fieldCount);
    };
    if (stat->all.fieldCount > 0 || stat->all.cpu != -1)
        out.append(times(stat->all));
    for (const CpuTimes &t : stat->cpus)
        out.append(times(t));
    if (stat->interruptsTotal) {
        out.append(u"intr "_s + QString::number(*stat->interruptsTotal)
            + joined(Times(stat->interruptsPerIrq.begin(), stat->interruptsPerIrq.end())));
    } else if (!stat->interruptsPerIrq.empty()) {
        out.append(u"intr without total"_s);
    }
    const auto scalar = [&out](const char16_t *name, const std::optional<quint64> &value) {
        if (value)
            out.append(QString::fromUtf16(name) + u' ' + QString::number(*value));
    };
    scalar(u"ctxt", stat->contextSwitches);
    scalar(u"btime", stat->bootTime);
    scalar(u"processes", stat->processes);
    scalar(u"procs_running", stat->procsRunning);
    scalar(u"procs_blocked", stat->procsBlocked);
    if (stat->softirqTotal)
        out.append(u"softirq "_s + QString::number(*stat->softirqTotal) + joined(stat->softirqsPerType));
    else if (!stat->softirqsPerType.isEmpty())
        out.append(u"softirq without total"_s);
    return out;
}

std::optional<CpuStat> parse(const QByteArray &text, QList<SourceIssue> &issues)
{
    IssueCollector collector(fileName, &issues);
    std::optional<CpuStat> stat = StatParser::parse(text, collector);
    if (collector.hasErrors() == stat.has_value())
        issues.append({u"test"_s, -1, u"hasErrors() disagrees with the result"_s, SourceIssue::Severity::Error});
    return stat;
}

} // namespace

class TestStatParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data();
    void captures();
    void synthetic_data();
    void synthetic();
    void intrWithThousandsOfValues();
    void timesOf();
};

void TestStatParser::captures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("cpus");
    QTest::addColumn<Times>("all");
    QTest::addColumn<int>("cpu"); ///< a CPU whose line is checked
    QTest::addColumn<Times>("cpuTimes");
    QTest::addColumn<quint64>("intrTotal");
    QTest::addColumn<int>("irqCount"); ///< values after the total on the `intr` line
    QTest::addColumn<IrqCounts>("irqCounts");
    QTest::addColumn<quint64>("softirqTotal");
    QTest::addColumn<Times>("softirqs");
    QTest::addColumn<Times>("scalars"); ///< ctxt btime processes procs_running procs_blocked

    QTest::newRow("50 x86 8cpu procfs, 132 KB intr line")
        << u"stat/50_stat_x86_8cpu_procfs.txt"_s << range(0, 7)
        << Times {301854, 612, 111922, 8979004, 3552, 2, 3944, 0, 0, 0} << 3
        << Times {47054, 102, 15683, 1113230, 533, 0, 60, 0, 0, 0} << quint64(73777505) << 65960
        << IrqCounts {{0, 41}, {1, 9}, {8, 1}, {9, 172}, {12, 190}, {17, 5772089}, {29, 521732}, {33, 277}, {34, 0},
               {65959, 0}}
        << quint64(5057579) << Times {250191, 1481983, 1647, 211099, 186066, 0, 1783454, 622196, 12499, 508444}
        << Times {38014093, 1418183276, 26442, 2, 1};

    QTest::newRow("51 x86 8cpu xen steal")
        << u"stat/51_stat_x86_8cpu_xen-steal_goprocinfo.txt"_s << range(0, 7)
        << Times {10301, 0, 4212, 2473164, 7484, 1, 51, 6932, 0, 0} << 7
        << Times {176, 0, 207, 311574, 35, 0, 0, 885, 0, 0} << quint64(734550) << 80
        << IrqCounts {{0, 0}, {16, 81581}, {17, 766}, {23, 74210}, {76, 74245}, {79, 0}} << quint64(574007)
        << Times {0, 308728, 26416, 47191, 0, 0, 1, 37863, 354, 153454} << Times {544064, 1384677090, 11873, 1, 0};

    QTest::newRow("52 x86 16cpu telegraf")
        << u"stat/52_stat_x86_16cpu_telegraf.txt"_s << range(0, 15)
        << Times {110686, 30, 36048, 15342353, 6731, 15958, 3621, 0, 0, 0} << 10
        << Times {18587, 0, 4112, 938088, 642, 7565, 197, 0, 0, 0} << quint64(20906479) << 1096
        << IrqCounts {{0, 137}, {30, 73}, {45, 2293}, {54, 194491}, {104, 842993}, {106, 129196}, {1095, 0}}
        << quint64(4988227) << Times {195425, 921067, 207, 218639, 267, 0, 30784, 2839132, 5, 782701}
        << Times {28964860, 1784274102, 6861, 2, 1};

    // Hand-edited: cpu6 is offline, so its line is absent (the aggregate still covers 8 CPUs).
    QTest::newRow("53 x86 cpu6 offline")
        << u"stat/53_stat_x86_offline-cpu6_sysstat-edited.txt"_s << QList<int> {0, 1, 2, 3, 4, 5, 7}
        << Times {97026, 2584918, 54676, 3659199, 60803, 28037, 25936, 0, 0, 0} << 7
        << Times {16395, 100925, 9124, 586713, 7293, 2107, 981, 0, 0, 0} << quint64(96974734) << 488
        << IrqCounts {{0, 8}, {8, 1}, {16, 10536}, {19, 181938}, {34, 765098}, {36, 15162}, {487, 0}}
        << quint64(39767876) << Times {72829, 29524858, 1696, 104455, 232525, 0, 267646, 4396822, 186, 5166859}
        << Times {134044213, 1555568347, 47234, 2, 0};

    // Idle, intr, ctxt and the softirq total exceed 32 bits.
    QTest::newRow("54 x86 40cpu matched set")
        << u"stat/54_stat_x86_40cpu_matched-set_pcp.txt"_s << range(0, 39)
        << Times {45064666, 1803182, 91649750, 46497356509, 1706870, 2653988, 2337052, 0, 0, 0} << 39
        << Times {699772, 3346, 2155887, 1163104579, 38573, 44181, 39681, 0, 0, 0} << quint64(7167857506) << 1560
        << IrqCounts {{0, 138}, {4, 1670}, {9, 25908655}, {18, 69}, {37, 132038}, {361, 2}, {1559, 0}}
        << quint64(5453624670)
        << Times {4, 566842679, 38887953, 902122207, 704, 0, 1675732, 1403164335, 68489, 2540862567}
        << Times {12321263180, 1747056602, 281340697, 1, 0};
}

void TestStatParser::captures()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, cpus);
    QFETCH(Times, all);
    QFETCH(int, cpu);
    QFETCH(Times, cpuTimes);
    QFETCH(quint64, intrTotal);
    QFETCH(int, irqCount);
    QFETCH(IrqCounts, irqCounts);
    QFETCH(quint64, softirqTotal);
    QFETCH(Times, softirqs);
    QFETCH(Times, scalars);

    const QByteArray text = FakeRoot::data(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    QList<SourceIssue> issues;
    const std::optional<CpuStat> stat = parse(text, issues);
    QCOMPARE(printedIssues(issues), QStringList());
    QVERIFY(stat);

    QList<int> numbers;
    for (const CpuTimes &t : stat->cpus) {
        numbers.append(t.cpu);
        QCOMPARE(t.fieldCount, 10);
    }
    QCOMPARE(numbers, cpus);

    QCOMPARE(stat->all.cpu, -1);
    QCOMPARE(stat->all.fieldCount, 10);
    QCOMPARE(timesList(stat->all), all);
    const CpuTimes *times = stat->timesOf(cpu);
    QVERIFY(times);
    QCOMPARE(times->cpu, cpu);
    QCOMPARE(timesList(*times), cpuTimes);

    QCOMPARE(stat->interruptsTotal, std::optional<quint64>(intrTotal));
    QCOMPARE(stat->interruptsPerIrq.size(), size_t(irqCount));
    for (const auto &[irq, count] : irqCounts) {
        QVERIFY(irq < irqCount);
        QCOMPARE(stat->interruptsPerIrq[size_t(irq)], count);
    }

    QCOMPARE(stat->softirqTotal, std::optional<quint64>(softirqTotal));
    QCOMPARE(stat->softirqsPerType, softirqs);
    QCOMPARE(stat->contextSwitches, std::optional<quint64>(scalars[0]));
    QCOMPARE(stat->bootTime, std::optional<quint64>(scalars[1]));
    QCOMPARE(stat->processes, std::optional<quint64>(scalars[2]));
    QCOMPARE(stat->procsRunning, std::optional<quint64>(scalars[3]));
    QCOMPARE(stat->procsBlocked, std::optional<quint64>(scalars[4]));
}

void TestStatParser::synthetic_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedIssues");

    // Linux 2.4: four time fields, and `page`, `swap`, `disk_io:` lines later kernels dropped.
    QTest::newRow("2.4-era 4-field cpu lines")
        << QByteArray("cpu  1396 0 2098 108744\n"
                      "cpu0 698 0 1049 54372\n"
                      "cpu1 698 0 1049 54372\n"
                      "page 89583 45640\n"
                      "swap 3 0\n"
                      "intr 121917 111238 3 0 4 4 0 0 3 1 2 0 0 0 0 6654 0\n"
                      "disk_io: (3,0):(6585,4946,89038,1639,91280)\n"
                      "ctxt 95588\n"
                      "btime 1043231166\n"
                      "processes 1434\n")
        << QStringList {u"cpu 1396 0 2098 108744 0 0 0 0 0 0 /4"_s, u"cpu0 698 0 1049 54372 0 0 0 0 0 0 /4"_s,
               u"cpu1 698 0 1049 54372 0 0 0 0 0 0 /4"_s, u"intr 121917 111238 3 0 4 4 0 0 3 1 2 0 0 0 0 6654 0"_s,
               u"ctxt 95588"_s, u"btime 1043231166"_s, u"processes 1434"_s}
        << QStringList();

    QTest::newRow("2.6.0 7-field cpu lines")
        << QByteArray("cpu  2255 34 2290 22625563 6290 127 456\n"
                      "cpu0 1132 34 1441 11311718 3675 127 438\n"
                      "cpu1 1123 0 849 11313845 2614 0 18\n"
                      "intr 114930548 113199788 3 0 5 263\n"
                      "ctxt 1990473\n"
                      "btime 1062191376\n"
                      "processes 2915\n"
                      "procs_running 1\n"
                      "procs_blocked 0\n")
        << QStringList {u"cpu 2255 34 2290 22625563 6290 127 456 0 0 0 /7"_s,
               u"cpu0 1132 34 1441 11311718 3675 127 438 0 0 0 /7"_s, u"cpu1 1123 0 849 11313845 2614 0 18 0 0 0 /7"_s,
               u"intr 114930548 113199788 3 0 5 263"_s, u"ctxt 1990473"_s, u"btime 1062191376"_s, u"processes 2915"_s,
               u"procs_running 1"_s, u"procs_blocked 0"_s}
        << QStringList();

    QTest::newRow("8 and 9 fields, and 12 from a future kernel")
        << QByteArray("cpu  1 2 3 4 5 6 7 8\n"
                      "cpu0 1 2 3 4 5 6 7 8 9\n"
                      "cpu1 1 2 3 4 5 6 7 8 9 10 11 12\n")
        << QStringList {u"cpu 1 2 3 4 5 6 7 8 0 0 /8"_s, u"cpu0 1 2 3 4 5 6 7 8 9 0 /9"_s,
               u"cpu1 1 2 3 4 5 6 7 8 9 10 /10"_s}
        << QStringList();

    QTest::newRow("cpu line with 3 fields is skipped")
        << QByteArray("cpu  1 2 3 4\ncpu0 1 2 3\ncpu1 5 6 7 8\n")
        << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"cpu1 5 6 7 8 0 0 0 0 0 0 /4"_s} << QStringList {u"2:W"_s};

    QTest::newRow("online CPUs only: gaps")
        << QByteArray("cpu  3 0 0 3\ncpu0 1 0 0 1\ncpu2 1 0 0 1\ncpu7 1 0 0 1\n")
        << QStringList {u"cpu 3 0 0 3 0 0 0 0 0 0 /4"_s, u"cpu0 1 0 0 1 0 0 0 0 0 0 /4"_s,
               u"cpu2 1 0 0 1 0 0 0 0 0 0 /4"_s, u"cpu7 1 0 0 1 0 0 0 0 0 0 /4"_s}
        << QStringList();

    QTest::newRow("no aggregate line is fine")
        << QByteArray("cpu3 1 2 3 4\n") << QStringList {u"cpu3 1 2 3 4 0 0 0 0 0 0 /4"_s} << QStringList();

    QTest::newRow("no cpu line") << QByteArray("intr 5 1 2\nctxt 3\n") << QStringList {u"nullopt"_s}
                                 << QStringList {u"0:E"_s};

    QTest::newRow("only a malformed cpu line")
        << QByteArray("cpu  1 x 3 4\nctxt 3\n") << QStringList {u"nullopt"_s} << QStringList {u"1:W"_s, u"0:E"_s};

    QTest::newRow("empty file") << QByteArray() << QStringList {u"nullopt"_s} << QStringList {u"0:E"_s};

    QTest::newRow("non-numeric and negative fields") << QByteArray(
        "cpu  1 2 3 4\n"
        "cpu0 1 2 -3 4\n"
        "cpu1 1 2 3 4x\n"
        "cpu2 1 2 3 4\n") << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"cpu2 1 2 3 4 0 0 0 0 0 0 /4"_s}
                                                     << QStringList {u"2:W"_s, u"3:W"_s};

    QTest::newRow("64-bit limit and overflow") << QByteArray(
        "cpu  18446744073709551615 0 0 0\n"
        "cpu0 18446744073709551616 0 0 0\n"
        "ctxt 99999999999999999999\n"
        "btime 4294967296\n") << QStringList {u"cpu 18446744073709551615 0 0 0 0 0 0 0 0 0 /4"_s, u"btime 4294967296"_s}
                                               << QStringList {u"2:W"_s, u"3:W"_s};

    QTest::newRow("CRLF line ends") << QByteArray("cpu  1 2 3 4 5 6 7\r\n"
                                                  "cpu0 1 2 3 4 5 6 7\r\n"
                                                  "intr 9 4 5\r\n"
                                                  "ctxt 12\r\n"
                                                  "softirq 3 1 2\r\n")
                                    << QStringList {u"cpu 1 2 3 4 5 6 7 0 0 0 /7"_s, u"cpu0 1 2 3 4 5 6 7 0 0 0 /7"_s,
                                           u"intr 9 4 5"_s, u"ctxt 12"_s, u"softirq 3 1 2"_s}
                                    << QStringList();

    QTest::newRow("blank lines keep line numbers")
        << QByteArray("\ncpu  1 2 3 4\n\n  \t\ncpu0 1 2\n\nctxt 5\n")
        << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"ctxt 5"_s} << QStringList {u"5:W"_s};

    QTest::newRow("last line without newline")
        << QByteArray("cpu  1 2 3 4\nprocs_blocked 7")
        << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"procs_blocked 7"_s} << QStringList();

    QTest::newRow("last line cut inside a cpu line")
        << QByteArray("cpu  1 2 3 4\ncpu0 1 2") << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s}
        << QStringList {u"2:W"_s};

    QTest::newRow("unknown lines are ignored") << QByteArray("cpu  1 2 3 4\n"
                                                             "cpufreq 1 2\n"
                                                             "page 5 6\n"
                                                             "disk_io: (3,0):(1,2,3,4,5)\n"
                                                             "some_future_counter abc\n"
                                                             "intrx 1\n")
                                               << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s} << QStringList();

    QTest::newRow("repeated lines: the first is kept")
        << QByteArray("cpu  1 2 3 4\n"
                      "cpu0 1 2 3 4\n"
                      "cpu0 9 9 9 9\n"
                      "cpu  9 9 9 9\n"
                      "ctxt 1\n"
                      "ctxt 2\n"
                      "intr 3 1\n"
                      "intr 4 2\n")
        << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"cpu0 1 2 3 4 0 0 0 0 0 0 /4"_s, u"intr 3 1"_s, u"ctxt 1"_s}
        << QStringList {u"3:W"_s, u"4:W"_s, u"6:W"_s, u"8:W"_s};

    QTest::newRow("malformed scalar lines") << QByteArray("cpu  1 2 3 4\n"
                                                          "ctxt 1 2\n"
                                                          "btime\n"
                                                          "processes abc\n"
                                                          "procs_running 3\n")
                                            << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"procs_running 3"_s}
                                            << QStringList {u"2:W"_s, u"3:W"_s, u"4:W"_s};

    QTest::newRow("malformed intr and softirq lines")
        << QByteArray("cpu  1 2 3 4\n"
                      "intr 10 1 x 3\n"
                      "softirq\n"
                      "softirq 5 1 2 3 4 y\n")
        << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s} << QStringList {u"2:W"_s, u"3:W"_s, u"4:W"_s};

    QTest::newRow("intr with a total only")
        << QByteArray("cpu  1 2 3 4\nintr 42\n") << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s, u"intr 42"_s}
        << QStringList();

    QTest::newRow("cpu number out of range") << QByteArray("cpu  1 2 3 4\ncpu99999999999 1 2 3 4\n")
                                             << QStringList {u"cpu 1 2 3 4 0 0 0 0 0 0 /4"_s} << QStringList {u"2:W"_s};
}

void TestStatParser::synthetic()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedIssues);

    QList<SourceIssue> issues;
    const std::optional<CpuStat> stat = parse(text, issues);
    QCOMPARE(printedStat(stat), expected);
    QCOMPARE(printedIssues(issues), expectedIssues);
}

void TestStatParser::intrWithThousandsOfValues()
{
    constexpr int irqs = 20000;
    QByteArray text = "cpu  1 2 3 4\nintr 123456789012";
    for (int irq = 0; irq < irqs; ++irq)
        text += ' ' + QByteArray::number(quint64(irq) * 7919 % 100003);
    text += "\nctxt 17\n";

    QList<SourceIssue> issues;
    const std::optional<CpuStat> stat = parse(text, issues);
    QCOMPARE(printedIssues(issues), QStringList());
    QVERIFY(stat);
    QCOMPARE(stat->interruptsTotal, std::optional<quint64>(123456789012));
    QCOMPARE(stat->interruptsPerIrq.size(), size_t(irqs));
    for (int irq : {0, 1, 2, 999, 12345, irqs - 1})
        QCOMPARE(stat->interruptsPerIrq[size_t(irq)], quint64(irq) * 7919 % 100003);
    QCOMPARE(stat->contextSwitches, std::optional<quint64>(17));
}

void TestStatParser::timesOf()
{
    QList<SourceIssue> issues;
    const std::optional<CpuStat> stat
        = parse(FakeRoot::data(u"stat/53_stat_x86_offline-cpu6_sysstat-edited.txt"_s), issues);
    QVERIFY(stat);
    QCOMPARE(stat->timesOf(6), nullptr);
    QCOMPARE(stat->timesOf(8), nullptr);
    QCOMPARE(stat->timesOf(-1), &stat->all);
    const CpuTimes *cpu5 = stat->timesOf(5);
    QVERIFY(cpu5);
    QCOMPARE(cpu5->cpu, 5);
    QCOMPARE(cpu5->system, quint64(6813));
    // user+nice+system+idle+iowait+irq+softirq+steal
    QCOMPARE(cpu5->total(), quint64(12544 + 308545 + 6813 + 384212 + 7913 + 3110 + 1077));

    const std::optional<CpuStat> noAggregate = parse("cpu2 1 2 3 4\n", issues);
    QVERIFY(noAggregate);
    QCOMPARE(noAggregate->timesOf(-1), nullptr);
    QCOMPARE(noAggregate->timesOf(2), &noAggregate->cpus.first());
    QCOMPARE(printedIssues(issues), QStringList());
}

QTEST_GUILESS_MAIN(TestStatParser)
#include "tst_statparser.moc"
