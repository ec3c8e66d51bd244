// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuset.h"
#include "fakeroot.h"
#include "interruptsparser.h"
#include "softirqsparser.h"
#include "statparser.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Kind = InterruptRow::Kind;

Q_DECLARE_METATYPE(CpuSet::ParseError)

// Hostile and damaged input for every parser of text the kernel (or a person) hands us: none
// may crash, hang or allocate without bound, and each must still report what it could read.

namespace {

constexpr int MaxIssues = IssueCollector::MaxIssuesPerFile;
constexpr qsizetype TenMegabytes = 10 * 1024 * 1024;

struct Issues
{
    QList<SourceIssue> list;

    int errors() const
    {
        return int(std::count_if(
            list.begin(), list.end(), [](const SourceIssue &i) { return i.severity == SourceIssue::Severity::Error; }));
    }
    int warnings() const { return int(list.size()) - errors(); }
    QStringList lines() const
    {
        QStringList out;
        for (const SourceIssue &i : list)
            out.append(i.toString());
        return out;
    }
};

std::optional<InterruptTable> parseInterrupts(QByteArrayView text, Issues &issues)
{
    IssueCollector collector(u"/proc/interrupts"_s, &issues.list);
    return InterruptsParser::parse(text, collector);
}

std::optional<SoftirqTable> parseSoftirqs(QByteArrayView text, Issues &issues)
{
    IssueCollector collector(u"/proc/softirqs"_s, &issues.list);
    return SoftirqsParser::parse(text, collector);
}

std::optional<CpuStat> parseStat(QByteArrayView text, Issues &issues)
{
    IssueCollector collector(u"/proc/stat"_s, &issues.list);
    return StatParser::parse(text, collector);
}

/// `           CPU0       CPU1 …` as the kernel prints it.
QByteArray header(int cpus)
{
    QByteArray out(11, ' ');
    for (int cpu = 0; cpu < cpus; ++cpu)
        out += QByteArray(QByteArray("CPU") + QByteArray::number(cpu)).leftJustified(11, ' ');
    return out + '\n';
}

/// A row label and @p cpus counts of @p value, right-aligned in 10 like the kernel's `%10u `.
QByteArray countsRow(const QByteArray &label, int cpus, quint64 value, const QByteArray &tail)
{
    QByteArray out = label.rightJustified(4, ' ') + ':';
    const QByteArray field = QByteArray::number(value).rightJustified(10, ' ');
    out.reserve(out.size() + cpus * 11 + tail.size() + 1);
    for (int cpu = 0; cpu < cpus; ++cpu)
        out += ' ' + field;
    return out + tail + '\n';
}

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

/// Random lines made of pieces that matter to the parsers, so that the fuzzing reaches past the
/// first check of every line.
QByteArray tokenSoup(quint32 seed, int lines, const QList<QByteArray> &pieces)
{
    QRandomGenerator random(seed);
    QByteArray out;
    for (int line = 0; line < lines; ++line) {
        const int count = int(random.bounded(24));
        for (int i = 0; i < count; ++i)
            out += pieces[random.bounded(int(pieces.size()))];
        out += '\n';
    }
    return out;
}

const QList<QByteArray> &interruptPieces()
{
    static const QList<QByteArray> pieces = {
        "  0:",
        " 17:",
        "NMI:",
        "IPI0:",
        "ERR:",
        "Err:",
        "FIQ:",
        "I/O:",
        ":",
        " ",
        "   ",
        "\t",
        "\r",
        QByteArray(1, '\0'),
        "0",
        "12",
        "4294967295",
        "18446744073709551615",
        "184467440737095516150",
        "  IO-APIC",
        "2-edge",
        "-fasteoi",
        "IR-PCI-MSI-0000:00:1c.0",
        "Level",
        "Edge",
        "oob",
        "oob-edge",
        ", ",
        "timer",
        "ehci_hcd:usb1",
        "-",
        "--edge",
        "SiFive PLIC",
        "x",
        "CPU0",
        "\xff\xfe",
        "é",
    };
    return pieces;
}

quint64 saturatingSum(std::span<const quint64> values)
{
    quint64 total = 0;
    for (quint64 v : values) {
        if (__builtin_add_overflow(total, v, &total))
            return std::numeric_limits<quint64>::max();
    }
    return total;
}

/// What must hold for any table the interrupts parser returns, whatever the input.
void verifyInterruptTable(const InterruptTable &table, int lineCount)
{
    QCOMPARE(table.counts.size(), size_t(table.rows.size()) * size_t(table.cpus.size()));
    QVERIFY(!table.cpus.isEmpty());
    int previousLine = 0;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const InterruptRow &row = table.rows[i];
        QVERIFY(row.line > previousLine);
        QVERIFY(row.line <= lineCount);
        previousLine = row.line;
        QVERIFY(!row.id.isEmpty());
        QCOMPARE(row.occurrence, seen[row.id]++);
        const auto counts = table.countsOf(i);
        if (row.kind == Kind::Single) {
            QVERIFY(std::all_of(counts.begin(), counts.end(), [](quint64 v) { return v == 0; }));
        } else {
            QCOMPARE(row.total, saturatingSum(counts));
        }
        if (row.kind == Kind::Irq) {
            // The label as printed; a leading zero (never printed by a kernel) is still IRQ N.
            bool ok = false;
            QCOMPARE(row.id.toUInt(&ok), row.irq);
            QVERIFY(ok);
            QVERIFY(row.description.isEmpty());
        } else {
            QVERIFY(row.chip.isEmpty() && row.hwirq.isEmpty() && row.actions.isEmpty());
        }
        for (const QString &action : row.actions)
            QVERIFY(!action.isEmpty() && action == action.trimmed());
    }
}

void verifySoftirqTable(const SoftirqTable &table)
{
    QCOMPARE(table.counts.size(), size_t(table.types.size()) * size_t(table.cpus.size()));
    QVERIFY(!table.cpus.isEmpty());
    for (const QString &type : table.types)
        QVERIFY(!type.isEmpty());
}

