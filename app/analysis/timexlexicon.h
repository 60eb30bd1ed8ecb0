// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firstlengthfilter.h"
#include "timexform.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace Byline {

class Resources;

/**
 * The words and phrases time expressions are made of, loaded once from
 * the files of resources/analysis/timex/ (see each file's header for its columns and source).
 *
 * lookup() folds case (and the typographic apostrophe) and answers in O(length) without
 * allocating, so TimexRecognizer can ask about every token. Immutable after construction;
 * thread-safe.
 */
class TimexLexicon
{
public:
    /** A multi-word entry: a fixed phrase ("right now"), a holiday or a modifier ("as early as"). */
    struct Phrase
    {
        enum class Kind { Fixed, Holiday, Modifier };
        Kind kind = Kind::Fixed;
        QStringList words; ///< lower case
        TimexForm form;    ///< Fixed and Holiday: the form; Modifier: only mod (empty for "-")
        QString applies;   ///< Modifier: "date", "duration" or "any"
    };

    static constexpr int kNoNext = -1;
    static constexpr int kAnyNext = -2;

    /** The part an opener plays (openers.txt), so a rule is tried only where it can match. */
    enum Role : unsigned { Determiner = 1, Relative = 2, Every = 4, Fiscal = 8 };

    /** Everything known about one (case-folded) word. */
    struct Entry
    {
        QString word;
        bool opener = false;  ///< may start an expression (any list but the cue lists, or openers.txt)
        unsigned roles = 0;   ///< Role flags from openers.txt
        int month = 0;
        bool abbreviation = false; ///< a month abbreviation ("Sept."), a month only with a day or year
        int weekday = 0;
        int ordinal = 0;
        int number = -1;      ///< cardinal value; -2 for a vague one ("several")
        QString unit;         ///< "Y", "M", "W", "D", "Q", "DE", "CE", "WE", "TH", "TM", "TS", "2W"
        bool plural = false;
        QString season;       ///< "SP", "SU", "FA", "WI"
        QString decade;       ///< "196" for "sixties"
        QString partOfDay;    ///< "TMO", "TAF", "TEV", "TNI"
        QString timeZone;     ///< "Z", "-05", "-" (a zone without a fixed offset); empty when no zone
        int tense = 0;        ///< -1 past cue, +1 future cue, 2 present cue
        bool dayName = false; ///< makes a following weekday a name, not a date ("Black Monday")
        bool durationAdjective = false;
        bool yearExclusion = false;
        bool clauseBoundary = false;
        bool eventPreposition = false;
        QList<int> phrases; ///< indices of the phrases starting with this word, longest first
        /**
         * The same phrases by the length of their second word, so a rule compares only those that
         * can fit the next token: fixedByNext[min(length, 63)] lists, in the order of phrases, the
         * fixed phrases and holidays whose second word has that length and the one-word ones
         * ([0]: the one-word ones only); modifiersByNext the same for modifiers. Empty when the
         * word starts no phrase.
         */
        QVector<QVector<int>> fixedByNext;
        QVector<QVector<int>> modifiersByNext;
        /**
         * Which second words the same phrases (fixed and holidays; modifiers) have, by first character
         * and length: an index into TimexLexicon's filters, kAnyNext when a phrase has one word or a
         * second word starts with anything but ASCII, kNoNext when the word starts no such phrase.
         */
        int fixedNext = kNoNext;
        int modifierNext = kNoNext;
        /** The list of byNext for a next token of nextSize characters (-1: no next token). */
        static const QVector<int> &phrasesFor(const QVector<QVector<int>> &byNext, qsizetype nextSize)
        {
            static const QVector<int> none;
            if (byNext.isEmpty())
                return none;
            return byNext.at(nextSize < 0 ? 0 : nextSize < 63 ? int(nextSize) : 63);
        }
    };

    explicit TimexLexicon(const Resources &resources);

    /** The entry for word (any case), or nullptr. */
    const Entry *lookup(QStringView word) const
    {
        // Inline, the test that rejects most tokens (no word of the lexicon starts with this letter
        // and has this length); the bucket search out of line.
        if (word.isEmpty() || word.size() > 24)
            return nullptr;
        const QChar first = fold(word.front());
        if (!m_lengths.mayContain(first, word.size()))
            return nullptr;
        const QChar second = word.size() > 1 ? fold(word.at(1)) : QChar();
        const uint b = bucketOf(first, second, word.size());
        if (m_bucketStart.at(b) == m_bucketStart.at(b + 1))
            return nullptr; // most words that pass the first test: no entry shares their first two letters and length
        return find(word, b, first, second);
    }
    const Phrase &phrase(int index) const { return m_phrases.at(index); }
    /**
     * Whether a phrase of Entry::fixedNext or Entry::modifierNext next may go on with the token next
     * (empty: there is none, and only phrases of one word can match); false rules out every phrase
     * of the list phrasesFor() gives, before any word is compared.
     */
    bool mayContinue(int next, QStringView token) const
    {
        if (next == kAnyNext || (next >= 0 && token.isEmpty()))
            return true;
        return next >= 0 && m_nextFilters.at(next).mayContain(fold(token.front()), token.size());
    }

    /** Case-folds like lookup(): lower case, ’ as '. Inline: lookup() folds every character of every token. */
    static QChar fold(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        if (u == 0x2019 || u == 0x2018)
            return QLatin1Char('\'');
        return c.toLower();
    }

private:
    const Entry *find(QStringView word, uint bucket, QChar first, QChar second) const;
    Entry &entry(const QString &word);
    void addPhrase(Phrase phrase);
    static quint64 hash(QStringView word);

    static uint bucketOf(QChar first, QChar second, qsizetype length)
    {
        // Fibonacci hashing of the three: the words of the lexicon spread over the table so that the
        // buckets of most other words are empty.
        const quint32 key = (quint32(first.unicode()) << 16) ^ (quint32(second.unicode()) << 5) ^ quint32(length);
        return (key * 2654435769u) >> (32 - kBucketBits);
    }
    static constexpr uint kBucketBits = 13;
    static constexpr uint kBuckets = 1u << kBucketBits;

    QList<Entry> m_entries;
    QHash<quint64, int> m_index; ///< while loading: hash of a word → its entry
    /** A word of m_words: m_words[offset, offset + size) is the word of m_entries[entry]. */
    struct Slot
    {
        int offset = 0;
        int size = 0;
        int entry = 0;
    };
    /**
     * The entries by (first two folded characters, length): bucket b's words are
     * m_slots[m_bucketStart[b] .. m_bucketStart[b + 1]), so lookup() compares the token with the one
     * or two words of its bucket, read from one flat array rather than from the large entries.
     */
    QVector<int> m_bucketStart;
    QVector<Slot> m_slots;
    QString m_words;
    FirstLengthFilter m_lengths; ///< the entries' words
    QList<Phrase> m_phrases;
    QVector<FirstLengthFilter> m_nextFilters; ///< the second words of an entry's phrases (Entry::fixedNext, modifierNext)
};

} // namespace Byline
