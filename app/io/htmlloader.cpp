// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlloader.h"

#include "../analysis/resources.h"
#include "blockclassifier.h"
#include "draftblock.h"
#include "htmlmetadata.h"
#include "htmlnode.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace Byline {

namespace {
constexpr int kMinBodyText = 140; // a candidate body with less text than this is a teaser, not the article
constexpr int kMaxRoleText = 1000; // an element with more text than this is not a byline, caption, tag list…

struct Counts
{
    int text = 0;
    int links = 0;
    int first = 0;  ///< pre-order number of the element
    int last = 0;   ///< the largest pre-order number in its subtree: descendants lie in (first, last]
    bool h1 = false; ///< an <h1> below
};

struct Context
{
    BlockRole role = BlockRole::Paragraph;
    bool fixed = false;
};

bool isHeading(const QByteArray &tag)
{
    return tag.size() == 2 && tag.at(0) == 'h' && tag.at(1) >= '1' && tag.at(1) <= '6';
}

bool isSkipped(const QByteArray &tag)
{
    static const QSet<QByteArray> skipped { "script", "style", "noscript", "template", "svg", "canvas", "iframe",
        "object", "embed", "img", "picture", "video", "audio", "source", "button", "input", "select", "textarea",
        "head", "title", "meta", "link" };
    return skipped.contains(tag);
}

bool isFurnitureTag(const QByteArray &tag)
{
    static const QSet<QByteArray> furniture { "nav", "aside", "footer", "form", "dialog", "menu" };
    return furniture.contains(tag);
}

bool isInline(const QByteArray &tag)
{
    static const QSet<QByteArray> inlines { "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font",
        "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
        "label", "ins", "del", "big", "tt", "strike", "nobr" };
    return inlines.contains(tag);
}

// Elements whose own text, not wrapped in <p>, Readability scores as paragraphs.
bool isTextHolder(const QByteArray &tag)
{
    static const QSet<QByteArray> holders { "div", "section", "article", "main", "td", "body", "center" };
    return holders.contains(tag);
}

class Extractor
{
public:
    explicit Extractor(const Resources &resources)
    {
        const auto opts = QRegularExpression::CaseInsensitiveOption;
        for (const QString &line : resources.lines(QStringLiteral("analysis/html-classes.txt"))) {
            const int tab = int(line.indexOf(QLatin1Char('\t')));
            if (tab <= 0)
                continue;
            const QString kind = line.left(tab);
            const QRegularExpression re(line.mid(tab + 1).trimmed(), opts);
            if (kind == QLatin1String("drop"))
                m_drop << re;
            else
                m_roles << qMakePair(kind, re);
        }
    }

    QList<DraftBlock> extract(xmlNode *rootElement, const QString &metaTitle)
    {
        xmlNode *body = rootElement;
        HtmlNode::walk(rootElement, [&body](xmlNode *n) {
            if (HtmlNode::tag(n) == "body") {
                body = n;
                return false;
            }
            return true;
        });
        count(body);
        markDropped(body);
        QList<xmlNode *> roots = chooseRoots(body);
        int rootText = 0;
        for (xmlNode *r : std::as_const(roots))
            rootText += m_counts.value(r).text;

        Context ctx;
        // roots are siblings in document order: their pre-order ranges are sorted and disjoint.
        std::vector<int> firsts;
        for (xmlNode *r : std::as_const(roots))
            firsts.push_back(m_counts.value(r).first);
        const bool rootHasH1 = std::any_of(m_h1.cbegin(), m_h1.cend(), [&](xmlNode *h) {
            const auto it = std::upper_bound(firsts.cbegin(), firsts.cend(), m_counts.value(h).first);
            return it != firsts.cbegin() && contains(roots.at(int(it - firsts.cbegin()) - 1), h);
        });
        if (!m_h1.isEmpty() && !rootHasH1) {
            xmlNode *joint = commonAncestor(roots.first(), m_h1.first());
            if (joint && m_counts.value(joint).text <= rootText * 13 / 10 + 300)
                roots = { joint };
            else
                emitHeading(m_h1.first(), ctx);
        }
        for (xmlNode *r : std::as_const(roots)) {
            walk(r, ctx);
            flush(ctx);
        }
        if (!m_titleTaken && !metaTitle.isEmpty())
            m_blocks.prepend(DraftBlock { metaTitle, BlockRole::Title, 1, true });
        return m_blocks;
    }

private:
    QString classId(xmlNode *n) const
    {
        return HtmlNode::attr(n, "class") + QLatin1Char(' ') + HtmlNode::attr(n, "id");
    }

