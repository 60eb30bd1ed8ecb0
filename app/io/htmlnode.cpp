// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlnode.h"

#include <libxml/tree.h>

#include <QList>

namespace Byline {

QByteArray HtmlNode::tag(xmlNode *node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
}

QString HtmlNode::attr(xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return QString();
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return QString();
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return s;
}

bool HtmlNode::hasAttr(xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlHasProp(node, reinterpret_cast<const xmlChar *>(name));
}

QString HtmlNode::text(xmlNode *node)
{
    if (!node)
        return QString();
    xmlChar *content = xmlNodeGetContent(node);
    if (!content)
        return QString();
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(content));
    xmlFree(content);
    return s;
}

void HtmlNode::walk(xmlNode *node, const std::function<bool(xmlNode *)> &visit)
{
    // Iterative, so deeply nested pages (tag soup thousands of levels deep) cannot overflow the stack.
    QList<xmlNode *> stack;
    if (node)
        stack.append(node);
    while (!stack.isEmpty()) {
        xmlNode *n = stack.takeLast();
        if (n->type != XML_ELEMENT_NODE || !visit(n))
            continue;
        QList<xmlNode *> children;
        for (xmlNode *c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                children.append(c);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
}

} // namespace Byline
