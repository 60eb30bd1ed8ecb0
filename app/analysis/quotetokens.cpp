// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotetokens.h"

#include "analysiscontext.h"

#include <algorithm>
#include <cstring>

namespace Byline {

QuoteTokens::QuoteTokens(const AnalysisContext &context, const QuoteLexicon &lexicon)
    : m_context(context)
    , m_lexicon(lexicon)
    , m_slots(size_t(context.tokens.size()))
    , m_classes(m_slots.size())
{
    lexicon.classify(context.text.constData(), context.tokens, m_classes.data());
}

QuoteTokens::Slot QuoteTokens::lookUp(int t) const
{
    const Token &token = m_context.tokens.at(t);
    const int length = token.span.length();
    const QChar *in = m_context.text.constData() + token.span.start;
    const int word = m_lexicon.tokenWordId(QStringView(in, length));
    // "peacefully urged", "reportedly said": any lower-case -ly adverb.
    const bool modifier = token.kind == Token::Word
        && ((word >= 0 && m_lexicon.word(word).modifier)
            || (!token.capitalized && length > 4 && WordIndex::lowerUnit(in[length - 2].unicode()) == u'l'
                && WordIndex::lowerUnit(in[length - 1].unicode()) == u'y'));
    return m_slots[size_t(t)] = Slot{word, 1u, word >= 0 && isAscii(in, length) ? 1u : 0u, modifier ? 1u : 0u};
}

int QuoteTokens::nextMayStart(int token, const QuoteLexicon::PhraseList &atToken, const QuoteLexicon::PhraseList &atNext) const
{
    // Token j's bits answer for j (atToken) and for j - 1 (atNext), the smaller first.
    const quint8 *classes = m_classes.data();
    const int count = int(m_classes.size());
    const quint8 either = atToken.startClass | atNext.startClass;
    token = std::max(token, 0);
    for (int j = token; j < count; ++j) {
        j = skipWithout(j, count, either);
        if (j >= count)
            break;
        const quint8 c = classes[j];
        if ((c & atNext.startClass) && j > token)
            return j - 1;
        if (c & atToken.startClass)
            return j;
    }
    return count;
}

int QuoteTokens::nextMayBeVerb(int token, int end) const
{
    return skipWithout(std::max(token, 0), std::min(end, int(m_classes.size())), QuoteLexicon::VerbClass);
}

// The first token in [token, end) (token >= 0, end <= the token count) with any of the class bits, or end:
// eight bytes at a time while none of them has one.
int QuoteTokens::skipWithout(int token, int end, quint8 bits) const
{
    const quint8 *classes = m_classes.data();
    const int count = end;
    const quint64 mask = quint64(bits) * 0x0101010101010101ull;
    int k = token;
    for (; k + 8 <= count; k += 8) {
        quint64 eight;
        std::memcpy(&eight, classes + k, 8);
        if (eight & mask)
            break;
    }
    while (k < count && !(classes[k] & bits))
        ++k;
    return k;
}

const QStringList &QuoteTokens::pronounTypes(int token) const
{
    static const QStringList none;
    const int id = wordOf(token);
    const int pronoun = id < 0 ? -1 : m_lexicon.word(id).pronoun;
    return pronoun < 0 ? none : m_lexicon.pronounTypes(pronoun);
}

bool QuoteTokens::isTermCue(int token) const
{
    const int id = wordOf(token);
    return id >= 0 && m_lexicon.word(id).termCue;
}

bool QuoteTokens::isCharacterisationVerb(int token, bool *needsAs) const
{
    const int id = wordOf(token);
    if (id < 0 || !m_lexicon.word(id).characterisation)
        return false;
    if (needsAs)
        *needsAs = m_lexicon.word(id).characterisationNeedsAs;
    return true;
}

bool QuoteTokens::isTrailingPreposition(int token) const
{
    const int id = wordOf(token);
    return id >= 0 && m_lexicon.word(id).trailingPreposition;
}

bool QuoteTokens::isAscii(int token) const
{
    if (const Slot s = slot(token); s.word >= 0)
        return s.ascii;
    const Span s = m_context.tokens.at(token).span;
    return isAscii(m_context.text.constData() + s.start, s.length());
}

bool QuoteTokens::isAscii(const QChar *text, int length)
{
    for (int i = 0; i < length; ++i) {
        if (text[i].unicode() >= 128)
            return false;
    }
    return true;
}

bool QuoteTokens::isAnonymousHead(int token) const
{
    if (!valid(token))
        return false;
    // The heads are matched against QuoteLexicon::word(), which lower-cases a whole string: for a
    // non-ASCII token that may differ from the letter-by-letter key.
    if (!isAscii(token))
        return m_lexicon.anonymousHeads().contains(QuoteLexicon::word(m_context, token));
    const int id = slot(token).word;
    return id >= 0 && m_lexicon.word(id).anonymousHead;
}

bool QuoteTokens::matches(int token, const QuoteLexicon::Phrase &phrase, int word) const
{
    // Every phrase word has an id: an ASCII token of none matches no ASCII phrase word.
    if (const Slot s = slot(token); s.word >= 0 && s.ascii && phrase.ascii)
        return s.word == phrase.ids.at(word);
    const Span s = m_context.tokens.at(token).span;
    const QString &w = phrase.words.at(word);
    return s.length() == w.size() && QStringView(m_context.text).mid(s.start, s.length()).compare(w, Qt::CaseInsensitive) == 0;
}

// Tokens covered when phrase matches from token, else 0.
int QuoteTokens::matchForwardFrom(int token, const QuoteLexicon::Phrase &phrase, int maxGap) const
{
    const int count = int(m_slots.size());
    int t = token;
    int gaps = 0;
    for (int w = 0; w < phrase.words.size(); ++w) {
        if (t >= count)
            return 0;
        bool match = matches(t, phrase, w);
        if (!match && w > 0 && gaps < maxGap && isModifier(t)) {
            ++gaps;
            if (++t >= count)
                return 0;
            match = matches(t, phrase, w);
        }
        if (!match)
            return 0;
        ++t;
    }
    return t - token;
}

// The longest of list's items that matchAt(item) matches, among those indexed under the token's word
// (by first or last word: byWord), or among all items for a non-ASCII token.
template<typename MatchAt>
int QuoteTokens::bestCandidate(int token, const QuoteLexicon::PhraseList &list, const std::vector<QList<int>> &byWord,
                               const QuoteLexicon::Phrase **phrase, MatchAt matchAt) const
{
    const Slot s = slot(token);
    int best = 0;
    auto consider = [&](int item) {
        const QuoteLexicon::Phrase &p = list.items.at(item);
        if (const int n = matchAt(p); n > best) {
            best = n;
            if (phrase)
                *phrase = &p;
        }
    };
    if (s.ascii) {
        for (int item : byWord[size_t(s.word)])
            consider(item);
    } else {
        for (int item = 0; item < list.items.size(); ++item)
            consider(item);
    }
    return best;
}

// The token starts an item of list (matchForward()).
int QuoteTokens::matchForwardCandidates(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase,
                                        int maxGap) const
{
    return bestCandidate(token, list, list.byFirst, phrase,
                         [&](const QuoteLexicon::Phrase &p) { return matchForwardFrom(token, p, maxGap); });
}

int QuoteTokens::matchBackwardAt(int token, const QuoteLexicon::Phrase &phrase) const
{
    const int n = int(phrase.words.size());
    if (token - n + 1 < 0)
        return 0;
    for (int w = 0; w < n; ++w) {
        if (!matches(token - n + 1 + w, phrase, w))
            return 0;
    }
    return n;
}

// The token ends an item of list (matchBackward()).
int QuoteTokens::matchBackwardCandidates(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase) const
{
    return bestCandidate(token, list, list.byLast, phrase, [&](const QuoteLexicon::Phrase &p) { return matchBackwardAt(token, p); });
}

// For an ASCII token, case folding is ASCII lower-casing on both sides (no other Latin-1 letter folds
// to an ASCII one), and QuoteLexicon::word() is the ASCII lower-casing of the token.
bool QuoteTokens::sameLetters(int token, QLatin1String word) const
{
    const Span s = m_context.tokens.at(token).span;
    const QChar *in = m_context.text.constData() + s.start;
    for (int i = 0; i < s.length(); ++i) {
        const char16_t u = in[i].unicode();
        if (u >= 128)
            return QuoteLexicon::is(m_context, token, word);
        if (WordIndex::lowerUnit(u) != WordIndex::lowerUnit(char16_t(uchar(word.at(i).toLatin1()))))
            return false;
    }
    return true;
}

bool QuoteTokens::sameLowerLetters(int token, QLatin1String word) const
{
    const Span s = m_context.tokens.at(token).span;
    const QChar *in = m_context.text.constData() + s.start;
    for (int i = 0; i < s.length(); ++i) {
        const char16_t u = in[i].unicode();
        if (u >= 128)
            return QuoteLexicon::word(m_context, token) == word;
        if (WordIndex::lowerUnit(u) != char16_t(uchar(word.at(i).toLatin1())))
            return false;
    }
    return true;
}

bool QuoteTokens::wordIsOneOf(int token, std::initializer_list<QLatin1String> words) const
{
    if (!valid(token))
        return false;
    const int length = m_context.tokens.at(token).span.length();
    for (QLatin1String w : words) {
        if (w.size() == length && sameLowerLetters(token, w))
            return true;
    }
    return false;
}

bool QuoteTokens::wordEndsWith(int token, QLatin1String suffix) const
{
    if (!valid(token) || !isAscii(token))
        return QuoteLexicon::word(m_context, token).endsWith(suffix);
    const Span s = m_context.tokens.at(token).span;
    if (s.length() < suffix.size())
        return false;
    const QChar *in = m_context.text.constData() + s.end - suffix.size();
    for (int i = 0; i < suffix.size(); ++i) {
        if (WordIndex::lowerUnit(in[i].unicode()) != char16_t(uchar(suffix.at(i).toLatin1())))
            return false;
    }
    return true;
}

} // namespace Byline