/// No more than the cap plus the summary line, plus the one error that ends a parse.
void verifyIssueCap(const Issues &issues)
{
    QVERIFY2(issues.list.size() <= MaxIssues + 2, qPrintable(QString::number(issues.list.size())));
    QVERIFY(issues.errors() <= 1);
    for (const SourceIssue &issue : issues.list)
        QVERIFY2(issue.message.size() < 300, qPrintable(issue.message.left(300)));
}

int countLines(QByteArrayView text)
{
    return int(std::count(text.begin(), text.end(), '\n')) + 1;
}

struct TimesKey
{
    int cpu;
    quint64 user, nice, system, idle, iowait, irq, softirq, steal, guest, guestNice;
    int fieldCount;
    friend bool operator==(const TimesKey &, const TimesKey &) = default;
};

TimesKey keyOf(const CpuTimes &t)
{
    return {t.cpu, t.user, t.nice, t.system, t.idle, t.iowait, t.irq, t.softirq, t.steal, t.guest, t.guestNice,
        t.fieldCount};
}

} // namespace

class TestParserRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // /proc/interrupts
    void interruptsSmallInputs_data();
    void interruptsSmallInputs();
    void interruptsEveryPrefix_data();
    void interruptsEveryPrefix();
    void interruptsBinaryGarbage_data();
    void interruptsBinaryGarbage();
    void interruptsTokenSoup_data();
    void interruptsTokenSoup();
    void interruptsHugeInputs_data();
    void interruptsHugeInputs();
    void interruptsWideRows();
    void interruptsManyCpus();
    void interruptsOverflow_data();
    void interruptsOverflow();
    void interruptsLongLabels();
    void interruptsIssueCap();
    void interruptsExtraCounts();
    void interruptsMemoryBound();

    // /proc/softirqs
    void softirqsSmallInputs_data();
    void softirqsSmallInputs();
    void softirqsEveryPrefix_data();
    void softirqsEveryPrefix();
    void softirqsGarbage_data();
    void softirqsGarbage();
    void softirqsHugeAndWide();

    // /proc/stat
    void statSmallInputs_data();
    void statSmallInputs();
    void statEveryPrefix_data();
    void statEveryPrefix();
    void statGarbage_data();
    void statGarbage();
    void statHugeLines();

    // CPU masks and lists
    void cpuSetEdgeCases_data();
    void cpuSetEdgeCases();
    void cpuSetGarbage_data();
    void cpuSetGarbage();
    void cpuSetEveryPrefix_data();
    void cpuSetEveryPrefix();
};

// ---------------------------------------------------------------------------------------------
// /proc/interrupts

void TestParserRobustness::interruptsSmallInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hasTable");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    QTest::newRow("empty") << QByteArray() << false << 0 << 0 << 1 << 0;
    QTest::newRow("only newlines") << QByteArray("\n\n\n") << false << 0 << 0 << 1 << 0;
    QTest::newRow("only blanks") << QByteArray("   \t  \r\n  ") << false << 0 << 0 << 1 << 0;
    QTest::newRow("only NUL") << QByteArray(16, '\0') << false << 0 << 0 << 1 << 1;
    QTest::newRow("only a header") << header(4) << true << 4 << 0 << 0 << 0;
    QTest::newRow("only a header, no newline") << header(2).chopped(1) << true << 2 << 0 << 0 << 0;
    QTest::newRow("only a header, CRLF") << QByteArray("  CPU0  CPU1\r\n") << true << 2 << 0 << 0 << 0;
    QTest::newRow("header after blank lines") << QByteArray("\n  \n") + header(1) << true << 1 << 0 << 0 << 0;
    QTest::newRow("header of words") << QByteArray("hello world\n") << false << 0 << 0 << 1 << 2;
    QTest::newRow("header CPU without number") << QByteArray("CPU CPUx\n") << false << 0 << 0 << 1 << 2;
    QTest::newRow("first line is a row") << QByteArray("  0:  5  IO-APIC 2-edge timer\n") << false << 0 << 0 << 1 << 0;
    QTest::newRow("duplicate CPU in header") << QByteArray("CPU0 CPU0\n") << true << 2 << 0 << 0 << 1;
    QTest::newRow("label only") << header(2) + "  0:\n" << true << 2 << 1 << 0 << 1;
    QTest::newRow("colon only") << header(2) + ":\n" << true << 2 << 0 << 0 << 1;
    QTest::newRow("no colon") << header(2) + "hello there\n" << true << 2 << 0 << 0 << 1;
    QTest::newRow("NUL inside a row") << header(2) + QByteArray("  0:  5  6  IO-APIC\0 2-edge  timer\n", 35) << true
                                      << 2 << 1 << 0 << 0;
    QTest::newRow("tabs") << header(2) + "\t0:\t5\t6\tIO-APIC\t2-edge\ttimer\n" << true << 2 << 1 << 0 << 0;
    QTest::newRow("fewer counts than CPUs")
        << header(4) + countsRow("0", 2, 1, "   IO-APIC   2-edge      timer") << true << 4 << 1 << 0 << 1;
    QTest::newRow("arch row with fewer counts")
        << header(4) + countsRow("NMI", 3, 1, "   Non-maskable interrupts") << true << 4 << 1 << 0 << 1;
}

void TestParserRobustness::interruptsSmallInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hasTable);
    QFETCH(int, cpus);
    QFETCH(int, rows);
    QFETCH(int, errors);
    QFETCH(int, warnings);

    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QCOMPARE(table.has_value(), hasTable);
    QCOMPARE(issues.errors(), errors);
    QCOMPARE(issues.warnings(), warnings);
    if (table) {
        QCOMPARE(table->cpus.size(), cpus);
        QCOMPARE(table->rows.size(), rows);
        verifyInterruptTable(*table, countLines(text));
    }
}

void TestParserRobustness::interruptsEveryPrefix_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("01_x86_kvm-guest_virtio_4cpu") << u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s;
    QTest::newRow("03_arm64_aws-graviton_gicv3_its_8cpu") << u"interrupts/03_arm64_aws-graviton_gicv3_its_8cpu.txt"_s;
}

