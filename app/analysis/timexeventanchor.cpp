// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexeventanchor.h"

#include "analysiscontext.h"
#include "timexlexicon.h"

namespace Byline {

TimexEventAnchor::TimexEventAnchor(const TimexLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

const TimexLexicon::Entry *TimexEventAnchor::entryOf(const AnalysisContext &context, int token, const Entries *entries) const
{
    const Token &t = context.tokens.at(token);
    if (entries && t.kind != Token::Number)
        return entries->at(token);
    return m_lexicon.lookup(QStringView(context.text).mid(t.span.start, t.span.length()));
}

bool TimexEventAnchor::isBoundary(const AnalysisContext &context, int token, const Entries *entries) const
{
    const Token &t = context.tokens.at(token);
    if (t.kind == Token::Word && entries) { // most tokens of a clause: the entry the recognizer has
        const TimexLexicon::Entry *e = entries->at(token);
        return e && e->clauseBoundary;
    }
    if (t.kind == Token::Punctuation || t.kind == Token::Symbol) {
        const QStringView v(context.text.constData() + t.span.start, t.span.length());
        if (v.size() != 1)
            return v.startsWith(QLatin1Char('-')) || v.startsWith(QChar(0x2014)) || v.startsWith(QChar(0x2013));
        const char16_t c = v.front().unicode();
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"'
            || c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2013 || c == '-';
    }
    const TimexLexicon::Entry *e = entryOf(context, token, entries);
    return e && e->clauseBoundary;
}

int TimexEventAnchor::words(const AnalysisContext &context, int from, int to) const
{
    int n = 0;
    for (int k = from; k < to; ++k) {
        const Token::Kind kind = context.tokens.at(k).kind;
        if (kind == Token::Word || kind == Token::Number)
            ++n;
    }
    return n;
}

Span TimexEventAnchor::anchor(const AnalysisContext &context, int first, int last, const Entries *entries) const
{
    return anchor(context, first, last, entries, SentenceTokens());
}

Span TimexEventAnchor::anchor(const AnalysisContext &context, int first, int last, const Entries *entries, const SentenceTokens &known) const
{
    const int sentence = context.sentenceAt(context.tokens.at(first).span.start);
    if (sentence < 0)
        return Span();
    const Span s = context.sentences.at(sentence);
    const bool isKnown = sentence == known.sentence;
    const int sb = isKnown ? known.begin : context.tokenAt(s.start);
    int se = isKnown ? known.end : context.tokenAt(s.end);
    // A sentence "ending" inside a word ("China-U.|S.") is the segmenter's slip: read on.
    while (se > sb && se < context.tokens.size() && context.tokens.at(se - 1).span.end == context.tokens.at(se).span.start
           && context.tokens.at(se).block == context.tokens.at(se - 1).block) {
        const int next = context.sentenceAt(context.tokens.at(se).span.start);
        if (next < 0)
            break;
        se = context.tokenAt(context.sentences.at(next).end);
    }
    const auto isPreposition = [&](int k) {
        const TimexLexicon::Entry *e = entryOf(context, k, entries);
        return e && e->eventPreposition;
    };
    const auto spanOf = [&](int from, int to) { // tokens [from, to), without punctuation at either end
        const auto isWord = [&](int k) { return context.tokens.at(k).kind == Token::Word || context.tokens.at(k).kind == Token::Number; };
        while (from < to && !isWord(from))
            ++from;
        while (to > from && !isWord(to - 1))
            --to;
        return Span(context.tokens.at(from).span.start, context.tokens.at(to - 1).span.end);
    };

    // A line break ends a clause too (a caption under a slug line is one "sentence" to the segmenter).
    const auto lineBreakBefore = [&](int k) {
        const int from = context.tokens.at(k - 1).span.end, to = context.tokens.at(k).span.start;
        for (int p = from; p < to; ++p) {
            if (context.text.at(p) == QLatin1Char('\n'))
                return true;
        }
        return false;
    };
    // Clauses are read at most kMaxClauseTokens either side: unbounded, a run-on sentence of a
    // million words made every time expression in it scan the whole sentence (quadratic).
    constexpr int kMaxClauseTokens = 60;
    int segStart = first;
    while (segStart > sb && first - segStart < kMaxClauseTokens && !isBoundary(context, segStart - 1, entries) && !lineBreakBefore(segStart))
        --segStart;
    int segEnd = last + 1;
    while (segEnd < se && segEnd - last <= kMaxClauseTokens && !isBoundary(context, segEnd, entries) && !lineBreakBefore(segEnd))
        ++segEnd;

    int leftEnd = first;
    while (leftEnd > segStart && isPreposition(leftEnd - 1))
        --leftEnd;
    if (words(context, segStart, leftEnd) >= 2)
        return spanOf(segStart, leftEnd);

    int rightStart = last + 1;
    while (rightStart < segEnd && isPreposition(rightStart))
        ++rightStart;
    if (words(context, rightStart, segEnd) >= 2)
        return spanOf(rightStart, segEnd);

    // The expression is a clause of its own ("Last month, the ministry urged …"): take the next one.
    if (segEnd < se && words(context, segStart, leftEnd) == 0) {
        int from = segEnd;
        while (from < se && from - segEnd < kMaxClauseTokens && isBoundary(context, from, entries))
            ++from;
        int to = from;
        while (to < se && to - from < kMaxClauseTokens && !isBoundary(context, to, entries) && (to == from || !lineBreakBefore(to)))
            ++to;
        if (words(context, from, to) >= 2)
            return spanOf(from, to);
    }
    return Span();
}

} // namespace Byline
