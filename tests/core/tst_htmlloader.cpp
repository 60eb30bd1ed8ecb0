// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Byline;

namespace {
// "role: text" per block, the form the expectations below are written in.
QStringList describe(const Article &a)
{
    QStringList out;
    for (const Block &b : a.blocks)
        out << blockRoleName(b.role) + QLatin1String(": ") + a.textOf(b.range);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstHtmlLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSavedPages_data();
    void testSavedPages();
    void testSnippets_data();
    void testSnippets();
    void testMetadata_data();
    void testMetadata();
    void testDeclaredCharset_data();
    void testDeclaredCharset();
    void testNoText();
    void testChineseCharset();
    void testLargePageIsLinear();
};

void TstHtmlLoader::testSavedPages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QDate>("published");

    QTest::newRow("news site: menus, cookie banner, ads, share bar, related, newsletter, comments")
        << QStringLiteral(BYLINE_FIXTURES "/io/news-site.html") << QStringLiteral("UTF-8")
        << QStringList { QStringLiteral("title: Ferry fares to rise by a fifth as island operator cites fuel costs"),
               QStringLiteral("subtitle: Commuters from Skerry Island say the increase, the second in a year, will "
                              "push families to move to the mainland."),
               QStringLiteral("byline: By Marta Kowalski, Transport correspondent"),
               QStringLiteral("dateline: Tue 18 Apr 2023 07.45 CEST"),
               QStringLiteral("caption: The morning ferry leaves Port Alder for Skerry Island."),
               QStringLiteral("credit: Photo: Jonas Berg/The Harbour Ledger"),
               QStringLiteral("paragraph: Ferry tickets between Port Alder and Skerry Island will cost 21% more from 1 "
                              "June, the operator Northsound Ferries said on Monday, blaming fuel and insurance costs "
                              "that it says have doubled since 2021."),
               QStringLiteral("paragraph: A return fare for an adult foot passenger will rise from \u20ac14 to "
                              "\u20ac17, and a car with driver from \u20ac62 to \u20ac75. Season tickets, used by "
                              "about 900 islanders who work on the mainland, go up by 18%."),
               QStringLiteral("paragraph: \u201cWe have held prices for as long as we could,\u201d said Ingrid "
                              "Solberg, Northsound\u2019s chief executive. \u201cEvery crossing now costs us more than "
                              "it did two years ago, and the council\u2019s subsidy has not moved.\u201d"),
               QStringLiteral("heading: \u2018People will simply leave\u2019"),
               QStringLiteral("paragraph: Island residents reacted with dismay. Tomasz Nowak, who chairs the Skerry "
                              "Island community council, said the rise would hit young families hardest."),
               QStringLiteral("blockquote: If the ferry becomes a luxury, people will simply leave. We have lost two "
                              "classrooms at the school in five years already."),
               QStringLiteral("paragraph: The regional transport authority, which subsidises the route, said it would "
                              "review the 2022 agreement in the autumn. Options under discussion include:"),
               QStringLiteral("listitem: a residents\u2019 discount card for islanders;"),
               QStringLiteral("listitem: cheaper off-peak crossings;"),
               QStringLiteral("listitem: a cap on season-ticket prices until 2025."),
               QStringLiteral("paragraph: Northsound said the new fares would be reviewed again in twelve months."),
               QStringLiteral("tags: Transport, Skerry Island, Cost of living") }
        << QStringLiteral("Ferry fares to rise by a fifth as island operator cites fuel costs")
        << QStringLiteral("The Harbour Ledger")
        << QStringLiteral("https://www.harbourledger.example/news/2023/04/18/ferry-fares-rise")
        << QStringList { QStringLiteral("Marta Kowalski") } << QDate(2023, 4, 18);
    QTest::newRow("WordPress blog labelled ISO-8859-1 (windows-1252 bytes), no JSON-LD")
        << QStringLiteral(BYLINE_FIXTURES "/io/wordpress-blog.html") << QStringLiteral("windows-1252")
        << QStringList { QStringLiteral("title: What the river gauges told us about last winter\u2019s floods"),
               QStringLiteral("dateline: Posted on September 7, 2022"), QStringLiteral("byline: by Priya Raman"),
               QStringLiteral(
                   "paragraph: Last winter the Alder, the Wenn and the Loxley all broke their gauge records within "
                   "nine days of each other. I spent the summer going through the readings from the 34 public gauges "
                   "on the three rivers, and the picture is more interesting than the headlines suggested."),
               QStringLiteral("heading: Peaks arrived earlier than the models said"),
               QStringLiteral("paragraph: On the Wenn, the flood peak reached the town gauge at Marlow Bridge about "
                              "six hours before the forecast, which matters a great deal when the warning is what gets "
                              "people to move their cars."),
               QStringLiteral(
                   "caption: Hourly levels at Marlow Bridge, 12\u201316 January. Data: regional river authority."),
               QStringLiteral("paragraph: Three things stand out:"),
               QStringLiteral("listitem: the soils were already saturated after a wet December;"),
               QStringLiteral("listitem: two storms arrived within 48 hours;"),
               QStringLiteral("listitem: the upstream reservoir was full and spilling."),
               QStringLiteral("blockquote: \u201cThe reservoir is not a flood defence, and it was never designed to be "
                              "one,\u201d the authority\u2019s engineer told the inquiry."),
               QStringLiteral("credit: Flood inquiry transcript, day 3"),
               QStringLiteral(
                   "paragraph: None of this is a surprise to hydrologists, but it is worth saying plainly: the gauges "
                   "did their job, and the data is public. Anyone can download it and check my numbers.") }
        << QStringLiteral("What the river gauges told us about last winter\u2019s floods")
        << QStringLiteral("Field Notes on Water")
        << QStringLiteral("https://fieldnotes.example/2022/09/07/river-gauges-winter-floods/")
        << QStringList { QStringLiteral("Priya Raman") } << QDate(2022, 9, 7);
    QTest::newRow("wire story: JSON-LD @graph with @id references, no <article>, dateline")
        << QStringLiteral(BYLINE_FIXTURES "/io/wire-story.html") << QStringLiteral("UTF-8")
        << QStringList { QStringLiteral("title: Glacier talks stall as Alpine states split over water rights"),
               QStringLiteral("byline: By Elena Petrova and Tom\u00e1s Ortega"),
               QStringLiteral("dateline: November 12, 2021 4:10 AM UTC"),
               QStringLiteral(
                   "paragraph: GENEVA, Nov 12 (Meridian Wire) - Negotiators from four Alpine states ended a second "
                   "round of talks on sharing glacier meltwater without agreement on Friday, with downstream farmers "
                   "and upstream hydropower operators still at odds over summer allocations."),
               QStringLiteral("paragraph: The talks, hosted by the Swiss foreign ministry, were meant to produce a "
                              "draft framework before the winter. Instead, delegates agreed only to meet again in "
                              "March, two officials familiar with the discussions said."),
               QStringLiteral("paragraph: \"We are closer on the science than on the money,\" one negotiator said, "
                              "asking not to be named because the talks are confidential."),
               QStringLiteral("paragraph: Glaciers in the region have lost roughly a third of their volume since 2000, "
                              "according to a monitoring network run by several universities, and summer flows in some "
                              "valleys now depend heavily on meltwater that will dwindle within decades."),
               QStringLiteral("paragraph: Farm groups want guaranteed minimum releases in dry months. Power companies, "
                              "which store spring melt behind dams, say fixed releases would cut winter output when "
                              "electricity is most needed."),
               QStringLiteral("credit: (Reporting by Elena Petrova in Geneva and Tom\u00e1s Ortega in Madrid; Editing "
                              "by Hannah Cole)") }
        << QStringLiteral("Glacier talks stall as Alpine states split over water rights")
        << QStringLiteral("Meridian Wire")
        << QStringLiteral("https://www.meridianwire.example/world/europe/glacier-talks-stall-2021-11-12/")
        << QStringList { QStringLiteral("Elena Petrova"), QStringLiteral("Tom\u00e1s Ortega") } << QDate(2021, 11, 12);
}

