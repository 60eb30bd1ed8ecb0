// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Byline {

/**
 * Finds, in a list sorted by where its items end, the first item that ends after a text
 * position, in constant time. Buckets of 32 characters remember the first item ending after
 * the bucket's start; a lookup walks on from there. A binary search over a large article's
 * millions of tokens misses the cache at nearly every probe (a 100 MB article's token list is
 * 300 MB), which made the stages that ask cost more than linearly in the article's size.
 *
 * Lists shorter than MinItems are not indexed (a binary search over them stays in the cache):
 * firstEndingAfter() then searches. end(item) gives an item's end offset.
 */
class SpanIndex
{
public:
    static constexpr qsizetype MinItems = 2048;

    template<typename List, typename End>
    int firstEndingAfter(const List &items, int pos, End end) const
    {
        const int n = int(items.size());
        if (n < MinItems) {
            const auto it = std::upper_bound(items.cbegin(), items.cend(), pos,
                                             [&end](int p, const auto &item) { return p < end(item); });
            return int(it - items.cbegin());
        }
        if (m_count != n)
            build(items, end);
        if (pos < 0)
            return 0;
        const std::size_t bucket = std::size_t(pos) >> Shift;
        int i = bucket < m_first.size() ? m_first[bucket] : m_first.back();
        while (i < n && end(items[i]) <= pos)
            ++i;
        return i;
    }

private:
    static constexpr int Shift = 5;

    template<typename List, typename End>
    void build(const List &items, End end) const
    {
        const int n = int(items.size());
        const int last = end(items[n - 1]);
        m_first.assign((std::size_t(last) >> Shift) + 1, 0);
        int i = 0;
        for (std::size_t b = 0; b < m_first.size(); ++b) {
            const int start = int(b << Shift);
            while (i < n && end(items[i]) <= start)
                ++i;
            m_first[b] = i;
        }
        m_count = n;
    }

    // Built on first use for a list of m_count items (the lists it serves are written once, by
    // the segmenter, and only read after that).
    mutable std::vector<int> m_first;
    mutable qsizetype m_count = -1;
};

} // namespace Byline
