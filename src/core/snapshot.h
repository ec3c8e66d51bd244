// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "systemroot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

/**
 * A system captured at one instant, saved and loaded as versioned JSON.
 *
 * A snapshot stores the raw text of every file the readers used (recorded through
 * SystemRoot), plus directory listings, link targets and a little identity: kernel release,
 * hostname, time, tool version. Loading gives back an in-memory SystemRoot, so a snapshot is
 * read by exactly the same parsers as the live machine — a parser fixed later reads old
 * snapshots better, and nothing is lost to an intermediate format.
 *
 * Loading validates everything before returning anything: a truncated, corrupt, hostile
 * (`../` paths) or newer-version file gives one clear error and no Snapshot.
 */
struct SnapshotLoadResult;

class Snapshot
{
public:
    static constexpr int FormatVersion = 1;
    /// Largest snapshot file accepted.
    static constexpr qsizetype MaxFileSize = 512 * 1024 * 1024;

    struct Meta
    {
        int formatVersion = FormatVersion;
        QString toolVersion; ///< `0.1.0`
        QString kernelRelease;
        QString hostname;
        QString source; ///< the root it was taken from: `/` or a directory
        QDateTime takenAt; ///< UTC
    };

    using LoadResult = SnapshotLoadResult;

    /// Reads everything SystemReader reads from @p root and keeps it.
    static Snapshot capture(const SystemRoot &root);

    QByteArray toJson() const;
    /// Writes atomically (a half-written file never replaces a good one).
    bool save(const QString &path, QString *error) const;

    static LoadResult fromJson(QByteArrayView json, const QString &name);
    static LoadResult load(const QString &path);

    const Meta &meta() const { return m_meta; }
    const SystemRoot::Contents &contents() const { return m_contents; }
    /// An in-memory root over the captured files, described by @p name (the file name).
    SystemRoot root(const QString &name) const;

private:
    Meta m_meta;
    SystemRoot::Contents m_contents;
};

/// The outcome of Snapshot::load() / fromJson().
struct SnapshotLoadResult
{
    std::optional<Snapshot> snapshot;
    QString error; ///< a sentence naming the file and the problem, when snapshot is unset
};
