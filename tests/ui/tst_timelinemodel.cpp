// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "roles.h"
#include "sampleanalysis.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Byline;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    TimeExpression time(
        const QString &id, const QString &needle, const QString &value, TimexType type = TimexType::Date) const
    {
        TimeExpression t;
        t.id = id;
        t.span = TestSample::spanOf(m_article.text, needle);
        t.type = type;
        t.value = value;
        t.resolution = value.isEmpty() ? TimexResolution::Unresolved : TimexResolution::PublicationDate;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testChronologicalOrder_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::newRow("dates by value, durations after, unresolved last") << QStringList { QStringLiteral("t1"),
            QStringLiteral("t4"), QStringLiteral("t3"), QStringLiteral("t5"), QStringLiteral("t2") };
    }

    void testChronologicalOrder()
    {
        QFETCH(QStringList, order);
        Document doc;
        doc.setArticle(m_article);
        TimelineModel model(&doc);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(0);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnalysisResult r;
        r.timeline << time(QStringLiteral("t1"), QStringLiteral("September 25, 2015"), QStringLiteral("2015-09-25"))
                   << time(QStringLiteral("t2"), QStringLiteral("This week"), QString())
                   << time(QStringLiteral("t3"), QStringLiteral("for months"), QStringLiteral("P1M"),
                          TimexType::Duration)
                   << time(QStringLiteral("t4"), QStringLiteral("next week"), QStringLiteral("2021-W46"))
                   << time(QStringLiteral("t5"), QStringLiteral("for decades"), QStringLiteral("P1DE"),
                          TimexType::Duration);
        doc.setAnalysis(r);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(IdRole).toString();
        QCOMPARE(shown, order);
        QCOMPARE(
            proxy.index(0, TimelineModel::ExpressionColumn).data().toString(), QStringLiteral("September 25, 2015"));
        QCOMPARE(proxy.index(4, TimelineModel::DateColumn).data().toString(), QStringLiteral("unresolved"));
    }

    void testReResolvingUpdatesRows()
    {
        Document doc;
        doc.setArticle(m_article);
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnalysisResult r;
        r.timeline << time(QStringLiteral("t1"), QStringLiteral("next week"), QStringLiteral("2021-W46"));
        QSignalSpy insertSpy(&model, &QAbstractItemModel::rowsInserted);
        doc.setAnalysis(r);
        QCOMPARE(insertSpy.size(), 1);
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        r.timeline[0].value = QStringLiteral("2030-W03");
        doc.setAnalysis(r);
        QCOMPARE(resetSpy.size(), 0);
        QCOMPARE(insertSpy.size(), 1);
        QCOMPARE(changedSpy.size(), 1);
        QCOMPARE(model.index(0, TimelineModel::DateColumn).data().toString(), QStringLiteral("2030-W03"));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