void TestParserRobustness::interruptsEveryPrefix()
{
    // A read cut short at any byte (a racing reader, a truncated copy): the complete lines must
    // give exactly the rows they give in the whole file, the cut line at most one more row.
    QFETCH(QString, file);
    const QByteArray full = FakeRoot::data(file);
    QVERIFY(!full.isEmpty());
    Issues fullIssues;
    const auto whole = parseInterrupts(full, fullIssues);
    QVERIFY(whole);
    QVERIFY(fullIssues.list.isEmpty());
    const qsizetype headerEnd = full.indexOf('\n');
    const qsizetype firstCpu = full.indexOf("CPU0") + 4;

    for (qsizetype size = 0; size <= full.size(); ++size) {
        const QByteArrayView prefix(full.constData(), size);
        Issues issues;
        const auto table = parseInterrupts(prefix, issues);
        const QByteArray where = "prefix of " + QByteArray::number(size) + " bytes";
        QVERIFY2(table.has_value() == (size >= firstCpu), where.constData());
        verifyIssueCap(issues);
        if (!table)
            continue;
        verifyInterruptTable(*table, countLines(prefix));
        if (QTest::currentTestFailed()) {
            qWarning("%s", where.constData());
            return;
        }
        if (size <= headerEnd)
            continue;
        QCOMPARE(table->cpus, whole->cpus);

        // Rows of lines that end before the cut.
        const qsizetype lastNewline = prefix.toByteArray().lastIndexOf('\n');
        const int completeLines = int(std::count(prefix.begin(), prefix.begin() + lastNewline + 1, '\n'));
        qsizetype complete = 0;
        while (complete < whole->rows.size() && whole->rows[complete].line <= completeLines)
            ++complete;
        QVERIFY2(table->rows.size() == complete || table->rows.size() == complete + 1, where.constData());
        for (qsizetype i = 0; i < complete; ++i) {
            const InterruptRow &a = table->rows[i];
            const InterruptRow &b = whole->rows[i];
            QVERIFY2(a.id == b.id && a.line == b.line && a.kind == b.kind && a.total == b.total && a.chip == b.chip
                    && a.hwirq == b.hwirq && a.trigger == b.trigger && a.actions == b.actions
                    && a.description == b.description,
                where.constData());
            QVERIFY2(std::equal(table->countsOf(i).begin(), table->countsOf(i).end(), whole->countsOf(i).begin()),
                where.constData());
        }
    }
}

void TestParserRobustness::interruptsBinaryGarbage_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("size");
    for (quint32 seed : {1u, 2u, 3u, 42u, 0xdeadbeefu}) {
        for (int size : {1, 7, 64, 4096, 1 << 20}) {
            QTest::addRow("seed %u, %d bytes", seed, size) << seed << size;
        }
    }
}

void TestParserRobustness::interruptsBinaryGarbage()
{
    QFETCH(quint32, seed);
    QFETCH(int, size);
    const QByteArray garbage = randomBytes(seed, size);

    // On its own, garbage has no header: one error, nothing else read.
    {
        Issues issues;
        const auto table = parseInterrupts(garbage, issues);
        verifyIssueCap(issues);
        if (table) {
            verifyInterruptTable(*table, countLines(garbage));
        } else {
            QCOMPARE(issues.errors(), 1);
        }
    }
    // Behind a valid header, garbage lines are skipped with (capped) warnings.
    {
        const QByteArray text = header(4) + garbage;
        Issues issues;
        const auto table = parseInterrupts(text, issues);
        QVERIFY(table);
        QCOMPARE(table->cpus, QList<int>({0, 1, 2, 3}));
        QCOMPARE(issues.errors(), 0);
        verifyIssueCap(issues);
        verifyInterruptTable(*table, countLines(text));
    }
}

void TestParserRobustness::interruptsTokenSoup_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestParserRobustness::interruptsTokenSoup()
{
    QFETCH(quint32, seed);
    const QByteArray text = header(3) + tokenSoup(seed, 400, interruptPieces());
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(table->cpus.size(), 3);
    QCOMPARE(issues.errors(), 0);
    verifyIssueCap(issues);
    verifyInterruptTable(*table, countLines(text));
    // Each soup line is read as at most one row.
    QVERIFY(table->rows.size() <= 400);
}

void TestParserRobustness::interruptsHugeInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hasTable");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("warnings");

    QTest::newRow("10 MB line without header") << QByteArray(TenMegabytes, 'x') << false << 0 << 1;
    QTest::newRow("10 MB header token") << QByteArray("CPU") + QByteArray(TenMegabytes, '0') + '\n' << false << 0 << 1;
    QTest::newRow("10 MB of blanks after the header") << header(2) + QByteArray(TenMegabytes, ' ') + '\n'
                                                      << true << 0 << 0;
    QTest::newRow("10 MB of newlines after the header") << header(2) + QByteArray(TenMegabytes, '\n') << true << 0 << 0;
    QTest::newRow("10 MB count") << header(2) + "  0: " + QByteArray(TenMegabytes, '1') + '\n' << true << 0 << 1;
    QTest::newRow("10 MB label") << header(2) + QByteArray(TenMegabytes, 'L') + ": 1 2\n" << true << 0 << 1;
    QTest::newRow("10 MB action name") << header(2) + "  0:          5          7   IO-APIC   2-edge      "
            + QByteArray(TenMegabytes, 'a')
            + '\n' << true << 1 << 0;
    QTest::newRow("10 MB description") << header(2) + " NMI:          5          7   " + QByteArray(TenMegabytes, 'd')
                                       << true << 1 << 0;
}

void TestParserRobustness::interruptsHugeInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hasTable);
    QFETCH(int, rows);
    QFETCH(int, warnings);

    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QCOMPARE(table.has_value(), hasTable);
    QCOMPARE(issues.warnings(), warnings);
    QCOMPARE(issues.errors(), hasTable ? 0 : 1);
    verifyIssueCap(issues);
    if (!table)
        return;
    QCOMPARE(table->rows.size(), rows);
    verifyInterruptTable(*table, countLines(text));
    if (rows == 1) {
        const InterruptRow &row = table->rows.first();
        QCOMPARE(row.total, 12u);
        if (row.kind == Kind::Irq) {
            QCOMPARE(row.chip, u"IO-APIC"_s);
            QCOMPARE(row.actions.size(), 1);
            QCOMPARE(row.actions.first().size(), TenMegabytes);
        } else {
            QCOMPARE(row.description.size(), TenMegabytes);
        }
    }
}

