// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"
#include "softirqsparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// One cell of the table: softirq type, CPU number (not column), expected count.
struct Cell
{
    QString type;
    int cpu = 0;
    quint64 count = 0;
};

using Totals = QList<std::pair<QString, quint64>>;

const QStringList modernTypes = {u"HI"_s, u"TIMER"_s, u"NET_TX"_s, u"NET_RX"_s, u"BLOCK"_s, u"IRQ_POLL"_s, u"TASKLET"_s,
    u"SCHED"_s, u"HRTIMER"_s, u"RCU"_s};

const QString fileName = u"/proc/softirqs"_s;

// `2:W` / `0:E` per issue, in order; every issue must also carry a message and the file name.
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

// `cpus 0 1` then one `TYPE c0 c1 …` line per row: compared as a whole, so every count counts.
QStringList printedTable(const std::optional<SoftirqTable> &table)
{
    if (!table)
        return {u"nullopt"_s};
    QStringList out;
    QString cpus = u"cpus"_s;
    for (int cpu : table->cpus)
        cpus += u' ' + QString::number(cpu);
    out.append(cpus);
    if (table->counts.size() != size_t(table->types.size() * table->cpus.size()))
        out.append(u"counts size %1 does not match"_s.arg(table->counts.size()));
    else {
        for (qsizetype t = 0; t < table->types.size(); ++t) {
            QString row = table->types[t];
            for (quint64 count : table->countsOf(t))
                row += u' ' + QString::number(count);
            out.append(row);
        }
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Cell)

class TestSoftirqsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data();
    void captures();
    void synthetic_data();
    void synthetic();
    void garbageIsCapped();
    void describe_data();
    void describe();
};

void TestSoftirqsParser::captures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cpuCount");
    QTest::addColumn<int>("firstCpu");
    QTest::addColumn<int>("lastCpu");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<Totals>("totals");
    QTest::addColumn<int>("activeCpus"); ///< columns with at least one non-zero count

    QTest::newRow("40 x86 2cpu procfs") << u"softirqs/40_softirqs_x86_2cpu_procfs.txt"_s << 2 << 0 << 1 << modernTypes
                                        << QList<Cell> {{u"HI"_s, 0, 3}, {u"HI"_s, 1, 0}, {u"TIMER"_s, 1, 247490},
                                               {u"NET_RX"_s, 0, 55919}, {u"BLOCK"_s, 1, 262755}, {u"RCU"_s, 1, 532783}}
                                        << Totals {{u"TIMER"_s, 3023670}, {u"SCHED"_s, 3093901}, {u"IRQ_POLL"_s, 0},
                                               {u"RCU"_s, 1138654}}
                                        << 2;

    QTest::newRow("41 x86 2cpu node_exporter")
        << u"softirqs/41_softirqs_x86_2cpu_node_exporter.txt"_s << 2 << 0 << 1 << modernTypes
        << QList<Cell> {{u"HI"_s, 1, 1}, {u"NET_RX"_s, 1, 104508}, {u"TASKLET"_s, 1, 1899}, {u"HRTIMER"_s, 0, 40},
               {u"SCHED"_s, 0, 378895}}
        << Totals {{u"NET_RX"_s, 147574}, {u"RCU"_s, 302560}, {u"HI"_s, 8}} << 2;

    QTest::newRow("42 x86 8cpu sysstat") << u"softirqs/42_softirqs_x86_8cpu_sysstat.txt"_s << 8 << 0 << 7 << modernTypes
                                         << QList<Cell> {{u"HI"_s, 4, 36476}, {u"NET_RX"_s, 3, 52747},
                                                {u"BLOCK"_s, 2, 94394}, {u"TASKLET"_s, 4, 116693},
                                                {u"HRTIMER"_s, 3, 271}, {u"RCU"_s, 7, 105556}}
                                         << Totals {{u"TIMER"_s, 1456300}, {u"HI"_s, 36487}, {u"HRTIMER"_s, 271}} << 8;

    // Possible CPUs, not online ones: 128 columns, of which only CPU0..CPU3 ever count.
    QTest::newRow("44 vmware 4 online 128 possible")
        << u"softirqs/44_softirqs_x86_vmware-vm_4online_128possible.txt"_s << 128 << 0 << 127 << modernTypes
        << QList<Cell> {{u"HI"_s, 3, 199512}, {u"TIMER"_s, 2, 962137}, {u"SCHED"_s, 3, 3154266}, {u"RCU"_s, 0, 880363},
               {u"TIMER"_s, 4, 0}, {u"RCU"_s, 127, 0}}
        << Totals {{u"TIMER"_s, 4036633}, {u"SCHED"_s, 7722803}, {u"HRTIMER"_s, 0}, {u"TASKLET"_s, 799425}} << 4;

    QTest::newRow("45 x86 4cpu no trailing blanks")
        << u"softirqs/45_softirqs_x86_4cpu_martins3.txt"_s << 4 << 0 << 3 << modernTypes
        << QList<Cell> {{u"NET_RX"_s, 1, 5830758}, {u"NET_RX"_s, 2, 5819179}, {u"SCHED"_s, 0, 802183},
               {u"RCU"_s, 3, 120001}}
        << Totals {{u"NET_RX"_s, 11842359}, {u"TASKLET"_s, 2072}, {u"BLOCK"_s, 0}} << 4;

    QTest::newRow("47 i686 1cpu odd widths")
        << u"softirqs/47_softirqs_i686_1cpu_odd-widths_pcp.txt"_s << 1 << 0 << 0 << modernTypes
        << QList<Cell> {{u"TIMER"_s, 0, 6403664}, {u"RCU"_s, 0, 9479358}, {u"HRTIMER"_s, 0, 6675}, {u"SCHED"_s, 0, 0}}
        << Totals {{u"NET_RX"_s, 2315415}, {u"BLOCK"_s, 649022}} << 1;

    QTest::newRow("48 x86 40cpu matched set")
        << u"softirqs/48_softirqs_x86_40cpu_matched-set_pcp.txt"_s << 40 << 0 << 39 << modernTypes
        << QList<Cell> {{u"HI"_s, 0, 4}, {u"TIMER"_s, 0, 77050311}, {u"SCHED"_s, 0, 190324523}, {u"BLOCK"_s, 10, 32},
               {u"NET_TX"_s, 38, 1092890}, {u"RCU"_s, 39, 51247627}}
        << Totals {{u"RCU"_s, 2540862592}, {u"NET_RX"_s, 902122212}, {u"TIMER"_s, 566842681}} << 40;
}

