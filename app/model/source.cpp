// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "source.h"

namespace Byline {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Agency: return QStringLiteral("agency");
    case SourceKind::Official: return QStringLiteral("official");
    case SourceKind::Document: return QStringLiteral("document");
    case SourceKind::Anonymous: return QStringLiteral("anonymous");
    case SourceKind::Outlet: break;
    }
    return QStringLiteral("outlet");
}

} // namespace Byline
