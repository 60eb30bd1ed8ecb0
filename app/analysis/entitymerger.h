// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

namespace Byline {

/**
 * Merges mentions into one entity per referent (reads: Entities, i.e.
 * AnalysisContext::mentions; writes: Coreference — result.entities, and
 * EntityMention::entity for every mention kept).
 *
 * - List names merge by their gazetteer canonical and type ("US", "U.S.", "United
 *   States", "America" → United States; outlet and organisation are kept apart).
 * - People: a shorter name whose words are a part of a fuller one ("Xi", "Jinping",
 *   "Biden") joins the fullest person name containing them (the earliest when several do).
 * - Acronyms: an all-caps organisation or outlet mention whose letters are the initials of a
 *   longer one ("SCMP" / "South China Morning Post") joins it.
 * - Unresolved capitalised words join an entity whose name or alias they repeat or are part
 *   of a person's name; otherwise they are dropped.
 * - Nominal mentions ("The Chinese president") join the one person whose title had the same
 *   role and affiliation ("Chinese President Xi Jinping"); none or several → dropped.
 * - Adjectival mentions (demonyms) join their country, creating it when the article never
 *   names it. They count apart: Entity::nameMentionCount() counts names only.
 *
 * Entity ids "e1", "e2"… in order of first mention; name = the list canonical, or the
 * fullest (longest) surface for people and unlisted names; aliases = the other name
 * surfaces, the title + name forms and the nominal phrases, in order of appearance.
 * Limits: two people sharing a surname merge the bare surname into the first; no pronouns.
 */
class EntityMerger : public Annotator
{
public:
    QString name() const override { return QStringLiteral("coreference"); }
    Layers requires() const override { return Layer::Entities; }
    Layers produces() const override { return Layer::Coreference; }
    void annotate(AnalysisContext &context) const override;
};

} // namespace Byline
