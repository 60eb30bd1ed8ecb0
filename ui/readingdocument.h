// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace Byline {

struct Article;
class ThemeAdapter;

/**
 * Lays an Article out as a QTextDocument with reading typography: the title large, subtitle
 * and headings set apart, captions, credits and bylines small and muted, tags and
 * boilerplate dimmed, paragraphs with a generous line height.
 *
 * Position contract: document position p is Article::text offset p, for every p. Each
 * Article block becomes one QTextBlock (the joining '\n' is the block separator); a '\n'
 * inside a block becomes U+2028 (a line break of the same length). Every QTextBlock's
 * userState() is its int(BlockRole), or -1 for text outside any block.
 *
 * Sizes are relative (QTextFormat::FontSizeAdjustment), so zooming the document's default
 * font zooms everything. GUI thread; linear in the text length (append(): in the part added).
 */
class ReadingDocument
{
public:
    /** Builds the whole article into doc, which must be empty. */
    static void build(QTextDocument *doc, const Article &article, const ThemeAdapter &theme);
    /**
     * Appends the next part of the article to doc, which holds its first shown characters
     * (built by build() or append(); 0 for an empty doc): up to the end of the block that
     * reaches shown + chars, or to shown + chars itself inside a block longer than that.
     * Styled as build() does, in one edit step, so a layout attached to doc lays the new part
     * out once. Returns how many characters of the article doc holds now.
     */
    static int append(QTextDocument *doc, const Article &article, const ThemeAdapter &theme, int shown, int chars);
    /** Re-applies colours (muted captions, dimmed boilerplate) after a theme change. */
    static void restyle(QTextDocument *doc, const ThemeAdapter &theme);
};

} // namespace Byline
