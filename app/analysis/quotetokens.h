// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysiscontext.h"
#include "quotelexicon.h"

#include <QLatin1String>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace Byline {

/**
 * The tokens of one AnalysisContext as QuoteLexicon sees them: a token is lower-cased and looked up
 * in the lexicon at most once, the first time a stage asks about it, so the quote, speaker and source
 * stages ask their per-token questions (a reporting verb? a modifier? the start of a role phrase?) by
 * index, without hashing or copying a word each time. The questions asked of every token (verb(),
 * mayStart()) first read the token's QuoteLexicon::tokenClasses(), taken for every token when this is
 * built (one table read each), which rules out nearly all tokens without the look-up. Built by
 * SpeakerLocator, which the four quote stages share.
 *
 * Answers are those of a lookup of the lower-cased token in the lexicon's lists: a token is lower-cased
 * letter by letter (QChar::toLower) for the lists, and words are compared case-insensitively (Unicode
 * case folding) for is() and the phrase words. ASCII tokens, nearly all of them in English news, are
 * answered from their word id; a token with another character takes the general path, so the answers
 * are the same for it too. Token indexes outside the token list are nothing (nullptr, false, 0).
 *
 * Holds 5 bytes per token, 4 of them filled in as tokens are asked about: the answers never change, but the
 * table does, so one QuoteTokens serves one thread (the analysis's own); refers to the context and the
 * lexicon, which must outlive it.
 */
class QuoteTokens
{
public:
    QuoteTokens(const AnalysisContext &context, const QuoteLexicon &lexicon);

    const QuoteLexicon &lexicon() const { return m_lexicon; }

    /** The reporting verb a lower-case word token is a form of, or nullptr ("State", "Says" are names or nouns). */
    const QuoteLexicon::Verb *verb(int token) const
    {
        if (!valid(token))
            return nullptr;
        const Token &t = m_context.tokens.at(token);
        if (t.kind != Token::Word || t.capitalized || !(m_classes[size_t(token)] & QuoteLexicon::VerbClass))
            return nullptr;
        const int id = slot(token).word;
        const int verb = id < 0 ? -1 : m_lexicon.word(id).verb;
        return verb < 0 ? nullptr : &m_lexicon.verb(verb);
    }
    /** A verb modifier of verb-modifiers.txt or any lower-case -ly adverb ("reportedly said"). */
    bool isModifier(int token) const { return valid(token) && slot(token).modifier; }
    /** Entity types ("person", …) a subject pronoun can refer to; empty when the token is none. */
    const QStringList &pronounTypes(int token) const;
    bool isTermCue(int token) const;
    /**
     * True when the token is a verb by which a speaker characterises something in their own words
     * ("called", "described", "labelled"; characterisation-verbs.txt); *needsAs is set when the quoted
     * words must follow "as" ("described it as …").
     */
    bool isCharacterisationVerb(int token, bool *needsAs = nullptr) const;
    /** A preposition that opens a trailing phrase after a reporting verb ("said in a statement."). */
    bool isTrailingPreposition(int token) const;
    /** A head of an unnamed speaker ("reports", "sources", "officials"): QuoteLexicon::anonymousHeads(). */
    bool isAnonymousHead(int token) const;

