// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanfilter.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace Byline {

QList<int> SpanFilter::longestWins(const QList<Span> &spans)
{
    std::vector<int> order(static_cast<size_t>(spans.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&spans](int a, int b) {
        const Span &x = spans.at(a);
        const Span &y = spans.at(b);
        if (x.length() != y.length())
            return x.length() > y.length();
        return x.start < y.start;
    });
    // Kept spans never overlap, so keyed by start they are also ordered by end: a new span
    // can only collide with the kept span starting just before it or the one starting first after.
    std::map<int, std::pair<int, int>> kept; // start -> (end, index)
    for (int i : order) {
        const Span s = spans.at(i);
        if (s.isEmpty())
            continue;
        auto next = kept.lower_bound(s.start);
        if (next != kept.end() && next->first < s.end)
            continue;
        if (next != kept.begin()) {
            auto prev = std::prev(next);
            if (prev->second.first > s.start)
                continue;
        }
        kept.emplace(s.start, std::make_pair(s.end, i));
    }
    QList<int> result;
    result.reserve(static_cast<int>(kept.size()));
    for (const auto &k : kept)
        result.append(k.second.second);
    return result;
}

} // namespace Byline
