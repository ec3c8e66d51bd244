// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Checks the committed translations/*.ts files:
//  - complete: every message has a finished, non-empty translation (no "unfinished", "vanished"
//    or "obsolete" entries), with the source's placeholders, accelerator and edge whitespace;
//  - up to date: lupdate over src/ and ui/, with the options of the update_translations target,
//    run into a temporary copy, adds no message and removes none.
// Each failure lists the offending source texts; see translations/README.md for the fix.

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per numerus form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        QString text = context + u": \""_s + source + u'"';
        if (!comment.isEmpty())
            text += u" ("_s + comment + u')';
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value("type"_L1).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages.append(m);
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    return QStringLiteral(IRQSCOPE_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

/// %1…%99 and %n, sorted, as the source or a translation uses them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

/// The keyboard accelerators in a text: '&' before a character other than '&' or space.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QString edgeWhitespace(const QString &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && text[begin].isSpace())
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text[end - 1].isSpace())
        --end;
    return text.left(begin) + u'|' + text.mid(end);
}

/// Prints @p offenders under @p title, one per line (QTest would cut a long failure message
/// short), and returns a one-line summary, or nothing when there are none.
QString report(const QString &title, const QStringList &offenders)
{
    if (offenders.isEmpty())
        return {};
    const QString summary = title + u" (%1)"_s.arg(offenders.size());
    qWarning().noquote() << summary + u':';
    for (const QString &offender : offenders)
        qWarning().noquote() << u"    "_s + offender;
    return summary + u"; "_s;
}

const QString Advice
    = u"the texts are listed above. See translations/README.md: build update_translations, then translate."_s;

} // namespace

class TsFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void consistent_data() { complete_data(); }
    void consistent();
    void upToDate_data() { complete_data(); }
    void upToDate();
};

void TsFilesTest::complete_data()
{
    QTest::addColumn<QString>("path");
    QVERIFY(!tsFiles().isEmpty());
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TsFilesTest::complete()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "the file has no messages");
    QVERIFY2(!ts.language.isEmpty(), "the <TS> element names no language");

    QStringList offenders;
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty())
            offenders.append(m.describe() + u" [type=\""_s + m.type + u"\"]"_s);
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            offenders.append(m.describe() + u" [empty translation]"_s);
    }
    const QString problems = report(u"Messages not translated, or no longer in the code"_s, offenders);
    QVERIFY2(problems.isEmpty(), qPrintable(problems + Advice));
}

void TsFilesTest::consistent()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QStringList offenders;
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty())
            continue; // complete() reports these
        const QStringList expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            QStringList problems;
            if (placeholders(translation) != expected) {
                problems.append(
                    u"placeholders %1 instead of %2"_s.arg(placeholders(translation).join(u' '), expected.join(u' ')));
            }
            if (accelerators(translation) != accelerators(m.source))
                problems.append(
                    u"%1 accelerators instead of %2"_s.arg(accelerators(translation)).arg(accelerators(m.source)));
            if (edgeWhitespace(translation) != edgeWhitespace(m.source))
                problems.append(u"leading or trailing whitespace differs"_s);
            if (!problems.isEmpty())
                offenders.append(m.describe() + u" -> \""_s + translation + u"\": "_s + problems.join(u"; "_s));
        }
    }
    const QString problems = report(u"Translations that do not match their source"_s, offenders);
    QVERIFY2(problems.isEmpty(), qPrintable(problems + u"see the warnings above."_s));
}

void TsFilesTest::upToDate()
{
    QFETCH(QString, path);
    const TsFile committed = readTs(path);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same files and options as the update_translations target (translations/CMakeLists.txt).
    const QDir root(QStringLiteral(IRQSCOPE_SOURCE_DIR));
    QStringList arguments {root.filePath(u"src"_s), root.filePath(u"ui"_s), u"-extensions"_s, u"cpp,h,ui"_s};
    for (const QFileInfo &layer : QDir(root.filePath(u"src"_s)).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        arguments << u"-I"_s << layer.absoluteFilePath();
    arguments += QStringLiteral(IRQSCOPE_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    arguments << u"-ts"_s << copy;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(IRQSCOPE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(u"lupdate failed:\n"_s + output));

    // lupdate skips tr() calls it cannot give a context: those strings would never be translated.
    QStringList lost;
    for (const QString &line : output.split(u'\n')) {
        if (line.contains(u"cannot be called without context"_s))
            lost.append(line.trimmed());
    }

    const TsFile fresh = readTs(copy);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QSet<QString> inCommitted, inFresh;
    for (const Message &m : committed.messages)
        inCommitted.insert(m.key());
    QStringList added, removed;
    for (const Message &m : fresh.messages) {
        inFresh.insert(m.key());
        if (!inCommitted.contains(m.key()))
            added.append(m.describe());
    }
    for (const Message &m : committed.messages) {
        if (!inFresh.contains(m.key()))
            removed.append(m.describe());
    }
    const QString name = QFileInfo(path).fileName();
    const QString problems
        = report(u"Calls lupdate cannot extract (use Class::tr or QCoreApplication::translate)"_s, lost)
        + report(u"Strings in the code that %1 does not have yet"_s.arg(name), added)
        + report(u"Messages in %1 that are no longer in the code"_s.arg(name), removed);
    QVERIFY2(problems.isEmpty(), qPrintable(problems + Advice));
}

QTEST_GUILESS_MAIN(TsFilesTest)
#include "tst_tsfiles.moc"
