// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QString>

#include <optional>

namespace Byline {

enum class QuoteKind { Direct, Indirect, Partial };
QString quoteKindName(QuoteKind kind);

/** Who a quote is attributed to: the mention carrying the attribution and the entity it resolves to. */
struct Speaker
{
    QString entityId; ///< empty when the speaker text resolves to no entity
    QString name;     ///< canonical name of the entity, or the speaker text
    Span span;        ///< the mention that carries the attribution
};

/** Words the article attributes to someone: quoted (direct, partial) or reported (indirect). */
struct Quote
{
    QString id; ///< "q1", "q2", … in text order
    Span span;  ///< the quoted or reported words (without the quote marks)
    QuoteKind kind = QuoteKind::Direct;
    std::optional<Speaker> speaker;
    Span cue;         ///< "said", "urged", "according to"; invalid when none
    QString sourceId; ///< the Source it came through ("via MSN"), empty when none
    QString rule;     ///< which sieve or pattern produced it
};

} // namespace Byline
