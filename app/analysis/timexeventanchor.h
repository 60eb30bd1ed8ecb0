// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/span.h"
#include "timexlexicon.h"

#include <QVector>

namespace Byline {

class AnalysisContext;

/**
 * The event a time expression dates: the clause it modifies, as a span of Article::text.
 *
 * The clause is the stretch of the sentence around the expression up to a boundary —
 * punctuation (, ; : brackets, quotes, dashes) or a clause-opening word
 * (analysis/timex/clause-boundaries.txt: "that", "after", "because", …). Within it the
 * words before the expression are preferred (English puts the time after its verb: "it was
 * closed | in July"), then the words after it; an expression that is a clause of its own
 * ("Last month, …") takes the next clause. Prepositions joining the two ("in", "since",
 * "for") are left out. At least two words make an event; otherwise the span is invalid.
 *
 * Cap: a clause is read at most 60 tokens either side of the expression, so analysis stays
 * linear on run-on text; in a longer clause the event is its 60 tokens nearest the date.
 *
 * Reads the tokens and sentences of the context; holds only a reference to the lexicon,
 * which must outlive it. Thread-safe.
 */
class TimexEventAnchor
{
public:
    explicit TimexEventAnchor(const TimexLexicon &lexicon);

    using Entries = QVector<const TimexLexicon::Entry *>;

    /**
     * The event for the expression made of tokens [first, last] of context. entries, when given,
     * holds the lexicon's lookup() of every Word, Symbol and Punctuation token of context (nullptr
     * for the others), as TimexRecognizer has it: the clause is then read without looking words up again.
     */
    Span anchor(const AnalysisContext &context, int first, int last, const Entries *entries = nullptr) const;

    /** A sentence's tokens [begin, end) (AnalysisContext::tokenAt() of its start and end), as a caller may know them already. */
    struct SentenceTokens
    {
        int sentence = -1;
        int begin = 0;
        int end = 0;
    };
    /** The same, with the tokens of the expression's sentence when that is known.sentence (saves two searches). */
    Span anchor(const AnalysisContext &context, int first, int last, const Entries *entries, const SentenceTokens &known) const;

private:
    const TimexLexicon::Entry *entryOf(const AnalysisContext &context, int token, const Entries *entries) const;
    bool isBoundary(const AnalysisContext &context, int token, const Entries *entries) const;
    int words(const AnalysisContext &context, int from, int to) const;

    const TimexLexicon &m_lexicon;
};

} // namespace Byline
