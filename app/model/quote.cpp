// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quote.h"

namespace Byline {

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Indirect: return QStringLiteral("indirect");
    case QuoteKind::Partial: return QStringLiteral("partial");
    case QuoteKind::Direct: break;
    }
    return QStringLiteral("direct");
}

} // namespace Byline