void TestSoftirqsParser::captures()
{
    QFETCH(QString, file);
    QFETCH(int, cpuCount);
    QFETCH(int, firstCpu);
    QFETCH(int, lastCpu);
    QFETCH(QStringList, types);
    QFETCH(QList<Cell>, cells);
    QFETCH(Totals, totals);
    QFETCH(int, activeCpus);

    const QByteArray text = FakeRoot::data(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    QList<SourceIssue> issues;
    IssueCollector collector(fileName, &issues);
    const std::optional<SoftirqTable> table = SoftirqsParser::parse(text, collector);

    QCOMPARE(printedIssues(issues), QStringList());
    QVERIFY(table);
    QCOMPARE(table->cpus.size(), cpuCount);
    QCOMPARE(table->cpus.first(), firstCpu);
    QCOMPARE(table->cpus.last(), lastCpu);
    QCOMPARE(table->types, types);
    QCOMPARE(table->counts.size(), size_t(types.size() * cpuCount));

    for (const Cell &cell : cells) {
        const qsizetype type = table->types.indexOf(cell.type);
        const qsizetype column = table->cpus.indexOf(cell.cpu);
        QVERIFY2(type >= 0 && column >= 0, qPrintable(cell.type + u" CPU"_s + QString::number(cell.cpu)));
        QCOMPARE(table->count(type, column), cell.count);
        QCOMPARE(table->countsOf(type)[size_t(column)], cell.count);
    }
    for (const auto &[type, total] : totals) {
        const qsizetype index = table->types.indexOf(type);
        QVERIFY2(index >= 0, qPrintable(type));
        QCOMPARE(table->total(index), total);
    }

    int active = 0;
    for (qsizetype column = 0; column < table->cpus.size(); ++column) {
        bool counted = false;
        for (qsizetype type = 0; type < table->types.size(); ++type)
            counted = counted || table->count(type, column) != 0;
        active += counted ? 1 : 0;
    }
    QCOMPARE(active, activeCpus);
}

void TestSoftirqsParser::synthetic_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedIssues");

    // Before 2.6.36: 16 blanks, `%8s:` labels; BLOCK_IOPOLL overflows the label and starts at column 0.
    QTest::newRow("old 8-wide labels, BLOCK_IOPOLL at column 0")
        << QByteArray("                CPU0       CPU1       \n"
                      "      HI:          1          2\n"
                      "   TIMER:     123456      65432\n"
                      "  NET_TX:          3          4\n"
                      "  NET_RX:         50         60\n"
                      "   BLOCK:          7          8\n"
                      "BLOCK_IOPOLL:          9         10\n"
                      " TASKLET:         11         12\n"
                      "   SCHED:         13         14\n"
                      " HRTIMER:         15         16\n"
                      "     RCU:         17         18\n")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"TIMER 123456 65432"_s, u"NET_TX 3 4"_s, u"NET_RX 50 60"_s,
               u"BLOCK 7 8"_s, u"BLOCK_IOPOLL 9 10"_s, u"TASKLET 11 12"_s, u"SCHED 13 14"_s, u"HRTIMER 15 16"_s,
               u"RCU 17 18"_s}
        << QStringList();

    QTest::newRow("CPU numbers come from the header tokens")
        << QByteArray("                    CPU0       CPU2       CPU5\n"
                      "          HI:          1          2          3\n")
        << QStringList {u"cpus 0 2 5"_s, u"HI 1 2 3"_s} << QStringList();

    QTest::newRow("missing header") << QByteArray("          HI:          1          2\n"
                                                  "       TIMER:          3          4\n")
                                    << QStringList {u"nullopt"_s} << QStringList {u"1:E"_s};

    QTest::newRow("missing header after blank lines")
        << QByteArray("\n  \n          HI:          1\n") << QStringList {u"nullopt"_s} << QStringList {u"3:E"_s};

    QTest::newRow("empty file") << QByteArray() << QStringList {u"nullopt"_s} << QStringList {u"0:E"_s};

    QTest::newRow("only blank lines") << QByteArray("\n   \n\t\r\n") << QStringList {u"nullopt"_s}
                                      << QStringList {u"0:E"_s};

    QTest::newRow("header with a non-CPU token")
        << QByteArray("   CPU0   CPUx\n  HI:  1  2\n") << QStringList {u"nullopt"_s} << QStringList {u"1:E"_s};

    QTest::newRow("header CPU number too large") << QByteArray("   CPU0   CPU99999999999\n  HI:  1  2\n")
                                                 << QStringList {u"nullopt"_s} << QStringList {u"1:E"_s};

    QTest::newRow("header names a CPU twice") << QByteArray("   CPU0   CPU1   CPU0\n  HI:  1  2  3\n")
                                              << QStringList {u"nullopt"_s} << QStringList {u"1:E"_s};

    QTest::newRow("header only") << QByteArray("                    CPU0       CPU1       \n")
                                 << QStringList {u"cpus 0 1"_s} << QStringList();

    QTest::newRow("short row: missing counts read as 0")
        << QByteArray("                    CPU0       CPU1       CPU2       CPU3\n"
                      "          HI:          1          2\n"
                      "       TIMER:          5          6          7          8\n")
        << QStringList {u"cpus 0 1 2 3"_s, u"HI 1 2 0 0"_s, u"TIMER 5 6 7 8"_s} << QStringList {u"2:W"_s};

    QTest::newRow("row with a label and no counts")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI:\n")
        << QStringList {u"cpus 0 1"_s, u"HI 0 0"_s} << QStringList {u"2:W"_s};

    QTest::newRow("more counts than CPUs: extra ignored")
        << QByteArray("                    CPU0\n"
                      "          HI:          1     123456\n")
        << QStringList {u"cpus 0"_s, u"HI 1"_s} << QStringList {u"2:W"_s};

    QTest::newRow("non-numeric count: row skipped")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI:          1          2\n"
                      "       TIMER:          3        abc\n"
                      "      NET_TX:          4         5x\n"
                      "      NET_RX:         -1          6\n"
                      "       BLOCK:          7          8\n")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"BLOCK 7 8"_s} << QStringList {u"3:W"_s, u"4:W"_s, u"5:W"_s};

    QTest::newRow("64-bit limit and overflow")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI: 18446744073709551615          0\n"
                      "       TIMER: 18446744073709551616          1\n"
                      "      NET_TX: 99999999999999999999999999999          2\n"
                      "      NET_RX:    4294967296          3\n")
        << QStringList {u"cpus 0 1"_s, u"HI 18446744073709551615 0"_s, u"NET_RX 4294967296 3"_s}
        << QStringList {u"3:W"_s, u"4:W"_s};

    QTest::newRow("CRLF line ends") << QByteArray("                    CPU0       CPU1       \r\n"
                                                  "          HI:          1          2\r\n"
                                                  "       TIMER:          3          4\r\n")
                                    << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"TIMER 3 4"_s} << QStringList();

    QTest::newRow("blank lines keep line numbers")
        << QByteArray("\n"
                      "                    CPU0       CPU1\n"
                      "\n"
                      "          HI:          1          2\n"
                      "   \t\n"
                      "       TIMER:          3\n")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"TIMER 3 0"_s} << QStringList {u"6:W"_s};

    QTest::newRow("last line without newline")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI:          1          2\n"
                      "       TIMER:          3          4")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"TIMER 3 4"_s} << QStringList();

    QTest::newRow("last line cut inside the counts")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI:          1          2\n"
                      "       TIMER:         35")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s, u"TIMER 35 0"_s} << QStringList {u"3:W"_s};

    QTest::newRow("last line cut inside the label")
        << QByteArray("                    CPU0       CPU1\n"
                      "          HI:          1          2\n"
                      "       TIM")
        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s} << QStringList {u"3:W"_s};

    QTest::newRow("row without a colon or without a name")
        << QByteArray("                    CPU0\n"
                      "          HI          1\n"
                      "            :          2\n"
                      "       TIMER:          3\n")
        << QStringList {u"cpus 0"_s, u"TIMER 3"_s} << QStringList {u"2:W"_s, u"3:W"_s};

    QTest::newRow("tabs as separators") << QByteArray("\tCPU0\tCPU1\nHI:\t1\t2\n")
                                        << QStringList {u"cpus 0 1"_s, u"HI 1 2"_s} << QStringList();
}

