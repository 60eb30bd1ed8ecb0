// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/quote.h"
#include "firstlengthfilter.h"
#include "token.h"
#include "wordindex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Byline {

class AnalysisContext;
class Resources;

/**
 * The word lists the quote, speaker and source annotators share, loaded once from
 * resources/analysis/quotes/ (each file names its source and licence):
 * reporting verbs (with their lemma), nouns of speech and documents, source cues, anonymous-source
 * phrases, term cues, characterisation verbs, speaker roles, subject pronouns, verb modifiers, agencies and the sex a given
 * name nearly always has.
 *
 * Every word of the token lists and phrases has an id (word()); QuoteTokens looks each token of an
 * analysis up once and answers the per-token questions (verb, modifier, phrase matches) from these
 * ids. Immutable after construction; safe to share between threads and annotators (Pipeline builds
 * one for the four quote stages).
 */
class QuoteLexicon
{
public:
    explicit QuoteLexicon(const Resources &resources);

    struct Verb
    {
        QString lemma;
        bool takesObject = false; ///< "urged China to …": needs "to", "that" or a wh-word
        bool takesAddressee = false; ///< "told CBC News (that) …": the content may follow the addressee
    };

    /** A multi-word entry of a list, with its value columns. */
    struct Phrase
    {
        QStringList words; ///< lower case
        QStringList values;
        QList<int> ids;    ///< word id of each word
        bool ascii = true; ///< every word is ASCII (then a word matches an ASCII token exactly when the ids are equal)
    };
    /** A list of phrases, indexed by the id of their first and last word. */
    struct PhraseList
    {
        QList<Phrase> items;
        /** The list's bit in tokenClasses(): set for every word that starts an item (byFirst not empty). */
        quint8 startClass = 0;
        /**
         * Per word id: the items an ASCII token of that word can start (those it starts, and any
         * non-ASCII item, which compares by case folding), in list order; empty when it starts none.
         */
        std::vector<QList<int>> byFirst;
        std::vector<QList<int>> byLast; ///< the same for the last word
    };

    /** What a word is in the token lists; a word of a phrase only may be none of it. */
    struct Word
    {
        int verb = -1;    ///< index for verb(), the reporting verb the word is a form of
        int pronoun = -1; ///< index for pronounTypes()
        bool modifier = false;
        bool termCue = false;
        bool characterisation = false; ///< a characterisation verb ("called", "described")
        bool characterisationNeedsAs = false; ///< … whose quoted words must follow "as"
        bool trailingPreposition = false;
        bool anonymousHead = false;
    };

    /**
     * Id of a word as the lists spell it (lower case for all but the reporting verbs and pronouns,
     * which are looked up as written), -1 for a word of no list.
     */
    int wordId(const QString &word) const { return m_wordIds.value(word, -1); }
    /**
     * wordId() of a token lower-cased letter by letter (QChar::toLower), without building the
     * lower-case string: an open-addressing table hashed in constant time (inline: once per token of
     * every analysis).
     */
    int tokenWordId(QStringView token) const
    {
        if (token.isEmpty() || !m_wordFilter.mayContain(QChar(WordIndex::lowerUnit(token.front().unicode())), token.size()))
            return -1;
        const quint32 h = tokenHash(token);
        const size_t mask = m_wordTable.size() - 1;
        for (size_t i = h & mask; m_wordTable[i].word >= 0; i = (i + 1) & mask) {
            const Bucket &b = m_wordTable[i];
            if (b.hash == h && lowerCaseOf(token, b.word))
                return b.word;
        }
        return -1;
    }
    /**
     * A quick reject for the questions asked of every token: the bits (VerbClass, PhraseList::startClass)
     * of the words with the token's first and last letter (ASCII, either case) and length (15 and more
     * share one entry; for VerbClass also the second letter). A bit clear means the token lower-cased is no such word (no reporting verb,
     * starts no item of that list); a bit set means it may be one, and tokenWordId() decides. A token
     * that begins or ends with a non-ASCII unit has every bit. One table read, no hashing.
     */
    quint8 tokenClasses(QStringView token) const { return classesOf(token, m_classTable.data(), m_verbSeconds.data()); }
    /** tokenClasses() of every token of text, into out (one pass, the tables read from registers). */
    void classify(const QChar *text, const QList<Token> &tokens, quint8 *out) const
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        const Token *data = tokens.constData(); // contiguous in Qt 6 (Qt 5 keeps a large item behind a pointer)
        auto token = [data](qsizetype t) -> const Token & { return data[t]; };
#else
        auto token = [&tokens](qsizetype t) -> const Token & { return tokens.at(t); };
#endif
        const quint8 *table = m_classTable.data();
        const quint32 *verbSeconds = m_verbSeconds.data();
        for (qsizetype t = 0, count = tokens.size(); t < count; ++t) {
            const Span s = token(t).span;
            out[t] = classesOf(QStringView(text + s.start, s.length()), table, verbSeconds);
        }
    }
    static constexpr quint8 VerbClass = 1;
    const Word &word(int id) const { return m_words[size_t(id)]; }
    int wordCount() const { return int(m_words.size()); }
    const Verb &verb(int index) const { return m_verbs[size_t(index)]; }
    /** Entity types ("person", …) a subject pronoun can refer to. */
    const QStringList &pronounTypes(int index) const { return m_pronounTypes.at(index); }

    /** Whether name, lower-cased, is in agencies.txt (an ASCII name without a lower-cased copy). */
    bool isAgency(QStringView name) const;
    /** "female" or "male" for a given name that is nearly always one sex's (lower case), else empty. */
    QString nameGender(const QString &givenName) const { return m_nameGenders.value(givenName); }
    /** "female" for she, "male" for he, else empty. */
    static QString pronounGender(const QString &pronoun);

    PhraseList speechNouns;      ///< values: ["document"] for documents
    PhraseList sourceCues;       ///< values: [position "after"/"before", normalized cue]
    PhraseList anonymousSources; ///< values: [group]
    PhraseList roles;            ///< values: ["official"] for spokespeople
    PhraseList creditCues;
    /** First words of the anonymous-source groups ("reports", "sources", "officials"): heads of an unnamed speaker. */
    const QSet<QString> &anonymousHeads() const { return m_anonymousHeads; }

    /** Sorts quotes by span (text order) and numbers them "q1", "q2", …. */
    static void renumber(QList<Quote> &quotes);
    /** Whether id is prefix followed by the decimal digits of n (n > 0), as in "q12" or "e3". */
    static bool isNumberedId(QStringView id, QChar prefix, int n);
    /** True when the token is word, case-insensitively (no allocation). */
    static bool is(const AnalysisContext &context, int token, QLatin1String word);
    /** Lower-case word of a token: a raw view of the text when it has no upper-case letter, else a copy. */
    static QString word(const AnalysisContext &context, int token);

    /**
     * A token matches a word when each of its units lower-cased (WordIndex::lowerUnit) is the word's unit. The hash
     * takes the length and three units (first, second, last), each with bit 5 set so ASCII needs no case
     * test: for a word as it is, for a token lower-cased where not ASCII, so a token and the word it
     * matches hash alike.
     */
    static quint32 mixHash(quint32 length, quint32 first, quint32 second, quint32 last)
    {
        const quint32 h = (length ^ (first << 5) ^ (second << 13) ^ (last << 21)) * 0x9E3779B1u;
        return h ^ (h >> 16);
    }

