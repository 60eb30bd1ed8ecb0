// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotemarkfinder.h"
#include "analysis/resources.h"
#include "model/article.h"

#include <QTest>

using namespace Byline;

class TestQuoteMarkFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFind_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("expected"); // outermost quotes; "+" marks one that continued over paragraphs
        QTest::newRow("straight double") << QStringList{QStringLiteral("He said \"we agree\" today.")}
                                         << QStringList{QStringLiteral("we agree")};
        QTest::newRow("curly double") << QStringList{QStringLiteral("\u201CRight now,\u201D she said.")}
                                      << QStringList{QStringLiteral("Right now,")};
        QTest::newRow("guillemets") << QStringList{QStringLiteral("\u00ABBonjour\u00BB, dit-il.")} << QStringList{QStringLiteral("Bonjour")};
        QTest::newRow("reversed guillemets") << QStringList{QStringLiteral("\u00BBHallo\u00AB, sagte er.")}
                                             << QStringList{QStringLiteral("Hallo")};
        QTest::newRow("low-high") << QStringList{QStringLiteral("\u201EWir schaffen das\u201C, sagte sie.")}
                                  << QStringList{QStringLiteral("Wir schaffen das")};
        QTest::newRow("single quotes") << QStringList{QStringLiteral("He called it 'a disaster' yesterday.")}
                                       << QStringList{QStringLiteral("a disaster")};
        QTest::newRow("curly single quotes") << QStringList{QStringLiteral("It was \u2018a disaster\u2019, he said.")}
                                             << QStringList{QStringLiteral("a disaster")};
        QTest::newRow("apostrophes are not quotes")
            << QStringList{QStringLiteral("Taiwan's leaders aren't in Thomas' house, it's true.")} << QStringList{};
        QTest::newRow("nested quote stays inside")
            << QStringList{QStringLiteral("\"He told me 'never again',\" she said.")} << QStringList{QStringLiteral("He told me 'never again',")};
        QTest::newRow("trailing ellipsis inside the marks")
            << QStringList{QStringLiteral("\"Following the principles of win-win cooperation...,\" Jinping said via MSN.")}
            << QStringList{QStringLiteral("Following the principles of win-win cooperation...,")};
        QTest::newRow("quote over two paragraphs")
            << QStringList{QStringLiteral("\"The first part of the quote."), QStringLiteral("\"The second part,\" she said.")}
            << QStringList{QStringLiteral("+The first part of the quote.\n\"The second part,")};
        QTest::newRow("unclosed quote is dropped")
            << QStringList{QStringLiteral("\"An unclosed quote"), QStringLiteral("Plain text follows.")} << QStringList{};
        QTest::newRow("stray opening apostrophe does not nest the next quote")
            << QStringList{QStringLiteral("In the '90s, he said \"hello there\" to me.")} << QStringList{QStringLiteral("hello there")};
        QTest::newRow("two quotes in one sentence")
            << QStringList{QStringLiteral("\"Stop the shelling,\" said KCNA, \"before it is too late.\"")}
            << QStringList{QStringLiteral("Stop the shelling,"), QStringLiteral("before it is too late.")};
    }
    void testFind()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, expected);
        Article a;
        for (const QString &p : paragraphs)
            a.appendBlock(p, BlockRole::Paragraph);
        QStringList got;
        for (const QuotedSpan &q : QuoteMarkFinder(Resources::instance()).find(a)) {
            if (q.depth == 0)
                got << (q.continued ? QStringLiteral("+") : QString()) + a.textOf(q.inner);
        }
        QCOMPARE(got, expected);
    }
    void testNestedDepth()
    {
        Article a;
        a.appendBlock(QStringLiteral("\"He told me 'never again',\" she said."), BlockRole::Paragraph);
        const QList<QuotedSpan> found = QuoteMarkFinder(Resources::instance()).find(a);
        QCOMPARE(found.size(), 2);
        QCOMPARE(a.textOf(found.at(1).inner), QStringLiteral("never again"));
        QCOMPARE(found.at(1).depth, 1);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMarkFinder)
#include "tst_quotemarkfinder.moc"