void TestSoftirqsParser::synthetic()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedIssues);

    QList<SourceIssue> issues;
    IssueCollector collector(fileName, &issues);
    const std::optional<SoftirqTable> table = SoftirqsParser::parse(text, collector);
    QCOMPARE(printedTable(table), expected);
    QCOMPARE(printedIssues(issues), expectedIssues);
    QCOMPARE(collector.hasErrors(), !table.has_value());
}

void TestSoftirqsParser::garbageIsCapped()
{
    QByteArray text = "                    CPU0       CPU1\n";
    for (int i = 0; i < 60; ++i)
        text += "          HI:          x          2\n";
    text += "       TIMER:          3          4\n";

    QList<SourceIssue> issues;
    IssueCollector collector(fileName, &issues);
    const std::optional<SoftirqTable> table = SoftirqsParser::parse(text, collector);
    QCOMPARE(printedTable(table), (QStringList {u"cpus 0 1"_s, u"TIMER 3 4"_s}));
    QCOMPARE(issues.size(), IssueCollector::MaxIssuesPerFile + 1);
    QCOMPARE(issues.first().line, 2);
    QCOMPARE(issues[IssueCollector::MaxIssuesPerFile - 1].line, IssueCollector::MaxIssuesPerFile + 1);
    QCOMPARE(issues.last().line, 0); // "10 more problems not shown"
    QVERIFY(!issues.last().message.isEmpty());
}

