// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include "filebuffer.h"

#include <memory>
#include <optional>

/**
 * Where the system is read from: the live machine (`/`), a directory that looks like one
 * (a test fixture, a chroot), or a set of file contents held in memory (a loaded snapshot).
 *
 * Every reader in core takes a SystemRoot and asks it for paths relative to the root
 * (`proc/interrupts`, see SystemPaths); nothing else in IRQ Scope opens system files. A
 * SystemRoot can also record everything that is read through it, which is how a snapshot
 * captures exactly the files the readers used.
 *
 * Copies share the same backend and recording. Reads are thread-safe.
 */
class SystemRoot
{
public:
    /// The raw material of a root held in memory: file contents, directory listings and
    /// symbolic link targets, keyed by paths relative to the root (`proc/irq/24/node`).
    struct Contents
    {
        QHash<QString, QByteArray> files;
        QHash<QString, QStringList> directories;
        QHash<QString, QString> links;
    };

    enum class ReadStatus {
        Ok,
        Missing, ///< the file does not exist: normal for optional files
        Failed, ///< it exists but could not be read (permission, I/O error, too large)
    };

    /// Files larger than this are refused: nothing IRQ Scope reads comes close, and a hostile
    /// fixture must not make it read /dev/zero forever.
    static constexpr qsizetype MaxFileSize = 256 * 1024 * 1024;

    /// The live machine, `/`.
    SystemRoot();
    /// A directory laid out like `/` (it needs only the files it has: missing ones read as missing).
    explicit SystemRoot(const QString &directory);
    /// A root held in memory; @p description names it in messages (a snapshot's file name).
    static SystemRoot fromContents(Contents contents, const QString &description);

    bool isLive() const;
    bool isInMemory() const;
    /// `/`, the directory, or the description given to fromContents().
    QString description() const;
    /// How a path is named to a person: `/proc/interrupts`, `/tmp/fixture/proc/interrupts`,
    /// or `before.json: proc/interrupts`.
    QString displayPath(const QString &relativePath) const;

    /// Reads a whole file into @p out (reusing its capacity). On Failed, @p error says why and
    /// @p errorNumber holds the errno (sysfs attributes fail some reads on purpose: ENOENT, EINVAL).
    ReadStatus read(
        const QString &relativePath, QByteArray *out, QString *error = nullptr, int *errorNumber = nullptr) const;
    /// Like read(), into a FileBuffer that keeps its memory between loads (the per-tick path).
    ReadStatus load(
        const QString &relativePath, FileBuffer *out, QString *error = nullptr, int *errorNumber = nullptr) const;
    /// Convenience: the contents, or nullopt when missing or unreadable.
    std::optional<QByteArray> readFile(const QString &relativePath) const;
    /// The first line of a small attribute file, trimmed (`0-3`, `1`), or nullopt.
    std::optional<QString> readLine(const QString &relativePath) const;
    /// Names in a directory (no `.`/`..`), sorted; empty when it does not exist.
    QStringList entries(const QString &relativeDirectory) const;
    /// The target of a symbolic link as stored in it (`../../../0000:3b:00.0`), or nullopt.
    std::optional<QString> linkTarget(const QString &relativePath) const;

    /// From now on, every successful read, listing and link lookup is also kept, so that
    /// takeRecording() returns a Contents that reproduces exactly what was read.
    void startRecording() const;
    Contents takeRecording() const;

private:
    void record(const QString &relativePath, const QByteArray &contents) const;

    struct Private;
    std::shared_ptr<Private> d;
};
