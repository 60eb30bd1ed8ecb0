// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include "../model/note.h"

#include <QList>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Byline {

namespace {

struct Candidate
{
    Span span;
    int distance = 0;
};

// Characters of prefix that still stand right before pos (compared backwards).
int prefixAgreement(const QString &text, int pos, const QString &prefix)
{
    int n = 0;
    while (n < prefix.size() && pos - 1 - n >= 0 && text.at(pos - 1 - n) == prefix.at(prefix.size() - 1 - n))
        ++n;
    return n;
}

int suffixAgreement(const QString &text, int end, const QString &suffix)
{
    int n = 0;
    while (n < suffix.size() && end + n < text.size() && text.at(end + n) == suffix.at(n))
        ++n;
    return n;
}

// Sellers' approximate substring search with Ukkonen's cut-off (only the rows that can still be
// within maxDistance are computed): every span of text[from, to) within maxDistance edits of
// pattern, keeping the best of each run of overlapping ends. O(maxDistance · n) on average.
QList<Candidate> approximate(const QString &text, const QString &pattern, int maxDistance, int from, int to)
{
    const int m = int(pattern.size());
    const int k = maxDistance;
    std::vector<int> d(size_t(m) + 2, k + 1), s(size_t(m) + 2, from), nd(size_t(m) + 2, k + 1), ns(size_t(m) + 2, from);
    const QChar *p = pattern.constData();
    int active = qMin(k, m); // rows 0..active may be within k; rows above hold k + 1
    for (int i = 0; i <= active; ++i)
        d[i] = i;
    QList<Candidate> found;
    for (int j = from; j < to; ++j) {
        const QChar c = text.at(j);
        nd[0] = 0;
        ns[0] = j + 1;
        const int top = qMin(active + 1, m);
        for (int i = 1; i <= top; ++i) {
            int best = d[i - 1] + (p[i - 1] == c ? 0 : 1);
            int start = s[i - 1];
            if (d[i] + 1 < best) {
                best = d[i] + 1;
                start = s[i];
            }
            if (nd[i - 1] + 1 < best) {
                best = nd[i - 1] + 1;
                start = ns[i - 1];
            }
            nd[i] = best;
            ns[i] = start;
        }
        nd[top + 1] = k + 1;
        active = top;
        while (active > 0 && nd[active] > k)
            --active;
        std::swap(d, nd);
        std::swap(s, ns);
        if (active < m)
            continue;
        const Candidate cand{Span(s[m], j + 1), d[m]};
        if (!found.isEmpty() && found.last().span.overlaps(cand.span)) {
            if (cand.distance < found.last().distance)
                found.last() = cand;
        } else {
            found.append(cand);
        }
    }
    return found;
}

// Near the hint first: on a long article the search of the whole text is the slow part,
// and a note has usually moved little.
QList<Candidate> approximateNear(const QString &text, const QString &pattern, int maxDistance, int hint)
{
    constexpr int Window = 16384;
    const int n = int(text.size());
    if (hint >= 0 && n > 4 * Window) {
        const int from = qMax(0, hint - Window);
        const int to = qMin(n, hint + int(pattern.size()) + Window);
        const QList<Candidate> near = approximate(text, pattern, maxDistance, from, to);
        if (!near.isEmpty())
            return near;
    }
    return approximate(text, pattern, maxDistance, 0, n);
}

// Higher is better: surrounding context first, then closeness to the hint.
double contextScore(const QString &text, Span span, const TextAnchor::Selector &sel, int hint)
{
    const int agreement = prefixAgreement(text, span.start, sel.prefix) + suffixAgreement(text, span.end, sel.suffix);
    const double proximity = hint >= 0 ? double(std::abs(span.start - hint)) / double(text.size() + 1) : 0.0;
    return agreement - proximity;
}

Candidate pick(const QString &text, const QList<Candidate> &candidates, const TextAnchor::Selector &sel, int hint)
{
    Candidate best;
    double bestScore = 0;
    for (const Candidate &c : candidates) {
        const double score = contextScore(text, c.span, sel, hint) - 4.0 * c.distance;
        if (!best.span.isValid() || score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

TextAnchor::Selector TextAnchor::describe(const QString &text, Span span, int context)
{
    Note n;
    n.setQuote(text, span, context);
    return Selector{n.exact, n.prefix, n.suffix};
}

TextAnchor::Match TextAnchor::anchor(const QString &text, const Selector &sel, int hint)
{
    Match match;
    if (sel.exact.isEmpty() || text.isEmpty())
        return match;

    QList<Candidate> exact;
    for (int pos = text.indexOf(sel.exact); pos >= 0; pos = text.indexOf(sel.exact, pos + 1))
        exact.append(Candidate{Span(pos, pos + int(sel.exact.size())), 0});
    if (!exact.isEmpty()) {
        match.span = pick(text, exact, sel, hint).span;
        match.quality = Quality::Exact;
        return match;
    }

    const int m = int(sel.exact.size());
    const int maxDistance = m / 4;
    if (maxDistance >= 1) {
        // Long quotes: search for their head and tail and accept what lies between when its
        // length is close to the original; bounds the O(n·m) search on large articles.
        constexpr int Piece = 64;
        QList<Candidate> fuzzy;
        if (m <= 4 * Piece) {
            fuzzy = approximateNear(text, sel.exact, maxDistance, hint);
        } else {
            const QString head = sel.exact.left(Piece);
            const QString tail = sel.exact.right(Piece);
            const QList<Candidate> heads = approximateNear(text, head, Piece / 4, hint);
            const QList<Candidate> tails = approximateNear(text, tail, Piece / 4, hint < 0 ? -1 : hint + m - Piece);
            for (const Candidate &h : heads) {
                for (const Candidate &t : tails) {
                    const int length = t.span.end - h.span.start;
                    if (t.span.start >= h.span.end && std::abs(length - m) <= maxDistance)
                        fuzzy.append(Candidate{Span(h.span.start, t.span.end), h.distance + t.distance + std::abs(length - m)});
                }
            }
        }
        if (!fuzzy.isEmpty()) {
            const Candidate best = pick(text, fuzzy, sel, hint);
            match.span = best.span;
            match.distance = best.distance;
            match.quality = Quality::Fuzzy;
            return match;
        }
    }

    // The quote itself changed beyond recognition but its surroundings did not: take the gap
    // between prefix and suffix when it is about as long as the quote was.
    const QString prefix = sel.prefix.right(16);
    const QString suffix = sel.suffix.left(16);
    if (prefix.size() >= 8 && suffix.size() >= 8) {
        QList<Candidate> gaps;
        for (int p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) {
            const int start = p + int(prefix.size());
            const int s = text.indexOf(suffix, start);
            if (s > start && std::abs((s - start) - m) <= qMax(2, m / 4))
                gaps.append(Candidate{Span(start, s), std::abs((s - start) - m)});
        }
        if (!gaps.isEmpty()) {
            const Candidate best = pick(text, gaps, sel, hint);
            match.span = best.span;
            match.distance = best.distance;
            match.quality = Quality::Fuzzy;
        }
    }
    return match;
}

} // namespace Byline
