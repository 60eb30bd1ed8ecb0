// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QString>

namespace Byline {

enum class TimexType { Date, Time, Duration, Set };
/** "DATE", "TIME", "DURATION", "SET" as in TIMEX3. */
QString timexTypeName(TimexType type);

/** How a value was obtained. */
enum class TimexResolution { Absolute, PublicationDate, PreviousDate, Unresolved };
/** "absolute", "publication-date", "previous-date", "unresolved". */
QString timexResolutionName(TimexResolution resolution);

/** A time expression with its TIMEX3 normalisation and the event (clause) it anchors. */
struct TimeExpression
{
    QString id; ///< "t1", "t2", … in text order (AnalysisResult::timeline itself is in timeline order, see TimexOrder)
    Span span;
    TimexType type = TimexType::Date;
    QString value; ///< TimeML value: "2015-09-25", "2021-W46", "P3M", "PRESENT_REF"; empty when unresolved
    QString mod;   ///< TIMEX3 mod: "START", "MID", "END", "APPROX", … or empty
    TimexResolution resolution = TimexResolution::Absolute;
    Span event; ///< the clause the expression dates; invalid when none was found
    QString rule;
};

} // namespace Byline
