// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// IrqValidation, CpuLimits and HelperErrors (src/shared): the checks and names both the helper
// and the GUI use.

#include "helpererrors.h"
#include "irqvalidation.h"

#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;

class TestIrqValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkCpus_data();
    void checkCpus();
    void limitsFromText_data();
    void limitsFromText();
    void irqNumber_data();
    void irqNumber();
    void errorNames();
    void errnoMapping_data();
    void errnoMapping();
};

namespace {
// nr_cpu_ids 8; 0-5 present; 0-3 online.
CpuLimits limits()
{
    return *CpuLimits::fromText(u"0-7\n", u"0-5\n", u"0-3\n");
}
} // namespace

void TestIrqValidation::checkCpus_data()
{
    QTest::addColumn<QList<uint>>("cpus");
    QTest::addColumn<HelperError>("error");
    QTest::addColumn<QString>("result");

    QTest::newRow("one online") << QList<uint> {2} << HelperError::None << u"2"_s;
    QTest::newRow("unsorted") << QList<uint> {3, 0, 1} << HelperError::None << u"0-1,3"_s;
    QTest::newRow("online and offline present") << QList<uint> {3, 4, 5} << HelperError::None << u"3-5"_s;
    QTest::newRow("empty") << QList<uint> {} << HelperError::InvalidArgument << QString();
    QTest::newRow("duplicate") << QList<uint> {1, 1} << HelperError::InvalidArgument << QString();
    QTest::newRow("duplicate not adjacent") << QList<uint> {1, 2, 1} << HelperError::InvalidArgument << QString();
    QTest::newRow("nr_cpu_ids") << QList<uint> {8} << HelperError::CpuOutOfRange << QString();
    QTest::newRow("huge cpu") << QList<uint> {0, 4294967295u} << HelperError::CpuOutOfRange << QString();
    QTest::newRow("possible not present") << QList<uint> {0, 6} << HelperError::CpuOutOfRange << QString();
    QTest::newRow("offline only") << QList<uint> {4, 5} << HelperError::NoOnlineCpu << QString();
    // Each rule is checked over the whole list first: out of range wins over the duplicate.
    QTest::newRow("range before duplicate") << QList<uint> {1, 1, 9} << HelperError::CpuOutOfRange << QString();
    QTest::newRow("duplicate before absent") << QList<uint> {6, 1, 1} << HelperError::InvalidArgument << QString();
    QTest::newRow("absent before offline") << QList<uint> {4, 6} << HelperError::CpuOutOfRange << QString();
}

void TestIrqValidation::checkCpus()
{
    QFETCH(QList<uint>, cpus);
    QFETCH(HelperError, error);
    QFETCH(QString, result);

    const CpuValidation checked = IrqValidation::checkCpus(cpus, limits());
    QCOMPARE(checked.error, error);
    QCOMPARE(checked.isValid(), error == HelperError::None);
    if (checked.isValid()) {
        QCOMPARE(checked.cpus->toCpuList(), result);
        QVERIFY(checked.message.isEmpty());
    } else {
        QVERIFY(!checked.message.isEmpty());
    }
}

void TestIrqValidation::limitsFromText_data()
{
    QTest::addColumn<QString>("possible");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("online");
    QTest::addColumn<int>("nrCpuIds"); // -1: invalid

    QTest::newRow("simple") << u"0-3\n"_s << u"0-3\n"_s << u"0-1\n"_s << 4;
    QTest::newRow("holes") << u"0-1,6\n"_s << u"0-1\n"_s << u"0\n"_s << 7;
    QTest::newRow("none online") << u"0-1"_s << u"0-1"_s << u""_s << 2;
    QTest::newRow("empty possible") << u"\n"_s << u"0"_s << u"0"_s << -1;
    QTest::newRow("garbage") << u"0-3"_s << u"zero"_s << u"0"_s << -1;
    QTest::newRow("online beyond possible") << u"0-3"_s << u"0-3"_s << u"0-4"_s << -1;
}