    QString roleKind(xmlNode *n) const
    {
        if (HtmlNode::attr(n, "rel").toLower() == QLatin1String("author"))
            return QStringLiteral("byline");
        const QString ci = classId(n);
        if (ci.trimmed().isEmpty())
            return QString();
        // A byline, caption or tag list is short: a class that marks a whole post is a CMS label
        // (WordPress writes "tag-earthquake category-news" on the post's <div>).
        if (m_counts.value(n).text > kMaxRoleText)
            return QString();
        for (const auto &rule : m_roles)
            if (rule.second.match(ci).hasMatch())
                return rule.first;
        return QString();
    }

    // Text and link characters of every element below top, with pre-order numbers. Iterative (an
    // explicit stack), like every walk here: a page may nest elements 100,000 deep.
    void count(xmlNode *top)
    {
        struct Frame
        {
            xmlNode *node;
            xmlNode *child; ///< the next child to visit
            Counts counts;
        };
        int order = 0;
        std::vector<Frame> stack;
        stack.push_back(Frame { top, top->children, Counts() });
        stack.back().counts.first = order++;
        while (!stack.empty()) {
            Frame &f = stack.back();
            if (!f.child) {
                Counts c = f.counts;
                c.last = order - 1;
                xmlNode *n = f.node;
                m_counts.insert(n, c);
                stack.pop_back();
                if (!stack.empty()) {
                    const QByteArray tag = HtmlNode::tag(n);
                    Counts &parent = stack.back().counts;
                    parent.text += c.text;
                    parent.links += tag == "a" ? c.text : c.links;
                    parent.h1 = parent.h1 || c.h1 || tag == "h1";
                }
                continue;
            }
            xmlNode *child = f.child;
            f.child = child->next;
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                f.counts.text += int(QString::fromUtf8(reinterpret_cast<const char *>(child->content)).simplified().size());
            } else if (child->type == XML_ELEMENT_NODE && !isSkipped(HtmlNode::tag(child))) {
                stack.push_back(Frame { child, child->children, Counts() });
                stack.back().counts.first = order++;
            }
        }
    }

    bool isFurniture(xmlNode *n, const QByteArray &tag) const
    {
        if (tag == "html" || tag == "body" || tag == "article" || tag == "main"
            || HtmlNode::attr(n, "itemprop") == QLatin1String("articleBody"))
            return false;
        if (isFurnitureTag(tag))
            return true;
        if (tag == "header" && !m_counts.value(n).h1)
            return true;
        static const QStringList roles { QStringLiteral("navigation"), QStringLiteral("banner"),
            QStringLiteral("complementary"), QStringLiteral("contentinfo"), QStringLiteral("search"),
            QStringLiteral("dialog"), QStringLiteral("alertdialog") };
        if (roles.contains(HtmlNode::attr(n, "role").toLower()))
            return true;
        if (HtmlNode::attr(n, "aria-hidden") == QLatin1String("true") || HtmlNode::hasAttr(n, "hidden"))
            return true;
        if (HtmlNode::attr(n, "style").remove(QLatin1Char(' ')).toLower().contains(QLatin1String("display:none")))
            return true;
        const QString ci = classId(n);
        if (ci.trimmed().isEmpty())
            return false;
        for (const QRegularExpression &re : m_drop)
            if (re.match(ci).hasMatch())
                return true;
        return false;
    }

