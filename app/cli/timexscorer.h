// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

#include <QStringList>

namespace Byline {

/**
 * TempEval-3 scores for time expressions ("timex" task of `byline eval`).
 *
 * Span: strict (identical offsets) and relaxed (overlap) precision, recall and F1, every
 * expression matched at most once (gold in text order, each to the unmatched system
 * expression overlapping it most). Attributes on relaxed matches: type accuracy (correct
 * type / relaxed matches) and type F1, value F1 (TempEval-3's headline figure: relaxed match
 * with the exact normalized value, over all system and all gold expressions).
 *
 * Reads gold "timex" [{start, end, text, type, value}] in code points; documents without a
 * "timex" key are skipped. The caller runs the pipeline with the gold "dct" as publication
 * date (Article::meta.published). Not thread-safe; add documents from one thread.
 */
class TimexScorer : public Scorer
{
public:
    QString task() const override { return QStringLiteral("timex"); }
    void addDocument(const EvalDocument &document, const AnalysisResult &result) override;
    QString report() const override;
    QJsonObject toJson() const override;

    PrfCounts strict() const { return m_strict; }
    PrfCounts relaxed() const { return m_relaxed; }
    PrfCounts type() const { return m_type; }
    PrfCounts value() const { return m_value; }
    /** Correct types among relaxed matches; 0 when nothing matched. */
    double typeAccuracy() const;
    int documents() const { return m_documents; }
    /** One line per miss, false alarm or wrong attribute ("doc: MISS 'text' DATE 2008-09-04"), for tuning. */
    QStringList mistakes() const { return m_mistakes; }

private:
    PrfCounts m_strict, m_relaxed, m_type, m_value;
    int m_documents = 0;
    QStringList m_mistakes;
};

} // namespace Byline
