// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuset.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using ParseError = CpuSet::ParseError;
using EmptyPolicy = CpuSet::EmptyPolicy;

// Lets QCOMPARE print a CpuSet that differs (found by argument-dependent lookup).
char *toString(const CpuSet &set)
{
    return QTest::toString(u'{' + set.toCpuList() + u'}');
}

namespace {
// `count` copies of @p group joined by commas: the wide masks of big machines.
QString groups(int count, const QString &group)
{
    return QStringList(qsizetype(count), group).join(u',');
}

QStringList maskLines(const QString &file)
{
    QFile f(QStringLiteral(IRQSCOPE_TEST_DATA) + u"/masks/" + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromLatin1(f.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestCpuSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basics();
    void equalityIgnoresTrailingZeros();
    void forEachAscending();

    void fromHexMaskAccepts_data();
    void fromHexMaskAccepts();
    void fromHexMaskRejects_data();
    void fromHexMaskRejects();

    void fromCpuListAccepts_data();
    void fromCpuListAccepts();
    void fromCpuListRejects_data();
    void fromCpuListRejects();

    void realMasks_data();
    void realMasks();

    void roundTrip_data();
    void roundTrip();
    void hexMaskWidth_data();
    void hexMaskWidth();
    void cpuList_data();
    void cpuList();

    void largeSets_data();
    void largeSets();

    void setOperations_data();
    void setOperations();
};

void TestCpuSet::basics()
{
    CpuSet set;
    QVERIFY(set.isEmpty());
    QCOMPARE(set.count(), 0);
    QCOMPARE(set.first(), -1);
    QCOMPARE(set.last(), -1);
    QCOMPARE(set.toList(), QList<int>());
    QVERIFY(!set.contains(0));
    QVERIFY(!set.contains(-1));

    set.insert(70);
    set.insert(3);
    set.insert(3);
    QVERIFY(!set.isEmpty());
    QCOMPARE(set.count(), 2);
    QCOMPARE(set.first(), 3);
    QCOMPARE(set.last(), 70);
    QVERIFY(set.contains(70));
    QVERIFY(!set.contains(69));
    QVERIFY(!set.contains(100000));
    QCOMPARE(set.toList(), (QList<int> {3, 70}));

    set.remove(3);
    set.remove(5000); // beyond the words: no-op
    QCOMPARE(set.toList(), QList<int> {70});
    set.clear();
    QVERIFY(set.isEmpty());

    QCOMPARE(CpuSet({5, 1, 3}).toList(), (QList<int> {1, 3, 5}));
    QCOMPARE(CpuSet::fromList({64, 0, 64}).toList(), (QList<int> {0, 64}));
    QCOMPARE(CpuSet::range(62, 66).toList(), (QList<int> {62, 63, 64, 65, 66}));
    QVERIFY(CpuSet::range(5, 3).isEmpty());
    QCOMPARE(CpuSet::range(-4, 1).toList(), (QList<int> {0, 1}));

    CpuSet ranges;
    ranges.insertRange(0, 0);
    ranges.insertRange(63, 63);
    ranges.insertRange(100, 300);
    QCOMPARE(ranges.count(), 203);
    QCOMPARE(ranges.toCpuList(), u"0,63,100-300"_s);
}

void TestCpuSet::equalityIgnoresTrailingZeros()
{
    CpuSet a {1};
    CpuSet b {1, 500};
    QVERIFY(a != b);
    b.remove(500);
    QCOMPARE(b, a);
    QCOMPARE(b.last(), 1);

    CpuSet c {700};
    c.remove(700);
    QCOMPARE(c, CpuSet());
    QVERIFY(c.isEmpty());
    QCOMPARE(CpuSet({1, 200}).intersected(CpuSet {1, 300}), a);
    QCOMPARE(CpuSet({1, 200}).subtracted(CpuSet {200}), a);
    QCOMPARE(CpuSet::fromHexMask(u"00000000,00000000,00000002").set, std::optional<CpuSet>(a));
}

void TestCpuSet::forEachAscending()
{
    QList<int> seen;
    CpuSet {4095, 0, 64, 63}.forEach([&seen](int cpu) { seen.append(cpu); });
    QCOMPARE(seen, (QList<int> {0, 63, 64, 4095}));
}

void TestCpuSet::fromHexMaskAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxCpus");
    QTest::addColumn<CpuSet>("expected");

    QTest::newRow("one digit") << u"f"_s << CpuSet::MaxCpus << CpuSet::range(0, 3);
    QTest::newRow("upper case") << u"F"_s << CpuSet::MaxCpus << CpuSet::range(0, 3);
    QTest::newRow("mixed case") << u"aB"_s << CpuSet::MaxCpus << CpuSet {0, 1, 3, 5, 7};
    QTest::newRow("single bit") << u"1"_s << CpuSet::MaxCpus << CpuSet {0};
    QTest::newRow("leading zeros omitted") << u"f0"_s << CpuSet::MaxCpus << CpuSet::range(4, 7);
    QTest::newRow("trailing newline") << u"ff\n"_s << CpuSet::MaxCpus << CpuSet::range(0, 7);
    QTest::newRow("surrounding white space") << u" \t0f  \n"_s << CpuSet::MaxCpus << CpuSet::range(0, 3);
    QTest::newRow("0x prefix") << u"0x10"_s << CpuSet::MaxCpus << CpuSet {4};
    QTest::newRow("0X prefix") << u"0X1,00000000"_s << CpuSet::MaxCpus << CpuSet {32};
    QTest::newRow("16-bit width") << u"0011"_s << CpuSet::MaxCpus << CpuSet {0, 4};
    QTest::newRow("48-bit width") << u"0000,00000001"_s << CpuSet::MaxCpus << CpuSet {0};
    QTest::newRow("48-bit high bit") << u"8000,00000000"_s << 48 << CpuSet {47};
    QTest::newRow("short later group") << u"1,0"_s << CpuSet::MaxCpus << CpuSet {32};
    QTest::newRow("nine digits, leading zero") << u"00000000f"_s << CpuSet::MaxCpus << CpuSet::range(0, 3);
    QTest::newRow("full group") << u"deadbeef"_s << CpuSet::MaxCpus
                                << CpuSet {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 18, 19, 21, 23, 25, 26, 27,
                                       28, 30, 31};
    QTest::newRow("bit 63") << u"80000000,00000000"_s << CpuSet::MaxCpus << CpuSet {63};
    QTest::newRow("bit 64") << u"1,00000000,00000000"_s << CpuSet::MaxCpus << CpuSet {64};
    QTest::newRow("64 bits") << u"ffffffff,ffffffff"_s << CpuSet::MaxCpus << CpuSet::range(0, 63);
    QTest::newRow("all zero") << u"00000000"_s << CpuSet::MaxCpus << CpuSet();
    QTest::newRow("zero") << u"0"_s << CpuSet::MaxCpus << CpuSet();
    QTest::newRow("exactly max") << u"ffff"_s << 16 << CpuSet::range(0, 15);
    QTest::newRow("max groups") << groups(2, u"ffffffff"_s) << 64 << CpuSet::range(0, 63);
    QTest::newRow("cpu 8191") << u"80000000,"_s + groups(255, u"00000000"_s) << CpuSet::MaxCpus << CpuSet {8191};
    QTest::newRow("beyond MaxCpus when allowed") << u"1,"_s + groups(256, u"0"_s) << 16384 << CpuSet {8192};
}

void TestCpuSet::fromHexMaskAccepts()
{
    QFETCH(QString, text);
    QFETCH(int, maxCpus);
    QFETCH(CpuSet, expected);

    const auto result = CpuSet::fromHexMask(text, maxCpus);
    QVERIFY2(result.isValid(), qPrintable(result.message));
    QCOMPARE(*result.set, expected);
    QCOMPARE(result.error, ParseError::None);
    QCOMPARE(result.position, -1);
    QCOMPARE(result.message, QString());
}

void TestCpuSet::fromHexMaskRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxCpus");
    QTest::addColumn<ParseError>("error");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");

    const int max = CpuSet::MaxCpus;
    QTest::newRow("empty") << QString() << max << ParseError::Empty << qsizetype(0) << u"the text is empty"_s;
    QTest::newRow("white space only") << u" \n"_s << max << ParseError::Empty << qsizetype(0) << u"the text is empty"_s;
    QTest::newRow("bare 0x") << u"0x"_s << max << ParseError::Empty << qsizetype(2)
                             << u"'0x' at position 0 is not followed by a mask"_s;
    QTest::newRow("bad digit") << u"123g"_s << max << ParseError::BadDigit << qsizetype(3)
                               << u"'g' at position 3 is not a hexadecimal digit"_s;
    QTest::newRow("bad digit after white space") << u"  fz"_s << max << ParseError::BadDigit << qsizetype(3)
                                                 << u"'z' at position 3 is not a hexadecimal digit"_s;
    QTest::newRow("space inside") << u"1, 2"_s << max << ParseError::BadDigit << qsizetype(2)
                                  << u"' ' at position 2 is not a hexadecimal digit"_s;
    QTest::newRow("minus") << u"-1"_s << max << ParseError::BadDigit << qsizetype(0)
                           << u"'-' at position 0 is not a hexadecimal digit"_s;
    QTest::newRow("control character") << u"1\u0001"_s << max << ParseError::BadDigit << qsizetype(1)
                                       << u"U+0001 at position 1 is not a hexadecimal digit"_s;
    QTest::newRow("list given") << u"0-3"_s << max << ParseError::BadDigit << qsizetype(1)
                                << u"'-' at position 1 is not a hexadecimal digit"_s;
    QTest::newRow("empty middle group") << u"1,,2"_s << max << ParseError::BadSeparator << qsizetype(2)
                                        << u"',' at position 2 does not follow a group of hex digits"_s;
    QTest::newRow("empty first group") << u",3"_s << max << ParseError::BadSeparator << qsizetype(0)
                                       << u"',' at position 0 does not follow a group of hex digits"_s;
    QTest::newRow("empty last group") << u"3,"_s << max << ParseError::BadSeparator << qsizetype(1)
                                      << u"',' at position 1 is not followed by a group of hex digits"_s;
    QTest::newRow("empty group after 0x") << u"0x,1"_s << max << ParseError::BadSeparator << qsizetype(2)
                                          << u"',' at position 2 does not follow a group of hex digits"_s;
    QTest::newRow("group of 9 digits") << u"123456789"_s << max << ParseError::TooLong << qsizetype(0)
                                       << u"group '123456789' at position 0 has more than 8 hex digits (32 bits)"_s;
    QTest::newRow("second group of 9 digits")
        << u"1,100000000"_s << max << ParseError::TooLong << qsizetype(2)
        << u"group '100000000' at position 2 has more than 8 hex digits (32 bits)"_s;
    QTest::newRow("64 bits without comma")
        << u"0xffffffffffffffff"_s << max << ParseError::TooLong << qsizetype(2)
        << u"group 'ffffffffffffffff' at position 2 has more than 8 hex digits (32 bits)"_s;
    QTest::newRow("bit beyond max") << u"10"_s << 4 << ParseError::OutOfRange << qsizetype(0)
                                    << u"CPU 4 is out of range (at most 3)"_s;
    QTest::newRow("high bit of digit beyond max")
        << u"ff"_s << 6 << ParseError::OutOfRange << qsizetype(0) << u"CPU 7 is out of range (at most 5)"_s;
    QTest::newRow("bit beyond 48") << u"10000,00000000"_s << 48 << ParseError::OutOfRange << qsizetype(0)
                                   << u"CPU 48 is out of range (at most 47)"_s;
    QTest::newRow("out of range digit position")
        << u"00100000"_s << 20 << ParseError::OutOfRange << qsizetype(2) << u"CPU 20 is out of range (at most 19)"_s;
    QTest::newRow("more groups than 32 CPUs") << u"0,00000001"_s << 32 << ParseError::TooLong << qsizetype(0)
                                              << u"2 groups of 32 bits do not fit 32 CPUs (at most 1 groups)"_s;
    QTest::newRow("257 groups") << groups(257, u"0"_s) << max << ParseError::TooLong << qsizetype(0)
                                << u"257 groups of 32 bits do not fit 8192 CPUs (at most 256 groups)"_s;
}

void TestCpuSet::fromHexMaskRejects()
{
    QFETCH(QString, text);
    QFETCH(int, maxCpus);
    QFETCH(ParseError, error);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);

