// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/span.h"

#include <QString>

namespace Byline {

/**
 * Finds a quoted piece of text again after the text around it changed: the W3C Web
 * Annotation TextQuoteSelector (exact + prefix + suffix) with a position hint, the way
 * Hypothesis re-anchors annotations.
 *
 * Order of attempts: every exact occurrence, ranked by how much of prefix and suffix
 * still surrounds it and then by distance from the hint; failing that, the best
 * approximate occurrence of exact (edit distance at most a quarter of its length);
 * failing that, a gap of similar length bracketed by the prefix and suffix. Anything
 * else is an orphan: an invalid span, never a guess. All offsets are UTF-16 units.
 * Pure functions; thread-safe.
 */
class TextAnchor
{
public:
    /** The TextQuoteSelector of a span. */
    struct Selector
    {
        QString exact;
        QString prefix;
        QString suffix;
    };
    enum class Quality { Exact, Fuzzy, Orphan };
    struct Match
    {
        Span span;             ///< invalid for an orphan
        Quality quality = Quality::Orphan;
        int distance = 0;      ///< edit distance between exact and the text at span
    };

    /** Context characters kept on each side by describe(). */
    static constexpr int ContextLength = 32;

    /** exact = text at span, prefix/suffix = up to context characters before and after it. */
    static Selector describe(const QString &text, Span span, int context = ContextLength);
    /** Where selector is in text now; hint is where it was (a UTF-16 offset, -1 when unknown). */
    static Match anchor(const QString &text, const Selector &selector, int hint = -1);
};

} // namespace Byline
