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
 * pubdate…; <time itemprop="datePublished"> and <time pubdate> rank as itemprop datePublished);
 * then <link rel="canonical">, <time datetime> of class "published", the first <time> in an
 * <article>, and last the date in the URL's path (/2014/6/26/, /2013/apr/22/, /2013-04-22/);
 * then <title>. The outlet's name is cut from og:title (or the JSON-LD headline) and <title>
 * alike, after ("Headline | Outlet") or before ("Outlet | Headline"). Author values that are URLs
 * are ignored.
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
