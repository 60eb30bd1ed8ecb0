// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_quotecontext.h"

#include <QTest>

using namespace Byline;

class TestDirectQuoteAnnotator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QStringList>("expected"); // "quoted words | kind | cue"
        QTest::newRow("quote then speaker and verb")
            << QStringLiteral("\"Cooperation is the only right choice,\" Jinping said via MSN.")
            << QStringList{QStringLiteral("person|Xi Jinping|Jinping"), QStringLiteral("outlet|MSN|MSN")}
            << QStringList{QStringLiteral("Cooperation is the only right choice, | direct | said")};
        QTest::newRow("quote then verb and speaker")
            << QStringLiteral("\"Foolhardy provocation deserves harsh punishment\", said KCNA.")
            << QStringList{QStringLiteral("outlet|Korean Central News Agency|KCNA")}
            << QStringList{QStringLiteral("Foolhardy provocation deserves harsh punishment | direct | said")};
        QTest::newRow("speaker and verb then colon") << QStringLiteral("Baird said: \"It is neither classified nor secret.\"")
                                                     << QStringList{QStringLiteral("person|John Baird|Baird")}
                                                     << QStringList{QStringLiteral("It is neither classified nor secret. | direct | said")};
        QTest::newRow("according to after a lower-case quote")
            << QStringLiteral("By this time, \"her skin was weeping\", according to the Sydney Morning Herald.")
            << QStringList{QStringLiteral("outlet|Sydney Morning Herald|Sydney Morning Herald")}
            << QStringList{QStringLiteral("her skin was weeping | partial | according to")};
        QTest::newRow("partial quote in reported speech")
            << QStringLiteral("Environment Minister John Baird has asked officials how documents stored in \"approved security cabinets\" "
                              "wound up on the street.")
            << QStringList{QStringLiteral("person|John Baird|John Baird")}
            << QStringList{QStringLiteral("approved security cabinets | partial | asked")};
        QTest::newRow("scare quote after an article") << QStringLiteral("The army was told to prepare a \"quasi-state of war\".")
                                                      << QStringList{} << QStringList{};
        QTest::newRow("term after known as")
            << QStringLiteral("The constituency, commonly known as \"Super District Council\" seats, was won by the camp.") << QStringList{}
            << QStringList{};
        QTest::newRow("title in title case")
            << QStringLiteral("Kristen Wilkins, curator of \"Andy Warhol: Photographs and Prints from the University Collection\", spoke.")
            << QStringList{QStringLiteral("person|Kristen Wilkins|Kristen Wilkins")} << QStringList{};
        QTest::newRow("article title before a dash and its outlet")
            << QStringLiteral("\"Document found on street not secret, say feds\" \u2014 The Canadian Press, August 15, 2008")
            << QStringList{QStringLiteral("outlet|The Canadian Press|The Canadian Press")} << QStringList{};
        QTest::newRow("single-word scare quote") << QStringLiteral("Collections include Polaroids of \"unknowns\" who have no fame.")
                                                 << QStringList{} << QStringList{};
        QTest::newRow("sentence in quotes without a cue")
            << QStringLiteral("Why did she want to attend? \"It's Warhol. He is a legend.\"") << QStringList{}
            << QStringList{QStringLiteral("It's Warhol. He is a legend. | direct | ")};
        QTest::newRow("verb before the quote without punctuation")
            << QStringLiteral("His sister pleaded with him, but he replied \"I am not able to do that\".") << QStringList{}
            << QStringList{QStringLiteral("I am not able to do that | direct | replied")};
        QTest::newRow("quote split around its attribution")
            << QStringLiteral("\"Stop the shelling,\" said KCNA, \"before it is too late.\"")
            << QStringList{QStringLiteral("outlet|Korean Central News Agency|KCNA")}
            << QStringList{QStringLiteral("Stop the shelling, | direct | said"), QStringLiteral("before it is too late. | partial | said")};
        QTest::newRow("so-called term before a later cue")
            << QStringLiteral("The so-called \"peace dividend\" never arrived, critics say.") << QStringList{} << QStringList{};
        QTest::newRow("quoted subject of the sentence, cue later")
            << QStringLiteral("Her \"zero tolerance\" policy failed, officials said.") << QStringList{} << QStringList{};
        QTest::newRow("title after titled") << QStringLiteral("He wrote a book titled \"How we won,\" officials said.")
                                           << QStringList{} << QStringList{};
        QTest::newRow("quote followed by its speaker without a comma")
            << QStringLiteral("\u201CWe agree\u201D Biden said on Monday.") << QStringList{QStringLiteral("person|Joe Biden|Biden")}
            << QStringList{QStringLiteral("We agree | direct | said")};
        QTest::newRow("called X a quoted phrase: the speaker's characterisation")
            << QStringLiteral("Paul Dewar called the security lapses \"a disgrace\" on Friday.")
            << QStringList{QStringLiteral("person|Paul Dewar|Paul Dewar")} << QStringList{QStringLiteral("a disgrace | partial | called")};
        QTest::newRow("called then the quote directly, pronoun subject") << QStringLiteral("She called \"irresponsible\" any delay.")
                                                                          << QStringList{}
                                                                          << QStringList{QStringLiteral("irresponsible | partial | called")};
        QTest::newRow("described it as a quoted phrase")
            << QStringLiteral("The ministry described the shelling as \"a grave provocation\".")
            << QStringList{QStringLiteral("organization|Ministry of Defence|ministry")}
            << QStringList{QStringLiteral("a grave provocation | partial | described")};
        QTest::newRow("described without as is no characterisation")
            << QStringLiteral("The report described \"approved cabinets\" in detail.") << QStringList{} << QStringList{};
        QTest::newRow("a thing called a quoted title has no speaker")
            << QStringLiteral("One print exhibited was the Annie Oakley screen print called \"Cowboys and Indians\" from 1987.")
            << QStringList{QStringLiteral("person|Annie Oakley|Annie Oakley")} << QStringList{};
        QTest::newRow("a group called a quoted name has no speaker")
            << QStringLiteral("They joined a group called \"the friends of the park\" last year.") << QStringList{} << QStringList{};
        QTest::newRow("passive called is no characterisation by the subject")
            << QStringLiteral("He was called \"a traitor\" by some.") << QStringList{} << QStringList{};
        QTest::newRow("curly quotes and in the words of")
            << QStringLiteral("In the words of the prosecutor, Mark Tedeschi, \u201CGloria spent months crying.\u201D")
            << QStringList{QStringLiteral("person|Mark Tedeschi|Mark Tedeschi")}
            << QStringList{QStringLiteral("Gloria spent months crying. | direct | words")};
    }
    void testQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entities);
        QFETCH(QStringList, expected);
        QuoteFixture f({text}, entities);
        f.run(1);
        QStringList got;
        for (const Quote &q : f.context->result.quotes)
            got << f.text(q.span) + QStringLiteral(" | ") + quoteKindName(q.kind) + QStringLiteral(" | ") + f.text(q.cue);
        QCOMPARE(got, expected);
    }
    void testQuoteOverParagraphs()
    {
        QuoteFixture f({QStringLiteral("\"We will keep working with all parties."), QStringLiteral("\"We will not stop,\" Rathke said.")},
                       {QStringLiteral("person|Jeff Rathke|Rathke")});
        f.run(1);
        QCOMPARE(f.context->result.quotes.size(), 1);
        const Quote q = f.context->result.quotes.first();
        QCOMPARE(f.text(q.span), QStringLiteral("We will keep working with all parties.\n\"We will not stop,"));
        QCOMPARE(f.text(q.cue), QStringLiteral("said"));
        QCOMPARE(q.id, QStringLiteral("q1"));
    }
    void testBoilerplateIgnored()
    {
        Article a;
        a.appendBlock(QStringLiteral("\"Read more,\" said the site."), BlockRole::Boilerplate);
        AnalysisContext ctx(a, Resources::instance());
        Segmenter(Resources::instance()).annotate(ctx);
        DirectQuoteAnnotator(Resources::instance()).annotate(ctx);
        QVERIFY(ctx.result.quotes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectQuoteAnnotator)
#include "tst_directquoteannotator.moc"
