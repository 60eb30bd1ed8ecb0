// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <memory>

namespace Byline {

class QuoteLexicon;
class Resources;

/**
 * Reported speech (reads Tokens, Sentences, Coreference and the direct quotes; writes Quotes: appends
 * kind Indirect quotes with their cue, keeps the list sorted with ids "q1"… in text order).
 *
 * Forms, per sentence, around a reporting verb of resources/analysis/quotes/reporting-verbs.txt that
 * has a speaker next to it (SpeakerLocator):
 *  - "X said (that) …", "X, who …, said …", "X urged Y to …", "X asked Y how …": the content runs
 *    from after the verb to the end of the sentence, or to ", according to …"; a complementizer
 *    "that" is part of the content, as PARC 3.0 and GUM's eRST annotate it ("said [that the …]");
 *  - "…, X said." / "…, said X.": the content is the sentence before the comma;
 *  - "According to X, …" and "…, according to X.": the content is the rest of the sentence.
 * Skipped: a verb inside or already cueing a direct quote, a passive ("was told"), a verb whose
 * content would start with a quote mark, content under three words, object verbs ("urge", "tell")
 * without "to"/"that"/a wh-word. Rules: "indirect:that-clause", "indirect:clause-before",
 * "indirect:according-to".
 * Limits: no parsing, so the content is the whole clause to the sentence end and may include
 * material after the reported clause; subjects are found by the entity layer or by form.
 */
class IndirectSpeechAnnotator : public Annotator
{
public:
    explicit IndirectSpeechAnnotator(const Resources &resources);
    /** With a lexicon shared with the other quote stages (Pipeline::appendQuoteStages). */
    explicit IndirectSpeechAnnotator(std::shared_ptr<const QuoteLexicon> lexicon);

    QString name() const override { return QStringLiteral("indirect-speech"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences | Layer::Coreference | Layer::Quotes; }
    Layers produces() const override { return Layer::Quotes; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const QuoteLexicon> m_lexicon;
};

} // namespace Byline
