// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "jsonwriter.h"

#include <charconv>
#include <cmath>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        m_data += ',';
    if (m_pendingNewline) {
        m_data += '\n';
        m_pendingNewline = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_data += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    if (m_pendingNewline) {
        m_data += '\n';
        m_pendingNewline = false;
    }
    m_data += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_data += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    if (m_pendingNewline) {
        m_data += '\n';
        m_pendingNewline = false;
    }
    m_data += ']';
    m_needComma = true;
}

void JsonWriter::key(QStringView name)
{
    value(name);
    m_data += ':';
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    m_data += '"';
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            m_data += "\\\"";
            break;
        case '\\':
            m_data += "\\\\";
            break;
        case '\n':
            m_data += "\\n";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\r':
            m_data += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_data += "\\u00";
                m_data += hex[(c >> 4) & 0xf];
                m_data += hex[c & 0xf];
            } else {
                m_data += c;
            }
        }
    }
    m_data += '"';
    m_needComma = true;
}

void JsonWriter::value(quint64 number)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_data.append(buffer, result.ptr - buffer);
    m_needComma = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_data.append(buffer, result.ptr - buffer);
    m_needComma = true;
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    separate();
    char buffer[32];
    // Shortest text that reads back as the same double.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_data.append(buffer, result.ptr - buffer);
    m_needComma = true;
}

void JsonWriter::value(bool flag)
{
    separate();
    m_data += flag ? "true" : "false";
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_data += "null";
    m_needComma = true;
}

void JsonWriter::newline()
{
    m_pendingNewline = true;
}
