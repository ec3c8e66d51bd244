// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "irqscopeversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

// Runs the real irqscope-cli (IRQSCOPE_CLI) on the fixture root tests/data/roots/kvm-guest-4cpu
// and on single captures from tests/data placed alone in temporary roots. The root is built
// around tests/data/interrupts/01_x86_kvm-guest_virtio_4cpu.txt; see tests/data/roots/README.md.

namespace {
constexpr int Ok = 0;
constexpr int UsageError = 2;
constexpr int SourceError = 3;

QString dataPath(const QString &relative)
{
    return QStringLiteral(IRQSCOPE_TEST_DATA) + u'/' + relative;
}

QString fixtureRoot()
{
    return dataPath(u"roots/kvm-guest-4cpu"_s);
}

const QString CaptureFile = u"interrupts/01_x86_kvm-guest_virtio_4cpu.txt"_s;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const
    {
        QStringList list = out.split(u'\n');
        if (!list.isEmpty() && list.constLast().isEmpty())
            list.removeLast();
        return list;
    }
    /// For failure messages.
    QByteArray explain() const { return u"exit code %1, stderr: %2"_s.arg(exitCode).arg(err).toLocal8Bit(); }
};

Result runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(IRQSCOPE_CLI));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s); // would pick a translation before LC_ALL
    process.setProcessEnvironment(environment);
    process.start();
    Result result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = u"irqscope-cli did not finish normally: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// `--root <fixture> <arguments>`
Result runOnFixture(const QStringList &arguments)
{
    return runCli(QStringList {u"--root"_s, fixtureRoot()} + arguments);
}

QJsonObject parseObject(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not a JSON object: "_s + parseError.errorString();
        return {};
    }
    return document.object();
}

QList<qint64> integers(const QJsonValue &value)
{
    QList<qint64> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toInteger(-1));
    return list;
}

