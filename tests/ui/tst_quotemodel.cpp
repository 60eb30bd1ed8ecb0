// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "quotemodel.h"
#include "sampleanalysis.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;

class TestQuoteModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    /** The sample plus an indirect, unattributed quote over the Foreign Ministry sentence. */
    AnalysisResult withSecondQuote() const
    {
        AnalysisResult r = TestSample::analysis(m_article);
        Quote q;
        q.id = QStringLiteral("q2");
        q.span = TestSample::spanOf(m_article.text, QStringLiteral("stop providing military help to Taiwan"));
        q.kind = QuoteKind::Indirect;
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

    void testColumns_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("speaker") << 0 << int(QuoteModel::SpeakerColumn) << QStringLiteral("Xi Jinping");
        QTest::newRow("kind") << 0 << int(QuoteModel::KindColumn) << QStringLiteral("direct");
        QTest::newRow("source") << 0 << int(QuoteModel::SourceColumn) << QStringLiteral("MSN");
        QTest::newRow("unattributed speaker")
            << 1 << int(QuoteModel::SpeakerColumn) << QStringLiteral("(unattributed)");
        QTest::newRow("indirect kind") << 1 << int(QuoteModel::KindColumn) << QStringLiteral("indirect");
        QTest::newRow("no source") << 1 << int(QuoteModel::SourceColumn) << QString();
        QTest::newRow("short excerpt in full")
            << 1 << int(QuoteModel::ExcerptColumn) << QStringLiteral("stop providing military help to Taiwan");
    }

    void testColumns()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        Document doc;
        doc.setArticle(m_article);
        QuoteModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setAnalysis(withSecondQuote());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(row, column).data().toString(), expected);
        QCOMPARE(model.spanAt(model.index(row, column)), doc.analysis().quotes.at(row).span);
    }

    void testLongExcerptIsShortened()
    {
        Document doc;
        doc.setArticle(m_article);
        QuoteModel model(&doc);
        doc.setAnalysis(TestSample::analysis(m_article));
        const QString excerpt = model.index(0, QuoteModel::ExcerptColumn).data().toString();
        QVERIFY(excerpt.startsWith(QStringLiteral("Right now, China-U.S. relations")));
        QCOMPARE(excerpt.size(), 90);
        QVERIFY(excerpt.endsWith(QChar(0x2026)));
    }

    void testUpdatesRowsInsteadOfResetting_data()
    {
        QTest::addColumn<bool>("fromEmpty");
        QTest::addColumn<bool>("newArticle");
        QTest::addColumn<int>("firstInserted");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("resets");
        QTest::newRow("first analysis inserts both quotes") << true << false << 0 << 2 << 0;
        QTest::newRow("a quote more inserts one row at the end") << false << false << 1 << 1 << 0;
        QTest::newRow("a new article resets") << false << true << -1 << 0 << 1;
    }

    void testUpdatesRowsInsteadOfResetting()
    {
        QFETCH(bool, fromEmpty);
        QFETCH(bool, newArticle);
        QFETCH(int, firstInserted);
        QFETCH(int, inserted);
        QFETCH(int, resets);
        Document doc;
        doc.setArticle(m_article);
        QuoteModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (!fromEmpty)
            doc.setAnalysis(TestSample::analysis(m_article));
        QSignalSpy insertSpy(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        if (newArticle)
            doc.setArticle(m_article);
        else
            doc.setAnalysis(withSecondQuote());
        QCOMPARE(resetSpy.size(), resets);
        if (inserted == 0) {
            QCOMPARE(insertSpy.size(), 0);
            return;
        }
        QCOMPARE(insertSpy.size(), 1);
        QCOMPARE(insertSpy.first().at(1).toInt(), firstInserted);
        QCOMPARE(insertSpy.first().at(2).toInt() - insertSpy.first().at(1).toInt() + 1, inserted);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestQuoteModel)
#include "tst_quotemodel.moc"
