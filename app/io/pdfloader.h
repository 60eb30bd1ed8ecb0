// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleloader.h"

#include <QByteArray>
#include <QString>

namespace Byline {

/**
 * Loads the text layer of a PDF with Poppler-Qt.
 *
 * Words come from Poppler's text list in reading order with their boxes (PDF points). Words
 * chained by Poppler's nextWord() form lines; lines form paragraphs unless the vertical gap is
 * more than 0.6 line heights, the font size changes by a fifth, or the line is indented. A
 * paragraph that runs over a page break without final punctuation continues on the next page.
 * Repeated page furniture is removed: the top two and bottom two lines of a page whose text
 * (digits ignored) recurs on at least half the pages (two at least), and page numbers ("7",
 * "Page 7 of 9", "- 7 -") at those positions. Hyphenation at line ends is repaired:
 * "cooper-" + "ation" -> "cooperation" unless both halves are words and the joined word is not
 * (resources/gazetteers/common-words.txt, the lower-case words of SCOWL): "win-" + "win" and
 * "well-" + "known" keep their hyphen, "in-" + "formation" joins. Roles: a first paragraph set in the
 * largest type is the Title (else the document's Title info, else BlockClassifier's rule),
 * larger short lines are Headings, then BlockClassifier. The PDF's creation date is not the
 * publication date (it is when the file was made), so the date comes from a dateline only.
 *
 * Errors: not a PDF Poppler can open, password protection, no text layer (a scan).
 * Stateless and thread-safe (one Poppler document per call).
 */
class PdfLoader
{
public:
    /** fileName is used in error messages only. */
    static LoadResult load(const QByteArray &bytes, const QString &fileName);
    /** Joins a line ending in '-' with the next line's start, repairing or keeping the hyphen. */
    static QString joinHyphenated(const QString &left, const QString &right);
};

} // namespace Byline
