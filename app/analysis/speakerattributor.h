// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <memory>

namespace Byline {

class QuoteLexicon;
class Resources;

/**
 * Gives every quote its speaker, in sieves, most precise first (CoreNLP's quote attribution; reads
 * Tokens, Sentences, Coreference, Quotes; writes Quotes: speaker, rule suffix, final ids).
 *
 *  1. "cue": the speaker next to the quote's cue in the same sentence — "…," X said / said X /
 *     X said, "…" / according to X / in the words of X — an entity mention when the entity layer
 *     has one there (its span, the entity), else a pronoun, a role ("the Chinese president"), an
 *     anonymous head ("Reports"), an unnamed "a/the/one + noun" or capitalised words (no entity);
 *     never the addressee after "told"-like verbs ("one witness told AFP");
 *  2. "resolved": a pronoun or role from sieve 1 that the entity layer did not link: a pronoun to the
 *     previous quote's speaker when it is in this or the last paragraph and of a compatible type and
 *     sex ("she" skips a "Kevin": SpeakerLocator::genderAllows) and not named in the quote itself, else
 *     (and a role always) to the nearest preceding entity mention of a compatible type (person for
 *     he/she and roles; a role first to a person introduced with the same role word);
 *  3. "sentence": a quote without cue takes the speaker of another quote in its sentence;
 *  4. "continuation": a paragraph that opens with a quote continues the speaker of the last quote of
 *     the previous paragraph;
 *  5. "paragraph": the nearest preceding speaker in the same paragraph;
 *  6. "nearest-person": the nearest preceding person mention in the same paragraph.
 * The sieve that decided is appended to Quote::rule ("direct:cue-after+cue"). Quotes no sieve
 * attributes keep no speaker.
 */
class SpeakerAttributor : public Annotator
{
public:
    explicit SpeakerAttributor(const Resources &resources);
    /** With a lexicon shared with the other quote stages (Pipeline::appendQuoteStages). */
    explicit SpeakerAttributor(std::shared_ptr<const QuoteLexicon> lexicon);

    QString name() const override { return QStringLiteral("speaker-attribution"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences | Layer::Coreference | Layer::Quotes; }
    Layers produces() const override { return Layer::Quotes; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const QuoteLexicon> m_lexicon;
};

} // namespace Byline
