// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"
#include "io/articleloader.h"
#include "sampleanalysis.h"

#include <QSignalSpy>
#include <QTest>

using namespace Byline;

class TestAnalysisRunner : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testRuns_data()
    {
        QTest::addColumn<int>("starts");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<int>("finished");
        QTest::addColumn<int>("cancelled");
        QTest::newRow("one run delivers one result") << 1 << false << 1 << 0;
        QTest::newRow("a restart drops the older run") << 3 << false << 1 << 0;
        QTest::newRow("a cancelled run delivers no result") << 1 << true << 0 << 1;
    }

    void testRuns()
    {
        QFETCH(int, starts);
        QFETCH(bool, cancel);
        QFETCH(int, finished);
        QFETCH(int, cancelled);
        AnalysisRunner runner;
        // Counted with a lambda: QSignalSpy cannot store an AnalysisResult argument on Qt 5.
        int finishedCount = 0;
        connect(&runner, &AnalysisRunner::finished, this, [&finishedCount]() { ++finishedCount; });
        QSignalSpy cancelledSpy(&runner, &AnalysisRunner::cancelled);
        QSignalSpy startedSpy(&runner, &AnalysisRunner::started);
        for (int i = 0; i < starts; ++i)
            runner.start(m_article);
        if (cancel)
            runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount + cancelledSpy.size(), 1, 20000);
        // Older runs finish too, but into the void: nothing else may arrive.
        QTest::qWait(200);
        QCOMPARE(startedSpy.size(), starts);
        QCOMPARE(finishedCount, finished);
        QCOMPARE(cancelledSpy.size(), cancelled);
        QVERIFY(!runner.isRunning());
    }
};

QTEST_MAIN(TestAnalysisRunner)
#include "tst_analysisrunner.moc"
