// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/article.h"
#include "../model/span.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace Byline {

class Resources;

/** A publication date found in the text of an article. */
struct Dateline
{
    QDate date; ///< invalid when none was found
    Span span; ///< the date as written, in UTF-16 units of Article::text
    int block = -1; ///< index of the block holding it
    bool yearInferred
        = false; ///< the dateline had no year ("WASHINGTON, March 3 (Reuters) -"); it came from the reference date
};

/**
 * Finds the publication date (the document creation time, DCT) of an article: parses date
 * strings from metadata and looks for a dateline at the top of the text.
 *
 * Understands ISO 8601 ("2021-11-12", "2021-11-12T08:30:00+08:00": the date as the publisher
 * wrote it, no time-zone shift), "Nov. 12, 2021", "November 12th, 2021", "12 November 2021",
 * RFC 2822 ("Fri, 12 Nov 2021 08:30:00 GMT"), optionally after a weekday and a cue such as
 * "Published:" and, in a dateline, after a place ("WASHINGTON, March 3 (Reuters) -"). Month and
 * weekday names and cues are data: resources/analysis/months.txt, weekdays.txt, dateline-cues.txt.
 * Month names are English only. Numeric day/month orders other than ISO are read on date lines and
 * datelines only, and only when one of the two numbers is over 12 ("11/18/2011", "29/10/2012");
 * "11/12/2021" is ambiguous and ignored.
 *
 * Immutable after construction; const functions are thread-safe.
 */
class DatelineDetector
{
public:
    explicit DatelineDetector(const Resources &resources);
    /** The detector built from the default resources (created once, shared). */
    static const DatelineDetector &instance();

    /** A metadata value that holds a date (anywhere in it); invalid when none. */
    QDate parseDate(const QString &value) const;
    /**
     * True when the whole block is a date line: "Monday, May 18, 2015", "Published: 12 November 2021",
     * "2021-11-12", "Updated Nov. 12, 2021 08:30 ET". date receives it.
     */
    bool isDateOnly(const QString &blockText, QDate *date = nullptr) const;
    /**
     * The dateline in the first maxBlocks blocks: a date-only block, a date at the start of a
     * paragraph (after an optional place, "WASHINGTON, March 3 (Reuters) -"), or in a byline.
     * Titles, headings, captions, credits and boilerplate are skipped. A dateline without a year
     * takes the latest such day not after reference (+1 day for time zones); without a reference
     * it is ignored. Returns an invalid date when nothing is found.
     */
    Dateline find(const Article &article, const QDate &reference = QDate(), int maxBlocks = 6) const;

private:
    struct Match
    {
        QDate date;
        int start = -1;
        int end = -1;
        bool noYear = false;
        int month = 0;
        int day = 0;
    };
    Match matchDate(const QString &text, const QRegularExpression &re) const;
    int monthNumber(const QString &name) const;

    QHash<QString, int> m_months;
    QRegularExpression m_anywhere; ///< a dated expression anywhere (metadata values)
    QRegularExpression m_lineAnywhere; ///< the same, numeric dates too (a dateline or byline block)
    QRegularExpression m_dateOnly; ///< a whole block that is a date
    QRegularExpression m_lead; ///< a date at the start of a paragraph, after an optional place
};

} // namespace Byline
