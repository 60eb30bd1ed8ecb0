// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "entity.h"
#include "span.h"

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
};
/** "retype-entity", "rename-entity", "merge-entities", "split-alias", "dismiss-entity", "add-entity",
 *  "change-speaker", "change-date-value". */
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
 */
struct Correction
{
    QString id; ///< UUID without braces
    CorrectionKind kind = CorrectionKind::RetypeEntity;
    QString entityName;  ///< canonical name of the entity it applies to, as it was when decided
    QString surface;     ///< the words it applies to (a mention, a quote, a time expression)
    Span span;           ///< where surface was; a hint, not a key
    bool everyOccurrence = false; ///< dismiss, add, split and date value: every place surface occurs
    EntityType type = EntityType::Other; ///< retype, add, split: the entity type
    QString newName;     ///< rename, add, split: the entity name; change-speaker: the speaker's name
    QString otherEntity; ///< merge: the name of the entity merged away
    QString value;       ///< change-date-value: TimeML value ("2021-11-15")
    QDateTime created;   ///< UTC

    /** The layers applying this correction may change (Document::Change bits). */
    int affectedLayers() const;

    QJsonObject toJson() const;
    /** nullopt when the object is not a correction this version understands. */
    static std::optional<Correction> fromJson(const QJsonObject &object);

    friend bool operator==(const Correction &a, const Correction &b) { return a.toJson() == b.toJson(); }
};

/**
 * The analysis as the person corrected it: result with corrections applied in order to text.
 * Pure and deterministic. Entities stay in order of first mention; ids of entities the analysis
 * found are kept, entities a person added get "u1", "u2", …
 */
AnalysisResult applyCorrections(const AnalysisResult &result, const QList<Correction> &corrections, const QString &text);

} // namespace Byline
