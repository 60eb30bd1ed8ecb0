// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "model/document.h"
#include "quotepane.h"
#include "roles.h"
#include "sampleanalysis.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Byline;

class TestQuotePane : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    AnalysisResult twoSpeakers() const
    {
        AnalysisResult r = TestSample::analysis(m_article);
        Quote q;
        q.id = QStringLiteral("q2");
        q.span = TestSample::spanOf(
            m_article.text, QStringLiteral("the meeting is part of Biden's administration's efforts"));
        q.kind = QuoteKind::Indirect;
        q.speaker = Speaker { QString(), QStringLiteral("Karine Jean-Pierre"),
            TestSample::spanOf(m_article.text, QStringLiteral("Karine Jean-Pierre")) };
        r.quotes << q;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testSpeakerFilter_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QStringList>("quotes");
        QTest::newRow("all speakers") << 0 << QStringList { QStringLiteral("q1"), QStringLiteral("q2") };
        QTest::newRow("a speaker known only by name") << 1 << QStringList { QStringLiteral("q2") };
        QTest::newRow("a speaker that is an entity") << 2 << QStringList { QStringLiteral("q1") };
    }

    void testSpeakerFilter()
    {
        QFETCH(int, choice);
        QFETCH(QStringList, quotes);
        Document doc;
        doc.setArticle(m_article);
        QuotePane pane(&doc);
        doc.setAnalysis(twoSpeakers());
        auto *speakers = pane.findChild<QComboBox *>(QStringLiteral("speakerFilter"));
        QVERIFY(speakers);
        QCOMPARE(speakers->count(), 3);
        QCOMPARE(speakers->itemText(1), QStringLiteral("Karine Jean-Pierre"));
        QCOMPARE(speakers->itemText(2), QStringLiteral("Xi Jinping"));
        speakers->setCurrentIndex(choice);
        QStringList shown;
        for (int r = 0; r < pane.view()->model()->rowCount(); ++r)
            shown << pane.view()->model()->index(r, 0).data(IdRole).toString();
        QCOMPARE(shown, quotes);
    }

    void testActivationNamesTheQuote()
    {
        Document doc;
        doc.setArticle(m_article);
        QuotePane pane(&doc);
        doc.setAnalysis(twoSpeakers());
        QSignalSpy activated(&pane, &QuotePane::quoteActivated);
        Q_EMIT pane.view()->activated(pane.view()->model()->index(1, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("q2"));
    }

    void testEmptyStates_data()
    {
        QTest::addColumn<bool>("analysed");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QString>("placeholder");
        QTest::newRow("quote analysis not in the pipeline")
            << true << false << QStringLiteral("Analysis not available yet.");
        QTest::newRow("analysis running") << false << true << QStringLiteral("Analysing…");
        QTest::newRow("analysed, nothing found") << true << true << QStringLiteral("No quotes found.");
    }

    void testEmptyStates()
    {
        QFETCH(bool, analysed);
        QFETCH(bool, available);
        QFETCH(QString, placeholder);
        Document doc;
        QuotePane pane(&doc);
        QCOMPARE(pane.placeholderText(), QStringLiteral("Open an article to see what it contains."));
        doc.setArticle(m_article);
        if (analysed)
            doc.setAnalysis(AnalysisResult());
        pane.setAnalysisState(true, !analysed, available);
        QCOMPARE(pane.placeholderText(), placeholder);
        doc.setAnalysis(twoSpeakers());
        QVERIFY(pane.placeholderText().isEmpty());
    }
};

QTEST_MAIN(TestQuotePane)
#include "tst_quotepane.moc"
