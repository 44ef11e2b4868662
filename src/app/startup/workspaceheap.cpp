#include "startup/workspaceheap.h"

#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sw::app {

// Each refresh of the preview builds and drops the same structures (hash
// tables of 12,000 names, a migration text of megabytes at 2,000 tables).
// glibc by default hands such memory back to the kernel (the heap's top above
// 128 KB; blocks above a threshold mapped and unmapped on their own), so the
// next refresh faults every page of it in again: a third of a refresh's time
// on the virtual machines we measure on (bench_preview 2000: 13 -> 8.5 ms).
// Kept instead for the next allocation, up to a bound: what a session holds
// at its peak, which the design needed anyway.
void useWorkspaceHeap()
{
#if defined(__GLIBC__)
    constexpr int kMiB = 1 << 20;
    mallopt(M_MMAP_THRESHOLD, 32 * kMiB);  // glibc's largest: blocks below it come from the heap and are reused
    mallopt(M_TRIM_THRESHOLD, 64 * kMiB);  // free memory at the heap's top kept up to this
#endif
}

} // namespace sw::app
