// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytesthelper.h"

#include <QTest>

using namespace Byline;

class TestEntityMerger : public QObject
{
    Q_OBJECT
private:
    /** "id type name (names/nominal/adjectival) [aliases]" per entity, in result order. */
    static QStringList entities(const QString &text)
    {
        Article a;
        a.appendBlock(text, BlockRole::Paragraph);
        AnalysisContext ctx(a, EntityTest::resources());
        EntityTest::analyse(ctx, true);
        QStringList out;
        for (const Entity &e : ctx.result.entities) {
            int nominal = 0, adjectival = 0;
            for (const Mention &m : e.mentions) {
                nominal += m.kind == MentionKind::Nominal ? 1 : 0;
                adjectival += m.kind == MentionKind::Adjectival ? 1 : 0;
            }
            out << QStringLiteral("%1 %2 %3 (%4/%5/%6) [%7]")
                       .arg(e.id, entityTypeName(e.type), e.name)
                       .arg(e.nameMentionCount())
                       .arg(nominal)
                       .arg(adjectival)
                       .arg(e.aliases.join(QStringLiteral("; ")));
        }
        return out;
    }

private Q_SLOTS:
    void testMerge_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("surname and given name join the full name, whatever comes first")
            << QStringLiteral("Jinping spoke. Later Chinese President Xi Jinping and Joe Biden met. Biden left.")
            << QStringList { QStringLiteral("e1 person Xi Jinping (2/0/0) [Jinping; Chinese President Xi Jinping]"),
                   QStringLiteral("e2 location China (0/0/1) []"),
                   QStringLiteral("e3 person Joe Biden (2/0/0) [Biden]") };
        QTest::newRow("gazetteer canonical joins US, U.S. and United States")
            << QStringLiteral("The US and the U.S. are the United States.")
            << QStringList { QStringLiteral("e1 location United States (3/0/0) [US; U.S.]") };
        QTest::newRow("acronym and expansion through the list canonical")
            << QStringLiteral("The South China Morning Post (SCMP) said so. SCMP added more.")
            << QStringList { QStringLiteral("e1 outlet South China Morning Post (3/0/0) [SCMP]") };
        QTest::newRow("acronym of an unlisted organisation")
            << QStringLiteral("The Zorblat Quenwick Council met. ZQC members left.")
            << QStringList { QStringLiteral("e1 organization Zorblat Quenwick Council (2/0/0) [ZQC]") };
        QTest::newRow("role coreference with exactly one holder")
            << QStringLiteral(
                   "White House spokesperson Karine Jean-Pierre said so. Then the White House spokesperson left.")
            << QStringList { QStringLiteral("e1 organization White House (2/0/0) []"),
                   QStringLiteral("e2 person Karine Jean-Pierre (1/1/0) [White House spokesperson Karine Jean-Pierre; "
                                  "the White House spokesperson]") };
        QTest::newRow("role from an apposition")
            << QStringLiteral("It was read by Qin Gang, China's ambassador to the US. The Chinese ambassador left.")
            << QStringList { QStringLiteral("e1 person Qin Gang (1/1/0) [The Chinese ambassador]"),
                   QStringLiteral("e2 location China (1/0/1) []"),
                   QStringLiteral("e3 location United States (1/0/0) [US]") };
        QTest::newRow("a place as a surname")
            << QStringLiteral("Defense Secretary Lloyd Houston spoke. Houston said so in Houston, Texas.")
            << QStringList { QStringLiteral(
                                 "e1 person Lloyd Houston (2/0/0) [Defense Secretary Lloyd Houston; Houston]"),
                   QStringLiteral("e2 location Houston (1/0/0) []") };
        QTest::newRow("role with two holders stays unresolved")
            << QStringLiteral(
                   "Chinese President Xi Jinping met Chinese President Zorblat Quenwick. The Chinese president spoke.")
            << QStringList { QStringLiteral("e1 location China (0/0/3) []"),
                   QStringLiteral("e2 person Xi Jinping (1/0/0) [Chinese President Xi Jinping]"),
                   QStringLiteral("e3 person Zorblat Quenwick (1/0/0) [Chinese President Zorblat Quenwick]") };
        QTest::newRow("unresolved word dropped, repeated name kept")
            << QStringLiteral("They met Zorblat Quenwick on Monday. About Blorf, nobody knew. Quenwick left.")
            << QStringList { QStringLiteral("e1 person Zorblat Quenwick (2/0/0) [Quenwick]") };
        QTest::newRow("demonym creates its country, counted apart") << QStringLiteral(
            "Taiwanese officials met.") << QStringList { QStringLiteral("e1 location Taiwan (0/0/1) []") };
        QTest::newRow("all-caps credit name shown as written elsewhere")
            << QStringLiteral("Paul J. Richards took it. Photo credit: PAUL J. RICHARDS/AFP")
            << QStringList { QStringLiteral("e1 person Paul J. Richards (2/0/0) []"),
                   QStringLiteral("e2 outlet Agence France-Presse (1/0/0) [AFP]") };
    }
    void testMerge()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(entities(text).join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    }

    void testMentionsKnowTheirEntity()
    {
        Article a;
        a.appendBlock(QStringLiteral("Joe Biden met Xi Jinping. Biden said so."), BlockRole::Paragraph);
        AnalysisContext ctx(a, EntityTest::resources());
        EntityTest::analyse(ctx, true);
        QCOMPARE(ctx.mentions.size(), 3);
        QCOMPARE(ctx.mentions.at(0).entity, 0);
        QCOMPARE(ctx.mentions.at(1).entity, 1);
        QCOMPARE(ctx.mentions.at(2).entity, 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityMerger)
#include "tst_entitymerger.moc"
