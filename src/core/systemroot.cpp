// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "systemroot.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QMutexLocker>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct SystemRoot::Private
{
    enum class Kind { Directory, Memory };
    Kind kind = Kind::Directory;
    QString directory; // with a trailing slash
    QString description;
    Contents memory;

    mutable QMutex recordingMutex;
    mutable bool recording = false;
    mutable Contents recorded;
};

namespace {
QString normalizedDirectory(const QString &directory)
{
    QString dir = QDir::cleanPath(directory.isEmpty() ? QStringLiteral("/") : directory);
    if (!dir.endsWith(u'/'))
        dir += u'/';
    return dir;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

SystemRoot::SystemRoot()
    : SystemRoot(QStringLiteral("/"))
{ }

SystemRoot::SystemRoot(const QString &directory)
    : d(std::make_shared<Private>())
{
    d->kind = Private::Kind::Directory;
    d->directory = normalizedDirectory(directory);
    d->description = d->directory == u"/" ? d->directory : d->directory.chopped(1);
}

SystemRoot SystemRoot::fromContents(Contents contents, const QString &description)
{
    SystemRoot root;
    root.d = std::make_shared<Private>();
    root.d->kind = Private::Kind::Memory;
    root.d->memory = std::move(contents);
    root.d->description = description;
    return root;
}

bool SystemRoot::isLive() const
{
    return d->kind == Private::Kind::Directory && d->directory == u"/";
}

bool SystemRoot::isInMemory() const
{
    return d->kind == Private::Kind::Memory;
}

QString SystemRoot::description() const
{
    return d->description;
}

QString SystemRoot::displayPath(const QString &relativePath) const
{
    if (d->kind == Private::Kind::Memory)
        return d->description + u": " + relativePath;
    return d->directory + relativePath;
}

namespace {
// Reads a whole file into any buffer with size()/capacity()/resize()/data(), reusing its
// capacity. procfs and sysfs report a size of 0 (or 4096): read until EOF, growing
// geometrically; regular files say their size, so they take one allocation and one read.
template<typename Buffer>
SystemRoot::ReadStatus readInto(
    const QByteArray &path, Buffer &buffer, qsizetype *size, QString *error, int *errorNumber)
{
    *size = 0;
    auto fail = [&](int e, const QString &message) {
        *size = 0;
        if (error)
            *error = message;
        if (errorNumber)
            *errorNumber = e;
        return SystemRoot::ReadStatus::Failed;
    };
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT || e == ENOTDIR)
            return SystemRoot::ReadStatus::Missing;
        return fail(e, errnoText(e));
    }
    struct stat info;
    const qsizetype expected = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) ? qsizetype(info.st_size) : 0;
    qsizetype capacity = std::min(
        std::max<qsizetype>({4096, expected + 1, qsizetype(buffer.capacity())}), SystemRoot::MaxFileSize + 1);
    if (qsizetype(buffer.size()) < capacity)
        buffer.resize(size_t(capacity));
    qsizetype filled = 0;
    for (;;) {
        if (filled == qsizetype(buffer.size())) {
            if (filled > SystemRoot::MaxFileSize) {
                ::close(fd);
                return fail(EFBIG,
                    QCoreApplication::translate("SystemRoot", "file is larger than %1 MiB")
                        .arg(SystemRoot::MaxFileSize / (1024 * 1024)));
            }
            buffer.resize(std::min<size_t>(buffer.size() * 2, size_t(SystemRoot::MaxFileSize) + 1));
        }
        const ssize_t n = ::read(fd, buffer.data() + filled, size_t(qsizetype(buffer.size()) - filled));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            return fail(e, errnoText(e));
        }
        if (n == 0)
            break;
        filled += n;
    }
    ::close(fd);
    *size = filled;
    return SystemRoot::ReadStatus::Ok;
}
} // namespace

