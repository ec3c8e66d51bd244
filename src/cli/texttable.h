// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

/**
 * A plain-text table for the terminal: columns sized to their widest cell, numbers aligned
 * right, the last column left unpadded (it holds free text such as device names).
 */
class TextTable
{
public:
    enum class Align { Left, Right };

    void addColumn(const QString &header, Align align);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;
    /// The whole table as text, one line per row.
    QString toString() const;
    qsizetype rowCount() const { return m_rows.size(); }

private:
    QStringList m_headers;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};
