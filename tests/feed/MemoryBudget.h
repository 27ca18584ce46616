#pragma once

// Runs a statement in a forked child whose address space may grow by only
// a given number of MiB beyond what it has at the fork: an allocation past
// that throws std::bad_alloc, the child aborts and the expectation fails,
// instead of a hostile document taking the machine's memory. Under a
// sanitizer (which reserves terabytes of address space) no limit is set.

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace memorybudget {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline void limitGrowth(long) {}
#else
inline void limitGrowth(long mib)
{
    long pages = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld", &pages) != 1)
            pages = 0;
        std::fclose(f);
    }
    if (pages <= 0)
        std::_Exit(3);
    const rlim_t limit = rlim_t(pages) * rlim_t(sysconf(_SC_PAGESIZE)) + rlim_t(mib) * 1024 * 1024;
    const rlimit rl{limit, limit};
    if (setrlimit(RLIMIT_AS, &rl) != 0)
        std::_Exit(4);
}
#endif

} // namespace memorybudget

#define EXPECT_WITHIN_MEMORY(mib, statement)                                                                           \
    EXPECT_EXIT(                                                                                                       \
        {                                                                                                              \
            memorybudget::limitGrowth(mib);                                                                            \
            statement;                                                                                                 \
            std::_Exit(0);                                                                                             \
        },                                                                                                             \
        ::testing::ExitedWithCode(0), "")
