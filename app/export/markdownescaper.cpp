// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownescaper.h"

#include <QUrl>

namespace Byline {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar(0x2028)
        || c == QChar(0x2029) || c == QChar(0x0b) || c == QChar(0x0c) || c == QChar(0x85);
}

} // namespace

QString MarkdownEscaper::inlineText(const QString &text)
{
    // Collapse breaks first: a line break inside a table cell ends the row, and one inside a
    // paragraph could start a heading, list or block quote on the next line.
    QString flat;
    flat.reserve(text.size());
    for (const QChar c : text) {
        if (isLineBreak(c)) {
            if (!flat.endsWith(QLatin1Char(' ')))
                flat += QLatin1Char(' ');
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            continue; // other control characters have no place in Markdown text
        } else {
            flat += c;
        }
    }
    flat = flat.trimmed();

    static const QString special = QStringLiteral("\\`*_[]<>|~#&@");
    QString out;
    out.reserve(flat.size() + flat.size() / 8 + 2);
    for (int i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        // GFM turns "http://…", "www.…" and "a@b.c" in running text into links (and markdownlint
        // flags them as bare URLs); an escaped ':', '.' or '@' keeps them the article's plain text.
        const bool autolink = (c == QLatin1Char(':') && QStringView(flat).mid(i).startsWith(QLatin1String("://")))
            || (c == QLatin1Char('.') && i >= 3 && QString::compare(flat.mid(i - 3, 3), QLatin1String("www"), Qt::CaseInsensitive) == 0);
        if (special.contains(c) || autolink)
            out += QLatin1Char('\\');
        out += c;
    }

    // Only at the start of a line do these open a block (list item, setext underline, ordered
    // list); escaping them everywhere would make names like "U.S.-China" hard to read.
    if (!out.isEmpty()) {
        const QChar first = out.at(0);
        if (first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
            out.prepend(QLatin1Char('\\'));
        } else if (first.isDigit()) {
            int i = 0;
            while (i < out.size() && out.at(i).isDigit())
                ++i;
            if (i < out.size() && (out.at(i) == QLatin1Char('.') || out.at(i) == QLatin1Char(')')))
                out.insert(i, QLatin1Char('\\'));
        }
    }
    return out;
}

QString MarkdownEscaper::yamlScalar(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("null");
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString MarkdownEscaper::urlQueryValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("/")));
}

} // namespace Byline
