// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QString>

namespace Byline {

/** The part a block of the article plays; drives typography and analysis (boilerplate is skipped). */
enum class BlockRole {
    Title,
    Subtitle,
    Byline,
    Dateline,
    Caption,
    Credit,
    Heading,
    Paragraph,
    BlockQuote,
    ListItem,
    Tags,
    Boilerplate,
};

/** A block of Article::text: one paragraph, heading, caption…; range excludes the joining newline. */
struct Block
{
    Span range;
    BlockRole role = BlockRole::Paragraph;
    /** Heading level for BlockRole::Heading (1–6), 0 otherwise. */
    int level = 0;

    friend bool operator==(const Block &a, const Block &b) { return a.range == b.range && a.role == b.role && a.level == b.level; }
};

/** Stable lower-case name used in JSON and golden files ("title", "paragraph", …). */
QString blockRoleName(BlockRole role);
/** Inverse of blockRoleName(); returns false for an unknown name. */
bool blockRoleFromName(const QString &name, BlockRole *role);

} // namespace Byline
