// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <algorithm>

namespace Byline {

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::Metadata: return QStringLiteral("metadata");
    case DateSource::Dateline: return QStringLiteral("dateline");
    case DateSource::User: return QStringLiteral("user");
    case DateSource::None: break;
    }
    return QStringLiteral("none");
}

int Article::blockAt(int pos) const
{
    auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), pos,
                               [](int p, const Block &b) { return p < b.range.start; });
    if (it == blocks.cbegin())
        return -1;
    --it;
    return (pos < it->range.end || (it->range.isEmpty() && pos == it->range.start)) ? int(it - blocks.cbegin()) : -1;
}

void Article::appendBlock(const QString &blockText, BlockRole role, int level)
{
    if (!text.isEmpty() || !blocks.isEmpty())
        text += QLatin1Char('\n');
    const int start = int(text.size());
    text += blockText;
    blocks.append(Block{Span(start, int(text.size())), role, level});
}

} // namespace Byline
