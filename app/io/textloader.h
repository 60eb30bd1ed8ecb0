// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleloader.h"
#include "draftblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Byline {

/**
 * Loads a plain-text article.
 *
 * Bytes are decoded by TextDecoder (BOM, UTF-8, uchardet + ICU) and CRLF/CR become LF. Blocks are
 * the blank-line-separated paragraphs; inside a paragraph, lines are joined by one space (hard
 * wrapping) unless they look like separate blocks: when every line is short (under 50
 * characters: a tag list, an address) each line is a block, and otherwise a line shorter than
 * 60% of the paragraph's longest line ends its block (a slug line above a caption, a heading
 * typed without a blank line). Whitespace runs inside a line collapse to one space. Roles then
 * come from BlockClassifier (title, caption/slug, credit, byline, dateline, headings, tags,
 * boilerplate). The metadata title is the Title block; the byline gives the authors.
 *
 * Stateless and thread-safe; linear in the size of the text.
 */
class TextLoader
{
public:
    /** fileName is used in error messages only. */
    static LoadResult load(const QByteArray &bytes, const QString &fileName);
    /** The article for already decoded text. */
    static Article fromText(const QString &text);
    /** The layout step alone: paragraphs and lines to unclassified blocks. */
    static QList<DraftBlock> splitBlocks(const QString &text);
};

} // namespace Byline
