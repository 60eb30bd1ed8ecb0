// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Byline::MemoryPolicy {

/**
 * Called once at start-up. An analysis allocates per-token tables that grow with the article
 * (tens of MB for a 10 MB article, hundreds for 100 MB). By default glibc hands blocks above a
 * threshold (at most 32 MB) straight to mmap and unmaps them when freed, so every stage of a
 * large analysis touched fresh pages again: page faults grew faster than the text (100 MB:
 * 559,000 instead of the 368,000 its peak memory needs). Keeping large blocks in the heap lets
 * the next stage reuse pages the previous one freed. No-op outside glibc.
 */
void reuseLargeBlocks();

/** Returns free heap pages to the system; called after analysing a large article. */
void releaseFreeMemory();

} // namespace Byline::MemoryPolicy