void TestSoftirqsParser::describe_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("mustMention"); ///< empty: the type is unknown, the text must be empty

    QTest::newRow("HI") << u"HI"_s << u"tasklet"_s;
    QTest::newRow("TIMER") << u"TIMER"_s << u"timers"_s;
    QTest::newRow("NET_TX") << u"NET_TX"_s << u"transmi"_s;
    QTest::newRow("NET_RX") << u"NET_RX"_s << u"NAPI"_s;
    QTest::newRow("BLOCK") << u"BLOCK"_s << u"completion"_s;
    QTest::newRow("BLOCK_IOPOLL") << u"BLOCK_IOPOLL"_s << u"IRQ_POLL"_s;
    QTest::newRow("IRQ_POLL") << u"IRQ_POLL"_s << u"batches"_s;
    QTest::newRow("TASKLET") << u"TASKLET"_s << u"tasklet_schedule"_s;
    QTest::newRow("SCHED") << u"SCHED"_s << u"load balancing"_s;
    QTest::newRow("HRTIMER") << u"HRTIMER"_s << u"hrtimers"_s;
    QTest::newRow("RCU") << u"RCU"_s << u"grace period"_s;
    QTest::newRow("unknown") << u"NET_FOO"_s << QString();
    QTest::newRow("lower case is not a kernel name") << u"net_rx"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSoftirqsParser::describe()
{
    QFETCH(QString, type);
    QFETCH(QString, mustMention);

    const QString text = SoftirqTable::describe(type);
    if (mustMention.isEmpty()) {
        QCOMPARE(text, QString());
        return;
    }
    QVERIFY2(text.contains(mustMention, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.endsWith(u'.') && text.count(u". "_s) == 0, qPrintable(text)); // one sentence
    // Every type teaches something of its own.
    for (const QString &other : modernTypes + QStringList {u"BLOCK_IOPOLL"_s}) {
        if (other != type)
            QVERIFY2(SoftirqTable::describe(other) != text, qPrintable(other));
    }
}

QTEST_GUILESS_MAIN(TestSoftirqsParser)
#include "tst_softirqsparser.moc"
