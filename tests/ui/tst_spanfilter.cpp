// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanfilter.h"

#include <QTest>

using namespace Byline;

class TestSpanFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testLongestWins_data()
    {
        QTest::addColumn<QList<Span>>("spans");
        QTest::addColumn<QList<int>>("kept");
        QTest::newRow("nothing") << QList<Span>() << QList<int>();
        QTest::newRow("disjoint spans all kept, in text order")
            << QList<Span>{Span(10, 14), Span(0, 3), Span(5, 8)} << QList<int>{1, 2, 0};
        QTest::newRow("longer span wins over the nested one") << QList<Span>{Span(3, 10), Span(0, 20)} << QList<int>{1};
        QTest::newRow("'Xi Jinping' beats 'Jinping' inside it") << QList<Span>{Span(4, 11), Span(1, 11)} << QList<int>{1};
        QTest::newRow("equal length: the earlier start wins") << QList<Span>{Span(5, 10), Span(2, 7)} << QList<int>{1};
        QTest::newRow("identical spans: the one listed first wins") << QList<Span>{Span(2, 7), Span(2, 7)} << QList<int>{0};
        QTest::newRow("touching spans do not overlap") << QList<Span>{Span(0, 5), Span(5, 9)} << QList<int>{0, 1};
        QTest::newRow("a long span knocks out both neighbours")
            << QList<Span>{Span(0, 4), Span(3, 12), Span(11, 15)} << QList<int>{1};
        QTest::newRow("knocked-out span does not block others")
            << QList<Span>{Span(0, 6), Span(4, 9), Span(8, 13)} << QList<int>{0, 2};
        QTest::newRow("empty and invalid spans are dropped") << QList<Span>{Span(3, 3), Span(), Span(4, 6)} << QList<int>{2};
    }

    void testLongestWins()
    {
        QFETCH(QList<Span>, spans);
        QFETCH(QList<int>, kept);
        QCOMPARE(SpanFilter::longestWins(spans), kept);
    }
};

QTEST_GUILESS_MAIN(TestSpanFilter)
#include "tst_spanfilter.moc"
