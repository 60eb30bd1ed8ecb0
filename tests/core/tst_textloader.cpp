// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/textloader.h"

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
} // namespace

class TstTextLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBlocks_data();
    void testBlocks();
    void testSampleRoles();
    void testMetadata();
    void testErrors_data();
    void testErrors();
    void testHugeSingleLineIsLinear();
};

void TstTextLoader::testBlocks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("hard-wrapped paragraph joined with spaces")
        << QStringLiteral(
               "Headline here\n\nThe minister said on Tuesday that the talks would resume\nnext week in Geneva, "
               "after a pause of three\nmonths.\n")
        << QStringList { QStringLiteral("title: Headline here"),
               QStringLiteral(
                   "paragraph: The minister said on Tuesday that the talks would resume next week in Geneva, "
                   "after a pause of three months.") };
    QTest::newRow("CRLF and CR line ends, whitespace runs collapsed")
        << QStringLiteral(
               "Title\r\n\r\nFirst   paragraph\there is long enough to be prose, and it goes on.\r\rSecond one.")
        << QStringList { QStringLiteral("title: Title"),
               QStringLiteral("paragraph: First paragraph here is long enough to be prose, and it goes on."),
               QStringLiteral("paragraph: Second one.") };
    QTest::newRow("short line before a long one is its own block (heading without blank line)")
        << QStringLiteral("A title\n\nWhat happens next\nThe committee will meet again on Friday to decide whether the "
                          "bill goes to a vote.")
        << QStringList { QStringLiteral("title: A title"), QStringLiteral("heading: What happens next"),
               QStringLiteral(
                   "paragraph: The committee will meet again on Friday to decide whether the bill goes to a vote.") };
    QTest::newRow("byline and date-only dateline under the title")
        << QStringLiteral(
               "Markets rally\n\nBy Jane Doe and John Roe, Reuters\n\nMonday, May 18, 2015\n\nStocks rose on Monday as "
               "investors cheered the data.")
        << QStringList { QStringLiteral("title: Markets rally"),
               QStringLiteral("byline: By Jane Doe and John Roe, Reuters"),
               QStringLiteral("dateline: Monday, May 18, 2015"),
               QStringLiteral("paragraph: Stocks rose on Monday as investors cheered the data.") };
    QTest::newRow("caption with a parenthesised photo credit is split")
        << QStringLiteral(
               "Title\n\nThe mayor opens the new bridge on Sunday. (Photo: Ana Lima/City Hall)\n\nThe bridge cost "
               "twelve million euros and took four years to build.")
        << QStringList { QStringLiteral("title: Title"),
               QStringLiteral("caption: The mayor opens the new bridge on Sunday."),
               QStringLiteral("credit: (Photo: Ana Lima/City Hall)"),
               QStringLiteral("paragraph: The bridge cost twelve million euros and took four years to build.") };
    QTest::newRow("advertisement between paragraphs, related link and short trailing lines")
        << QStringLiteral(
               "Title\n\nFirst paragraph of the story, with a full stop.\n\nAdvertisement\n\nSecond paragraph of the "
               "story.\n\nRelated: Five things to know about the vote\n\nShare on Facebook\nMost read")
        << QStringList { QStringLiteral("title: Title"),
               QStringLiteral("paragraph: First paragraph of the story, with a full stop."),
               QStringLiteral("boilerplate: Advertisement"),
               QStringLiteral("paragraph: Second paragraph of the story."),
               QStringLiteral("boilerplate: Related: Five things to know about the vote"),
               QStringLiteral("boilerplate: Share on Facebook"), QStringLiteral("boilerplate: Most read") };
    QTest::newRow("inline tags line") << QStringLiteral(
        "Title\n\nThe text of the article ends here.\n\nTopics: Energy, Climate")
                                      << QStringList { QStringLiteral("title: Title"),
                                             QStringLiteral("paragraph: The text of the article ends here."),
                                             QStringLiteral("tags: Topics: Energy, Climate") };
    QTest::newRow("a long first paragraph is no title")
        << QStringLiteral("The council voted on Monday to close the old library. It will reopen as a school next "
                          "year.\n\nMore text.")
        << QStringList { QStringLiteral("paragraph: The council voted on Monday to close the old library. It will "
                                        "reopen as a school next year."),
               QStringLiteral("paragraph: More text.") };
}