QStringList ids(const QJsonObject &listDocument)
{
    QStringList list;
    const QJsonArray interrupts = listDocument.value(u"interrupts"_s).toArray();
    for (const QJsonValue &row : interrupts)
        list.append(row.toObject().value(u"id"_s).toString());
    return list;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> list;
    for (qint64 i = first; i <= last; ++i)
        list.append(i);
    return list;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// One line of a capture as the test reads it, independently of core's parser: the label before
/// the first colon, then the leading numbers (one per CPU column, or a single total).
struct CaptureRow
{
    QString id;
    QList<qint64> counts; ///< one per CPU column; empty for single-value rows (ERR, MIS)
    qint64 single = 0; ///< the value of a single-value row
};

QList<CaptureRow> captureRows(const QByteArray &text, int cpuColumns)
{
    QList<CaptureRow> rows;
    bool header = true;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        if (line.trimmed().isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        CaptureRow row;
        row.id = line.left(colon).trimmed();
        QList<qint64> numbers;
        const QStringList tokens = line.mid(colon + 1).split(u' ', Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            bool ok = false;
            const qint64 value = token.toLongLong(&ok);
            if (!ok || numbers.size() == cpuColumns)
                break;
            numbers.append(value);
        }
        if (numbers.size() == cpuColumns)
            row.counts = numbers;
        else if (numbers.size() == 1)
            row.single = numbers.constFirst();
        rows.append(row);
    }
    return rows;
}

QStringList captureIds(const QByteArray &text)
{
    QStringList list;
    for (const CaptureRow &row : captureRows(text, 1))
        list.append(row.id);
    return list;
}

/// IRQ -> {affinity, effective} as constructed in the fixture's proc/irq (README.md).
const QHash<QString, std::pair<QString, QString>> &fixtureMasks()
{
    static const QHash<QString, std::pair<QString, QString>> masks = {
        {u"0"_s, {u"0-3"_s, u"0"_s}},
        {u"1"_s, {u"0-3"_s, u"0"_s}},
        {u"4"_s, {u"0-3"_s, u"0"_s}},
        {u"8"_s, {u"0-3"_s, u"0"_s}},
        {u"9"_s, {u"0-3"_s, u"0"_s}},
        {u"12"_s, {u"0-3"_s, u"0"_s}},
        {u"22"_s, {u"0-3"_s, u"3"_s}},
        {u"24"_s, {u"0-3"_s, u"0"_s}},
        {u"25"_s, {u"0"_s, u"0"_s}},
        {u"26"_s, {u"1"_s, u"1"_s}},
        {u"27"_s, {u"2"_s, u"2"_s}},
        {u"28"_s, {u"3"_s, u"3"_s}},
        {u"29"_s, {u"0-3"_s, u"3"_s}},
        {u"30"_s, {u"0-3"_s, u"1"_s}},
        {u"31"_s, {u"0-3"_s, u"2"_s}},
        {u"32"_s, {u"0-3"_s, u"3"_s}},
        {u"33"_s, {u"0-3"_s, u"0"_s}},
        {u"34"_s, {u"0-3"_s, u"1"_s}},
        {u"35"_s, {u"0-3"_s, u"2"_s}},
        {u"36"_s, {u"0-3"_s, u"2"_s}},
        {u"37"_s, {u"0-3"_s, u"3"_s}},
        {u"38"_s, {u"0-3"_s, u"0"_s}},
        {u"39"_s, {u"0-3"_s, u"1"_s}},
        {u"40"_s, {u"0-3"_s, u"2"_s}},
        {u"41"_s, {u"0-3"_s, u"3"_s}},
        {u"42"_s, {u"0-3"_s, u"0"_s}},
        {u"43"_s, {u"0-3"_s, u"1"_s}},
        {u"44"_s, {u"0-3"_s, u"2"_s}},
    };
    return masks;
}

const QStringList &fixtureIdOrder()
{
    static const QStringList list = {
        u"0"_s,
        u"1"_s,
        u"4"_s,
        u"8"_s,
        u"9"_s,
        u"12"_s,
        u"22"_s,
        u"24"_s,
        u"25"_s,
        u"26"_s,
        u"27"_s,
        u"28"_s,
        u"29"_s,
        u"30"_s,
        u"31"_s,
        u"32"_s,
        u"33"_s,
        u"34"_s,
        u"35"_s,
        u"36"_s,
        u"37"_s,
        u"38"_s,
        u"39"_s,
        u"40"_s,
        u"41"_s,
        u"42"_s,
        u"43"_s,
        u"44"_s,
        u"NMI"_s,
        u"LOC"_s,
        u"SPU"_s,
        u"PMI"_s,
        u"IWI"_s,
        u"RTR"_s,
        u"RES"_s,
        u"CAL"_s,
        u"TLB"_s,
        u"TRM"_s,
        u"THR"_s,
        u"DFR"_s,
        u"MCE"_s,
        u"MCP"_s,
        u"ERR"_s,
        u"MIS"_s,
        u"PIN"_s,
        u"NPI"_s,
        u"PIW"_s,
    };
    return list;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void listTable_data();
    void listTable();
    void listJsonContract();
    void listJsonCpus_data();
    void listJsonCpus();
    void sortOrder_data();
    void sortOrder();
    void rateOnUnchangingFile();
    void show_data();
    void show();
    void showJson();
    void softirqs();
    void queues();
    void queuesJson();
    void topology();
    void topologyJson();
    void snapshotRoundTrip_data();
    void snapshotRoundTrip();
    void rootWithOnlyInterrupts();
    void otherCaptures_data();
    void otherCaptures();

private:
    QString expand(QString text) const
    {
        return text.replace(u"%ROOT%"_s, fixtureRoot()).replace(u"%TMP%"_s, m_tmp.path());
    }

    QTemporaryDir m_tmp;
    QString m_snapshot;
};

void TestCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(IRQSCOPE_CLI)).isExecutable(), IRQSCOPE_CLI);
    QVERIFY(QFileInfo::exists(fixtureRoot() + u"/proc/interrupts"_s));
    // The fixture's interrupts file is the capture itself.
    QCOMPARE(readData(u"roots/kvm-guest-4cpu/proc/interrupts"_s), readData(CaptureFile));
    QVERIFY(QDir().mkpath(m_tmp.filePath(u"empty"_s)));
    // Cut off in the middle: valid JSON up to there, then nothing.
    QVERIFY(writeFile(m_tmp.filePath(u"corrupt.json"_s), "{\"format\": \"irqscope-snapshot\", \"files\": {\"proc/"));

    m_snapshot = m_tmp.filePath(u"kvm-guest.json"_s);
    const Result saved = runOnFixture({u"snapshot"_s, u"-o"_s, m_snapshot});
    QVERIFY2(saved.exitCode == Ok, saved.explain().constData());
    QCOMPARE(saved.err, QString());
    const QRegularExpression message(u"^Saved a snapshot of "_s + QRegularExpression::escape(fixtureRoot())
        + u" \\([1-9][0-9]* files\\) to "_s + QRegularExpression::escape(m_snapshot) + u"\n$"_s);
    QVERIFY2(message.match(saved.out).hasMatch(), qPrintable(saved.out));
    QVERIFY(QFileInfo(m_snapshot).size() > 0);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains"); ///< empty: stdout must be empty
    QTest::addColumn<QStringList>("stderrContains"); ///< empty: stderr must be empty
    QTest::addColumn<QString>("mustNotExist");

    const QString root = u"%ROOT%"_s;
    const QString usageHint = u"Try 'irqscope-cli --help' for more information.\n"_s;

    QTest::newRow("help") << QStringList {u"--help"_s} << Ok << u"\nCommands:\n  list      one row per interrupt"_s
                          << QStringList {} << QString();
    QTest::newRow("help of a command") << QStringList {u"show"_s, u"--help"_s} << Ok
                                       << u"Shows everything known about one interrupt."_s << QStringList {}
                                       << QString();
    QTest::newRow("help command") << QStringList {u"help"_s} << Ok << u"  snapshot  save everything"_s << QStringList {}
                                  << QString();
    QTest::newRow("version") << QStringList {u"--version"_s} << Ok
                             << u"irqscope-cli "_s + QStringLiteral(IRQSCOPE_VERSION_STRING) + u'\n' << QStringList {}
                             << QString();

    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << UsageError << QString()
                                    << QStringList {u"Unknown option 'bogus'"_s} << QString();
    QTest::newRow("option of another command")
        << QStringList {u"--root"_s, root, u"show"_s, u"36"_s, u"--per-cpu"_s} << UsageError << QString()
        << QStringList {u"Unknown option 'per-cpu'"_s} << QString();
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << UsageError << QString()
                                     << QStringList {u"unknown command \"frobnicate\"\n"_s, usageHint} << QString();
    QTest::newRow("root and snapshot") << QStringList {u"--root"_s, root, u"--snapshot"_s, u"%TMP%/corrupt.json"_s,
        u"list"_s} << UsageError << QString()
                                       << QStringList {u"--root and --snapshot cannot be used together\n"_s, usageHint}
                                       << QString();
    QTest::newRow("root and snapshot after show")
        << QStringList {u"show"_s, u"36"_s, u"--snapshot"_s, u"%TMP%/kvm-guest.json"_s, u"--root"_s, root} << UsageError
        << QString() << QStringList {u"--root and --snapshot cannot be used together\n"_s} << QString();
    QTest::newRow("sort rate without rate")
        << QStringList {u"--root"_s, root, u"list"_s, u"--sort"_s, u"rate"_s} << UsageError << QString()
        << QStringList {u"--sort rate needs --rate SECONDS\n"_s, usageHint} << QString();
    QTest::newRow("unknown sort key") << QStringList {u"--root"_s, root, u"list"_s, u"--sort"_s, u"size"_s}
                                      << UsageError << QString()
                                      << QStringList {u"--sort takes id, total, name or rate, not \"size\"\n"_s}
                                      << QString();
    QTest::newRow("rate zero") << QStringList {u"--root"_s, root, u"list"_s, u"--rate"_s, u"0"_s} << UsageError
                               << QString() << QStringList {u"--rate takes a number of seconds"_s} << QString();
    QTest::newRow("rate not a number")
        << QStringList {u"--root"_s, root, u"list"_s, u"--rate"_s, u"soon"_s} << UsageError << QString()
        << QStringList {u"--rate takes a number of seconds between 0 and 3600, not \"soon\""_s} << QString();
    QTest::newRow("cpus outside the file")
        << QStringList {u"--root"_s, root, u"list"_s, u"--cpus"_s, u"8-9"_s} << UsageError << QString()
        << QStringList {u"--cpus 8-9 names no CPU of this file (its CPUs: 0-3)\n"_s} << QString();
    QTest::newRow("cpus malformed") << QStringList {u"--root"_s, root, u"list"_s, u"--cpus"_s, u"two"_s} << UsageError
                                    << QString() << QStringList {u"irqscope-cli: --cpus: "_s} << QString();
    QTest::newRow("list with an argument")
        << QStringList {u"--root"_s, root, u"list"_s, u"36"_s} << UsageError << QString()
        << QStringList {u"list takes no arguments (got \"36\")\n"_s} << QString();
    QTest::newRow("show without irq") << QStringList {u"--root"_s, root, u"show"_s} << UsageError << QString()
                                      << QStringList {u"show takes exactly one IRQ"_s} << QString();
    QTest::newRow("show unknown irq") << QStringList {u"--root"_s, root, u"show"_s, u"9999"_s} << UsageError
                                      << QString()
                                      << QStringList {u"no interrupt \"9999\" in %ROOT%/proc/interrupts\n"_s}
                                      << QString();
    QTest::newRow("snapshot without output") << QStringList {u"--root"_s, root, u"snapshot"_s} << UsageError
                                             << QString() << QStringList {u"snapshot needs -o FILE\n"_s} << QString();

    QTest::newRow("root without interrupts")
        << QStringList {u"--root"_s, u"%TMP%/empty"_s, u"list"_s} << SourceError << QString()
        << QStringList {u"%TMP%/empty/proc/interrupts"_s} << QString();
    QTest::newRow("root without interrupts, json")
        << QStringList {u"--root"_s, u"%TMP%/empty"_s, u"list"_s, u"--json"_s} << SourceError << QString()
        << QStringList {u"%TMP%/empty/proc/interrupts"_s} << QString();
    QTest::newRow("root without interrupts, rate")
        << QStringList {u"--root"_s, u"%TMP%/empty"_s, u"list"_s, u"--rate"_s, u"0.1"_s} << SourceError << QString()
        << QStringList {u"%TMP%/empty/proc/interrupts"_s} << QString();
    QTest::newRow("show on a root without interrupts")
        << QStringList {u"--root"_s, u"%TMP%/empty"_s, u"show"_s, u"36"_s} << SourceError << QString()
        << QStringList {u"%TMP%/empty/proc/interrupts"_s} << QString();
    QTest::newRow("snapshot of a root without interrupts")
        << QStringList {u"--root"_s, u"%TMP%/empty"_s, u"snapshot"_s, u"-o"_s, u"%TMP%/never.json"_s} << SourceError
        << QString() << QStringList {u"%TMP%/empty/proc/interrupts"_s, u"nothing was saved"_s} << u"%TMP%/never.json"_s;
    QTest::newRow("root does not exist") << QStringList {u"--root"_s, u"%TMP%/no-such-dir"_s, u"list"_s} << SourceError
                                         << QString() << QStringList {u"%TMP%/no-such-dir/proc/interrupts"_s}
                                         << QString();
    QTest::newRow("corrupt snapshot") << QStringList {u"list"_s, u"--snapshot"_s, u"%TMP%/corrupt.json"_s}
                                      << SourceError << QString() << QStringList {u"%TMP%/corrupt.json"_s} << QString();
    QTest::newRow("corrupt snapshot, show")
        << QStringList {u"show"_s, u"36"_s, u"--snapshot"_s, u"%TMP%/corrupt.json"_s} << SourceError << QString()
        << QStringList {u"%TMP%/corrupt.json"_s} << QString();
    QTest::newRow("missing snapshot") << QStringList {u"list"_s, u"--snapshot"_s, u"%TMP%/absent.json"_s} << SourceError
                                      << QString() << QStringList {u"%TMP%/absent.json"_s} << QString();
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QStringList, stderrContains);
    QFETCH(QString, mustNotExist);

    for (QString &argument : arguments)
        argument = expand(argument);
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == exitCode, result.explain().constData());
    if (stdoutContains.isEmpty())
        QCOMPARE(result.out, QString());
    else
        QVERIFY2(result.out.contains(expand(stdoutContains)), qPrintable(result.out));
    if (stderrContains.isEmpty())
        QCOMPARE(result.err, QString());
    for (const QString &part : std::as_const(stderrContains))
        QVERIFY2(
            result.err.contains(expand(part)), qPrintable(u"missing \"%1\" in: %2"_s.arg(expand(part), result.err)));
    if (!mustNotExist.isEmpty())
        QVERIFY(!QFileInfo::exists(expand(mustNotExist)));
}

