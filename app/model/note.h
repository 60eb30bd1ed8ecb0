// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace Byline {

/**
 * A person's own annotation on the article: a note (body text) or a plain highlight (empty body).
 *
 * span is in UTF-16 units of Article::text; it is invalid when the note is an orphan, i.e. its
 * text could not be found again after the article changed. exact/prefix/suffix are the W3C
 * TextQuoteSelector recorded when the note was made; they are what re-anchors it (TextAnchor)
 * and what an orphan shows. id is a UUID without braces, stable across export and import.
 */
struct Note
{
    QString id;
    Span span;
    QString exact;
    QString prefix;
    QString suffix;
    QString body;
    QString tag;   ///< free-form label used to filter ("check", "claim"); empty when none
    QColor color;  ///< highlight colour; invalid means the default note colour
    QDateTime created;  ///< UTC
    QDateTime modified; ///< UTC

    bool isOrphan() const { return !span.isValid(); }
    /** Anchors the note at span of text: sets span, exact, and up to context characters of prefix and suffix. */
    void setQuote(const QString &text, Span at, int context = 32);
    /** A new UUID for id. */
    static QString createId();

    friend bool operator==(const Note &a, const Note &b)
    {
        return a.id == b.id && a.span == b.span && a.exact == b.exact && a.prefix == b.prefix && a.suffix == b.suffix
            && a.body == b.body && a.tag == b.tag && a.color == b.color && a.created == b.created && a.modified == b.modified;
    }
    friend bool operator!=(const Note &a, const Note &b) { return !(a == b); }
};

} // namespace Byline
