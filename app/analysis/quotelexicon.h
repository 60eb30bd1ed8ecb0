// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/quote.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

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
 * Lookups take a token index of an AnalysisContext and compare case-insensitively; a lower-case
 * token is looked up without allocating. Immutable after construction; safe to share between threads.
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
    };
    /** A list of phrases, indexed by first and last word so most tokens are rejected by one lookup. */
    struct PhraseList
    {
        QList<Phrase> items;
        QSet<QString> firstWords;
        QSet<QString> lastWords;
        QString firstChars; ///< lower-case first letters of the first words, for a quick reject
        QString lastChars;  ///< lower-case first letters of the last words
    };

    /** The reporting verb the token is a form of, or nullptr. */
    const Verb *verb(const AnalysisContext &context, int token) const;
    bool isModifier(const AnalysisContext &context, int token) const;
    /** Entity types ("person", …) a subject pronoun can refer to; empty when the token is none. */
    QStringList pronounTypes(const AnalysisContext &context, int token) const;
    bool isTermCue(const AnalysisContext &context, int token) const;
    /**
     * True when the token is a verb by which a speaker characterises something in their own words
     * ("called", "described", "labelled"; characterisation-verbs.txt); *needsAs is set when the quoted
     * words must follow "as" ("described it as …").
     */
    bool isCharacterisationVerb(const AnalysisContext &context, int token, bool *needsAs = nullptr) const;
    /** A preposition that opens a trailing phrase after a reporting verb ("said in a statement."). */
    bool isTrailingPreposition(const AnalysisContext &context, int token) const;
    bool isAgency(const QString &name) const { return m_agencies.contains(name.toLower()); }
    /** "female" or "male" for a given name that is nearly always one sex's (lower case), else empty. */
    QString nameGender(const QString &givenName) const { return m_nameGenders.value(givenName); }
    /** "female" for she, "male" for he, else empty. */
    static QString pronounGender(const QString &pronoun);

    /**
     * The longest entry of list that matches the tokens starting at token (maxGap: how many
     * adverbs may stand between two words); returns the number of tokens covered, 0 for none,
     * and the entry in *phrase.
     */
    int matchForward(const AnalysisContext &context, int token, const PhraseList &list, const Phrase **phrase = nullptr,
                     int maxGap = 0) const;
    /** The longest entry of list whose last word is token; returns the number of tokens covered. */
    int matchBackward(const AnalysisContext &context, int token, const PhraseList &list, const Phrase **phrase = nullptr) const;

    PhraseList speechNouns;      ///< values: ["document"] for documents
    PhraseList sourceCues;       ///< values: [position "after"/"before", normalized cue]
    PhraseList anonymousSources; ///< values: [group]
    PhraseList roles;            ///< values: ["official"] for spokespeople
    PhraseList creditCues;
    /** First words of the anonymous-source groups ("reports", "sources", "officials"): heads of an unnamed speaker. */
    const QSet<QString> &anonymousHeads() const { return m_anonymousHeads; }

    /** Sorts quotes by span (text order) and numbers them "q1", "q2", …. */
    static void renumber(QList<Quote> &quotes);
    /** True when the token is word, case-insensitively (no allocation). */
    static bool is(const AnalysisContext &context, int token, QLatin1String word);
    /** Lower-case word of a token: a raw view of the text when it has no upper-case letter, else a copy. */
    static QString word(const AnalysisContext &context, int token);

private:
    bool wordMatches(const AnalysisContext &context, int token, const QString &word) const;

    QHash<QString, Verb> m_verbs; ///< form → verb
    QSet<QString> m_modifiers;
    QHash<QString, QStringList> m_pronouns;
    QSet<QString> m_termCues;
    QSet<QString> m_anonymousHeads;
    QHash<QString, bool> m_characterisationVerbs; ///< form → needs "as"
    QSet<QString> m_prepositions;
    QSet<QString> m_agencies; ///< lower case
    QHash<QString, QString> m_nameGenders; ///< lower-case given name → "female" / "male"
};

} // namespace Byline