void TstHtmlLoader::testSavedPages()
{
    QFETCH(QString, path);
    QFETCH(QString, encoding);
    QFETCH(QStringList, blocks);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, url);
    QFETCH(QStringList, authors);
    QFETCH(QDate, published);
    const LoadResult r = HtmlLoader::load(readFile(path), QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    const Article &a = *r.article;
    QCOMPARE(describe(a), blocks);
    QCOMPARE(a.meta.format, QStringLiteral("html"));
    QCOMPARE(a.meta.title, title);
    QCOMPARE(a.meta.outlet, outlet);
    QCOMPARE(a.meta.url, url);
    QCOMPARE(a.meta.authors, authors);
    QCOMPARE(a.meta.published, published);
}

void TstHtmlLoader::testSnippets_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("blocks");
    const QByteArray para
        = "The council approved the budget on Tuesday after a long debate, with eleven votes in favour, "
          "four against and two abstentions.";
    QTest::newRow("no article or main: the densest block wins over link lists")
        << QByteArray("<html><body><div class=\"links\"><p><a href=\"/1\">Home</a> <a href=\"/2\">World</a></p></div>"
                      "<div class=\"text\"><h1>Budget passes</h1><p>")
            + para + "</p><p>" + para + "</p></div></body></html>"
        << QStringList { QStringLiteral("title: Budget passes"),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("By <a rel=author> makes the paragraph a byline")
        << QByteArray("<article><h1>Budget passes</h1><p>By <a rel=\"author\" href=\"/a\">Jane Doe</a></p><p>") + para
            + "</p></article>"
        << QStringList { QStringLiteral("title: Budget passes"), QStringLiteral("byline: By Jane Doe"),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("no h1: the og:title becomes the title block")
        << QByteArray("<html><head><meta property=\"og:title\" content=\"Budget passes\"></head><body><article><p>")
            + para + "</p></article></body></html>"
        << QStringList { QStringLiteral("title: Budget passes"),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("an Advertisement paragraph inside the article is boilerplate")
        << QByteArray("<article><h1>T</h1><p>") + para + "</p><p>Advertisement</p><p>" + para + "</p></article>"
        << QStringList { QStringLiteral("title: T"), QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("boilerplate: Advertisement"),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("hidden, aria-hidden and display:none are dropped")
        << QByteArray("<article><h1>T</h1><div hidden>Hidden text</div><p aria-hidden=\"true\">Icon text</p>"
                      "<p style=\"display: none\">Invisible</p><p>")
            + para + "</p></article>"
        << QStringList { QStringLiteral("title: T"), QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("<br><br> separates paragraphs in an old-style page, one <br> does not")
        << QByteArray("<article><h1>T</h1><div>") + para + "<br>\n<br>" + para
            + "<br>Last line of the story, kept with it.</div></article>"
        << QStringList { QStringLiteral("title: T"), QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para)
                   + QStringLiteral(" Last line of the story, kept with it.") };
    QTest::newRow("text straight in a div, paragraphs parted by <br><br>, wins over a sidebar of <p>s")
        << QByteArray("<html><body><div id=\"side\"><p>Weather: sunny spells, then showers, by evening.</p>"
                      "<p>Traffic: the ring road is closed, again, at junction 4.</p></div><div id=\"story\">"
                      "<h1>Budget passes</h1>")
            + para + "<br><br>" + para + "</div></body></html>"
        << QStringList { QStringLiteral("title: Budget passes"), QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    QTest::newRow("a lead paragraph in a div of its own beside the body joins it, a link beside it does not")
        << QByteArray("<html><body><div class=\"story\"><div class=\"lead\"><p>The city's budget for next year "
                      "passed late on Tuesday, after a debate that ran past midnight.</p></div><div class=\"box\"><p>"
                      "<a href=\"/s\">Read the mayor's full statement on the budget and the rent rules</a></p></div>"
                      "<div class=\"text\"><p>")
            + para + "</p><p>" + para + "</p><p>" + para + "</p></div></div></body></html>"
        << QStringList { QStringLiteral("paragraph: The city's budget for next year passed late on Tuesday, after a "
                                        "debate that ran past midnight."),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para),
               QStringLiteral("paragraph: ") + QString::fromLatin1(para) };
    {
        // WordPress writes the post's tags into its classes ("tag-budget"): a whole post is no tag list.
        QByteArray post = "<article><div class=\"post tag-budget tag-council\"><h1>Budget passes</h1>";
        QStringList expected { QStringLiteral("title: Budget passes") };
        for (int i = 0; i < 9; ++i) {
            post += "<p>" + para + "</p>";
            expected << QStringLiteral("paragraph: ") + QString::fromLatin1(para);
        }
        QTest::newRow("a long post whose classes name its tags is not a tag list")
            << post + "<div class=\"tags\"><a href=\"/t/1\">Budget</a> <a href=\"/t/2\">Council</a></div></div></article>"
            << (expected << QStringLiteral("tags: Budget, Council"));
    }
    QTest::newRow("entities, no-break spaces, <br> and whitespace runs")
        << QByteArray("<article><h1>T</h1><p>Caf&eacute;&nbsp;owners \n   said &ldquo;yes&rdquo;<br>again &amp; again, "
                      "and the mayor agreed to meet them next week to discuss the rent rules.</p></article>")
        << QStringList { QStringLiteral("title: T"),
               QStringLiteral("paragraph: Caf\u00e9 owners said \u201cyes\u201d again & again, "
                              "and the mayor agreed to meet them next week to discuss the rent rules.") };
}

void TstHtmlLoader::testSnippets()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, blocks);
    const LoadResult r = HtmlLoader::load(html, QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(describe(*r.article), blocks);
}

void TstHtmlLoader::testMetadata_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QDate>("published");
    QTest::newRow("JSON-LD NewsArticle with author string and publisher object")
        << QByteArray(
               "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
               "\"headline\":\"Budget passes\",\"datePublished\":\"2020-05-01T09:00:00+02:00\",\"author\":\"Jane Doe\","
               "\"publisher\":{\"@type\":\"Organization\",\"name\":\"City Herald\"}}</script>")
        << QStringLiteral("Budget passes") << QStringLiteral("City Herald")
        << QStringList { QStringLiteral("Jane Doe") } << QDate(2020, 5, 1);
    QTest::newRow("JSON-LD array with an author array of objects") << QByteArray(
        "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"Herald\"},{\"@type\":\"Article\","
        "\"headline\":\"Budget "
        "passes\",\"datePublished\":\"2020-05-01\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        "{\"@type\":\"Person\",\"name\":\"Li Wei\"}]}]</script>") << QStringLiteral("Budget passes")
                                                                   << QString()
                                                                   << QStringList { QStringLiteral("Jane Doe"),
                                                                          QStringLiteral("Li Wei") }
                                                                   << QDate(2020, 5, 1);
    QTest::newRow("broken JSON-LD is ignored, meta tags used")
        << QByteArray(
               "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",}</script><meta name=\"date\" "
               "content=\"2019-12-31\">"
               "<meta property=\"article:author\" content=\"https://social.example/janedoe\"><meta name=\"author\" "
               "content=\"Ann Lee\">"
               "<title>Budget passes | City Herald</title><meta property=\"og:site_name\" content=\"City Herald\">")
        << QStringLiteral("Budget passes") << QStringLiteral("City Herald") << QStringList { QStringLiteral("Ann Lee") }
        << QDate(2019, 12, 31);
    QTest::newRow("a plain <time datetime> inside the article as the last resort")
        << QByteArray("<title>Budget passes</title></head><body><aside><time datetime=\"2001-01-01\">old</time></aside>"
                      "<article><p><time datetime=\"2018-03-04\">4 March</time></p></article>")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2018, 3, 4);
    QTest::newRow("pub_date written as 20100812")
        << QByteArray("<title>Budget passes</title><meta name=\"pub_date\" content=\"20100812\">")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2010, 8, 12);
    QTest::newRow("publish_date in RFC 2822 form")
        << QByteArray("<title>Budget passes</title><meta name=\"publish_date\" content=\"Thu, 06 Oct 2011 08:10:27 EST\">")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2011, 10, 6);
    QTest::newRow("the date in the canonical URL's path when no tag says")
        << QByteArray("<title>Budget passes</title><link rel=\"canonical\" "
                      "href=\"https://news.example/2014/6/26/5842180/budget-passes?ref=2015/1/1/\">")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2014, 6, 26);
    QTest::newRow("a month name in the URL's path")
        << QByteArray("<title>Budget passes</title><meta property=\"og:url\" "
                      "content=\"https://www.herald.example/world/2013/apr/22/budget-passes\">")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2013, 4, 22);
    QTest::newRow("digits that only start a URL segment are an id, not a date")
        << QByteArray("<title>Budget passes</title><link rel=\"canonical\" "
                      "href=\"https://www.herald.example/eco/20130405ARTFIG00473-budget.php\">")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate();
    QTest::newRow("<time pubdate> outranks a sailthru.date tag")
        << QByteArray("<title>Budget passes</title><meta name=\"sailthru.date\" content=\"2014-06-30\"></head><body>"
                      "<time pubdate datetime=\"2014-06-29 20:08:00-0400\">June 29</time>")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2014, 6, 29);
    QTest::newRow("og:title 'Outlet | Headline' loses the outlet, as <title> does")
        << QByteArray("<meta property=\"og:title\" content=\"City Herald | Budget passes\">"
                      "<meta property=\"og:site_name\" content=\"City Herald\">")
        << QStringLiteral("Budget passes") << QStringLiteral("City Herald") << QStringList() << QDate();
    QTest::newRow("<time itemprop=datePublished> when no meta says")
        << QByteArray("<title>Budget passes</title></head><body><time datetime=\"2018-03-04T10:00\" "
                      "itemprop=\"datePublished\">4 March</time>")
        << QStringLiteral("Budget passes") << QString() << QStringList() << QDate(2018, 3, 4);
}

