// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>

/**
 * One problem found while reading the system: which file, which line (1-based, 0 for the
 * whole file) and what is wrong, in a sentence. Readers and parsers never throw and never
 * stop at the first problem; they collect these and go on with what they could read.
 */
struct SourceIssue
{
    enum class Severity {
        Warning, ///< something was skipped or guessed; the rest of the file is fine
        Error, ///< the file could not be used at all
    };

    QString file;
    int line = 0;
    QString message;
    Severity severity = Severity::Warning;

    /// `/proc/interrupts:12: row has 3 counts, the header names 4 CPUs`
    QString toString() const;

    friend bool operator==(const SourceIssue &, const SourceIssue &) = default;
};

/// Collects issues for one file, capped so that a 10 MB file of garbage cannot produce
/// millions of them; the cap is reported as one last issue.
class IssueCollector
{
public:
    static constexpr int MaxIssuesPerFile = 50;

    explicit IssueCollector(QString file, QList<SourceIssue> *sink);

    void warn(int line, const QString &message);
    void error(int line, const QString &message);
    /// Adds the "N more problems not shown" line, if any were dropped. Call once at the end.
    void finish();

    int count() const { return m_count; }
    bool hasErrors() const { return m_errors > 0; }
    const QString &file() const { return m_file; }

private:
    void add(int line, const QString &message, SourceIssue::Severity severity);

    QString m_file;
    QList<SourceIssue> *m_sink;
    int m_count = 0;
    int m_errors = 0;
};
