// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "attributereader.h"

#include <QCoreApplication>

AttributeReader::AttributeReader(const SystemRoot &root, QList<SourceIssue> *issues, QList<int> unavailableErrors)
    : m_root(root)
    , m_issues(issues)
    , m_unavailableErrors(std::move(unavailableErrors))
{ }

void AttributeReader::warn(const QString &path, const QString &message)
{
    if (m_issues)
        m_issues->append({m_root.displayPath(path), 0, message, SourceIssue::Severity::Warning});
}

std::optional<QString> AttributeReader::text(const QString &path, bool *exists)
{
    QString error;
    int errorNumber = 0;
    switch (m_root.read(path, &m_buffer, &error, &errorNumber)) {
    case SystemRoot::ReadStatus::Ok:
        if (exists)
            *exists = true;
        return QString::fromUtf8(m_buffer);
    case SystemRoot::ReadStatus::Missing:
        return std::nullopt;
    case SystemRoot::ReadStatus::Failed:
        if (exists)
            *exists = true;
        if (!m_unavailableErrors.contains(errorNumber))
            warn(path, QCoreApplication::translate("AttributeReader", "could not be read: %1").arg(error));
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> AttributeReader::line(const QString &path, bool *exists)
{
    auto contents = text(path, exists);
    if (!contents)
        return std::nullopt;
    const qsizetype newline = contents->indexOf(u'\n');
    if (newline >= 0)
        contents->truncate(newline);
    return contents->trimmed();
}

std::optional<CpuSet> AttributeReader::parseCpuList(const QString &path, const QString &text, CpuSet::EmptyPolicy empty)
{
    auto result = CpuSet::fromCpuList(text, CpuSet::MaxCpus, empty);
    if (!result.isValid())
        warn(path, QCoreApplication::translate("AttributeReader", "not a CPU list: %1").arg(result.message));
    return std::move(result.set);
}

std::optional<CpuSet> AttributeReader::parseHexMask(const QString &path, const QString &text, CpuSet::EmptyPolicy empty)
{
    auto result = CpuSet::fromHexMask(text, CpuSet::MaxCpus, empty);
    if (!result.isValid())
        warn(path, QCoreApplication::translate("AttributeReader", "not a CPU mask: %1").arg(result.message));
    return std::move(result.set);
}

std::optional<CpuSet> AttributeReader::cpuList(const QString &path, CpuSet::EmptyPolicy empty, bool *exists)
{
    const auto contents = line(path, exists);
    return contents ? parseCpuList(path, *contents, empty) : std::nullopt;
}

std::optional<CpuSet> AttributeReader::hexMask(const QString &path, CpuSet::EmptyPolicy empty, bool *exists)
{
    const auto contents = line(path, exists);
    return contents ? parseHexMask(path, *contents, empty) : std::nullopt;
}
