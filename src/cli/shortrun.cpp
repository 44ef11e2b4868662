#include "shortrun.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sw::cli {

// An import of 2,000 tables spent a quarter of its CPU time in page faults
// (10,000 of them, each 4 KB of fresh memory; a fault costs ~10 µs on the
// virtual machines we measure on), largely on memory it had just freed: the
// query thread's results, the validation thread's own arena, blocks glibc
// handed back to the kernel. So, with glibc: one arena for every thread, freed
// memory kept for the next allocation rather than returned, and the heap
// grown once by a pad the kernel may back with 2 MB pages (transparent huge
// pages, where the system allows them for a region that asks). ~1,300 faults
// instead of ~10,500; the memory is the process's until it exits anyway.
void useShortRunHeap()
{
#if defined(__GLIBC__)
    constexpr std::size_t kMiB = std::size_t(1) << 20, kPad = 64 * kMiB, kHugePage = 2 * kMiB;
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 * kMiB);  // glibc's largest; blocks below it come from the heap and are reused
    mallopt(M_TRIM_THRESHOLD, int(1024 * kMiB));
    mallopt(M_TOP_PAD, int(kPad));
    void *volatile first = std::malloc(kMiB);  // grows the heap by the pad now, so that it can be advised (volatile: not elided)
    std::free(first);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (end - kPad + kHugePage - 1) & ~(kHugePage - 1), to = end & ~(kHugePage - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);  // advice: nothing to do if refused
#endif
}

void endShortRun(int exitCode)
{
    std::fflush(nullptr);
    std::_Exit(exitCode);
}

} // namespace sw::cli