void TestParserRobustness::interruptsWideRows()
{
    // A row of 100000 count columns under a 4-CPU header: exactly 4 counts are taken.
    QByteArray row = "  0:";
    for (int i = 0; i < 100000; ++i)
        row += "          7";
    const QByteArray text = header(4) + row + '\n' + countsRow("1", 4, 3, "   IO-APIC   1-edge      i8042");
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    verifyInterruptTable(*table, countLines(text));
    QCOMPARE(table->rows[0].total, 28u);
    QCOMPARE(table->rows[1].total, 12u);
    QCOMPARE(table->rows[1].actions, QStringList {u"i8042"_s});
}

void TestParserRobustness::interruptsManyCpus()
{
    // More CPUs than any kernel since NR_CPUS=4096 has: 4097 columns.
    constexpr int cpus = 4097;
    const QByteArray text = header(cpus) + countsRow("0", cpus, 1, "   IO-APIC   2-edge      timer")
        + countsRow("LOC", cpus, 4294967295u, "   Local timer interrupts") + " ERR:          3\n";
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(issues.lines(), QStringList());
    QCOMPARE(table->cpus.size(), cpus);
    QCOMPARE(table->cpus.first(), 0);
    QCOMPARE(table->cpus.last(), cpus - 1);
    QCOMPARE(table->columnOf(4096), 4096);
    QCOMPARE(table->rows.size(), 3);
    verifyInterruptTable(*table, countLines(text));
    QCOMPARE(table->rows[0].total, quint64(cpus));
    QCOMPARE(table->rows[0].actions, QStringList {u"timer"_s});
    QCOMPARE(table->rows[1].kind, Kind::Arch);
    QCOMPARE(table->rows[1].total, quint64(cpus) * 4294967295u);
    QCOMPARE(table->rows[1].description, u"Local timer interrupts"_s);
    QCOMPARE(table->rows[2].kind, Kind::Single);
    QCOMPARE(table->rows[2].total, 3u);
}

void TestParserRobustness::interruptsOverflow_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("warningLines");
    QTest::addColumn<quint64>("firstTotal");

    const QByteArray thirty = "123456789012345678901234567890";
    const QByteArray tail = "   IO-APIC   1-edge      i8042\n";
    QTest::newRow("30-digit count in an IRQ row") << header(2) + "  0: " + thirty
            + "          0   IO-APIC   2-edge      timer\n" + "  1:          1          2" + tail
                                                  << QStringList {u"1"_s} << QList<int> {2} << quint64(3);
    QTest::newRow("30-digit count in an arch row") << header(2) + " NMI:          1 " + thirty
            + "   Non-maskable interrupts\n" + "  1:          1          2" + tail
                                                   << QStringList {u"1"_s} << QList<int> {2} << quint64(3);
    QTest::newRow("30-digit single value") << header(2) + " ERR: " + thirty + "\n" + "  1:          1          2" + tail
                                           << QStringList {u"1"_s} << QList<int> {2} << quint64(3);
    QTest::newRow("2^64 - 1 fits") << header(2) + "  1: 18446744073709551615          0" + tail << QStringList {u"1"_s}
                                   << QList<int> {} << quint64(18446744073709551615u);
    QTest::newRow("2^64 overflows") << header(2) + "  0: 18446744073709551616          0" + tail + "  1:          1 2"
            + tail << QStringList {u"1"_s}
                                    << QList<int> {2} << quint64(3);
    QTest::newRow("total saturates") << header(2) + "  1: 18446744073709551615 18446744073709551615" + tail
                                     << QStringList {u"1"_s} << QList<int> {} << quint64(18446744073709551615u);
}

void TestParserRobustness::interruptsOverflow()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, warningLines);
    QFETCH(quint64, firstTotal);

    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QStringList gotIds;
    for (const InterruptRow &row : table->rows)
        gotIds.append(row.id);
    QCOMPARE(gotIds, ids);
    QList<int> gotLines;
    for (const SourceIssue &issue : issues.list) {
        QCOMPARE(issue.severity, SourceIssue::Severity::Warning);
        gotLines.append(issue.line);
    }
    QCOMPARE(gotLines, warningLines);
    QCOMPARE(table->rows.first().total, firstTotal);
    QCOMPARE(table->rows.first().actions, QStringList {u"i8042"_s});
    verifyInterruptTable(*table, countLines(text));
}

void TestParserRobustness::interruptsLongLabels()
{
    const QByteArray text = header(2) + QByteArray(1000, 'L') + ":          1          2   Something\n"
        + QByteArray(1000, '7') + ":          1          2   IO-APIC   1-edge      x\n"
        + countsRow("NMI", 2, 5, "   Non-maskable interrupts");
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().id, u"NMI"_s);
    QCOMPARE(table->rows.first().total, 10u);
    QCOMPARE(issues.warnings(), 2);
    QCOMPARE(issues.list[0].line, 2);
    QCOMPARE(issues.list[1].line, 3);
    verifyIssueCap(issues);
}

void TestParserRobustness::interruptsIssueCap()
{
    QByteArray text = header(2);
    for (int i = 0; i < 200; ++i)
        text += "garbage without a label\n";
    text += countsRow("0", 2, 1, "   IO-APIC   2-edge      timer");
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().line, 202);
    QCOMPARE(issues.list.size(), MaxIssues + 1);
    for (int i = 0; i < MaxIssues; ++i)
        QCOMPARE(issues.list[i].line, i + 2);
    const SourceIssue &summary = issues.list.last();
    QCOMPARE(summary.line, 0);
    QCOMPARE(summary.severity, SourceIssue::Severity::Warning);
    QVERIFY2(summary.message.contains(u"150"_s), qPrintable(summary.message));
}