    const auto result = CpuSet::fromHexMask(text, maxCpus);
    QVERIFY(!result.isValid());
    QCOMPARE(result.error, error);
    QCOMPARE(result.position, position);
    QCOMPARE(result.message, message);
}

void TestCpuSet::fromCpuListAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxCpus");
    QTest::addColumn<CpuSet>("expected");

    const int max = CpuSet::MaxCpus;
    QTest::newRow("ranges and singles") << u"0-3,8,10-11"_s << max << CpuSet {0, 1, 2, 3, 8, 10, 11};
    QTest::newRow("empty") << QString() << max << CpuSet();
    QTest::newRow("empty line") << u"\n"_s << max << CpuSet();
    QTest::newRow("white space around") << u" 5 \n"_s << max << CpuSet {5};
    QTest::newRow("zero") << u"0"_s << max << CpuSet {0};
    QTest::newRow("one-CPU range") << u"7-7"_s << max << CpuSet {7};
    QTest::newRow("leading zeros") << u"007"_s << max << CpuSet {7};
    QTest::newRow("unordered") << u"3,1,2"_s << max << CpuSet {1, 2, 3};
    QTest::newRow("overlapping") << u"0-3,2-5"_s << max << CpuSet::range(0, 5);
    QTest::newRow("across words") << u"63-64"_s << max << CpuSet {63, 64};
    QTest::newRow("256-bit machine") << u"0-63,128-191"_s << max
                                     << CpuSet::range(0, 63).united(CpuSet::range(128, 191));
    QTest::newRow("last CPU") << u"8191"_s << max << CpuSet {8191};
    QTest::newRow("every CPU") << u"0-8191"_s << max << CpuSet::range(0, 8191);
    QTest::newRow("exactly max") << u"15"_s << 16 << CpuSet {15};
    QTest::newRow("beyond MaxCpus when allowed") << u"16383"_s << 16384 << CpuSet {16383};
}

