// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <vector>

/**
 * A set of CPU numbers of any size, as the kernel's cpumask is.
 *
 * CpuSet owns the bits and the two text forms the kernel uses for them: the hex mask printed
 * by `%*pb` (`smp_affinity`, `rps_cpus`: lower-case 32-bit groups, most significant first,
 * comma separated) and the CPU list printed by `%*pbl` (`smp_affinity_list`: `0-3,8,10-11`).
 * Parsing never throws and never guesses: malformed text gives a ParseResult whose error says
 * what is wrong and where. CpuSet knows nothing about which CPUs exist or are online; callers
 * that need that (the helper, the editor) check it against the topology themselves.
 */
struct CpuSetParseResult;

class CpuSet
{
public:
    /// Largest CPU count accepted from text (the kernel's NR_CPUS tops out at 8192).
    static constexpr int MaxCpus = 8192;

    enum class ParseError {
        None,
        Empty, ///< nothing but white space where a mask or list was required
        BadDigit, ///< a character that is not a hex digit / decimal digit / separator
        BadSeparator, ///< an empty group (`1,,2`, `,3`, `3,`) or a stray `-`
        ReversedRange, ///< `5-3`
        OutOfRange, ///< a CPU number at or above the allowed maximum
        TooLong, ///< a hex group wider than 32 bits, or more groups than the maximum allows
    };

    using ParseResult = CpuSetParseResult;

    /// Whether an empty input (or an input of only white space) is a valid, empty set.
    /// The kernel prints an empty list for an empty mask; a person typing a mask means something.
    enum class EmptyPolicy { RejectEmpty, AcceptEmpty };

    CpuSet() = default;
    CpuSet(std::initializer_list<int> cpus);
    static CpuSet fromList(const QList<int> &cpus);
    /// CPUs first..last inclusive.
    static CpuSet range(int first, int last);

    /// Parses a hex mask as the kernel prints and accepts it (`f`, `0000,00000001`, `00ff00ff`).
    /// A trailing newline and surrounding white space are ignored; `0x` is accepted.
    static ParseResult fromHexMask(
        QStringView text, int maxCpus = MaxCpus, EmptyPolicy empty = EmptyPolicy::RejectEmpty);
    /// Parses a CPU list (`0-3,8`). Surrounding white space and a trailing newline are ignored.
    static ParseResult fromCpuList(
        QStringView text, int maxCpus = MaxCpus, EmptyPolicy empty = EmptyPolicy::AcceptEmpty);

    bool isEmpty() const;
    bool contains(int cpu) const;
    int count() const;
    /// Lowest / highest CPU in the set, or -1 when empty.
    int first() const;
    int last() const;
    QList<int> toList() const;

    void insert(int cpu);
    void remove(int cpu);
    void insertRange(int first, int last);
    void clear() { m_words.clear(); }

    bool intersects(const CpuSet &other) const;
    bool isSubsetOf(const CpuSet &other) const;
    CpuSet united(const CpuSet &other) const;
    CpuSet intersected(const CpuSet &other) const;
    CpuSet subtracted(const CpuSet &other) const;

    /// The mask as the kernel prints it for a machine with @p nrCpuIds possible CPUs
    /// (the width of `smp_affinity`): `nrCpuIds` rounded up to 32-bit groups, the first group
    /// with only as many hex digits as it needs. With 0, as narrow as the set allows.
    QString toHexMask(int nrCpuIds = 0) const;
    /// The list form, ranges merged: `0-3,8,10-11`; an empty set gives an empty string.
    QString toCpuList() const;

    friend bool operator==(const CpuSet &a, const CpuSet &b);
    friend bool operator!=(const CpuSet &a, const CpuSet &b) { return !(a == b); }

    /// Calls @p f(cpu) for each CPU in ascending order.
    template<typename F>
    void forEach(F &&f) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            std::uint64_t bits = m_words[w];
            while (bits) {
                const int bit = __builtin_ctzll(bits);
                f(int(w * 64 + bit));
                bits &= bits - 1;
            }
        }
    }

private:
    void trim(); // drops trailing zero words so that equal sets compare equal
    std::vector<std::uint64_t> m_words;
};

/// The outcome of CpuSet::fromHexMask() / fromCpuList().
struct CpuSetParseResult
{
    std::optional<CpuSet> set; ///< set when the text was valid
    CpuSet::ParseError error = CpuSet::ParseError::None;
    qsizetype position = -1; ///< offset of the offending character in the input, -1 if none
    QString message; ///< a specific, translated sentence when error != None

    bool isValid() const { return set.has_value(); }
};

Q_DECLARE_METATYPE(CpuSet)
