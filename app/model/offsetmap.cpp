// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetmap.h"

#include <algorithm>

namespace Byline {

OffsetMap::OffsetMap(const QString &text)
{
    const int n = int(text.size());
    for (int i = 0; i + 1 < n; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_astral.append(i);
            ++i;
        }
    }
}

int OffsetMap::toCodePoint(int pos) const
{
    // Every astral character that ends at or before pos saved one unit.
    const auto it = std::lower_bound(m_astral.cbegin(), m_astral.cend(), pos - 1);
    const int before = int(it - m_astral.cbegin());
    return pos - before;
}

int OffsetMap::fromCodePoint(int cp) const
{
    // The k-th astral character starts at code point m_astral[k] - k.
    int lo = 0, hi = int(m_astral.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_astral.at(mid) - mid < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

} // namespace Byline
