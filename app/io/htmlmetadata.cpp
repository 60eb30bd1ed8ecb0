// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include "../analysis/resources.h"
#include "datelinedetector.h"
#include "htmlnode.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <utility>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace Byline {

namespace {
struct JsonLd
{
    QHash<QString, QJsonObject> byId;
    QList<QJsonObject> articles;
};

bool hasArticleType(const QJsonObject &o, const QStringList &types)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    if (t.isString())
        return types.contains(t.toString());
    const QJsonArray list = t.toArray();
    for (const QJsonValue &v : list)
        if (types.contains(v.toString()))
            return true;
    return false;
}

void collect(const QJsonValue &value, const QStringList &types, JsonLd &out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            collect(v, types, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    const QString id = o.value(QLatin1String("@id")).toString();
    if (!id.isEmpty() && o.size() > 1)
        out.byId.insert(id, o);
    if (hasArticleType(o, types))
        out.articles.append(o);
    if (o.contains(QLatin1String("@graph")))
        collect(o.value(QLatin1String("@graph")), types, out);
}

QJsonObject resolve(const QJsonValue &value, const JsonLd &ld)
{
    QJsonObject o = value.toObject();
    const QString id = o.value(QLatin1String("@id")).toString();
    if (o.size() == 1 && ld.byId.contains(id))
        o = ld.byId.value(id);
    return o;
}

QString nameOf(const QJsonValue &value, const JsonLd &ld)
{
    if (value.isString())
        return value.toString().trimmed();
    return resolve(value, ld).value(QLatin1String("name")).toString().trimmed();
}

bool isUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))
        || s.startsWith(QLatin1Char('/'));
}

// A <time> in an <article> header dates the article; one in a sidebar or comment dates something else.
// cache holds, for each element already passed, whether it is an <article> or inside one, so that
// 100,000 nested <time> elements cost linear time.
bool insideArticle(xmlNode *node, QHash<xmlNode *, bool> &cache)
{
    QList<xmlNode *> path;
    bool inside = false;
    for (xmlNode *n = node->parent; n; n = n->parent) {
        const auto known = cache.constFind(n);
        if (known != cache.constEnd()) {
            inside = *known;
            break;
        }
        if (HtmlNode::tag(n) == "article") {
            inside = true;
            break;
        }
        path.append(n);
    }
    for (xmlNode *n : std::as_const(path))
        cache.insert(n, inside);
    return inside;
}

// "20100812", as some CMSs write pub_date, else what DatelineDetector reads.
QDate parseMetaDate(const QString &value, const DatelineDetector &dates)
{
    static const QRegularExpression compact(QStringLiteral("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)$"));
    const QRegularExpressionMatch m = compact.match(value);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return dates.parseDate(value);
}

