// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "hugepageallocator.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

/**
 * A reusable buffer for SystemRoot::load(): the per-tick path reads the same big file every
 * second, so the buffer keeps its memory between loads, and big buffers sit on huge pages (a
 * fresh 6 MB buffer would otherwise cost more page faults than the parse takes). view() is
 * valid until the next load.
 */
class FileBuffer
{
public:
    QByteArrayView view() const { return m_inMemory.isNull() ? QByteArrayView(m_bytes.data(), m_size) : m_inMemory; }

private:
    friend class SystemRoot;
    std::vector<char, HugePageAllocator<char>> m_bytes;
    qsizetype m_size = 0;
    QByteArray m_inMemory; // an in-memory root's file, shared rather than copied
};
