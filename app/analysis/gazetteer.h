// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/entity.h"
#include "firstlengthfilter.h"
#include "wordindex.h"

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
 * "The" is also stored as "the". The tables also hold each key's token prefixes, so a longest
 * match costs one hash probe per token it spans, plus one. Word lists (given names, surnames, common
 * words, org heads/suffixes) are sets; titles and nominals are keyed by lower-cased token
 * sequences. Missing files give empty lists (recognition then falls back on context).
 */
class Gazetteer
{
public:
    explicit Gazetteer(const Resources &resources);

    /** Entry index for the exact token key, or -1. upper: look the key up upper-cased. */
    int find(const QString &key, bool upper = false) const;
    /** What the name table says about a token sequence (tokens joined by ' '). */
    struct KeyNode
    {
        int entry = -1; ///< entry index when the sequence is a key, else -1
        bool prefix = false; ///< some longer key starts with the sequence's tokens
    };
    /**
     * The node of a token sequence, or nullptr when it is neither a key nor the start of one, so a
     * longest match grows token by token and stops at the first nullptr or node that is no prefix.
     */
    const KeyNode *node(QStringView tokens, bool upper = false) const
    {
        const int id = (upper ? m_keysUpper : m_keys).find(tokens);
        return id < 0 ? nullptr : &(upper ? m_nodesUpper : m_nodes).at(id);
    }
    /**
     * False when no key starts with a token of this first character and length, so node()
     * would say nullptr without the hash lookup (most capitalised words). Non-ASCII first characters say true.
     */
    bool mayStartKey(QStringView firstToken, bool upper = false) const
    {
        return (upper ? m_firstLengthsUpper : m_firstLengths)
            .mayContain(firstToken.isEmpty() ? QChar() : firstToken.front(), firstToken.size());
    }
    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    /** False when no name starts with this character (a cheap test before any hash lookup). */
    bool canStart(QChar c) const { return m_firstChars.testBit(c.unicode()); }

    /** Context cue classes of analysis/entity-cues.tsv; a class this code does not know reads as CueNone. */
    enum Cue : unsigned char {
        CueNone,
        CueTime,
        CueReport,
        CueHonorific,
        CuePlace,
        CueConnector,
        CueParticle,
        CueDet,
        CuePlaceHead,
        CueEvent
    };
    /*
     * Three small tables of lower-cased words that the recogniser probes for most tokens, apart so
     * that the frequent words of one ("the", "of", "in" are cues) do not cost a full probe in the others.
     * word: a word of the text, any case (it is lower-cased per character).
     */
    /** The class of word in analysis/entity-cues.tsv. */
    Cue cue(QStringView word) const
    {
        if (!mayBeIn(m_cueFirstLengths, word))
            return CueNone;
        const int id = m_cueWords.find(word);
        return id < 0 ? CueNone : m_cues.at(id);
    }
    /** The longest title (in tokens) starting with word, 0 when none. */
    int titleTokensFrom(QStringView word) const
    {
        if (!mayBeIn(m_titleFirstLengths, word))
            return 0;
        const int id = m_titleStarts.find(word);
        return id < 0 ? 0 : m_titleTokens.at(id);
    }
    /** Some nominals.tsv phrase starts with word. */
    bool isNominalStart(QStringView word) const
    {
        return mayBeIn(m_nominalFirstLengths, word) && m_nominalStarts.contains(word);
    }

    /** The most tokens any title has. */
    int maxTitleTokens() const { return m_maxTitleTokens; }
    /** Title/role category for a lower-cased token key ("president", "secretary of state"), or empty. */
    QString title(const QString &lowerKey) const { return m_titles.value(lowerKey); }
    /** title(lowerKey) is not empty. */
    bool isTitle(const QString &lowerKey) const
    {
        const auto it = m_titles.constFind(lowerKey);
        return it != m_titles.cend() && !it->isEmpty();
    }
    /** Entity type a role noun refers to ("spokesperson" → person), for "the Chinese president". */
    bool nominal(const QString &lowerKey, EntityType *type) const;

    bool isGivenName(QStringView word) const { return m_givenNames.contains(word); }
    bool isSurname(QStringView word) const { return m_surnames.contains(word); }
    /** word (any case) lower-cased is a common English word (wamerican). */
    bool isCommonWord(QStringView word) const { return m_commonWords.contains(word); }
    bool isOrgHead(QStringView word) const { return m_orgHeads.contains(word); }
    bool isOrgSuffix(QStringView word) const { return m_orgSuffixes.contains(word); }

    int entryCount() const { return int(m_entries.size()); }

private:
    /**
     * False when no key of a small lower-cased table has word's first character (folded as WordIndex folds
     * it) and length: an inline test that spares most words of the text the table's lookup.
     */
    static bool mayBeIn(const FirstLengthFilter &keys, QStringView word)
    {
        return !word.isEmpty() && keys.mayContain(QChar(WordIndex::lowerUnit(word.front().unicode())), word.size());
    }
    void addNames(const Resources &resources, const QString &file, GazetteerEntry::Kind kind, EntityType fixedType,
        const class Segmenter &segmenter);
    void addKey(const QString &key, int index);

    QList<GazetteerEntry> m_entries;
    QBitArray m_firstChars { 0x10000 };
    WordIndex m_keys, m_keysUpper; ///< every key and every token prefix of one, their nodes in m_nodes (same id)
    QList<KeyNode> m_nodes, m_nodesUpper;
    QHash<QString, QString> m_titles;
    int m_maxTitleTokens = 0;
    QHash<QString, EntityType> m_nominals;
    WordIndex m_givenNames, m_surnames, m_orgHeads, m_orgSuffixes;
    WordIndex m_commonWords { WordIndex::LowerCase };
    WordIndex m_cueWords { WordIndex::LowerCase }; ///< with their class in m_cues (same id)
    QList<Cue> m_cues;
    WordIndex m_titleStarts { WordIndex::LowerCase }; ///< the first words of titles, their longest title in m_titleTokens
    QList<int> m_titleTokens;
    WordIndex m_nominalStarts { WordIndex::LowerCase };
    FirstLengthFilter m_firstLengths, m_firstLengthsUpper; ///< the first tokens of m_keys' keys
    FirstLengthFilter m_cueFirstLengths, m_titleFirstLengths, m_nominalFirstLengths; ///< of m_cueWords, m_titleStarts, m_nominalStarts
};

} // namespace Byline