void TestCpuSet::fromCpuListAccepts()
{
    QFETCH(QString, text);
    QFETCH(int, maxCpus);
    QFETCH(CpuSet, expected);

    const auto result = CpuSet::fromCpuList(text, maxCpus);
    QVERIFY2(result.isValid(), qPrintable(result.message));
    QCOMPARE(*result.set, expected);
    QCOMPARE(result.error, ParseError::None);
    QCOMPARE(result.position, -1);
}

void TestCpuSet::fromCpuListRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxCpus");
    QTest::addColumn<EmptyPolicy>("policy");
    QTest::addColumn<ParseError>("error");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");

    const int max = CpuSet::MaxCpus;
    const auto accept = EmptyPolicy::AcceptEmpty;
    QTest::newRow("empty, rejected") << QString() << max << EmptyPolicy::RejectEmpty << ParseError::Empty
                                     << qsizetype(0) << u"the text is empty"_s;
    QTest::newRow("reversed") << u"5-3"_s << max << accept << ParseError::ReversedRange << qsizetype(0)
                              << u"range 5-3 is reversed: write 3-5"_s;
    QTest::newRow("reversed second") << u"0,10-2"_s << max << accept << ParseError::ReversedRange << qsizetype(2)
                                     << u"range 10-2 is reversed: write 2-10"_s;
    QTest::newRow("reversed after white space") << u"  5-3\n"_s << max << accept << ParseError::ReversedRange
                                                << qsizetype(2) << u"range 5-3 is reversed: write 3-5"_s;
    QTest::newRow("cpu 9000") << u"9000"_s << max << accept << ParseError::OutOfRange << qsizetype(0)
                              << u"CPU 9000 is out of range (at most 8191)"_s;
    QTest::newRow("range end 9000") << u"0-9000"_s << max << accept << ParseError::OutOfRange << qsizetype(2)
                                    << u"CPU 9000 is out of range (at most 8191)"_s;
    QTest::newRow("cpu 8192") << u"8192"_s << max << accept << ParseError::OutOfRange << qsizetype(0)
                              << u"CPU 8192 is out of range (at most 8191)"_s;
    QTest::newRow("small max") << u"1,4"_s << 4 << accept << ParseError::OutOfRange << qsizetype(2)
                               << u"CPU 4 is out of range (at most 3)"_s;
    QTest::newRow("leading zeros out of range") << u"0009000"_s << max << accept << ParseError::OutOfRange
                                                << qsizetype(0) << u"CPU 9000 is out of range (at most 8191)"_s;
    QTest::newRow("overflowing number") << u"99999999999999999999999"_s << max << accept << ParseError::OutOfRange
                                        << qsizetype(0)
                                        << u"CPU 99999999999999999999999 is out of range (at most 8191)"_s;
    QTest::newRow("absurd number") << u"1-"_s + QString(60, u'9') << max << accept << ParseError::OutOfRange
                                   << qsizetype(2) << u"CPU 999999999999999999999999… is out of range (at most 8191)"_s;
    QTest::newRow("letter after number") << u"1a"_s << max << accept << ParseError::BadDigit << qsizetype(1)
                                         << u"'a' at position 1 is not a decimal digit"_s;
    QTest::newRow("letter") << u"a"_s << max << accept << ParseError::BadDigit << qsizetype(0)
                            << u"'a' at position 0 is not a decimal digit"_s;
    QTest::newRow("all keyword") << u"all"_s << max << accept << ParseError::BadDigit << qsizetype(0)
                                 << u"'a' at position 0 is not a decimal digit"_s;
    QTest::newRow("space inside") << u"1 2"_s << max << accept << ParseError::BadDigit << qsizetype(1)
                                  << u"' ' at position 1 is not a decimal digit"_s;
    QTest::newRow("semicolon") << u"1;2"_s << max << accept << ParseError::BadDigit << qsizetype(1)
                               << u"';' at position 1 is not a decimal digit"_s;
    QTest::newRow("hex mask given") << u"0x3"_s << max << accept << ParseError::BadDigit << qsizetype(1)
                                    << u"'x' at position 1 is not a decimal digit"_s;
    QTest::newRow("double comma") << u"1,,2"_s << max << accept << ParseError::BadSeparator << qsizetype(2)
                                  << u"',' at position 2 does not follow a CPU number"_s;
    QTest::newRow("leading comma") << u",3"_s << max << accept << ParseError::BadSeparator << qsizetype(0)
                                   << u"',' at position 0 does not follow a CPU number"_s;
    QTest::newRow("trailing comma") << u"3,"_s << max << accept << ParseError::BadSeparator << qsizetype(1)
                                    << u"',' at position 1 is not followed by a CPU number"_s;
    QTest::newRow("leading dash") << u"-3"_s << max << accept << ParseError::BadSeparator << qsizetype(0)
                                  << u"'-' at position 0 does not follow a CPU number"_s;
    QTest::newRow("trailing dash") << u"3-"_s << max << accept << ParseError::BadSeparator << qsizetype(1)
                                   << u"'-' at position 1 is not followed by a CPU number"_s;
    QTest::newRow("two dashes") << u"1--3"_s << max << accept << ParseError::BadSeparator << qsizetype(2)
                                << u"'-' at position 2 does not follow a CPU number"_s;
    QTest::newRow("three ends") << u"1-2-3"_s << max << accept << ParseError::BadSeparator << qsizetype(3)
                                << u"'-' at position 3 follows a complete range"_s;
}

