// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontext.h"

#include <algorithm>

namespace Byline {

AnalysisContext::AnalysisContext(const Article &a, const Resources &r)
    : article(a)
    , text(a.text)
    , resources(r)
    , dct(a.meta.published)
{
}

int AnalysisContext::tokenAt(int pos) const
{
    return m_tokenIndex.firstEndingAfter(tokens, pos, [](const Token &t) { return t.span.end; });
}

int AnalysisContext::tokenAt(int pos, int &cursor) const
{
    const int n = int(tokens.size());
    if (cursor < 0 || cursor > n || (cursor > 0 && tokens.at(cursor - 1).span.end > pos))
        return cursor = tokenAt(pos);
    while (cursor < n && tokens.at(cursor).span.end <= pos)
        ++cursor;
    return cursor;
}

int AnalysisContext::sentenceAt(int pos) const
{
    const int i = m_sentenceIndex.firstEndingAfter(sentences, pos, [](Span s) { return s.end; });
    return i < sentences.size() && sentences.at(i).start <= pos ? i : -1;
}

int AnalysisContext::blockAt(int pos) const
{
    const QList<Block> &blocks = article.blocks;
    const int i = m_blockIndex.firstEndingAfter(blocks, pos, [](const Block &b) { return b.range.end; });
    if (i < blocks.size() && blocks.at(i).range.start <= pos)
        return i;
    // An empty block "contains" its own position (Article::blockAt); it ends there, so the
    // search passed it.
    if (i > 0 && blocks.at(i - 1).range.isEmpty() && blocks.at(i - 1).range.start == pos)
        return i - 1;
    return -1;
}

bool AnalysisContext::isBoilerplate(int pos) const
{
    const int b = blockAt(pos);
    if (b < 0)
        return false;
    const BlockRole role = article.blocks.at(b).role;
    return role == BlockRole::Boilerplate || role == BlockRole::Tags;
}

} // namespace Byline
