// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

/**
 * Writes JSON text straight into a buffer, for `list --json` on big machines: building a
 * QJsonDocument of half a million numbers takes far longer than the whole parse. Counts are
 * written as exact 64-bit integers (QJsonValue would round them through a double); NaN is
 * written as null. The caller keeps the nesting right; the writer adds commas and quoting.
 */
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in the current object.
    void key(QStringView name);
    void value(QStringView text);
    void value(quint64 number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    /// A finite double, or null for NaN and infinities.
    void value(double number);
    void value(bool flag);
    void null();
    /// A line break before the next element (after its comma), for one interrupt per line.
    void newline();

    const QByteArray &data() const { return m_data; }

private:
    void separate();

    QByteArray m_data;
    bool m_needComma = false;
    bool m_afterKey = false;
    bool m_pendingNewline = false;
};
