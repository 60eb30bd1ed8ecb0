// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline {

enum class SourceKind { Outlet, Agency, Official, Document, Anonymous };
QString sourceKindName(SourceKind kind);

/** One place the article cites a source. */
struct Citation
{
    Span span;        ///< the words naming the source ("the BBC", "Reports")
    Span cue;         ///< "according to", "via", "told", "Photo credit"; invalid when none
    QString cueText;  ///< normalized cue ("according to")
    QStringList claims; ///< ids of the quotes resting on this citation
};

/** Who or what the article relies on, with each place it says so. */
struct Source
{
    QString id; ///< "s1", "s2", … in order of first citation
    QString name;
    SourceKind kind = SourceKind::Outlet;
    QString entityId; ///< the entity this source is, empty for anonymous or unnamed sources
    QList<Citation> citations;
};

} // namespace Byline