void TestCli::listTable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("expectedLines");

    const QString plain = u" ID  TOTAL  AFFINITY  EFFECTIVE  NAME"_s;
    QTest::newRow("list") << QStringList {u"list"_s} << plain
                          << QStringList {
                                 u"  0     49  0-3       0          timer"_s,
                                 u" 25   1800  0         0          virtio5-req.0"_s,
                                 u" 28   1989  3         3          virtio5-req.3"_s,
                                 u" 36    372  0-3       2          virtio0-input.0"_s,
                                 u" 37    318  0-3       3          virtio0-output.0"_s,
                                 u"NMI      0  -         -          Non-maskable interrupts"_s,
                                 u"LOC  34396  -         -          Local timer interrupts"_s,
                                 u"ERR      0  -         -"_s,
                             };
    QTest::newRow("no command means list") << QStringList {} << plain
                                           << QStringList {u" 36    372  0-3       2          virtio0-input.0"_s,
                                                  u"NMI      0  -         -          Non-maskable interrupts"_s};
    QTest::newRow("per-cpu")
        << QStringList {u"list"_s, u"--per-cpu"_s}
        << u" ID  TOTAL   CPU0   CPU1   CPU2   CPU3  AFFINITY  EFFECTIVE  NAME"_s
        << QStringList {
               u" 36    372      0    335     37      0  0-3       2          virtio0-input.0"_s,
               u"NMI      0      0      0      0      0  -         -          Non-maskable interrupts"_s,
               u"ERR      0      -      -      -      -  -         -"_s,
           };
    QTest::newRow("cpus 2-3") << QStringList {u"list"_s, u"--cpus"_s, u"2-3"_s} << plain
                              << QStringList {
                                     u" 25      0  0         0          virtio5-req.0"_s,
                                     u" 36     37  0-3       2          virtio0-input.0"_s,
                                     u"LOC  16771  -         -          Local timer interrupts"_s,
                                     u"ERR      0  -         -"_s,
                                 };
    QTest::newRow("per-cpu cpus 2-3") << QStringList {u"--per-cpu"_s, u"--cpus"_s, u"2-3"_s, u"list"_s}
                                      << u" ID  TOTAL   CPU2   CPU3  AFFINITY  EFFECTIVE  NAME"_s
                                      << QStringList {
                                             u" 36     37     37      0  0-3       2          virtio0-input.0"_s,
                                             u"LOC  16771   8542   8229  -         -          Local timer interrupts"_s,
                                             u"ERR      0      -      -  -         -"_s,
                                         };
    QTest::newRow("rate") << QStringList {u"list"_s, u"--rate"_s, u"0.2"_s}
                          << u" ID  TOTAL  RATE/S  AFFINITY  EFFECTIVE  NAME"_s
                          << QStringList {
                                 u" 36    372     0.0  0-3       2          virtio0-input.0"_s,
                                 u"NMI      0     0.0  -         -          Non-maskable interrupts"_s,
                             };
    QTest::newRow("rate per-cpu")
        << QStringList {u"list"_s, u"--rate"_s, u"0.2"_s, u"--per-cpu"_s}
        << u" ID  TOTAL  RATE/S  CPU0  CPU1  CPU2  CPU3  AFFINITY  EFFECTIVE  NAME"_s
        << QStringList {
               u" 36    372     0.0   0.0   0.0   0.0   0.0  0-3       2          virtio0-input.0"_s,
               u"ERR      0     0.0     -     -     -     -  -         -"_s,
           };
}

void TestCli::listTable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, header);
    QFETCH(QStringList, expectedLines);

    const Result result = runOnFixture(arguments);
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    const QStringList lines = result.lines();
    QCOMPARE(lines.size(), 1 + fixtureIdOrder().size());
    QCOMPARE(lines.constFirst(), header);
    for (const QString &line : std::as_const(expectedLines))
        QVERIFY2(lines.contains(line), qPrintable(u"no line \"%1\" in:\n%2"_s.arg(line, result.out)));
    // The first column is the id, in id order.
    QStringList firstColumn;
    for (qsizetype i = 1; i < lines.size(); ++i)
        firstColumn.append(lines[i].section(u' ', 0, 0, QString::SectionSkipEmpty));
    QCOMPARE(firstColumn, fixtureIdOrder());
}

