// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeexpression.h"

namespace Byline {

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Time: return QStringLiteral("TIME");
    case TimexType::Duration: return QStringLiteral("DURATION");
    case TimexType::Set: return QStringLiteral("SET");
    case TimexType::Date: break;
    }
    return QStringLiteral("DATE");
}

QString timexResolutionName(TimexResolution resolution)
{
    switch (resolution) {
    case TimexResolution::PublicationDate: return QStringLiteral("publication-date");
    case TimexResolution::PreviousDate: return QStringLiteral("previous-date");
    case TimexResolution::Unresolved: return QStringLiteral("unresolved");
    case TimexResolution::Absolute: break;
    }
    return QStringLiteral("absolute");
}

} // namespace Byline