void TestCpuSet::fromCpuListRejects()
{
    QFETCH(QString, text);
    QFETCH(int, maxCpus);
    QFETCH(EmptyPolicy, policy);
    QFETCH(ParseError, error);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);

    const auto result = CpuSet::fromCpuList(text, maxCpus, policy);
    QVERIFY(!result.isValid());
    QCOMPARE(result.error, error);
    QCOMPARE(result.position, position);
    QCOMPARE(result.message, message);
}

void TestCpuSet::realMasks_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<int>("nrCpuIds");
    QTest::addColumn<QString>("expectedList");

    struct File
    {
        const char *name;
        int bits;
        QStringList lists; // one per line of the capture
    };
    QStringList coreos;
    for (int cpu = 0; cpu < 12; ++cpu)
        coreos.append(QString::number(cpu));
    const File files[] = {
        {"60_mask_local_cpus_256cpu_node_exporter.txt", 256, {u"0-63,128-191"_s}},
        {"61_mask_smp_affinity_48bit_coreos.txt", 48, coreos},
        {"62_mask_smp_affinity_128bit_ice.txt", 128, {u"100"_s}},
        {"63_mask_smp_affinity_16bit_xen-aws.txt", 16, {u"0,4"_s, u"1,5"_s, u"2-3,6-7"_s}},
        {"64_mask_pci_local_cpus_512bit.txt", 512, {u"0-7,16-23"_s}},
    };
    for (const File &file : files) {
        const QStringList lines = maskLines(QString::fromLatin1(file.name));
        QCOMPARE(lines.size(), file.lists.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QTest::addRow("%s:%lld", file.name, qlonglong(i + 1)) << lines[i] << file.bits << file.lists[i];
        }
    }
}

