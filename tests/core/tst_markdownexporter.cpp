// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownexporter.h"
#include "model/document.h"
#include "model/offsetmap.h"

#include "golden.h"
#include "markdowntree.h"
#include "sampledocument.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Byline;

namespace {

using Heading = QPair<int, QString>;

const QDateTime kExportedAt(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

QString flat(const QString &s)
{
    return s.simplified();
}

/** Splits "---\n…\n---\n" front matter from the Markdown body; front matter is empty when absent. */
QPair<QStringList, QString> splitFrontMatter(const QString &markdown)
{
    if (!markdown.startsWith(QLatin1String("---\n")))
        return {QStringList(), markdown};
    const int end = markdown.indexOf(QLatin1String("\n---\n"), 3);
    if (end < 0)
        return {QStringList(), markdown};
    return {markdown.mid(4, end - 4).split(QLatin1Char('\n')), markdown.mid(end + 5)};
}

/** The value of a YAML double-quoted scalar as written by MarkdownEscaper::yamlScalar (null → empty). */
QString yamlValue(const QStringList &lines, const QString &key)
{
    for (const QString &line : lines) {
        if (!line.startsWith(key + QLatin1String(": ")))
            continue;
        const QString v = line.mid(key.size() + 2);
        if (v == QLatin1String("null"))
            return QString();
        if (!v.startsWith(QLatin1Char('"')) || !v.endsWith(QLatin1Char('"')))
            return QStringLiteral("<not a quoted scalar: %1>").arg(v);
        QString out;
        for (int i = 1; i < v.size() - 1; ++i) {
            QChar c = v.at(i);
            if (c == QLatin1Char('\\')) {
                c = v.at(++i);
                if (c == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (c == QLatin1Char('u')) {
                    c = QChar(v.mid(i + 1, 4).toUShort(nullptr, 16));
                    i += 4;
                }
            }
            out += c;
        }
        return out;
    }
    return QStringLiteral("<missing>");
}

QList<Heading> headings(const MarkdownTree &tree)
{
    QList<Heading> out;
    for (const MarkdownTree *h : tree.findAll(QStringLiteral("heading")))
        out << Heading(h->level, h->plainText());
    return out;
}

struct Target
{
    QString path;
    int offset = -1;
};

Target target(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    Target t;
    if (u.scheme() != QLatin1String("byline") || u.host() != QLatin1String("open"))
        return t;
    const QUrlQuery q(u);
    t.path = q.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    bool ok = false;
    t.offset = q.queryItemValue(QStringLiteral("offset")).toInt(&ok);
    if (!ok)
        t.offset = -1;
    return t;
}

/** Every link of the export points into the article at text that starts with expectedText. */
/**
 * "¶ N" of the block of the article that starts with startText: blocks are numbered from 1
 * in text order, the title and captions included (the loader decides what is a block).
 */
QString paragraphStarting(const Document &doc, const QString &startText)
{
    const Article &a = doc.article();
    for (int i = 0; i < a.blocks.size(); ++i)
        if (a.textOf(a.blocks.at(i).range).startsWith(startText))
            return QStringLiteral("¶ ") + QString::number(i + 1);
    return QStringLiteral("<no block starts with %1>").arg(startText);
}

void checkLinkTo(const Document &doc, const QString &url, const QString &expectedText)
{
    const Target t = target(url);
    QCOMPARE(t.path, doc.article().meta.path);
    QVERIFY2(t.offset >= 0, qPrintable(url));
    const int pos = OffsetMap(doc.article().text).fromCodePoint(t.offset);
    QCOMPARE(doc.article().text.mid(pos, expectedText.size()), expectedText);
}

void loadSample(Document &doc)
{
    doc.setArticle(SampleDocument::sampleArticle());
    doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
}

QString render(const Document &doc, ExportOptions options = ExportOptions())
{
    options.exportedAt = kExportedAt;
    MarkdownExporter exporter;
    const QString out = exporter.render(doc, options);
    if (out.isEmpty())
        qWarning() << exporter.errorString();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Byline::ExportOptions)
Q_DECLARE_METATYPE(QList<Heading>)

class TestMarkdownExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSampleFrontMatter()
    {
        Document doc;
        loadSample(doc);
        const auto [front, body] = splitFrontMatter(render(doc));
        QCOMPARE(yamlValue(front, QStringLiteral("title")), doc.article().meta.title);
        QCOMPARE(yamlValue(front, QStringLiteral("source")), SampleDocument::samplePath());
        QCOMPARE(yamlValue(front, QStringLiteral("outlet")), QString());
        QCOMPARE(yamlValue(front, QStringLiteral("published")), QStringLiteral("2021-11-12"));
        QCOMPARE(yamlValue(front, QStringLiteral("exported")), QStringLiteral("2026-01-02T03:04:05Z"));
        QVERIFY(front.contains(QStringLiteral("  entities: 12")));
        QVERIFY(front.contains(QStringLiteral("  quotes: 4")));
        QVERIFY(front.contains(QStringLiteral("  sources: 7")));
        QVERIFY(front.contains(QStringLiteral("  timeline: 9")));
        QVERIFY(front.contains(QStringLiteral("  notes: 0")));
        QVERIFY(!body.isEmpty());
    }

    void testSampleStructure()
    {
        Document doc;
        loadSample(doc);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(render(doc)).second);
        const QString title = doc.article().meta.title;
        QCOMPARE(headings(tree), (QList<Heading>{{1, title},
                                                 {2, QStringLiteral("Entities")},
                                                 {2, QStringLiteral("Quotes")},
                                                 {2, QStringLiteral("Sources")},
                                                 {3, QStringLiteral("Outlets")},
                                                 {3, QStringLiteral("News agencies")},
                                                 {3, QStringLiteral("Officials and official bodies")},
                                                 {3, QStringLiteral("Anonymous sources")},
                                                 {2, QStringLiteral("Timeline")}}));
        // The one-line summary right under the title.
        QCOMPARE(tree.children.at(1).type, QStringLiteral("paragraph"));
        QCOMPARE(tree.children.at(1).plainText(),
                 QStringLiteral("Published: 2021-11-12 · Entities: 12 · Quotes: 4 (speakers: 4) · Sources: 7 (anonymous: 1) · Timeline: 9"));
        QVERIFY(tree.findAll(QStringLiteral("html_inline")).isEmpty());
        QVERIFY(tree.findAll(QStringLiteral("html_block")).isEmpty());
    }

    void testSampleEntityTable()
    {
        Document doc;
        loadSample(doc);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(render(doc)).second);
        const QList<const MarkdownTree *> tables = tree.findAll(QStringLiteral("table"));
        QCOMPARE(tables.size(), 2);
        const MarkdownTree &table = *tables.first();
        QCOMPARE(table.findAll(QStringLiteral("table_header")).first()->cells(),
                 (QStringList{QStringLiteral("Entity"), QStringLiteral("Type"), QStringLiteral("Mentions"), QStringLiteral("Aliases"),
                              QStringLiteral("First mention")}));
        const QList<const MarkdownTree *> rows = table.findAll(QStringLiteral("table_row"));
        const QList<Entity> &entities = doc.analysis().entities;
        QCOMPARE(rows.size(), entities.size());
        QCOMPARE(rows.first()->cells(), (QStringList{QStringLiteral("Xi Jinping"), QStringLiteral("Person"), QStringLiteral("5"),
                                                     QStringLiteral("Jinping, The Chinese president"), QStringLiteral("¶ 1")}));
        QCOMPARE(rows.at(3)->cells().mid(0, 2),
                 (QStringList{QStringLiteral("National Committee on US-China Relations"), QStringLiteral("Organization")}));
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i)->cells().first(), entities.at(i).name);
            const QList<const MarkdownTree *> links = rows.at(i)->findAll(QStringLiteral("link"));
            QCOMPARE(links.size(), 1);
            checkLinkTo(doc, links.first()->url, doc.article().textOf(entities.at(i).mentions.first().span));
        }
    }

    void testSampleQuotes()
    {
        Document doc;
        loadSample(doc);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(render(doc)).second);
        const QList<const MarkdownTree *> quotes = tree.findAll(QStringLiteral("block_quote"));
        QCOMPARE(quotes.size(), 4);
        for (int i = 0; i < quotes.size(); ++i)
            QCOMPARE(quotes.at(i)->plainText(), doc.article().textOf(doc.analysis().quotes.at(i).span));
        // Each block quote is followed by its attribution (linked to the quote) and its paragraph.
        int at = -1;
        for (int i = 0; i < tree.children.size(); ++i)
            if (&tree.children.at(i) == quotes.first())
                at = i;
        QVERIFY(at > 0);
        const MarkdownTree &attribution = tree.children.at(at + 1);
        const QString quoteParagraph = paragraphStarting(doc, QStringLiteral("\"Right now"));
        QCOMPARE(attribution.plainText(), QStringLiteral("— Xi Jinping, via MSN (%1)").arg(quoteParagraph));
        checkLinkTo(doc, attribution.findAll(QStringLiteral("link")).first()->url, QStringLiteral("Right now"));
        const int block = doc.article().blockAt(doc.analysis().quotes.first().span.start);
        QCOMPARE(QStringLiteral("¶ ") + QString::number(block + 1), quoteParagraph);
        const QString paragraph = doc.article().textOf(doc.article().blocks.at(block).range);
        QCOMPARE(tree.children.at(at + 2).plainText(), QStringLiteral("In context: ") + paragraph);
        // The quote with an unresolved speaker keeps the speaker's words.
        QCOMPARE(tree.children.at(at + 10).plainText(), QStringLiteral("— Taiwan's Mainland Affairs Council, via BBC (%1)")
                     .arg(paragraphStarting(doc, QStringLiteral("However, Taiwan's Mainland Affairs Council"))));
    }

    void testNotesAndMarkedQuote()
    {
        Document doc;
        loadSample(doc);
        const QString &text = doc.article().text;
        const auto spanOf = [&text](const QString &words) {
            const int at = int(text.indexOf(words));
            return Span(at, at + int(words.size()));
        };
        Note note;
        note.span = spanOf(QStringLiteral("mutual respect"));
        note.body = QStringLiteral("Check against the readout");
        note.tag = QStringLiteral("check");
        doc.addNote(note);
        Note highlight;
        highlight.span = spanOf(QStringLiteral("peaceful coexistence"));
        doc.addNote(highlight);
        Note orphan;
        orphan.exact = QStringLiteral("words since deleted");
        doc.addNote(orphan);
        QVERIFY(doc.addQuote(spanOf(QStringLiteral("the goal is not to seek specific deliverables")), QuoteKind::Indirect,
                             QStringLiteral("Karine Jean-Pierre")));

        const auto [front, body] = splitFrontMatter(render(doc));
        QVERIFY(front.contains(QStringLiteral("  notes: 2")));
        QVERIFY(front.contains(QStringLiteral("  quotes: 5")));
        const MarkdownTree tree = MarkdownTree::parse(body);
        const QList<const MarkdownTree *> quotes = tree.findAll(QStringLiteral("block_quote"));
        QStringList quoted;
        for (const MarkdownTree *q : quotes)
            quoted << q->plainText();
        QVERIFY(quoted.contains(QStringLiteral("the goal is not to seek specific deliverables")));
        // The notes section: each note's words quoted, then its body and tag, linked to its place.
        QCOMPARE(quoted.mid(quoted.size() - 2), (QStringList{QStringLiteral("mutual respect"), QStringLiteral("peaceful coexistence")}));
        int at = -1;
        for (int i = 0; i < tree.children.size(); ++i)
            if (&tree.children.at(i) == quotes.at(quotes.size() - 2))
                at = i;
        QVERIFY(at > 0);
        const MarkdownTree &line = tree.children.at(at + 1);
        QVERIFY2(line.plainText().startsWith(QStringLiteral("Check against the readout #check (¶ ")), qPrintable(line.plainText()));
        checkLinkTo(doc, line.findAll(QStringLiteral("link")).first()->url, QStringLiteral("mutual respect"));
        QVERIFY(!body.contains(QStringLiteral("words since deleted")));

        ExportOptions without;
        without.includeNotes = false;
        QVERIFY(splitFrontMatter(render(doc, without)).first.contains(QStringLiteral("  notes: 0")));
    }

    void testSampleSources()
    {
        Document doc;
        loadSample(doc);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(render(doc)).second);
        // Each group is a list of sources (in text order within the group), each with its citations.
        QStringList items;
        for (const MarkdownTree &block : tree.children) {
            if (block.type != QLatin1String("list"))
                continue;
            for (const MarkdownTree &item : block.children)
                items << item.children.first().plainText() + QStringLiteral(" / ")
                        + QString::number(item.findAll(QStringLiteral("item")).size() - 1);
        }
        QCOMPARE(items, (QStringList{QStringLiteral("MSN / 1"), QStringLiteral("CNN / 1"), QStringLiteral("South China Morning Post / 1"),
                                     QStringLiteral("BBC / 1"), QStringLiteral("AFP via Getty Images / 1"),
                                     QStringLiteral("White House spokesperson Karine Jean-Pierre / 1"),
                                     QStringLiteral("Reports (anonymous) / 2")}));
        const MarkdownTree *reports = nullptr;
        for (const MarkdownTree *item : tree.findAll(QStringLiteral("item")))
            if (item->children.first().plainText().startsWith(QLatin1String("Reports"))) {
                reports = item;
                break;
            }
        QVERIFY(reports);
        const QList<const MarkdownTree *> citations = reports->findAll(QStringLiteral("item"));
        QCOMPARE(citations.size(), 3);
        QCOMPARE(citations.at(1)->plainText(),
            QStringLiteral("Reports (revealed): ") + paragraphStarting(doc, QStringLiteral("Jinping's statement came")));
        QCOMPARE(citations.at(2)->plainText(),
            QStringLiteral("Reports (revealed): ") + paragraphStarting(doc, QStringLiteral("Reports also revealed")));
        checkLinkTo(doc, citations.at(2)->findAll(QStringLiteral("link")).first()->url, QStringLiteral("Reports also revealed"));
    }

    void testSampleTimeline()
    {
        Document doc;
        loadSample(doc);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(render(doc)).second);
        const MarkdownTree &table = *tree.findAll(QStringLiteral("table")).last();
        QCOMPARE(table.findAll(QStringLiteral("table_header")).first()->cells(),
                 (QStringList{QStringLiteral("Date"), QStringLiteral("Expression"), QStringLiteral("Event")}));
        QStringList dates, expressions;
        const QList<const MarkdownTree *> rows = table.findAll(QStringLiteral("table_row"));
        for (const MarkdownTree *row : rows) {
            dates << row->cells().at(0);
            expressions << row->findAll(QStringLiteral("link")).first()->plainText();
            checkLinkTo(doc, row->findAll(QStringLiteral("link")).first()->url, expressions.last());
        }
        // Calendar values in order, then durations and the unresolved date in text order.
        QCOMPARE(dates, (QStringList{QStringLiteral("1949"), QStringLiteral("2015-09-25"), QStringLiteral("2021-07"), QStringLiteral("2021-10"),
                                     QStringLiteral("2021-W45"), QStringLiteral("2021-W46"), QStringLiteral("PXM"), QStringLiteral("unresolved"),
                                     QStringLiteral("PXDE")}));
        QCOMPARE(expressions.first(), QStringLiteral("since 1949"));
        QCOMPARE(rows.at(1)->cells(), (QStringList{QStringLiteral("2015-09-25"), QStringLiteral("September 25, 2015 (%1)").arg(paragraphStarting(doc, QStringLiteral("US Vice President Joe Biden"))),
                                                   QStringLiteral("toast during a State Luncheon for China")}));
    }

    void testHostileTextKeepsStructure()
    {
        Document doc;
        doc.setArticle(SampleDocument::hostileArticle());
        doc.setAnalysis(SampleDocument::hostileAnalysis(doc.article()));
        const QString markdown = render(doc);
        const auto [front, body] = splitFrontMatter(markdown);
        // Front matter: one line per key, values read back exactly.
        QCOMPARE(front.size(), 11);
        QCOMPARE(yamlValue(front, QStringLiteral("title")), doc.article().meta.title);
        QCOMPARE(yamlValue(front, QStringLiteral("outlet")), doc.article().meta.outlet);
        QCOMPARE(yamlValue(front, QStringLiteral("source")), doc.article().meta.path);

        const MarkdownTree tree = MarkdownTree::parse(body);
        QCOMPARE(headings(tree), (QList<Heading>{{1, flat(doc.article().meta.title)},
                                                 {2, QStringLiteral("Entities")},
                                                 {2, QStringLiteral("Quotes")},
                                                 {2, QStringLiteral("Sources")},
                                                 {3, QStringLiteral("Anonymous sources")},
                                                 {2, QStringLiteral("Timeline")}}));
        QVERIFY(tree.findAll(QStringLiteral("html_inline")).isEmpty());
        QVERIFY(tree.findAll(QStringLiteral("html_block")).isEmpty());
        QVERIFY(tree.findAll(QStringLiteral("emph")).isEmpty());
        QVERIFY(tree.findAll(QStringLiteral("code")).isEmpty());
        QVERIFY(tree.findAll(QStringLiteral("thematic_break")).isEmpty());

        const QList<const MarkdownTree *> tables = tree.findAll(QStringLiteral("table"));
        QCOMPARE(tables.size(), 2);
        const QList<const MarkdownTree *> rows = tables.first()->findAll(QStringLiteral("table_row"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)->cells(), (QStringList{QStringLiteral("😀 *Smiley* <script>alert(1)</script>"), QStringLiteral("Person"),
                                                   QStringLiteral("1"), QStringLiteral("a|b, `x` y, 1. z"), QStringLiteral("¶ 2")}));
        QCOMPARE(rows.at(1)->cells().first(), QStringLiteral("- 1. > | cell |"));
        checkLinkTo(doc, rows.at(0)->findAll(QStringLiteral("link")).first()->url, QStringLiteral("😀 *Smiley*"));

        const QList<const MarkdownTree *> quotes = tree.findAll(QStringLiteral("block_quote"));
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first()->plainText(), QStringLiteral("Yes | no second line"));

        const QList<const MarkdownTree *> timeline = tables.last()->findAll(QStringLiteral("table_row"));
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first()->cells(), (QStringList{QStringLiteral("1999-12-31"), QStringLiteral("1999-12-31 (¶ 3)"),
                                                         QStringLiteral("--- === [ref]")}));
        const QList<const MarkdownTree *> items = tree.findAll(QStringLiteral("item"));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)->children.first().plainText(), QStringLiteral("[ref]: http://example.com (anonymous)"));
        QCOMPARE(items.at(1)->plainText(), QStringLiteral("=== [ref]: http://example.com (<!-- c -->): ¶ 3"));
    }

    void testOptions_data()
    {
        QTest::addColumn<ExportOptions>("options");
        QTest::addColumn<bool>("frontMatter");
        QTest::addColumn<QList<Heading>>("sections"); // headings after the title
        QTest::addColumn<int>("titleLevel");
        QTest::addColumn<int>("contextParagraphs");
        const QList<Heading> all{{2, QStringLiteral("Entities")},
                                 {2, QStringLiteral("Quotes")},
                                 {2, QStringLiteral("Sources")},
                                 {3, QStringLiteral("Outlets")},
                                 {3, QStringLiteral("News agencies")},
                                 {3, QStringLiteral("Officials and official bodies")},
                                 {3, QStringLiteral("Anonymous sources")},
                                 {2, QStringLiteral("Timeline")}};
        QTest::newRow("defaults") << ExportOptions() << true << all << 1 << 4;
        ExportOptions o;
        o.frontMatter = false;
        QTest::newRow("no front matter") << o << false << all << 1 << 4;
        o = ExportOptions();
        o.includeEntities = false;
        o.includeTimeline = false;
        QTest::newRow("without entities and timeline") << o << true << all.mid(1, 6) << 1 << 4;
        o = ExportOptions();
        o.includeQuotes = false;
        o.includeSources = false;
        QTest::newRow("without quotes and sources")
            << o << true << QList<Heading>{{2, QStringLiteral("Entities")}, {2, QStringLiteral("Timeline")}} << 1 << 0;
        o = ExportOptions();
        o.includeContext = false;
        QTest::newRow("without context excerpts") << o << true << all << 1 << 0;
        o = ExportOptions();
        o.headingLevel = 2;
        QList<Heading> deeper;
        for (const Heading &h : all)
            deeper << Heading(h.first + 1, h.second);
        QTest::newRow("heading level 2") << o << true << deeper << 2 << 4;
        o.headingLevel = 9;
        QList<Heading> deepest;
        for (const Heading &h : all)
            deepest << Heading(h.first + 3, h.second);
        QTest::newRow("heading level clamped to 4") << o << true << deepest << 4 << 4;
    }
    void testOptions()
    {
        QFETCH(ExportOptions, options);
        QFETCH(bool, frontMatter);
        QFETCH(QList<Heading>, sections);
        QFETCH(int, titleLevel);
        QFETCH(int, contextParagraphs);
        Document doc;
        loadSample(doc);
        const QString markdown = render(doc, options);
        QCOMPARE(markdown.startsWith(QLatin1String("---\n")), frontMatter);
        const MarkdownTree tree = MarkdownTree::parse(splitFrontMatter(markdown).second);
        const QList<Heading> all = headings(tree);
        QCOMPARE(all.first(), Heading(titleLevel, doc.article().meta.title));
        QCOMPARE(all.mid(1), sections);
        int context = 0;
        for (const MarkdownTree *p : tree.findAll(QStringLiteral("paragraph")))
            if (p->plainText().startsWith(QLatin1String("In context: ")))
                ++context;
        QCOMPARE(context, contextParagraphs);
        QVERIFY(!markdown.contains(QLatin1String("\n\n\n")));
        QVERIFY(markdown.endsWith(QLatin1String("|\n")) || markdown.endsWith(QLatin1String(")\n")));
    }

    void testEmptyAnalysisDropsSections()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        ExportOptions o;
        o.frontMatter = false;
        const QString markdown = render(doc, o);
        const MarkdownTree tree = MarkdownTree::parse(markdown);
        QCOMPARE(tree.blockTypes(), (QStringList{QStringLiteral("heading"), QStringLiteral("paragraph")}));
        QCOMPARE(tree.children.last().plainText(),
                 QStringLiteral("Published: 2021-11-12 · Entities: 0 · Quotes: 0 (speakers: 0) · Sources: 0 (anonymous: 0) · Timeline: 0"));
    }

    void testGoldenFile()
    {
        Document doc;
        loadSample(doc);
        const QString markdown = Golden::normalize(render(doc));
        QCOMPARE(markdown, Golden::expected(QStringLiteral("xi-urges-us-cooperation.md"), markdown));
    }

    void testMarkdownlint_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("frontMatter");
        QTest::newRow("sample article") << QStringLiteral("sample") << true;
        QTest::newRow("sample without front matter") << QStringLiteral("sample") << false;
        QTest::newRow("hostile text") << QStringLiteral("hostile") << true;
        QTest::newRow("no analysis") << QStringLiteral("empty") << true;
    }
    void testMarkdownlint()
    {
        // markdownlint-cli2 (npm) from $BYLINE_MARKDOWNLINT or PATH; CI installs it, elsewhere this is skipped.
        QString lint = qEnvironmentVariable("BYLINE_MARKDOWNLINT");
        if (lint.isEmpty())
            lint = QStandardPaths::findExecutable(QStringLiteral("markdownlint-cli2"));
        if (lint.isEmpty())
            QSKIP("markdownlint-cli2 not found (npm install markdownlint-cli2; set BYLINE_MARKDOWNLINT to its path)");
        QFETCH(QString, which);
        QFETCH(bool, frontMatter);
        Document doc;
        if (which == QLatin1String("hostile")) {
            doc.setArticle(SampleDocument::hostileArticle());
            doc.setAnalysis(SampleDocument::hostileAnalysis(doc.article()));
        } else {
            doc.setArticle(SampleDocument::sampleArticle());
            if (which == QLatin1String("sample"))
                doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        }
        ExportOptions o;
        o.frontMatter = frontMatter;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(render(doc, o).toUtf8());
        f.close();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(lint, {QStringLiteral("--config"), QStringLiteral(BYLINE_FIXTURES "/golden/.markdownlint-cli2.jsonc"), path});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
    }

    void testCustomTemplate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{{! my layout, saved with Windows line ends }}\r\n# {{title}}\r\n\r\n{{#quotes}}\r\n- {{speaker}}: {{text}}\r\n{{/quotes}}\r\n");
        f.close();
        Document doc;
        loadSample(doc);
        ExportOptions o;
        o.templatePath = path;
        const MarkdownTree tree = MarkdownTree::parse(render(doc, o));
        QCOMPARE(tree.blockTypes(), (QStringList{QStringLiteral("heading"), QStringLiteral("list")}));
        const QList<const MarkdownTree *> items = tree.findAll(QStringLiteral("item"));
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(1)->plainText(), QStringLiteral("Karine Jean-Pierre: ") + doc.article().textOf(doc.analysis().quotes.at(1).span));
        QVERIFY(!render(doc, o).contains(QLatin1Char('\r')));
    }

    void testBrokenTemplateFails_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed section") << QByteArray("# {{title}}\n{{#quotes}}\n") << QStringLiteral("Template line 2: the section \"quotes\" is never closed.");
        QTest::newRow("unknown filter") << QByteArray("{{title|html}}\n") << QStringLiteral("Template line 1: unknown filter \"html\".");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("Cannot read the template");
    }
    void testBrokenTemplateFails()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.md"));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Document doc;
        loadSample(doc);
        ExportOptions o;
        o.templatePath = path;
        MarkdownExporter exporter;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!exporter.write(doc, &buffer, o));
        QVERIFY2(exporter.errorString().contains(error), qPrintable(exporter.errorString()));
        QVERIFY(buffer.data().isEmpty());
    }

    void testUnwritableDevice()
    {
        Document doc;
        loadSample(doc);
        MarkdownExporter exporter;
        QBuffer closed;
        QVERIFY(!exporter.write(doc, &closed, ExportOptions()));
        QCOMPARE(exporter.errorString(), QStringLiteral("The output is not writable."));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
