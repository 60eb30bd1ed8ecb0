// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/timeexpression.h"
#include "timexform.h"
#include "timexorder.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Byline {

/**
 * Turns recognised forms into TimeML values, one document at a time, in text order.
 *
 * Relative forms resolve against the publication date (DCT) given to the constructor; forms
 * relative to "the previous date" ("that year", "weeks later", "the same day") against the
 * last calendar value normalize() returned whose granularity is fine enough (a day for "the
 * same day"), falling back to the DCT. Without a DCT every form that needs it comes back
 * TimexResolution::Unresolved with an empty value — never a guess; running the document again
 * with a DCT resolves it.
 *
 * Stateful (the previous dates): one instance per document and thread.
 */
class TimexNormalizer
{
public:
    struct Result
    {
        TimexType type = TimexType::Date;
        QString value;
        QString mod;
        TimexResolution resolution = TimexResolution::Unresolved;
        /** value as a calendar interval (TimexOrder::interval()), parsed once here for the timeline's order. */
        bool hasInterval = false;
        TimexOrder::Interval interval;
    };

    explicit TimexNormalizer(const QDate &dct);

    /** Normalises form, found in sentence number sentence (clock times take that sentence's date). */
    Result normalize(const TimexForm &form, int sentence);

    /** date written at a TimeML granularity: "CE", "DE", "Y", "Q", "M", "W", "WE", "D". */
    static QString format(const QDate &date, const QString &granularity);

private:
    struct Mention
    {
        QDate date;
        QString granularity;
        int sentence = -1;
        int order = -1; ///< how many dates were remembered before it; -1: no mention
    };

    Result named(const TimexForm &form) const;
    Result shift(const TimexForm &form) const;
    Result vague(const TimexForm &form) const;
    Result clock(const TimexForm &form, int sentence) const;
    /** The last mention at least as fine as granularity (empty: any), or nullptr. */
    const Mention *previous(const QString &granularity) const;
    void remember(const QString &value, const TimexOrder::Interval *interval, int sentence);

    QDate m_dct;
    // Only the mentions previous() and clock() can answer with, so that they need not walk back
    // through every earlier date (quadratic on a long article with few fine dates).
    int m_remembered = 0;       ///< dates remembered so far
    Mention m_lastUnresolved;   ///< the last mention without a date
    Mention m_lastAtLeast[12];  ///< [r + 1]: the last dated mention whose granularity ranks r or finer
    Mention m_lastDay;          ///< the last dated mention of granularity "D"
};

} // namespace Byline
