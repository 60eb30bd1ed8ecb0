// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/span.h"

#include <QList>
#include <QString>

#include <bitset>

namespace Byline {

struct Article;
class Resources;

/** A pair of quote marks found in the text. Offsets in UTF-16 units of Article::text. */
struct QuotedSpan
{
    int open = -1;  ///< offset of the opening mark
    int close = -1; ///< offset of the closing mark
    Span inner;     ///< the words between the marks, trimmed of white space
    int depth = 0;  ///< 0 for an outermost quote, 1 for a quote inside it, …
    bool continued = false; ///< runs over several paragraphs (each reopening with a mark)
};

/**
 * Pairs quote marks in an article (reads Article blocks; used by DirectQuoteAnnotator).
 *
 * Mark pairs come from resources/analysis/quotes/quote-marks.txt: straight and curly double and
 * single quotes, guillemets both ways, German „low-high" marks. Straight double quotes toggle; a
 * single-style mark opens only before a word and after a non-word, and closes only after a
 * non-space and before a non-word, so apostrophes ("aren't", "Taiwan's") never pair. A closing mark
 * closes the innermost matching open mark and drops unclosed marks inside it.
 *
 * A quote normally ends in its paragraph. When a paragraph ends with an outermost double quote still
 * open and the next paragraph opens with a quote mark, the quote continues there (the newspaper
 * convention for quotes over several paragraphs); otherwise unclosed marks are dropped.
 *
 * Result in text order of the opening mark. Pure; thread-safe.
 */
class QuoteMarkFinder
{
public:
    explicit QuoteMarkFinder(const Resources &resources);

    QList<QuotedSpan> find(const Article &article) const;

private:
    struct Pair
    {
        QChar open;
        QChar close;
        bool single = false;
    };
    bool isOpener(QChar c, bool *single) const;
    bool closes(QChar open, QChar c) const;

    bool isMark(QChar c) const { return c.unicode() < 128 ? m_asciiMarks[c.unicode()] : m_otherMarks[c.unicode()]; }
    /** The first position in [pos, end) of data holding a mark, or end. */
    int nextMark(const QChar *data, int pos, int end) const;

    QList<Pair> m_pairs;
    bool m_asciiMarks[128] = {};      ///< the ASCII mark characters, for a quick reject of the others
    std::bitset<0x10000> m_otherMarks; ///< the other ones
    char16_t m_asciiMarkLow = 0x80; ///< the lowest ASCII mark, for nextMark()'s wide scan (0x80: none)
    char16_t m_asciiMarkHigh = 0x80; ///< the highest
};

} // namespace Byline
