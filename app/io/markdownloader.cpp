// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownloader.h"

namespace Byline {

LoadResult MarkdownLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    r.error = QStringLiteral("not implemented yet");
    return r;
}

} // namespace Byline
