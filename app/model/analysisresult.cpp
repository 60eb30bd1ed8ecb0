// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisresult.h"

namespace Byline {

const Entity *AnalysisResult::entity(const QString &id) const
{
    for (const Entity &e : entities)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Source *AnalysisResult::source(const QString &id) const
{
    for (const Source &s : sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace Byline
