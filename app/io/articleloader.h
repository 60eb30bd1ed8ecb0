// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/article.h"

#include <QString>

#include <optional>

namespace Byline {

/** Settings every loader honours. */
struct LoadOptions
{
    qint64 maxBytes = 50 * 1024 * 1024; ///< files larger than this are refused
};

/** An article, or the reason there is none (a sentence a person can act on). */
struct LoadResult
{
    std::optional<Article> article;
    QString error;

    bool ok() const { return article.has_value(); }
};

/**
 * Loads an article file of any supported format (plain text, Markdown, HTML, PDF),
 * chosen by content and extension. Never modifies the file. Thread-safe.
 */
class ArticleLoader
{
public:
    static LoadResult load(const QString &path, const LoadOptions &options = LoadOptions());
    /** File dialog name filters, one per format, plus "All supported". */
    static QStringList nameFilters();
};

} // namespace Byline
