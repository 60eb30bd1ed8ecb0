// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisresult.h"

namespace Byline {

namespace {

template<typename T>
const T *byId(const QList<T> &items, const QString &id)
{
    for (const T &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

const Entity *AnalysisResult::entity(const QString &id) const
{
    return byId(entities, id);
}

const Source *AnalysisResult::source(const QString &id) const
{
    return byId(sources, id);
}

const Quote *AnalysisResult::quote(const QString &id) const
{
    return byId(quotes, id);
}

const TimeExpression *AnalysisResult::timeExpression(const QString &id) const
{
    return byId(timeline, id);
}

} // namespace Byline
