// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownescaper.h"

#include "markdowntree.h"

#include <QTest>
#include <QUrl>

using namespace Byline;

/**
 * Escaped text must read back from cmark-gfm exactly as given (line breaks as one space),
 * wherever the exporter puts it: table cell, heading, list item, block quote, link text.
 */
class TestMarkdownEscaper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // what a reader sees after parsing
        QTest::newRow("plain words") << QStringLiteral("Xi Jinping") << QStringLiteral("Xi Jinping");
        QTest::newRow("table pipes") << QStringLiteral("a | b || c") << QStringLiteral("a | b || c");
        QTest::newRow("emphasis stars and underscores") << QStringLiteral("*x* **y** _z_ __w__ snake_case")
                                                        << QStringLiteral("*x* **y** _z_ __w__ snake_case");
        QTest::newRow("heading hashes") << QStringLiteral("# not a heading #") << QStringLiteral("# not a heading #");
        QTest::newRow("html tags and comments") << QStringLiteral("<b>bold</b> <!-- c --> <script>x</script>")
                                                << QStringLiteral("<b>bold</b> <!-- c --> <script>x</script>");
        QTest::newRow("backticks") << QStringLiteral("`code` ``two`` ```") << QStringLiteral("`code` ``two`` ```");
        QTest::newRow("brackets and links") << QStringLiteral("[x](http://y) ![img](z) [ref]: http://a")
                                            << QStringLiteral("[x](http://y) ![img](z) [ref]: http://a");
        QTest::newRow("backslash at the end") << QStringLiteral("C:\\path\\") << QStringLiteral("C:\\path\\");
        QTest::newRow("entities") << QStringLiteral("&amp; &#42; &copy") << QStringLiteral("&amp; &#42; &copy");
        QTest::newRow("strikethrough") << QStringLiteral("~~gone~~") << QStringLiteral("~~gone~~");
        QTest::newRow("line breaks become spaces") << QStringLiteral("one\ntwo\r\nthree\u2028four\tfive")
                                                   << QStringLiteral("one two three four five");
        QTest::newRow("list marker at the start") << QStringLiteral("- item") << QStringLiteral("- item");
        QTest::newRow("plus marker at the start") << QStringLiteral("+ item") << QStringLiteral("+ item");
        QTest::newRow("ordered list at the start") << QStringLiteral("1. first") << QStringLiteral("1. first");
        QTest::newRow("ordered list with paren") << QStringLiteral("12) twelfth") << QStringLiteral("12) twelfth");
        QTest::newRow("block quote at the start") << QStringLiteral("> quoted") << QStringLiteral("> quoted");
        QTest::newRow("thematic break") << QStringLiteral("---") << QStringLiteral("---");
        QTest::newRow("setext underline") << QStringLiteral("===") << QStringLiteral("===");
        QTest::newRow("break then heading") << QStringLiteral("text\n# heading\n> quote\n| a | b |")
                                           << QStringLiteral("text # heading > quote | a | b |");
        QTest::newRow("urls and e-mail stay text") << QStringLiteral("see http://example.com/a_b, WWW.example.org or a@b.com")
                                                   << QStringLiteral("see http://example.com/a_b, WWW.example.org or a@b.com");
        QTest::newRow("astral characters") << QStringLiteral("😀 *smile*") << QStringLiteral("😀 *smile*");
        QTest::newRow("surrounding whitespace trimmed") << QStringLiteral("  padded \n") << QStringLiteral("padded");
    }
    void testRoundTrip()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString e = MarkdownEscaper::inlineText(input);

        // In a table cell: still one table, one body row, three cells, the middle one intact.
        const MarkdownTree table = MarkdownTree::parse(QStringLiteral("| a | b | c |\n| --- | --- | --- |\n| x | ") + e
                                                       + QStringLiteral(" | y |\n"));
        QCOMPARE(table.blockTypes(), QStringList{QStringLiteral("table")});
        const QList<const MarkdownTree *> rows = table.findAll(QStringLiteral("table_row"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->cells(), (QStringList{QStringLiteral("x"), expected, QStringLiteral("y")}));

        // As a heading, a list item, a block quote and link text.
        const MarkdownTree heading = MarkdownTree::parse(QStringLiteral("## ") + e + QLatin1Char('\n'));
        QCOMPARE(heading.blockTypes(), QStringList{QStringLiteral("heading")});
        QCOMPARE(heading.children.first().plainText(), expected);

        const MarkdownTree item = MarkdownTree::parse(QStringLiteral("- ") + e + QLatin1Char('\n'));
        QCOMPARE(item.blockTypes(), QStringList{QStringLiteral("list")});
        QCOMPARE(item.findAll(QStringLiteral("item")).size(), 1);
        QCOMPARE(item.plainText(), expected);

        const MarkdownTree quote = MarkdownTree::parse(QStringLiteral("> ") + e + QLatin1Char('\n'));
        QCOMPARE(quote.blockTypes(), QStringList{QStringLiteral("block_quote")});
        QCOMPARE(quote.plainText(), expected);

        const MarkdownTree para = MarkdownTree::parse(e + QLatin1Char('\n'));
        if (!expected.isEmpty()) {
            QCOMPARE(para.blockTypes(), QStringList{QStringLiteral("paragraph")});
            QCOMPARE(para.plainText(), expected);
            // No autolinks either, except that cmark-gfm links e-mail addresses even with an escaped '@'
            // (it matches after merging text nodes); the text stays the same and markdownlint accepts it.
            for (const MarkdownTree *l : para.findAll(QStringLiteral("link")))
                QCOMPARE(l->url, QStringLiteral("mailto:") + l->plainText());
        }

        const MarkdownTree link = MarkdownTree::parse(QStringLiteral("see [") + e + QStringLiteral("](byline://open?path=%2Fa&offset=3)\n"));
        const QList<const MarkdownTree *> links = link.findAll(QStringLiteral("link"));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first()->plainText(), expected);
        QCOMPARE(links.first()->url, QStringLiteral("byline://open?path=%2Fa&offset=3"));
        QVERIFY(link.findAll(QStringLiteral("html_inline")).isEmpty());
    }

    void testYamlScalar_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty is null") << QString() << QStringLiteral("null");
        QTest::newRow("plain") << QStringLiteral("Xi Jinping") << QStringLiteral("\"Xi Jinping\"");
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\o/") << QStringLiteral("\"say \\\"hi\\\" \\\\o/\"");
        QTest::newRow("yaml syntax stays text") << QStringLiteral("a: b # c\n- d") << QStringLiteral("\"a: b # c\\n- d\"");
        QTest::newRow("control character") << QStringLiteral("bell\u0007") << QStringLiteral("\"bell\\u0007\"");
    }
    void testYamlScalar()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownEscaper::yamlScalar(input), expected);
    }

    void testUrlQueryValue_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain path") << QStringLiteral("/home/a/news.txt") << QStringLiteral("/home/a/news.txt");
        QTest::newRow("space, parens, ampersand, hash")
            << QStringLiteral("/tmp/odd dir (1)/a&b#c?.txt") << QStringLiteral("/tmp/odd%20dir%20%281%29/a%26b%23c%3F.txt");
        QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("/新闻/é.txt") << QStringLiteral("/%E6%96%B0%E9%97%BB/%C3%A9.txt");
    }
    void testUrlQueryValue()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString encoded = MarkdownEscaper::urlQueryValue(input);
        QCOMPARE(encoded, expected);
        QCOMPARE(QUrl::fromPercentEncoding(encoded.toUtf8()), input);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownEscaper)
#include "tst_markdownescaper.moc"
