// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"
#include "token.h"
#include "wordindex.h"

#include <QList>

#include <QSet>
#include <QString>

namespace Byline {

class Resources;

/**
 * Tokens and sentences (reads: nothing; writes: Tokens, Sentences).
 *
 * Tokens: words keep internal hyphens and apostrophes ("Jean-Pierre", "aren't"), a
 * possessive "'s" is its own token; dotted abbreviations ("U.S.", "D.C."), initials
 * ("J.", also after a hyphen: "China-U.S.") and listed abbreviations ("Mr.", "Sept.", "Inc.") keep their period; numbers
 * keep internal ",.:/" ("9/25/2015", "1,000"); any other character is one token.
 *
 * Sentences end at '.', '!', '?' or an ellipsis (with any closing quotes and brackets),
 * and always at a block boundary. After an abbreviation a sentence ends only when the
 * next word is a capitalised sentence opener from resources/analysis/sentence-openers.txt;
 * after a title abbreviation ("Mr.") or an initial, never.
 *
 * Data: analysis/abbreviations.txt (one per line, with the period; a trailing "\ttitle"
 * marks abbreviations that precede a name). Limits: a sentence that starts with a lower-case
 * letter after an abbreviation is not split ("…in the U.S. and…" is one sentence, as it should).
 */
class Segmenter : public Annotator
{
public:
    explicit Segmenter(const Resources &resources);

    QString name() const override { return QStringLiteral("segmenter"); }
    Layers requires() const override { return Layer::None; }
    Layers produces() const override { return Layer::Tokens | Layer::Sentences; }
    void annotate(AnalysisContext &context) const override;

    /** The tokens of a stand-alone text (one block, index 0), as annotate() would cut it; used to key word lists. */
    QList<Token> tokens(const QString &text) const;

private:
    void tokenize(AnalysisContext &context) const;
    void tokenizeRange(const QString &text, Span range, int block, QList<Token> &tokens) const;
    void splitSentences(AnalysisContext &context) const;

    QSet<QString> m_abbreviations; ///< lower-cased, without the final period
    QSet<QString> m_titles;        ///< lower-cased, without the final period
    QSet<QString> m_openers;       ///< lower-cased sentence-opening words
    /** The same words, for the ASCII words of the text (most): no lower-cased copy, no QString hash. */
    WordIndex m_abbreviationIndex { WordIndex::LowerCase }, m_titleIndex { WordIndex::LowerCase },
        m_openerIndex { WordIndex::LowerCase };
};

} // namespace Byline
