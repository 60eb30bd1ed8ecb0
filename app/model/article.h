// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "block.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Byline {

/** Where the publication date (the document creation time, DCT) came from. */
enum class DateSource { None, Metadata, Dateline, User };
QString dateSourceName(DateSource source);

/** What a loader learned about the article besides its text. Empty strings mean unknown. */
struct ArticleMetadata
{
    QString path;   ///< absolute path of the file it was loaded from
    QString format; ///< "text", "markdown", "html", "pdf"
    QString title;
    QString url;
    QString outlet;
    QStringList authors;
    QDate published; ///< invalid when unknown
    DateSource publishedFrom = DateSource::None;
};

/**
 * A loaded article: the text every span points into, its blocks and metadata.
 *
 * Immutable once a loader has built it. text joins the blocks with a single '\n';
 * blocks are in text order, do not overlap and never include the joining newline.
 */
struct Article
{
    QString text;
    QList<Block> blocks;
    ArticleMetadata meta;

    bool isEmpty() const { return text.isEmpty(); }
    /** The block containing pos, or -1 (pos on a joining newline or out of range). */
    int blockAt(int pos) const;
    QString textOf(Span span) const { return span.isValid() ? text.mid(span.start, span.length()) : QString(); }
    /** Builds text and blocks from (role, text) pairs, joining with '\n'. Used by every loader. */
    void appendBlock(const QString &blockText, BlockRole role, int level = 0);
};

} // namespace Byline