void TestCli::listJsonContract()
{
    const Result result = runOnFixture({u"list"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(integers(document.value(u"cpus"_s)), (QList<qint64> {0, 1, 2, 3}));
    QCOMPARE(document.value(u"source"_s).toString(), fixtureRoot());
    QVERIFY(!document.contains(u"interval"_s));
    QCOMPARE(ids(document), fixtureIdOrder());

    const QList<CaptureRow> file = captureRows(readData(CaptureFile), 4);
    QCOMPARE(file.size(), fixtureIdOrder().size());
    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    QCOMPARE(interrupts.size(), file.size());
    for (qsizetype i = 0; i < file.size(); ++i) {
        const CaptureRow &expected = file[i];
        const QJsonObject row = interrupts[i].toObject();
        // The id is the label exactly as in the file, a string also for numbers.
        QVERIFY(row.value(u"id"_s).isString());
        QCOMPARE(row.value(u"id"_s).toString(), expected.id);
        const QList<qint64> counts = integers(row.value(u"counts"_s));
        QVERIFY2(row.value(u"counts"_s).isArray(), qPrintable(expected.id));
        QCOMPARE(counts, expected.counts);
        const qint64 sum = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
        QCOMPARE(row.value(u"total"_s).toInteger(-1), expected.counts.isEmpty() ? expected.single : sum);
        QVERIFY(!row.contains(u"rate"_s));
        QVERIFY(!row.contains(u"rates"_s));

        const bool numbered = !expected.id.isEmpty() && expected.id.front().isDigit();
        QCOMPARE(row.value(u"kind"_s).toString(), numbered ? u"irq"_s : counts.isEmpty() ? u"single"_s : u"arch"_s);
        if (numbered) {
            const auto masks = fixtureMasks().value(expected.id);
            QCOMPARE(row.value(u"affinity"_s).toString(), masks.first);
            QCOMPARE(row.value(u"effective"_s).toString(), masks.second);
        } else {
            QVERIFY2(!row.contains(u"affinity"_s), qPrintable(expected.id));
            QVERIFY2(!row.contains(u"effective"_s), qPrintable(expected.id));
        }
        for (const QString &key : {u"chip"_s, u"hwirq"_s, u"trigger"_s, u"name"_s, u"description"_s})
            QVERIFY2(row.value(key).isString(), qPrintable(expected.id + u' ' + key));
    }
    QCOMPARE(fixtureMasks().size(), 28);

    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : interrupts)
        byId.insert(value.toObject().value(u"id"_s).toString(), value.toObject());
    const QJsonObject irq36 = byId.value(u"36"_s);
    QCOMPARE(irq36.value(u"chip"_s).toString(), u"PCI-MSI"_s);
    QCOMPARE(irq36.value(u"hwirq"_s).toString(), u"16385"_s);
    QCOMPARE(irq36.value(u"trigger"_s).toString(), u"edge"_s);
    QCOMPARE(irq36.value(u"name"_s).toString(), u"virtio0-input.0"_s);
    QCOMPARE(irq36.value(u"description"_s).toString(), QString());
    QCOMPARE(irq36.value(u"total"_s).toInteger(), 372);
    QCOMPARE(integers(irq36.value(u"counts"_s)), (QList<qint64> {0, 335, 37, 0}));
    const QJsonObject irq0 = byId.value(u"0"_s);
    QCOMPARE(irq0.value(u"chip"_s).toString(), u"IO-APIC"_s);
    QCOMPARE(irq0.value(u"hwirq"_s).toString(), u"2"_s);
    QCOMPARE(irq0.value(u"name"_s).toString(), u"timer"_s);
    const QJsonObject irq9 = byId.value(u"9"_s);
    QCOMPARE(irq9.value(u"trigger"_s).toString(), u"fasteoi"_s);
    const QJsonObject nmi = byId.value(u"NMI"_s);
    QCOMPARE(nmi.value(u"description"_s).toString(), u"Non-maskable interrupts"_s);
    QCOMPARE(nmi.value(u"name"_s).toString(), QString());
    QCOMPARE(nmi.value(u"chip"_s).toString(), QString());
    QCOMPARE(byId.value(u"LOC"_s).value(u"total"_s).toInteger(), 34396);
    QCOMPARE(byId.value(u"PIW"_s).value(u"description"_s).toString(), u"Posted-interrupt wakeup event"_s);
    for (const QString &id : {u"ERR"_s, u"MIS"_s}) {
        const QJsonObject single = byId.value(id);
        QVERIFY(single.value(u"counts"_s).isArray());
        QCOMPARE(single.value(u"counts"_s).toArray().size(), 0);
        QCOMPARE(single.value(u"total"_s).toInteger(-1), 0);
        QCOMPARE(single.value(u"kind"_s).toString(), u"single"_s);
    }
}

void TestCli::listJsonCpus_data()
{
    QTest::addColumn<QString>("cpus");
    QTest::addColumn<QList<qint64>>("expectedCpus");
    QTest::addColumn<qint64>("total36");
    QTest::addColumn<qint64>("totalLoc");

    QTest::newRow("all") << QString() << QList<qint64> {0, 1, 2, 3} << qint64(372) << qint64(34396);
    QTest::newRow("2-3") << u"2-3"_s << QList<qint64> {2, 3} << qint64(37) << qint64(16771);
    QTest::newRow("1,3") << u"1,3"_s << QList<qint64> {1, 3} << qint64(335) << qint64(15658);
    QTest::newRow("0") << u"0"_s << QList<qint64> {0} << qint64(0) << qint64(10196);
    QTest::newRow("2-9 beyond the file") << u"2-9"_s << QList<qint64> {2, 3} << qint64(37) << qint64(16771);
}

void TestCli::listJsonCpus()
{
    QFETCH(QString, cpus);
    QFETCH(QList<qint64>, expectedCpus);
    QFETCH(qint64, total36);
    QFETCH(qint64, totalLoc);

    QStringList arguments {u"list"_s, u"--json"_s};
    if (!cpus.isEmpty())
        arguments += QStringList {u"--cpus"_s, cpus};
    const Result result = runOnFixture(arguments);
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integers(document.value(u"cpus"_s)), expectedCpus);

    const QList<CaptureRow> file = captureRows(readData(CaptureFile), 4);
    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    QCOMPARE(interrupts.size(), file.size());
    for (qsizetype i = 0; i < file.size(); ++i) {
        const QJsonObject row = interrupts[i].toObject();
        QCOMPARE(row.value(u"id"_s).toString(), file[i].id);
        const QList<qint64> counts = integers(row.value(u"counts"_s));
        if (file[i].counts.isEmpty()) {
            // ERR and MIS have one system-wide value: nothing to restrict.
            QCOMPARE(counts, QList<qint64>());
            QCOMPARE(row.value(u"total"_s).toInteger(-1), file[i].single);
            continue;
        }
        QList<qint64> expected;
        for (qint64 cpu : std::as_const(expectedCpus))
            expected.append(file[i].counts[cpu]);
        QCOMPARE(counts, expected);
        QCOMPARE(row.value(u"total"_s).toInteger(-1), std::accumulate(expected.cbegin(), expected.cend(), qint64(0)));
        if (file[i].id == u"36")
            QCOMPARE(row.value(u"total"_s).toInteger(-1), total36);
        if (file[i].id == u"LOC")
            QCOMPARE(row.value(u"total"_s).toInteger(-1), totalLoc);
    }
}