void TestIrqValidation::limitsFromText()
{
    QFETCH(QString, possible);
    QFETCH(QString, present);
    QFETCH(QString, online);
    QFETCH(int, nrCpuIds);

    QString error;
    const auto result = CpuLimits::fromText(possible, present, online, &error);
    QCOMPARE(result.has_value(), nrCpuIds >= 0);
    if (result)
        QCOMPARE(result->nrCpuIds, nrCpuIds);
    else
        QVERIFY(!error.isEmpty());
}

void TestIrqValidation::irqNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value"); // -1: not an IRQ number

    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("26") << u"26"_s << qint64(26);
    QTest::newRow("max") << u"4294967295"_s << qint64(4294967295);
    QTest::newRow("overflow") << u"4294967296"_s << qint64(-1);
    QTest::newRow("eleven digits") << u"10000000000"_s << qint64(-1);
    QTest::newRow("leading zero") << u"026"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("sign") << u"+1"_s << qint64(-1);
    QTest::newRow("minus") << u"-1"_s << qint64(-1);
    QTest::newRow("space") << u" 1"_s << qint64(-1);
    QTest::newRow("path") << u"1/../2"_s << qint64(-1);
    QTest::newRow("name") << u"default_smp_affinity"_s << qint64(-1);
    QTest::newRow("arabic-indic digit") << u"\u0661"_s << qint64(-1);
}

void TestIrqValidation::irqNumber()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);

    const auto parsed = IrqValidation::parseIrqNumber(text);
    QCOMPARE(IrqValidation::isIrqNumber(text), value >= 0);
    QCOMPARE(parsed.has_value(), value >= 0);
    if (parsed)
        QCOMPARE(qint64(*parsed), value);
}

void TestIrqValidation::errorNames()
{
    const HelperError all[] = {HelperError::NotAuthorized, HelperError::InvalidArgument, HelperError::NoSuchIrq,
        HelperError::ManagedIrq, HelperError::NoOnlineCpu, HelperError::CpuOutOfRange,
        HelperError::VectorSpaceExhausted, HelperError::Busy, HelperError::WriteFailed};
    QSet<QString> names;
    for (const HelperError error : all) {
        const QString name = HelperErrors::name(error);
        QVERIFY2(name.startsWith(QStringView(HelperErrors::Prefix)), qPrintable(name));
        QCOMPARE(HelperErrors::fromName(name), std::optional<HelperError>(error));
        names.insert(name);
    }
    QCOMPARE(names.size(), qsizetype(std::size(all)));
    QCOMPARE(HelperErrors::name(HelperError::ManagedIrq), u"org.irqscope.Error.ManagedIrq"_s);
    QVERIFY(HelperErrors::name(HelperError::None).isEmpty());
    QCOMPARE(HelperErrors::fromName(u"org.freedesktop.DBus.Error.AccessDenied"), std::nullopt);
    QCOMPARE(HelperErrors::fromName(u"org.irqscope.Error."), std::nullopt);
}

void TestIrqValidation::errnoMapping_data()
{
    QTest::addColumn<int>("errnum");
    QTest::addColumn<HelperError>("error");

    QTest::newRow("EIO") << EIO << HelperError::ManagedIrq;
    QTest::newRow("EPERM") << EPERM << HelperError::ManagedIrq;
    QTest::newRow("EINVAL") << EINVAL << HelperError::NoOnlineCpu;
    QTest::newRow("EOVERFLOW") << EOVERFLOW << HelperError::CpuOutOfRange;
    QTest::newRow("ERANGE") << ERANGE << HelperError::CpuOutOfRange;
    QTest::newRow("ENOSPC") << ENOSPC << HelperError::VectorSpaceExhausted;
    QTest::newRow("ENOENT") << ENOENT << HelperError::NoSuchIrq;
    QTest::newRow("ELOOP") << ELOOP << HelperError::WriteFailed;
    QTest::newRow("EACCES") << EACCES << HelperError::WriteFailed;
    QTest::newRow("EISDIR") << EISDIR << HelperError::WriteFailed;
    QTest::newRow("EROFS") << EROFS << HelperError::WriteFailed;
}

void TestIrqValidation::errnoMapping()
{
    QFETCH(int, errnum);
    QFETCH(HelperError, error);
    QCOMPARE(HelperErrors::fromErrno(errnum), error);
}

QTEST_GUILESS_MAIN(TestIrqValidation)
#include "tst_irqvalidation.moc"
