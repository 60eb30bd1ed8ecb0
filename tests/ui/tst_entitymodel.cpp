// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"
#include "io/articleloader.h"
#include "panelproxymodel.h"
#include "sampleanalysis.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Byline;

class TestEntityModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static AnalysisResult withoutEntity(AnalysisResult r, const QString &id)
    {
        for (int i = 0; i < r.entities.size(); ++i)
            if (r.entities.at(i).id == id)
                r.entities.removeAt(i--);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testContextLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<int>("radius");
        QTest::addColumn<QString>("expected");
        const QString para = QStringLiteral("However, Taiwan's Mainland Affairs Council urged China to abandon its provocative ideology, according to the BBC.");
        QTest::newRow("whole words, the mention near the start")
            << para << QStringLiteral("BBC") << 48 << QStringLiteral("…according to the BBC.");
        QTest::newRow("a cut inside a word moves to the next space")
            << para << QStringLiteral("China") << 20 << QStringLiteral("…urged China to…");
        QTest::newRow("stays in its paragraph")
            << QStringLiteral("Photo credit: AFP\nXi Jinping spoke.\nNext paragraph") << QStringLiteral("Xi Jinping") << 48
            << QStringLiteral("Xi Jinping spoke.");
        QTest::newRow("radius 0 is the mention alone") << para << QStringLiteral("Taiwan") << 0 << QStringLiteral("Taiwan");
        QTest::newRow("one long word is cut, not dropped")
            << QStringLiteral("x Supercalifragilisticexpialidocious y") << QStringLiteral("y") << 8
            << QStringLiteral("…y");
    }

    // The line of context under a mention or citation: whole words of its own paragraph.
    void testContextLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        QFETCH(int, radius);
        QFETCH(QString, expected);
        const int start = int(text.indexOf(mention));
        QVERIFY(start >= 0);
        QCOMPARE(contextLine(text, Span(start, start + int(mention.size())), radius), expected);
    }

    void testStructure()
    {
        Document doc;
        doc.setArticle(m_article);
        EntityModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AnalysisResult sample = TestSample::analysis(m_article);
        doc.setAnalysis(sample);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.groupIndex(EntityType::Person)), 3);
        QCOMPARE(model.rowCount(model.groupIndex(EntityType::Location)), 2);
        QCOMPARE(model.rowCount(model.groupIndex(EntityType::Organization)), 1);
        QCOMPARE(model.rowCount(model.groupIndex(EntityType::Outlet)), 2);
        QCOMPARE(model.rowCount(model.groupIndex(EntityType::Other)), 0);
        const QModelIndex xi = model.indexOfEntity(QStringLiteral("e1"));
        QCOMPARE(model.entityAt(xi)->name, QStringLiteral("Xi Jinping"));
        QCOMPARE(model.rowCount(xi), sample.entity(QStringLiteral("e1"))->mentions.size());
        QCOMPARE(xi.sibling(xi.row(), EntityModel::CountColumn).data().toInt(), model.rowCount(xi));
        // A mention row: a line of context around the mention, and its exact span.
        const QModelIndex m = model.index(1, 0, xi);
        const Span span = sample.entity(QStringLiteral("e1"))->mentions.at(1).span;
        QCOMPARE(model.spanAt(m), span);
        QCOMPARE(model.kindAt(m), NodeKind::Mention);
        QVERIFY(m.data().toString().contains(m_article.textOf(span)));
        QCOMPARE(model.parent(m), xi);
    }

    void testUpdatesRowsInsteadOfResetting_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("resets");
        QTest::newRow("first analysis inserts the entities") << QStringLiteral("first") << 8 << 0 << 0;
        QTest::newRow("an entity more inserts one row") << QStringLiteral("add") << 1 << 0 << 0;
        QTest::newRow("an entity less removes one row") << QStringLiteral("remove") << 0 << 1 << 0;
        QTest::newRow("the same analysis again changes nothing") << QStringLiteral("same") << 0 << 0 << 0;
        QTest::newRow("a new article resets") << QStringLiteral("article") << 0 << 0 << 1;
    }

    void testUpdatesRowsInsteadOfResetting()
    {
        QFETCH(QString, step);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, resets);
        Document doc;
        doc.setArticle(m_article);
        EntityModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AnalysisResult sample = TestSample::analysis(m_article);
        if (step != QLatin1String("first"))
            doc.setAnalysis(withoutEntity(sample, QStringLiteral("e5")));
        QSignalSpy insertSpy(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removeSpy(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        int rowsInserted = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() && model.kindAt(parent) == NodeKind::Group)
                rowsInserted += last - first + 1;
        });
        if (step == QLatin1String("first") || step == QLatin1String("add"))
            doc.setAnalysis(sample);
        else if (step == QLatin1String("remove"))
            doc.setAnalysis(withoutEntity(withoutEntity(sample, QStringLiteral("e5")), QStringLiteral("e3")));
        else if (step == QLatin1String("same"))
            doc.setAnalysis(withoutEntity(sample, QStringLiteral("e5")));
        else
            doc.setArticle(m_article);
        QCOMPARE(rowsInserted, inserted);
        QCOMPARE(removeSpy.size(), removed);
        QCOMPARE(resetSpy.size(), resets);
        if (step == QLatin1String("add")) {
            QCOMPARE(insertSpy.size(), 1);
            QCOMPARE(insertSpy.first().at(0).value<QModelIndex>(), model.groupIndex(EntityType::Location));
            QCOMPARE(model.entityAt(model.indexOfEntity(QStringLiteral("e5")))->name, QStringLiteral("Taiwan"));
        }
    }

    void testProxySortsByMentionsAndFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("people");
        QTest::newRow("no filter: most mentioned first")
            << QString()
            << QStringList { QStringLiteral("Xi Jinping"), QStringLiteral("Joe Biden"), QStringLiteral("Qin Gang") };
        QTest::newRow("filter on a name") << QStringLiteral("qin") << QStringList { QStringLiteral("Qin Gang") };
        QTest::newRow("filter on an alias")
            << QStringLiteral("jinping") << QStringList { QStringLiteral("Xi Jinping") };
        QTest::newRow("filter matching nobody") << QStringLiteral("zzz") << QStringList();
    }

    void testProxySortsByMentionsAndFilters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, people);
        Document doc;
        doc.setArticle(m_article);
        EntityModel model(&doc);
        PanelProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setAnalysis(TestSample::analysis(m_article));
        proxy.setFilterText(filter);
        const QModelIndex group = proxy.mapFromSource(model.groupIndex(EntityType::Person));
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(group); ++r)
            shown << proxy.index(r, 0, group).data().toString();
        QCOMPARE(shown, people);
        if (!people.isEmpty()) {
            // Mentions stay listed under a matching entity.
            const QModelIndex first = proxy.index(0, 0, group);
            QCOMPARE(proxy.rowCount(first), model.rowCount(proxy.mapToSource(first)));
        }
        // Empty groups are hidden: "Other" never shows.
        QVERIFY(!proxy.mapFromSource(model.groupIndex(EntityType::Other)).isValid());
        // An expand arrow exactly where there are rows to expand (answered by the source without a filter).
        const std::function<void(const QModelIndex &)> check = [&proxy, &check](const QModelIndex &parent) {
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                QCOMPARE(proxy.hasChildren(i), proxy.rowCount(i) > 0);
                check(i);
            }
        };
        check(QModelIndex());
    }
};

QTEST_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
