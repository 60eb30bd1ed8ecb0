// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/entityscorer.h"

#include <QJsonArray>
#include <QTest>

using namespace Byline;

namespace {

QJsonObject goldEntity(const QString &text, const QString &needle, const QString &type, bool nested = false,
    const QString &core = QString())
{
    const int start = int(text.indexOf(needle));
    const QString c = core.isEmpty() ? needle : core;
    const int coreStart = int(text.indexOf(c, start));
    return QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), start + int(needle.size()) },
        { QStringLiteral("text"), needle }, { QStringLiteral("type"), type }, { QStringLiteral("nested"), nested },
        { QStringLiteral("core_start"), coreStart }, { QStringLiteral("core_end"), coreStart + int(c.size()) },
        { QStringLiteral("core_text"), c } };
}

Entity predicted(
    const QString &text, EntityType type, const QStringList &surfaces, MentionKind kind = MentionKind::Name)
{
    Entity e;
    e.type = type;
    e.name = surfaces.first();
    for (const QString &s : surfaces) {
        const int start = int(text.indexOf(s));
        e.mentions.append(Mention { Span(start, start + int(s.size())), kind, QStringLiteral("test") });
    }
    return e;
}

} // namespace

class TestEntityScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testCounts_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("fp");
        QTest::addColumn<int>("fn");
        // Gold: "the Bank of England" (org, core "Bank of England"), "Mervyn King" (person), "London" (location),
        // "the Dow" (unknown), "Reuters" nested in "Reuters analyst Ann Lee" (person, top-level).
        // Predicted: "Bank of England" org (exact core), "King" person (overlap only), "London" as organization
        // (wrong type), "Dow" other (overlaps unknown: ignored), "Reuters" outlet (nested org: ignored),
        // "Ann Lee" person (overlap), "Sterling" person (nothing), "British" adjectival (not scored).
        QTest::newRow("overlap person") << QStringLiteral("overlap") << QStringLiteral("person") << 2 << 1 << 0;
        QTest::newRow("overlap organization")
            << QStringLiteral("overlap") << QStringLiteral("organization") << 1 << 1 << 0;
        QTest::newRow("overlap location") << QStringLiteral("overlap") << QStringLiteral("location") << 0 << 0 << 1;
        QTest::newRow("overlap other") << QStringLiteral("overlap") << QStringLiteral("other") << 0 << 0 << 0;
        QTest::newRow("overlap micro") << QStringLiteral("overlap") << QStringLiteral("micro") << 3 << 2 << 1;
        QTest::newRow("exact person") << QStringLiteral("exact") << QStringLiteral("person") << 0 << 3 << 2;
        QTest::newRow("exact organization") << QStringLiteral("exact") << QStringLiteral("organization") << 1 << 1 << 0;
        QTest::newRow("exact micro") << QStringLiteral("exact") << QStringLiteral("micro") << 1 << 4 << 3;
    }
    void testCounts()
    {
        QFETCH(QString, mode);
        QFETCH(QString, type);
        QFETCH(int, tp);
        QFETCH(int, fp);
        QFETCH(int, fn);
        const QString text
            = QStringLiteral("The British pound fell as the Bank of England and Mervyn King met in London; "
                             "the Dow rose, said Reuters analyst Ann Lee. Sterling too.");
        EvalDocument doc { QStringLiteral("dev/doc1"), text, QJsonObject(), OffsetMap(text) };
        doc.gold.insert(QStringLiteral("entities"),
            QJsonArray { goldEntity(text, QStringLiteral("the Bank of England"), QStringLiteral("organization"), false,
                             QStringLiteral("Bank of England")),
                goldEntity(text, QStringLiteral("Mervyn King"), QStringLiteral("person")),
                goldEntity(text, QStringLiteral("London"), QStringLiteral("location")),
                goldEntity(text, QStringLiteral("the Dow"), QStringLiteral("unknown")),
                goldEntity(text, QStringLiteral("Reuters"), QStringLiteral("organization"), true),
                goldEntity(text, QStringLiteral("Reuters analyst Ann Lee"), QStringLiteral("person")) });
        AnalysisResult result;
        result.entities << predicted(text, EntityType::Organization, { QStringLiteral("Bank of England") })
                        << predicted(text, EntityType::Person, { QStringLiteral("King") })
                        << predicted(text, EntityType::Organization, { QStringLiteral("London") })
                        << predicted(text, EntityType::Other, { QStringLiteral("Dow") })
                        << predicted(text, EntityType::Outlet, { QStringLiteral("Reuters") })
                        << predicted(text, EntityType::Person, { QStringLiteral("Ann Lee") })
                        << predicted(text, EntityType::Person, { QStringLiteral("Sterling") })
                        << predicted(
                               text, EntityType::Location, { QStringLiteral("British") }, MentionKind::Adjectival);
        EntityScorer scorer;
        scorer.addDocument(doc, result);
        for (const QString &corpus : { QStringLiteral("dev"), QString() }) {
            const PrfCounts c = scorer.counts(corpus, mode, type);
            QCOMPARE(c.truePositives, tp);
            QCOMPARE(c.falsePositives, fp);
            QCOMPARE(c.falseNegatives, fn);
        }
    }

    void testOutletsOnTheirOwn_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("fp");
        // Gold: "the BBC" (org, core "BBC"), "the Associated Press" (org, core "Associated Press").
        // Predicted outlets: "BBC" (exact core), "Associated" (overlap only), "Sky" (nothing).
        QTest::newRow("overlap outlet") << QStringLiteral("overlap") << QStringLiteral("outlet") << 2 << 1;
        QTest::newRow("exact outlet") << QStringLiteral("exact") << QStringLiteral("outlet") << 1 << 2;
        QTest::newRow("outlets are organizations") << QStringLiteral("overlap") << QStringLiteral("organization") << 2 << 1;
        QTest::newRow("and counted once in micro") << QStringLiteral("overlap") << QStringLiteral("micro") << 2 << 1;
    }
    void testOutletsOnTheirOwn()
    {
        QFETCH(QString, mode);
        QFETCH(QString, type);
        QFETCH(int, tp);
        QFETCH(int, fp);
        const QString text = QStringLiteral("Sky said the BBC and the Associated Press had it first.");
        EvalDocument doc { QStringLiteral("dev/doc2"), text, QJsonObject(), OffsetMap(text) };
        doc.gold.insert(QStringLiteral("entities"),
            QJsonArray { goldEntity(text, QStringLiteral("the BBC"), QStringLiteral("organization"), false,
                             QStringLiteral("BBC")),
                goldEntity(text, QStringLiteral("the Associated Press"), QStringLiteral("organization"), false,
                    QStringLiteral("Associated Press")) });
        AnalysisResult result;
        result.entities << predicted(text, EntityType::Outlet, { QStringLiteral("BBC") })
                        << predicted(text, EntityType::Outlet, { QStringLiteral("Associated") })
                        << predicted(text, EntityType::Outlet, { QStringLiteral("Sky") });
        EntityScorer scorer;
        scorer.addDocument(doc, result);
        const PrfCounts c = scorer.counts(QString(), mode, type);
        QCOMPARE(c.truePositives, tp);
        QCOMPARE(c.falsePositives, fp);
        QVERIFY(scorer.report().contains(QStringLiteral("  outlet")));
    }

    void testSkipsDocumentsWithoutEntities()
    {
        const QString text = QStringLiteral("Mervyn King spoke.");
        EvalDocument doc { QStringLiteral("dev/doc"), text, QJsonObject { { QStringLiteral("timex"), QJsonArray() } },
            OffsetMap(text) };
        AnalysisResult result;
        result.entities << predicted(text, EntityType::Person, { QStringLiteral("Mervyn King") });
        EntityScorer scorer;
        scorer.addDocument(doc, result);
        QCOMPARE(scorer.counts(QString(), QStringLiteral("overlap"), QStringLiteral("micro")).falsePositives, 0);
    }

    void testCodePointOffsets()
    {
        // An astral character before the name: gold counts it as one, the spans as two units.
        const QString text = QString::fromUtf8("\xF0\x9F\x98\x80 Mervyn King spoke.");
        EvalDocument doc { QStringLiteral("doc"), text, QJsonObject(), OffsetMap(text) };
        doc.gold.insert(QStringLiteral("entities"),
            QJsonArray { QJsonObject { { QStringLiteral("start"), 2 }, { QStringLiteral("end"), 13 },
                { QStringLiteral("type"), QStringLiteral("person") }, { QStringLiteral("nested"), false },
                { QStringLiteral("core_start"), 2 }, { QStringLiteral("core_end"), 13 } } });
        AnalysisResult result;
        result.entities << predicted(text, EntityType::Person, { QStringLiteral("Mervyn King") });
        EntityScorer scorer;
        scorer.addDocument(doc, result);
        QCOMPARE(scorer.counts(QString(), QStringLiteral("exact"), QStringLiteral("person")).truePositives, 1);
        QVERIFY(scorer.report().contains(QStringLiteral("person")));
    }
};

QTEST_GUILESS_MAIN(TestEntityScorer)
#include "tst_entityscorer.moc"
