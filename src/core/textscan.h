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

/// Reads one count as the kernel prints it in /proc/interrupts, `%10u` after a blank:
/// @p field points at the blank, then come ten characters, spaces and then at least one digit
/// (`         0`, `   1234567`, `4294967295`). Returns false, and reads nothing, for anything
/// else (a tab, a shorter field, text), which the caller's general loop then takes apart.
/// The eight last characters are checked and converted together as one 64-bit word (SWAR),
/// which is what brings a 256-CPU file under 1 ms per megabyte; every byte is read exactly
/// once and none outside the eleven.
[[gnu::always_inline]] inline bool rightAlignedCount(const char *field, quint64 *value)
{
    if (!isBlank(field[0]))
        return false;
    const char *digits = field + 1;
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        std::uint64_t low; // digits[2..9]; digits[2] is in the lowest byte
        std::memcpy(&low, digits + 2, 8);
        // 0xFF in each byte that is a space, exactly (no false positives of the usual has-zero trick).
        const std::uint64_t x = low ^ (0x20 * ones);
        const std::uint64_t nonZero = (((x & (0x7F * ones)) + 0x7F * ones) | x) & (0x80 * ones);
        const std::uint64_t spaces = ((nonZero ^ (0x80 * ones)) >> 7) * 0xFF;
        if (spaces == ~std::uint64_t(0) || (spaces & (spaces + 1)) != 0)
            return false; // all spaces, or a space after a digit
        const std::uint64_t d = low | (0x10 * ones); // ' ' (0x20) becomes '0' (0x30), digits stay
        if ((d & (0xF0 * ones)) != 0x30 * ones || (((d & (0x0F * ones)) + 0x06 * ones) & (0xF0 * ones)) != 0)
            return false; // a byte that is neither a digit nor a leading space
        std::uint64_t v = d & (0x0F * ones);
        v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FFULL;
        v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFFULL;
        v = (v * 10000 + (v >> 32)) & 0xFFFFFFFFULL;
        std::uint64_t high = 0;
        if (spaces != 0) {
            if (digits[0] != ' ' || digits[1] != ' ')
                return false;
        } else if (isDigit(digits[1])) {
            high = std::uint64_t(digits[1] - '0');
            if (isDigit(digits[0]))
                high += 10 * std::uint64_t(digits[0] - '0');
            else if (digits[0] != ' ')
                return false;
        } else if (digits[1] != ' ' || digits[0] != ' ') {
            return false;
        }
        *value = high * 100000000ULL + v;
        return true;
    } else {
        int i = 0;
        while (i < 10 && digits[i] == ' ')
            ++i;
        if (i == 10)
            return false;
        std::uint64_t v = 0;
        for (; i < 10; ++i) {
            if (!isDigit(digits[i]))
                return false;
            v = v * 10 + std::uint64_t(digits[i] - '0');
        }
        *value = v;
        return true;
    }
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
