// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cpuset.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstring>

namespace {

// Whatever parses must print back to text that parses to the same set.
void check(QStringView text, int maxCpus)
{
    const CpuSet::ParseResult mask = CpuSet::fromHexMask(text, maxCpus);
    FUZZ_CHECK(mask.isValid() == (mask.error == CpuSet::ParseError::None));
    if (mask.isValid()) {
        const CpuSet &set = *mask.set;
        FUZZ_CHECK(set.isEmpty() || (set.first() >= 0 && set.last() < maxCpus));
        const CpuSet::ParseResult again = CpuSet::fromHexMask(set.toHexMask(maxCpus), maxCpus);
        FUZZ_CHECK(again.isValid() && *again.set == set);
    } else {
        FUZZ_CHECK(mask.position >= 0 && mask.position <= text.size() && !mask.message.isEmpty());
    }

    const CpuSet::ParseResult list = CpuSet::fromCpuList(text, maxCpus);
    FUZZ_CHECK(list.isValid() == (list.error == CpuSet::ParseError::None));
    if (list.isValid()) {
        const CpuSet &set = *list.set;
        FUZZ_CHECK(set.isEmpty() || (set.first() >= 0 && set.last() < maxCpus));
        FUZZ_CHECK(set.count() == set.toList().size());
        const CpuSet::ParseResult again = CpuSet::fromCpuList(set.toCpuList(), maxCpus);
        FUZZ_CHECK(again.isValid() && *again.set == set);
    } else {
        FUZZ_CHECK(list.position >= 0 && list.position <= text.size() && !list.message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    // The first byte picks the limit (1 .. CpuSet::MaxCpus), the rest is the text, read both
    // as UTF-8 and as raw UTF-16 code units.
    const int maxCpus = size ? 1 + int(data[0]) * CpuSet::MaxCpus / 256 : CpuSet::MaxCpus;
    const char *text = reinterpret_cast<const char *>(data) + (size ? 1 : 0);
    const qsizetype length = qsizetype(size ? size - 1 : 0);
    check(QString::fromUtf8(text, length), maxCpus);
    QString utf16(length / 2, Qt::Uninitialized);
    if (!utf16.isEmpty())
        std::memcpy(utf16.data(), text, size_t(utf16.size()) * sizeof(QChar));
    check(utf16, maxCpus);
    return 0;
}
