// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

// The helper's installed files: polkit/org.irqscope.policy, polkit/org.irqscope.Helper.conf,
// the configured activation file and systemd unit, and the D-Bus contract XML.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
QString sourcePath(const QString &relative)
{
    return QStringLiteral(IRQSCOPE_SOURCE_DIR) + u'/' + relative;
}

QString binaryPath(const QString &relative)
{
    return QStringLiteral(IRQSCOPE_BINARY_DIR) + u'/' + relative;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One XML element with its attributes and the path of its ancestors.
struct Element
{
    QString name;
    QStringList ancestors;
    QXmlStreamAttributes attributes;
    QString text;
};

std::optional<QList<Element>> parseXml(const QString &path, QString *error)
{
    const QByteArray data = contents(path);
    if (data.isEmpty()) {
        *error = u"cannot read "_s + path;
        return std::nullopt;
    }
    QXmlStreamReader reader(data);
    QList<Element> elements;
    QList<qsizetype> open;
    QStringList stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            elements.append({reader.name().toString(), stack, reader.attributes(), {}});
            open.append(elements.size() - 1);
            stack.append(reader.name().toString());
        } else if (reader.isEndElement()) {
            open.removeLast();
            stack.removeLast();
        } else if (reader.isCharacters() && !open.isEmpty()) {
            elements[open.last()].text += reader.text().toString().trimmed();
        }
    }
    if (reader.hasError()) {
        *error = path + u':' + QString::number(reader.lineNumber()) + u": " + reader.errorString();
        return std::nullopt;
    }
    return elements;
}

// "Key=Value" lines of an ini-style file (.service, systemd unit), comments skipped.
QMultiMap<QString, QString> keyValues(const QString &path)
{
    QMultiMap<QString, QString> values;
    const QList<QByteArray> lines = contents(path).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'['))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return values;
}

// The policy's action ids, each with its defaults.
QMap<QString, QMap<QString, QString>> policyActions()
{
    QMap<QString, QMap<QString, QString>> actions;
    QString error;
    const auto elements = parseXml(sourcePath(u"polkit/org.irqscope.policy"_s), &error);
    if (!elements)
        return actions;
    QString current;
    for (const Element &element : *elements) {
        if (element.name == u"action") {
            current = element.attributes.value(u"id"_s).toString();
            actions[current];
        } else if (!current.isEmpty() && element.ancestors.endsWith(u"defaults"_s)) {
            actions[current].insert(element.name, element.text);
        } else if (!current.isEmpty() && (element.name == u"description" || element.name == u"message")
            && !element.attributes.hasAttribute(u"xml:lang"_s)) {
            actions[current].insert(element.name, element.text);
        }
    }
    return actions;
}

// Every "org.irqscope.set-…" string in src/.
QSet<QString> actionIdsInSources()
{
    QSet<QString> ids;
    static const QRegularExpression pattern(u"org\\.irqscope\\.set-[a-z0-9-]+"_s);
    QDirIterator it(sourcePath(u"src"_s), {u"*.cpp"_s, u"*.h"_s, u"*.in"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString text = QString::fromUtf8(contents(it.next()));
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext())
            ids.insert(matches.next().captured());
    }
    return ids;
}

// Where cmake --install puts irqscope-helper, read from the generated install script.
QString helperInstallPath()
{
    const QString script = QString::fromUtf8(contents(binaryPath(u"src/helper/cmake_install.cmake"_s)));
    static const QRegularExpression install(
        uR"re(file\(INSTALL DESTINATION "([^"]+)" TYPE EXECUTABLE FILES "[^"]*/irqscope-helper"\))re"_s);
    const auto match = install.match(script);
    if (!match.hasMatch())
        return {};
    QString destination = match.captured(1);
    destination.replace(u"${CMAKE_INSTALL_PREFIX}"_s, QStringLiteral(IRQSCOPE_INSTALL_PREFIX));
    return destination + u"/irqscope-helper";
}
} // namespace

class TestInstallFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void everyActionInCodeIsDeclared();
    void policyDefaults();
    void busPolicy();
    void activationFile();
    void systemdUnit();
    void dbusContract();
};

