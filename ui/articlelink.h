// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUrl;

namespace Byline {

/**
 * A link back into an article: byline://open?path=FILE&offset=N, as the exporters write it
 * (MarkdownExporter::link) and the desktop file registers (x-scheme-handler/byline).
 * offset counts Unicode code points from the start of the article's text.
 */
struct ArticleLink
{
    QString path;    ///< the article file; empty means the article already open
    int offset = -1; ///< code points; -1 when the link has none

    /** Parses url; false when it is not a byline://open link. */
    static bool parse(const QUrl &url, ArticleLink *link);
    /** True for any byline:// URL (or its text). */
    static bool isArticleLink(const QString &text);
};

} // namespace Byline
