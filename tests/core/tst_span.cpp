// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/span.h"

#include <QTest>

using Byline::Span;

class TestSpan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testOverlaps_data()
    {
        QTest::addColumn<int>("as");
        QTest::addColumn<int>("ae");
        QTest::addColumn<int>("bs");
        QTest::addColumn<int>("be");
        QTest::addColumn<bool>("overlaps");
        QTest::newRow("disjoint") << 0 << 3 << 5 << 8 << false;
        QTest::newRow("touching is not overlapping (half-open)") << 0 << 3 << 3 << 6 << false;
        QTest::newRow("one unit shared") << 0 << 4 << 3 << 6 << true;
        QTest::newRow("nested") << 0 << 10 << 3 << 6 << true;
        QTest::newRow("invalid never overlaps") << -1 << -1 << 0 << 5 << false;
    }
    void testOverlaps()
    {
        QFETCH(int, as);
        QFETCH(int, ae);
        QFETCH(int, bs);
        QFETCH(int, be);
        QFETCH(bool, overlaps);
        QCOMPARE(Span(as, ae).overlaps(Span(bs, be)), overlaps);
        QCOMPARE(Span(bs, be).overlaps(Span(as, ae)), overlaps);
    }
    void testContainsAndOrder()
    {
        QVERIFY(Span(0, 10).contains(Span(2, 5)));
        QVERIFY(!Span(2, 5).contains(Span(0, 10)));
        QVERIFY(Span(2, 5).contains(2));
        QVERIFY(!Span(2, 5).contains(5));
        QVERIFY(!Span().isValid());
        QVERIFY(Span(0, 10) < Span(0, 5)); // longer first at the same start
        QVERIFY(Span(0, 5) < Span(1, 2));
    }
};

QTEST_GUILESS_MAIN(TestSpan)
#include "tst_span.moc"
