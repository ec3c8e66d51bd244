// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helperclient.h"
#include "helpererrors.h"

#include <QDBusConnection>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHelperClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyHelperErrorHasItsSentence_data();
    void everyHelperErrorHasItsSentence();
    void sentencesAreDistinct();
    void knownSentences_data();
    void knownSentences();
    void detailIsAppended();
    void noBusIsNotAvailable();
    void failureIsReported();
    void defaultFailureIsReported();
    void oneRequestAtATime_data();
    void oneRequestAtATime();
};

void TestHelperClient::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHelperClient::everyHelperErrorHasItsSentence_data()
{
    QTest::addColumn<QString>("name");
    // Every value of the enum after None, so that a new error cannot be added without a sentence.
    for (int e = int(HelperError::None) + 1; e <= int(HelperError::WriteFailed); ++e) {
        const QString name = HelperErrors::name(HelperError(e));
        QTest::newRow(qPrintable(name.mid(QStringView(HelperErrors::Prefix).size()))) << name;
    }
}

void TestHelperClient::everyHelperErrorHasItsSentence()
{
    QFETCH(QString, name);
    QVERIFY(!name.isEmpty());
    const QString sentence = HelperClient::describeError(name);
    QVERIFY(!sentence.isEmpty());
    // The fallback for unknown names quotes the name; a known one has its own sentence.
    QVERIFY2(!sentence.contains(name), qPrintable(sentence));
    QVERIFY(sentence.endsWith(u'.'));
}

void TestHelperClient::sentencesAreDistinct()
{
    QSet<QString> sentences;
    int count = 0;
    for (int e = int(HelperError::None) + 1; e <= int(HelperError::WriteFailed); ++e, ++count)
        sentences.insert(HelperClient::describeError(HelperErrors::name(HelperError(e))));
    QCOMPARE(sentences.size(), count);
}

void TestHelperClient::knownSentences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("NotAuthorized") << QString::fromUtf16(HelperErrors::NotAuthorized)
                                   << u"You are not allowed to change interrupt affinity (polkit refused, or no "
                                      u"authentication agent is running)."_s;
    QTest::newRow("ManagedIrq") << QString::fromUtf16(HelperErrors::ManagedIrq)
                                << u"The kernel manages this interrupt's affinity itself (a managed IRQ, typical for "
                                   u"NVMe and virtio queues): it cannot be changed."_s;
    QTest::newRow("ServiceUnknown") << u"org.freedesktop.DBus.Error.ServiceUnknown"_s
                                    << u"The IRQ Scope helper is not installed or cannot be started: see README (sudo "
                                       u"cmake --install build/dev)."_s;
    QTest::newRow("unknown") << u"org.example.Error.Strange"_s
                             << u"The IRQ Scope helper failed with an unexpected error (org.example.Error.Strange)."_s;
    QTest::newRow("unknown helper name") << u"org.irqscope.Error.FutureError"_s
                                         << u"The IRQ Scope helper failed with an unexpected error "
                                            u"(org.irqscope.Error.FutureError)."_s;
}

void TestHelperClient::knownSentences()
{
    QFETCH(QString, name);
    QFETCH(QString, sentence);
    QCOMPARE(HelperClient::describeError(name), sentence);
}

void TestHelperClient::detailIsAppended()
{
    const QString text
        = HelperClient::describeError(QString::fromUtf16(HelperErrors::WriteFailed), u"IRQ 36: cannot write"_s);
    QCOMPARE(text, u"The kernel refused the new mask. Details: IRQ 36: cannot write"_s);
}

void TestHelperClient::noBusIsNotAvailable()
{
    HelperClient client(QDBusConnection(u"not-connected"_s));
    QVERIFY(!client.isAvailable());
    QVERIFY(!client.isBusy());
}

void TestHelperClient::failureIsReported()
{
    HelperClient client(QDBusConnection(u"not-connected"_s));
    QSignalSpy applied(&client, &HelperClient::applied);
    QSignalSpy failed(&client, &HelperClient::applyFailed);
    client.applyAffinities({{36, CpuSet {2}}});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(applied.size(), 0);
    QVERIFY(!failed[0][1].toString().isEmpty());
    QVERIFY(!client.isBusy());
}

void TestHelperClient::defaultFailureIsReported()
{
    HelperClient client(QDBusConnection(u"not-connected"_s));
    QSignalSpy applied(&client, &HelperClient::applied);
    QSignalSpy failed(&client, &HelperClient::applyFailed);
    client.applyDefaultAffinity(CpuSet {2});
    QVERIFY(client.isBusy());
    QCOMPARE(failed.size(), 0); // reported from the event loop, after the call returned
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(failed[0][0].toString(), u"org.freedesktop.DBus.Error.Disconnected"_s);
    QVERIFY2(failed[0][1].toString().startsWith(
                 u"IRQ Scope is not connected to the system bus, so it cannot reach its helper."_s),
        qPrintable(failed[0][1].toString()));
    QVERIFY(!client.isBusy());
}

void TestHelperClient::oneRequestAtATime_data()
{
    QTest::addColumn<bool>("firstIsDefault");
    QTest::addColumn<bool>("secondIsDefault");
    QTest::newRow("IRQs, then default") << false << true;
    QTest::newRow("default, then IRQs") << true << false;
    QTest::newRow("default, then default") << true << true;
}

void TestHelperClient::oneRequestAtATime()
{
    QFETCH(bool, firstIsDefault);
    QFETCH(bool, secondIsDefault);
    HelperClient client(QDBusConnection(u"not-connected"_s));
    QSignalSpy failed(&client, &HelperClient::applyFailed);
    auto send = [&client](bool isDefault) {
        if (isDefault)
            client.applyDefaultAffinity(CpuSet {1});
        else
            client.applyAffinities({{36, CpuSet {1}}});
    };
    send(firstIsDefault);
    send(secondIsDefault);
    // The second is refused at once, without reaching the bus.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0].toString(), QString::fromUtf16(HelperErrors::Busy));
    QCOMPARE(failed[0][1].toString(), u"The helper is busy with another request: try again in a moment."_s);
    QTRY_COMPARE(failed.size(), 2); // the first one's answer
    QVERIFY(!client.isBusy());
}

QTEST_GUILESS_MAIN(TestHelperClient)
#include "tst_helperclient.moc"
