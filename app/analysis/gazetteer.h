// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/entity.h"
#include "firstlengthfilter.h"

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Byline {

class Resources;

/** One row of a name list: what a surface form refers to. */
struct GazetteerEntry
{
    enum Kind { Name, Demonym };

    Kind kind = Name;
    EntityType type = EntityType::Other;
    QString canonical; ///< the name the entity is shown under ("United States" for "U.S.")
    QString subtype; ///< the list's third column ("country", "agency", "government"…)
    QString list; ///< file it came from, for Mention::rule ("gazetteers/outlets.tsv")
};

/**
 * The entity word lists of resources/gazetteers/, loaded once per Pipeline and shared
 * read-only by the entity annotators (thread-safe after construction).
 *
 * Name lists (locations, location-aliases, outlets, organizations, other, demonyms) are
 * keyed by their surface's token sequence (tokenised by the Segmenter, joined by ' '),
 * case-sensitive, plus an upper-cased copy for all-caps lines (credits, slugs); a leading
 * "The" is also stored as "the". firstTokenSpan() bounds the longest match from a token so
 * lookup costs a hash probe or two per token. Word lists (given names, surnames, common
 * words, org heads/suffixes) are sets; titles and nominals are keyed by lower-cased token
 * sequences. Missing files give empty lists (recognition then falls back on context).
 */
class Gazetteer
{
public:
    explicit Gazetteer(const Resources &resources);

    /** Entry index for the exact token key, or -1. upper: look the key up upper-cased. */
    int find(const QString &key, bool upper = false) const;
    /** Longest key (in tokens) starting with this token text, 0 when none. */
    int maxTokens(const QString &firstToken, bool upper = false) const;
    /**
     * False when no key starts with a token of this first character and length, so maxTokens()
     * would say 0 without the hash lookup (most capitalised words). Non-ASCII first characters say true.
     */
    bool mayStartKey(QStringView firstToken, bool upper = false) const
    {
        return (upper ? m_firstLengthsUpper : m_firstLengths)
            .mayContain(firstToken.isEmpty() ? QChar() : firstToken.front(), firstToken.size());
    }
    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    /** False when no name starts with this character (a cheap test before any hash lookup). */
    bool canStart(QChar c) const { return m_firstChars.testBit(c.unicode()); }

    /** Cue class and title start of one lower-cased word: a small table every token probes once. */
    struct WordInfo
    {
        QString cue; ///< class from analysis/entity-cues.tsv, or empty
        int titleMax = 0; ///< longest title (in tokens) starting with the word
    };
    /**
     * False when no word of the table has this length and (lower-cased) first character: most
     * tokens are answered without lower-casing or hashing them. Non-ASCII first characters say true.
     */
    bool mayHaveWordInfo(QChar lowerFirst, qsizetype length) const { return m_wordLengths.mayContain(lowerFirst, length); }
    /** Info for a lower-cased word, or nullptr when no list has it. */
    const WordInfo *wordInfo(const QString &lower) const
    {
        const auto it = m_words.constFind(lower);
        return it == m_words.cend() ? nullptr : &it.value();
    }

    /** Title/role category for a lower-cased token key ("president", "secretary of state"), or empty. */
    QString title(const QString &lowerKey) const { return m_titles.value(lowerKey); }
    int maxTitleTokens(const QString &lowerFirst) const
    {
        const WordInfo *w = wordInfo(lowerFirst);
        return w ? w->titleMax : 0;
    }
    /** Entity type a role noun refers to ("spokesperson" → person), for "the Chinese president". */
    bool nominal(const QString &lowerKey, EntityType *type) const;

    bool isGivenName(const QString &word) const { return m_givenNames.contains(word); }
    bool isSurname(const QString &word) const { return m_surnames.contains(word); }
    /** word lower-cased is a common English word (wamerican). */
    bool isCommonWord(const QString &lower) const { return m_commonWords.contains(lower); }
    bool isOrgHead(const QString &word) const { return m_orgHeads.contains(word); }
    bool isOrgSuffix(const QString &word) const { return m_orgSuffixes.contains(word); }
    /** Context cue class of a lower-cased word from analysis/entity-cues.tsv ("report", "place", "person"…). */
    QString cue(const QString &lower) const
    {
        const WordInfo *w = wordInfo(lower);
        return w ? w->cue : QString();
    }

    int entryCount() const { return int(m_entries.size()); }

private:
    void addNames(const Resources &resources, const QString &file, GazetteerEntry::Kind kind, EntityType fixedType,
        const class Segmenter &segmenter);
    void addKey(const QString &key, int tokens, int index);

    QList<GazetteerEntry> m_entries;
    QBitArray m_firstChars { 0x10000 };
    QHash<QString, int> m_phrases, m_phrasesUpper;
    QHash<QString, int> m_firstMax, m_firstMaxUpper;
    QHash<QString, QString> m_titles;
    QHash<QString, EntityType> m_nominals;
    QSet<QString> m_givenNames, m_surnames, m_orgHeads, m_orgSuffixes, m_commonWords;
    QHash<QString, WordInfo> m_words;
    FirstLengthFilter m_firstLengths, m_firstLengthsUpper; ///< the first tokens of m_firstMax's keys
    FirstLengthFilter m_wordLengths; ///< m_words' keys
};

} // namespace Byline
