// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/entity.h"

#include <QString>

namespace Byline {

/**
 * A mention found by EntityRecognizer before merging (AnalysisContext::mentions).
 *
 * key is the name merging starts from: the gazetteer canonical for list matches, the
 * country for demonyms, the (title-cased) surface otherwise. role/affiliation record a
 * title in front of a person ("Chinese President Xi Jinping": "president", "China") or the
 * parts of a nominal ("The Chinese president"), for role coreference. entity is the index
 * into AnalysisResult::entities once EntityMerger has run (-1 before, or when dropped);
 * later annotators (quotes, sources) read mentions with their entity from here.
 */
struct EntityMention
{
    Span span;
    EntityType type = EntityType::Other;
    MentionKind kind = MentionKind::Name;
    QString rule;
    QString key;
    QString role;
    QString affiliation;
    Span titledSpan; ///< title + name ("US Secretary of State John Kerry"), when a title stood before
    bool unresolved = false; ///< capitalised word with no evidence: kept only if merging links it to an entity
    bool afterPlacePreposition = false; ///< "in Houston": the place reading wins over a person's surname
    int entity = -1;
};

} // namespace Byline