void TestParserRobustness::interruptsExtraCounts()
{
    // A CPU coming online while the file is read gives a row with more counts than the header
    // names (FORMAT.md 1.3). The extra count must not end up in the chip name, and the row
    // deserves a warning, as SoftirqsParser gives one.
    const QByteArray text = header(2) + "  0:          1          2          3   IO-APIC   2-edge      timer\n";
    Issues issues;
    const auto table = parseInterrupts(text, issues);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    const InterruptRow &row = table->rows.first();
    QCOMPARE(row.total, 3u);
    QCOMPARE(row.hwirq, u"2"_s);
    QCOMPARE(row.trigger, u"edge"_s);
    QCOMPARE(row.actions, QStringList {u"timer"_s});
    QCOMPARE(row.chip, u"IO-APIC"_s);
    QCOMPARE(issues.warnings(), 1);
}

void TestParserRobustness::interruptsMemoryBound()
{
    // A 45 KB header of 4097 CPUs makes every later line cost 32 KB of counts. The table must
    // stay in proportion to the text. Before the bound, 4097 CPUs + 1 MB of "\n" reserved
    // lines × CPUs counts (34 GB) and 300000 lines of "0:" padded 1.2 G counts: both aborted
    // the process with std::bad_alloc. Both run here at full size.
    constexpr int cpus = 4097;
    {
        QByteArray text = header(cpus);
        for (int i = 0; i < 300000; ++i)
            text += "0:\n";
        Issues issues;
        const auto table = parseInterrupts(text, issues);
        QVERIFY(table);
        verifyIssueCap(issues);
        QVERIFY2(table->counts.size() <= size_t(text.size()),
            qPrintable(u"%1 counts from %2 bytes"_s.arg(table->counts.size()).arg(text.size())));
    }
    {
        const QByteArray text = header(cpus) + QByteArray(1024 * 1024, '\n');
        Issues issues;
        const auto table = parseInterrupts(text, issues);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 0);
        QVERIFY2(table->counts.capacity() <= size_t(text.size()),
            qPrintable(u"capacity %1 for %2 bytes"_s.arg(table->counts.capacity()).arg(text.size())));
    }
}

// ---------------------------------------------------------------------------------------------
// /proc/softirqs

void TestParserRobustness::softirqsSmallInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hasTable");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<int>("warnings");

    const QByteArray softHeader = "                    CPU0       CPU1\n";
    QTest::newRow("empty") << QByteArray() << false << 0 << QStringList() << 0;
    QTest::newRow("only newlines") << QByteArray("\n\n") << false << 0 << QStringList() << 0;
    QTest::newRow("only NUL") << QByteArray(8, '\0') << false << 0 << QStringList() << 0;
    QTest::newRow("only a header") << softHeader << true << 2 << QStringList() << 0;
    QTest::newRow("header of words") << QByteArray("hello world\n") << false << 0 << QStringList() << 0;
    QTest::newRow("first line is a row") << QByteArray("          HI:          0          2\n") << false << 0
                                         << QStringList() << 0;
    QTest::newRow("label only") << softHeader + "          HI:\n" << true << 2 << QStringList {u"HI"_s} << 1;
    QTest::newRow("colon only") << softHeader + ":\n" << true << 2 << QStringList() << 1;
    QTest::newRow("no colon") << softHeader + "TIMER 1 2\n" << true << 2 << QStringList() << 1;
    QTest::newRow("30-digit count") << softHeader + "       TIMER: 123456789012345678901234567890 0\n"
            + "      NET_RX:          1          2\n"
                                    << true << 2 << QStringList {u"NET_RX"_s} << 1;
    QTest::newRow("not a number") << softHeader + "       TIMER:        12x          0\n"
                                  << true << 2 << QStringList() << 1;
    QTest::newRow("1000-char label") << softHeader + QByteArray(1000, 'T') + ":          1          2\n"
                                     << true << 2 << QStringList {QString(1000, u'T')} << 0;
    QTest::newRow("CRLF") << QByteArray("   CPU0\r\n    HI:  1\r\n TIMER:  2\r\n") << true << 1
                          << QStringList {u"HI"_s, u"TIMER"_s} << 0;
}

void TestParserRobustness::softirqsSmallInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hasTable);
    QFETCH(int, cpus);
    QFETCH(QStringList, types);
    QFETCH(int, warnings);

    Issues issues;
    const auto table = parseSoftirqs(text, issues);
    QCOMPARE(table.has_value(), hasTable);
    QCOMPARE(issues.errors(), hasTable ? 0 : 1);
    QCOMPARE(issues.warnings(), warnings);
    verifyIssueCap(issues);
    if (!table)
        return;
    QCOMPARE(table->cpus.size(), cpus);
    QCOMPARE(table->types, types);
    verifySoftirqTable(*table);
}

void TestParserRobustness::softirqsEveryPrefix_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("42_softirqs_x86_8cpu_sysstat") << u"softirqs/42_softirqs_x86_8cpu_sysstat.txt"_s;
    QTest::newRow("47_softirqs_i686_1cpu_odd-widths_pcp") << u"softirqs/47_softirqs_i686_1cpu_odd-widths_pcp.txt"_s;
}

void TestParserRobustness::softirqsEveryPrefix()
{
    QFETCH(QString, file);
    const QByteArray full = FakeRoot::data(file);
    QVERIFY(!full.isEmpty());
    Issues fullIssues;
    const auto whole = parseSoftirqs(full, fullIssues);
    QVERIFY(whole);
    QVERIFY(fullIssues.list.isEmpty());
    const qsizetype headerEnd = full.indexOf('\n');

    for (qsizetype size = 0; size <= full.size(); ++size) {
        const QByteArrayView prefix(full.constData(), size);
        const QByteArray where = "prefix of " + QByteArray::number(size) + " bytes";
        Issues issues;
        const auto table = parseSoftirqs(prefix, issues);
        verifyIssueCap(issues);
        if (table)
            verifySoftirqTable(*table);
        if (size <= headerEnd)
            continue;
        QVERIFY2(table, where.constData());
        QCOMPARE(table->cpus, whole->cpus);
        const qsizetype lastNewline = prefix.toByteArray().lastIndexOf('\n');
        const int completeRows = int(std::count(prefix.begin(), prefix.begin() + lastNewline + 1, '\n')) - 1;
        QVERIFY2(table->types.size() == completeRows || table->types.size() == completeRows + 1, where.constData());
        for (qsizetype i = 0; i < completeRows; ++i) {
            QCOMPARE(table->types[i], whole->types[i]);
            QVERIFY2(std::equal(table->countsOf(i).begin(), table->countsOf(i).end(), whole->countsOf(i).begin()),
                where.constData());
        }
    }
}

