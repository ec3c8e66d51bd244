// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuset.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace {
constexpr int WordBits = 64;
constexpr int GroupBits = 32; // the kernel prints and parses masks in 32-bit groups
constexpr qsizetype MaxShownDigits = 24; // longer numbers are elided in messages

bool isSpace(QChar c)
{
    return c.isSpace();
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

bool isDecimal(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// How a character is named in a message: 'g', or U+0009 for what cannot be printed.
QString describeChar(QChar c)
{
    if (c.isPrint())
        return u'\'' + QString(c) + u'\'';
    return u"U+" + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

QString shortened(QStringView digits)
{
    if (digits.size() <= MaxShownDigits)
        return digits.toString();
    return digits.left(MaxShownDigits).toString() + u'…';
}

CpuSetParseResult failure(CpuSet::ParseError error, qsizetype position, QString message)
{
    CpuSetParseResult result;
    result.error = error;
    result.position = position;
    result.message = std::move(message);
    return result;
}

CpuSetParseResult success(CpuSet set)
{
    CpuSetParseResult result;
    result.set = std::move(set);
    return result;
}

CpuSetParseResult emptyText()
{
    return failure(CpuSet::ParseError::Empty, 0, QCoreApplication::translate("CpuSet", "the text is empty"));
}

CpuSetParseResult outOfRange(qsizetype position, const QString &cpu, int maxCpus)
{
    return failure(CpuSet::ParseError::OutOfRange, position,
        QCoreApplication::translate("CpuSet", "CPU %1 is out of range (at most %2)").arg(cpu).arg(maxCpus - 1));
}

// Trims white space (the kernel's trailing newline included) without losing offsets.
std::pair<qsizetype, qsizetype> trimmedBounds(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return {begin, end};
}
} // namespace

CpuSet::CpuSet(std::initializer_list<int> cpus)
{
    for (int cpu : cpus)
        insert(cpu);
}

CpuSet CpuSet::fromList(const QList<int> &cpus)
{
    CpuSet set;
    for (int cpu : cpus)
        set.insert(cpu);
    return set;
}

CpuSet CpuSet::range(int first, int last)
{
    CpuSet set;
    set.insertRange(first, last);
    return set;
}

CpuSet::ParseResult CpuSet::fromHexMask(QStringView text, int maxCpus, EmptyPolicy empty)
{
    auto [begin, end] = trimmedBounds(text);
    if (begin == end)
        return empty == EmptyPolicy::AcceptEmpty ? success(CpuSet()) : emptyText();

    if (end - begin >= 2 && text[begin] == u'0' && (text[begin + 1] == u'x' || text[begin + 1] == u'X')) {
        begin += 2;
        if (begin == end) {
            return failure(ParseError::Empty, begin,
                QCoreApplication::translate("CpuSet", "'0x' at position %1 is not followed by a mask").arg(begin - 2));
        }
    }

    // First pass: syntax of every group, left to right, so that the first error is reported.
    qsizetype groups = 1;
    for (qsizetype groupStart = begin;;) {
        qsizetype i = groupStart;
        for (; i < end && text[i] != u','; ++i) {
            if (hexValue(text[i].unicode()) < 0) {
                return failure(ParseError::BadDigit, i,
                    QCoreApplication::translate("CpuSet", "%1 at position %2 is not a hexadecimal digit")
                        .arg(describeChar(text[i]))
                        .arg(i));
            }
        }
        if (i == groupStart) {
            // An empty group: blame the comma that should have followed or preceded it.
            if (i < end) {
                return failure(ParseError::BadSeparator, i,
                    QCoreApplication::translate("CpuSet", "',' at position %1 does not follow a group of hex digits")
                        .arg(i));
            }
            return failure(ParseError::BadSeparator, i - 1,
                QCoreApplication::translate("CpuSet", "',' at position %1 is not followed by a group of hex digits")
                    .arg(i - 1));
        }
        qsizetype significant = groupStart;
        while (significant < i && text[significant] == u'0')
            ++significant;
        // Leading zeros are harmless, but every chunk is one 32-bit group (the kernel's EOVERFLOW).
        if (i - significant > GroupBits / 4) {
            return failure(ParseError::TooLong, groupStart,
                QCoreApplication::translate("CpuSet", "group '%1' at position %2 has more than 8 hex digits (32 bits)")
                    .arg(shortened(text.sliced(groupStart, i - groupStart)))
                    .arg(groupStart));
        }
        if (i == end)
            break;
        ++groups;
        groupStart = i + 1;
    }

    const qsizetype maxGroups = (qsizetype(std::max(maxCpus, 0)) + GroupBits - 1) / GroupBits;
    if (groups > maxGroups) {
        return failure(ParseError::TooLong, begin,
            QCoreApplication::translate("CpuSet", "%1 groups of 32 bits do not fit %2 CPUs (at most %3 groups)")
                .arg(groups)
                .arg(maxCpus)
                .arg(maxGroups));
    }

    // Second pass: values. Group g (counted from the left) holds bits from (groups - 1 - g) * 32.
    CpuSet set;
    set.m_words.assign(size_t((groups + 1) / 2), 0);
    qsizetype groupIndex = 0;
    for (qsizetype groupStart = begin; groupStart <= end; ++groupIndex) {
        qsizetype i = groupStart;
        std::uint32_t value = 0;
        for (; i < end && text[i] != u','; ++i)
            value = (value << 4) | std::uint32_t(hexValue(text[i].unicode()));
        if (value) {
            const qsizetype base = (groups - 1 - groupIndex) * GroupBits;
            const int topBit = 31 - std::countl_zero(value);
            if (base + topBit >= maxCpus) {
                const qsizetype digitPosition = i - 1 - topBit / 4;
                return outOfRange(digitPosition, QString::number(base + topBit), maxCpus);
            }
            set.m_words[size_t(base / WordBits)] |= std::uint64_t(value) << (base % WordBits);
        }
        groupStart = i + 1;
    }
    set.trim();
    return success(std::move(set));
}

CpuSet::ParseResult CpuSet::fromCpuList(QStringView text, int maxCpus, EmptyPolicy empty)
{
    // Plain variables, not a structured binding: lambdas below capture them (clang < 16 cannot).
    const auto bounds = trimmedBounds(text);
    const qsizetype begin = bounds.first;
    const qsizetype end = bounds.second;
    if (begin == end)
        return empty == EmptyPolicy::AcceptEmpty ? success(CpuSet()) : emptyText();

    struct Number
    {
        qsizetype start = 0;
        qsizetype length = 0;
        qint64 value = 0; // saturates just above maxCpus, so absurdly long numbers cannot overflow
    };
    const qint64 saturation = qint64(std::max(maxCpus, 0)) + 1;
    qsizetype i = begin;
    std::optional<CpuSetParseResult> error;

    const auto number = [&](Number *out) -> bool {
        if (i == end || text[i] == u',' || text[i] == u'-') {
            const qsizetype at = i < end ? i : i - 1;
            const QString message = i < end
                ? QCoreApplication::translate("CpuSet", "%1 at position %2 does not follow a CPU number")
                      .arg(describeChar(text[at]))
                      .arg(at)
                : QCoreApplication::translate("CpuSet", "%1 at position %2 is not followed by a CPU number")
                      .arg(describeChar(text[at]))
                      .arg(at);
            error = failure(ParseError::BadSeparator, at, message);
            return false;
        }
        out->start = i;
        out->value = 0;
        for (; i < end && isDecimal(text[i].unicode()); ++i)
            out->value = std::min(out->value * 10 + (text[i].unicode() - u'0'), saturation);
        out->length = i - out->start;
        if (out->length == 0) {
            error = failure(ParseError::BadDigit, i,
                QCoreApplication::translate("CpuSet", "%1 at position %2 is not a decimal digit")
                    .arg(describeChar(text[i]))
                    .arg(i));
            return false;
        }
        return true;
    };
    const auto checkRange = [&](const Number &n) -> bool {
        if (n.value < maxCpus)
            return true;
        QStringView digits = text.sliced(n.start, n.length);
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        error = outOfRange(n.start, shortened(digits), maxCpus);
        return false;
    };

    CpuSet set;
    for (;;) {
        Number first;
        if (!number(&first) || !checkRange(first))
            return *error;
        Number last = first;
        if (i < end && text[i] == u'-') {
            ++i;
            if (!number(&last) || !checkRange(last))
                return *error;
            if (last.value < first.value) {
                return failure(ParseError::ReversedRange, first.start,
                    QCoreApplication::translate("CpuSet", "range %1-%2 is reversed: write %2-%1")
                        .arg(first.value)
                        .arg(last.value));
            }
        }
        set.insertRange(int(first.value), int(last.value));
        if (i == end)
            break;
        if (text[i] == u'-') {
            return failure(ParseError::BadSeparator, i,
                QCoreApplication::translate("CpuSet", "'-' at position %1 follows a complete range").arg(i));
        }
        if (text[i] != u',') {
            return failure(ParseError::BadDigit, i,
                QCoreApplication::translate("CpuSet", "%1 at position %2 is not a decimal digit")
                    .arg(describeChar(text[i]))
                    .arg(i));
        }
        ++i;
    }
    return success(std::move(set));
}

bool CpuSet::isEmpty() const
{
    return m_words.empty(); // trimmed: no zero words are kept
}

bool CpuSet::contains(int cpu) const
{
    if (cpu < 0 || size_t(cpu / WordBits) >= m_words.size())
        return false;
    return (m_words[size_t(cpu / WordBits)] >> (cpu % WordBits)) & 1;
}

int CpuSet::count() const
{
    int n = 0;
    for (std::uint64_t word : m_words)
        n += std::popcount(word);
    return n;
}

int CpuSet::first() const
{
    for (size_t w = 0; w < m_words.size(); ++w) {
        if (m_words[w])
            return int(w * WordBits) + std::countr_zero(m_words[w]);
    }
    return -1;
}

int CpuSet::last() const
{
    if (m_words.empty())
        return -1;
    const size_t w = m_words.size() - 1;
    return int(w * WordBits) + WordBits - 1 - std::countl_zero(m_words[w]);
}

QList<int> CpuSet::toList() const
{
    QList<int> cpus;
    cpus.reserve(count());
    forEach([&cpus](int cpu) { cpus.append(cpu); });
    return cpus;
}

void CpuSet::insert(int cpu)
{
    Q_ASSERT(cpu >= 0);
    if (cpu < 0)
        return;
    const size_t w = size_t(cpu / WordBits);
    if (w >= m_words.size())
        m_words.resize(w + 1, 0);
    m_words[w] |= std::uint64_t(1) << (cpu % WordBits);
}

void CpuSet::remove(int cpu)
{
    if (cpu < 0 || size_t(cpu / WordBits) >= m_words.size())
        return;
    m_words[size_t(cpu / WordBits)] &= ~(std::uint64_t(1) << (cpu % WordBits));
    trim();
}

void CpuSet::insertRange(int first, int last)
{
    first = std::max(first, 0);
    if (last < first)
        return;
    const size_t firstWord = size_t(first / WordBits);
    const size_t lastWord = size_t(last / WordBits);
    if (lastWord >= m_words.size())
        m_words.resize(lastWord + 1, 0);
    const std::uint64_t all = ~std::uint64_t(0);
    const std::uint64_t low = all << (first % WordBits); // bits first.. of the first word
    const std::uint64_t high = all >> (WordBits - 1 - last % WordBits); // bits ..last of the last word
    if (firstWord == lastWord) {
        m_words[firstWord] |= low & high;
        return;
    }
    m_words[firstWord] |= low;
    std::fill(m_words.begin() + qsizetype(firstWord) + 1, m_words.begin() + qsizetype(lastWord), all);
    m_words[lastWord] |= high;
}

bool CpuSet::intersects(const CpuSet &other) const
{
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t w = 0; w < n; ++w) {
        if (m_words[w] & other.m_words[w])
            return true;
    }
    return false;
}

bool CpuSet::isSubsetOf(const CpuSet &other) const
{
    if (m_words.size() > other.m_words.size())
        return false; // trimmed: our last word is non-zero and other has nothing there
    for (size_t w = 0; w < m_words.size(); ++w) {
        if (m_words[w] & ~other.m_words[w])
            return false;
    }
    return true;
}

CpuSet CpuSet::united(const CpuSet &other) const
{
    CpuSet result = m_words.size() >= other.m_words.size() ? *this : other;
    const CpuSet &smaller = m_words.size() >= other.m_words.size() ? other : *this;
    for (size_t w = 0; w < smaller.m_words.size(); ++w)
        result.m_words[w] |= smaller.m_words[w];
    return result;
}

CpuSet CpuSet::intersected(const CpuSet &other) const
{
    CpuSet result;
    result.m_words.resize(std::min(m_words.size(), other.m_words.size()));
    for (size_t w = 0; w < result.m_words.size(); ++w)
        result.m_words[w] = m_words[w] & other.m_words[w];
    result.trim();
    return result;
}

CpuSet CpuSet::subtracted(const CpuSet &other) const
{
    CpuSet result = *this;
    const size_t n = std::min(m_words.size(), other.m_words.size());
    for (size_t w = 0; w < n; ++w)
        result.m_words[w] &= ~other.m_words[w];
    result.trim();
    return result;
}

QString CpuSet::toHexMask(int nrCpuIds) const
{
    // lib/vsprintf.c bitmap_string(): only the most significant group is narrower than 8 digits.
    const int bits = std::max({nrCpuIds, last() + 1, 1});
    const int groups = (bits + GroupBits - 1) / GroupBits;
    const int firstGroupBits = bits % GroupBits ? bits % GroupBits : GroupBits;
    const int firstDigits = (firstGroupBits + 3) / 4;

    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out(firstDigits + (groups - 1) * 9, Qt::Uninitialized);
    QChar *p = out.data();
    for (int g = groups - 1; g >= 0; --g) {
        const size_t w = size_t(g) * GroupBits / WordBits;
        const std::uint32_t value
            = w < m_words.size() ? std::uint32_t(m_words[w] >> ((g * GroupBits) % WordBits)) : std::uint32_t(0);
        const int width = g == groups - 1 ? firstDigits : GroupBits / 4;
        for (int d = width - 1; d >= 0; --d)
            *p++ = QChar(digits[(value >> (d * 4)) & 0xf]);
        if (g > 0)
            *p++ = u',';
    }
    return out;
}

QString CpuSet::toCpuList() const
{
    QString out;
    int runStart = -1;
    int previous = -2;
    const auto flush = [&] {
        if (runStart < 0)
            return;
        if (!out.isEmpty())
            out += u',';
        out += QString::number(runStart);
        // Like the kernel's %*pbl, two adjacent CPUs are a range too: `4-5`.
        if (previous > runStart)
            out += u'-' + QString::number(previous);
    };
    // Whole words of ones (large machines) are skipped in one step.
    for (size_t w = 0; w < m_words.size(); ++w) {
        std::uint64_t bits = m_words[w];
        const int base = int(w * WordBits);
        if (bits == ~std::uint64_t(0) && previous == base - 1 && runStart >= 0) {
            previous = base + WordBits - 1;
            continue;
        }
        while (bits) {
            const int cpu = base + std::countr_zero(bits);
            if (cpu != previous + 1) {
                flush();
                runStart = cpu;
            }
            previous = cpu;
            bits &= bits - 1;
        }
    }
    flush();
    return out;
}

bool operator==(const CpuSet &a, const CpuSet &b)
{
    return a.m_words == b.m_words;
}

void CpuSet::trim()
{
    while (!m_words.empty() && m_words.back() == 0)
        m_words.pop_back();
}
