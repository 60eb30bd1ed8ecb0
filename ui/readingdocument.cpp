// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingdocument.h"

#include "model/article.h"
#include "themeadapter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Byline {

namespace {

struct RoleStyle
{
    int sizeAdjustment = 0; ///< QTextFormat::FontSizeAdjustment: 0 = body, 1 = ×1.2, 2 = ×1.5, 3 = ×2, -1 = ×0.8
    bool bold = false;
    bool italic = false;
    bool muted = false;
    bool dimmed = false;
    qreal topMargin = 0;
    qreal bottomMargin = 14;
    int lineHeight = 160; ///< percent
    qreal indent = 0;
};

RoleStyle styleFor(int role, int level)
{
    RoleStyle s;
    if (role < 0)
        return s;
    switch (static_cast<BlockRole>(role)) {
    case BlockRole::Title:
        s.sizeAdjustment = 3;
        s.bold = true;
        s.lineHeight = 120;
        s.bottomMargin = 18;
        break;
    case BlockRole::Subtitle:
        s.sizeAdjustment = 1;
        s.muted = true;
        s.lineHeight = 140;
        s.bottomMargin = 18;
        break;
    case BlockRole::Heading:
        s.sizeAdjustment = level <= 1 ? 2 : 1;
        s.bold = true;
        s.lineHeight = 130;
        s.topMargin = 18;
        s.bottomMargin = 8;
        break;
    case BlockRole::Byline:
    case BlockRole::Dateline:
        s.sizeAdjustment = -1;
        s.muted = true;
        s.lineHeight = 140;
        s.bottomMargin = 10;
        break;
    case BlockRole::Caption:
    case BlockRole::Credit:
        s.sizeAdjustment = -1;
        s.italic = true;
        s.muted = true;
        s.lineHeight = 140;
        s.bottomMargin = 20;
        break;
    case BlockRole::BlockQuote:
        s.italic = true;
        s.indent = 1;
        break;
    case BlockRole::ListItem:
        s.indent = 1;
        s.bottomMargin = 6;
        break;
    case BlockRole::Tags:
    case BlockRole::Boilerplate:
        s.sizeAdjustment = -1;
        s.dimmed = true;
        s.lineHeight = 140;
        s.topMargin = 6;
        s.bottomMargin = 6;
        break;
    case BlockRole::Paragraph:
        break;
    }
    return s;
}

void applyStyle(QTextCursor &cursor, const RoleStyle &s, const ThemeAdapter &theme, bool bodyText = false)
{
    QTextBlockFormat bf;
    bf.setTopMargin(s.topMargin);
    bf.setBottomMargin(s.bottomMargin);
    bf.setLineHeight(s.lineHeight, QTextBlockFormat::ProportionalHeight);
    bf.setIndent(int(s.indent));
    cursor.setBlockFormat(bf);
    // Body text keeps the document's default font and the palette's text colour: a char
    // format over the whole of a 10 MB article costs more than the rest of the layout.
    if (bodyText)
        return;
    QTextCharFormat cf;
    cf.setProperty(QTextFormat::FontSizeAdjustment, s.sizeAdjustment);
    cf.setFontWeight(s.bold ? QFont::Bold : QFont::Normal);
    cf.setFontItalic(s.italic);
    if (s.dimmed)
        cf.setForeground(blendColors(theme.foreground(), theme.background(), 0.4));
    else if (s.muted)
        cf.setForeground(theme.muted());
    cursor.setBlockCharFormat(cf);
    cursor.setCharFormat(cf);
}

} // namespace

void ReadingDocument::build(QTextDocument *doc, const Article &article, const ThemeAdapter &theme)
{
    doc->setUndoRedoEnabled(false);
    // Only the separators between blocks may become QTextBlock boundaries; any other '\n'
    // becomes a line separator, which keeps every position equal to its Article offset.
    QString text = article.text;
    int b = 0;
    for (int i = text.indexOf(QLatin1Char('\n')); i >= 0; i = text.indexOf(QLatin1Char('\n'), i + 1)) {
        while (b < article.blocks.size() && article.blocks.at(b).range.end < i)
            ++b;
        const bool separator = b < article.blocks.size() && article.blocks.at(b).range.end == i;
        if (!separator)
            text[i] = QChar::LineSeparator;
    }
    doc->setPlainText(text);

    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    applyStyle(all, styleFor(int(BlockRole::Paragraph), 0), theme, true);

    b = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int pos = block.position();
        while (b < article.blocks.size() && article.blocks.at(b).range.end < pos)
            ++b;
        const bool inside = b < article.blocks.size() && article.blocks.at(b).range.start <= pos;
        const int role = inside ? int(article.blocks.at(b).role) : -1;
        block.setUserState(role);
        if (role != int(BlockRole::Paragraph)) {
            QTextCursor c(block);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            applyStyle(c, styleFor(role, inside ? article.blocks.at(b).level : 0), theme);
        }
    }
}

void ReadingDocument::restyle(QTextDocument *doc, const ThemeAdapter &theme)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const RoleStyle s = styleFor(block.userState(), 0);
        if (!s.muted && !s.dimmed)
            continue;
        QTextCharFormat cf;
        cf.setForeground(s.dimmed ? blendColors(theme.foreground(), theme.background(), 0.4) : theme.muted());
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.mergeCharFormat(cf);
        c.mergeBlockCharFormat(cf);
    }
}

} // namespace Byline
