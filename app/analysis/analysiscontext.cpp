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
    const auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), pos, [](int p, const Token &t) { return p < t.span.end; });
    return int(it - tokens.cbegin());
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
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos, [](int p, Span s) { return p < s.end; });
    if (it == sentences.cend() || it->start > pos)
        return -1;
    return int(it - sentences.cbegin());
}

bool AnalysisContext::isBoilerplate(int pos) const
{
    const int b = article.blockAt(pos);
    if (b < 0)
        return false;
    const BlockRole role = article.blocks.at(b).role;
    return role == BlockRole::Boilerplate || role == BlockRole::Tags;
}

} // namespace Byline
