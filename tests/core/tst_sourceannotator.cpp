// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_quotecontext.h"

#include <QTest>

using namespace Byline;

class TestSourceAnnotator : public QObject
{
    Q_OBJECT
private:
    /** "kind name: citation [cue] claims; citation [cue] claims" per source. */
    static QStringList describe(const QuoteFixture &f)
    {
        QStringList out;
        for (const Source &s : f.context->result.sources) {
            QStringList cites;
            for (const Citation &c : s.citations)
                cites << f.text(c.span) + QStringLiteral(" [") + c.cueText + QStringLiteral("] ") + c.claims.join(QLatin1Char(','));
            out << sourceKindName(s.kind) + QLatin1Char(' ') + s.name + QStringLiteral(": ") + cites.join(QStringLiteral("; "));
        }
        return out;
    }

private Q_SLOTS:
    void testSources_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("via an outlet") << QStringList{QStringLiteral("\"We will gain from cooperation,\" Jinping said via MSN.")}
                                       << QStringList{QStringLiteral("person|Xi Jinping|Jinping"), QStringLiteral("outlet|MSN|MSN")}
                                       << QStringList{QStringLiteral("outlet MSN: MSN [via] q1")};
        QTest::newRow("photo credit agencies")
            << QStringList{QStringLiteral("Photo credit should read PAUL J. RICHARDS/AFP via Getty Images")}
            << QStringList{QStringLiteral("person|Paul J. Richards|PAUL J. RICHARDS"), QStringLiteral("outlet|AFP|AFP"),
                           QStringLiteral("outlet|Getty Images|Getty Images")}
            << QStringList{QStringLiteral("agency AFP: AFP [photo credit] "), QStringLiteral("agency Getty Images: Getty Images [photo credit] ")};
        QTest::newRow("image credit naming a person who is no entity")
            << QStringList{QStringLiteral("An example of severe eczema. Image: Jambula.")} << QStringList{}
            << QStringList{QStringLiteral("agency Jambula: Jambula [photo credit] ")};
        QTest::newRow("video credit naming two people")
            << QStringList{QStringLiteral("Opening night of the exhibit. Video: Miharris & Acphillips.")} << QStringList{}
            << QStringList{QStringLiteral("agency Miharris & Acphillips: Miharris & Acphillips [video credit] ")};
        QTest::newRow("image credit naming a person entity")
            << QStringList{QStringLiteral("Portrait shot of Dennis Hopper. Image: Andy Warhol.")}
            << QStringList{QStringLiteral("person|Dennis Hopper|Dennis Hopper"), QStringLiteral("person|Andy Warhol|Andy Warhol")}
            << QStringList{QStringLiteral("agency Andy Warhol: Andy Warhol [photo credit] ")};
        QTest::newRow("a caption label is no credit")
            << QStringList{QStringLiteral("Photo: the minister arrives in Paris."), QStringLiteral("Image processing: Apple leads.")}
            << QStringList{QStringLiteral("organization|Apple|Apple")} << QStringList{};
        QTest::newRow("entry of a sources list: quoted title, dash, outlet")
            << QStringList{QStringLiteral("\"Document found on street not secret\" \u2014 The Canadian Press, August 15, 2008")}
            << QStringList{QStringLiteral("outlet|Canadian Press|Canadian Press")}
            << QStringList{QStringLiteral("agency Canadian Press: Canadian Press [listed source] ")};
        QTest::newRow("according to an outlet and an official body")
            << QStringList{QStringLiteral("However, Taiwan's Mainland Affairs Council urged China to abandon its provocative ideology, "
                                          "according to the BBC.")}
            << QStringList{QStringLiteral("location|Taiwan|Taiwan"), QStringLiteral("organization|Mainland Affairs Council|Mainland Affairs Council"),
                           QStringLiteral("location|China|China"), QStringLiteral("outlet|BBC|BBC")}
            << QStringList{QStringLiteral("official Mainland Affairs Council: Mainland Affairs Council [urged] q1"),
                           QStringLiteral("outlet BBC: BBC [according to] q1")};
        QTest::newRow("spokesperson with role")
            << QStringList{QStringLiteral("White House spokesperson Karine Jean-Pierre said that the meeting is part of the efforts.")}
            << QStringList{QStringLiteral("person|Karine Jean-Pierre|Karine Jean-Pierre"), QStringLiteral("organization|White House|White House")}
            << QStringList{QStringLiteral("official White House spokesperson Karine Jean-Pierre: White House spokesperson Karine Jean-Pierre [said] q1")};
        QTest::newRow("person without an official role is no source")
            << QStringList{QStringLiteral("Xi Jinping said that cooperation is the only right choice.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Xi Jinping")} << QStringList{};
        QTest::newRow("a letter from a person")
            << QStringList{QStringLiteral("This week, a letter from Jinping addressed to the committee was read by Qin Gang.")}
            << QStringList{QStringLiteral("person|Xi Jinping|Jinping"), QStringLiteral("person|Qin Gang|Qin Gang")}
            << QStringList{QStringLiteral("document letter from Xi Jinping: a letter from Jinping [letter] ")};
        QTest::newRow("in a statement")
            << QStringList{QStringLiteral("The ministry said in a statement that talks had ended.")} << QStringList{}
            << QStringList{QStringLiteral("document statement: a statement [statement] q1")};
        QTest::newRow("reports revealed twice")
            << QStringList{QStringLiteral("Reports revealed that the talks could take place next week."),
                           QStringLiteral("Reports also revealed that aid had been provided since 1949.")}
            << QStringList{}
            << QStringList{QStringLiteral("anonymous reports: Reports revealed [reports revealed] q1; Reports also revealed [reports revealed] q2")};
        QTest::newRow("it is understood") << QStringList{QStringLiteral("It is understood that the deal is close.")} << QStringList{}
                                          << QStringList{QStringLiteral("anonymous it is understood: It is understood [it is understood] ")};
        QTest::newRow("officials familiar with")
            << QStringList{QStringLiteral("Officials familiar with the plan described it as final.")} << QStringList{}
            << QStringList{QStringLiteral("anonymous officials familiar: Officials familiar with [officials familiar with] ")};
        QTest::newRow("outlet reported")
            << QStringList{QStringLiteral("The BBC reported that talks had failed.")} << QStringList{QStringLiteral("outlet|BBC|BBC")}
            << QStringList{QStringLiteral("outlet BBC: BBC [reported] q1")};
        QTest::newRow("told an agency") << QStringList{QStringLiteral("The minister told Reuters that the plan was dead.")}
                                        << QStringList{QStringLiteral("outlet|Reuters|Reuters")}
                                        << QStringList{QStringLiteral("agency Reuters: Reuters [told] q1")};
    }
    void testSources()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, entities);
        QFETCH(QStringList, expected);
        QuoteFixture f(paragraphs, entities);
        f.run(4);
        QCOMPARE(describe(f), expected);
    }
    void testQuoteCameThroughOutlet()
    {
        QuoteFixture f({QStringLiteral("Weeks later, Taiwanese President Tsai Ing-wen confirmed that US troops have been training, according to CNN.")},
                       {QStringLiteral("person|Tsai Ing-wen|Tsai Ing-wen"), QStringLiteral("location|United States|US"),
                        QStringLiteral("outlet|CNN|CNN")});
        f.run(4);
        QCOMPARE(f.context->result.quotes.size(), 1);
        const Quote q = f.context->result.quotes.first();
        QCOMPARE(q.speaker->name, QStringLiteral("Tsai Ing-wen"));
        const Source *s = f.context->result.source(q.sourceId);
        QVERIFY(s);
        QCOMPARE(s->name, QStringLiteral("CNN"));
    }
};

QTEST_GUILESS_MAIN(TestSourceAnnotator)
#include "tst_sourceannotator.moc"
