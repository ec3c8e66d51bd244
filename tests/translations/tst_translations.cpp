// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuset.h"
#include "softirqtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Loads the German translation the way src/app/main.cpp and src/cli/main.cpp do, from the
// resources that irqscope_translations embeds, and checks that strings of each layer come out
// in German, plural forms included. Then runs both executables in a German environment.

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void translates_data();
    void translates();
    void pluralForms_data();
    void pluralForms();
    void coreStringsThroughTheirCode();
    void executablesLoadTheTranslation_data();
    void executablesLoadTheTranslation();

private:
    QTranslator m_translator;
};

void TranslationsTest::initTestCase()
{
    QVERIFY2(QFile::exists(u":/i18n/irqscope_de.qm"_s), "irqscope_translations does not embed :/i18n/irqscope_de.qm");
    QVERIFY(m_translator.load(QLocale(QLocale::German, QLocale::Germany), u"irqscope"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(m_translator.language(), u"de_DE"_s);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TranslationsTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TranslationsTest::translates_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    // Designer form, accelerators moved where German needs them.
    QTest::newRow("ui menu") << "MainWindow"_ba
                             << "&File"_ba << u"&Datei"_s;
    QTest::newRow("ui tab") << "MainWindow"_ba
                            << "&Charts"_ba << u"Dia&gramme"_s;
    // models, widgets, app (tr()).
    QTest::newRow("model header") << "InterruptModel"_ba
                                  << "Affinity"_ba << u"Affinität"_s;
    QTest::newRow("widget") << "IrqDetailPanel"_ba
                            << "Network queue"_ba << u"Warteschlange"_s;
    QTest::newRow("placeholder") << "MainWindow"_ba
                                 << "Read at %1"_ba << u"Gelesen um %1"_s;
    // main() and the command line tool (QCoreApplication::translate).
    QTest::newRow("main") << "main"_ba
                          << "Open a saved snapshot (read-only)."_ba
                          << u"Einen gespeicherten Snapshot öffnen (schreibgeschützt)."_s;
    QTest::newRow("cli") << "irqscope-cli"_ba
                         << "Commands:"_ba << u"Befehle:"_s;
    QTest::newRow("cli table") << "irqscope-cli"_ba
                               << "QUEUE"_ba << u"WARTESCHLANGE"_s;
}

void TranslationsTest::translates()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
}

void TranslationsTest::pluralForms_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("grid, one") << "CpuGridWidget"_ba << "%n CPU(s)"_ba << 1 << u"1 CPU"_s;
    QTest::newRow("grid, many") << "CpuGridWidget"_ba << "%n CPU(s)"_ba << 64 << u"64 CPUs"_s;
    QTest::newRow("widget, many") << "HeatmapWidget"_ba
                                  << "IRQs %1–%2 (%n rows)"_ba << 12 << u"IRQs %1–%2 (12 Zeilen)"_s;
    QTest::newRow("core helper, one")
        << "SoftirqsParser"_ba
        << "%1: row has %2 counts, the header names %n CPU(s); the extra counts are ignored"_ba << 1
        << u"%1: die Zeile hat %2 Zählerwerte, die Kopfzeile nennt 1 CPU; die überzähligen Werte werden ignoriert"_s;
}

void TranslationsTest::pluralForms()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
}

void TranslationsTest::coreStringsThroughTheirCode()
{
    // QT_TRANSLATE_NOOP table in core.
    QVERIFY2(SoftirqTable::describe(u"NET_RX").startsWith(u"Netzwerk-Empfangsverarbeitung"_s),
        qPrintable(SoftirqTable::describe(u"NET_RX")));
    // An error message of the shared layer, with its placeholders filled in.
    const auto parsed = CpuSet::fromCpuList(u"3-1");
    QVERIFY(!parsed.set);
    QCOMPARE(parsed.message, u"der Bereich 3-1 ist umgekehrt: Schreiben Sie 1-3"_s);
}

void TranslationsTest::executablesLoadTheTranslation_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("irqscope-cli, German") << QStringLiteral(IRQSCOPE_CLI) << u"de_DE.UTF-8"_s << u"Befehle:"_s;
    QTest::newRow("irqscope-cli, English") << QStringLiteral(IRQSCOPE_CLI) << u"C.UTF-8"_s << u"Commands:"_s;
    QTest::newRow("irqscope, German") << QStringLiteral(IRQSCOPE_APP) << u"de_DE.UTF-8"_s
                                      << u"Einen gespeicherten Snapshot öffnen (schreibgeschützt)."_s;
    QTest::newRow("irqscope, English") << QStringLiteral(IRQSCOPE_APP) << u"C.UTF-8"_s
                                       << u"Open a saved snapshot (read-only)."_s;
}

void TranslationsTest::executablesLoadTheTranslation()
{
    QFETCH(QString, program);
    QFETCH(QString, language);
    QFETCH(QString, expected);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, language);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, {u"--help"_s});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
