// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "affinitywriter.h"

#include "helperlogging.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// A cpumask list for 8192 CPUs (every other one) is ~40 KiB; nothing legitimate is larger.
constexpr qsizetype MaxMaskFileSize = 64 * 1024;
constexpr int ShortWrite = -1; // not an errno: write() accepted fewer bytes than given

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd;
};

// One affinity file: smp_affinity_list (CPU list) or smp_affinity / default_smp_affinity (hex).
struct MaskFile
{
    int dirFd = -1;
    const char *name = nullptr;
    bool isList = false;
    bool isIrq = true; // ENOENT means the IRQ went away (not so for default_smp_affinity)
    int nrCpuIds = 0;
    QString label; // "IRQ 26", "the default affinity"
};

QString describeErrno(int errnum)
{
    if (errnum == ShortWrite)
        return u"short write"_s;
    if (errnum == ELOOP)
        return u"refusing to follow a symbolic link"_s;
    return QString::fromLocal8Bit(std::strerror(errnum));
}

AffinityWriter::Result failure(HelperError error, QString message)
{
    AffinityWriter::Result result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

AffinityWriter::Result ioFailure(const MaskFile &file, const QString &verb, int errnum)
{
    HelperError error = HelperErrors::fromErrno(errnum);
    if (errnum == ENOENT && !file.isIrq)
        error = HelperError::WriteFailed;
    if (errnum == ShortWrite)
        error = HelperError::WriteFailed;
    return failure(error,
        file.label + u": cannot " + verb + u' ' + QString::fromLatin1(file.name) + u": " + describeErrno(errnum));
}

QByteArray localPath(const QString &root, const QString &relative)
{
    return QFile::encodeName(QDir::cleanPath(root + u'/' + relative));
}

// Reads a whole (small) file relative to dirFd without following a final symbolic link.
int readMask(const MaskFile &file, QByteArray *contents)
{
    const FileDescriptor fd(::openat(file.dirFd, file.name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    if (!fd.isValid())
        return errno;
    contents->resize(0);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return 0;
        if (contents->size() + n > MaxMaskFileSize)
            return EFBIG;
        contents->append(buffer, n);
    }
}

// One open(O_WRONLY|O_NOFOLLOW), one write(): the kernel parses each write() as a whole mask.
int writeMask(const MaskFile &file, const QByteArray &text)
{
    const FileDescriptor fd(::openat(file.dirFd, file.name, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    if (!fd.isValid())
        return errno;
    ssize_t n;
    do {
        n = ::write(fd.get(), text.constData(), size_t(text.size()));
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return errno;
    if (n != text.size())
        return ShortWrite;
    // procfs files report size 0 and are never truncated; a fixture's regular file keeps the
    // bytes of a longer old mask after ours unless it is cut here.
    struct stat st;
    if (::fstat(fd.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > n) {
        if (::ftruncate(fd.get(), n) != 0)
            return errno;
    }
    return 0;
}

std::optional<CpuSet> parseMask(const MaskFile &file, const QByteArray &contents)
{
    const QString text = QString::fromLatin1(contents);
    const auto parsed = file.isList ? CpuSet::fromCpuList(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::AcceptEmpty)
                                    : CpuSet::fromHexMask(text, CpuSet::MaxCpus, CpuSet::EmptyPolicy::AcceptEmpty);
    return parsed.set;
}

QByteArray formatMask(const MaskFile &file, const CpuSet &cpus)
{
    const QString text = file.isList ? cpus.toCpuList() : cpus.toHexMask(file.nrCpuIds);
    return text.toLatin1() + '\n';
}

AffinityWriter::Result readCurrent(const MaskFile &file, CpuSet *cpus)
{
    QByteArray contents;
    if (const int errnum = readMask(file, &contents))
        return ioFailure(file, u"read"_s, errnum);
    const auto parsed = parseMask(file, contents);
    if (!parsed) {
        return failure(HelperError::WriteFailed,
            file.label + u": cannot parse " + QString::fromLatin1(file.name) + u": \""
                + QString::fromLatin1(contents.trimmed().left(64)) + u'"');
    }
    *cpus = *parsed;
    return {};
}

// Reads the old mask, writes the new one, reads it back. *changed tells whether the file may
// hold something other than `before` afterwards (then the caller must restore it).
AffinityWriter::Result applyMask(
    const MaskFile &file, const CpuSet &cpus, AffinityWriter::Applied *applied, bool *changed)
{
    *changed = false;
    CpuSet before;
    if (auto result = readCurrent(file, &before); !result.isOk())
        return result;
    applied->before = before;
    if (const int errnum = writeMask(file, formatMask(file, cpus)))
        return ioFailure(file, u"write"_s, errnum);
    CpuSet after;
    if (auto result = readCurrent(file, &after); !result.isOk()) {
        *changed = true;
        return result;
    }
    applied->after = after;
    if (after != cpus) {
        *changed = after != before;
        return failure(HelperError::WriteFailed,
            file.label + u": the kernel reports CPUs \"" + after.toCpuList() + u"\" after writing \"" + cpus.toCpuList()
                + u'"');
    }
    return {};
}

// Restores `before` of each change, newest first. Returns a note per failure.
QStringList restore(
    const QList<std::pair<MaskFile, AffinityWriter::Applied>> &done, QList<AffinityWriter::Applied> *stillApplied)
{
    QStringList notes;
    for (auto it = done.crbegin(); it != done.crend(); ++it) {
        const auto &[file, applied] = *it;
        AffinityWriter::Applied restored;
        bool changed = false;
        const auto result = applyMask(file, applied.before, &restored, &changed);
        if (!result.isOk()) {
            qCWarning(IRQSCOPE_HELPER) << "could not restore" << file.label << "to" << applied.before.toCpuList() << ":"
                                       << result.message;
            notes.append(u"could not restore "_s + file.label + u" to \"" + applied.before.toCpuList() + u"\" ("
                + result.message + u')');
            stillApplied->prepend(applied);
        }
    }
    return notes;
}
} // namespace

AffinityWriter::AffinityWriter(const QString &rootDirectory)
    : m_root(rootDirectory)
{ }

std::optional<CpuLimits> AffinityWriter::readCpuLimits(QString *error) const
{
    const char *const names[] = {"possible", "present", "online"};
    QString texts[3];
    for (int i = 0; i < 3; ++i) {
        QFile file(QFile::decodeName(localPath(m_root, u"sys/devices/system/cpu/"_s + QLatin1StringView(names[i]))));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"cannot read "_s + file.fileName() + u": " + file.errorString();
            return std::nullopt;
        }
        texts[i] = QString::fromLatin1(file.read(MaxMaskFileSize));
    }
    return CpuLimits::fromText(texts[0], texts[1], texts[2], error);
}

bool AffinityWriter::irqExists(uint irq) const
{
    struct stat st;
    const QByteArray path = localPath(m_root, QString(u"proc/irq/"_s + QString::number(irq)));
    return ::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::optional<CpuSet> AffinityWriter::readIrqAffinity(uint irq, QString *error) const
{
    const QByteArray dirPath = localPath(m_root, QString(u"proc/irq/"_s + QString::number(irq)));
    const FileDescriptor dir(::open(dirPath.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.isValid()) {
        if (error)
            *error = u"IRQ "_s + QString::number(irq) + u": " + describeErrno(errno);
        return std::nullopt;
    }
    struct stat st;
    const bool hasList = ::fstatat(dir.get(), "smp_affinity_list", &st, AT_SYMLINK_NOFOLLOW) == 0;
    MaskFile file {
        dir.get(), hasList ? "smp_affinity_list" : "smp_affinity", hasList, true, 0, u"IRQ "_s + QString::number(irq)};
    CpuSet cpus;
    const auto result = readCurrent(file, &cpus);
    if (!result.isOk()) {
        if (error)
            *error = result.message;
        return std::nullopt;
    }
    return cpus;
}

AffinityWriter::Result AffinityWriter::setIrqAffinity(const Request &request)
{
    return setIrqAffinities({request});
}

AffinityWriter::Result AffinityWriter::setIrqAffinities(const QList<Request> &requests)
{
    if (requests.isEmpty())
        return failure(HelperError::InvalidArgument, u"the batch is empty"_s);
    if (requests.size() > IrqValidation::MaxBatchSize) {
        return failure(HelperError::InvalidArgument,
            u"the batch has "_s + QString::number(requests.size()) + u" changes (at most "
                + QString::number(IrqValidation::MaxBatchSize) + u')');
    }
    QString error;
    const auto limits = readCpuLimits(&error);
    if (!limits)
        return failure(HelperError::WriteFailed, error);

    // Every change is checked before the first write.
    QList<CpuSet> sets;
    sets.reserve(requests.size());
    QSet<uint> seen;
    seen.reserve(requests.size());
    for (const Request &request : requests) {
        const QString label = u"IRQ "_s + QString::number(request.irq);
        if (!irqExists(request.irq))
            return failure(HelperError::NoSuchIrq, label + u" does not exist");
        if (seen.contains(request.irq))
            return failure(HelperError::InvalidArgument, label + u" appears more than once in the batch");
        seen.insert(request.irq);
        auto checked = IrqValidation::checkCpus(request.cpus, *limits);
        if (!checked.isValid())
            return failure(checked.error, label + u": " + checked.message);
        sets.append(std::move(*checked.cpus));
    }

    const QByteArray procIrqPath = localPath(m_root, u"proc/irq"_s);
    const FileDescriptor procIrq(::open(procIrqPath.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!procIrq.isValid())
        return failure(HelperError::WriteFailed, u"cannot open /proc/irq: "_s + describeErrno(errno));

    // Directory descriptors stay open until the batch is done, so a rollback writes into the
    // very directories the batch wrote into.
    std::vector<FileDescriptor> dirs;
    dirs.reserve(size_t(requests.size()));
    QList<std::pair<MaskFile, Applied>> done;
    done.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const uint irq = requests[i].irq;
        const QString label = u"IRQ "_s + QString::number(irq);
        const QByteArray number = QByteArray::number(irq);
        FileDescriptor dir(::openat(procIrq.get(), number.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        Result result;
        bool changed = false;
        Applied applied;
        applied.irq = irq;
        MaskFile file;
        if (!dir.isValid()) {
            const int errnum = errno;
            result = failure(errnum == ENOENT || errnum == ENOTDIR || errnum == ELOOP ? HelperError::NoSuchIrq
                                                                                      : HelperError::WriteFailed,
                label + u": " + describeErrno(errnum));
        } else {
            struct stat st;
            // Older kernels have no smp_affinity_list; a symbolic link counts as present (and is refused).
            const bool hasList = ::fstatat(dir.get(), "smp_affinity_list", &st, AT_SYMLINK_NOFOLLOW) == 0;
            file = MaskFile {
                dir.get(), hasList ? "smp_affinity_list" : "smp_affinity", hasList, true, limits->nrCpuIds, label};
            dirs.push_back(std::move(dir));
            result = applyMask(file, sets[i], &applied, &changed);
        }
        if (!result.isOk()) {
            if (changed)
                done.append({file, applied});
            Result rolledBack = failure(result.error, result.message);
            const QStringList notes = restore(done, &rolledBack.applied);
            if (!notes.isEmpty())
                rolledBack.message += u"; "_s + notes.join(u"; ");
            return rolledBack;
        }
        done.append({file, applied});
    }

    Result result;
    result.applied.reserve(done.size());
    for (const auto &entry : std::as_const(done))
        result.applied.append(entry.second);
    return result;
}

AffinityWriter::Result AffinityWriter::setDefaultAffinity(const QList<uint> &cpus)
{
    QString error;
    const auto limits = readCpuLimits(&error);
    if (!limits)
        return failure(HelperError::WriteFailed, error);
    auto checked = IrqValidation::checkCpus(cpus, *limits);
    if (!checked.isValid())
        return failure(checked.error, u"default affinity: "_s + checked.message);

    const QByteArray procIrqPath = localPath(m_root, u"proc/irq"_s);
    const FileDescriptor procIrq(::open(procIrqPath.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!procIrq.isValid())
        return failure(HelperError::WriteFailed, u"cannot open /proc/irq: "_s + describeErrno(errno));
    // default_smp_affinity has no list form.
    const MaskFile file {procIrq.get(), "default_smp_affinity", false, false, limits->nrCpuIds, u"default affinity"_s};
    Applied applied;
    bool changed = false;
    Result result = applyMask(file, *checked.cpus, &applied, &changed);
    if (!result.isOk()) {
        if (changed) {
            const QStringList notes = restore({{file, applied}}, &result.applied);
            if (!notes.isEmpty())
                result.message += u"; "_s + notes.join(u"; ");
        }
        return result;
    }
    result.applied.append(applied);
    return result;
}
