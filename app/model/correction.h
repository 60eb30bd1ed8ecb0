// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "entity.h"
#include "quote.h"
#include "source.h"
#include "span.h"
#include "timeexpression.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Byline {

/** What a person decided about the analysis. */
enum class CorrectionKind {
    RetypeEntity,     ///< entityName gets type
    RenameEntity,     ///< entityName is renamed to newName (the old name becomes an alias)
    MergeEntities,    ///< otherEntity is merged into entityName
    SplitAlias,       ///< mentions reading surface leave entityName and form a new entity newName of type
    DismissEntity,    ///< the mention at span (or, everyOccurrence, the whole entity) is not an entity
    AddEntity,        ///< surface at span (or every occurrence of it) is an entity newName of type
    ChangeSpeaker,    ///< the quote reading surface is by newName (empty newName: no speaker)
    ChangeDateValue,  ///< the time expression reading surface (every occurrence) has TimeML value
    AddQuote,         ///< surface at span is a quote of quoteKind by newName (empty: no speaker)
    AddSource,        ///< surface at span (or every occurrence) cites the source newName of sourceKind
    AddTimeExpression,    ///< surface at span (or every occurrence) is a time expression of timexType with TimeML value
    DismissQuote,         ///< the quote reading surface at span is not a quote
    DismissSource,        ///< the citation at span is not one; everyOccurrence: the source entityName is none
    DismissTimeExpression, ///< the time expression reading surface at span (every occurrence) is not one
};
/** "retype-entity", "rename-entity", "merge-entities", "split-alias", "dismiss-entity", "add-entity",
 *  "change-speaker", "change-date-value", "add-quote", "add-source", "add-time-expression",
 *  "dismiss-quote", "dismiss-source", "dismiss-time-expression". */
QString correctionKindName(CorrectionKind kind);
bool correctionKindFromName(const QString &name, CorrectionKind *kind);

/**
 * One of a person's corrections to the automatic analysis, stored as a decision about the
 * text rather than about analysis ids, so it can be applied again to any later analysis of
 * the same (or a slightly changed) article: entities are found by canonical name, mentions,
 * quotes and time expressions by their text (surface) nearest to where they were (span,
 * UTF-16 units of the text the decision was made on).
 *
 * Corrections apply in the order they were made: a rename followed by a retype finds the
 * entity by its new name. A correction whose target no longer exists changes nothing.
 * What a person marks (an entity, quote, source citation or time expression) wins over the
 * automatic items it overlaps in the same layer, which are dropped.
 */
struct Correction
{
    QString id; ///< UUID without braces
    CorrectionKind kind = CorrectionKind::RetypeEntity;
    QString entityName;  ///< canonical name of the entity it applies to, as it was when decided; dismiss-source: the source name
    QString surface;     ///< the words it applies to (a mention, a quote, a time expression)
    Span span;           ///< where surface was; a hint, not a key
    bool everyOccurrence = false; ///< dismiss, add, split, date value, add source/time: every place surface occurs
    EntityType type = EntityType::Other; ///< retype, add, split: the entity type
    QString newName;     ///< rename, add, split: the entity name; change-speaker, add-quote: the speaker's name; add-source: the source name
    QString otherEntity; ///< merge: the name of the entity merged away
    QString value;       ///< change-date-value, add-time-expression: TimeML value ("2021-11-15")
    QuoteKind quoteKind = QuoteKind::Direct;    ///< add-quote
    SourceKind sourceKind = SourceKind::Outlet; ///< add-source
    TimexType timexType = TimexType::Date;      ///< add-time-expression
    QDateTime created;   ///< UTC

    /** The layers applying this correction may change (Document::Change bits). */
    int affectedLayers() const;

    /** The kind-specific keys quoteKind, sourceKind and timexType appear only for the kinds that use them. */
    QJsonObject toJson() const;
    /** nullopt when the object is not a correction this version understands. */
    static std::optional<Correction> fromJson(const QJsonObject &object);

    friend bool operator==(const Correction &a, const Correction &b) { return a.toJson() == b.toJson(); }
};

/**
 * The analysis as the person corrected it: result with corrections applied in order to text.
 * Pure and deterministic. Entities stay in order of first mention, quotes in text order, sources
 * in order of first citation, the timeline in timeline order (TimexOrder); ids the analysis gave
 * are kept, items a person added get "u1", "u2", … (entities), "uq1", … (quotes), "us1", …
 * (sources), "ut1", … (time expressions).
 */
AnalysisResult applyCorrections(const AnalysisResult &result, const QList<Correction> &corrections, const QString &text);

} // namespace Byline
