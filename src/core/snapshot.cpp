// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snapshot.h"

#include "irqscopeversion.h"
#include "systempaths.h"
#include "systemreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
const auto formatName = u"irqscope-snapshot"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Snapshot", text);
}

// Paths inside a snapshot become keys of an in-memory root: they must look like the
// relative paths the readers build, never like something that escapes a directory.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 4096 || path.startsWith(u'/') || path.endsWith(u'/'))
        return false;
    if (!path.startsWith(u"proc/") && !path.startsWith(u"sys/"))
        return false;
    for (const QStringView part : QStringView(path).split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return !path.contains(QChar(0));
}

bool isSafeName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && name != u"." && name != u".." && !name.contains(u'/')
        && !name.contains(QChar(0));
}

QJsonValue encodeContents(const QByteArray &data)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (!decoder.hasError() && !text.contains(QChar(0)))
        return text;
    // Not text: keep the bytes exactly.
    return QJsonObject {{u"base64"_s, QString::fromLatin1(data.toBase64())}};
}

std::optional<QByteArray> decodeContents(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject()) {
        const QJsonValue b64 = value.toObject().value(u"base64");
        if (!b64.isString())
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(
            b64.toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return *decoded;
    }
    return std::nullopt;
}

Snapshot::LoadResult failure(const QString &name, const QString &message)
{
    return {std::nullopt, name + u": " + message};
}
} // namespace

Snapshot Snapshot::capture(const SystemRoot &root)
{
    root.startRecording();
    const SystemState state = SystemReader::read(root, SystemReader::Part::All);
    Snapshot snapshot;
    snapshot.m_contents = root.takeRecording();
    snapshot.m_meta.toolVersion = QStringLiteral(IRQSCOPE_VERSION_STRING);
    snapshot.m_meta.kernelRelease = state.kernelRelease;
    snapshot.m_meta.hostname = state.hostname;
    snapshot.m_meta.source = root.description();
    snapshot.m_meta.takenAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

QByteArray Snapshot::toJson() const
{
    QJsonObject files;
    for (auto it = m_contents.files.cbegin(); it != m_contents.files.cend(); ++it)
        files.insert(it.key(), encodeContents(it.value()));
    QJsonObject directories;
    for (auto it = m_contents.directories.cbegin(); it != m_contents.directories.cend(); ++it)
        directories.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject links;
    for (auto it = m_contents.links.cbegin(); it != m_contents.links.cend(); ++it)
        links.insert(it.key(), it.value());

    const QJsonObject root {
        {u"format"_s, formatName},
        {u"version"_s, m_meta.formatVersion},
        {u"toolVersion"_s, m_meta.toolVersion},
        {u"kernelRelease"_s, m_meta.kernelRelease},
        {u"hostname"_s, m_meta.hostname},
        {u"source"_s, m_meta.source},
        {u"takenAt"_s, m_meta.takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"files"_s, files},
        {u"directories"_s, directories},
        {u"links"_s, links},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Snapshot::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

Snapshot::LoadResult Snapshot::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("cannot open the file: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return failure(
            path, tr("the file is larger than %1 MiB; it is not a snapshot").arg(MaxFileSize / (1024 * 1024)));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(path, tr("cannot read the file: %1").arg(file.errorString()));
    return fromJson(data, path);
}

Snapshot::LoadResult Snapshot::fromJson(QByteArrayView json, const QString &name)
{
    if (json.trimmed().isEmpty())
        return failure(name, tr("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(name,
            tr("not valid JSON at byte %1 (%2); the file may be truncated or damaged")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!document.isObject() || document.object().value(u"format").toString() != formatName)
        return failure(name, tr("not an IRQ Scope snapshot (no \"format\": \"%1\")").arg(formatName));
    const QJsonObject root = document.object();

    const QJsonValue versionValue = root.value(u"version");
    if (!versionValue.isDouble() || versionValue.toDouble() != double(versionValue.toInt()) || versionValue.toInt() < 1)
        return failure(name, tr("the snapshot's \"version\" is missing or not a positive whole number"));
    const int version = versionValue.toInt();
    if (version > FormatVersion) {
        return failure(name,
            tr("the snapshot has format version %1, newer than this IRQ Scope understands (%2); "
               "open it with a newer IRQ Scope")
                .arg(version)
                .arg(FormatVersion));
    }

    Snapshot snapshot;
    Meta &meta = snapshot.m_meta;
    meta.formatVersion = version;
    for (const auto &[key, field] :
        {std::pair {u"toolVersion", &meta.toolVersion}, std::pair {u"kernelRelease", &meta.kernelRelease},
            std::pair {u"hostname", &meta.hostname}, std::pair {u"source", &meta.source}}) {
        const QJsonValue value = root.value(QStringView(key));
        if (!value.isUndefined() && !value.isString())
            return failure(name, tr("\"%1\" must be a string").arg(QStringView(key)));
        *field = value.toString();
    }
    meta.takenAt = QDateTime::fromString(root.value(u"takenAt").toString(), Qt::ISODateWithMs);
    if (!meta.takenAt.isValid())
        return failure(name, tr("\"takenAt\" is missing or not an ISO 8601 date and time"));

    const QJsonValue filesValue = root.value(u"files");
    if (!filesValue.isObject())
        return failure(name, tr("\"files\" is missing or not an object"));
    const QJsonObject files = filesValue.toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!isSafeRelativePath(it.key()))
            return failure(name, tr("file entry \"%1\" is not a path under proc/ or sys/").arg(it.key().left(200)));
        auto contents = decodeContents(it.value());
        if (!contents)
            return failure(name, tr("file entry \"%1\" is neither text nor valid base64").arg(it.key()));
        snapshot.m_contents.files.insert(it.key(), *contents);
    }
    if (!snapshot.m_contents.files.contains(SystemPaths::interrupts()))
        return failure(name, tr("the snapshot holds no %1").arg(SystemPaths::interrupts()));

    const QJsonValue directoriesValue = root.value(u"directories");
    if (!directoriesValue.isUndefined() && !directoriesValue.isObject())
        return failure(name, tr("\"directories\" must be an object"));
    const QJsonObject directories = directoriesValue.toObject();
    for (auto it = directories.begin(); it != directories.end(); ++it) {
        if (!isSafeRelativePath(it.key()) || !it.value().isArray())
            return failure(
                name, tr("directory entry \"%1\" is not a path with a list of names").arg(it.key().left(200)));
        QStringList names;
        for (const QJsonValue entry : it.value().toArray()) {
            if (!entry.isString() || !isSafeName(entry.toString()))
                return failure(name, tr("directory \"%1\" lists an invalid name").arg(it.key()));
            names.append(entry.toString());
        }
        snapshot.m_contents.directories.insert(it.key(), names);
    }

    const QJsonValue linksValue = root.value(u"links");
    if (!linksValue.isUndefined() && !linksValue.isObject())
        return failure(name, tr("\"links\" must be an object"));
    const QJsonObject links = linksValue.toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        if (!isSafeRelativePath(it.key()) || !it.value().isString() || it.value().toString().size() > 4096)
            return failure(name, tr("link entry \"%1\" is not a path with a target").arg(it.key().left(200)));
        snapshot.m_contents.links.insert(it.key(), it.value().toString());
    }
    return {std::move(snapshot), {}};
}

SystemRoot Snapshot::root(const QString &name) const
{
    return SystemRoot::fromContents(m_contents, name);
}
