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
         * Of those phrases, the lengths of their second words (bit min(length, 63)), for fixed
         * phrases and holidays and for modifiers apart; bit 0 stands for a one-word phrase. A
         * rule skips the phrases of a word when the next token's length has no bit.
         */
        quint64 phraseNextLengths = 0;
        quint64 modifierNextLengths = 0;
        /** The bit of nextLengths a next token of size characters (-1: none) is looked for under. */
        static quint64 nextLengthBit(qsizetype size) { return size < 0 ? 0 : quint64(1) << (size < 63 ? size : 63); }
    };

    explicit TimexLexicon(const Resources &resources);

    /** The entry for word (any case), or nullptr. */
    const Entry *lookup(QStringView word) const;
    const Phrase &phrase(int index) const { return m_phrases.at(index); }

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
    Entry &entry(const QString &word);
    void addPhrase(Phrase phrase);
    static quint64 hash(QStringView word);

    QList<Entry> m_entries;
    QHash<quint64, int> m_index;
    FirstLengthFilter m_lengths; ///< the entries' words
    QList<Phrase> m_phrases;
};

} // namespace Byline
