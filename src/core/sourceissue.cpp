// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sourceissue.h"

#include <QCoreApplication>

QString SourceIssue::toString() const
{
    if (line > 0)
        return file + u':' + QString::number(line) + u": " + message;
    return file + u": " + message;
}

IssueCollector::IssueCollector(QString file, QList<SourceIssue> *sink)
    : m_file(std::move(file))
    , m_sink(sink)
{ }

void IssueCollector::warn(int line, const QString &message)
{
    add(line, message, SourceIssue::Severity::Warning);
}

void IssueCollector::error(int line, const QString &message)
{
    ++m_errors;
    add(line, message, SourceIssue::Severity::Error);
}

void IssueCollector::add(int line, const QString &message, SourceIssue::Severity severity)
{
    ++m_count;
    // Errors are always kept: they explain why a file could not be used at all.
    if (m_sink && (m_count <= MaxIssuesPerFile || severity == SourceIssue::Severity::Error))
        m_sink->append({m_file, line, message, severity});
}

void IssueCollector::finish()
{
    if (m_sink && m_count > MaxIssuesPerFile) {
        m_sink->append({m_file, 0,
                        QCoreApplication::translate("IssueCollector", "further problems not shown: %1")
                            .arg(m_count - MaxIssuesPerFile),
            SourceIssue::Severity::Warning});
    }
}
