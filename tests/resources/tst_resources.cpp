// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
const QString s_appId = u"org.irqscope.IrqScope"_s;

QString resourcePath(const QString &name)
{
    return QStringLiteral(IRQSCOPE_RESOURCES_DIR) + u'/' + name;
}

QString desktopPath()
{
    return resourcePath(s_appId + u".desktop");
}

QString metainfoPath()
{
    return resourcePath(s_appId + u".metainfo.xml");
}

QString iconPath()
{
    return resourcePath(u"icons/"_s + s_appId + u".svg");
}

// The keys of the [Desktop Entry] group, localized ones under their full name ("Name[de]").
QHash<QString, QString> desktopEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QHash<QString, QString> entry;
    bool inGroup = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inGroup = line == u"[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (inGroup && equals > 0)
            entry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entry;
}

// What the tests need from the metainfo: the text of single elements, keyed by their path below
// <component> ("id", "launchable"), plus the attributes and lists that matter.
struct Metainfo
{
    QString error;
    QString componentType;
    QHash<QString, QString> text; ///< untranslated text by element path, e.g. "developer/name"
    QHash<QString, QString> translatedName; ///< <name xml:lang=...> by language
    QHash<QString, QString> translatedSummary; ///< <summary xml:lang=...> by language
    QString launchableType;
    QString developerId;
    QStringList binaries;
    QStringList releaseVersions;
    QStringList releaseDates;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    QStringList stack; // element names below the document root
    QStringList langs; // xml:lang of each element on the stack
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (stack.isEmpty())
                info.componentType = attributes.value(u"type"_s).toString();
            stack.append(xml.name().toString());
            langs.append(attributes.value(u"xml:lang"_s).toString());
            const QString elementPath = stack.mid(1).join(u'/');
            if (elementPath == u"launchable") {
                info.launchableType = attributes.value(u"type"_s).toString();
            } else if (elementPath == u"developer") {
                info.developerId = attributes.value(u"id"_s).toString();
            } else if (elementPath == u"releases/release") {
                info.releaseVersions.append(attributes.value(u"version"_s).toString());
                info.releaseDates.append(attributes.value(u"date"_s).toString());
            }
        } else if (xml.isEndElement()) {
            stack.removeLast();
            langs.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !stack.isEmpty()) {
            const QString elementPath = stack.mid(1).join(u'/');
            const QString &lang = langs.constLast();
            const QString value = xml.text().trimmed().toString();
            if (elementPath == u"provides/binary")
                info.binaries.append(value);
            else if (!lang.isEmpty() && elementPath == u"name")
                info.translatedName.insert(lang, value);
            else if (!lang.isEmpty() && elementPath == u"summary")
                info.translatedSummary.insert(lang, value);
            else if (lang.isEmpty())
                info.text.insert(elementPath, value);
        }
    }
    if (xml.hasError())
        info.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return info;
}
} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icon_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("source file") << iconPath();
        QTest::newRow("compiled resource") << u":/icons/org.irqscope.IrqScope.svg"_s;
    }

    void icon()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QRectF viewBox = renderer.viewBoxF();
        QVERIFY(!viewBox.isEmpty());
        QCOMPARE(viewBox.width(), viewBox.height());

        // Drawn at the sizes a panel and a software centre use, the icon covers its centre.
        for (const int size : {16, 256}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        }
    }

    void qrcAlias()
    {
        QFile qrc(resourcePath(u"irqscope.qrc"_s));
        QVERIFY(qrc.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&qrc);
        QHash<QString, QString> files; // alias -> file
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"file") {
                const QString alias = xml.attributes().value(u"alias"_s).toString();
                files.insert(alias, xml.readElementText().trimmed());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString alias = u"icons/"_s + s_appId + u".svg";
        QVERIFY(files.contains(alias));
        QCOMPARE(resourcePath(files.value(alias)), iconPath());
    }

    void metainfo()
    {
        const Metainfo info = readMetainfo(metainfoPath());
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.componentType, u"desktop-application");
        QCOMPARE(info.text.value(u"id"_s), s_appId);
        QCOMPARE(info.text.value(u"metadata_license"_s), u"CC0-1.0");
        QCOMPARE(info.text.value(u"project_license"_s), u"GPL-2.0-or-later");
        QCOMPARE(info.text.value(u"name"_s), u"IRQ Scope");
        QVERIFY(!info.text.value(u"summary"_s).isEmpty());
        QVERIFY(info.translatedName.contains(u"de"_s));
        QVERIFY(info.translatedSummary.contains(u"de"_s));
        QCOMPARE(info.launchableType, u"desktop-id");
        QCOMPARE(info.text.value(u"launchable"_s), QFileInfo(desktopPath()).fileName());
        QVERIFY(!info.developerId.isEmpty());
        QVERIFY(!info.text.value(u"developer/name"_s).isEmpty());
        QCOMPARE(info.binaries, QStringList({u"irqscope"_s, u"irqscope-cli"_s}));
        // The newest release comes first and is the version CMake builds.
        QVERIFY(!info.releaseVersions.isEmpty());
        QCOMPARE(info.releaseVersions.constFirst(), QStringLiteral(IRQSCOPE_VERSION));
        for (const QString &date : info.releaseDates)
            QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
    }

    void desktopEntry_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Type") << u"Type"_s << u"Application"_s;
        QTest::newRow("Name") << u"Name"_s << u"IRQ Scope"_s;
        QTest::newRow("Exec") << u"Exec"_s << u"irqscope"_s;
        // The theme looks the icon up by the installed file's base name.
        QTest::newRow("Icon") << u"Icon"_s << QFileInfo(iconPath()).completeBaseName();
        QTest::newRow("Categories") << u"Categories"_s << u"System;Monitor;Qt;"_s;
    }

    void desktopEntry()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QHash<QString, QString> entry = ::desktopEntry(desktopPath());
        QVERIFY2(entry.contains(key), qPrintable(key));
        QCOMPARE(entry.value(key), expected);
    }

    void desktopEntryTranslations_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"Name", "GenericName", "Comment", "Keywords"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void desktopEntryTranslations()
    {
        QFETCH(QString, key);
        const QHash<QString, QString> entry = ::desktopEntry(desktopPath());
        QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
        QVERIFY2(!entry.value(key + u"[de]").isEmpty(), qPrintable(key + u"[de]"));
    }

    void keywordsTeachTheTopic()
    {
        const QStringList keywords = ::desktopEntry(desktopPath()).value(u"Keywords"_s).split(u';', Qt::SkipEmptyParts);
        for (const auto &keyword : {u"IRQ"_s, u"interrupt"_s, u"affinity"_s, u"CPU"_s, u"irqbalance"_s, u"RPS"_s})
            QVERIFY2(keywords.contains(keyword), qPrintable(keyword));
    }
};

QTEST_MAIN(TestResources)

#include "tst_resources.moc"
