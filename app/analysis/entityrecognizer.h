// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <memory>

namespace Byline {

class Gazetteer;

/**
 * Finds name, adjectival and nominal mentions (reads: Tokens, Sentences, Gazetteer;
 * writes: Entities, i.e. AnalysisContext::mentions, in text order; result.entities is left
 * to EntityMerger).
 *
 * Rules, each recorded in EntityMention::rule ("why"):
 * - list matches: "gazetteers/<file>" (locations, outlets, organizations, other); a demonym
 *   ("Chinese") is an Adjectival mention of its country ("gazetteers/demonyms.tsv").
 * - "org-head": a place or demonym followed by capitalised words ending in an organisation
 *   head or suffix ("Chinese Foreign Ministry"), and any capitalised run that ends in one or
 *   continues it with of/on/for ("Mainland Affairs Council", "Department of State",
 *   "National Committee on US-China Relations").
 * - capitalised runs (initials and name particles inside) typed by context: "title" (a
 *   title from titles.tsv before: "President Xi Jinping", "spokesperson Karine
 *   Jean-Pierre"), "honorific" (Mr./Ms. — cue class "honorific"), "name-list" (given names, surnames, either order)
 *   lists, "reporting-verb" (said/told… after or "said" before), "apposition" (", China's
 *   ambassador"), "affiliation" (a run right before a title and a name: "Uralsib analyst
 *   Chris Weafer" → organisation), "place-preposition" (in/at/from before → location),
 *   "place-head" (a run ending in Road, River, County… from entity-cues.tsv → location),
 *   "event" (a run opened by Hurricane, Typhoon… → other), "common-last-word" (an unknown
 *   run ending in a common word that is no surname: "Duke Energy" → organisation),
 *   "determiner" (an unknown run after "the" → organisation: people's names take no article),
 *   "acronym" (all capitals → organisation), "credit" (an all-caps name before "/AGENCY"),
 *   "capitalised" (two or more non-common words: person). A single capitalised word with no
 *   evidence is kept as unresolved: EntityMerger keeps it only when it names a known entity
 *   ("Biden" after "Joe Biden").
 * - "compound": a hyphenated token whose every part is a place ("US-China", "China-U.S."),
 *   one mention per part; "slug": in an all-caps hyphenated slug ("US-CHINA-DIPLOMACY-…")
 *   the parts that are listed places or organisations, and the other words as unresolved
 *   mentions, so "XI" and "BIDEN" count only when the article names Xi Jinping and Joe Biden.
 * - "role": "the" + place/demonym/organisation + a title or nominals.tsv noun ("The Chinese
 *   president", "the White House spokesperson") → Nominal mention, resolved by EntityMerger.
 *
 * Not entities: capitalised common words (common-words.txt) at the start of a sentence or
 * line and in title-case lines (headlines, tag lists), unless a rule above applies; a run
 * made only of common words ("Real Time Analytics"). Boilerplate blocks are skipped.
 *
 * Limits: no lower-case names ("eBay"); an unknown multi-word name with no context is taken
 * as a person; titles before a name are not part of the mention (they are in titledSpan).
 */
class EntityRecognizer : public Annotator
{
public:
    explicit EntityRecognizer(std::shared_ptr<const Gazetteer> gazetteer);

    QString name() const override { return QStringLiteral("entities"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences | Layer::Gazetteer; }
    Layers produces() const override { return Layer::Entities; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Byline
