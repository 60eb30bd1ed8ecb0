// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"
#include "quotemarkfinder.h"

#include <memory>

namespace Byline {

class QuoteLexicon;
class Resources;

/**
 * Quoted speech between quote marks (reads Tokens, Sentences, Coreference; writes Quotes: appends
 * kind Direct and Partial quotes with their cue, sorted by span, ids "q1"… in text order).
 *
 * Pairs marks with QuoteMarkFinder and keeps outermost quotes only (a nested quote is part of the
 * outer one). A quote is speech when a reporting cue stands next to it ("…," X said / said X, "…" /
 * X said: "…" / "…", according to X; without a comma or closing punctuation the quote must be
 * followed directly by its speaker and verb, so '"peace dividend" never arrived, critics say' is no
 * speech), when it reads as a sentence (capitalised, three words or more, closed by punctuation or its
 * sentence), or — as a partial quote — when a reporting verb or speech noun governs its sentence and
 * it has two words or more. A speaker's characterisation is a partial quote of theirs, whatever its
 * length: 'Dewar called the plan "a disgrace"', 'she described it as "reckless"' (characterisation-verbs.txt,
 * with a speaker as the verb's subject). Not speech, whatever cue follows: a phrase after a term cue ('known as
 * "…"', 'the so-called "…"', 'a "quasi-state of war"'). Not speech without a cue: a title-case title,
 * an article title followed by a dash and its outlet, quotes in titles, headings, tags and boilerplate.
 * Partial when it starts in lower case inside its sentence, Direct otherwise. The span excludes the
 * marks; a quote over several paragraphs is one quote (its span includes the inner paragraph marks).
 *
 * Rules recorded: "direct:cue-after", "direct:cue-before", "direct:cue-in-sentence", "direct:sentence",
 * "direct:characterisation".
 * Limits: the speaker is left to SpeakerAttributor; an unquoted block quotation is not found.
 */
class DirectQuoteAnnotator : public Annotator
{
public:
    explicit DirectQuoteAnnotator(const Resources &resources);
    /** With a lexicon shared with the other quote stages (Pipeline::appendQuoteStages). */
    DirectQuoteAnnotator(const Resources &resources, std::shared_ptr<const QuoteLexicon> lexicon);

    QString name() const override { return QStringLiteral("direct-quotes"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences | Layer::Coreference; }
    Layers produces() const override { return Layer::Quotes; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const QuoteLexicon> m_lexicon;
    QuoteMarkFinder m_finder;
};

} // namespace Byline