void TestParserRobustness::softirqsGarbage_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 0xdeadbeefu})
        QTest::addRow("seed %u", seed) << seed;
}

void TestParserRobustness::softirqsGarbage()
{
    QFETCH(quint32, seed);
    const QByteArray garbage = randomBytes(seed, 64 * 1024);
    {
        Issues issues;
        const auto table = parseSoftirqs(garbage, issues);
        verifyIssueCap(issues);
        QVERIFY(!table);
        QCOMPARE(issues.errors(), 1);
    }
    {
        const QByteArray text = "   CPU0   CPU1   CPU2\n" + garbage;
        Issues issues;
        const auto table = parseSoftirqs(text, issues);
        QVERIFY(table);
        QCOMPARE(issues.errors(), 0);
        verifyIssueCap(issues);
        verifySoftirqTable(*table);
    }
    {
        const QList<QByteArray> pieces = {"HI:", "NET_RX:", ":", " ", "  ", "\t", "\r", "0", "42",
            "18446744073709551615", "18446744073709551616", "x", "CPU1", "-1", QByteArray(1, '\0')};
        const QByteArray text = "   CPU0   CPU1   CPU2\n" + tokenSoup(seed, 400, pieces);
        Issues issues;
        const auto table = parseSoftirqs(text, issues);
        QVERIFY(table);
        QCOMPARE(issues.errors(), 0);
        verifyIssueCap(issues);
        verifySoftirqTable(*table);
        QVERIFY(table->types.size() <= 400);
    }
}

void TestParserRobustness::softirqsHugeAndWide()
{
    // 10 MB of one row: far more counts than CPUs, the extra ones are ignored with a warning.
    {
        QByteArray row = "       TIMER:";
        row.reserve(TenMegabytes + 16);
        while (row.size() < TenMegabytes)
            row += " 1";
        const QByteArray text = "   CPU0   CPU1\n" + row + '\n';
        Issues issues;
        const auto table = parseSoftirqs(text, issues);
        QVERIFY(table);
        QCOMPARE(table->types, QStringList {u"TIMER"_s});
        QCOMPARE(table->total(0), 2u);
        QCOMPARE(issues.warnings(), 1);
    }
    // 4097 possible CPUs.
    {
        QByteArray text = header(4097);
        text += countsRow("HI", 4097, 2, {});
        text += countsRow("TIMER", 4097, 3, {});
        Issues issues;
        const auto table = parseSoftirqs(text, issues);
        QVERIFY(table);
        QCOMPARE(issues.lines(), QStringList());
        QCOMPARE(table->cpus.size(), 4097);
        QCOMPARE(table->types, (QStringList {u"HI"_s, u"TIMER"_s}));
        QCOMPARE(table->total(1), 3u * 4097u);
    }
    // A 45 KB header and many short rows may not blow up.
    {
        QByteArray text = header(4097);
        for (int i = 0; i < 2000; ++i)
            text += "X:\n";
        Issues issues;
        const auto table = parseSoftirqs(text, issues);
        QVERIFY(table);
        verifyIssueCap(issues);
        verifySoftirqTable(*table);
        QVERIFY(table->counts.size() <= size_t(text.size()));
    }
}

// ---------------------------------------------------------------------------------------------
// /proc/stat

void TestParserRobustness::statSmallInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hasStat");
    QTest::addColumn<int>("cpuLines");
    QTest::addColumn<int>("warnings");

    QTest::newRow("empty") << QByteArray() << false << 0 << 0;
    QTest::newRow("only newlines") << QByteArray("\n\n") << false << 0 << 0;
    QTest::newRow("only NUL") << QByteArray(8, '\0') << false << 0 << 0;
    QTest::newRow("no cpu line") << QByteArray("intr 5 1 2 2\nctxt 9\n") << false << 0 << 0;
    QTest::newRow("aggregate only") << QByteArray("cpu  1 2 3 4\n") << true << 0 << 0;
    QTest::newRow("cpu line with 3 values") << QByteArray("cpu  1 2 3\n") << false << 0 << 1;
    QTest::newRow("30-digit value") << QByteArray("cpu  1 2 3 4\ncpu0 123456789012345678901234567890 2 3 4\n") << true
                                    << 0 << 1;
    QTest::newRow("not a number") << QByteArray("cpu  1 2 3 4\ncpu0 1 2 x 4\n") << true << 0 << 1;
    QTest::newRow("huge cpu number") << QByteArray("cpu  1 2 3 4\ncpu99999999999 1 2 3 4\n") << true << 0 << 1;
    QTest::newRow("repeated cpu0") << QByteArray("cpu  1 2 3 4\ncpu0 1 2 3 4\ncpu0 1 2 3 4\n") << true << 1 << 1;
    QTest::newRow("CRLF") << QByteArray("cpu  1 2 3 4\r\ncpu0 1 2 3 4\r\nintr 3 1 2\r\n") << true << 1 << 0;
    QTest::newRow("1000-char key") << QByteArray("cpu  1 2 3 4\n") + QByteArray(1000, 'k') + " 1 2\n" << true << 0 << 0;
}