void TestInstallFiles::wellFormed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    QTest::newRow("policy") << sourcePath(u"polkit/org.irqscope.policy"_s) << u"policyconfig"_s;
    QTest::newRow("bus policy") << sourcePath(u"polkit/org.irqscope.Helper.conf"_s) << u"busconfig"_s;
    QTest::newRow("D-Bus contract") << sourcePath(u"src/dbus/org.irqscope.Helper1.xml"_s) << u"node"_s;
}

void TestInstallFiles::wellFormed()
{
    QFETCH(QString, path);
    QFETCH(QString, root);
    QString error;
    const auto elements = parseXml(path, &error);
    QVERIFY2(elements, qPrintable(error));
    QVERIFY(!elements->isEmpty());
    QCOMPARE(elements->first().name, root);
    QVERIFY2(contents(path).contains("SPDX-License-Identifier"), "SPDX header missing");
}

void TestInstallFiles::everyActionInCodeIsDeclared()
{
    const QSet<QString> used = actionIdsInSources();
    const auto declared = policyActions();
    QVERIFY(!declared.isEmpty());
    // The helper checks at least these two.
    QVERIFY(used.contains(u"org.irqscope.set-irq-affinity"_s));
    QVERIFY(used.contains(u"org.irqscope.set-default-affinity"_s));
    for (const QString &id : used)
        QVERIFY2(declared.contains(id), qPrintable(id + u" is used in src/ but not declared in the .policy"_s));
    // And nothing declared that no code checks.
    for (auto it = declared.cbegin(); it != declared.cend(); ++it)
        QVERIFY2(used.contains(it.key()), qPrintable(it.key() + u" is declared but never checked"_s));
}

void TestInstallFiles::policyDefaults()
{
    const auto actions = policyActions();
    QCOMPARE(actions.size(), 2);
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        const auto &values = it.value();
        QCOMPARE(values.value(u"allow_any"_s), u"no"_s);
        QCOMPARE(values.value(u"allow_inactive"_s), u"no"_s);
        QCOMPARE(values.value(u"allow_active"_s), u"auth_admin_keep"_s);
        QVERIFY2(!values.value(u"description"_s).isEmpty(), qPrintable(it.key()));
        QVERIFY2(!values.value(u"message"_s).isEmpty(), qPrintable(it.key()));
    }
}

void TestInstallFiles::busPolicy()
{
    QString error;
    const auto elements = parseXml(sourcePath(u"polkit/org.irqscope.Helper.conf"_s), &error);
    QVERIFY2(elements, qPrintable(error));
    QString policy; // the attributes of the enclosing <policy>
    int allows = 0;
    bool ownedByRoot = false;
    QSet<QString> interfaces;
    for (const Element &element : *elements) {
        if (element.name == u"policy") {
            policy = element.attributes.value(u"user"_s).isEmpty()
                ? u"context="_s + element.attributes.value(u"context"_s).toString()
                : u"user="_s + element.attributes.value(u"user"_s).toString();
            QVERIFY2(policy == u"user=root" || policy == u"context=default", qPrintable(policy));
            continue;
        }
        if (element.name == u"deny")
            continue;
        QVERIFY2(element.name == u"allow" || element.name == u"busconfig", qPrintable(element.name));
        if (element.name != u"allow")
            continue;
        ++allows;
        const QXmlStreamAttributes &attributes = element.attributes;
        for (const QXmlStreamAttribute &attribute : attributes)
            QVERIFY2(!attribute.value().contains(u'*'), qPrintable(attribute.value().toString()));
        if (attributes.hasAttribute(u"own"_s)) {
            // Owning the name is a rule of its own (dbus-daemon allows no other attribute on it).
            QCOMPARE(attributes.size(), 1);
            QCOMPARE(attributes.value(u"own"_s), u"org.irqscope.Helper");
            QCOMPARE(policy, u"user=root"_s);
            ownedByRoot = true;
            continue;
        }
        QVERIFY2(attributes.hasAttribute(u"send_destination"_s), "an <allow> without send_destination");
        QVERIFY2(attributes.hasAttribute(u"send_interface"_s), "an <allow> without send_interface");
        QCOMPARE(attributes.value(u"send_destination"_s), u"org.irqscope.Helper");
        for (const QXmlStreamAttribute &attribute : attributes) {
            const auto name = attribute.name();
            QVERIFY2(name == u"send_destination" || name == u"send_interface" || name == u"send_member",
                qPrintable(name.toString()));
        }
        interfaces.insert(attributes.value(u"send_interface"_s).toString());
    }
    QVERIFY(ownedByRoot);
    QVERIFY(allows >= 2);
    QVERIFY(interfaces.contains(u"org.irqscope.Helper1"_s));
    const QSet<QString> allowed {u"org.irqscope.Helper1"_s, u"org.freedesktop.DBus.Introspectable"_s,
        u"org.freedesktop.DBus.Properties"_s, u"org.freedesktop.DBus.Peer"_s};
    QVERIFY(allowed.contains(interfaces));
}

