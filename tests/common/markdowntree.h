// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cmark-gfm.h>
#include <cmark-gfm/cmark-gfm-extension_api.h>

// From cmark-gfm-core-extensions.h, which Debian 12 does not ship.
extern "C" void cmark_gfm_core_extensions_ensure_registered(void);

/**
 * A GitHub-flavoured Markdown document parsed by cmark-gfm (the reference GFM parser, with the
 * table, strikethrough and autolink extensions), copied into a Qt tree for tests to inspect:
 * exports are checked by their structure, never grepped.
 *
 * type is cmark's type string: "document", "heading", "paragraph", "block_quote", "list",
 * "item", "table", "table_header" (the header row), "table_row", "table_cell", "link", "text",
 * "code", "emph", "strong", "softbreak", "html_inline", "html_block", "thematic_break", …
 */
struct MarkdownTree
{
    QString type;
    QString literal; ///< text, code, html
    QString url;     ///< link
    int level = 0;   ///< heading
    QList<MarkdownTree> children;

    static MarkdownTree parse(const QString &markdown)
    {
        cmark_gfm_core_extensions_ensure_registered();
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        for (const char *name : {"table", "strikethrough", "autolink"})
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
        const QByteArray utf8 = markdown.toUtf8();
        cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
        cmark_node *root = cmark_parser_finish(parser);
        MarkdownTree tree = copy(root);
        cmark_node_free(root);
        cmark_parser_free(parser);
        return tree;
    }

    /** Every node of that type, depth first, in document order. */
    QList<const MarkdownTree *> findAll(const QString &t) const
    {
        QList<const MarkdownTree *> out;
        collect(t, out);
        return out;
    }
    /** The text a reader sees: text and code literals, a soft break as a space (raw HTML shows nothing). */
    QString plainText() const
    {
        if (type == QLatin1String("text") || type == QLatin1String("code"))
            return literal;
        if (type == QLatin1String("softbreak"))
            return QStringLiteral(" ");
        if (type == QLatin1String("linebreak"))
            return QStringLiteral("\n");
        QString s;
        for (const MarkdownTree &c : children)
            s += c.plainText();
        return s;
    }
    /** The plain text of each cell of a table_row or table_header node. */
    QStringList cells() const
    {
        QStringList out;
        for (const MarkdownTree &c : children)
            out << c.plainText();
        return out;
    }
    /** Top-level blocks of the document, by type ("heading", "table", …), in order. */
    QStringList blockTypes() const
    {
        QStringList out;
        for (const MarkdownTree &c : children)
            out << c.type;
        return out;
    }

private:
    static MarkdownTree copy(cmark_node *node)
    {
        MarkdownTree t;
        t.type = QString::fromUtf8(cmark_node_get_type_string(node));
        if (const char *lit = cmark_node_get_literal(node))
            t.literal = QString::fromUtf8(lit);
        if (cmark_node_get_type(node) == CMARK_NODE_LINK)
            t.url = QString::fromUtf8(cmark_node_get_url(node));
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
            t.level = cmark_node_get_heading_level(node);
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
            t.children.append(copy(c));
        return t;
    }
    void collect(const QString &t, QList<const MarkdownTree *> &out) const
    {
        if (type == t)
            out << this;
        for (const MarkdownTree &c : children)
            c.collect(t, out);
    }
};
