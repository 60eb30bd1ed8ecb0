// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlloader.h"

namespace Byline {

LoadResult HtmlLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    r.error = QStringLiteral("not implemented yet");
    return r;
}

} // namespace Byline
