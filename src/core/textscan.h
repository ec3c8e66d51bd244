// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <bit>
#include <cstdint>
#include <cstring>

/**
 * Byte-level helpers shared by the /proc parsers (internal to core). They work on raw
 * pointers into the file text so that the hot loops allocate nothing.
 */
namespace TextScan {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

inline bool isDigit(char c)
{
    return unsigned(c - '0') < 10;
}

/// The first non-blank at or after @p p. Most bytes of a big /proc file are the spaces that
/// right-align its counts, so spaces are skipped eight bytes at a time, and the first other
/// byte of a word is found with one bit scan instead of a byte loop.
inline const char *skipBlanks(const char *p, const char *end)
{
    constexpr std::uint64_t eightSpaces = 0x2020202020202020ULL;
    if constexpr (std::endian::native == std::endian::little) {
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            const std::uint64_t differs = word ^ eightSpaces; // zero bytes where there are spaces
            if (differs != 0) {
                p += std::countr_zero(differs) / 8; // the first byte that is not a space
                break;
            }
            p += 8;
        }
    }
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

/// The first blank at or after @p p (the end of a token).
inline const char *tokenEnd(const char *p, const char *end)
{
    while (p < end && !isBlank(*p))
        ++p;
    return p;
}

/// A piece of the input for a message, cut short so that a garbage line cannot make a
/// message of megabytes.
inline QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype maxChars = 40;
    if (bytes.size() > maxChars)
        return QString::fromUtf8(bytes.first(maxChars)) + u'…';
    return QString::fromUtf8(bytes);
}

} // namespace TextScan
