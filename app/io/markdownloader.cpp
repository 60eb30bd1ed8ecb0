// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownloader.h"

#include "blockclassifier.h"
#include "datelinedetector.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Byline {

namespace {
const QRegularExpression &re(const char *pattern)
{
    // One compiled expression per pattern literal, shared by all threads (QRegularExpression is reentrant).
    static thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(
            pattern, QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

bool isUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"));
}

struct FrontMatter
{
    QString title, url, outlet, date;
    QStringList authors;
};

// Reads "key: value" pairs and "- item" lists; returns the offset where the Markdown body starts.
int readFrontMatter(const QString &text, FrontMatter &fm)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return 0;
    const QRegularExpressionMatch end = re("\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|$)").match(text, 3);
    if (!end.hasMatch())
        return 0;
    const QString yaml = text.mid(4, end.capturedStart() - 3);
    QString key;
    QHash<QString, QStringList> values;
    for (const QString &line : yaml.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch item = re("^\\s+-\\s+(.*)$").match(line);
        if (item.hasMatch() && !key.isEmpty()) {
            values[key] << unquote(item.captured(1));
            continue;
        }
        const QRegularExpressionMatch pair = re("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$").match(line);
        if (!pair.hasMatch())
            continue;
        key = pair.captured(1).toLower();
        const QString value = pair.captured(2).trimmed();
        if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) {
            for (const QString &v : value.mid(1, value.size() - 2).split(QLatin1Char(',')))
                if (!unquote(v).isEmpty())
                    values[key] << unquote(v);
        } else if (!value.isEmpty()) {
            values[key] << unquote(value);
        }
    }
    const auto first = [&values](std::initializer_list<const char *> keys, bool wantUrl, bool wantName) {
        for (const char *k : keys)
            for (const QString &v : values.value(QLatin1String(k)))
                if ((!wantUrl || isUrl(v)) && (!wantName || !isUrl(v)))
                    return v;
        return QString();
    };
    fm.title = first({ "title", "headline" }, false, false);
    fm.date = first({ "date", "published", "pubdate", "date_published", "published_at", "publishdate" }, false, false);
    fm.url = first({ "url", "link", "canonical_url", "canonical", "source_url", "source" }, true, false);
    fm.outlet
        = first({ "outlet", "publisher", "site", "site_name", "source_name", "publication", "source" }, false, true);
    for (const char *k : { "authors", "author", "byline" }) {
        for (const QString &v : values.value(QLatin1String(k)))
            if (!v.isEmpty() && !fm.authors.contains(v))
                fm.authors << v;
        if (!fm.authors.isEmpty())
            break;
    }
    return int(end.capturedEnd());
}

QString decodeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    static const QList<QPair<QString, QString>> named { { QStringLiteral("&nbsp;"), QStringLiteral(" ") },
        { QStringLiteral("&lt;"), QStringLiteral("<") }, { QStringLiteral("&gt;"), QStringLiteral(">") },
        { QStringLiteral("&quot;"), QStringLiteral("\"") }, { QStringLiteral("&apos;"), QStringLiteral("'") },
        { QStringLiteral("&mdash;"), QStringLiteral("\u2014") },
        { QStringLiteral("&ndash;"), QStringLiteral("\u2013") },
        { QStringLiteral("&hellip;"), QStringLiteral("\u2026") },
        { QStringLiteral("&lsquo;"), QStringLiteral("\u2018") },
        { QStringLiteral("&rsquo;"), QStringLiteral("\u2019") },
        { QStringLiteral("&ldquo;"), QStringLiteral("\u201C") },
        { QStringLiteral("&rdquo;"), QStringLiteral("\u201D") },
        { QStringLiteral("&eacute;"), QStringLiteral("\u00E9") },
        { QStringLiteral("&copy;"), QStringLiteral("\u00A9") } };
    for (const auto &e : named)
        s.replace(e.first, e.second);
    QString out;
    const QRegularExpression &numeric = re("&#(?:([0-9]{1,7})|[xX]([0-9A-Fa-f]{1,6}));");
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const uint cp = m.captured(1).isEmpty() ? m.captured(2).toUInt(nullptr, 16) : m.captured(1).toUInt();
        if (cp > 0 && cp <= 0x10FFFF) {
            const char32_t c = cp;
            out += QString::fromUcs4(&c, 1);
        }
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

enum class Kind { None, Paragraph, Quote, Item };
} // namespace