    void markDropped(xmlNode *body)
    {
        const int total = m_counts.value(body).text;
        HtmlNode::walk(body, [&](xmlNode *n) {
            const QByteArray tag = HtmlNode::tag(n);
            if (isSkipped(tag))
                return false;
            // Furniture never holds most of a page's text; a match that does is a page wrapper ("has-sidebar").
            if (isFurniture(n, tag) && m_counts.value(n).text * 2 <= total) {
                m_dropped.insert(n);
                return false;
            }
            if (tag == "article")
                m_articles << n;
            else if (tag == "main" || HtmlNode::attr(n, "role") == QLatin1String("main"))
                m_mains << n;
            else if (tag == "h1")
                m_h1 << n;
            else if (tag == "p" || tag == "pre")
                m_paragraphs << n;
            if (isTextHolder(tag))
                m_holders << n;
            if (HtmlNode::attr(n, "itemprop") == QLatin1String("articleBody"))
                m_articleBodies << n;
            return true;
        });
    }

    xmlNode *largest(const QList<xmlNode *> &nodes) const
    {
        xmlNode *best = nullptr;
        for (xmlNode *n : nodes)
            if (!best || m_counts.value(n).text > m_counts.value(best).text)
                best = n;
        return best && m_counts.value(best).text >= kMinBodyText ? best : nullptr;
    }

    QList<xmlNode *> chooseRoots(xmlNode *body)
    {
        for (const QList<xmlNode *> *list : { &m_articles, &m_articleBodies, &m_mains })
            if (xmlNode *n = largest(*list))
                return { n };
        // Readability's scoring: every paragraph credits its parent fully and its grandparent by half.
        QHash<xmlNode *, double> scores;
        const auto credit = [&scores](xmlNode *parent, const QString &text) {
            if (!parent || text.size() < 25)
                return;
            const double score = 1 + text.count(QLatin1Char(',')) + qMin(3.0, text.size() / 100.0);
            scores[parent] += score;
            if (parent->parent)
                scores[parent->parent] += score / 2;
        };
        xmlNode *outer = nullptr;
        for (xmlNode *p : std::as_const(m_paragraphs)) {
            // A paragraph inside another (<pre> in <pre>) is scored as part of the outer one: reading
            // the text of each of 100,000 nested ones would take quadratic time.
            if (outer && contains(outer, p))
                continue;
            outer = p;
            credit(p->parent, HtmlNode::text(p).simplified());
        }
        // Text written straight into a <div> or <td>, paragraphs parted by <br><br> as older pages do,
        // scores as the paragraphs Readability wraps it in: they credit the div itself.
        for (xmlNode *holder : std::as_const(m_holders))
            for (const QString &run : directRuns(holder))
                credit(holder, run);
        xmlNode *best = nullptr;
        double bestScore = 0;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            const double score = it.value() * (1 - linkDensity(it.key()));
            if (score > bestScore) {
                best = it.key();
                bestScore = score;
            }
        }
        if (!best)
            return { body };
        if (!best->parent)
            return { best };
        // Readability's siblings: a lead paragraph in a <div> of its own, or a second column of text,
        // beside the best element belongs to the article too.
        QList<xmlNode *> roots;
        const double threshold = qMax(10.0, bestScore * 0.2);
        for (xmlNode *s = best->parent->children; s; s = s->next) {
            if (s == best) {
                roots << s;
                continue;
            }
            if (s->type != XML_ELEMENT_NODE || isSkipped(HtmlNode::tag(s)) || m_dropped.contains(s))
                continue;
            const double density = linkDensity(s);
            if (scores.value(s) * (1 - density) >= threshold) {
                roots << s;
            } else if (isParagraphLike(s)) {
                const QString text = HtmlNode::text(s).simplified();
                if ((text.size() > 80 && density < 0.25)
                    || (!text.isEmpty() && density == 0
                        && (text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.')))))
                    roots << s;
            }
        }
        return roots;
    }

    double linkDensity(xmlNode *n) const
    {
        const Counts c = m_counts.value(n);
        return c.text ? double(c.links) / c.text : 0;
    }

    // A <p>, or an element whose only content is one <p> (<div class="lead"><p>…</p></div>).
    static bool isParagraphLike(xmlNode *n)
    {
        if (HtmlNode::tag(n) == "p")
            return true;
        xmlNode *only = nullptr;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE) {
                if (!QString::fromUtf8(reinterpret_cast<const char *>(c->content)).trimmed().isEmpty())
                    return false;
            } else if (c->type == XML_ELEMENT_NODE) {
                if (only)
                    return false;
                only = c;
            }
        }
        return only && HtmlNode::tag(only) == "p";
    }

