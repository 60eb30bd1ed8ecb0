// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "block.h"

#include <array>

namespace Byline {

namespace {
struct RoleName {
    BlockRole role;
    const char *name;
};
constexpr std::array<RoleName, 12> kRoles{{
    {BlockRole::Title, "title"},
    {BlockRole::Subtitle, "subtitle"},
    {BlockRole::Byline, "byline"},
    {BlockRole::Dateline, "dateline"},
    {BlockRole::Caption, "caption"},
    {BlockRole::Credit, "credit"},
    {BlockRole::Heading, "heading"},
    {BlockRole::Paragraph, "paragraph"},
    {BlockRole::BlockQuote, "blockquote"},
    {BlockRole::ListItem, "listitem"},
    {BlockRole::Tags, "tags"},
    {BlockRole::Boilerplate, "boilerplate"},
}};
} // namespace

QString blockRoleName(BlockRole role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.name);
    return QStringLiteral("paragraph");
}

bool blockRoleFromName(const QString &name, BlockRole *role)
{
    for (const auto &r : kRoles) {
        if (name == QLatin1String(r.name)) {
            *role = r.role;
            return true;
        }
    }
    return false;
}

} // namespace Byline
