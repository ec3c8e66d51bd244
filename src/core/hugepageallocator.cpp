// SPDX-FileCopyrightText: 2026 IRQ Scope authors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "hugepageallocator.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>

namespace {
constexpr std::size_t hugePage = std::size_t(2) << 20;

std::size_t roundUp(std::size_t bytes)
{
    return (bytes + hugePage - 1) & ~(hugePage - 1);
}
} // namespace

namespace HugePages {

void *allocate(std::size_t bytes)
{
    if (bytes < hugePage)
        return ::operator new(bytes);
    // Map one huge page more than needed, keep the aligned part, give the rest back.
    const std::size_t size = roundUp(bytes);
    void *raw = ::mmap(nullptr, size + hugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        qFatal("out of memory: cannot map %zu bytes", size); // what operator new does without exceptions
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + hugePage - 1) & ~(hugePage - 1);
    if (aligned > start)
        ::munmap(raw, aligned - start);
    const std::uintptr_t end = start + size + hugePage;
    if (end > aligned + size)
        ::munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
    ::madvise(reinterpret_cast<void *>(aligned), size, MADV_HUGEPAGE); // a hint: fine to fail
    return reinterpret_cast<void *>(aligned);
}

void deallocate(void *pointer, std::size_t bytes) noexcept
{
    if (!pointer)
        return;
    if (bytes < hugePage)
        ::operator delete(pointer);
    else
        ::munmap(pointer, roundUp(bytes));
}

} // namespace HugePages
