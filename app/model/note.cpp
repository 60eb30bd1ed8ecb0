// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "note.h"

#include <QUuid>

namespace Byline {

QString Note::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Byline
