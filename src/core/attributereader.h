// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cpuset.h"
#include "sourceissue.h"
#include "systemroot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/**
 * Reads the small optional attribute files of /proc/irq/N and /sys (one value each) for the
 * readers in core, with one rule for all of them: a missing file is normal and silent; a file
 * that exists but cannot be read, or whose text is malformed, leaves the value unset and adds
 * a warning naming the file. One buffer is reused for all reads.
 */
class AttributeReader
{
public:
    /// @p unavailableErrors: errno values that mean "this attribute has no value here" rather
    /// than a problem (sysfs fails reads of xps_cpus with ENOENT/EINVAL on purpose).
    AttributeReader(const SystemRoot &root, QList<SourceIssue> *issues, QList<int> unavailableErrors = {});

    /// The whole text; nullopt when missing or unreadable. @p exists becomes true when the file
    /// exists (even if it could not be read), and is left alone otherwise.
    std::optional<QString> text(const QString &path, bool *exists = nullptr);
    /// The first line, trimmed.
    std::optional<QString> line(const QString &path, bool *exists = nullptr);
    /// A CPU list file (`0-3,8`).
    std::optional<CpuSet> cpuList(const QString &path, CpuSet::EmptyPolicy empty, bool *exists = nullptr);
    /// A hex mask file (`00ff,ffffffff`).
    std::optional<CpuSet> hexMask(const QString &path, CpuSet::EmptyPolicy empty, bool *exists = nullptr);

    /// Parse @p text already read from @p path, warning about it when malformed.
    std::optional<CpuSet> parseCpuList(const QString &path, const QString &text, CpuSet::EmptyPolicy empty);
    std::optional<CpuSet> parseHexMask(const QString &path, const QString &text, CpuSet::EmptyPolicy empty);

    void warn(const QString &path, const QString &message);
    const SystemRoot &root() const { return m_root; }

private:
    const SystemRoot &m_root;
    QList<SourceIssue> *m_issues;
    QList<int> m_unavailableErrors;
    QByteArray m_buffer;
};
