// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/article.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace Byline {

/** Settings every loader honours. */
struct LoadOptions
{
    qint64 maxBytes = 50 * 1024 * 1024; ///< files larger than this are refused
    /**
     * The day a dateline without a year ("WASHINGTON, March 3 (Reuters) -") is placed before:
     * its year is the latest one that puts the date on or before this day. Invalid (the
     * default) means the file's last-modified date.
     */
    QDate referenceDate;
};

/** An article, or the reason there is none (a sentence a person can act on). */
struct LoadResult
{
    std::optional<Article> article;
    QString error;
    QString encoding; ///< character encoding the text was decoded from ("UTF-8", "windows-1252"…); empty for PDF

    bool ok() const { return article.has_value(); }
};

/**
 * Loads an article file of any supported format (plain text, Markdown, HTML, PDF), chosen by
 * content first (the %PDF- magic, an <html> or <!doctype html> start, Markdown front matter),
 * then by extension (.md/.markdown, .html/.htm/.xhtml, .pdf), else plain text. Sets
 * Article::meta.path and the publication date: the format's metadata first, else a dateline in
 * the first blocks (DatelineDetector), else none, with meta.publishedFrom saying which.
 *
 * Errors (missing, unreadable, a folder, empty, over LoadOptions::maxBytes, binary, broken or
 * protected PDF) come back as translated sentences naming the file. Never modifies the file.
 * Stateless and thread-safe.
 */
class ArticleLoader
{
public:
    enum class Format { Text, Markdown, Html, Pdf };

    static LoadResult load(const QString &path, const LoadOptions &options = LoadOptions());
    /** The loader load() would use for a file starting with head and named path. */
    static Format detectFormat(const QByteArray &head, const QString &path);
    /** File dialog name filters, one per format, plus "All supported". */
    static QStringList nameFilters();

    /** The shared error sentences, so every loader words them alike. */
    static QString notTextError(const QString &fileName);
    static QString emptyError(const QString &fileName);
};

} // namespace Byline
