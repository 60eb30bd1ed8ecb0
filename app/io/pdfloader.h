// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleloader.h"

namespace Byline {

class PdfLoader
{
public:
    static LoadResult load(const QByteArray &bytes, const QString &fileName);
};

} // namespace Byline
