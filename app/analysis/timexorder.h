// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/timeexpression.h"

#include <QList>
#include <QString>

class QDate;

namespace Byline {

/**
 * The order of a timeline, and the calendar interval behind a TimeML value.
 *
 * Order (the one AnalysisResult::timeline is kept in, so the JSON "timeline" array and the
 * GUI list read it as is): first every DATE/TIME whose value is a calendar interval, by start,
 * a longer interval before the shorter ones that start with it (2021-10 before 2021-10-05,
 * 2021 before 2021-01), an expression with mod BEFORE/ON_OR_BEFORE before and AFTER/
 * ON_OR_AFTER after the same value; then PAST_REF, PRESENT_REF, FUTURE_REF (and clock times
 * without a date); then durations; then sets; then unresolved expressions (empty value). Ties
 * keep text order. Pure functions; thread-safe.
 */
class TimexOrder
{
public:
    /** The calendar interval of value, in minutes since the Julian epoch: [start, end). */
    struct Interval
    {
        qint64 start = 0;
        qint64 end = 0;
        QString granularity; ///< "CE", "DE", "Y", "H", "S", "Q", "M", "W", "WE", "D", "T"
    };

    /**
     * Parses the calendar values of TimeML: "18" (century), "199" (decade), "2021", "FY2021",
     * "2021-H2", "2021-Q3", "2021-SU", "2021-07", "2021-W46", "2021-W46-WE", "2021-07-05",
     * "2021-07-05TMO", "2021-07-05T15:00[Z]". Returns false for anything else (durations,
     * sets, PRESENT_REF, "XXXX-12-25", empty).
     */
    static bool interval(const QString &value, Interval *result);
    /** The first day of the interval of value (invalid QDate when it has none). */
    static QDate startDate(const QString &value);
    /** The first day of interval (which interval() filled). */
    static QDate startDate(const Interval &interval);

    /** True when a sorts before b in the timeline order above (text order breaks ties). */
    static bool lessThan(const TimeExpression &a, const TimeExpression &b);
    /** Sorts timeline into that order (stable). */
    static void sort(QList<TimeExpression> &timeline);
    /**
     * The same with each value's interval() parsed already: intervals[i] for timeline[i], with an
     * empty granularity where the value is no calendar interval.
     */
    static void sort(QList<TimeExpression> &timeline, const QList<Interval> &intervals);
};

} // namespace Byline