void TestCpuSet::realMasks()
{
    QFETCH(QString, mask);
    QFETCH(int, nrCpuIds);
    QFETCH(QString, expectedList);

    const auto result = CpuSet::fromHexMask(mask);
    QVERIFY2(result.isValid(), qPrintable(result.message));
    QCOMPARE(result.set->toCpuList(), expectedList);
    // Printed back with the machine's width, the mask is exactly what the kernel printed.
    QCOMPARE(result.set->toHexMask(nrCpuIds), mask);
    QCOMPARE(CpuSet::fromCpuList(expectedList).set, result.set);
}

void TestCpuSet::roundTrip_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("nrCpuIds");
    QTest::addColumn<QString>("hex");

    QTest::newRow("4 CPUs") << u"0-3"_s << 4 << u"f"_s;
    QTest::newRow("8 CPUs") << u"0-7"_s << 8 << u"ff"_s;
    QTest::newRow("16 bits") << u"0,4"_s << 16 << u"0011"_s;
    QTest::newRow("48 bits low") << u"0"_s << 48 << u"0000,00000001"_s;
    QTest::newRow("48 bits high") << u"47"_s << 48 << u"8000,00000000"_s;
    QTest::newRow("104 bits") << u"0"_s << 104 << u"00,00000000,00000000,00000001"_s;
    QTest::newRow("128 bits") << u"100"_s << 128 << u"00000010,00000000,00000000,00000000"_s;
    QTest::newRow("32 CPUs") << u"0-31"_s << 32 << u"ffffffff"_s;
    QTest::newRow("33 CPUs") << u"32"_s << 33 << u"1,00000000"_s;
    QTest::newRow("adjacent pair") << u"4-5"_s << 8 << u"30"_s;
    QTest::newRow("mixed") << u"0-3,8,10-11"_s << 12 << u"d0f"_s;
    QTest::newRow("empty set") << QString() << 4 << u"0"_s;
    QTest::newRow("empty set, no width") << QString() << 0 << u"0"_s;
    QTest::newRow("minimal width") << u"0-3"_s << 0 << u"f"_s;
    QTest::newRow("minimal width, cpu 4") << u"4"_s << 0 << u"10"_s;
    QTest::newRow("minimal width, cpu 40") << u"40"_s << 0 << u"100,00000000"_s;
    QTest::newRow("widened to fit") << u"5"_s << 4 << u"20"_s;
    QTest::newRow("widened past a group") << u"0,35"_s << 16 << u"8,00000001"_s;
    QTest::newRow("cpu 8191") << u"8191"_s << 8192 << u"80000000,"_s + groups(255, u"00000000"_s);
    QTest::newRow("all 8192") << u"0-8191"_s << 8192 << groups(256, u"ffffffff"_s);
}