    // The text directly in a block element: its text nodes and inline elements, cut into runs at
    // block children (scored on their own) and at <br><br>. Iterative, and each text node is read
    // for one holder only, so deep or wide pages cost linear time.
    QStringList directRuns(xmlNode *holder) const
    {
        QStringList runs;
        QString run;
        bool afterBreak = false;
        const auto cut = [&runs, &run, &afterBreak] {
            const QString text = run.simplified();
            if (!text.isEmpty())
                runs << text;
            run.clear();
            afterBreak = false;
        };
        std::vector<xmlNode *> stack { holder->children };
        while (!stack.empty()) {
            xmlNode *c = stack.back();
            if (!c) {
                stack.pop_back();
                continue;
            }
            stack.back() = c->next;
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                const QString t = QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                run += t;
                if (!t.trimmed().isEmpty())
                    afterBreak = false;
                continue;
            }
            const QByteArray tag = HtmlNode::tag(c);
            if (tag.isEmpty() || isSkipped(tag) || m_dropped.contains(c))
                continue;
            if (tag == "br") {
                if (afterBreak)
                    cut();
                else
                    run += QLatin1Char(' ');
                afterBreak = true;
            } else if (isInline(tag)) {
                stack.push_back(c->children);
            } else {
                cut();
            }
        }
        cut();
        return runs;
    }

    // n is ancestor or below it: by pre-order numbers when both were counted, else up n's parents.
    bool contains(xmlNode *ancestor, xmlNode *n) const
    {
        const auto a = m_counts.constFind(ancestor);
        const auto d = m_counts.constFind(n);
        if (a != m_counts.constEnd() && d != m_counts.constEnd())
            return a->first <= d->first && d->first <= a->last;
        for (; n; n = n->parent)
            if (n == ancestor)
                return true;
        return false;
    }

    xmlNode *commonAncestor(xmlNode *a, xmlNode *b) const
    {
        for (xmlNode *n = a; n; n = n->parent)
            if (contains(n, b))
                return n;
        return nullptr;
    }

    void appendText(const QString &s)
    {
        for (QChar c : s) {
            if (c.isSpace() || c == QChar(0x00A0)) {
                m_pendingSpace = !m_buffer.isEmpty();
                continue;
            }
            if (c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0xFEFF))
                continue;
            m_bufferAtBreak = false;
            if (m_pendingSpace)
                m_buffer += QLatin1Char(' ');
            m_pendingSpace = false;
            m_buffer += c;
            if (m_linkDepth > 0)
                ++m_linkChars;
        }
    }

    void flush(const Context &ctx, int level = 0)
    {
        const QString text = m_buffer;
        const int links = m_linkChars;
        m_buffer.clear();
        m_linkChars = 0;
        m_pendingSpace = false;
        m_bufferAtBreak = false;
        if (text.isEmpty())
            return;
        // A paragraph or list item that is all links is navigation that slipped through ("More on this story").
        const bool hinted = m_bylineHint;
        m_bylineHint = false;
        if (hinted && ctx.role == BlockRole::Paragraph && text.size() <= 150) {
            m_blocks.append(DraftBlock { text, BlockRole::Byline, 0, true });
            return;
        }
        if ((ctx.role == BlockRole::Paragraph || ctx.role == BlockRole::ListItem) && links * 10 >= text.size() * 8
            && text.size() < 200)
            return;
        m_blocks.append(DraftBlock { text, ctx.role, level, ctx.fixed });
    }

    void emitHeading(xmlNode *n, const Context &outer)
    {
        flush(outer);
        walkInline(n);
        const int level = HtmlNode::tag(n).at(1) - '0';
        if (level == 1 && !m_titleTaken) {
            m_titleTaken = true;
            flush(Context { BlockRole::Title, true }, 1);
        } else {
            flush(Context { BlockRole::Heading, true }, level);
        }
    }

    // Text of n's subtree into the buffer, block structure ignored (headings, tag lists).
    void walkInline(xmlNode *n)
    {
        struct Frame
        {
            xmlNode *child;
            QByteArray tag; ///< of the element whose children these are; empty for n
        };
        std::vector<Frame> stack;
        stack.push_back(Frame { n->children, QByteArray() });
        while (!stack.empty()) {
            xmlNode *c = stack.back().child;
            if (!c) {
                const QByteArray tag = stack.back().tag;
                stack.pop_back();
                if (tag == "a")
                    --m_linkDepth;
                if (!tag.isEmpty() && !isInline(tag))
                    m_pendingSpace = !m_buffer.isEmpty();
                continue;
            }
            stack.back().child = c->next;
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(c->content)));
                continue;
            }
            const QByteArray tag = HtmlNode::tag(c);
            if (tag.isEmpty() || isSkipped(tag) || m_dropped.contains(c))
                continue;
            if (tag == "br") {
                m_pendingSpace = !m_buffer.isEmpty();
                continue;
            }
            if (tag == "a")
                ++m_linkDepth;
            stack.push_back(Frame { c->children, tag });
        }
    }

    void emitTags(xmlNode *n, const Context &outer)
    {
        flush(outer);
        QStringList tags;
        QSet<QString> seen;
        HtmlNode::walk(n, [&tags, &seen](xmlNode *d) {
            if (HtmlNode::tag(d) == "a" || HtmlNode::tag(d) == "li") {
                const QString t = HtmlNode::text(d).simplified();
                if (!t.isEmpty() && !seen.contains(t)) {
                    seen.insert(t);
                    tags << t;
                }
                return false;
            }
            return true;
        });
        appendText(tags.isEmpty() ? HtmlNode::text(n) : tags.join(QLatin1String(", ")));
        flush(Context { BlockRole::Tags, true });
    }

    void walk(xmlNode *n, const Context &outermost)
    {
        // The children of one element: ctx is their context; when they are done, a link element
        // closes (link) and a block element flushes its text with ctx (boundary).
        struct Frame
        {
            xmlNode *child;
            Context ctx;
            bool boundary = false;
            bool link = false;
        };
        std::vector<Frame> stack;
        stack.push_back(Frame { n->children, outermost });
        while (!stack.empty()) {
            xmlNode *c = stack.back().child;
            if (!c) {
                const Frame done = stack.back();
                stack.pop_back();
                if (done.link)
                    --m_linkDepth;
                if (done.boundary)
                    flush(done.ctx);
                continue;
            }
            stack.back().child = c->next;
            const Context ctx = stack.back().ctx;
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(c->content)));
                continue;
            }
            const QByteArray tag = HtmlNode::tag(c);
            if (tag.isEmpty() || isSkipped(tag) || m_dropped.contains(c))
                continue;
            if (tag == "br" || tag == "hr") {
                // Old pages separate paragraphs with <br><br> instead of <p>; a single <br> is a line break.
                if (tag == "hr" || m_bufferAtBreak)
                    flush(ctx);
                else
                    m_pendingSpace = !m_buffer.isEmpty();
                m_bufferAtBreak = !m_buffer.isEmpty();
                continue;
            }
            if (isHeading(tag)) {
                emitHeading(c, ctx);
                continue;
            }
            const QString kind = roleKind(c);
            if (kind == QLatin1String("tags")) {
                emitTags(c, ctx);
                continue;
            }
            Context inner = ctx;
            // "By <a rel=author>Jane Doe</a>": an inline author right after "By" marks its whole (short) paragraph
            // as the byline; after other text ("Posted on <date> by <span class=author>") it is a byline of its own.
            if (kind == QLatin1String("byline") && isInline(tag) && ctx.role == BlockRole::Paragraph
                && !m_buffer.isEmpty() && m_buffer.size() <= 3)
                m_bylineHint = true;
            else if (kind == QLatin1String("byline") && ctx.role != BlockRole::Byline)
                inner = Context { BlockRole::Byline, true };
            else if (kind == QLatin1String("dateline"))
                inner = Context { BlockRole::Dateline, true };
            else if (kind == QLatin1String("credit"))
                inner = Context { BlockRole::Credit, true };
            else if (kind == QLatin1String("subtitle"))
                inner = Context { BlockRole::Subtitle, true };
            else if (kind == QLatin1String("caption") || tag == "figcaption")
                inner = Context { BlockRole::Caption, false };
            else if (tag == "cite" && ctx.role == BlockRole::BlockQuote)
                inner = Context { BlockRole::Credit, true };
            else if (tag == "blockquote")
                inner = Context { BlockRole::BlockQuote, true };
            else if (tag == "li" && ctx.role == BlockRole::Paragraph)
                inner = Context { BlockRole::ListItem, true };
            // An inline element only starts a block when it carries a role (a <span class="credit"> in a caption).
            const bool boundary = !isInline(tag) || inner.role != ctx.role;
            if (boundary)
                flush(ctx);
            if (tag == "a")
                ++m_linkDepth;
            stack.push_back(Frame { c->children, inner, boundary, tag == "a" });
        }
    }

    QList<QRegularExpression> m_drop;
    QList<QPair<QString, QRegularExpression>> m_roles;
    QHash<xmlNode *, Counts> m_counts;
    QSet<xmlNode *> m_dropped;
    QList<xmlNode *> m_articles, m_articleBodies, m_mains, m_h1, m_paragraphs, m_holders;
    QList<DraftBlock> m_blocks;
    QString m_buffer;
    int m_linkChars = 0;
    int m_linkDepth = 0;
    bool m_pendingSpace = false;
    bool m_titleTaken = false;
    bool m_bylineHint = false;
    bool m_bufferAtBreak = false; ///< nothing but space since the last <br>
};
} // namespace

