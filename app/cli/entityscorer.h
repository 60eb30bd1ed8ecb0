// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

#include <QMap>

namespace Byline {

/**
 * Scores entity recognition against the gold "entities" of ../shared/corpus.
 *
 * Only Name mentions are scored (nominal and adjectival mentions are not names). Byline's
 * types map to the gold ones, outlet → organization (the corpora have no outlet type).
 * Two ways, each per type and micro-averaged:
 * - overlap (the corpus README's rule): a predicted mention is a true positive when it
 *   overlaps a not yet matched top-level gold entity (nested:false) of the same type;
 *   each gold entity is matched at most once.
 * - exact: the predicted span equals a top-level gold entity's core span (core_start/core_end,
 *   the name without determiners) and the types agree.
 * A prediction that matches nothing is a false positive, except when it overlaps (exact: equals)
 * a gold entity of its type that is nested or already matched, or overlaps a gold entity typed
 * "unknown": such predictions count neither way, and "unknown" gold entities are not scored
 * (the annotators could not decide, so neither answer is wrong). Unmatched top-level gold
 * entities are false negatives.
 *
 * Outlets are also counted on their own ("outlet", inside "organization" and not again in
 * "micro"): the gold has no outlet type, so only their precision is known — in exact mode, how
 * many predicted outlets have exactly the gold organisation's span.
 *
 * Documents are grouped by corpus: the part of EvalDocument::name before its last '/'
 * ("meantime/112579_Dow…" → "meantime"); report() prints each corpus and the total.
 */
class EntityScorer : public Scorer
{
public:
    QString task() const override { return QStringLiteral("entities"); }
    void addDocument(const EvalDocument &document, const AnalysisResult &result) override;
    QString report() const override;
    QJsonObject toJson() const override;

    /** Counts by corpus ("" = total), mode ("overlap", "exact") and gold type ("micro" = all types). */
    PrfCounts counts(const QString &corpus, const QString &mode, const QString &type) const;

private:
    void add(const QString &corpus, const QString &mode, const QString &type, int tp, int fp, int fn);

    QMap<QString, QMap<QString, QMap<QString, PrfCounts>>> m_counts; ///< corpus → mode → type
};

} // namespace Byline