void TestCpuSet::roundTrip()
{
    QFETCH(QString, list);
    QFETCH(int, nrCpuIds);
    QFETCH(QString, hex);

    const auto fromList = CpuSet::fromCpuList(list);
    QVERIFY2(fromList.isValid(), qPrintable(fromList.message));
    QCOMPARE(fromList.set->toHexMask(nrCpuIds), hex);
    QCOMPARE(fromList.set->toCpuList(), list);

    const auto fromHex = CpuSet::fromHexMask(hex);
    QVERIFY2(fromHex.isValid(), qPrintable(fromHex.message));
    QCOMPARE(fromHex.set->toCpuList(), list);
    QCOMPARE(*fromHex.set, *fromList.set);
}

void TestCpuSet::hexMaskWidth_data()
{
    QTest::addColumn<int>("nrCpuIds");
    QTest::addColumn<QString>("emptyMask");

    QTest::newRow("4 bits") << 4 << u"0"_s;
    QTest::newRow("8 bits") << 8 << u"00"_s;
    QTest::newRow("13 bits") << 13 << u"0000"_s;
    QTest::newRow("16 bits") << 16 << u"0000"_s;
    QTest::newRow("48 bits") << 48 << u"0000,00000000"_s;
    QTest::newRow("64 bits") << 64 << u"00000000,00000000"_s;
    QTest::newRow("104 bits") << 104 << u"00,00000000,00000000,00000000"_s;
    QTest::newRow("256 bits") << 256 << groups(8, u"00000000"_s);
    QTest::newRow("512 bits") << 512 << groups(16, u"00000000"_s);
}

