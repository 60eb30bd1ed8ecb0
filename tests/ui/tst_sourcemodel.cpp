// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "sampleanalysis.h"
#include "sourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;

class TestSourceModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    QModelIndex group(const SourceModel &model, SourceKind kind) const { return model.index(int(kind), 0); }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testTree()
    {
        Document doc;
        doc.setArticle(m_article);
        SourceModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setAnalysis(TestSample::analysis(m_article));
        QCOMPARE(model.rowCount(group(model, SourceKind::Outlet)), 1);
        QCOMPARE(model.rowCount(group(model, SourceKind::Anonymous)), 1);
        QCOMPARE(model.rowCount(group(model, SourceKind::Agency)), 0);

        const QModelIndex msn = model.indexOfSource(QStringLiteral("s1"));
        QCOMPARE(msn.data().toString(), QStringLiteral("MSN"));
        QCOMPARE(model.rowCount(msn), 1);
        const QModelIndex citation = model.index(0, 0, msn);
        QCOMPARE(model.kindAt(citation), NodeKind::Citation);
        QVERIFY(citation.data().toString().startsWith(QStringLiteral("via · ")));
        QVERIFY(citation.data().toString().contains(QStringLiteral("Jinping said via MSN")));
        // The claim resting on the citation is the quote, one level further down.
        QCOMPARE(model.rowCount(citation), 1);
        const QModelIndex claim = model.index(0, 0, citation);
        QCOMPARE(model.kindAt(claim), NodeKind::Quote);
        QCOMPARE(model.spanAt(claim), doc.analysis().quotes.first().span);
        QVERIFY(claim.data().toString().contains(QStringLiteral("Right now, China-U.S. relations")));
        QCOMPARE(model.parent(claim), citation);
        QCOMPARE(model.parent(citation), msn);

        // Anonymous sources are flagged in their own row, not only by their group.
        const QModelIndex reports = model.indexOfSource(QStringLiteral("s2"));
        QCOMPARE(reports.data().toString(), QString(QChar(0x26a0)) + QStringLiteral(" Reports"));
        QCOMPARE(model.rowCount(reports), 2);
        QCOMPARE(reports.sibling(reports.row(), SourceModel::CountColumn).data().toInt(), 2);
    }

    void testUpdatesRowsInsteadOfResetting_data()
    {
        QTest::addColumn<bool>("newArticle");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("resets");
        QTest::newRow("a citation more: its rows are replaced, not reset") << false << 1 << 1 << 0;
        QTest::newRow("a new article resets") << true << 0 << 0 << 1;
    }

    void testUpdatesRowsInsteadOfResetting()
    {
        QFETCH(bool, newArticle);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, resets);
        Document doc;
        doc.setArticle(m_article);
        SourceModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnalysisResult r = TestSample::analysis(m_article);
        doc.setAnalysis(r);
        QSignalSpy insertSpy(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removeSpy(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        if (newArticle) {
            doc.setArticle(m_article);
        } else {
            Citation c;
            c.span = TestSample::spanOf(m_article.text, QStringLiteral("MSN"));
            r.sources[0].citations << c;
            doc.setAnalysis(r);
            QCOMPARE(model.rowCount(model.indexOfSource(QStringLiteral("s1"))), 2);
        }
        QCOMPARE(insertSpy.size(), inserted);
        QCOMPARE(removeSpy.size(), removed);
        QCOMPARE(resetSpy.size(), resets);
    }
};

QTEST_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
