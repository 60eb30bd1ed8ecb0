// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingdocument.h"

#include "model/article.h"
#include "themeadapter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <limits>

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
    append(doc, article, theme, 0, std::numeric_limits<int>::max());
}

int ReadingDocument::append(QTextDocument *doc, const Article &article, const ThemeAdapter &theme, int shown, int chars)
{
    const QString &all = article.text;
    const QList<Block> &blocks = article.blocks;
    const int length = int(all.size());
    if (shown >= length)
        return length;
    const auto firstEndingAtOrAfter = [&blocks](int pos) {
        return int(std::lower_bound(blocks.cbegin(), blocks.cend(), pos,
                       [](const Block &block, int p) { return block.range.end < p; })
            - blocks.cbegin());
    };
    // Up to the end of the block that reaches shown + chars; inside a block only when it is very long.
    int end = length;
    const qint64 target = qint64(shown) + qMax(1, chars);
    if (target < length) {
        const int b = firstEndingAtOrAfter(int(target));
        end = b < blocks.size() ? qMin(length, blocks.at(b).range.end) : length;
        if (qint64(end) - target > qMax(1, chars)) {
            end = int(target);
            if (all.at(end - 1).isHighSurrogate())
                ++end;
        }
    }

    // Only the separators between blocks may become QTextBlock boundaries; any other '\n'
    // becomes a line separator, which keeps every position equal to its Article offset.
    QString part = all.mid(shown, end - shown);
    int b = firstEndingAtOrAfter(shown);
    for (int i = int(part.indexOf(QLatin1Char('\n'))); i >= 0; i = int(part.indexOf(QLatin1Char('\n'), i + 1))) {
        const int at = shown + i;
        while (b < blocks.size() && blocks.at(b).range.end < at)
            ++b;
        const bool separator = b < blocks.size() && blocks.at(b).range.end == at;
        if (!separator)
            part[i] = QChar::LineSeparator;
    }

    // One edit step: a layout attached to doc lays the new part out once, not once per block.
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    cursor.insertText(part, QTextCharFormat());
    QTextCursor added(doc);
    added.setPosition(shown);
    added.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    applyStyle(added, styleFor(int(BlockRole::Paragraph), 0), theme, true);

    b = 0;
    const QTextBlock first = doc->findBlock(shown);
    if (first.isValid())
        b = firstEndingAtOrAfter(first.position());
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const int pos = block.position();
        while (b < blocks.size() && blocks.at(b).range.end < pos)
            ++b;
        const bool inside = b < blocks.size() && blocks.at(b).range.start <= pos;
        const int role = inside ? int(blocks.at(b).role) : -1;
        block.setUserState(role);
        if (role != int(BlockRole::Paragraph)) {
            QTextCursor c(block);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            applyStyle(c, styleFor(role, inside ? blocks.at(b).level : 0), theme);
        }
    }
    cursor.endEditBlock();
    return end;
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
