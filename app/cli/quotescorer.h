// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

namespace Byline {

/**
 * Scores quotes, speakers and attributions for `byline eval` against the gold format of
 * ../shared/corpus (documents with a "quotes" and/or "attributions" key; others are skipped).
 *
 *  - Quotes: the predicted quoted words (kinds Direct and Partial) against gold "quotes", by overlap.
 *    A gold quote is found when any predicted quote overlaps it (recall); a predicted quote is right
 *    when it overlaps any gold quote (precision). One predicted quote may cover a gold quote that the
 *    corpus splits by sentence, so the two sides are counted apart.
 *  - Speaker accuracy: over found gold quotes that name a speaker, the share whose most overlapping
 *    predicted quote has a speaker that matches: its span overlaps the gold speaker span, or its
 *    mention text or entity name and the gold speaker or speaker_entity text contain one another as
 *    whole words or end in the same word (a surname).
 *  - Attributions: gold attributions with a source and a content. One is found when a predicted quote
 *    of any kind overlaps its content and has a speaker matching its source or source_entity (as
 *    above); a predicted quote with a speaker is right when it finds some gold attribution. Predictions
 *    count only in documents with such a gold attribution or none at all: attributions that all lack
 *    a content (MEANTIME marks sources and cues only) can neither confirm nor refute a prediction.
 * errors() lists, per document, every missed gold quote and attribution (FN), every predicted quote
 * or attribution that is wrong (FP) and every found quote whose speaker is wrong (SPEAKER), each with
 * its code-point span, text, kind, rule and speaker, for tuning.
 * Not thread-safe; one instance per eval run.
 */
class QuoteScorer : public Scorer
{
public:
    QString task() const override { return QStringLiteral("quotes"); }
    void addDocument(const EvalDocument &document, const AnalysisResult &result) override;
    QString report() const override;
    QJsonObject toJson() const override;
    QString errors() const override { return m_errors; }

    struct Counts
    {
        int gold = 0;
        int goldFound = 0;
        int predicted = 0;
        int predictedRight = 0;

        double precision() const { return predicted ? double(predictedRight) / predicted : 0.0; }
        double recall() const { return gold ? double(goldFound) / gold : 0.0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    };
    const Counts &quotes() const { return m_quotes; }
    const Counts &attributions() const { return m_attributions; }
    int speakersScored() const { return m_speakersScored; }
    int speakersRight() const { return m_speakersRight; }
    double speakerAccuracy() const { return m_speakersScored ? double(m_speakersRight) / m_speakersScored : 0.0; }
    int documents() const { return m_documents; }

private:
    Counts m_quotes;
    Counts m_attributions;
    int m_speakersScored = 0;
    int m_speakersRight = 0;
    int m_documents = 0;
    QString m_errors;
};

} // namespace Byline
