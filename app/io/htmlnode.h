// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

struct _xmlNode;

namespace Byline {

/**
 * Small read-only helpers over libxml2 HTML nodes, so the HTML loader's code speaks Qt types.
 * Tag and attribute names are the lower-case ones libxml2's HTML parser produces.
 */
class HtmlNode
{
public:
    /** Lower-case tag name of an element node; empty for text, comments and the rest. */
    static QByteArray tag(_xmlNode *node);
    static QString attr(_xmlNode *node, const char *name);
    static bool hasAttr(_xmlNode *node, const char *name);
    /** All text below node, as libxml2's xmlNodeGetContent(). */
    static QString text(_xmlNode *node);
    /** Depth-first pre-order over the elements below and including node; visit returns false to skip the children. */
    static void walk(_xmlNode *node, const std::function<bool(_xmlNode *)> &visit);
};

} // namespace Byline
