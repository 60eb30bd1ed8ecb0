// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/timeexpression.h"

#include <QString>

namespace Byline {

/**
 * What TimexRecognizer understood of one time expression, before TimexNormalizer turns it
 * into a TimeML value against the publication date (DCT) and the dates mentioned before it.
 *
 * A plain record; the fields that matter depend on kind (others keep their defaults):
 * - Literal: value is complete ("2015-09-25", "1949", "199", "P3M", "PRESENT_REF", "P1W").
 * - Named: a calendar name without a year — month (+ day), weekday, season or quarter —
 *   placed before or after the DCT by direction (explicit "last"/"next"/"this") or tense.
 * - Shift: anchor (DCT or previous date) moved by amount units, written at granularity.
 * - Vague: "weeks later" — the previous date, with mod AFTER or BEFORE.
 * - Clock: hour and minute on the date of the anchor ("15:00", "3 p.m.").
 */
struct TimexForm
{
    enum class Kind { Literal, Named, Shift, Vague, Clock };
    enum class Anchor { Dct, Previous };
    enum class Direction { Tense, This, Last, Next };
    enum class Tense { Unknown, Past, Future };

    Kind kind = Kind::Literal;
    TimexType type = TimexType::Date;
    QString value; ///< Literal: the value

    // Named
    int month = 0;    ///< 1–12 (with day: a month-day)
    int day = 0;      ///< 1–31 when given
    int weekday = 0;  ///< ISO 1–7
    QString season;   ///< "SP", "SU", "FA", "WI"
    int quarter = 0;  ///< 1–4
    Direction direction = Direction::Tense;
    Tense tense = Tense::Unknown;

    // Shift / Vague
    Anchor anchor = Anchor::Dct;
    QChar unit;         ///< 'Y', 'M', 'W', 'D' (a quarter shifts 3 M)
    int amount = 0;     ///< signed number of units
    QString granularity; ///< "Y", "M", "W", "WE", "D", "Q", or empty for the anchor's own
    QString partOfDay;  ///< "TMO", "TAF", "TEV", "TNI" or a clock "T12:00"; makes the result a TIME
    QString suffix;     ///< appended to a resolved value: "-Q3" for "the third quarter of this year"

    // Clock
    int hour = -1;
    int minute = 0;
    QString zone; ///< ISO 8601 offset appended to the time: "Z", "-05", or empty

    QString mod;  ///< TIMEX3 mod or empty
    QString rule; ///< which rule of the recognizer produced it, for "why is this highlighted?"

    /**
     * n in at least width digits, zero-padded ("0982"), as QString::arg(n, width, 10, '0') writes
     * it; by hand for the usual non-negative n, since values are built for every expression.
     */
    static QString pad(int n, int width)
    {
        if (n < 0 || width > 10)
            return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
        QChar text[10]; // an int has at most 10 digits
        int k = 10;
        do {
            text[--k] = QLatin1Char(char('0' + n % 10));
            n /= 10;
        } while (n > 0);
        while (10 - k < width)
            text[--k] = QLatin1Char('0');
        return QString(text + k, 10 - k);
    }
    /** pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2), "2015-09-25"; one allocation for the usual values. */
    static QString date(int year, int month, int day)
    {
        if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99)
            return pad(year, 4) + QLatin1Char('-') + pad(month, 2) + QLatin1Char('-') + pad(day, 2);
        const char16_t text[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
                                   char16_t(u'0' + year % 10),   u'-',
                                   char16_t(u'0' + month / 10),  char16_t(u'0' + month % 10),
                                   u'-',
                                   char16_t(u'0' + day / 10),    char16_t(u'0' + day % 10)};
        return QString(reinterpret_cast<const QChar *>(text), 10);
    }
};

} // namespace Byline
