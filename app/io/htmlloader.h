// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleloader.h"

#include <QByteArray>
#include <QString>

namespace Byline {

/**
 * Loads a web page saved from a browser: metadata (HtmlMetadata) and the main text, in the
 * spirit of Mozilla Readability and trafilatura.
 *
 * Charset: a BOM, else <meta charset> / http-equiv in the first 4 KB, else UTF-8 when valid,
 * else uchardet; the page is decoded with TextDecoder and parsed as UTF-8 by libxml2's HTML
 * parser (recover, no network, the page's own encoding declaration ignored).
 *
 * Extraction: page furniture is dropped (script, style, nav, aside, footer, forms, a <header>
 * without an <h1>, ARIA navigation/banner/complementary roles, hidden elements, and elements
 * whose class or id matches resources/analysis/html-classes.txt: comments, share bars, related
 * stories, newsletters, ads, cookie banners…) unless it holds over half of the page's text. The
 * body is the largest <article>, else [itemprop=articleBody], else <main>, else the element
 * with the best Readability score (paragraph length and commas, less link density; text written
 * straight into a <div> or <td>, parted by <br><br>, scores as paragraphs too) together with the
 * siblings Readability would add (well-scored ones, and lone paragraphs with few links), widened
 * to take in the page's <h1> when that costs little. A class names a role only on an element of
 * at most 1,000 characters (a post's "tag-…" classes do not make it a tag list). Blocks: h1 -> Title (later ones Heading 1),
 * h2-h6 -> Heading, figcaption -> Caption, blockquote -> BlockQuote, li -> ListItem, byline /
 * dateline / credit / subtitle / tags classes (and rel=author) -> those roles; paragraphs that
 * are mostly links are left out. Plain paragraphs then go through BlockClassifier (credits,
 * "Advertisement", date-only lines). With no <h1>, the metadata title becomes the Title block.
 *
 * Stateless and thread-safe (libxml2 parser contexts are per call).
 */
class HtmlLoader
{
public:
    /** fileName is used in error messages only. */
    static LoadResult load(const QByteArray &bytes, const QString &fileName);
    /** The charset a page declares in its first 4 KB (<meta charset>, http-equiv), or empty. */
    static QString declaredCharset(const QByteArray &bytes);
};

} // namespace Byline