void TestCpuSet::hexMaskWidth()
{
    QFETCH(int, nrCpuIds);
    QFETCH(QString, emptyMask);

    QCOMPARE(CpuSet().toHexMask(nrCpuIds), emptyMask);
    // A set inside the width never changes it.
    const QString withCpu0 = CpuSet {0}.toHexMask(nrCpuIds);
    QCOMPARE(withCpu0.size(), emptyMask.size());
    QCOMPARE(withCpu0.back(), u'1');
    QCOMPARE(CpuSet {nrCpuIds - 1}.toHexMask(nrCpuIds).size(), emptyMask.size());
}

void TestCpuSet::cpuList_data()
{
    QTest::addColumn<CpuSet>("set");
    QTest::addColumn<QString>("list");

    QTest::newRow("empty") << CpuSet() << QString();
    QTest::newRow("single") << CpuSet {8} << u"8"_s;
    QTest::newRow("two apart") << CpuSet {1, 3} << u"1,3"_s;
    QTest::newRow("two adjacent") << CpuSet {4, 5} << u"4-5"_s;
    QTest::newRow("runs") << CpuSet {0, 1, 2, 3, 8, 10, 11} << u"0-3,8,10-11"_s;
    QTest::newRow("run across a word") << CpuSet::range(60, 70) << u"60-70"_s;
    QTest::newRow("whole words") << CpuSet::range(0, 191) << u"0-191"_s;
    QTest::newRow("whole word after gap") << CpuSet {0}.united(CpuSet::range(64, 127)) << u"0,64-127"_s;
    QTest::newRow("run ending at word end") << CpuSet::range(0, 63).united(CpuSet {65}) << u"0-63,65"_s;
}

void TestCpuSet::cpuList()
{
    QFETCH(CpuSet, set);
    QFETCH(QString, list);

    QCOMPARE(set.toCpuList(), list);
}

void TestCpuSet::largeSets_data()
{
    QTest::addColumn<CpuSet>("set");
    QTest::addColumn<int>("nrCpuIds");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("list");

    QTest::newRow("4096 all") << CpuSet::range(0, 4095) << 4096 << 4096 << u"0-4095"_s;
    QTest::newRow("4096 edges") << CpuSet {0, 4095} << 4096 << 2 << u"0,4095"_s;
    QTest::newRow("8192 all") << CpuSet::range(0, 8191) << 8192 << 8192 << u"0-8191"_s;
    QTest::newRow("8192 edges") << CpuSet {0, 4095, 4096, 8191} << 8192 << 4 << u"0,4095-4096,8191"_s;
    CpuSet even;
    for (int cpu = 0; cpu < 8192; cpu += 2)
        even.insert(cpu);
    QString evenList;
    for (int cpu = 0; cpu < 8192; cpu += 2)
        evenList += (cpu ? u","_s : QString()) + QString::number(cpu);
    QTest::newRow("8192 every other") << even << 8192 << 4096 << evenList;
}

