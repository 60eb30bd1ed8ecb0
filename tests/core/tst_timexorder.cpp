// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timexorder.h"

#include <QDate>
#include <QTest>

using namespace Byline;

namespace {
TimeExpression makeTimex(const QString &value, TimexType type = TimexType::Date, int start = 0, const QString &mod = QString())
{
    TimeExpression t;
    t.value = value;
    t.type = type;
    t.span = Span(start, start + 1);
    t.mod = mod;
    return t;
}
} // namespace

class TestTimexOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testInterval_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("afterLast");
        QTest::addColumn<QString>("granularity");
        QTest::newRow("century") << QStringLiteral("18") << QDate(1800, 1, 1) << QDate(1900, 1, 1) << QStringLiteral("CE");
        QTest::newRow("decade") << QStringLiteral("199") << QDate(1990, 1, 1) << QDate(2000, 1, 1) << QStringLiteral("DE");
        QTest::newRow("year") << QStringLiteral("1949") << QDate(1949, 1, 1) << QDate(1950, 1, 1) << QStringLiteral("Y");
        QTest::newRow("fiscal year") << QStringLiteral("FY2022") << QDate(2022, 1, 1) << QDate(2023, 1, 1) << QStringLiteral("Y");
        QTest::newRow("half") << QStringLiteral("2021-H2") << QDate(2021, 7, 1) << QDate(2022, 1, 1) << QStringLiteral("H");
        QTest::newRow("quarter") << QStringLiteral("2021-Q3") << QDate(2021, 7, 1) << QDate(2021, 10, 1) << QStringLiteral("Q");
        QTest::newRow("season") << QStringLiteral("2021-SU") << QDate(2021, 6, 1) << QDate(2021, 9, 1) << QStringLiteral("S");
        QTest::newRow("winter runs into the next year") << QStringLiteral("2021-WI") << QDate(2021, 12, 1) << QDate(2022, 3, 1) << QStringLiteral("S");
        QTest::newRow("month") << QStringLiteral("2021-07") << QDate(2021, 7, 1) << QDate(2021, 8, 1) << QStringLiteral("M");
        QTest::newRow("ISO week") << QStringLiteral("2021-W46") << QDate(2021, 11, 15) << QDate(2021, 11, 22) << QStringLiteral("W");
        QTest::newRow("ISO week 1 starts in December") << QStringLiteral("2020-W53") << QDate(2020, 12, 28) << QDate(2021, 1, 4) << QStringLiteral("W");
        QTest::newRow("weekend") << QStringLiteral("2021-W45-WE") << QDate(2021, 11, 13) << QDate(2021, 11, 15) << QStringLiteral("WE");
        QTest::newRow("day") << QStringLiteral("2015-09-25") << QDate(2015, 9, 25) << QDate(2015, 9, 26) << QStringLiteral("D");
    }
    void testInterval()
    {
        QFETCH(QString, value);
        QFETCH(QDate, first);
        QFETCH(QDate, afterLast);
        QFETCH(QString, granularity);
        TimexOrder::Interval i;
        QVERIFY(TimexOrder::interval(value, &i));
        QCOMPARE(i.start, first.toJulianDay() * 1440);
        QCOMPARE(i.end, afterLast.toJulianDay() * 1440);
        QCOMPARE(i.granularity, granularity);
        QCOMPARE(TimexOrder::startDate(value), first);
    }

    void testNotAnInterval_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v : {"", "PRESENT_REF", "P3M", "XXXX-12-25", "T15:00", "2021-13", "2021-02-30", "2021-W60", "20211"})
            QTest::newRow(v[0] ? v : "empty") << QString::fromLatin1(v);
    }
    void testNotAnInterval()
    {
        QFETCH(QString, value);
        TimexOrder::Interval i;
        QVERIFY(!TimexOrder::interval(value, &i));
    }

    void testClockTimes()
    {
        TimexOrder::Interval a, b;
        QVERIFY(TimexOrder::interval(QStringLiteral("2021-11-12T15:00"), &a));
        QVERIFY(TimexOrder::interval(QStringLiteral("2021-11-12TMO"), &b));
        QCOMPARE(a.start, QDate(2021, 11, 12).toJulianDay() * 1440 + 15 * 60);
        QCOMPARE(a.end - a.start, 1);
        QCOMPARE(b.start, QDate(2021, 11, 12).toJulianDay() * 1440 + 6 * 60);
        QCOMPARE(b.end, QDate(2021, 11, 12).toJulianDay() * 1440 + 12 * 60);
    }

    void testLessThan_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("years") << QStringLiteral("1949") << QStringLiteral("2015-09-25");
        QTest::newRow("a month before the days inside it") << QStringLiteral("2021-10") << QStringLiteral("2021-10-01");
        QTest::newRow("a month before a later day inside it") << QStringLiteral("2021-10") << QStringLiteral("2021-10-20");
        QTest::newRow("a day before the next month") << QStringLiteral("2021-09-30") << QStringLiteral("2021-10");
        QTest::newRow("a year before its first month") << QStringLiteral("2021") << QStringLiteral("2021-01");
        QTest::newRow("a month before the week starting in it") << QStringLiteral("2021-11") << QStringLiteral("2021-W45");
        QTest::newRow("a week before the next") << QStringLiteral("2021-W45") << QStringLiteral("2021-W46");
        QTest::newRow("a day before its times") << QStringLiteral("2021-11-12") << QStringLiteral("2021-11-12T15:00");
        QTest::newRow("decade before a year in it") << QStringLiteral("199") << QStringLiteral("1995");
        QTest::newRow("dated before references") << QStringLiteral("2030") << QStringLiteral("PAST_REF");
        QTest::newRow("past before present reference") << QStringLiteral("PAST_REF") << QStringLiteral("PRESENT_REF");
        QTest::newRow("present before future reference") << QStringLiteral("PRESENT_REF") << QStringLiteral("FUTURE_REF");
        QTest::newRow("references before durations") << QStringLiteral("FUTURE_REF") << QStringLiteral("P3M");
        QTest::newRow("durations before unresolved") << QStringLiteral("P3M") << QString();
    }
    void testLessThan()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const TimexType typeA = a.startsWith(QLatin1Char('P')) && a != QLatin1String("PAST_REF") && a != QLatin1String("PRESENT_REF") ? TimexType::Duration : TimexType::Date;
        const TimexType typeB = b.startsWith(QLatin1Char('P')) && b != QLatin1String("PAST_REF") && b != QLatin1String("PRESENT_REF") ? TimexType::Duration : TimexType::Date;
        // b comes first in the text, so text order alone would put it first.
        const TimeExpression ta = makeTimex(a, typeA, 10), tb = makeTimex(b, typeB, 0);
        QVERIFY(TimexOrder::lessThan(ta, tb));
        QVERIFY(!TimexOrder::lessThan(tb, ta));
    }

    void testSortKeepsTextOrderForTies()
    {
        QList<TimeExpression> list{makeTimex(QStringLiteral("P1W"), TimexType::Set, 0), makeTimex(QString(), TimexType::Date, 1),
                                   makeTimex(QStringLiteral("2021-10"), TimexType::Date, 2, QStringLiteral("AFTER")),
                                   makeTimex(QStringLiteral("PXM"), TimexType::Duration, 3), makeTimex(QStringLiteral("2021-10"), TimexType::Date, 4),
                                   makeTimex(QStringLiteral("PXD"), TimexType::Duration, 5), makeTimex(QStringLiteral("1949"), TimexType::Date, 6)};
        TimexOrder::sort(list);
        QStringList got;
        for (const TimeExpression &t : list)
            got << QString::number(t.span.start);
        // 1949, 2021-10, 2021-10 AFTER, PXM, PXD (text order), P1W, unresolved
        QCOMPARE(got, (QStringList{QStringLiteral("6"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5"),
                                   QStringLiteral("0"), QStringLiteral("1")}));
    }
};

QTEST_GUILESS_MAIN(TestTimexOrder)
#include "tst_timexorder.moc"
