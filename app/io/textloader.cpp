// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textloader.h"

#include "blockclassifier.h"
#include "textdecoder.h"

#include <QCoreApplication>

namespace Byline {

namespace {
constexpr int kShortLine = 50; // a paragraph of only such lines is a list of one-line blocks
constexpr double kBreakFraction = 0.6; // a line this much shorter than the longest one ends its block

// Collapses whitespace runs to one space and trims; linear. Most lines need no change and are
// copied whole; the others are written through a raw buffer (appending QChar by QChar was a
// third of the loading time of a long article).
QString simplifiedLine(QStringView line)
{
    const QChar *s = line.data();
    const qsizetype n = line.size();
    bool clean = n == 0 || (!s[0].isSpace() && !s[n - 1].isSpace());
    for (qsizetype i = 0; clean && i < n; ++i) {
        const char16_t c = s[i].unicode();
        // ASCII letters, digits and punctuation are never space; anything else asks QChar.
        if (c > 0x20 && c < 0x7f)
            continue;
        if (c == u' ')
            clean = !s[i + 1].isSpace();
        else
            clean = !s[i].isSpace();
    }
    if (clean)
        return line.toString();
    QString out(n, Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype w = 0;
    bool space = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c.isSpace()) {
            space = w > 0;
            continue;
        }
        if (space)
            d[w++] = QLatin1Char(' ');
        space = false;
        d[w++] = c;
    }
    out.truncate(w);
    return out;
}

void flushParagraph(QList<QString> &lines, QList<DraftBlock> &out)
{
    if (lines.isEmpty())
        return;
    int longest = 0;
    for (const QString &l : lines)
        longest = qMax(longest, int(l.size()));
    QString current;
    for (int i = 0; i < lines.size(); ++i) {
        if (!current.isEmpty())
            current += QLatin1Char(' ');
        current += lines.at(i);
        const bool last = i + 1 == lines.size();
        const int length = int(lines.at(i).size());
        if (last || longest < kShortLine || length < kBreakFraction * longest) {
            out.append(DraftBlock { current, BlockRole::Paragraph, 0, false });
            current.clear();
        }
    }
    lines.clear();
}
} // namespace

QList<DraftBlock> TextLoader::splitBlocks(const QString &text)
{
    QList<DraftBlock> blocks;
    QList<QString> lines;
    const QStringView all(text);
    qsizetype pos = 0;
    while (pos <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = all.size();
        const QString line = simplifiedLine(all.mid(pos, end - pos));
        if (line.isEmpty())
            flushParagraph(lines, blocks);
        else
            lines.append(line);
        pos = end + 1;
    }
    flushParagraph(lines, blocks);
    return blocks;
}

Article TextLoader::fromText(const QString &text)
{
    QList<DraftBlock> blocks = splitBlocks(TextDecoder::normalizeNewlines(text));
    const BlockClassifier &classifier = BlockClassifier::instance();
    classifier.classify(blocks, BlockClassifier::Options());
    Article article = articleFromDrafts(blocks);
    article.meta.format = QStringLiteral("text");
    for (const Block &b : article.blocks) {
        if (b.role == BlockRole::Title && article.meta.title.isEmpty())
            article.meta.title = article.textOf(b.range);
        if (b.role == BlockRole::Byline && article.meta.authors.isEmpty())
            article.meta.authors = classifier.authorsFromByline(article.textOf(b.range));
    }
    return article;
}

LoadResult TextLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    if (TextDecoder::looksBinary(bytes)) {
        r.error = ArticleLoader::notTextError(fileName);
        return r;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The file %1 looks like text in the %2 encoding, which Byline cannot convert. "
            "Save it as UTF-8 and open it again.")
                      .arg(fileName, decoded.encoding);
        return r;
    }
    Article article = fromText(decoded.text);
    if (article.isEmpty()) {
        r.error = ArticleLoader::emptyError(fileName);
        return r;
    }
    r.encoding = decoded.encoding;
    r.article = article;
    return r;
}

} // namespace Byline
