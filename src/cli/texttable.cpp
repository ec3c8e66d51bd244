// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "texttable.h"

#include <QTextStream>

void TextTable::addColumn(const QString &header, Align align)
{
    m_headers.append(header);
    m_align.append(align);
}

void TextTable::addRow(QStringList cells)
{
    Q_ASSERT(cells.size() == m_headers.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    const qsizetype columns = m_headers.size();
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c)
        widths[c] = m_headers[c].size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    qsizetype lineWidth = 0;
    for (qsizetype w : widths)
        lineWidth += w + 2;

    // One string for the whole table: thousands of rows must not mean thousands of padded copies.
    QString text;
    text.reserve((m_rows.size() + 1) * (lineWidth + 1));
    auto append = [&](const QStringList &cells) {
        const qsizetype start = text.size();
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                text.append(u"  ");
            const qsizetype padding = widths[c] - cells[c].size();
            if (m_align[c] == Align::Right)
                text.append(QString(padding, u' '));
            text.append(cells[c]);
            if (m_align[c] == Align::Left && c < columns - 1)
                text.append(QString(padding, u' '));
        }
        qsizetype end = text.size();
        while (end > start && text[end - 1] == u' ')
            --end;
        text.truncate(end);
        text.append(u'\n');
    };
    append(m_headers);
    for (const QStringList &row : m_rows)
        append(row);
    return text;
}

void TextTable::print(QTextStream &out) const
{
    out << toString();
}
