// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanfilter.h"

#include <QTest>

using namespace Byline;

class TestSpanFilter : public QObject
{
    Q_OBJECT

    /** "10-14 0-3 invalid" → spans in that order. */
    static QList<Span> parse(const QString &spec)
    {
        QList<Span> spans;
        const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            if (item == QLatin1String("invalid")) {
                spans << Span();
                continue;
            }
            spans << Span(item.section(QLatin1Char('-'), 0, 0).toInt(), item.section(QLatin1Char('-'), 1, 1).toInt());
        }
        return spans;
    }

private Q_SLOTS:
    void testLongestWins_data()
    {
        QTest::addColumn<QString>("spans");
        QTest::addColumn<QList<int>>("kept");
        QTest::newRow("nothing") << QString() << QList<int>();
        QTest::newRow("disjoint spans all kept, in text order")
            << QStringLiteral("10-14 0-3 5-8") << QList<int> { 1, 2, 0 };
        QTest::newRow("longer span wins over the nested one") << QStringLiteral("3-10 0-20") << QList<int> { 1 };
        QTest::newRow("'Xi Jinping' beats 'Jinping' inside it") << QStringLiteral("4-11 1-11") << QList<int> { 1 };
        QTest::newRow("equal length: the earlier start wins") << QStringLiteral("5-10 2-7") << QList<int> { 1 };
        QTest::newRow("identical spans: the one listed first wins") << QStringLiteral("2-7 2-7") << QList<int> { 0 };
        QTest::newRow("touching spans do not overlap") << QStringLiteral("0-5 5-9") << QList<int> { 0, 1 };
        QTest::newRow("a long span knocks out both neighbours") << QStringLiteral("0-4 3-12 11-15") << QList<int> { 1 };
        QTest::newRow("knocked-out span does not block others")
            << QStringLiteral("0-6 4-9 8-13") << QList<int> { 0, 2 };
        QTest::newRow("empty and invalid spans are dropped") << QStringLiteral("3-3 invalid 4-6") << QList<int> { 2 };
    }

    void testLongestWins()
    {
        QFETCH(QString, spans);
        QFETCH(QList<int>, kept);
        QCOMPARE(SpanFilter::longestWins(parse(spans)), kept);
    }
};

QTEST_GUILESS_MAIN(TestSpanFilter)
#include "tst_spanfilter.moc"
