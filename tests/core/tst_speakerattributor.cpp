// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_quotecontext.h"

#include <QTest>

using namespace Byline;

class TestSpeakerAttributor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSpeakers_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QStringList>("expected"); // per quote: "quoted words | speaker mention | speaker name | sieve"
        QTest::newRow("explicit X said")
            << QStringList{QStringLiteral("\"We will gain from cooperation,\" Jinping said via MSN.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping, Jinping"), QStringLiteral("outlet|MSN|MSN")}
            << QStringList{QStringLiteral("We will gain from cooperation, | Jinping | Xi Jinping | cue")};
        QTest::newRow("explicit said X") << QStringList{QStringLiteral("\"Provocation deserves punishment\", said KCNA.")}
                                         << QStringList{QStringLiteral("outlet|Korean Central News Agency|KCNA")}
                                         << QStringList{QStringLiteral("Provocation deserves punishment | KCNA | Korean Central News Agency | cue")};
        QTest::newRow("lower-case role before the name, subject of the verb")
            << QStringList{QStringLiteral("\"People are still intrigued by stars,\" curator Elaine Gustafon said.")}
            << QStringList{QStringLiteral("person|Elaine Gustafon|Elaine Gustafon")}
            << QStringList{QStringLiteral("People are still intrigued by stars, | curator Elaine Gustafon | Elaine Gustafon | cue")};
        QTest::newRow("characterisation: the subject of called speaks")
            << QStringList{QStringLiteral("Paul Dewar called the security lapses \"a disgrace\" on Friday.")}
            << QStringList{QStringLiteral("person|Paul Dewar|Paul Dewar")}
            << QStringList{QStringLiteral("a disgrace | Paul Dewar | Paul Dewar | cue")};
        QTest::newRow("title before the name: the speaker span takes it in, as the corpus marks speakers")
            << QStringList{QStringLiteral("\"It is not secret,\" said Environment Minister John Baird.")}
            << QStringList{QStringLiteral("person|John Baird|John Baird")}
            << QStringList{QStringLiteral("It is not secret, | Environment Minister John Baird | John Baird | cue")};
        QTest::newRow("role, name, said: the name in the apposition speaks")
            << QStringList{QStringLiteral("The bank's CEO, Ken Lewis, said in a statement that \"credit costs remain high.\"")}
            << QStringList{QStringLiteral("person|Ken Lewis|Ken Lewis")}
            << QStringList{QStringLiteral("credit costs remain high. | Ken Lewis | Ken Lewis | cue")};
        QTest::newRow("said organisation, role, person: the person speaks")
            << QStringList{QStringLiteral("\"It took too long,\" said Uralsib analyst Chris Weafer.")}
            << QStringList{QStringLiteral("organization|Uralsib|Uralsib"), QStringLiteral("person|Chris Weafer|Chris Weafer")}
            << QStringList{QStringLiteral("It took too long, | Uralsib analyst Chris Weafer | Chris Weafer | cue")};
        QTest::newRow("said organisation without a person after it")
            << QStringList{QStringLiteral("\"Markets will recover,\" said Uralsib in a note.")}
            << QStringList{QStringLiteral("organization|Uralsib|Uralsib")}
            << QStringList{QStringLiteral("Markets will recover, | Uralsib | Uralsib | cue")};
        QTest::newRow("X, who …, said with the speaker before the relative clause")
            << QStringList{QStringLiteral("Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said, \"These images serve as "
                                          "documentation.\"")}
            << QStringList{QStringLiteral("person|Cynthia Thompson|Cynthia Thompson"),
                           QStringLiteral("organization|University of Arkansas|University of Arkansas"), QStringLiteral("location|Fayetteville|Fayetteville")}
            << QStringList{QStringLiteral("These images serve as documentation. | Cynthia Thompson | Cynthia Thompson | cue")};
        QTest::newRow("pronoun resolved to the nearest person")
            << QStringList{QStringLiteral("Sujata Raisinghani spoke to CBC News. \"We take security seriously,\" she said.")}
            << QStringList{QStringLiteral("person|Sujata Raisinghani|Sujata Raisinghani"), QStringLiteral("outlet|CBC News|CBC News")}
            << QStringList{QStringLiteral("We take security seriously, | she | Sujata Raisinghani | resolved")};
        QTest::newRow("pronoun resolved to the previous speaker")
            << QStringList{QStringLiteral("Sujata Raisinghani told CBC News the department will look into the incident."),
                           QStringLiteral("John Baird was not available. \"We take security seriously,\" she said.")}
            << QStringList{QStringLiteral("person|Sujata Raisinghani|Sujata Raisinghani"), QStringLiteral("outlet|CBC News|CBC News"),
                           QStringLiteral("person|John Baird|John Baird")}
            << QStringList{QStringLiteral("the department will look into the incident | Sujata Raisinghani | Sujata Raisinghani | cue"),
                           QStringLiteral("We take security seriously, | she | Sujata Raisinghani | resolved")};
        QTest::newRow("role resolved to the nearest person")
            << QStringList{QStringLiteral("Xi Jinping spoke on Monday. The Chinese president also acknowledged that there is a need to "
                                          "manage differences.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping")}
            << QStringList{QStringLiteral("that there is a need to manage differences | The Chinese president | Xi Jinping | resolved")};
        QTest::newRow("role linked by the entity layer")
            << QStringList{QStringLiteral("Xi Jinping spoke on Monday. The Chinese president also acknowledged that there is a need to "
                                          "manage differences.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping|The Chinese president")}
            << QStringList{QStringLiteral("that there is a need to manage differences | The Chinese president | Xi Jinping | cue")};
        QTest::newRow("role resolved to the person introduced with it, not the nearest")
            << QStringList{QStringLiteral("President Joe Biden met Olivier Veran on Monday. \"The economy is strong,\" the president told "
                                          "reporters.")}
            << QStringList{QStringLiteral("person|Joe Biden|Joe Biden"), QStringLiteral("person|Olivier Veran|Olivier Veran")}
            << QStringList{QStringLiteral("The economy is strong, | the president | Joe Biden | resolved")};
        QTest::newRow("role resolved through an apposition")
            << QStringList{QStringLiteral("Xi Jinping, the Chinese president, met Joe Biden. The president also acknowledged that there is a "
                                          "need to manage differences.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping"), QStringLiteral("person|Joe Biden|Joe Biden")}
            << QStringList{QStringLiteral("that there is a need to manage differences | The president | Xi Jinping | resolved")};
        QTest::newRow("the addressee of told is not the speaker")
            << QStringList{QStringLiteral("\"It was chaos,\" one witness told AFP.")} << QStringList{QStringLiteral("outlet|Agence France-Presse|AFP")}
            << QStringList{QStringLiteral("It was chaos, | one witness | one witness | cue")};
        QTest::newRow("he skips the previous speaker named as a woman")
            << QStringList{QStringLiteral("\"It's a legend,\" Kiara Perkins said."),
                           QStringLiteral("Kevin Allton agreed. \"It is the center of everything,\" he said.")}
            << QStringList{QStringLiteral("person|Kiara Perkins|Kiara Perkins"), QStringLiteral("person|Kevin Allton|Kevin Allton")}
            << QStringList{QStringLiteral("It's a legend, | Kiara Perkins | Kiara Perkins | cue"),
                           QStringLiteral("It is the center of everything, | he | Kevin Allton | resolved")};
        QTest::newRow("she with only a man named before stays unresolved")
            << QStringList{QStringLiteral("\"We will not back down,\" said Olivier Veran."), QStringLiteral("\"I don't know,\" she said.")}
            << QStringList{QStringLiteral("person|Olivier Veran|Olivier Veran")}
            << QStringList{QStringLiteral("We will not back down, | Olivier Veran | Olivier Veran | cue"),
                           QStringLiteral("I don't know, | she | she | cue")};
        QTest::newRow("a name the list does not know allows either pronoun")
            << QStringList{QStringLiteral("Xi Jinping spoke on Monday. \"Cooperation is the only choice,\" she said.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping")}
            << QStringList{QStringLiteral("Cooperation is the only choice, | she | Xi Jinping | resolved")};
        QTest::newRow("he is not the person named in his own quote")
            << QStringList{QStringLiteral("For Kevin Allton, Warhol was a legend. He said, \"Andy Warhol was the center of the Zeitgeist.\"")}
            << QStringList{QStringLiteral("person|Kevin Allton|Kevin Allton"), QStringLiteral("person|Andy Warhol|Andy Warhol, Warhol")}
            << QStringList{QStringLiteral("Andy Warhol was the center of the Zeitgeist. | He | Kevin Allton | resolved")};
        QTest::newRow("paragraph continuing a quote")
            << QStringList{QStringLiteral("\"We will win,\" Biden said."), QStringLiteral("\"And we will not stop until it is done.\"")}
            << QStringList{QStringLiteral("person|Joe Biden|Biden")}
            << QStringList{QStringLiteral("We will win, | Biden | Joe Biden | cue"),
                           QStringLiteral("And we will not stop until it is done. | Biden | Joe Biden | continuation")};
        QTest::newRow("earlier speaker in the paragraph")
            << QStringList{QStringLiteral("Wilkins also said Warhol was both an artist and a businessperson. \"He was very prolific.\"")}
            << QStringList{QStringLiteral("person|Kristen Wilkins|Wilkins"), QStringLiteral("person|Andy Warhol|Warhol")}
            << QStringList{QStringLiteral("Warhol was both an artist and a businessperson | Wilkins | Kristen Wilkins | cue"),
                           QStringLiteral("He was very prolific. | Wilkins | Kristen Wilkins | paragraph")};
        QTest::newRow("nearest person in the paragraph")
            << QStringList{QStringLiteral("Kiara Perkins skipped class to attend. \"It's Warhol. He is a legend.\"")}
            << QStringList{QStringLiteral("person|Kiara Perkins|Kiara Perkins")}
            << QStringList{QStringLiteral("It's Warhol. He is a legend. | Kiara Perkins | Kiara Perkins | nearest-person")};
        QTest::newRow("anonymous speaker has no entity")
            << QStringList{QStringLiteral("Reports revealed that the discussion could take place next week.")} << QStringList{}
            << QStringList{QStringLiteral("that the discussion could take place next week | Reports | Reports | cue")};
        QTest::newRow("speaker not named anywhere") << QStringList{QStringLiteral("\"It was a long day, and it is over.\"")}
                                                    << QStringList{}
                                                    << QStringList{QStringLiteral("It was a long day, and it is over. | - | - | ")};
    }
    void testSpeakers()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, entities);
        QFETCH(QStringList, expected);
        QuoteFixture f(paragraphs, entities);
        f.run(3);
        QStringList got;
        for (const Quote &q : f.context->result.quotes) {
            const QString sieve = q.rule.contains(QLatin1Char('+')) ? q.rule.section(QLatin1Char('+'), 1) : QString();
            got << f.text(q.span) + QStringLiteral(" | ") + (q.speaker ? f.text(q.speaker->span) : QStringLiteral("-")) + QStringLiteral(" | ")
                    + (q.speaker ? q.speaker->name : QStringLiteral("-")) + QStringLiteral(" | ") + sieve;
        }
        QCOMPARE(got, expected);
    }
    void testSpeakerEntityId()
    {
        QuoteFixture f({QStringLiteral("\"We agree,\" Jinping said.")}, {QStringLiteral("person|Xi Jinping|Jinping")});
        f.run(3);
        QCOMPARE(f.context->result.quotes.size(), 1);
        QCOMPARE(f.context->result.quotes.first().speaker->entityId, QStringLiteral("e1"));
    }
};

QTEST_GUILESS_MAIN(TestSpeakerAttributor)
#include "tst_speakerattributor.moc"
