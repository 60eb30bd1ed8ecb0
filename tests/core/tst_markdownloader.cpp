// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/markdownloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Byline;

namespace {
QStringList describe(const Article &a)
{
    QStringList out;
    for (const Block &b : a.blocks)
        out << blockRoleName(b.role) + QLatin1String(": ") + a.textOf(b.range);
    return out;
}
} // namespace

class TstMarkdownLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFixture();
    void testBlocks_data();
    void testBlocks();
    void testInline_data();
    void testInline();
    void testLargeLineIsLinear();
};

void TstMarkdownLoader::testFixture()
{
    QFile file(QStringLiteral(BYLINE_FIXTURES "/io/article.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const LoadResult r = MarkdownLoader::load(file.readAll(), QStringLiteral("article.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = *r.article;
    QCOMPARE(describe(a),
        (QStringList { QStringLiteral("title: Night trains return to the Baltic coast"),
            QStringLiteral("credit: Photo: Karl Brandt/Rail Weekly"),
            QStringLiteral(
                "paragraph: The first sleeper service in a decade left Berlin for the Baltic coast on Wednesday night, "
                "with 212 passengers and a waiting list for the spring, the operator Nordlicht Rail said."),
            QStringLiteral(
                "paragraph: Tickets start at \u20ac49 for a seat and \u20ac129 for a private compartment; the NL 301 "
                "train runs three times a week."),
            QStringLiteral("heading: What passengers said"),
            QStringLiteral(
                "blockquote: \"I haven't taken a night train since I was a student,\" said Ute Kr\u00e4mer, 61, who "
                "boarded in Berlin."),
            QStringLiteral("paragraph: Reasons given for choosing the train:"),
            QStringLiteral("listitem: lower emissions than flying;"),
            QStringLiteral("listitem: arriving rested, without an early flight;"),
            QStringLiteral("listitem: a km-based fare that is easy to compare."),
            QStringLiteral("heading: What comes next"),
            QStringLiteral("paragraph: The operator plans a second route to Gda\u0144sk in 2025 *if* demand holds."),
            QStringLiteral("boilerplate: Advertisement") }));
    QCOMPARE(a.blocks.at(4).level, 2);
    QCOMPARE(a.blocks.at(10).level, 2);
    QCOMPARE(a.meta.format, QStringLiteral("markdown"));
    QCOMPARE(a.meta.title, QStringLiteral("Night trains return to the Baltic coast"));
    QCOMPARE(a.meta.authors, (QStringList { QStringLiteral("Lena Fischer"), QStringLiteral("Jonas Weber") }));
    QCOMPARE(a.meta.url, QStringLiteral("https://www.railweekly.example/night-trains-baltic"));
    QCOMPARE(a.meta.outlet, QStringLiteral("Rail Weekly"));
    QCOMPARE(a.meta.published, QDate(2024, 2, 14));
}

void TstMarkdownLoader::testBlocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QString>("author");
    QTest::newRow("ATX h1 first is the title, closing hashes dropped")
        << QStringLiteral("# Budget passes #\n\nBy Jane Doe\n\nText of the story.\n\n### Reaction ###\n\nMore text.")
        << QStringList { QStringLiteral("title: Budget passes"), QStringLiteral("byline: By Jane Doe"),
               QStringLiteral("paragraph: Text of the story."), QStringLiteral("heading: Reaction"),
               QStringLiteral("paragraph: More text.") }
        << QStringLiteral("Jane Doe");
    QTest::newRow("setext h1, fenced code, nested quote")
        << QStringLiteral(
               "Budget passes\n=============\n\n```\nlet x = 1;\n```\n\n> > nested quote\n> still quoted\n\nplain")
        << QStringList { QStringLiteral("title: Budget passes"), QStringLiteral("paragraph: let x = 1;"),
               QStringLiteral("blockquote: nested quote still quoted"), QStringLiteral("paragraph: plain") }
        << QString();
    QTest::newRow("front matter author string and a source that is a name")
        << QStringLiteral("---\ntitle: 'T'\nauthor: Ann Lee\nsource: Reuters\n---\nBody line one\nline two.")
        << QStringList { QStringLiteral("title: T"), QStringLiteral("paragraph: Body line one line two.") }
        << QStringLiteral("Ann Lee");
    QTest::newRow("a thematic break is not front matter in the middle")
        << QStringLiteral("Intro text.\n\n---\n\nAfter the break.")
        << QStringList { QStringLiteral("paragraph: Intro text."), QStringLiteral("paragraph: After the break.") }
        << QString();
    QTest::newRow("link reference definitions are dropped")
        << QStringLiteral("See [the report][r] for details.\n\n[r]: https://example.org/report \"Report\"")
        << QStringList { QStringLiteral("paragraph: See the report for details.") } << QString();
}

void TstMarkdownLoader::testBlocks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, blocks);
    QFETCH(QString, author);
    const Article a = MarkdownLoader::fromText(markdown);
    QCOMPARE(describe(a), blocks);
    QCOMPARE(a.meta.authors.value(0), author);
}

void TstMarkdownLoader::testInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis and strong") << QStringLiteral("a *b* **c** _d_ __e__ ~~f~~")
                                         << QStringLiteral("a b c d e f");
    QTest::newRow("snake_case is not emphasis")
        << QStringLiteral("the file_name_here stays") << QStringLiteral("the file_name_here stays");
    QTest::newRow("link, image and autolink")
        << QStringLiteral("[site](https://x.example \"t\") ![logo](l.png) <https://y.example/a>")
        << QStringLiteral("site https://y.example/a");
    QTest::newRow("code span keeps its markup")
        << QStringLiteral("run `a *b* c` now") << QStringLiteral("run a *b* c now");
    QTest::newRow("escapes") << QStringLiteral("\\*not emphasis\\* and \\[not a link\\]")
                             << QStringLiteral("*not emphasis* and [not a link]");
    QTest::newRow("HTML tags and entities")
        << QStringLiteral("<b>bold</b> &amp; <span class=\"x\">span</span> &#8220;q&#x201D;")
        << QStringLiteral("bold & span \u201cq\u201d");
}

void TstMarkdownLoader::testInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownLoader::renderInline(markdown), text);
}

void TstMarkdownLoader::testLargeLineIsLinear()
{
    // 20 MB in one paragraph line, full of inline markup: every rendering pass must stay linear.
    const QString sentence = QStringLiteral(
        "The council met on *Tuesday*, and the [mayor](http://x.example) said the `budget` would pass. ");
    QString markdown = QStringLiteral("# Big\n\n");
    markdown.reserve(21 * 1024 * 1024);
    while (markdown.size() < 20 * 1024 * 1024)
        markdown += sentence;
    QElapsedTimer timer;
    timer.start();
    const Article a = MarkdownLoader::fromText(markdown);
    QCOMPARE(int(a.blocks.size()), 2);
    QVERIFY(!a.text.contains(QLatin1Char('*')));
    qInfo("20 MB Markdown line rendered in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 120000);
}

QTEST_GUILESS_MAIN(TstMarkdownLoader)
#include "tst_markdownloader.moc"