SystemRoot::ReadStatus SystemRoot::read(
    const QString &relativePath, QByteArray *out, QString *error, int *errorNumber) const
{
    Q_ASSERT(out);
    if (d->kind == Private::Kind::Memory) {
        const auto it = d->memory.files.constFind(relativePath);
        out->resize(0);
        if (it == d->memory.files.cend())
            return ReadStatus::Missing;
        *out = *it;
        return ReadStatus::Ok;
    }
    qsizetype size = 0;
    const ReadStatus status = readInto(QFile::encodeName(d->directory + relativePath), *out, &size, error, errorNumber);
    out->resize(size);
    if (status == ReadStatus::Ok)
        record(relativePath, *out);
    return status;
}

SystemRoot::ReadStatus SystemRoot::load(
    const QString &relativePath, FileBuffer *out, QString *error, int *errorNumber) const
{
    Q_ASSERT(out);
    out->m_size = 0;
    out->m_inMemory = QByteArray();
    if (d->kind == Private::Kind::Memory) {
        const auto it = d->memory.files.constFind(relativePath);
        if (it == d->memory.files.cend())
            return ReadStatus::Missing;
        out->m_inMemory = it->isNull() ? QByteArray("") : *it;
        return ReadStatus::Ok;
    }
    const ReadStatus status
        = readInto(QFile::encodeName(d->directory + relativePath), out->m_bytes, &out->m_size, error, errorNumber);
    if (status == ReadStatus::Ok && d->recording)
        record(relativePath, out->view().toByteArray());
    return status;
}

void SystemRoot::record(const QString &relativePath, const QByteArray &contents) const
{
    if (!d->recording)
        return;
    QMutexLocker lock(&d->recordingMutex);
    if (d->recording)
        d->recorded.files.insert(relativePath, contents);
}

std::optional<QByteArray> SystemRoot::readFile(const QString &relativePath) const
{
    QByteArray data;
    if (read(relativePath, &data) != ReadStatus::Ok)
        return std::nullopt;
    return data;
}

std::optional<QString> SystemRoot::readLine(const QString &relativePath) const
{
    const auto data = readFile(relativePath);
    if (!data)
        return std::nullopt;
    const qsizetype newline = data->indexOf('\n');
    return QString::fromUtf8(newline < 0 ? *data : data->left(newline)).trimmed();
}

QStringList SystemRoot::entries(const QString &relativeDirectory) const
{
    QStringList names;
    if (d->kind == Private::Kind::Memory) {
        names = d->memory.directories.value(relativeDirectory);
    } else {
        const QDir dir(d->directory + relativeDirectory);
        names = dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        if (d->recording && dir.exists()) {
            QMutexLocker lock(&d->recordingMutex);
            if (d->recording)
                d->recorded.directories.insert(relativeDirectory, names);
        }
    }
    names.sort();
    return names;
}

std::optional<QString> SystemRoot::linkTarget(const QString &relativePath) const
{
    if (d->kind == Private::Kind::Memory) {
        const auto it = d->memory.links.constFind(relativePath);
        if (it == d->memory.links.cend())
            return std::nullopt;
        return *it;
    }
    const QByteArray path = QFile::encodeName(d->directory + relativePath);
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0 || n >= buffer.size())
        return std::nullopt;
    const QString target = QFile::decodeName(buffer.left(n));
    if (d->recording) {
        QMutexLocker lock(&d->recordingMutex);
        if (d->recording)
            d->recorded.links.insert(relativePath, target);
    }
    return target;
}

void SystemRoot::startRecording() const
{
    QMutexLocker lock(&d->recordingMutex);
    d->recording = true;
    d->recorded = {};
}

SystemRoot::Contents SystemRoot::takeRecording() const
{
    QMutexLocker lock(&d->recordingMutex);
    if (d->kind == Private::Kind::Memory) {
        // Re-saving a loaded snapshot saves it whole.
        d->recording = false;
        return d->memory;
    }
    d->recording = false;
    return std::exchange(d->recorded, {});
}