void TestCli::sortOrder_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("id") << QStringList {u"--sort"_s, u"id"_s} << fixtureIdOrder();
    QTest::newRow("default is id") << QStringList {} << fixtureIdOrder();
    // Descending total; ties keep the file order.
    QTest::newRow("total") << QStringList {u"--sort"_s, u"total"_s}
                           << QStringList {
                                  u"RES"_s,
                                  u"LOC"_s,
                                  u"CAL"_s,
                                  u"27"_s,
                                  u"29"_s,
                                  u"28"_s,
                                  u"25"_s,
                                  u"26"_s,
                                  u"4"_s,
                                  u"39"_s,
                                  u"TLB"_s,
                                  u"36"_s,
                                  u"37"_s,
                                  u"12"_s,
                                  u"0"_s,
                                  u"IWI"_s,
                                  u"1"_s,
                                  u"22"_s,
                                  u"MCP"_s,
                                  u"8"_s,
                                  u"9"_s,
                                  u"24"_s,
                                  u"30"_s,
                                  u"31"_s,
                                  u"32"_s,
                                  u"33"_s,
                                  u"34"_s,
                                  u"35"_s,
                                  u"38"_s,
                                  u"40"_s,
                                  u"41"_s,
                                  u"42"_s,
                                  u"43"_s,
                                  u"44"_s,
                                  u"NMI"_s,
                                  u"SPU"_s,
                                  u"PMI"_s,
                                  u"RTR"_s,
                                  u"TRM"_s,
                                  u"THR"_s,
                                  u"DFR"_s,
                                  u"MCE"_s,
                                  u"ERR"_s,
                                  u"MIS"_s,
                                  u"PIN"_s,
                                  u"NPI"_s,
                                  u"PIW"_s,
                              };
    QTest::newRow("total within cpu 3") << QStringList {u"--sort"_s, u"total"_s, u"--cpus"_s, u"3"_s}
                                        << QStringList {
                                               u"RES"_s,
                                               u"LOC"_s,
                                               u"CAL"_s,
                                               u"28"_s,
                                               u"29"_s,
                                               u"37"_s,
                                               u"TLB"_s,
                                               u"1"_s,
                                               u"IWI"_s,
                                               u"22"_s,
                                               u"MCP"_s,
                                               u"0"_s,
                                               u"4"_s,
                                               u"8"_s,
                                               u"9"_s,
                                               u"12"_s,
                                               u"24"_s,
                                               u"25"_s,
                                               u"26"_s,
                                               u"27"_s,
                                               u"30"_s,
                                               u"31"_s,
                                               u"32"_s,
                                               u"33"_s,
                                               u"34"_s,
                                               u"35"_s,
                                               u"36"_s,
                                               u"38"_s,
                                               u"39"_s,
                                               u"40"_s,
                                               u"41"_s,
                                               u"42"_s,
                                               u"43"_s,
                                               u"44"_s,
                                               u"NMI"_s,
                                               u"SPU"_s,
                                               u"PMI"_s,
                                               u"RTR"_s,
                                               u"TRM"_s,
                                               u"THR"_s,
                                               u"DFR"_s,
                                               u"MCE"_s,
                                               u"ERR"_s,
                                               u"MIS"_s,
                                               u"PIN"_s,
                                               u"NPI"_s,
                                               u"PIW"_s,
                                           };
    // By the name column (action name, else the description), case-insensitive; rows without
    // either (ERR, MIS) come last.
    QTest::newRow("name") << QStringList {u"--sort"_s, u"name"_s}
                          << QStringList {
                                 u"9"_s,
                                 u"29"_s,
                                 u"RTR"_s,
                                 u"DFR"_s,
                                 u"CAL"_s,
                                 u"1"_s,
                                 u"12"_s,
                                 u"IWI"_s,
                                 u"LOC"_s,
                                 u"MCE"_s,
                                 u"MCP"_s,
                                 u"NPI"_s,
                                 u"NMI"_s,
                                 u"PMI"_s,
                                 u"PIN"_s,
                                 u"PIW"_s,
                                 u"RES"_s,
                                 u"8"_s,
                                 u"SPU"_s,
                                 u"TRM"_s,
                                 u"THR"_s,
                                 u"0"_s,
                                 u"TLB"_s,
                                 u"4"_s,
                                 u"35"_s,
                                 u"36"_s,
                                 u"37"_s,
                                 u"22"_s,
                                 u"38"_s,
                                 u"39"_s,
                                 u"40"_s,
                                 u"41"_s,
                                 u"42"_s,
                                 u"43"_s,
                                 u"44"_s,
                                 u"24"_s,
                                 u"25"_s,
                                 u"26"_s,
                                 u"27"_s,
                                 u"28"_s,
                                 u"30"_s,
                                 u"31"_s,
                                 u"32"_s,
                                 u"33"_s,
                                 u"34"_s,
                                 u"ERR"_s,
                                 u"MIS"_s,
                             };
    // Every rate is 0 on a file that does not change: the order stays the id order.
    QTest::newRow("rate") << QStringList {u"--sort"_s, u"rate"_s, u"--rate"_s, u"0.1"_s} << fixtureIdOrder();
}

void TestCli::sortOrder()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expectedIds);

    const Result result = runOnFixture(QStringList {u"list"_s, u"--json"_s} + options);
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids(document), expectedIds);

    // The invariant behind each order, checked row by row.
    const QString key = options.value(options.indexOf(u"--sort"_s) + 1);
    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    for (qsizetype i = 1; i < interrupts.size(); ++i) {
        const QJsonObject a = interrupts[i - 1].toObject();
        const QJsonObject b = interrupts[i].toObject();
        if (key == u"total") {
            QVERIFY(a.value(u"total"_s).toInteger() >= b.value(u"total"_s).toInteger());
        } else if (key == u"name") {
            auto sortName = [](const QJsonObject &o) {
                return o.value(u"kind"_s).toString() == u"irq" ? o.value(u"name"_s).toString()
                                                               : o.value(u"description"_s).toString();
            };
            // Nameless rows last, the others alphabetically.
            const QString x = sortName(a);
            const QString y = sortName(b);
            QVERIFY(y.isEmpty() || (!x.isEmpty() && x.compare(y, Qt::CaseInsensitive) <= 0));
        }
    }
    // The text table has the same order.
    const Result table = runOnFixture(QStringList {u"list"_s} + options);
    QVERIFY2(table.exitCode == Ok, table.explain().constData());
    QStringList firstColumn;
    const QStringList lines = table.lines();
    for (qsizetype i = 1; i < lines.size(); ++i)
        firstColumn.append(lines[i].section(u' ', 0, 0, QString::SectionSkipEmpty));
    QCOMPARE(firstColumn, expectedIds);
}

