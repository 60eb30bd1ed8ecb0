// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timexnormalizer.h"

#include <QTest>

using namespace Byline;

Q_DECLARE_METATYPE(Byline::TimexForm::Direction)
Q_DECLARE_METATYPE(Byline::TimexForm::Tense)

class TestTimexNormalizer : public QObject
{
    Q_OBJECT

    /** "the same day" (granularity "D"), "that month" ("M"), …: the previous date, unshifted. */
    static TimexForm samePrevious(const QString &granularity)
    {
        TimexForm f;
        f.kind = TimexForm::Kind::Shift;
        f.anchor = TimexForm::Anchor::Previous;
        f.unit = QLatin1Char('D');
        f.granularity = granularity;
        return f;
    }

    /** Normalises the literal value (empty: an unresolved date) in sentence, so n remembers it. */
    static void mention(TimexNormalizer &n, const QString &value, int sentence)
    {
        TimexForm f;
        f.value = value;
        n.normalize(f, sentence);
    }

private Q_SLOTS:
    void testFormat_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<QString>("value");
        const QDate d(2021, 11, 12);
        QTest::newRow("century") << d << QStringLiteral("CE") << QStringLiteral("20");
        QTest::newRow("decade") << d << QStringLiteral("DE") << QStringLiteral("202");
        QTest::newRow("year") << d << QStringLiteral("Y") << QStringLiteral("2021");
        QTest::newRow("quarter") << d << QStringLiteral("Q") << QStringLiteral("2021-Q4");
        QTest::newRow("half") << d << QStringLiteral("H") << QStringLiteral("2021-H2");
        QTest::newRow("month") << d << QStringLiteral("M") << QStringLiteral("2021-11");
        QTest::newRow("week") << d << QStringLiteral("W") << QStringLiteral("2021-W45");
        QTest::newRow("weekend") << d << QStringLiteral("WE") << QStringLiteral("2021-W45-WE");
        QTest::newRow("day") << d << QStringLiteral("D") << QStringLiteral("2021-11-12");
        QTest::newRow("week of the previous ISO year") << QDate(2021, 1, 1) << QStringLiteral("W") << QStringLiteral("2020-W53");
        QTest::newRow("year before 1000 is padded") << QDate(800, 5, 1) << QStringLiteral("Y") << QStringLiteral("0800");
        QTest::newRow("day before 1000") << QDate(800, 5, 1) << QStringLiteral("D") << QStringLiteral("0800-05-01");
        QTest::newRow("day of the first four-digit year") << QDate(1000, 1, 9) << QStringLiteral("D") << QStringLiteral("1000-01-09");
        QTest::newRow("day of the last four-digit year") << QDate(9999, 12, 31) << QStringLiteral("D") << QStringLiteral("9999-12-31");
        QTest::newRow("month of a year before 1000") << QDate(99, 7, 4) << QStringLiteral("M") << QStringLiteral("0099-07");
    }
    void testFormat()
    {
        QFETCH(QDate, date);
        QFETCH(QString, granularity);
        QFETCH(QString, value);
        QCOMPARE(TimexNormalizer::format(date, granularity), value);
    }

    void testNamedMonth_data()
    {
        QTest::addColumn<QDate>("dct");
        QTest::addColumn<int>("month");
        QTest::addColumn<TimexForm::Direction>("direction");
        QTest::addColumn<TimexForm::Tense>("tense");
        QTest::addColumn<QString>("value");
        const QDate nov(2021, 11, 12), jan(2022, 1, 10);
        using D = TimexForm::Direction;
        using T = TimexForm::Tense;
        QTest::newRow("past month earlier in the year") << nov << 7 << D::Tense << T::Past << QStringLiteral("2021-07");
        QTest::newRow("past month later in the year is last year") << jan << 7 << D::Tense << T::Past << QStringLiteral("2021-07");
        QTest::newRow("future month earlier in the year is next year") << nov << 3 << D::Tense << T::Future << QStringLiteral("2022-03");
        QTest::newRow("no tense: nearest occurrence") << jan << 12 << D::Tense << T::Unknown << QStringLiteral("2021-12");
        QTest::newRow("no tense: this year when near") << nov << 9 << D::Tense << T::Unknown << QStringLiteral("2021-09");
        QTest::newRow("last of the DCT month is a year back") << nov << 11 << D::Last << T::Unknown << QStringLiteral("2020-11");
        QTest::newRow("next of an earlier month") << nov << 2 << D::Next << T::Unknown << QStringLiteral("2022-02");
        QTest::newRow("this") << nov << 2 << D::This << T::Past << QStringLiteral("2021-02");
    }
    void testNamedMonth()
    {
        QFETCH(QDate, dct);
        QFETCH(int, month);
        QFETCH(TimexForm::Direction, direction);
        QFETCH(TimexForm::Tense, tense);
        QFETCH(QString, value);
        TimexForm f;
        f.kind = TimexForm::Kind::Named;
        f.month = month;
        f.direction = direction;
        f.tense = tense;
        TimexNormalizer n(dct);
        const TimexNormalizer::Result r = n.normalize(f, 0);
        QCOMPARE(r.value, value);
        QCOMPARE(r.resolution, TimexResolution::PublicationDate);
    }

    void testNamedWeekday_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<TimexForm::Direction>("direction");
        QTest::addColumn<TimexForm::Tense>("tense");
        QTest::addColumn<QString>("value");
        using D = TimexForm::Direction;
        using T = TimexForm::Tense;
        // DCT Wednesday 2021-11-10
        QTest::newRow("past Monday") << 1 << D::Tense << T::Past << QStringLiteral("2021-11-08");
        QTest::newRow("future Monday") << 1 << D::Tense << T::Future << QStringLiteral("2021-11-15");
        QTest::newRow("no tense reads as past (news)") << 5 << D::Tense << T::Unknown << QStringLiteral("2021-11-05");
        QTest::newRow("same weekday as the DCT") << 3 << D::Tense << T::Past << QStringLiteral("2021-11-10");
        QTest::newRow("last Wednesday is a week back") << 3 << D::Last << T::Unknown << QStringLiteral("2021-11-03");
        QTest::newRow("next Wednesday is a week on") << 3 << D::Next << T::Unknown << QStringLiteral("2021-11-17");
        QTest::newRow("this Friday is in the DCT week") << 5 << D::This << T::Past << QStringLiteral("2021-11-12");
    }
    void testNamedWeekday()
    {
        QFETCH(int, weekday);
        QFETCH(TimexForm::Direction, direction);
        QFETCH(TimexForm::Tense, tense);
        QFETCH(QString, value);
        TimexForm f;
        f.kind = TimexForm::Kind::Named;
        f.weekday = weekday;
        f.direction = direction;
        f.tense = tense;
        TimexNormalizer n(QDate(2021, 11, 10));
        QCOMPARE(n.normalize(f, 0).value, value);
    }

    void testPreviousDateNeedsFineEnoughAnchor()
    {
        TimexNormalizer n(QDate(2021, 11, 12));
        mention(n, QStringLiteral("2020-06-03"), 0);
        mention(n, QStringLiteral("2019-05"), 1);
        // "the same day" skips the month back to the last day mentioned.
        const TimexNormalizer::Result r = n.normalize(samePrevious(QStringLiteral("D")), 2);
        QCOMPARE(r.value, QStringLiteral("2020-06-03"));
        QCOMPARE(r.resolution, TimexResolution::PreviousDate);
    }

    void testPreviousDateAfterManyCoarserDates_data()
    {
        QTest::addColumn<QStringList>("before"); // literal values in text order ("" for an unresolved date)
        QTest::addColumn<QString>("granularity"); // of "the same …" (Shift from the previous date by 0)
        QTest::addColumn<QString>("value");
        QStringList years;
        for (int k = 0; k < 2000; ++k)
            years << (k % 2 ? QStringLiteral("2019") : QStringLiteral("2018-05"));
        QTest::newRow("the same day skips 2000 years and months back to the day")
            << (QStringList{QStringLiteral("2020-06-03")} + years) << QStringLiteral("D") << QStringLiteral("2020-06-03");
        QTest::newRow("that month takes the last month or finer")
            << QStringList{QStringLiteral("2020-06-03"), QStringLiteral("2019-05"), QStringLiteral("2018")} << QStringLiteral("M")
            << QStringLiteral("2019-05");
        QTest::newRow("that year takes the last date of any granularity")
            << QStringList{QStringLiteral("2019-05"), QStringLiteral("2020-06-03")} << QStringLiteral("Y") << QStringLiteral("2020");
        QTest::newRow("an unresolved date stands between")
            << QStringList{QStringLiteral("2020-06-03"), QString(), QStringLiteral("2018")} << QStringLiteral("D") << QString();
        QTest::newRow("no date fine enough: the publication date")
            << QStringList{QStringLiteral("2018"), QStringLiteral("2019-05")} << QStringLiteral("D") << QStringLiteral("2021-11-12");
    }
    void testPreviousDateAfterManyCoarserDates()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, granularity);
        QFETCH(QString, value);
        TimexNormalizer n(QDate(2021, 11, 12));
        int sentence = 0;
        for (const QString &v : std::as_const(before))
            mention(n, v, sentence++);
        QCOMPARE(n.normalize(samePrevious(granularity), sentence).value, value);
    }

    void testClockTakesTheDayOfItsSentenceOnly()
    {
        TimexNormalizer n(QDate(2021, 11, 12));
        mention(n, QStringLiteral("2020-06-03"), 3);
        mention(n, QStringLiteral("2019"), 3);
        TimexForm clock;
        clock.kind = TimexForm::Kind::Clock;
        clock.type = TimexType::Time;
        clock.hour = 15;
        QCOMPARE(n.normalize(clock, 3).value, QStringLiteral("2020-06-03T15:00"));
        QCOMPARE(n.normalize(clock, 4).value, QStringLiteral("2021-11-12T15:00"));
    }

    void testNoDctNeverGuesses()
    {
        TimexNormalizer n{QDate()};
        TimexForm f;
        f.kind = TimexForm::Kind::Shift;
        f.unit = QLatin1Char('W');
        f.granularity = QStringLiteral("W");
        const TimexNormalizer::Result r = n.normalize(f, 0);
        QVERIFY(r.value.isEmpty());
        QCOMPARE(r.resolution, TimexResolution::Unresolved);
        TimexForm clock;
        clock.kind = TimexForm::Kind::Clock;
        clock.hour = 15;
        QCOMPARE(n.normalize(clock, 0).value, QStringLiteral("T15:00"));
    }
};

QTEST_GUILESS_MAIN(TestTimexNormalizer)
#include "tst_timexnormalizer.moc"
