// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestingAndCommas();
    void escaping_data();
    void escaping();
    void numbers();
    void newlinesStayValid();
};

void TestJsonWriter::nestingAndCommas()
{
    JsonWriter json;
    json.beginObject();
    json.key(u"a");
    json.beginArray();
    json.value(1);
    json.value(2);
    json.beginObject();
    json.endObject();
    json.beginArray();
    json.endArray();
    json.endArray();
    json.key(u"b");
    json.value(true);
    json.key(u"c");
    json.null();
    json.endObject();
    QCOMPARE(json.data(), QByteArray(R"({"a":[1,2,{},[]],"b":true,"c":null})"));
}

void TestJsonWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"eth0-TxRx-3"_s;
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s;
    QTest::newRow("control characters") << u"tab\there\nline\r\x01\x1f"_s;
    QTest::newRow("non-ascii") << u"Grüße, 中断"_s;
    QTest::newRow("empty") << QString();
}

void TestJsonWriter::escaping()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginArray();
    json.value(text);
    json.endArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().at(0).toString(), text);
}

void TestJsonWriter::numbers()
{
    JsonWriter json;
    json.beginArray();
    json.value(std::numeric_limits<quint64>::max());
    json.value(qint64(-5));
    json.value(12.5);
    json.value(std::nan(""));
    json.value(std::numeric_limits<double>::infinity());
    json.value(0.1);
    json.endArray();
    // 64-bit counts stay exact (a double would print 18446744073709551616).
    QCOMPARE(json.data(), QByteArray("[18446744073709551615,-5,12.5,null,null,0.1]"));
}

void TestJsonWriter::newlinesStayValid()
{
    JsonWriter json;
    json.beginArray();
    for (int i = 0; i < 3; ++i) {
        json.newline();
        json.beginObject();
        json.key(u"i");
        json.value(i);
        json.endObject();
    }
    json.newline();
    json.endArray();
    QCOMPARE(json.data(), QByteArray("[\n{\"i\":0},\n{\"i\":1},\n{\"i\":2}\n]"));
    QCOMPARE(QJsonDocument::fromJson(json.data()).array().size(), 3);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