QString HtmlLoader::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

LoadResult HtmlLoader::load(const QByteArray &bytes, const QString &fileName)
{
    LoadResult r;
    // libxml2 wants its global state set up once before parsers run on several threads.
    static const bool parserReady = (xmlInitParser(), true);
    Q_UNUSED(parserReady)
    if (TextDecoder::looksBinary(bytes)) {
        r.error = ArticleLoader::notTextError(fileName);
        return r;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    const QByteArray utf8 = decoded.text.toUtf8();
    // XML_PARSE_HUGE lifts libxml2's nesting limit of 256 (text deeper down was lost) and its 10 MB
    // limit on one text node. Safe here: the HTML parser expands no entity definitions, the file
    // is already capped by LoadOptions::maxBytes, and the tree stays proportional to the input;
    // every walk over it below is iterative.
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC
                | XML_PARSE_HUGE),
        xmlFreeDoc);
    if (!doc || !xmlDocGetRootElement(doc.get())) {
        r.error = QCoreApplication::translate(
            "Byline::ArticleLoader", "The web page %1 cannot be read: it is not valid HTML.")
                      .arg(fileName);
        return r;
    }
    const Resources &resources = Resources::instance();
    const HtmlMetadata meta = HtmlMetadata::read(doc.get(), resources);
    Extractor extractor(resources);
    QList<DraftBlock> blocks = extractor.extract(xmlDocGetRootElement(doc.get()), meta.title);
    BlockClassifier::Options options;
    options.detectTitle = false;
    options.detectHeadings = false;
    options.trailingShortLines = false;
    const BlockClassifier &classifier = BlockClassifier::instance();
    classifier.classify(blocks, options);

    Article article = articleFromDrafts(blocks);
    if (article.isEmpty()) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The web page %1 contains no article text. Save the page again once it has fully loaded, "
            "or copy its text into a .txt file.")
                      .arg(fileName);
        return r;
    }
    article.meta.format = QStringLiteral("html");
    article.meta.title = meta.title;
    article.meta.url = meta.url;
    article.meta.outlet = meta.outlet;
    article.meta.authors = meta.authors;
    article.meta.published = meta.published;
    for (const Block &b : article.blocks) {
        if (b.role == BlockRole::Title && article.meta.title.isEmpty())
            article.meta.title = article.textOf(b.range);
        if (b.role == BlockRole::Byline && article.meta.authors.isEmpty())
            article.meta.authors = classifier.authorsFromByline(article.textOf(b.range));
    }
    r.encoding = decoded.encoding;
    r.article = article;
    return r;
}

} // namespace Byline