    /**
     * The longest entry of list that matches the tokens starting at token (maxGap: how many
     * modifiers may stand between two words); returns the number of tokens covered, 0 for none,
     * and the entry in *phrase (the first in list order among equally long ones).
     */
    int matchForward(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase = nullptr,
                     int maxGap = 0) const
    {
        return mayStart(token, list) ? matchForwardCandidates(token, list, phrase, maxGap) : 0;
    }
    /** False when no entry of list can start at token (then matchForward() is 0): one table look-up. */
    bool mayStart(int token, const QuoteLexicon::PhraseList &list) const
    {
        if (!valid(token) || !(m_classes[size_t(token)] & list.startClass))
            return false;
        const int id = slot(token).word;
        return id >= 0 && !list.byFirst[size_t(id)].isEmpty();
    }
    /**
     * For a scan over every token: the first token from token on (the token count when none) for which
     * mayStart(k, atToken) or mayStart(k + 1, atNext) may be true; both are false for every token skipped.
     */
    int nextMayStart(int token, const QuoteLexicon::PhraseList &atToken, const QuoteLexicon::PhraseList &atNext) const;
    /** For a scan over tokens: the first token in [token, end) that verb() may answer, else end (at most the token count). */
    int nextMayBeVerb(int token, int end) const;
    /** The longest entry of list whose last word is token; returns the number of tokens covered. */
    int matchBackward(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase = nullptr) const
    {
        const int id = valid(token) ? int(slot(token).word) : -1;
        return id < 0 || list.byLast[size_t(id)].isEmpty() ? 0 : matchBackwardCandidates(token, list, phrase);
    }

    /** QuoteLexicon::is(): the token is word, case-insensitively. */
    bool is(int token, QLatin1String word) const
    {
        return valid(token) && m_context.tokens.at(token).span.length() == word.size() && sameLetters(token, word);
    }
    /**
     * QuoteLexicon::word(token) == word, for a non-empty ASCII word (lower case to match): a lower-cased token
     * is never shorter than the token, nor ASCII where the token is not.
     */
    bool wordIs(int token, QLatin1String word) const
    {
        return valid(token) && m_context.tokens.at(token).span.length() == word.size() && sameLowerLetters(token, word);
    }
    /** wordIs() for any of the words (ASCII, lower case): those of another length are not compared. */
    bool wordIsOneOf(int token, std::initializer_list<QLatin1String> words) const;
    /** QuoteLexicon::word(token).endsWith(suffix). */
    bool wordEndsWith(int token, QLatin1String suffix) const;

private:
    /** What the lexicon says of a token; all zero (known false) until it is looked up. */
    struct Slot
    {
        int word : 29;         ///< QuoteLexicon word id of the lower-cased token, -1 for none
        unsigned known : 1;    ///< looked up
        unsigned ascii : 1;    ///< every character is ASCII; known for a token with a word id only
        unsigned modifier : 1; ///< isModifier()
    };
    bool valid(int token) const { return token >= 0 && token < int(m_slots.size()); }
    /** The slot of a valid token, looked up on first use. */
    Slot slot(int token) const
    {
        const Slot s = m_slots[size_t(token)];
        return s.known ? s : lookUp(token);
    }
    Slot lookUp(int token) const;
    int skipWithout(int token, int end, quint8 bits) const;
    /** The word id of a word token, -1 for none or another kind of token. */
    int wordOf(int token) const
    {
        return valid(token) && m_context.tokens.at(token).kind == Token::Word ? int(slot(token).word) : -1;
    }
    /** is() for a token as long as word. */
    bool sameLetters(int token, QLatin1String word) const;
    /** wordIs() for a token as long as word. */
    bool sameLowerLetters(int token, QLatin1String word) const;
    int matchForwardCandidates(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase, int maxGap) const;
    int matchBackwardCandidates(int token, const QuoteLexicon::PhraseList &list, const QuoteLexicon::Phrase **phrase) const;
    template<typename MatchAt>
    int bestCandidate(int token, const QuoteLexicon::PhraseList &list, const std::vector<QList<int>> &byWord,
                      const QuoteLexicon::Phrase **phrase, MatchAt matchAt) const;
    bool isAscii(int token) const;
    static bool isAscii(const QChar *text, int length);
    bool matches(int token, const QuoteLexicon::Phrase &phrase, int word) const;
    int matchForwardFrom(int token, const QuoteLexicon::Phrase &phrase, int maxGap) const;
    int matchBackwardAt(int token, const QuoteLexicon::Phrase &phrase) const;

    const AnalysisContext &m_context;
    const QuoteLexicon &m_lexicon;
    mutable std::vector<Slot> m_slots;
    std::vector<quint8> m_classes; ///< QuoteLexicon::tokenClasses() of each token
};

} // namespace Byline
