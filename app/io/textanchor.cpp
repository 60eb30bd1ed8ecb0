// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include "../model/note.h"

#include <QList>
#include <QVector>

#include <algorithm>
#include <cstdlib>

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

// Sellers' approximate substring search: every span of text[from, to) within maxDistance
// edits of pattern, keeping the best of each run of overlapping ends.
QList<Candidate> approximate(const QString &text, const QString &pattern, int maxDistance, int from, int to)
{
    const int m = int(pattern.size());
    QVector<int> d(m + 1), s(m + 1), nd(m + 1), ns(m + 1);
    for (int i = 0; i <= m; ++i) {
        d[i] = i;
        s[i] = from;
    }
    QList<Candidate> found;
    for (int j = from; j < to; ++j) {
        const QChar c = text.at(j);
        nd[0] = 0;
        ns[0] = j + 1;
        for (int i = 1; i <= m; ++i) {
            int best = d[i - 1] + (pattern.at(i - 1) == c ? 0 : 1);
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
        std::swap(d, nd);
        std::swap(s, ns);
        if (d[m] > maxDistance)
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
            fuzzy = approximate(text, sel.exact, maxDistance, 0, int(text.size()));
        } else {
            const QString head = sel.exact.left(Piece);
            const QString tail = sel.exact.right(Piece);
            const QList<Candidate> heads = approximate(text, head, Piece / 4, 0, int(text.size()));
            const QList<Candidate> tails = approximate(text, tail, Piece / 4, 0, int(text.size()));
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
