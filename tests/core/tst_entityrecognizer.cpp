// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytesthelper.h"

#include <QTest>

using namespace Byline;

class TestEntityRecognizer : public QObject
{
    Q_OBJECT
private:
    /** "type kind [start,end) text rule" per mention, in text order. */
    static QStringList mentions(const QString &text, BlockRole role = BlockRole::Paragraph)
    {
        Article a;
        a.appendBlock(text, role);
        AnalysisContext ctx(a, EntityTest::resources());
        EntityTest::analyse(ctx, false);
        QStringList out;
        for (const EntityMention &m : ctx.mentions)
            out << QStringLiteral("%1 %2 [%3,%4) %5 %6")
                       .arg(entityTypeName(m.type), mentionKindName(m.kind))
                       .arg(m.span.start)
                       .arg(m.span.end)
                       .arg(a.textOf(m.span), m.unresolved ? QStringLiteral("unresolved") : m.rule);
        return out;
    }

private Q_SLOTS:
    void testMentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("title before a name, demonym adjectival")
            << QStringLiteral("Chinese President Xi Jinping is willing.")
            << QStringList { QStringLiteral("location adjectival [0,7) Chinese gazetteers/demonyms.tsv"),
                   QStringLiteral("person name [18,28) Xi Jinping title") };
        QTest::newRow("multi-word title after a place")
            << QStringLiteral("It was hosted by US Secretary of State John Kerry on Friday.")
            << QStringList { QStringLiteral("location name [17,19) US gazetteers/locations.tsv"),
                   QStringLiteral("person name [39,49) John Kerry title") };
        QTest::newRow("lower-case title after an organisation")
            << QStringLiteral("White House spokesperson Karine Jean-Pierre said that.")
            << QStringList { QStringLiteral("organization name [0,11) White House gazetteers/organizations.tsv"),
                   QStringLiteral("person name [25,43) Karine Jean-Pierre title") };
        QTest::newRow("reporting verb after an unknown name")
            << QStringLiteral("Later Zorblat Quenwick said it was over.")
            << QStringList { QStringLiteral("person name [6,22) Zorblat Quenwick reporting-verb") };
        QTest::newRow("honorific") << QStringLiteral("They met Dr. Zorblat at noon.")
                                   << QStringList { QStringLiteral("person name [13,20) Zorblat honorific") };
        QTest::newRow("apposition") << QStringLiteral("It was read by Zorblat Quenwick, China's ambassador to the US.")
                                    << QStringList { QStringLiteral("person name [15,31) Zorblat Quenwick apposition"),
                                           QStringLiteral("location name [33,38) China gazetteers/locations.tsv"),
                                           QStringLiteral("location name [59,61) US gazetteers/locations.tsv") };
        QTest::newRow("organisation head with a connector")
            << QStringLiteral("A letter to the National Committee on US-China Relations was read.")
            << QStringList { QStringLiteral(
                   "organization name [16,56) National Committee on US-China Relations org-head") };
        QTest::newRow("organisation head at the end")
            << QStringLiteral("Taiwan's Zorblat Affairs Council urged China.")
            << QStringList { QStringLiteral("location name [0,6) Taiwan gazetteers/locations.tsv"),
                   QStringLiteral("organization name [9,32) Zorblat Affairs Council org-head"),
                   QStringLiteral("location name [39,44) China gazetteers/locations.tsv") };
        QTest::newRow("demonym opening an organisation")
            << QStringLiteral("Then the Russian Zorblat Ministry urged calm.")
            << QStringList { QStringLiteral("organization name [9,33) Russian Zorblat Ministry org-head") };
        QTest::newRow("org suffix") << QStringLiteral("He joined Zorblat Holdings last year.")
                                    << QStringList { QStringLiteral(
                                           "organization name [10,26) Zorblat Holdings org-head") };
        QTest::newRow("place preposition")
            << QStringLiteral("The talks took place in Zorblatville last year.")
            << QStringList { QStringLiteral("location name [24,36) Zorblatville place-preposition") };
        QTest::newRow("compound of two places") << QStringLiteral("US-China relations and China-U.S. ties")
                                                << QStringList { QStringLiteral("location name [0,2) US compound"),
                                                       QStringLiteral("location name [3,8) China compound"),
                                                       QStringLiteral("location name [23,28) China compound"),
                                                       QStringLiteral("location name [29,33) U.S. compound") };
        QTest::newRow("possessive leaves the name")
            << QStringLiteral("They discussed Taiwan's future.")
            << QStringList { QStringLiteral("location name [15,21) Taiwan gazetteers/locations.tsv") };
        QTest::newRow("all-caps slug: listed places, other words unresolved")
            << QStringLiteral("US-CHINA-DIPLOMACY-BIDEN-KERRY-XI")
            << QStringList { QStringLiteral("location name [0,2) US slug"),
                   QStringLiteral("location name [3,8) CHINA slug"),
                   QStringLiteral("other name [9,18) DIPLOMACY unresolved"),
                   QStringLiteral("other name [19,24) BIDEN unresolved"),
                   QStringLiteral("other name [25,30) KERRY unresolved"),
                   QStringLiteral("other name [31,33) XI unresolved") };
        QTest::newRow("photo credit: person and two agencies")
            << QStringLiteral("Photo credit should read PAUL J. RICHARDS/AFP via Getty Images")
            << QStringList { QStringLiteral("person name [25,41) PAUL J. RICHARDS credit"),
                   QStringLiteral("outlet name [42,45) AFP gazetteers/outlets.tsv"),
                   QStringLiteral("outlet name [50,62) Getty Images gazetteers/outlets.tsv") };
        QTest::newRow("sentence-initial common words are not names") << QStringLiteral(
            "Cooperation is the only right choice. Following the principles, we agree. Weeks later, "
            "it held. Reports revealed nothing. However, it held.") << QStringList();
        QTest::newRow("sentence-initial name is kept")
            << QStringLiteral("Right now, talks go on. Biden agreed.")
            << QStringList { QStringLiteral("person name [24,29) Biden name-list") };
        QTest::newRow("affiliation before a title")
            << QStringLiteral("said Zorblat analyst Chris Weafer on Monday")
            << QStringList { QStringLiteral("organization name [5,12) Zorblat affiliation"),
                   QStringLiteral("person name [21,33) Chris Weafer title") };
        QTest::newRow("place head") << QStringLiteral("It happened on Zorblat Road near the school.")
                                    << QStringList { QStringLiteral("location name [15,27) Zorblat Road place-head") };
        QTest::newRow("determiner before an unknown run")
            << QStringLiteral("It was given by the Zorblat Quenwick yesterday.")
            << QStringList { QStringLiteral("organization name [20,36) Zorblat Quenwick determiner") };
        QTest::newRow("title before a common word is part of a name")
            << QStringLiteral("Shares of Duke Energy rose.")
            << QStringList { QStringLiteral("organization name [10,21) Duke Energy common-last-word") };
        QTest::newRow("event prefix") << QStringLiteral("Hurricane Ian slammed into the coast.")
                                      << QStringList { QStringLiteral("other name [0,13) Hurricane Ian event") };
        QTest::newRow("lone title is no name")
            << QStringLiteral("The firm named a new CEO yesterday.") << QStringList();
        QTest::newRow("initials before a surname")
            << QStringLiteral("The curator K.C. Quenwick spoke.")
            << QStringList { QStringLiteral("person name [12,25) K.C. Quenwick capitalised") };
        QTest::newRow("acronym") << QStringLiteral("The report by ZQX was late.")
                                 << QStringList { QStringLiteral("organization name [14,17) ZQX acronym") };
        QTest::newRow("role nominal")
            << QStringLiteral("The Chinese president also spoke.")
            << QStringList { QStringLiteral("person nominal [0,21) The Chinese president role"),
                   QStringLiteral("location adjectival [4,11) Chinese gazetteers/demonyms.tsv") };
        QTest::newRow("month after a preposition is no place")
            << QStringLiteral("It was closed in July due to issues.") << QStringList();
        QTest::newRow("capitalised common word before said is a name") << QStringLiteral(
            "\"We agree,\" Cook said.") << QStringList { QStringLiteral("person name [12,16) Cook reporting-verb") };
        QTest::newRow("capitalised common word elsewhere stays unresolved") << QStringLiteral(
            "They met Cook in the morning.") << QStringList { QStringLiteral("other name [9,13) Cook unresolved") };
        QTest::newRow("capitalised preposition ends a name (missing full stop)")
            << QStringLiteral("They elected Zorblat Quenwick In the next round.")
            << QStringList { QStringLiteral("person name [13,29) Zorblat Quenwick capitalised"),
                   QStringLiteral("other name [30,32) In unresolved") };
        QTest::newRow("unknown single word stays unresolved")
            << QStringLiteral("They talked about Zorblat yesterday.")
            << QStringList { QStringLiteral("other name [18,25) Zorblat unresolved") };
    }
    void testMentions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentions(text).join(QStringLiteral(" | ")), expected.join(QStringLiteral(" | ")));
    }

    void testHeadline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("title-case headline drops common words")
            << QStringLiteral("Chinese President Xi Jinping Urges US To Cooperate, Practice Mutual Respect")
            << QStringList { QStringLiteral("location adjectival [0,7) Chinese gazetteers/demonyms.tsv"),
                   QStringLiteral("person name [18,28) Xi Jinping title"),
                   QStringLiteral("location name [35,37) US gazetteers/locations.tsv") };
        QTest::newRow("tag list label and boilerplate words")
            << QStringLiteral("Tags\nXi Jinping, Joe Biden\nReal Time Analytics")
            << QStringList { QStringLiteral("person name [5,15) Xi Jinping name-list"),
                   QStringLiteral("person name [17,26) Joe Biden name-list") };
    }
    void testHeadline()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentions(text, BlockRole::Title).join(QStringLiteral(" | ")), expected.join(QStringLiteral(" | ")));
    }

    void testBoilerplateSkipped()
    {
        QCOMPARE(mentions(QStringLiteral("Xi Jinping met Joe Biden in China."), BlockRole::Boilerplate), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEntityRecognizer)
#include "tst_entityrecognizer.moc"
