// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemroot.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

/**
 * A throw-away directory laid out like `/`, for reader tests: write the files a case needs,
 * then read them through root(). Also locates the checked-in captures in tests/data.
 */
class FakeRoot
{
public:
    FakeRoot();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    SystemRoot root() const { return SystemRoot(m_dir.path()); }

    /// Writes @p contents to @p relativePath (creating parent directories). Returns false on failure.
    bool write(const QString &relativePath, const QByteArray &contents);
    /// Creates an empty directory.
    bool mkdir(const QString &relativePath);
    /// Creates a symbolic link at @p relativePath pointing to @p target (stored as given).
    bool symlink(const QString &relativePath, const QString &target);
    /// Copies a file from tests/data (`interrupts/01_x86_kvm-guest_virtio_4cpu.txt`).
    bool copyData(const QString &dataFile, const QString &relativePath);

    /// Copies the tree @p from (files, directories, hidden ones too) into the existing
    /// directory @p to: a writable copy of a fixture root such as tests/data/roots/kvm-guest-4cpu.
    static bool copyTree(const QString &from, const QString &to);
    /// Absolute path of a file in tests/data.
    static QString dataPath(const QString &dataFile);
    /// Contents of a file in tests/data (empty when missing: the test then fails on its own checks).
    static QByteArray data(const QString &dataFile);

private:
    QTemporaryDir m_dir;
};
