// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "quote.h"
#include "source.h"
#include "timeexpression.h"

#include <QList>

namespace Byline {

/**
 * Everything the analysis pipeline found in one article: an immutable value.
 * Lists are in text order (entities by first mention), except timeline, which is in timeline
 * order (chronological, then durations, sets, unresolved: Byline::TimexOrder) while its ids
 * t1, t2, … follow text order; ids are unique within the result.
 */
struct AnalysisResult
{
    QList<Entity> entities;
    QList<Quote> quotes;
    QList<Source> sources;
    QList<TimeExpression> timeline;

    bool isEmpty() const { return entities.isEmpty() && quotes.isEmpty() && sources.isEmpty() && timeline.isEmpty(); }
    /** The entity with that id, or nullptr. */
    const Entity *entity(const QString &id) const;
    const Source *source(const QString &id) const;
    const Quote *quote(const QString &id) const;
    const TimeExpression *timeExpression(const QString &id) const;
};

} // namespace Byline
