// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Byline::MemoryPolicy {

void reuseLargeBlocks()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);
#endif
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace Byline::MemoryPolicy
