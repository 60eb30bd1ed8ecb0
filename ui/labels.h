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
    /** A TimeML value for display: a calendar date ("2021-11-15") in the interface locale's
     *  short format with a four-digit year (15.11.2021, 2021/11/15); PRESENT_REF, PAST_REF and
     *  FUTURE_REF as words ("now"); durations in years, months, weeks, days, decades, centuries
     *  or hours as words ("P3W" "3 weeks", "PXM" "months"); weeks, months, other durations and
     *  times stay as TimeML. Exports keep the ISO 8601 / TimeML value. */
    static QString timexValue(const QString &value);
    /** The interface locale's short date format with a four-digit year, for date editors. */
    static QString dateFormat();
};

} // namespace Byline
