// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytesthelper.h"

#include <QTest>

using namespace Byline;

class TestGazetteerAnnotator : public QObject
{
    Q_OBJECT
private:
    /** "text=canonical" per match. */
    static QStringList matches(const QString &text, BlockRole role = BlockRole::Paragraph)
    {
        Article a;
        a.appendBlock(text, role);
        AnalysisContext ctx(a, EntityTest::resources());
        Segmenter(EntityTest::resources()).annotate(ctx);
        GazetteerAnnotator(EntityTest::gazetteer()).annotate(ctx);
        QStringList out;
        for (const GazetteerMatch &m : ctx.gazetteerMatches)
            out << a.textOf(m.span) + QLatin1Char('=') + EntityTest::gazetteer()->entry(m.entry).canonical;
        return out;
    }

private Q_SLOTS:
    void testMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("longest match wins")
            << QStringLiteral("the South China Morning Post reported")
            << QStringList { QStringLiteral("South China Morning Post=South China Morning Post") };
        QTest::newRow("aliases map to the canonical")
            << QStringLiteral("US and U.S. and America")
            << QStringList { QStringLiteral("US=United States"), QStringLiteral("U.S.=United States"),
                   QStringLiteral("America=United States") };
        QTest::newRow("punctuation inside a name") << QStringLiteral("in Washington, DC today")
                                                   << QStringList { QStringLiteral("Washington, DC=Washington, DC") };
        QTest::newRow("case-sensitive") << QStringLiteral("fine china and a white house") << QStringList();
        QTest::newRow("all-caps credit") << QStringLiteral("RICHARDS/AFP/GETTY IMAGES")
                                         << QStringList { QStringLiteral("AFP=Agence France-Presse"),
                                                QStringLiteral("GETTY IMAGES=Getty Images") };
        QTest::newRow("all-caps word alone is not looked up upper-cased")
            << QStringLiteral("The CHINA syndrome") << QStringList();
        QTest::newRow("currency prefix is no place")
            << QStringLiteral("US$180 billion from the US") << QStringList { QStringLiteral("US=United States") };
        QTest::newRow("demonyms") << QStringLiteral("Taiwanese and Chinese officials")
                                  << QStringList { QStringLiteral("Taiwanese=Taiwan"),
                                         QStringLiteral("Chinese=China") };
    }
    void testMatches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(matches(text), expected);
    }

    void testBoilerplateSkipped()
    {
        QCOMPARE(matches(QStringLiteral("CNN and BBC"), BlockRole::Boilerplate), QStringList());
        QCOMPARE(matches(QStringLiteral("CNN and BBC"), BlockRole::Tags),
            (QStringList { QStringLiteral("CNN=CNN"), QStringLiteral("BBC=BBC") }));
    }
};

QTEST_GUILESS_MAIN(TestGazetteerAnnotator)
#include "tst_gazetteerannotator.moc"
