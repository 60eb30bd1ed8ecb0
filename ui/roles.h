// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Byline {

/**
 * Custom item data roles of every panel model (STYLE.md: one header, from Qt::UserRole).
 * Widgets should prefer the models' typed accessors (entityAt(), spanAt(), …); these roles
 * exist for proxies (filtering, sorting) and for delegates.
 */
enum PanelRole {
    NodeKindRole = Qt::UserRole + 1, ///< int NodeKind: what the row is (group, entity, mention, …)
    SpanStartRole, ///< int: start of the row's span in Article::text (UTF-16), -1 for groups
    SpanEndRole, ///< int: end of the row's span (exclusive)
    IdRole, ///< QString: entity/quote/source/time expression id
    EntityIdRole, ///< QString: the entity the row belongs to or is attributed to
    CountRole, ///< int: mentions of an entity, citations of a source, children of a group
    SortRole, ///< QVariant: key the proxies sort by
    FilterRole, ///< QString: text the proxies filter on
};

/** What a row of a panel model stands for. */
enum class NodeKind { Group, Entity, Mention, Quote, Source, Citation, TimeExpression };

} // namespace Byline
