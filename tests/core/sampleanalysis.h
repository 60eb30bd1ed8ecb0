// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysisresult.h"
#include "model/article.h"

namespace Byline {
namespace Test {

/** The sample article resources/samples/xi-urges-us-cooperation.txt as ArticleLoader loads it. */
Article sampleArticle();

/**
 * A hand-made analysis of the sample article, built by finding each name in the text
 * (whole words; a shorter name inside a longer one of the same entity is not counted twice):
 * the entities, quotes and time expressions a good analysis finds, plus deliberate mistakes
 * for the corrections to fix (MSN as an organisation, "Biden" apart from "Joe Biden",
 * "Chinese" folded into China).
 */
AnalysisResult sampleAnalysis(const QString &text);

} // namespace Test
} // namespace Byline