void TstHtmlLoader::testMetadata()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QStringList, authors);
    QFETCH(QDate, published);
    const QByteArray html = "<html><head>" + head
        + "</head><body><article><p>The council approved the budget on Tuesday after a long debate that went on "
          "until well after midnight.</p></article></body></html>";
    const LoadResult r = HtmlLoader::load(html, QStringLiteral("page.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->meta.title, title);
    QCOMPARE(r.article->meta.outlet, outlet);
    QCOMPARE(r.article->meta.authors, authors);
    QCOMPARE(r.article->meta.published, published);
}

void TstHtmlLoader::testDeclaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("charset");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1252\">")
                                  << QStringLiteral("windows-1252");
    QTest::newRow("http-equiv") << QByteArray(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\" />")
                                << QStringLiteral("GB2312");
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QString();
}

void TstHtmlLoader::testDeclaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, charset);
    QCOMPARE(HtmlLoader::declaredCharset(html), charset);
}

void TstHtmlLoader::testNoText()
{
    const LoadResult r = HtmlLoader::load(
        "<html><head><script>var x = 1;</script></head><body><nav><a href=\"/\">Home</a></nav></body></html>",
        QStringLiteral("empty.html"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral(
            "The web page empty.html contains no article text. Save the page again once it has fully loaded, "
            "or copy its text into a .txt file."));
}

void TstHtmlLoader::testChineseCharset()
{
    // The GB18030 bytes of the text fixture inside a page that declares its charset.
    const QByteArray chinese = readFile(QStringLiteral(BYLINE_FIXTURES "/io/gb18030.txt"));
    QVERIFY(!chinese.isEmpty());
    const QByteArray html
        = "<html><head><meta charset=\"gb18030\"></head><body><article><p>" + chinese + "</p></article></body></html>";
    const LoadResult r = HtmlLoader::load(html, QStringLiteral("zh.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("gb18030"));
    QCOMPARE(int(r.article->blocks.size()), 1);
    QVERIFY(r.article->text.startsWith(QStringLiteral(
        "\u4e60\u8fd1\u5e73\u6566\u4fc3\u7f8e\u56fd\u5408\u4f5c \u5317\u4eac\uff0c2021\u5e7411\u670812\u65e5")));
}

void TstHtmlLoader::testLargePageIsLinear()
{
    // 20 MB of paragraphs with links and emphasis; anything quadratic in nodes or text would not finish.
    const QByteArray paragraph
        = "<p>The council met on Tuesday, and the mayor said the budget would pass, with <a href='/x'>a link</a> "
          "and <em>emphasis</em> here.</p>\n";
    QByteArray html = "<html><head><title>Big</title></head><body><article><h1>Big page</h1>";
    html.reserve(21 * 1024 * 1024);
    while (html.size() < 20 * 1024 * 1024)
        html += paragraph;
    html += "</article></body></html>";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = HtmlLoader::load(html, QStringLiteral("big.html"));
    QVERIFY(r.ok());
    QVERIFY(r.article->blocks.size() > 150000);
    qInfo("20 MB page extracted in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 120000);
}

QTEST_GUILESS_MAIN(TstHtmlLoader)
#include "tst_htmlloader.moc"
