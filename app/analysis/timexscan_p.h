// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysiscontext.h"
#include "timexform.h"
#include "timexlexicon.h"
#include "wordindex.h"

#include <QVector>

namespace Byline {

/**
 * TimexRecognizer's view of one sentence while it looks for time expressions: the tokens
 * with their lexicon entries (entries[i] for token i, nullptr when none) and questions about
 * them by index — out-of-sentence indices answer "no". Private to the recognizer; one per
 * annotate() call; sb/se (the sentence's token range) move from sentence to sentence.
 */
class TimexScan
{
public:
    using Entry = TimexLexicon::Entry;

    TimexScan(const AnalysisContext &c, const TimexLexicon &lexicon, const QVector<const Entry *> &entries)
        : ctx(c), lex(lexicon), m_entries(entries), m_the(lexicon.lookup(u"the"))
    {
    }

    const AnalysisContext &ctx;
    const TimexLexicon &lex;
    int sb = 0;
    int se = 0;

    bool inRange(int i) const { return i >= sb && i < se; }
    const Token &tok(int i) const { return ctx.tokens.at(i); }
    QStringView view(int i) const
    {
        const Token &t = ctx.tokens.at(i);
        return QStringView(ctx.text.constData() + t.span.start, t.span.length()); // tokens lie inside the text
    }
    const Entry *at(int i) const { return inRange(i) ? m_entries.at(i) : nullptr; }
    /** Token i is word, ignoring case (the length is compared first: no case folding for most tokens). */
    template <std::size_t N>
    bool is(int i, const char (&word)[N]) const
    {
        return inRange(i) && std::size_t(tok(i).span.length()) == N - 1 && equalsIgnoringCase(view(i), word);
    }
    /** Token i (in range) is word, ignoring case; different lengths fail before any case folding. */
    bool sameWord(int i, const QString &word) const
    {
        const QStringView v = view(i);
        if (v.size() != word.size())
            return false;
        // ASCII is compared inline (the phrase loops ask this of every "the"); the rest as Qt compares.
        for (qsizetype k = 0; k < v.size(); ++k) {
            const char16_t c = char16_t(v[k].unicode());
            const char16_t w = char16_t(word.constData()[k].unicode());
            if (c >= 128 || w >= 128)
                return v.compare(word, Qt::CaseInsensitive) == 0;
            if (WordIndex::lowerUnit(c) != WordIndex::lowerUnit(w))
                return false;
        }
        return true;
    }
    /**
     * is(i, "the"), the word the rules ask about most, by its lexicon entry: lookup()'s folding and
     * the case-insensitive compare agree on it (no character beyond ASCII folds to 't', 'h' or 'e').
     */
    bool isThe(int i) const { return m_the ? inRange(i) && m_entries.at(i) == m_the : is(i, "the"); }
    /** Token i (in range) is one of the words, ignoring case: isAnyOf(i, "in", "since"). */
    template <std::size_t... N>
    bool isAnyOf(int i, const char (&...words)[N]) const
    {
        if (!inRange(i))
            return false;
        // The length first, against constants (a case-insensitive compare never matches strings of
        // different lengths), then the first letter (words are ASCII; the rest as Qt compares).
        const std::size_t length = std::size_t(tok(i).span.length());
        const auto matches = [this, i](const char *w) {
            const QStringView v = view(i);
            const char16_t first = char16_t(v.front().unicode());
            if (first < 128 && (unsigned char)w[0] < 128 && WordIndex::lowerUnit(first) != WordIndex::lowerUnit(char16_t(w[0])))
                return false;
            return equalsIgnoringCase(v, w);
        };
        return ((length == N - 1 && matches(words)) || ...);
    }
    /**
     * v equals the Latin-1 word ignoring case, as QStringView::compare(Qt::CaseInsensitive) says; ASCII is
     * folded inline (rules ask about every candidate token), anything else goes through Qt's case folding.
     */
    static bool equalsIgnoringCase(QStringView v, const char *word)
    {
        qsizetype k = 0;
        for (; word[k]; ++k) {
            if (k >= v.size())
                return false;
            const char16_t c = char16_t(v[k].unicode());
            const char16_t w = char16_t((unsigned char)word[k]);
            if (c >= 128 || w >= 128) {
                const QLatin1String l(word);
                return v.size() == l.size() && v.compare(l, Qt::CaseInsensitive) == 0;
            }
            if (WordIndex::lowerUnit(c) != WordIndex::lowerUnit(w))
                return false;
        }
        return k == v.size();
    }
    bool isApostrophe(int i) const
    {
        return inRange(i) && view(i).size() == 1 && TimexLexicon::fold(view(i).front()) == QLatin1Char('\'');
    }
    bool adjacent(int i, int j) const { return inRange(i) && inRange(j) && tok(i).span.end == tok(j).span.start; }
    int digits(int i) const { return inRange(i) && tok(i).kind == Token::Number ? parseDigits(view(i)) : -1; }
    int digitCount(int i) const { return inRange(i) ? int(view(i).size()) : 0; }
    bool capitalized(int i) const { return inRange(i) && tok(i).capitalized; }
    /** A capitalised word that is no time word, not first in the sentence: "Black" in "Black Monday", "Russell" in "Russell 2000". */
    bool namePart(int i) const { return i > sb && inRange(i) && tok(i).kind == Token::Word && tok(i).capitalized && !m_entries.at(i); }
    int year(int i) const
    {
        const int y = digits(i);
        return digitCount(i) == 4 && y >= 1000 && y <= 2199 ? y : -1;
    }
    int dayNumber(int i) const
    {
        int d = digits(i);
        if (d < 0 && inRange(i))
            d = parseDigitOrdinal(view(i));
        return d >= 1 && d <= 31 && digitCount(i) <= 4 ? d : -1;
    }
    int ordinal(int i) const
    {
        if (const Entry *e = at(i); e && e->ordinal > 0)
            return e->ordinal;
        return inRange(i) ? parseDigitOrdinal(view(i)) : -1;
    }

    /**
     * The tense the expression at tokens [begin, end) is read in: a preposition right before it
     * ("since", "until"), else the nearest cue of its clause, else of its sentence (a cue after
     * the expression counts double: the verb usually comes first). Unknown when none.
     */
    TimexForm::Tense tenseAround(int begin, int end) const;

    /** Value of an all-digit string, or -1. */
    static int parseDigits(QStringView v);
    /** v.indexOf(c, from) without Qt's general search (rules ask it of most candidate tokens). */
    static qsizetype indexOfChar(QStringView v, char16_t c, qsizetype from = 0)
    {
        for (qsizetype k = from; k < v.size(); ++k) {
            if (v[k].unicode() == c)
                return k;
        }
        return -1;
    }
    /** "25th", "1st" → 25, 1; -1 otherwise. */
    static int parseDigitOrdinal(QStringView v);

private:
    const QVector<const Entry *> &m_entries;
    const Entry *m_the = nullptr; ///< the lexicon's "the"
};

} // namespace Byline
