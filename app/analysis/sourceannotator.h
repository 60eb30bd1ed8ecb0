// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <memory>

namespace Byline {

class QuoteLexicon;
class Resources;

/**
 * Where the article says its information came from (reads Tokens, Sentences, Coreference, Quotes;
 * writes Sources, and Quote::sourceId of the quotes that rest on one).
 *
 *  - Outlets and agencies: every name mention of an outlet entity outside tags and boilerplate, with
 *    its cue from resources/analysis/quotes/source-cues.txt ("according to CNN", "via MSN", "told
 *    Reuters", "the BBC reported"); kind Agency when the outlet is in agencies.txt or is named in a
 *    photo credit (credit-cues.txt: "Photo credit should read … /AFP via Getty Images"); an outlet after a
 *    quoted title and a dash is an entry of a "Sources" list (cue "listed source").
 *  - Credits naming no outlet: a sentence that is only a credit cue, a colon and a name ("Image: Jambula.",
 *    "Video: Miharris & Acphillips.") is an agency source (cue "photo credit", "video credit", …).
 *  - Officials: a quote speaker that is an organisation ("the Chinese Foreign Ministry urged"), or a
 *    person introduced by an official role ("White House spokesperson Karine Jean-Pierre said"); the
 *    citation spans the role and the name.
 *  - Documents: "a letter from X", "the report by X", "in a statement" (speech-nouns.txt, column
 *    "document").
 *  - Anonymous: the phrases of anonymous-sources.txt ("Reports revealed", "sources said", "it is
 *    understood", "officials familiar with"), one Source per group ("reports", "sources", …).
 * A citation's claims are the quotes of its sentence that it introduces (cue before the source, as
 * "via" or "according to"), or that its entity or phrase speaks. A quote's sourceId is the first
 * outlet it came through, else the source that speaks it. Sources are ordered by first citation,
 * ids "s1"…; citations in text order.
 * Limits: an outlet the entity layer missed is not a source; documents are named by their noun.
 */
class SourceAnnotator : public Annotator
{
public:
    explicit SourceAnnotator(const Resources &resources);
    /** With a lexicon shared with the other quote stages (Pipeline::appendQuoteStages). */
    explicit SourceAnnotator(std::shared_ptr<const QuoteLexicon> lexicon);

    QString name() const override { return QStringLiteral("sources"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences | Layer::Coreference | Layer::Quotes; }
    Layers produces() const override { return Layer::Sources; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const QuoteLexicon> m_lexicon;
};

} // namespace Byline