void TestCli::rateOnUnchangingFile()
{
    const Result result = runOnFixture({u"list"_s, u"--rate"_s, u"0.2"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The interval is measured, so at least what was asked for.
    QVERIFY(document.value(u"interval"_s).isDouble());
    const double interval = document.value(u"interval"_s).toDouble();
    QVERIFY2(interval >= 0.2 && interval < 30, qPrintable(QString::number(interval)));

    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    QCOMPARE(interrupts.size(), fixtureIdOrder().size());
    for (const QJsonValue &value : interrupts) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(u"id"_s).toString();
        QVERIFY2(row.value(u"rate"_s).isDouble(), qPrintable(id));
        QCOMPARE(row.value(u"rate"_s).toDouble(-1), 0.0);
        if (row.value(u"counts"_s).toArray().isEmpty()) {
            QVERIFY2(!row.contains(u"rates"_s), qPrintable(id));
        } else {
            const QJsonArray rates = row.value(u"rates"_s).toArray();
            QCOMPARE(rates.size(), 4);
            for (const QJsonValue &rate : rates) {
                QVERIFY2(rate.isDouble(), qPrintable(id));
                QCOMPARE(rate.toDouble(-1), 0.0);
            }
        }
    }
}

void TestCli::show_data()
{
    QTest::addColumn<QString>("irq");
    QTest::addColumn<QString>("expected");

    QTest::newRow("irq 36, nic rx") << u"36"_s
                                    << u"FIELD          VALUE\n"
                                       u"IRQ            36\n"
                                       u"kind           irq\n"
                                       u"name           virtio0-input.0\n"
                                       u"chip           PCI-MSI\n"
                                       u"hwirq          16385\n"
                                       u"trigger        edge\n"
                                       u"total          372\n"
                                       u"affinity       0-3  (mask f)\n"
                                       u"effective      2  (mask 4)\n"
                                       u"node           0\n"
                                       u"spurious       0 (unhandled 0)\n"
                                       u"wakeup         disabled\n"
                                       u"network queue  eth0 queue 0 (rx)\n"
                                       u"\n"
                                       u"CPU  COUNT   SHARE\n"
                                       u"  0      0   0.0 %\n"
                                       u"  1    335  90.1 %\n"
                                       u"  2     37   9.9 %\n"
                                       u"  3      0   0.0 %\n"_s;
    QTest::newRow("irq 37, nic tx") << u"37"_s
                                    << u"FIELD          VALUE\n"
                                       u"IRQ            37\n"
                                       u"kind           irq\n"
                                       u"name           virtio0-output.0\n"
                                       u"chip           PCI-MSI\n"
                                       u"hwirq          16386\n"
                                       u"trigger        edge\n"
                                       u"total          318\n"
                                       u"affinity       0-3  (mask f)\n"
                                       u"effective      3  (mask 8)\n"
                                       u"node           0\n"
                                       u"spurious       0 (unhandled 0)\n"
                                       u"wakeup         disabled\n"
                                       u"network queue  eth0 queue 0 (tx)\n"
                                       u"\n"
                                       u"CPU  COUNT    SHARE\n"
                                       u"  0      0    0.0 %\n"
                                       u"  1      0    0.0 %\n"
                                       u"  2      0    0.0 %\n"
                                       u"  3    318  100.0 %\n"_s;
    QTest::newRow("irq 25, managed") << u"25"_s
                                     << u"FIELD      VALUE\n"
                                        u"IRQ        25\n"
                                        u"kind       irq\n"
                                        u"name       virtio5-req.0\n"
                                        u"chip       PCI-MSI\n"
                                        u"hwirq      114689\n"
                                        u"trigger    edge\n"
                                        u"total      1800\n"
                                        u"affinity   0  (mask 1)\n"
                                        u"effective  0  (mask 1)\n"
                                        u"node       0\n"
                                        u"spurious   0 (unhandled 0)\n"
                                        u"wakeup     disabled\n"
                                        u"\n"
                                        u"CPU  COUNT    SHARE\n"
                                        u"  0   1800  100.0 %\n"
                                        u"  1      0    0.0 %\n"
                                        u"  2      0    0.0 %\n"
                                        u"  3      0    0.0 %\n"_s;
    // No /sys/kernel/irq/12 in the fixture: no wakeup line.
    QTest::newRow("irq 12, legacy") << u"12"_s
                                    << u"FIELD      VALUE\n"
                                       u"IRQ        12\n"
                                       u"kind       irq\n"
                                       u"name       i8042\n"
                                       u"chip       IO-APIC\n"
                                       u"hwirq      12\n"
                                       u"trigger    edge\n"
                                       u"total      144\n"
                                       u"affinity   0-3  (mask f)\n"
                                       u"effective  0  (mask 1)\n"
                                       u"node       0\n"
                                       u"spurious   0 (unhandled 0)\n"
                                       u"\n"
                                       u"CPU  COUNT    SHARE\n"
                                       u"  0      0    0.0 %\n"
                                       u"  1      0    0.0 %\n"
                                       u"  2    144  100.0 %\n"
                                       u"  3      0    0.0 %\n"_s;
    const QString nmi = u"FIELD        VALUE\n"
                        u"IRQ          NMI\n"
                        u"kind         arch\n"
                        u"description  Non-maskable interrupts\n"
                        u"total        0\n"
                        u"\n"
                        u"CPU  COUNT  SHARE\n"
                        u"  0      0  0.0 %\n"
                        u"  1      0  0.0 %\n"
                        u"  2      0  0.0 %\n"
                        u"  3      0  0.0 %\n"_s;
    QTest::newRow("NMI") << u"NMI"_s << nmi;
    QTest::newRow("nmi, any case") << u"nmi"_s << nmi;
    QTest::newRow("ERR, single value") << u"ERR"_s
                                       << u"FIELD  VALUE\n"
                                          u"IRQ    ERR\n"
                                          u"kind   single\n"
                                          u"total  0\n"_s;
}

void TestCli::show()
{
    QFETCH(QString, irq);
    QFETCH(QString, expected);

    const Result result = runOnFixture({u"show"_s, irq});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, expected);
}

void TestCli::showJson()
{
    Result result = runOnFixture({u"show"_s, u"36"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    QJsonObject o = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"id"_s).toString(), u"36"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"irq"_s);
    QCOMPARE(o.value(u"total"_s).toInteger(), 372);
    QCOMPARE(o.value(u"name"_s).toString(), u"virtio0-input.0"_s);
    QCOMPARE(o.value(u"chip"_s).toString(), u"PCI-MSI"_s);
    QCOMPARE(o.value(u"hwirq"_s).toString(), u"16385"_s);
    QCOMPARE(integers(o.value(u"cpus"_s)), (QList<qint64> {0, 1, 2, 3}));
    QCOMPARE(integers(o.value(u"counts"_s)), (QList<qint64> {0, 335, 37, 0}));
    QCOMPARE(o.value(u"affinity"_s).toString(), u"0-3"_s);
    QCOMPARE(o.value(u"affinityMask"_s).toString(), u"f"_s);
    QCOMPARE(o.value(u"effective"_s).toString(), u"2"_s);
    QCOMPARE(o.value(u"effectiveMask"_s).toString(), u"4"_s);
    QCOMPARE(o.value(u"node"_s).toInteger(-2), 0);
    QCOMPARE(o.value(u"queue"_s).toString(), u"eth0 queue 0 (rx)"_s);

    result = runOnFixture({u"show"_s, u"NMI"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    o = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"id"_s).toString(), u"NMI"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"arch"_s);
    QCOMPARE(o.value(u"description"_s).toString(), u"Non-maskable interrupts"_s);
    QCOMPARE(integers(o.value(u"counts"_s)), (QList<qint64> {0, 0, 0, 0}));
    for (const QString &absent : {u"affinity"_s, u"effective"_s, u"affinityMask"_s, u"node"_s, u"queue"_s})
        QVERIFY2(!o.contains(absent), qPrintable(absent));
}

void TestCli::softirqs()
{
    Result result = runOnFixture({u"softirqs"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    const QStringList lines = result.lines();
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], u"TYPE         TOTAL    CPU0     CPU1     CPU2    CPU3  MEANING"_s);
    QVERIFY2(lines[4].startsWith(u"NET_RX    11842359  108032  5830758  5819179   84390  Network receive"_s),
        qPrintable(lines[4]));
    QVERIFY2(lines[10].startsWith(u"RCU         507088  136717   122756   127614  120001  "_s), qPrintable(lines[10]));

    result = runOnFixture({u"softirqs"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integers(document.value(u"cpus"_s)), (QList<qint64> {0, 1, 2, 3}));
    const QJsonArray types = document.value(u"softirqs"_s).toArray();
    QStringList names;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        names.append(type.value(u"type"_s).toString());
        const QList<qint64> counts = integers(type.value(u"counts"_s));
        QCOMPARE(counts.size(), 4);
        QCOMPARE(type.value(u"total"_s).toInteger(-1), std::accumulate(counts.cbegin(), counts.cend(), qint64(0)));
        QVERIFY2(!type.value(u"description"_s).toString().isEmpty(), qPrintable(names.constLast()));
    }
    QCOMPARE(names,
        (QStringList {u"HI"_s, u"TIMER"_s, u"NET_TX"_s, u"NET_RX"_s, u"BLOCK"_s, u"IRQ_POLL"_s, u"TASKLET"_s,
            u"SCHED"_s, u"HRTIMER"_s, u"RCU"_s}));
    const QJsonObject netRx = types[3].toObject();
    QCOMPARE(integers(netRx.value(u"counts"_s)), (QList<qint64> {108032, 5830758, 5819179, 84390}));
    QCOMPARE(netRx.value(u"total"_s).toInteger(), 11842359);
}

