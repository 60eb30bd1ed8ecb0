// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline {

enum class EntityType { Person, Organization, Location, Outlet, Other };
/** "person", "organization", "location", "outlet", "other". */
QString entityTypeName(EntityType type);
bool entityTypeFromName(const QString &name, EntityType *type);

/**
 * How a mention refers to its entity. Name mentions are what recognition scores and
 * what the article view highlights by default; nominal ("the Chinese president") and
 * adjectival ("Chinese") mentions are linked to the entity but counted apart.
 */
enum class MentionKind { Name, Nominal, Adjectival, Pronoun };
QString mentionKindName(MentionKind kind);

/** One place the article names an entity. rule names the list or pattern that found it ("why"). */
struct Mention
{
    Span span;
    MentionKind kind = MentionKind::Name;
    QString rule;

    friend bool operator==(const Mention &a, const Mention &b) { return a.span == b.span && a.kind == b.kind && a.rule == b.rule; }
};

/** One referent: a person, organisation, place, outlet… with every mention of it, in text order. */
struct Entity
{
    QString id; ///< stable within one analysis: "e1", "e2", … in order of first mention
    EntityType type = EntityType::Other;
    QString name; ///< canonical (fullest) name
    QStringList aliases; ///< other surface forms, without name itself
    QList<Mention> mentions;

    /** Mentions of kind Name only. */
    int nameMentionCount() const;
};

} // namespace Byline
