// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_quotecontext.h"

#include <QTest>

using namespace Byline;

class TestIndirectSpeechAnnotator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testIndirect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QStringList>("expected"); // "reported words | cue | rule"
        QTest::newRow("X said that")
            << QStringLiteral("White House spokesperson Karine Jean-Pierre said that the meeting is part of the efforts.")
            << QStringList{QStringLiteral("person|Karine Jean-Pierre|Karine Jean-Pierre"), QStringLiteral("organization|White House|White House")}
            << QStringList{QStringLiteral("that the meeting is part of the efforts | said | indirect:that-clause")};
        QTest::newRow("X said that, then the whole clause quoted: the partial quote only")
            << QStringLiteral("Addressing a conference, the bank chief said that \"the prospects for a return to growth appear good.\"")
            << QStringList{} << QStringList{};
        QTest::newRow("X said that, a partial quote inside the clause")
            << QStringLiteral("The bank chief said that the prospects \"appear good\" for next year.") << QStringList{}
            << QStringList{QStringLiteral("that the prospects \"appear good\" for next year | said | indirect:that-clause")};
        QTest::newRow("a participle after a noun is not a cue")
            << QStringLiteral("According to the Associated Press, the number of people claiming weekly benefits rose 15,000 last week.")
            << QStringList{QStringLiteral("outlet|Associated Press|Associated Press")}
            << QStringList{QStringLiteral("the number of people claiming weekly benefits rose 15,000 last week | According to | indirect:according-to")};
        QTest::newRow("X urged Y to")
            << QStringLiteral("Last month, the Chinese Foreign Ministry urged US forces to stop providing military help to Taiwan.")
            << QStringList{QStringLiteral("organization|Chinese Foreign Ministry|Chinese Foreign Ministry"),
                           QStringLiteral("location|United States|US"), QStringLiteral("location|Taiwan|Taiwan")}
            << QStringList{QStringLiteral("US forces to stop providing military help to Taiwan | urged | indirect:that-clause")};
        QTest::newRow("X confirmed that, according to Y")
            << QStringLiteral("Weeks later, Taiwanese President Tsai Ing-wen confirmed that US troops have been training their military, "
                              "according to CNN.")
            << QStringList{QStringLiteral("person|Tsai Ing-wen|Tsai Ing-wen"), QStringLiteral("location|United States|US"),
                           QStringLiteral("outlet|CNN|CNN")}
            << QStringList{QStringLiteral("that US troops have been training their military | confirmed | indirect:that-clause")};
        QTest::newRow("According to X, clause")
            << QStringLiteral("According to the South China Morning Post, Biden and Jinping won't discuss the consulates.")
            << QStringList{QStringLiteral("outlet|South China Morning Post|South China Morning Post"), QStringLiteral("person|Joe Biden|Biden"),
                           QStringLiteral("person|Xi Jinping|Jinping")}
            << QStringList{QStringLiteral("Biden and Jinping won't discuss the consulates | According to | indirect:according-to")};
        QTest::newRow("clause, according to X")
            << QStringLiteral("For example, the museum saw attendance reach 11,000 visitors in 2010, according to curator Elaine Gustafon.")
            << QStringList{QStringLiteral("person|Elaine Gustafon|Elaine Gustafon")}
            << QStringList{QStringLiteral("For example, the museum saw attendance reach 11,000 visitors in 2010 | according to | indirect:according-to")};
        QTest::newRow("according to a role and a name the entity layer missed")
            << QStringLiteral("The museum saw 11,000 visitors in 2010, according to curator Elaine Gustafon.") << QStringList{}
            << QStringList{QStringLiteral("The museum saw 11,000 visitors in 2010 | according to | indirect:according-to")};
        QTest::newRow("which, according to X, clause")
            << QStringLiteral("They kept a policy which, according to AFP, the United Nations have criticised.")
            << QStringList{QStringLiteral("outlet|AFP|AFP"), QStringLiteral("organization|United Nations|United Nations")}
            << QStringList{QStringLiteral("the United Nations have criticised | according to | indirect:according-to")};
        QTest::newRow("clause, X says") << QStringLiteral("The broadcasts will continue, South Korea says.")
                                        << QStringList{QStringLiteral("location|South Korea|South Korea")}
                                        << QStringList{QStringLiteral("The broadcasts will continue | says | indirect:clause-before")};
        QTest::newRow("X, apposition, said")
            << QStringLiteral("Paul Dewar, an Ottawa New Democrat MP, said the lapses raise serious questions.")
            << QStringList{QStringLiteral("person|Paul Dewar|Paul Dewar"), QStringLiteral("location|Ottawa|Ottawa")}
            << QStringList{QStringLiteral("the lapses raise serious questions | said | indirect:that-clause")};
        QTest::newRow("X, who …, said")
            << QStringLiteral("Qin Gang, who read the letter in Washington, said the relations are at a juncture.")
            << QStringList{QStringLiteral("person|Qin Gang|Qin Gang"), QStringLiteral("location|Washington|Washington")}
            << QStringList{QStringLiteral("the relations are at a juncture | said | indirect:that-clause")};
        QTest::newRow("told an addressee without that")
            << QStringLiteral("Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident.")
            << QStringList{QStringLiteral("person|Sujata Raisinghani|Sujata Raisinghani"), QStringLiteral("outlet|CBC News|CBC News"),
                           QStringLiteral("organization|Environment Canada|Environment Canada")}
            << QStringList{QStringLiteral("the department will look into the incident | told | indirect:that-clause")};
        QTest::newRow("participle after a comma") << QStringLiteral("It renamed the database, adding the words to the name.")
                                                  << QStringList{} << QStringList{};
        QTest::newRow("pronoun subject without that") << QStringLiteral("He said he had only seen the installation in film.")
                                                      << QStringList{}
                                                      << QStringList{QStringLiteral("he had only seen the installation in film | said | indirect:that-clause")};
        QTest::newRow("role subject") << QStringLiteral("The Chinese president also acknowledged that there is a need to manage differences.")
                                      << QStringList{}
                                      << QStringList{QStringLiteral("that there is a need to manage differences | acknowledged | indirect:that-clause")};
        QTest::newRow("anonymous subject") << QStringLiteral("Reports revealed that the discussion could take place next week.")
                                           << QStringList{}
                                           << QStringList{QStringLiteral("that the discussion could take place next week | revealed | indirect:that-clause")};
        QTest::newRow("clause, X said in a statement")
            << QStringLiteral("The talks have ended, the ministry said in a statement.") << QStringList{}
            << QStringList{QStringLiteral("The talks have ended | said | indirect:clause-before")};
        QTest::newRow("X said Tuesday that")
            << QStringLiteral("Biden told reporters on Tuesday that the meeting went well.") << QStringList{QStringLiteral("person|Joe Biden|Biden")}
            << QStringList{QStringLiteral("that the meeting went well | told | indirect:that-clause")};
        QTest::newRow("passive is not speech") << QStringLiteral("The military has been told to prepare for war.") << QStringList{}
                                               << QStringList{};
        QTest::newRow("urge without an infinitive") << QStringLiteral("Jinping peacefully urged unification.")
                                                    << QStringList{QStringLiteral("person|Xi Jinping|Jinping")} << QStringList{};
        QTest::newRow("no subject") << QStringLiteral("Asked about the talks, the answer was short.") << QStringList{} << QStringList{};
        QTest::newRow("maintain with a plain object is no speech")
            << QStringLiteral("Malaysia and Indonesia have maintained a policy of turning away boats of migrants.")
            << QStringList{QStringLiteral("location|Malaysia|Malaysia"), QStringLiteral("location|Indonesia|Indonesia")} << QStringList{};
        QTest::newRow("maintain that") << QStringLiteral("Senator Jane Doe maintained that she had done nothing wrong.")
                                       << QStringList{QStringLiteral("person|Jane Doe|Jane Doe")}
                                       << QStringList{QStringLiteral("that she had done nothing wrong | maintained | indirect:that-clause")};
        QTest::newRow("said that, then an inserted clause: the complementizer is part of the content")
            << QStringLiteral("Tom Molomby said that, as the parents came from India, they should be declared not guilty.")
            << QStringList{QStringLiteral("person|Tom Molomby|Tom Molomby")}
            << QStringList{QStringLiteral("that, as the parents came from India, they should be declared not guilty | said | indirect:that-clause")};
        QTest::newRow("a text that opens with \", added X\" has no clause before the cue (a fuzzer's find)")
            << QStringLiteral(", added KCNA.") << QStringList{QStringLiteral("outlet|KCNA|KCNA")} << QStringList{};
        QTest::newRow("a product recall is no speech") << QStringLiteral("Toyota recalled 2,000 cars over faulty brakes.")
                                                       << QStringList{QStringLiteral("organization|Toyota|Toyota")} << QStringList{};
    }
    void testIndirect()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entities);
        QFETCH(QStringList, expected);
        QuoteFixture f({text}, entities);
        f.run(2);
        QStringList got;
        for (const Quote &q : f.context->result.quotes) {
            if (q.kind == QuoteKind::Indirect)
                got << f.text(q.span) + QStringLiteral(" | ") + f.text(q.cue) + QStringLiteral(" | ") + q.rule;
        }
        QCOMPARE(got, expected);
    }
    void testDirectQuoteIsNotAlsoIndirect()
    {
        QuoteFixture f({QStringLiteral("Baird said, \"It is neither classified nor secret.\"")}, {QStringLiteral("person|John Baird|Baird")});
        f.run(2);
        QCOMPARE(f.context->result.quotes.size(), 1);
        QCOMPARE(f.context->result.quotes.first().kind, QuoteKind::Direct);
    }
};

QTEST_GUILESS_MAIN(TestIndirectSpeechAnnotator)
#include "tst_indirectspeechannotator.moc"
