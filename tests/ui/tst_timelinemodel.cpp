// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "roles.h"
#include "sampleanalysis.h"
#include "timelinemodel.h"
#include "timelinepane.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSet>
#include <QTest>
#include <QTreeView>

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

    /**
     * count dates over the sample's words, ids prefix0, prefix1…, each a day of a year from 2000 on
     * (shift moves them), so that chronological order is not text order.
     */
    AnalysisResult longTimeline(int count, const QString &prefix, int shift = 0) const
    {
        AnalysisResult r;
        const int length = int(m_article.text.size());
        r.timeline.reserve(count);
        for (int i = 0; i < count; ++i) {
            TimeExpression t;
            t.id = prefix + QString::number(i);
            const int start = (i * 37) % (length - 10);
            t.span = Span(start, start + 5);
            t.type = TimexType::Date;
            t.value = QDate(2000, 1, 1).addDays((i * 7919 + shift) % 9000).toString(Qt::ISODate);
            t.resolution = TimexResolution::Absolute;
            r.timeline << t;
        }
        return r;
    }

    static QStringList rowValues(const TimelineModel &model)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            const TimeExpression *t = model.timeExpressionAt(model.index(row, 0));
            values << t->id + QLatin1Char('=') + t->value;
        }
        return values;
    }

    static QStringList values(const AnalysisResult &r)
    {
        QStringList values;
        for (const TimeExpression &t : r.timeline)
            values << t.id + QLatin1Char('=') + t.value;
        return values;
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

    void testLongAnalysisIsAppendedInParts()
    {
        Document doc;
        doc.setArticle(m_article);
        TimelinePane pane(&doc);
        auto *model = pane.findChild<TimelineModel *>();
        auto *proxy = pane.findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        QVERIFY(model && proxy);
        const AnalysisResult r = longTimeline(10000, QStringLiteral("t"));
        QSignalSpy insertSpy(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resetSpy(model, &QAbstractItemModel::modelReset);
        QSignalSpy fillingSpy(&pane, &PanelPage::fillingChanged);
        doc.setAnalysis(r);
        // The first part at once, the rest from the event loop.
        QVERIFY(pane.isFilling());
        QCOMPARE(model->rowCount(), RowFeeder<TimeExpression>::PartRows);
        QTRY_VERIFY(!pane.isFilling());
        QCOMPARE(fillingSpy.size(), 2);
        QCOMPARE(insertSpy.size(), 10000 / RowFeeder<TimeExpression>::PartRows);
        QCOMPARE(resetSpy.size(), 0);
        // Every date, in the analysis's order in the model and chronologically in the view.
        QCOMPARE(rowValues(*model), values(r));
        QCOMPARE(proxy->rowCount(), 10000);
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY2(proxy->index(row - 1, 0).data(SortRole).toString() <= proxy->index(row, 0).data(SortRole).toString(),
                qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        QVERIFY(proxy->index(0, 0).data(SortRole).toString() < proxy->index(9999, 0).data(SortRole).toString());
    }

    void testSecondAnalysisDuringFillingWins()
    {
        Document doc;
        doc.setArticle(m_article);
        TimelinePane pane(&doc);
        auto *model = pane.findChild<TimelineModel *>();
        auto *proxy = pane.findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        doc.setAnalysis(longTimeline(20000, QStringLiteral("t")));
        QCoreApplication::processEvents();
        QVERIFY(pane.isFilling());
        QVERIFY(model->rowCount() < 20000);
        // Half the ids again with other values, half new ones; the rest of the first analysis is gone.
        AnalysisResult second = longTimeline(3000, QStringLiteral("t"), 11);
        second.timeline << longTimeline(3000, QStringLiteral("u")).timeline;
        doc.setAnalysis(second);
        QTRY_VERIFY(!pane.isFilling());
        QStringList shown = rowValues(*model);
        QStringList expected = values(second);
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(proxy->rowCount(), 6000);
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row - 1, 0).data(SortRole).toString() <= proxy->index(row, 0).data(SortRole).toString());
    }

    void testReResolvingALongTimelineSortsOnce()
    {
        Document doc;
        doc.setArticle(m_article);
        TimelinePane pane(&doc);
        auto *model = pane.findChild<TimelineModel *>();
        auto *proxy = pane.findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        doc.setAnalysis(longTimeline(6000, QStringLiteral("t")));
        QTRY_VERIFY(!pane.isFilling());
        // The same dates, each resolved to another day: rows change in place, the view re-sorts once.
        const AnalysisResult moved = longTimeline(6000, QStringLiteral("t"), 5);
        QSignalSpy changedSpy(model, &QAbstractItemModel::dataChanged);
        QSignalSpy insertSpy(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy fillingSpy(&pane, &PanelPage::fillingChanged);
        doc.setAnalysis(moved);
        QCOMPARE(changedSpy.size(), 6000);
        QCOMPARE(insertSpy.size(), 0);
        QCOMPARE(fillingSpy.size(), 2);
        QVERIFY(!pane.isFilling());
        QCOMPARE(rowValues(*model), values(moved));
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row - 1, 0).data(SortRole).toString() <= proxy->index(row, 0).data(SortRole).toString());
    }

    void testNewArticleDuringFillingCancelsIt()
    {
        Document doc;
        doc.setArticle(m_article);
        TimelinePane pane(&doc);
        auto *model = pane.findChild<TimelineModel *>();
        doc.setAnalysis(longTimeline(20000, QStringLiteral("t")));
        QCoreApplication::processEvents();
        QVERIFY(pane.isFilling());
        doc.setArticle(m_article);
        QVERIFY(!pane.isFilling());
        QCOMPARE(model->rowCount(), 0);
        QTest::qWait(50);
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