void TestParserRobustness::statSmallInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hasStat);
    QFETCH(int, cpuLines);
    QFETCH(int, warnings);

    Issues issues;
    const auto stat = parseStat(text, issues);
    QCOMPARE(stat.has_value(), hasStat);
    QCOMPARE(issues.errors(), hasStat ? 0 : 1);
    QCOMPARE(issues.warnings(), warnings);
    verifyIssueCap(issues);
    if (stat)
        QCOMPARE(stat->cpus.size(), cpuLines);
}

void TestParserRobustness::statEveryPrefix_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("51_stat_x86_8cpu_xen-steal_goprocinfo") << u"stat/51_stat_x86_8cpu_xen-steal_goprocinfo.txt"_s;
    QTest::newRow("53_stat_x86_offline-cpu6_sysstat-edited") << u"stat/53_stat_x86_offline-cpu6_sysstat-edited.txt"_s;
}

void TestParserRobustness::statEveryPrefix()
{
    QFETCH(QString, file);
    const QByteArray full = FakeRoot::data(file);
    QVERIFY(!full.isEmpty());
    Issues fullIssues;
    const auto whole = parseStat(full, fullIssues);
    QVERIFY(whole);
    QVERIFY(fullIssues.list.isEmpty());
    const qsizetype firstLineEnd = full.indexOf('\n');

    for (qsizetype size = 0; size <= full.size(); ++size) {
        const QByteArrayView prefix(full.constData(), size);
        const QByteArray where = "prefix of " + QByteArray::number(size) + " bytes";
        Issues issues;
        const auto stat = parseStat(prefix, issues);
        verifyIssueCap(issues);
        if (size <= firstLineEnd)
            continue;
        QVERIFY2(stat, where.constData());
        QVERIFY2(keyOf(stat->all) == keyOf(whole->all), where.constData());
        QVERIFY2(stat->cpus.size() <= whole->cpus.size(), where.constData());
        // Every CPU line that ends before the cut is exactly as in the whole file.
        for (const CpuTimes &times : stat->cpus) {
            const CpuTimes *expected = whole->timesOf(times.cpu);
            QVERIFY2(expected, where.constData());
            const qsizetype lineEnd
                = full.indexOf('\n', full.indexOf(QByteArray("cpu" + QByteArray::number(times.cpu) + ' ')));
            if (lineEnd < size)
                QVERIFY2(keyOf(times) == keyOf(*expected), where.constData());
        }
        QVERIFY2(stat->interruptsPerIrq.size() <= whole->interruptsPerIrq.size(), where.constData());
        QVERIFY2(stat->softirqsPerType.size() <= whole->softirqsPerType.size(), where.constData());
    }
}

void TestParserRobustness::statGarbage_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 0xdeadbeefu})
        QTest::addRow("seed %u", seed) << seed;
}

void TestParserRobustness::statGarbage()
{
    QFETCH(quint32, seed);
    {
        const QByteArray garbage = randomBytes(seed, 64 * 1024);
        Issues issues;
        const auto stat = parseStat(garbage, issues);
        verifyIssueCap(issues);
        QVERIFY(!stat);
        QCOMPARE(issues.errors(), 1);
    }
    {
        const QList<QByteArray> pieces = {"cpu", "cpu ", "cpu0", "cpu7 ", "intr", "softirq", "ctxt", "btime", " ", "  ",
            "\t", "\r", "0", "42", "18446744073709551615", "18446744073709551616", "x", "-1", QByteArray(1, '\0')};
        const QByteArray text = "cpu  1 2 3 4 5 6 7 8 9 10\n" + tokenSoup(seed, 400, pieces);
        Issues issues;
        const auto stat = parseStat(text, issues);
        QVERIFY(stat);
        QCOMPARE(stat->all.user, 1u);
        QCOMPARE(stat->all.guestNice, 10u);
        QCOMPARE(issues.errors(), 0);
        verifyIssueCap(issues);
        QVERIFY(stat->cpus.size() <= 400);
        QList<int> seen;
        for (const CpuTimes &times : stat->cpus) {
            QVERIFY(times.cpu >= 0);
            QVERIFY(!seen.contains(times.cpu));
            seen.append(times.cpu);
            QVERIFY(times.fieldCount >= 4 && times.fieldCount <= 10);
        }
    }
}

void TestParserRobustness::statHugeLines()
{
    // A 10 MB `intr` line: 5 million values, index = IRQ number.
    QByteArray intr = "intr 123";
    intr.reserve(TenMegabytes + 16);
    while (intr.size() < TenMegabytes)
        intr += " 7";
    const qsizetype values = (intr.size() - 8) / 2;
    const QByteArray text = "cpu  1 2 3 4\n" + intr + "\nctxt 5\n";
    Issues issues;
    const auto stat = parseStat(text, issues);
    QVERIFY(stat);
    QCOMPARE(issues.lines(), QStringList());
    QCOMPARE(stat->interruptsTotal, std::optional<quint64>(123));
    QCOMPARE(stat->interruptsPerIrq.size(), size_t(values));
    QCOMPARE(stat->interruptsPerIrq.back(), 7u);
    QCOMPARE(stat->contextSwitches, std::optional<quint64>(5));

    // A cpu line of 100000 columns: the first ten are the known fields.
    QByteArray wide = "cpu3";
    for (int i = 1; i <= 100000; ++i)
        wide += ' ' + QByteArray::number(i);
    Issues wideIssues;
    const auto wideStat = parseStat(QByteArray("cpu  1 2 3 4\n" + wide + '\n'), wideIssues);
    QVERIFY(wideStat);
    const CpuTimes *cpu3 = wideStat->timesOf(3);
    QVERIFY(cpu3);
    QCOMPARE(cpu3->user, 1u);
    QCOMPARE(cpu3->guestNice, 10u);
    QCOMPARE(cpu3->fieldCount, 10);
}

// ---------------------------------------------------------------------------------------------
// CpuSet

