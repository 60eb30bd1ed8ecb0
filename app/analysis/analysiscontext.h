// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/analysisresult.h"
#include "../model/article.h"
#include "entitymention.h"
#include "gazetteermatch.h"
#include "spanindex.h"
#include "token.h"

#include <QDate>
#include <QList>

#include <atomic>
#include <memory>

namespace Byline {

class Resources;
class SpeakerLocator;

/**
 * The working state of one analysis: the article, its segmentation and the layers the
 * annotators have produced so far. Owned by Pipeline::run() for one article on one thread.
 *
 * result holds the layers that leave the pipeline; the other members are intermediate.
 */
class AnalysisContext
{
public:
    AnalysisContext(const Article &article, const Resources &resources);

    const Article &article;
    const QString &text;
    const Resources &resources;
    /** The publication date relative expressions resolve against; invalid when unknown. */
    QDate dct;

    QList<Token> tokens;
    QList<Span> sentences; ///< in text order, never crossing a block boundary
    QList<GazetteerMatch> gazetteerMatches; ///< Layer::Gazetteer: longest matches, in text order, not overlapping
    /** Layer::Entities (filled by EntityRecognizer, linked by EntityMerger): every mention, in text order. */
    QList<EntityMention> mentions;

    AnalysisResult result;

    /**
     * Built by the first quote stage that needs it and shared by the others (SpeakerLocator::forContext):
     * the entity mentions indexed by token and each token looked up in the quote lexicon, once per analysis.
     */
    std::shared_ptr<const SpeakerLocator> speakerLocator;

    /** Index of the first token whose span ends after pos (tokens.size() when none). */
    int tokenAt(int pos) const;
    /**
     * tokenAt(pos) for a caller that asks in increasing order of pos (sentence by sentence):
     * walks on from cursor (start it at 0; it is updated) instead of a binary search, whose
     * probes miss the cache on a large article's token list. Any order stays correct: a pos
     * before the cursor falls back on the binary search.
     */
    int tokenAt(int pos, int &cursor) const;
    /** Index of the sentence containing pos, or -1. */
    int sentenceAt(int pos) const;
    /** Article::blockAt(pos), without a binary search on a large article. */
    int blockAt(int pos) const;
    /** True when the block containing pos is boilerplate, tags or a credit (analysis treats them apart). */
    bool isBoilerplate(int pos) const;

private:
    SpanIndex m_tokenIndex;
    SpanIndex m_sentenceIndex;
    SpanIndex m_blockIndex;
};

} // namespace Byline