void TestInstallFiles::activationFile()
{
    const QString installed = helperInstallPath();
    QVERIFY2(!installed.isEmpty(), "no install rule for irqscope-helper in src/helper/cmake_install.cmake");
    QCOMPARE(installed, QStringLiteral(IRQSCOPE_HELPER_INSTALL_PATH));

    const QString path = binaryPath(u"polkit/org.irqscope.Helper.service"_s);
    QVERIFY(contents(path).contains("[D-BUS Service]"));
    const auto values = keyValues(path);
    QCOMPARE(values.value(u"Name"_s), u"org.irqscope.Helper"_s);
    QCOMPARE(values.value(u"Exec"_s), installed);
    QCOMPARE(values.value(u"User"_s), u"root"_s);
    QCOMPARE(values.value(u"SystemdService"_s), u"irqscope-helper.service"_s);
    QCOMPARE(values.size(), 4);
}

void TestInstallFiles::systemdUnit()
{
    const auto values = keyValues(binaryPath(u"polkit/irqscope-helper.service"_s));
    QCOMPARE(values.value(u"Type"_s), u"dbus"_s);
    QCOMPARE(values.value(u"BusName"_s), u"org.irqscope.Helper"_s);
    QCOMPARE(values.value(u"ExecStart"_s), helperInstallPath());
    QCOMPARE(values.value(u"ProtectSystem"_s), u"strict"_s);
    QCOMPARE(values.value(u"ReadWritePaths"_s), u"/proc/irq"_s);
    QCOMPARE(values.value(u"NoNewPrivileges"_s), u"yes"_s);
    QCOMPARE(values.value(u"PrivateNetwork"_s), u"yes"_s);
    QCOMPARE(values.value(u"ProtectHome"_s), u"yes"_s);
    // It would make /proc/irq read-only.
    QVERIFY(!values.contains(u"ProtectKernelTunables"_s));
}

void TestInstallFiles::dbusContract()
{
    QString error;
    const auto elements = parseXml(sourcePath(u"src/dbus/org.irqscope.Helper1.xml"_s), &error);
    QVERIFY2(elements, qPrintable(error));
    QStringList interfaces;
    QMap<QString, QString> signatures; // method -> in-args signature + "->" + out-args
    QString method;
    for (const Element &element : *elements) {
        if (element.name == u"interface")
            interfaces.append(element.attributes.value(u"name"_s).toString());
        if (element.name == u"method") {
            method = element.attributes.value(u"name"_s).toString();
            signatures[method];
        }
        if (element.name == u"arg" && element.ancestors.endsWith(u"method"_s)) {
            const bool out = element.attributes.value(u"direction"_s) == u"out";
            signatures[method] += (out ? u"->"_s : QString()) + element.attributes.value(u"type"_s).toString();
        }
    }
    QCOMPARE(interfaces, QStringList {u"org.irqscope.Helper1"_s});
    const QMap<QString, QString> expected {{u"SetIrqAffinity"_s, u"uau"_s}, {u"SetIrqAffinities"_s, u"a(uau)"_s},
        {u"SetDefaultAffinity"_s, u"au"_s}, {u"Version"_s, u"->s"_s}};
    QCOMPARE(signatures, expected);
}

QTEST_GUILESS_MAIN(TestInstallFiles)
#include "tst_installfiles.moc"