void TestParserRobustness::cpuSetEdgeCases_data()
{
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CpuSet::ParseError>("error");
    QTest::addColumn<int>("count");

    using E = CpuSet::ParseError;
    QTest::newRow("hex: empty") << true << QString() << E::Empty << 0;
    QTest::newRow("hex: newline") << true << u"\n"_s << E::Empty << 0;
    QTest::newRow("hex: NUL") << true << QString(1, QChar(0)) << E::BadDigit << 0;
    QTest::newRow("hex: digit then NUL") << true << u"1"_s + QChar(0) << E::BadDigit << 0;
    QTest::newRow("hex: 30 digits") << true << u"123456789012345678901234567890"_s << E::TooLong << 0;
    QTest::newRow("hex: 10 MB of f") << true << QString(TenMegabytes, u'f') << E::TooLong << 0;
    QTest::newRow("hex: 10 MB of zeros") << true << QString(TenMegabytes, u'0') << E::None << 0;
    QTest::newRow("hex: 256 groups of ff (8192 CPUs)")
        << true << (QStringList(256, u"ffffffff"_s).join(u',')) << E::None << 8192;
    QTest::newRow("hex: 257 groups") << true << (QStringList(257, u"00000000"_s).join(u',')) << E::TooLong << 0;
    QTest::newRow("hex: only commas") << true << u",,,"_s << E::BadSeparator << 0;
    QTest::newRow("hex: 0x alone") << true << u"0x"_s << E::Empty << 0;
    QTest::newRow("hex: non-Latin digit") << true << u"١"_s << E::BadDigit << 0;
    QTest::newRow("list: empty") << false << QString() << E::None << 0;
    QTest::newRow("list: NUL") << false << QString(1, QChar(0)) << E::BadDigit << 0;
    QTest::newRow("list: 30 digits") << false << u"123456789012345678901234567890"_s << E::OutOfRange << 0;
    QTest::newRow("list: 0-8191") << false << u"0-8191"_s << E::None << 8192;
    QTest::newRow("list: 8192") << false << u"8192"_s << E::OutOfRange << 0;
    QTest::newRow("list: 0-99999999999") << false << u"0-99999999999"_s << E::OutOfRange << 0;
    QTest::newRow("list: reversed") << false << u"5-3"_s << E::ReversedRange << 0;
    QTest::newRow("list: negative") << false << u"-1"_s << E::BadSeparator << 0;
    QTest::newRow("list: only commas") << false << u",,"_s << E::BadSeparator << 0;
    QString many;
    for (int i = 0; i < 100000; ++i)
        many += QString::number(i % 8192) + u',';
    many.chop(1);
    QTest::newRow("list: 100000 entries") << false << many << E::None << 8192;
    QTest::newRow("list: 10 MB of 0,") << false << QStringList(TenMegabytes / 2, u"0"_s).join(u',') << E::None << 1;
}

void TestParserRobustness::cpuSetEdgeCases()
{
    QFETCH(bool, hex);
    QFETCH(QString, text);
    QFETCH(CpuSet::ParseError, error);
    QFETCH(int, count);

    const CpuSet::ParseResult result = hex ? CpuSet::fromHexMask(text) : CpuSet::fromCpuList(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == CpuSet::ParseError::None);
    if (result.isValid()) {
        QCOMPARE(result.set->count(), count);
        QCOMPARE(result.position, -1);
    } else {
        QVERIFY(result.position >= 0 && result.position <= text.size());
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(result.message.size() < 300, qPrintable(result.message.left(300)));
    }
}

void TestParserRobustness::cpuSetGarbage_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 10; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestParserRobustness::cpuSetGarbage()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QString alphabet = u"0123456789abcdefABCDEF,-: \n\tx/"_s + QChar(0) + QChar(0xfeff) + u"é"_s;
    int valid = 0;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        const bool unicodeSoup = random.bounded(4) == 0;
        for (int i = 0; i < length; ++i) {
            text += unicodeSoup ? QChar(char16_t(random.bounded(0x10000)))
                                : alphabet[random.bounded(int(alphabet.size()))];
        }
        for (const bool hex : {true, false}) {
            const CpuSet::ParseResult result = hex ? CpuSet::fromHexMask(text, 256) : CpuSet::fromCpuList(text, 256);
            QCOMPARE(result.isValid(), result.error == CpuSet::ParseError::None);
            if (!result.isValid()) {
                QVERIFY2(result.position >= 0 && result.position <= text.size(), qPrintable(text));
                QVERIFY(!result.message.isEmpty());
                continue;
            }
            ++valid;
            const CpuSet &set = *result.set;
            QVERIFY(set.isEmpty() || (set.first() >= 0 && set.last() < 256));
            // What was read prints back to text that reads the same.
            const auto again
                = hex ? CpuSet::fromHexMask(set.toHexMask(256), 256) : CpuSet::fromCpuList(set.toCpuList(), 256);
            QVERIFY2(again.isValid() && *again.set == set, qPrintable(text));
        }
    }
    QVERIFY(valid > 0);
}

void TestParserRobustness::cpuSetEveryPrefix_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("60_mask_local_cpus_256cpu_node_exporter") << u"masks/60_mask_local_cpus_256cpu_node_exporter.txt"_s;
    QTest::newRow("64_mask_pci_local_cpus_512bit") << u"masks/64_mask_pci_local_cpus_512bit.txt"_s;
}

void TestParserRobustness::cpuSetEveryPrefix()
{
    QFETCH(QString, file);
    const QString full = QString::fromLatin1(FakeRoot::data(file)).split(u'\n').first().trimmed();
    QVERIFY(full.size() > 8);
    const auto whole = CpuSet::fromHexMask(full);
    QVERIFY(whole.isValid());
    QVERIFY(!whole.set->isEmpty());

    for (qsizetype size = 1; size <= full.size(); ++size) {
        const QString prefix = full.left(size);
        const auto result = CpuSet::fromHexMask(prefix);
        if (prefix.endsWith(u',')) {
            QCOMPARE(result.error, CpuSet::ParseError::BadSeparator);
            QCOMPARE(result.position, size - 1);
        } else {
            // A shorter mask is still a mask (fewer groups, fewer CPUs): valid, and never more
            // CPUs than there are bits in it.
            QVERIFY2(result.isValid(), qPrintable(prefix));
            QVERIFY(result.set->isEmpty() || result.set->last() < 4 * size);
        }
    }
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "tst_parserrobustness.moc"
