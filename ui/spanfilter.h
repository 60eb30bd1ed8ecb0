// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QList>

namespace Byline {

/**
 * Makes the painted entity layer non-overlapping (STYLE.md; spaCy's filter_spans).
 *
 * Rule, "longest wins, earlier wins ties": spans are taken longest first, and among equally
 * long ones the one starting earlier (then the one listed earlier); a span is kept only when
 * it overlaps no span kept before it. Invalid and empty spans are dropped.
 *
 * Overlapping highlights of different layers are not filtered but stacked, in the one
 * z-order ArticleView paints: selection > find hit > focused entity > entity > quote background.
 */
class SpanFilter
{
public:
    /** Indices into spans of the kept spans, in text order. O(n log n). */
    static QList<int> longestWins(const QList<Span> &spans);
};

} // namespace Byline
