// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/quote.h"
#include "model/source.h"
#include "model/timeexpression.h"

#include <QCoreApplication>

namespace Byline {

/**
 * Translated, human-readable names of the model's enums, for the panels, legend and
 * tooltips (the model's own *Name() functions are the stable, untranslated file-format names).
 */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Labels)

public:
    static QString entityType(EntityType type);
    /** Group heading: "People", "Organisations", … */
    static QString entityTypePlural(EntityType type);
    static QString quoteKind(QuoteKind kind);
    static QString sourceKindPlural(SourceKind kind);
    static QString timexResolution(TimexResolution resolution);
};

} // namespace Byline
