// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftblock.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>

namespace Byline {

class Resources;
class DatelineDetector;

/**
 * Gives roles to the blocks of an article whose source does not state them (plain text, PDF,
 * and the plain paragraphs of Markdown and HTML). Rules, in order:
 *
 * - Caption: an ALL-CAPS slug line such as "US-CHINA-DIPLOMACY-BIDEN-KERRY-XI" (the keyword line
 *   of a wire photo, so it belongs to the caption) and the block right after a slug.
 * - Credit: a block opening with a credit phrase ("Photo credit should read", "(Photo:", "Image:")
 *   or a single short line naming a photo agency ("AFP via Getty Images"). A caption whose last
 *   sentence is such a credit is split in two: Caption + Credit.
 * - Tags: a label block ("Tags", "Topics:") and the block after it, or "Tags: a, b".
 * - Boilerplate: page furniture lines anywhere ("Advertisement", "Share this article"), short
 *   furniture openings ("Related: …", "© 2021 …") and, with Options::trailingShortLines, the
 *   short unpunctuated lines left at the very end ("Real Time Analytics").
 * - Title (Options::detectTitle): the first block when it is short (at most 200 characters) and
 *   not a sentence ending in a period.
 * - Byline: "By Jane Doe" near the top (first six blocks); Dateline: a block that is only a date.
 * - Heading (Options::detectHeadings): a short line (at most 100 characters, 15 words) without
 *   final punctuation that starts with a capital and is followed by a longer paragraph.
 *
 * Cue phrases are data: resources/analysis/credit-openers.txt, credit-markers.txt,
 * tags-labels.txt, boilerplate-lines.txt, boilerplate-prefixes.txt, byline-openers.txt.
 * English cues only. Immutable after construction; classify() is thread-safe and linear.
 */
class BlockClassifier
{
public:
    struct Options
    {
        bool detectTitle = true;
        bool detectHeadings = true;
        bool trailingShortLines = true;
    };

    explicit BlockClassifier(const Resources &resources);
    static const BlockClassifier &instance();

    /** Assigns roles to the unfixed blocks; may split a caption from its credit. */
    void classify(QList<DraftBlock> &blocks, const Options &options) const;
    /** Author names in a byline ("By Jane Doe and John Roe, Reuters" -> Jane Doe, John Roe). */
    QStringList authorsFromByline(const QString &byline) const;
    /** True when text is a whole furniture line ("Advertisement") or a furniture opening ("Related: …"). */
    bool isBoilerplate(const QString &text) const;

private:
    bool isSlug(const QString &text) const;
    int creditStart(const QString &text) const;
    bool isCreditLine(const QString &text) const;
    bool isTagsLabel(const QString &text, bool *inlineList) const;
    /** list.contains(the lower-cased text without trailing ':' '.' '…'), without lower-casing long texts. */
    bool inFurnitureList(const QString &text, const QStringList &list) const;
    /** False only when text cannot hold a credit opener: a cheap test before the regular expression. */
    bool mayHoldCreditOpener(QStringView text) const;
    /** False only when text cannot start with a credit opener. */
    bool mayOpenWithCredit(const QString &text) const;

    QStringList m_creditOpeners;
    QStringList m_creditMarkers;
    QStringList m_tagLabels;
    QStringList m_boilerplateLines;
    QStringList m_boilerplatePrefixes;
    QRegularExpression m_creditOpener; ///< any credit opener
    QRegularExpression m_creditHead; ///< a credit opener at the start of a block
    QRegularExpression m_byline;
    QRegularExpression m_slug;
    int m_longestFurniture = 0; ///< longest entry of the boilerplate-line and tag-label lists
    QString m_prefixInitials; ///< the boilerplate prefixes' first characters, case-folded; empty: not used
    QStringList m_creditWords; ///< every credit opener holds one (lower-case ASCII); empty: not used
    QString m_creditInitials; ///< the credit openers' first characters, lower case; empty: not used
    QVector<QStringList> m_creditWordsByInitial; ///< m_creditWords by first letter, 'a' to 'z'
};

} // namespace Byline
