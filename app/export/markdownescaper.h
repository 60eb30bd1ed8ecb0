// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Byline {

/**
 * Makes arbitrary article text safe to paste into GitHub-flavoured Markdown (GFM) and the
 * YAML front matter above it, so that quotes, names and table cells can never break the
 * structure of an export, whatever characters the article contains.
 *
 * Stateless; every function is pure and thread-safe.
 */
class MarkdownEscaper
{
public:
    /**
     * Text that renders literally inside a paragraph, heading, list item, block quote line or
     * table cell: backslash-escapes \ ` * _ [ ] < > | ~ # & @ (GFM table cells accept \|; '!' needs no escape since '[' has one)
     * and the ':' of "://" and the '.' of "www." so that URLs and e-mail addresses are not autolinked,
     * escapes a leading - + = or "1." / "1)" that would start a block, and turns every line
     * break (\n, \r, U+2028, U+2029) and tab into a single space. Leading and trailing
     * whitespace is trimmed: Markdown would drop or misread it.
     */
    static QString inlineText(const QString &text);

    /**
     * A YAML double-quoted scalar ("…" with \\, \" and control characters escaped), or the
     * plain scalar null for an empty string.
     */
    static QString yamlScalar(const QString &text);

    /**
     * Percent-encodes text for a URL query value: everything outside RFC 3986's unreserved
     * set is encoded, except '/' (kept for readable paths). The result contains no space,
     * parenthesis, angle bracket or backslash, so it is safe as a Markdown link destination.
     */
    static QString urlQueryValue(const QString &text);
};

} // namespace Byline