private:
    static quint32 tokenHash(QStringView token)
    {
        auto unit = [&](qsizetype i) {
            const char16_t u = token[i].unicode();
            return quint32(u < 128 ? u : WordIndex::lowerUnit(u)) | 0x20u;
        };
        const qsizetype n = token.size();
        return mixHash(quint32(n), unit(0), unit(n > 1 ? 1 : 0), unit(n - 1));
    }
    static quint8 classesOf(QStringView token, const quint8 *table, const quint32 *verbSeconds)
    {
        if (token.isEmpty())
            return 0;
        const char16_t first = token.front().unicode(), last = token.back().unicode();
        if ((first | last) >= 128)
            return quint8(0xFF);
        const size_t cell = classIndex(first, last, token.size());
        quint8 classes = table[cell];
        // Most tokens with a verb's first and last letter and length ("and" for "add") have another second letter.
        if (classes & VerbClass) {
            const char16_t second = token[token.size() > 1 ? 1 : 0].unicode();
            if (second < 128 && !(verbSeconds[cell] >> ((second | 0x20) & 31) & 1u))
                classes &= quint8(~VerbClass);
        }
        return classes;
    }
    /**
     * The tokenClasses() entry of ASCII first and last units: their low five bits once lower-cased
     * (| 0x20 lower-cases an ASCII letter and leaves what lowerUnit() leaves alone), and the length.
     */
    static size_t classIndex(char16_t first, char16_t last, qsizetype length)
    {
        return size_t((first | 0x20) & 31) << 9 | size_t((last | 0x20) & 31) << 4 | size_t(qMin<qsizetype>(length, 15));
    }
    /** Whether the token lower-cased is the word with this id. */
    bool lowerCaseOf(QStringView token, int word) const
    {
        const int start = m_wordStarts[size_t(word)];
        if (m_wordStarts[size_t(word) + 1] - start != token.size())
            return false;
        const QChar *w = m_wordChars.constData() + start;
        for (qsizetype k = 0; k < token.size(); ++k) {
            if (WordIndex::lowerUnit(token[k].unicode()) != w[k].unicode())
                return false;
        }
        return true;
    }
    int addWord(const QString &word);
    PhraseList loadPhrases(const Resources &resources, const QString &name);
    void indexPhrases(PhraseList &list) const;

    void buildWordTable();
    void buildClassTable();

    QHash<QString, int> m_wordIds;
    struct Bucket
    {
        quint32 hash = 0;
        int word = -1; ///< -1: empty
    };
    std::vector<Bucket> m_wordTable; ///< a power of two long, at most a quarter full
    FirstLengthFilter m_wordFilter;  ///< rejects most tokens before they are hashed
    std::vector<quint8> m_classTable; ///< tokenClasses() by classIndex()
    /** By classIndex(): bit (u | 0x20) & 31 for the ASCII second unit u (the first of a one-letter word) of a verb there. */
    std::vector<quint32> m_verbSeconds;
    std::vector<QString> m_wordTexts; ///< by id
    QString m_wordChars;            ///< every word, one after the other (one block for the lookups)
    std::vector<int> m_wordStarts;  ///< by id, where the word starts in m_wordChars; one past the last at the end
    std::vector<Word> m_words;
    std::vector<Verb> m_verbs;
    QList<QStringList> m_pronounTypes;
    QSet<QString> m_anonymousHeads;
    QSet<QString> m_agencies; ///< lower case
    WordIndex m_agencyIndex{WordIndex::LowerCase}; ///< the same, for ASCII names
    QHash<QString, QString> m_nameGenders; ///< lower-case given name → "female" / "male"
};

} // namespace Byline
