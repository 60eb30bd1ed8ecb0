// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/article.h"
#include "../model/block.h"

#include <QList>

#include <QString>

namespace Byline {

/**
 * A block while a loader is still building the article: its text (one line, no '\n') and role.
 * fixed marks a role the source format states (an HTML <h2>, a Markdown list item), which the
 * BlockClassifier's text heuristics leave alone.
 */
struct DraftBlock
{
    QString text;
    BlockRole role = BlockRole::Paragraph;
    int level = 0;
    bool fixed = false;
};

/** The article holding the non-empty drafts in order, joined as Article::appendBlock() does. */
inline Article articleFromDrafts(const QList<DraftBlock> &drafts)
{
    Article article;
    for (const DraftBlock &d : drafts)
        if (!d.text.isEmpty())
            article.appendBlock(d.text, d.role, d.role == BlockRole::Heading ? d.level : 0);
    return article;
}

} // namespace Byline
