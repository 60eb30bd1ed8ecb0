// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleloader.h"
#include "draftblock.h"

#include <QByteArray>
#include <QString>

namespace Byline {

/**
 * Loads a Markdown article (CommonMark block structure, the subset articles use).
 *
 * YAML front matter between "---" lines gives the metadata: title; date / published /
 * pubDate / date_published; author / authors / byline (a string or a list); url / link /
 * canonical_url / source (when a URL); outlet / publisher / site / site_name / source (when not a
 * URL). Values may be quoted; lists may be "[a, b]" or "- item" lines.
 *
 * Blocks: ATX and setext headings -> Heading with their level (an h1 before any text -> Title),
 * paragraphs (soft and hard line breaks become spaces), "> " block quotes -> BlockQuote, "-",
 * "*", "+" and "1." list items -> ListItem, fenced code -> Paragraph; thematic breaks, link
 * reference definitions and HTML comments are dropped. Inline markup is rendered to plain text:
 * emphasis, strong, strikethrough and code markers removed, [text](url) and [text][ref] -> text,
 * images dropped, autolinks -> their URL, HTML tags stripped, backslash escapes and common
 * entities resolved. Paragraphs then go through BlockClassifier's cue rules (credits, bylines,
 * datelines, tags, boilerplate); without an h1 the front-matter title becomes the Title block.
 *
 * Not supported: tables (kept as text), nested block quotes (flattened), setext headings
 * spanning several lines. Stateless and thread-safe.
 */
class MarkdownLoader
{
public:
    /** fileName is used in error messages only. */
    static LoadResult load(const QByteArray &bytes, const QString &fileName);
    /** The article for already decoded Markdown. */
    static Article fromText(const QString &markdown);
    /** Inline markup of one block rendered to plain text. */
    static QString renderInline(const QString &markdown);
};

} // namespace Byline
