// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity.h"

#include <algorithm>

namespace Byline {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Organization: return QStringLiteral("organization");
    case EntityType::Location: return QStringLiteral("location");
    case EntityType::Outlet: return QStringLiteral("outlet");
    case EntityType::Other: break;
    }
    return QStringLiteral("other");
}

bool entityTypeFromName(const QString &name, EntityType *type)
{
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Outlet, EntityType::Other}) {
        if (entityTypeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString mentionKindName(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Nominal: return QStringLiteral("nominal");
    case MentionKind::Adjectival: return QStringLiteral("adjectival");
    case MentionKind::Pronoun: return QStringLiteral("pronoun");
    case MentionKind::Name: break;
    }
    return QStringLiteral("name");
}

int Entity::nameMentionCount() const
{
    return int(std::count_if(mentions.cbegin(), mentions.cend(), [](const Mention &m) { return m.kind == MentionKind::Name; }));
}

} // namespace Byline
