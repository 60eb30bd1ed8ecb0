// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscontext.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"
#include "analysis/timexeventanchor.h"
#include "analysis/timexlexicon.h"

#include <QTest>

using namespace Byline;

class TestTimexEventAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAnchor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("timex");
        QTest::addColumn<QString>("event");
        QTest::newRow("time after its verb") << QStringLiteral("Biden and Xi won't discuss it after it was closed in July due to some issues.")
                                             << QStringLiteral("July") << QStringLiteral("it was closed");
        QTest::newRow("clause opened by that") << QStringLiteral("Reports revealed that the leaders' discussion could take place as early as next week.")
                                               << QStringLiteral("as early as next week") << QStringLiteral("the leaders' discussion could take place");
        QTest::newRow("fronted expression takes the next clause")
            << QStringLiteral("Last month, the Chinese Foreign Ministry urged US forces to stop, according to CNN.") << QStringLiteral("Last month")
            << QStringLiteral("the Chinese Foreign Ministry urged US forces to stop");
        QTest::newRow("preposition left out") << QStringLiteral("China and Taiwan's issues have been in existence for decades.")
                                              << QStringLiteral("decades") << QStringLiteral("China and Taiwan's issues have been in existence");
        QTest::newRow("expression first, verb after") << QStringLiteral("Yesterday the bank raised its rates.") << QStringLiteral("Yesterday")
                                                      << QStringLiteral("the bank raised its rates");
        QTest::newRow("too short for an event") << QStringLiteral("Tags: 2021.") << QStringLiteral("2021") << QString();
        QTest::newRow("a line break ends the clause") << QStringLiteral("SLUG-LINE\nLeaders toast on September 25, 2015 at the State Department.")
                                                      << QStringLiteral("September 25, 2015") << QStringLiteral("Leaders toast");
    }
    void testAnchor()
    {
        QFETCH(QString, text);
        QFETCH(QString, timex);
        QFETCH(QString, event);
        Article article;
        article.appendBlock(text, BlockRole::Paragraph);
        const Resources &resources = Resources::instance();
        AnalysisContext context(article, resources);
        Segmenter(resources).annotate(context);
        const int start = int(text.indexOf(timex));
        const int first = context.tokenAt(start);
        const int last = context.tokenAt(start + int(timex.size()) - 1);
        const TimexLexicon lexicon(resources);
        const Span span = TimexEventAnchor(lexicon).anchor(context, first, last);
        QCOMPARE(article.textOf(span), event);
        // Given the entries TimexRecognizer looked up (words, symbols and punctuation), the same event.
        TimexEventAnchor::Entries entries;
        for (const Token &t : context.tokens)
            entries.append(t.kind == Token::Number ? nullptr : lexicon.lookup(QStringView(context.text).mid(t.span.start, t.span.length())));
        QCOMPARE(article.textOf(TimexEventAnchor(lexicon).anchor(context, first, last, &entries)), event);
    }
};

QTEST_GUILESS_MAIN(TestTimexEventAnchor)
#include "tst_timexeventanchor.moc"
