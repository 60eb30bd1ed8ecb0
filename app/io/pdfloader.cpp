// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfloader.h"

namespace Byline {

LoadResult PdfLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    r.error = QStringLiteral("not implemented yet");
    return r;
}

} // namespace Byline