void TestCli::queues()
{
    const Result result = runOnFixture({u"queues"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
        u"eth0  (device virtio0, driver virtio_net)\n"
        u"QUEUE  RPS/XPS CPUS  FLOWS\n"
        u"rx-0   none              0\n"
        u"tx-0   none              -\n"
        u"IRQ  AFFINITY  EFFECTIVE  SERVES\n"
        u" 35  0-3       2          eth0\n"
        u" 36  0-3       2          eth0 queue 0 (rx)\n"
        u" 37  0-3       3          eth0 queue 0 (tx)\n"
        u"\n"
        u"lo  (virtual)\n"
        u"QUEUE  RPS/XPS CPUS  FLOWS\n"
        u"rx-0   none              0\n"
        u"tx-0   -                 -\n"_s);
}

void TestCli::queuesJson()
{
    const Result result = runOnFixture({u"queues"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray interfaces = document.value(u"interfaces"_s).toArray();
    QCOMPARE(interfaces.size(), 2);

    const QJsonObject eth0 = interfaces[0].toObject();
    QCOMPARE(eth0.value(u"name"_s).toString(), u"eth0"_s);
    QCOMPARE(eth0.value(u"device"_s).toString(), u"virtio0"_s);
    QCOMPARE(eth0.value(u"driver"_s).toString(), u"virtio_net"_s);
    QVERIFY(!eth0.contains(u"numaNode"_s));
    const QJsonArray irqs = eth0.value(u"irqs"_s).toArray();
    QCOMPARE(irqs.size(), 3);
    const QList<std::tuple<qint64, QString, QString>> expectedIrqs
        = {{35, u"eth0"_s, u"2"_s}, {36, u"eth0 queue 0 (rx)"_s, u"2"_s}, {37, u"eth0 queue 0 (tx)"_s, u"3"_s}};
    for (qsizetype i = 0; i < irqs.size(); ++i) {
        const QJsonObject irq = irqs[i].toObject();
        QCOMPARE(irq.value(u"irq"_s).toInteger(), std::get<0>(expectedIrqs[i]));
        QCOMPARE(irq.value(u"queue"_s).toString(), std::get<1>(expectedIrqs[i]));
        QCOMPARE(irq.value(u"affinity"_s).toString(), u"0-3"_s);
        QCOMPARE(irq.value(u"effective"_s).toString(), std::get<2>(expectedIrqs[i]));
    }
    const QJsonArray ethQueues = eth0.value(u"queues"_s).toArray();
    QCOMPARE(ethQueues.size(), 2);
    QCOMPARE(ethQueues[0].toObject().value(u"name"_s).toString(), u"rx-0"_s);
    QCOMPARE(ethQueues[0].toObject().value(u"rpsCpus"_s).toString(u"unset"_s), QString());
    QCOMPARE(ethQueues[0].toObject().value(u"rpsFlowCount"_s).toInteger(-1), 0);
    QCOMPARE(ethQueues[1].toObject().value(u"name"_s).toString(), u"tx-0"_s);
    QCOMPARE(ethQueues[1].toObject().value(u"xpsCpus"_s).toString(u"unset"_s), QString());

    const QJsonObject lo = interfaces[1].toObject();
    QCOMPARE(lo.value(u"name"_s).toString(), u"lo"_s);
    QCOMPARE(lo.value(u"device"_s).toString(u"unset"_s), QString());
    QCOMPARE(lo.value(u"driver"_s).toString(u"unset"_s), QString());
    QCOMPARE(lo.value(u"irqs"_s).toArray().size(), 0);
    const QJsonArray loQueues = lo.value(u"queues"_s).toArray();
    QCOMPARE(loQueues.size(), 2);
    QCOMPARE(loQueues[0].toObject().value(u"name"_s).toString(), u"rx-0"_s);
    QCOMPARE(loQueues[1].toObject(), (QJsonObject {{u"name"_s, u"tx-0"_s}}));
}

void TestCli::topology()
{
    const Result result = runOnFixture({u"topology"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
        u"SET       CPUS\n"
        u"possible  0-3\n"
        u"present   0-3\n"
        u"online    0-3\n"
        u"node 0    0-3\n"
        u"\n"
        u"CPU  PACKAGE  DIE  CLUSTER  CORE  NODE  SIBLINGS  STATE\n"
        u"  0        0    0        -     0     0  0         online\n"
        u"  1        0    0        -     1     0  1         online\n"
        u"  2        0    0        -     2     0  2         online\n"
        u"  3        0    0        -     3     0  3         online\n"_s);
}

void TestCli::topologyJson()
{
    const Result result = runOnFixture({u"topology"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(document.value(u"possible"_s).toString(), u"0-3"_s);
    QCOMPARE(document.value(u"present"_s).toString(), u"0-3"_s);
    QCOMPARE(document.value(u"online"_s).toString(), u"0-3"_s);
    QCOMPARE(document.value(u"isolated"_s).toString(u"unset"_s), QString());
    QCOMPARE(document.value(u"nohzFull"_s).toString(u"unset"_s), QString());
    QCOMPARE(document.value(u"nodes"_s).toObject(), (QJsonObject {{u"0"_s, u"0-3"_s}}));
    const QJsonArray cpus = document.value(u"cpus"_s).toArray();
    QCOMPARE(cpus.size(), 4);
    for (int cpu = 0; cpu < 4; ++cpu) {
        const QJsonObject c = cpus[cpu].toObject();
        QCOMPARE(c.value(u"cpu"_s).toInteger(-2), cpu);
        QCOMPARE(c.value(u"online"_s).toBool(false), true);
        QCOMPARE(c.value(u"package"_s).toInteger(-2), 0);
        QCOMPARE(c.value(u"die"_s).toInteger(-2), 0);
        // x86 prints 65535 for an unknown cluster.
        QCOMPARE(c.value(u"cluster"_s).toInteger(-2), -1);
        QCOMPARE(c.value(u"core"_s).toInteger(-2), cpu);
        QCOMPARE(c.value(u"node"_s).toInteger(-2), 0);
        QCOMPARE(c.value(u"threadSiblings"_s).toString(), QString::number(cpu));
        QCOMPARE(c.value(u"isolated"_s).toBool(true), false);
        QCOMPARE(c.value(u"nohzFull"_s).toBool(true), false);
    }
}

void TestCli::snapshotRoundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("list json") << QStringList {u"list"_s, u"--json"_s};
    QTest::newRow("list json cpus 1,3") << QStringList {u"list"_s, u"--json"_s, u"--cpus"_s, u"1,3"_s};
    QTest::newRow("list json rate") << QStringList {u"list"_s, u"--json"_s, u"--rate"_s, u"0.1"_s};
    QTest::newRow("list per-cpu") << QStringList {u"list"_s, u"--per-cpu"_s};
    QTest::newRow("show 36") << QStringList {u"show"_s, u"36"_s};
    QTest::newRow("show 36 json") << QStringList {u"show"_s, u"36"_s, u"--json"_s};
    QTest::newRow("softirqs json") << QStringList {u"softirqs"_s, u"--json"_s};
    QTest::newRow("queues") << QStringList {u"queues"_s};
    QTest::newRow("queues json") << QStringList {u"queues"_s, u"--json"_s};
    QTest::newRow("topology") << QStringList {u"topology"_s};
    QTest::newRow("topology json") << QStringList {u"topology"_s, u"--json"_s};
}

void TestCli::snapshotRoundTrip()
{
    QFETCH(QStringList, arguments);

    const Result live = runOnFixture(arguments);
    QVERIFY2(live.exitCode == Ok, live.explain().constData());
    QCOMPARE(live.err, QString());
    const Result saved = runCli(QStringList {u"--snapshot"_s, m_snapshot} + arguments);
    QVERIFY2(saved.exitCode == Ok, saved.explain().constData());
    QCOMPARE(saved.err, QString());

    if (!arguments.contains(u"--json"_s)) {
        QCOMPARE(saved.out, live.out);
        return;
    }
    QString error;
    QJsonObject fromRoot = parseObject(live.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject fromSnapshot = parseObject(saved.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Only "source" differs: it names where the data came from. The measured interval differs too.
    if (arguments.constFirst() == u"list") {
        QCOMPARE(fromRoot.take(u"source"_s).toString(), fixtureRoot());
        QCOMPARE(fromSnapshot.take(u"source"_s).toString(), m_snapshot);
    }
    if (arguments.contains(u"--rate"_s)) {
        QVERIFY(fromRoot.take(u"interval"_s).toDouble() >= 0.1);
        QVERIFY(fromSnapshot.take(u"interval"_s).toDouble() >= 0.1);
    }
    QCOMPARE(fromSnapshot, fromRoot);
}

void TestCli::rootWithOnlyInterrupts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray capture = readData(u"interrupts/05_x86_offline-cpu6_7cols_sysstat-edited.txt"_s);
    QVERIFY(!capture.isEmpty());
    QVERIFY(writeFile(dir.filePath(u"proc/interrupts"_s), capture));
    const QStringList root {u"--root"_s, dir.path()};

    Result result = runCli(root + QStringList {u"list"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // CPU6 is offline: the kernel prints no column for it.
    QCOMPARE(integers(document.value(u"cpus"_s)), (QList<qint64> {0, 1, 2, 3, 4, 5, 7}));
    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    QCOMPARE(interrupts.size(), 43);
    for (const QJsonValue &value : interrupts) {
        const QJsonObject row = value.toObject();
        QVERIFY2(!row.contains(u"affinity"_s), qPrintable(row.value(u"id"_s).toString()));
        QVERIFY2(!row.contains(u"effective"_s), qPrintable(row.value(u"id"_s).toString()));
    }

    result = runCli(root + QStringList {u"list"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    const QStringList lines = result.lines();
    QCOMPARE(lines.size(), 44);
    QCOMPARE(lines[0], u" ID     TOTAL  AFFINITY  EFFECTIVE  NAME"_s);
    QCOMPARE(lines[1], u"  0         8  -         -          timer"_s);
    const qsizetype affinityColumn = lines[0].indexOf(u"AFFINITY"_s);
    const qsizetype effectiveColumn = lines[0].indexOf(u"EFFECTIVE"_s);
    const qsizetype nameColumn = lines[0].indexOf(u"NAME"_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines[i].mid(affinityColumn, effectiveColumn - affinityColumn), u"-         "_s);
        QCOMPARE(lines[i].mid(effectiveColumn, nameColumn - effectiveColumn).trimmed(), u"-"_s);
    }

    result = runCli(root + QStringList {u"list"_s, u"--per-cpu"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.lines().value(0),
        u" ID     TOTAL      CPU0      CPU1     CPU2     CPU3      CPU4      CPU5      CPU7  AFFINITY  "
        u"EFFECTIVE  NAME"_s);

    result = runCli(root + QStringList {u"list"_s, u"--cpus"_s, u"6"_s});
    QCOMPARE(result.exitCode, UsageError);
    QVERIFY2(result.err.contains(u"--cpus 6 names no CPU of this file (its CPUs: 0-5,7)"_s), qPrintable(result.err));

    // show: no /proc/irq, so no affinity lines.
    result = runCli(root + QStringList {u"show"_s, u"0"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QVERIFY(result.out.startsWith(u"FIELD    VALUE\nIRQ      0\nkind     irq\nname     timer\n"_s));
    QVERIFY(!result.out.contains(u"affinity"_s));
    QVERIFY(!result.out.contains(u"effective"_s));
    QVERIFY(result.out.contains(u"\n  7      0    0.0 %\n"_s));

    result = runCli(root + QStringList {u"queues"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.out, u"No network interfaces under %1/sys/class/net.\n"_s.arg(dir.path()));

    result = runCli(root + QStringList {u"topology"_s});
    QCOMPARE(result.exitCode, SourceError);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(u"no CPU information under %1/sys/devices/system/cpu"_s.arg(dir.path())),
        qPrintable(result.err));
}

void TestCli::otherCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<qint64>>("cpus");

    QTest::newRow("02 x86 legacy fused chip, 4 cpus")
        << u"interrupts/02_x86_laptop_irremap_legacy-format_4cpu.txt"_s << 30 << range(0, 3);
    QTest::newRow("03 arm64 graviton, 8 cpus")
        << u"interrupts/03_arm64_aws-graviton_gicv3_its_8cpu.txt"_s << 59 << range(0, 7);
    QTest::newRow("05 x86 cpu6 offline") << u"interrupts/05_x86_offline-cpu6_7cols_sysstat-edited.txt"_s << 43
                                         << QList<qint64> {0, 1, 2, 3, 4, 5, 7};
    QTest::newRow("29 x86 alder lake, 20 cpus")
        << u"interrupts/29_x86_alderlake-desktop_pci-msi-hwirq_20cpu.txt"_s << 110 << range(0, 19);
    QTest::newRow("91 x86 mlx4, 40 cpus")
        << u"interrupts/91_x86_40cpu_mlx4-ir-msix-bdf_matched-set_pcp.txt"_s << 349 << range(0, 39);
}

void TestCli::otherCaptures()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(QList<qint64>, cpus);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray capture = readData(file);
    QVERIFY(!capture.isEmpty());
    QVERIFY(writeFile(dir.filePath(u"proc/interrupts"_s), capture));

    const Result result = runCli({u"--root"_s, dir.path(), u"list"_s, u"--json"_s});
    QVERIFY2(result.exitCode == Ok, result.explain().constData());
    QCOMPARE(result.err, QString());
    QString error;
    const QJsonObject document = parseObject(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integers(document.value(u"cpus"_s)), cpus);
    const QJsonArray interrupts = document.value(u"interrupts"_s).toArray();
    QCOMPARE(interrupts.size(), rows);
    // The kernel prints numbered IRQs ascending, then the architecture rows: the id order.
    QCOMPARE(ids(document), captureIds(capture));
    for (const QJsonValue &value : interrupts) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(u"id"_s).toString();
        const QList<qint64> counts = integers(row.value(u"counts"_s));
        QVERIFY2(counts.isEmpty() || counts.size() == cpus.size(), qPrintable(id));
        if (!counts.isEmpty())
            QCOMPARE(row.value(u"total"_s).toInteger(-1), std::accumulate(counts.cbegin(), counts.cend(), qint64(0)));
        QVERIFY2(!row.contains(u"affinity"_s), qPrintable(id));
    }

    const Result table = runCli({u"--root"_s, dir.path(), u"list"_s});
    QVERIFY2(table.exitCode == Ok, table.explain().constData());
    QCOMPARE(table.lines().size(), rows + 1);
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
