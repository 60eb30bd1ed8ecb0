// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct _xmlDoc;
struct _xmlNode;

namespace Byline {

class Resources;

/**
 * The metadata of a saved web page, read from a libxml2 HTML tree.
 *
 * Sources, most trusted first: JSON-LD (<script type="application/ld+json">) objects of an
 * article type (resources/analysis/jsonld-article-types.txt; also inside "@graph" arrays, with
 * "@id" references to authors and publishers resolved): headline, datePublished, author
 * (string, object or array), publisher.name, url; then <meta> tags by name, property or itemprop
 * (resources/analysis/html-meta.txt: OpenGraph, article:published_time, author, date,
 * pubdate…); then <link rel="canonical">, <time datetime> marked as the publication time
 * (itemprop="datePublished", pubdate, class "published") and <title> (without a trailing
 * " | Outlet" when the outlet is known). Author values that are URLs are ignored.
 *
 * A plain record filled by read(); read() is reentrant (the tree is only read).
 */
struct HtmlMetadata
{
    QString title; ///< article title (JSON-LD headline, og:title…)
    QString pageTitle; ///< the <title>, cleaned
    QString url;
    QString outlet;
    QStringList authors;
    QDate published; ///< invalid when the page does not say

    static HtmlMetadata read(_xmlDoc *document, const Resources &resources);
};

} // namespace Byline
