// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helperfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

HelperFixture::HelperFixture(bool empty)
{
    m_valid = m_dir.isValid();
    if (!m_valid || empty)
        return;
    m_valid = setCpus("0-7\n", "0-5\n", "0-3\n") && write(u"proc/irq/default_smp_affinity"_s, "ff\n");
    for (uint irq : {10, 11, 12, 13, 14})
        m_valid = m_valid && addIrq(irq, "0-3\n", "0f\n");
    m_valid = m_valid && addIrq(20, {}, "0f\n");
}

QString HelperFixture::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

bool HelperFixture::age(const QString &relative)
{
    // 2001-09-09: far from any time a test runs at, whatever the timestamp granularity.
    const struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path(relative)).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

bool HelperFixture::write(const QString &relative, const QByteArray &contents)
{
    const QString file = path(relative);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(contents) != contents.size())
        return false;
    out.close();
    return age(relative);
}

QByteArray HelperFixture::read(const QString &relative) const
{
    QFile in(path(relative));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

bool HelperFixture::mkdir(const QString &relative)
{
    return QDir().mkpath(path(relative)) && age(relative);
}

bool HelperFixture::symlink(const QString &relative, const QString &target)
{
    const QString file = path(relative);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile::remove(file);
    return QFile::link(target, file);
}

bool HelperFixture::setCpus(const QByteArray &possible, const QByteArray &present, const QByteArray &online)
{
    return write(u"sys/devices/system/cpu/possible"_s, possible) && write(u"sys/devices/system/cpu/present"_s, present)
        && write(u"sys/devices/system/cpu/online"_s, online);
}

bool HelperFixture::addIrq(uint irq, const QByteArray &list, const QByteArray &hex)
{
    const QString dir = u"proc/irq/"_s + QString::number(irq);
    if (!mkdir(dir))
        return false;
    if (!list.isEmpty() && !write(dir + u"/smp_affinity_list", list))
        return false;
    if (!hex.isEmpty() && !write(dir + u"/smp_affinity", hex))
        return false;
    return age(dir);
}

QByteArray HelperFixture::affinityList(uint irq) const
{
    return read(u"proc/irq/"_s + QString::number(irq) + u"/smp_affinity_list").trimmed();
}

QMap<QString, QByteArray> HelperFixture::snapshot() const
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        root(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(root());
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        struct stat st;
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0)
            continue;
        QByteArray entry = "mtime " + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ' ';
        if (info.isSymLink())
            entry += "-> " + QFile::encodeName(info.symLinkTarget());
        else if (info.isDir())
            entry += "dir";
        else
            entry += read(base.relativeFilePath(file));
        files.insert(base.relativeFilePath(file), entry);
    }
    return files;
}
