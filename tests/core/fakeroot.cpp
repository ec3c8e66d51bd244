// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeroot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

FakeRoot::FakeRoot() = default;

bool FakeRoot::write(const QString &relativePath, const QByteArray &contents)
{
    const QString full = m_dir.filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(full).absolutePath()))
        return false;
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(contents) == contents.size();
}

bool FakeRoot::mkdir(const QString &relativePath)
{
    return QDir().mkpath(m_dir.filePath(relativePath));
}

bool FakeRoot::symlink(const QString &relativePath, const QString &target)
{
    const QString full = m_dir.filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(full).absolutePath()))
        return false;
    return QFile::link(target, full);
}

bool FakeRoot::copyData(const QString &dataFile, const QString &relativePath)
{
    const QByteArray contents = data(dataFile);
    return !contents.isEmpty() && write(relativePath, contents);
}

QString FakeRoot::dataPath(const QString &dataFile)
{
    return QStringLiteral(IRQSCOPE_TEST_DATA) + u'/' + dataFile;
}

QByteArray FakeRoot::data(const QString &dataFile)
{
    QFile file(dataPath(dataFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool FakeRoot::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString target = to + u'/' + QDir(from).relativeFilePath(info.filePath());
        if (info.isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}
