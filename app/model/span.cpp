// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "span.h"

#include <QDebug>

namespace Byline {

QDebug operator<<(QDebug dbg, Span span)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Span[" << span.start << ", " << span.end << ')';
    return dbg;
}

} // namespace Byline