void TstTextLoader::testBlocks()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const Article a = TextLoader::fromText(input);
    QCOMPARE(describe(a), expected);
}

void TstTextLoader::testSampleRoles()
{
    QFile file(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const LoadResult r = TextLoader::load(bytes, QStringLiteral("xi-urges-us-cooperation.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = *r.article;
    const QList<BlockRole> roles { BlockRole::Title, BlockRole::Caption, BlockRole::Caption, BlockRole::Credit,
        BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Heading, BlockRole::Paragraph,
        BlockRole::Paragraph, BlockRole::Heading, BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Paragraph,
        BlockRole::Paragraph, BlockRole::Heading, BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Paragraph,
        BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Paragraph, BlockRole::Tags, BlockRole::Tags,
        BlockRole::Boilerplate };
    QCOMPARE(int(a.blocks.size()), int(roles.size()));
    for (int i = 0; i < roles.size(); ++i)
        QVERIFY2(a.blocks.at(i).role == roles.at(i),
            qPrintable(QStringLiteral("block %1 \"%2\" is %3")
                           .arg(i)
                           .arg(a.textOf(a.blocks.at(i).range), blockRoleName(a.blocks.at(i).role))));

    // Every paragraph of the file is one block, word for word; only the caption is split from its credit.
    QStringList lines;
    for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    QCOMPARE(int(lines.size()), 24);
    QCOMPARE(a.textOf(a.blocks.at(1).range), QStringLiteral("US-CHINA-DIPLOMACY-BIDEN-KERRY-XI"));
    QCOMPARE(a.textOf(a.blocks.at(2).range), lines.at(2).left(lines.at(2).indexOf(QLatin1String(" Photo credit"))));
    QCOMPARE(a.textOf(a.blocks.at(3).range),
        QStringLiteral("Photo credit should read PAUL J. RICHARDS/AFP via Getty Images"));
    for (int i = 3; i < lines.size(); ++i)
        QCOMPARE(a.textOf(a.blocks.at(i + 1).range), lines.at(i));
    QCOMPARE(
        a.meta.title, QStringLiteral("Chinese President Xi Jinping Urges US To Cooperate, Practice Mutual Respect"));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
}

void TstTextLoader::testMetadata()
{
    const Article a = TextLoader::fromText(
        QStringLiteral("Title line\n\nBy Maria Sanchez | Nov. 12, 2021\n\nBody text follows here."));
    QCOMPARE(a.meta.title, QStringLiteral("Title line"));
    QCOMPARE(a.meta.authors, QStringList { QStringLiteral("Maria Sanchez") });
    QCOMPARE(a.meta.format, QStringLiteral("text"));
}

void TstTextLoader::testErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("NUL bytes") << QByteArray("Some text\0with a NUL", 20)
                               << QStringLiteral(
                                      "The file x.txt is not a text file: it contains binary data. Open a plain-text, "
                                      "Markdown, HTML or PDF article.");
    QTest::newRow("only whitespace") << QByteArray(" \n\t\n")
                                     << QStringLiteral("The file x.txt is empty: there is no article text to show.");
}

void TstTextLoader::testErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const LoadResult r = TextLoader::load(bytes, QStringLiteral("x.txt"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

void TstTextLoader::testHugeSingleLineIsLinear()
{
    // 50 MB without a newline: anything quadratic would take hours, linear takes about a second.
    QByteArray bytes(50 * 1024 * 1024, 'a');
    for (int i = 7; i < bytes.size(); i += 8)
        bytes[i] = ' ';
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = TextLoader::load(bytes, QStringLiteral("huge.txt"));
    QVERIFY(r.ok());
    QCOMPARE(int(r.article->blocks.size()), 1);
    QCOMPARE(int(r.article->text.size()), 50 * 1024 * 1024 - 1); // the final space is trimmed
    qInfo("50 MB single line loaded in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 60000);
}

QTEST_GUILESS_MAIN(TstTextLoader)
#include "tst_textloader.moc"