void TestCpuSet::largeSets()
{
    QFETCH(CpuSet, set);
    QFETCH(int, nrCpuIds);
    QFETCH(int, count);
    QFETCH(QString, list);

    QCOMPARE(set.count(), count);
    QCOMPARE(set.toCpuList(), list);
    const QString hex = set.toHexMask(nrCpuIds);
    QCOMPARE(hex.size(), nrCpuIds / 32 * 9 - 1);
    const auto parsedHex = CpuSet::fromHexMask(hex);
    QVERIFY2(parsedHex.isValid(), qPrintable(parsedHex.message));
    QCOMPARE(*parsedHex.set, set);
    const auto parsedList = CpuSet::fromCpuList(list);
    QVERIFY2(parsedList.isValid(), qPrintable(parsedList.message));
    QCOMPARE(*parsedList.set, set);
    QCOMPARE(set.toList().size(), count);
    QCOMPARE(set.last(), set.toList().constLast());
}

void TestCpuSet::setOperations_data()
{
    QTest::addColumn<CpuSet>("a");
    QTest::addColumn<CpuSet>("b");
    QTest::addColumn<CpuSet>("united");
    QTest::addColumn<CpuSet>("intersected");
    QTest::addColumn<CpuSet>("subtracted");
    QTest::addColumn<bool>("intersects");
    QTest::addColumn<bool>("subset");

    QTest::newRow("both empty") << CpuSet() << CpuSet() << CpuSet() << CpuSet() << CpuSet() << false << true;
    QTest::newRow("empty a") << CpuSet() << CpuSet {1} << CpuSet {1} << CpuSet() << CpuSet() << false << true;
    QTest::newRow("empty b") << CpuSet {1} << CpuSet() << CpuSet {1} << CpuSet() << CpuSet {1} << false << false;
    QTest::newRow("disjoint") << CpuSet {0, 1} << CpuSet {2, 3} << CpuSet::range(0, 3) << CpuSet() << CpuSet {0, 1}
                              << false << false;
    QTest::newRow("overlap") << CpuSet::range(0, 3) << CpuSet::range(2, 5) << CpuSet::range(0, 5) << CpuSet {2, 3}
                             << CpuSet {0, 1} << true << false;
    QTest::newRow("subset") << CpuSet {2, 3} << CpuSet::range(0, 7) << CpuSet::range(0, 7) << CpuSet {2, 3} << CpuSet()
                            << true << true;
    QTest::newRow("equal") << CpuSet {5, 500} << CpuSet {5, 500} << CpuSet {5, 500} << CpuSet {5, 500} << CpuSet()
                           << true << true;
    QTest::newRow("longer a") << CpuSet {0, 1000} << CpuSet {0} << CpuSet {0, 1000} << CpuSet {0} << CpuSet {1000}
                              << true << false;
    QTest::newRow("longer b") << CpuSet {0} << CpuSet {0, 1000} << CpuSet {0, 1000} << CpuSet {0} << CpuSet() << true
                              << true;
    QTest::newRow("far apart") << CpuSet {8191} << CpuSet {0} << CpuSet {0, 8191} << CpuSet() << CpuSet {8191} << false
                               << false;
    QTest::newRow("high word only") << CpuSet {3, 200} << CpuSet {200, 201} << CpuSet {3, 200, 201} << CpuSet {200}
                                    << CpuSet {3} << true << false;
}

void TestCpuSet::setOperations()
{
    QFETCH(CpuSet, a);
    QFETCH(CpuSet, b);
    QFETCH(CpuSet, united);
    QFETCH(CpuSet, intersected);
    QFETCH(CpuSet, subtracted);
    QFETCH(bool, intersects);
    QFETCH(bool, subset);

    QCOMPARE(a.united(b), united);
    QCOMPARE(b.united(a), united);
    QCOMPARE(a.intersected(b), intersected);
    QCOMPARE(b.intersected(a), intersected);
    QCOMPARE(a.subtracted(b), subtracted);
    QCOMPARE(a.intersects(b), intersects);
    QCOMPARE(b.intersects(a), intersects);
    QCOMPARE(a.isSubsetOf(b), subset);
    QCOMPARE(a.subtracted(b).count() + a.intersected(b).count(), a.count());
}

QTEST_GUILESS_MAIN(TestCpuSet)
#include "tst_cpuset.moc"
