// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Byline {

struct Article;

/**
 * "byline eval GOLD_DIR [--json] [--errors]": scores the analysis against a gold corpus in the format of
 * ../shared/corpus (NAME.txt + NAME.gold.json, offsets in code points).
 *
 * Finds every NAME.gold.json under GOLD_DIR (sub-folders are corpora; EvalDocument::name is
 * "corpus/NAME", or "NAME" at the top level), loads NAME.txt with ArticleLoader, sets the gold
 * "dct" as the published date (DateSource::User), analyses all documents in parallel with one
 * Pipeline::createDefault() and feeds every scorer in text order of the file names. The loader
 * trims and rejoins paragraphs, so result spans are mapped back onto the file's text before
 * scoring: scorers see spans in UTF-16 units of EvalDocument::text. Prints each scorer's
 * report (or one JSON object with --json) to stdout, with --errors each scorer's errors() after the
 * reports; failures go to stderr with exit code 1 (unreadable corpus) or 2 (usage).
 */
class EvalCommand
{
public:
    /** args[0] is the program name. Returns the exit code. */
    int run(const QStringList &args);

    /** The scorers of every task, in report order; add a scorer here (one line each). */
    static std::vector<std::unique_ptr<Scorer>> createScorers();
    /** Maps the spans of result (into article.text) onto fileText, which article was loaded from. */
    static void mapSpans(AnalysisResult &result, const Article &article, const QString &fileText);
};

} // namespace Byline
