// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/analysisresult.h"
#include "../model/offsetmap.h"

#include <QJsonObject>
#include <QString>

namespace Byline {

/**
 * One gold document of ../shared/corpus: NAME.txt + NAME.gold.json (offsets in code points).
 * map converts between the code points of gold and the UTF-16 spans of AnalysisResult.
 */
struct EvalDocument
{
    QString name;
    QString text;
    QJsonObject gold;
    OffsetMap map;
};

/** Precision/recall/F1 counts for one row of a report. */
struct PrfCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const { return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0.0; }
    double recall() const { return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

/**
 * Scores one task ("entities", "timex", "quotes") of `byline eval` over many documents.
 * addDocument() is called once per gold document that annotates the task (a key absent from the
 * gold JSON means the corpus does not annotate it: the scorer must skip such documents).
 */
class Scorer
{
public:
    virtual ~Scorer() = default;
    virtual QString task() const = 0;
    virtual void addDocument(const EvalDocument &document, const AnalysisResult &result) = 0;
    /** A plain-text table for the terminal (and the README). */
    virtual QString report() const = 0;
    /** The same figures as JSON, for --json. */
    virtual QJsonObject toJson() const = 0;
    /**
     * Every error behind the figures, per document (missed gold items, wrong predictions), for
     * `byline eval --errors`; empty when the scorer does not list them.
     */
    virtual QString errors() const { return QString(); }
};

} // namespace Byline
