// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysiscontext.h"
#include "analysis/entitymerger.h"
#include "analysis/entityrecognizer.h"
#include "analysis/gazetteer.h"
#include "analysis/gazetteerannotator.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"

#include <memory>

// Shared by the entity tests: the fixed word lists of tests/fixtures/entity-data, so the rules are
// tested apart from the real gazetteers (which the golden test exercises).
namespace EntityTest {

inline const Byline::Resources &resources()
{
    static const Byline::Resources r(QStringLiteral(BYLINE_FIXTURES "/entity-data"));
    return r;
}

inline std::shared_ptr<const Byline::Gazetteer> gazetteer()
{
    static const auto g = std::make_shared<const Byline::Gazetteer>(resources());
    return g;
}

/** Runs segmentation, gazetteer lookup, recognition and (when merge) merging over one paragraph. */
inline void analyse(Byline::AnalysisContext &ctx, bool merge)
{
    Byline::Segmenter(resources()).annotate(ctx);
    Byline::GazetteerAnnotator(gazetteer()).annotate(ctx);
    Byline::EntityRecognizer(gazetteer()).annotate(ctx);
    if (merge)
        Byline::EntityMerger().annotate(ctx);
}

} // namespace EntityTest