// The date in an article's URL path, as news sites file their stories (htmldate's URL rule):
// /2010/08/13/, /2014/6/26/, /2013/apr/22/, /2013-04-22/, /20131023/. Only whole path segments count, so
// an id such as 20130405ARTFIG00473 does not.
QDate dateInUrl(const QString &url, const DatelineDetector &dates)
{
    static const QRegularExpression ymd(QStringLiteral(
        "/((?:19|20)\\d\\d)/(\\d{1,2}|[a-z]{3,9})/(\\d{1,2})(?:/|$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression joined(
        QStringLiteral("/((?:19|20)\\d\\d)-?(\\d\\d)-?(\\d\\d)(?:/|$)"));
    const int query = int(url.indexOf(QLatin1Char('?')));
    const QString path = query < 0 ? url : url.left(query);
    QRegularExpressionMatch m = ymd.match(path);
    if (!m.hasMatch())
        m = joined.match(path);
    if (!m.hasMatch())
        return QDate();
    const int year = m.captured(1).toInt();
    const int day = m.captured(3).toInt();
    bool numeric = false;
    const int month = m.captured(2).toInt(&numeric);
    if (numeric)
        return QDate(year, month, day);
    // A month name: let the detector read "22 apr 2013" with its month list.
    return dates.parseDate(QString::number(day) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ') + QString::number(year));
}

void stripOutlet(QString &title, const QString &outlet)
{
    if (outlet.isEmpty())
        return;
    for (const char *sep : { " | ", " - ", " \u2013 ", " \u2014 ", " :: " }) {
        const QString separator = QString::fromUtf8(sep);
        if (title.endsWith(separator + outlet, Qt::CaseInsensitive) && title.size() > separator.size() + outlet.size())
            title.chop(separator.size() + outlet.size());
        else if (title.startsWith(outlet + separator, Qt::CaseInsensitive) && title.size() > separator.size() + outlet.size())
            title.remove(0, outlet.size() + separator.size());
    }
}

void addAuthor(QStringList &authors, QSet<QString> &seen, const QString &name)
{
    const QString n = name.simplified();
    if (!n.isEmpty() && !isUrl(n) && !seen.contains(n)) {
        seen.insert(n);
        authors << n;
    }
}
} // namespace

HtmlMetadata HtmlMetadata::read(_xmlDoc *document, const Resources &resources)
{
    HtmlMetadata m;
    const QStringList articleTypes = resources.lines(QStringLiteral("analysis/jsonld-article-types.txt"));
    // field -> meta keys in priority order
    QHash<QString, QStringList> metaKeys;
    for (const QString &line : resources.lines(QStringLiteral("analysis/html-meta.txt"))) {
        const int tab = int(line.indexOf(QLatin1Char('\t')));
        if (tab > 0)
            metaKeys[line.left(tab)] << line.mid(tab + 1).trimmed();
    }
    QHash<QString, QStringList> metaValues; // key -> values in document order
    JsonLd ld;
    QString canonical;
    QString timePublished;
    QString articleTime; // the first <time datetime> in an <article>: the last resort
    QString firstH1;
    QHash<xmlNode *, bool> articleCache;
    QSet<QString> authorsSeen;

    HtmlNode::walk(xmlDocGetRootElement(document), [&](xmlNode *node) {
        const QByteArray tag = HtmlNode::tag(node);
        if (tag == "meta") {
            QString key = HtmlNode::attr(node, "property");
            if (key.isEmpty())
                key = HtmlNode::attr(node, "name");
            if (key.isEmpty())
                key = HtmlNode::attr(node, "itemprop");
            const QString content = HtmlNode::attr(node, "content").trimmed();
            if (!key.isEmpty() && !content.isEmpty())
                metaValues[key.toLower()] << content;
        } else if (tag == "link") {
            if (HtmlNode::attr(node, "rel").toLower() == QLatin1String("canonical") && canonical.isEmpty())
                canonical = HtmlNode::attr(node, "href").trimmed();
        } else if (tag == "title") {
            if (m.pageTitle.isEmpty())
                m.pageTitle = HtmlNode::text(node).simplified();
        } else if (tag == "script") {
            if (HtmlNode::attr(node, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
                const QJsonDocument json = QJsonDocument::fromJson(HtmlNode::text(node).toUtf8());
                collect(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), articleTypes, ld);
            }
            return false;
        } else if (tag == "time") {
            const QString cls = HtmlNode::attr(node, "class").toLower();
            // <time itemprop=datePublished> and <time pubdate> say what <meta itemprop=datePublished> says,
            // and rank with it (above weaker tags such as sailthru.date).
            if (HtmlNode::attr(node, "itemprop") == QLatin1String("datePublished") || HtmlNode::hasAttr(node, "pubdate"))
                metaValues[QStringLiteral("datepublished")] << HtmlNode::attr(node, "datetime").trimmed();
            else if (timePublished.isEmpty()
                && (cls.contains(QLatin1String("published")) || cls.contains(QLatin1String("pubdate"))))
                timePublished = HtmlNode::attr(node, "datetime");
            else if (articleTime.isEmpty() && insideArticle(node, articleCache))
                articleTime = HtmlNode::attr(node, "datetime");
        } else if (tag == "h1") {
            if (firstH1.isEmpty())
                firstH1 = HtmlNode::text(node).simplified();
        }
        return true;
    });

    const DatelineDetector &dates = DatelineDetector::instance();
    const auto meta = [&](const char *field) {
        for (const QString &key : metaKeys.value(QLatin1String(field)))
            for (const QString &value : metaValues.value(key))
                if (!value.isEmpty())
                    return value;
        return QString();
    };

    for (const QJsonObject &a : std::as_const(ld.articles)) {
        if (m.title.isEmpty())
            m.title = a.value(QLatin1String("headline")).toString().simplified();
        if (!m.published.isValid())
            m.published = dates.parseDate(a.value(QLatin1String("datePublished")).toString());
        if (m.authors.isEmpty()) {
            const QJsonValue author = a.value(QLatin1String("author"));
            if (author.isArray()) {
                const QJsonArray list = author.toArray();
                for (const QJsonValue &v : list)
                    addAuthor(m.authors, authorsSeen, nameOf(v, ld));
            } else if (!author.isUndefined()) {
                addAuthor(m.authors, authorsSeen, nameOf(author, ld));
            }
        }
        if (m.outlet.isEmpty())
            m.outlet = nameOf(a.value(QLatin1String("publisher")), ld);
        if (m.url.isEmpty() && a.value(QLatin1String("url")).isString())
            m.url = a.value(QLatin1String("url")).toString();
    }

    if (m.title.isEmpty())
        m.title = meta("title").simplified();
    const QString siteName = meta("outlet").simplified();
    if (!siteName.isEmpty())
        m.outlet = siteName; // og:site_name is how the outlet names itself; JSON-LD publisher is often a parent company
    if (!canonical.isEmpty() && isUrl(canonical))
        m.url = canonical;
    else if (m.url.isEmpty())
        m.url = meta("url");
    if (!m.published.isValid()) {
        for (const QString &key : metaKeys.value(QStringLiteral("published"))) {
            for (const QString &value : metaValues.value(key)) {
                m.published = parseMetaDate(value, dates);
                if (m.published.isValid())
                    break;
            }
            if (m.published.isValid())
                break;
        }
    }
    if (!m.published.isValid() && !timePublished.isEmpty())
        m.published = dates.parseDate(timePublished);
    if (!m.published.isValid() && !articleTime.isEmpty())
        m.published = dates.parseDate(articleTime);
    if (!m.published.isValid())
        m.published = dateInUrl(m.url, dates);
    if (m.authors.isEmpty())
        for (const QString &key : metaKeys.value(QStringLiteral("author")))
            for (const QString &value : metaValues.value(key))
                addAuthor(m.authors, authorsSeen, value);

    // "Headline | Outlet", "Headline - Outlet", "Outlet | Headline": the outlet is not part of the title,
    // in <title> nor in og:title, which many sites fill with the same string.
    stripOutlet(m.pageTitle, m.outlet);
    stripOutlet(m.title, m.outlet);
    if (m.title.isEmpty())
        m.title = !firstH1.isEmpty() ? firstH1 : m.pageTitle;
    // Without og:site_name or a publisher, "Headline – Blog Name" in <title> still names the outlet.
    if (m.outlet.isEmpty() && !m.title.isEmpty() && m.pageTitle.startsWith(m.title)
        && m.pageTitle.size() > m.title.size()) {
        static const QRegularExpression separator(QStringLiteral("^\\s+[|\u2013\u2014:-]\\s+(.+)$"));
        const QRegularExpressionMatch match = separator.match(m.pageTitle.mid(m.title.size()));
        if (match.hasMatch()) {
            m.outlet = match.captured(1).trimmed();
            m.pageTitle = m.title;
        }
    }
    return m;
}

} // namespace Byline
