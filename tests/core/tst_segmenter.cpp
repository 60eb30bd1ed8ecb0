// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscontext.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"

#include <QTest>

using namespace Byline;

class TestSegmenter : public QObject
{
    Q_OBJECT
private:
    static QStringList sentences(const QString &text)
    {
        Article a;
        a.appendBlock(text, BlockRole::Paragraph);
        AnalysisContext ctx(a, Resources::instance());
        Segmenter(Resources::instance()).annotate(ctx);
        QStringList out;
        for (Span s : ctx.sentences)
            out << a.textOf(s);
        return out;
    }
    static QStringList tokens(const QString &text)
    {
        Article a;
        a.appendBlock(text, BlockRole::Paragraph);
        AnalysisContext ctx(a, Resources::instance());
        Segmenter(Resources::instance()).annotate(ctx);
        QStringList out;
        for (const Token &t : ctx.tokens)
            out << a.textOf(t.span);
        return out;
    }

private Q_SLOTS:
    void testSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two plain sentences") << QStringLiteral("Biden spoke. Xi listened.")
                                             << QStringList{QStringLiteral("Biden spoke."), QStringLiteral("Xi listened.")};
        QTest::newRow("U.S. inside a sentence") << QStringLiteral("The U.S. military trained them. It said so.")
                                                << QStringList{QStringLiteral("The U.S. military trained them."), QStringLiteral("It said so.")};
        QTest::newRow("Mr. before a name") << QStringLiteral("Mr. Biden arrived. He left.")
                                           << QStringList{QStringLiteral("Mr. Biden arrived."), QStringLiteral("He left.")};
        QTest::newRow("Sept. before a day") << QStringLiteral("It opened Sept. 25 in D.C. and closed.")
                                            << QStringList{QStringLiteral("It opened Sept. 25 in D.C. and closed.")};
        QTest::newRow("initials") << QStringLiteral("Photo by Paul J. Richards. Next one.")
                                  << QStringList{QStringLiteral("Photo by Paul J. Richards."), QStringLiteral("Next one.")};
        QTest::newRow("Inc. then sentence") << QStringLiteral("He joined Acme Inc. The firm grew.")
                                            << QStringList{QStringLiteral("He joined Acme Inc."), QStringLiteral("The firm grew.")};
        QTest::newRow("D.C. then a new sentence") << QStringLiteral("It met in Washington, D.C. The talks ended.")
                                                  << QStringList{QStringLiteral("It met in Washington, D.C."), QStringLiteral("The talks ended.")};
        QTest::newRow("China-U.S. inside a sentence") << QStringLiteral("Right now, China-U.S. relations are at a juncture.")
                                                      << QStringList{QStringLiteral("Right now, China-U.S. relations are at a juncture.")};
        QTest::newRow("closing quote stays") << QStringLiteral("\"We agree.\" He nodded.")
                                             << QStringList{QStringLiteral("\"We agree.\""), QStringLiteral("He nodded.")};
        QTest::newRow("ellipsis then comma continues")
            << QStringLiteral("\"win-win cooperation...,\" Jinping said via MSN.")
            << QStringList{QStringLiteral("\"win-win cooperation...,\" Jinping said via MSN.")};
    }
    void testSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(sentences(text), expected);
    }
    void testTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("possessive split") << QStringLiteral("China's ambassador")
                                          << QStringList{QStringLiteral("China"), QStringLiteral("'s"), QStringLiteral("ambassador")};
        QTest::newRow("hyphenated name") << QStringLiteral("Karine Jean-Pierre said")
                                         << QStringList{QStringLiteral("Karine"), QStringLiteral("Jean-Pierre"), QStringLiteral("said")};
        QTest::newRow("date numbers") << QStringLiteral("on 9/25/2015, 1,000 people")
                                      << QStringList{QStringLiteral("on"), QStringLiteral("9/25/2015"), QStringLiteral(","),
                                                     QStringLiteral("1,000"), QStringLiteral("people")};
        QTest::newRow("dotted acronym after a hyphen") << QStringLiteral("China-U.S. relations")
                                                       << QStringList{QStringLiteral("China-U.S."), QStringLiteral("relations")};
        QTest::newRow("credit line") << QStringLiteral("PAUL J. RICHARDS/AFP")
                                     << QStringList{QStringLiteral("PAUL"), QStringLiteral("J."), QStringLiteral("RICHARDS"),
                                                    QStringLiteral("/"), QStringLiteral("AFP")};
        QTest::newRow("contraction kept") << QStringLiteral("aren't")
                                          << QStringList{QStringLiteral("aren't")};
    }
    void testTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tokens(text), expected);
    }

    // The cursor form of tokenAt() (timex and entities walk sentence by sentence with it) must
    // answer as the binary search does, whatever order the positions come in.
    void testTokenAtCursor()
    {
        Article a;
        a.appendBlock(QStringLiteral("Mr. Qin said on Monday that U.S.-China ties, \u201cat a low,\u201d must improve."),
            BlockRole::Paragraph);
        a.appendBlock(QStringLiteral("Talks   resume in 2024."), BlockRole::Paragraph);
        AnalysisContext ctx(a, Resources::instance());
        Segmenter(Resources::instance()).annotate(ctx);
        QVERIFY(ctx.tokens.size() > 20);
        const int end = int(a.text.size()) + 2;
        QList<int> order;
        for (int pos = -1; pos <= end; ++pos)
            order << pos; // increasing, as the annotators ask
        for (int pos = end; pos >= -1; --pos)
            order << pos; // then backwards: every step falls back on the binary search
        for (int k = 0; k < 200; ++k)
            order << (k * 37) % (end + 1); // and jumping about
        int cursor = 0;
        for (int pos : std::as_const(order))
            QCOMPARE(ctx.tokenAt(pos, cursor), ctx.tokenAt(pos));
    }

    // Past SpanIndex::MinItems tokens, sentences and blocks the context answers from its
    // position index instead of a binary search: at every position of a long article the
    // answers must be those of the plain searches (Article::blockAt for blocks, empty
    // blocks included).
    void testIndexedLookupsOnLongArticle()
    {
        Article a;
        for (int i = 0; i < 3000; ++i) {
            if (i % 97 == 0)
                a.appendBlock(QString(), BlockRole::Paragraph);
            a.appendBlock(QStringLiteral("Mr. Qin said on Monday, %1 May, that ties “must improve.” Talks resume.").arg(i % 28 + 1),
                          BlockRole::Paragraph);
        }
        AnalysisContext ctx(a, Resources::instance());
        Segmenter(Resources::instance()).annotate(ctx);
        QVERIFY(ctx.tokens.size() > SpanIndex::MinItems);
        QVERIFY(ctx.sentences.size() > SpanIndex::MinItems);
        QVERIFY(a.blocks.size() > SpanIndex::MinItems);
        const auto firstEndingAfter = [](const auto &list, int pos, auto end) {
            return int(std::upper_bound(list.cbegin(), list.cend(), pos,
                                        [&end](int p, const auto &item) { return p < end(item); })
                       - list.cbegin());
        };
        const int last = int(a.text.size()) + 40;
        for (int pos = -3; pos <= last; ++pos) {
            QCOMPARE(ctx.tokenAt(pos), firstEndingAfter(ctx.tokens, pos, [](const Token &t) { return t.span.end; }));
            const int s = firstEndingAfter(ctx.sentences, pos, [](Span sp) { return sp.end; });
            QCOMPARE(ctx.sentenceAt(pos), s < ctx.sentences.size() && ctx.sentences.at(s).start <= pos ? s : -1);
            QCOMPARE(ctx.blockAt(pos), a.blockAt(pos));
        }
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
