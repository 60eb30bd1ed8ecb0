// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QDebug;

namespace Byline {

/**
 * A half-open range [start, end) in UTF-16 code units of Article::text.
 *
 * Every annotation in Byline is anchored by a Span. Exporters convert to Unicode
 * code points (OffsetMap); nothing else does. A default-constructed Span is invalid.
 */
struct Span
{
    int start = -1;
    int end = -1;

    constexpr Span() = default;
    constexpr Span(int s, int e) : start(s), end(e) { }

    constexpr bool isValid() const { return start >= 0 && end >= start; }
    constexpr bool isEmpty() const { return !isValid() || end == start; }
    constexpr int length() const { return isValid() ? end - start : 0; }
    /** True when the two spans share at least one code unit. */
    constexpr bool overlaps(Span o) const { return isValid() && o.isValid() && start < o.end && o.start < end; }
    constexpr bool contains(Span o) const { return isValid() && o.isValid() && start <= o.start && o.end <= end; }
    constexpr bool contains(int pos) const { return isValid() && pos >= start && pos < end; }

    friend constexpr bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
    friend constexpr bool operator!=(Span a, Span b) { return !(a == b); }
    /** Text order: by start, then the longer span first. */
    friend constexpr bool operator<(Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end > b.end; }
};

QDebug operator<<(QDebug dbg, Span span);

} // namespace Byline
