// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "note.h"

#include <QUuid>

namespace Byline {

QString Note::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Note::setQuote(const QString &text, Span at, int context)
{
    if (!at.isValid() || at.end > text.size()) {
        span = Span();
        return;
    }
    span = at;
    exact = text.mid(at.start, at.length());
    const int before = qMax(0, at.start - context);
    prefix = text.mid(before, at.start - before);
    suffix = text.mid(at.end, context);
}

} // namespace Byline
