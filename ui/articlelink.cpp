// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelink.h"

#include <QUrl>
#include <QUrlQuery>

namespace Byline {

bool ArticleLink::parse(const QUrl &url, ArticleLink *link)
{
    if (url.scheme() != QLatin1String("byline") || url.host() != QLatin1String("open"))
        return false;
    const QUrlQuery query(url);
    ArticleLink result;
    result.path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return false;
        result.offset = offset;
    }
    *link = result;
    return true;
}

bool ArticleLink::isArticleLink(const QString &text)
{
    return text.startsWith(QLatin1String("byline:"), Qt::CaseInsensitive);
}

} // namespace Byline