QString MarkdownLoader::renderInline(const QString &markdown)
{
    // Code spans and escaped characters are set aside first so no later rule reads markup in them.
    QStringList kept;
    const auto keep = [&kept](const QString &text) -> QString {
        kept << text;
        return QChar(0xE000) + QString::number(kept.size() - 1) + QChar(0xE001);
    };
    QString s;
    qsizetype last = 0;
    for (auto it = re("(`+)(.+?)\\1|\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|<&])").globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        s += QStringView(markdown).mid(last, m.capturedStart() - last);
        s += keep(m.captured(1).isEmpty() ? m.captured(3) : m.captured(2).trimmed());
        last = m.capturedEnd();
    }
    s += QStringView(markdown).mid(last);

    s.replace(re("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]"), QString());
    s.replace(re("\\[([^\\]]*)\\]\\([^)]*\\)"), QStringLiteral("\\1"));
    s.replace(re("\\[([^\\]]+)\\]\\[[^\\]]*\\]"), QStringLiteral("\\1"));
    s.replace(re("<((?:https?|ftp)://[^>\\s]+|[^@>\\s]+@[^>\\s]+\\.[^>\\s]+)>"), QStringLiteral("\\1"));
    s.replace(re("<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^>]*)?/?>"), QString());
    s.replace(re("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"), QStringLiteral("\\2"));
    s.replace(re("~~(?=\\S)(.+?)(?<=\\S)~~"), QStringLiteral("\\1"));
    s.replace(re("\\*(?=\\S)(.+?)(?<=\\S)\\*"), QStringLiteral("\\1"));
    s.replace(re("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])"), QStringLiteral("\\1"));
    s = decodeEntities(s);

    QString out;
    last = 0;
    for (auto it = re("\\x{E000}(\\d+)\\x{E001}").globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += kept.value(m.captured(1).toInt());
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.simplified();
}

Article MarkdownLoader::fromText(const QString &markdownIn)
{
    const QString markdown = TextDecoder::normalizeNewlines(markdownIn);
    FrontMatter fm;
    const int bodyStart = readFrontMatter(markdown, fm);
    const QStringList lines = markdown.mid(bodyStart).split(QLatin1Char('\n'));

    QList<DraftBlock> blocks;
    QStringList current;
    Kind kind = Kind::None;
    bool titleTaken = false;
    const auto flush = [&]() {
        if (kind != Kind::None) {
            const QString text = renderInline(current.join(QLatin1Char(' ')));
            const BlockRole role = kind == Kind::Quote ? BlockRole::BlockQuote
                : kind == Kind::Item                   ? BlockRole::ListItem
                                                       : BlockRole::Paragraph;
            if (!text.isEmpty())
                blocks.append(DraftBlock { text, role, 0, kind != Kind::Paragraph });
        }
        current.clear();
        kind = Kind::None;
    };
    const auto heading = [&](const QString &raw, int level) {
        flush();
        const QString text = renderInline(raw);
        if (text.isEmpty())
            return;
        const bool title = level == 1 && !titleTaken && blocks.isEmpty();
        titleTaken = titleTaken || title;
        blocks.append(DraftBlock { text, title ? BlockRole::Title : BlockRole::Heading, level, true });
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        QRegularExpressionMatch m = re("^ {0,3}(`{3,}|~{3,})").match(line);
        if (m.hasMatch()) {
            flush();
            const QString fence = m.captured(1);
            QStringList code;
            for (++i; i < lines.size() && !lines.at(i).trimmed().startsWith(fence); ++i)
                code << lines.at(i).trimmed();
            const QString text = code.join(QLatin1Char(' ')).simplified();
            if (!text.isEmpty())
                blocks.append(DraftBlock { text, BlockRole::Paragraph, 0, true });
            continue;
        }
        m = re("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$").match(line);
        if (m.hasMatch()) {
            heading(m.captured(2), int(m.captured(1).size()));
            continue;
        }
        if (kind == Kind::Paragraph && current.size() == 1 && re("^ {0,3}(=+|-+)[ \\t]*$").match(line).hasMatch()) {
            const QString text = current.first();
            current.clear();
            kind = Kind::None;
            heading(text, line.trimmed().startsWith(QLatin1Char('=')) ? 1 : 2);
            continue;
        }
        if (re("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$").match(line).hasMatch()
            || re("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+").match(line).hasMatch()) {
            flush();
            continue;
        }
        m = re("^ {0,3}>[ \\t]?(.*)$").match(line);
        if (m.hasMatch()) {
            QString inner = m.captured(1);
            // Nested markers are skipped by index: matching and copying the rest once per level was
            // quadratic in the depth (a line of 100,000 '>' took half a minute).
            qsizetype skip = 0;
            for (qsizetype p = 0;; ++p) {
                const qsizetype start = p;
                while (p < inner.size() && p - start < 3 && inner.at(p) == QLatin1Char(' '))
                    ++p;
                if (p >= inner.size() || inner.at(p) != QLatin1Char('>'))
                    break;
                skip = p + 1;
            }
            inner = inner.mid(skip);
            if (kind != Kind::Quote)
                flush();
            if (inner.trimmed().isEmpty()) {
                flush();
                continue;
            }
            kind = Kind::Quote;
            current << inner.trimmed();
            continue;
        }
        m = re("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$").match(line);
        if (m.hasMatch()) {
            flush();
            kind = Kind::Item;
            current << m.captured(1).trimmed();
            continue;
        }
        // A lazy continuation line belongs to the open paragraph, quote or list item.
        if (kind == Kind::None)
            kind = Kind::Paragraph;
        current << line.trimmed();
    }
    flush();

    if (!titleTaken && !fm.title.isEmpty())
        blocks.prepend(DraftBlock { renderInline(fm.title), BlockRole::Title, 1, true });
    BlockClassifier::Options options;
    options.detectTitle = false;
    options.detectHeadings = false;
    options.trailingShortLines = false;
    const BlockClassifier &classifier = BlockClassifier::instance();
    classifier.classify(blocks, options);

    Article article = articleFromDrafts(blocks);
    article.meta.format = QStringLiteral("markdown");
    article.meta.title = fm.title;
    article.meta.url = fm.url;
    article.meta.outlet = fm.outlet;
    article.meta.authors = fm.authors;
    article.meta.published = DatelineDetector::instance().parseDate(fm.date);
    for (const Block &b : article.blocks) {
        if (b.role == BlockRole::Title && article.meta.title.isEmpty())
            article.meta.title = article.textOf(b.range);
        if (b.role == BlockRole::Byline && article.meta.authors.isEmpty())
            article.meta.authors = classifier.authorsFromByline(article.textOf(b.range));
    }
    return article;
}

LoadResult MarkdownLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    if (TextDecoder::looksBinary(bytes)) {
        r.error = ArticleLoader::notTextError(fileName);
        return r;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
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
