// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/resources.h"
#include "io/datelinedetector.h"
#include "io/textloader.h"

#include <QTest>

using namespace Byline;

class TstDatelineDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testParseDate_data();
    void testParseDate();
    void testDateOnly_data();
    void testDateOnly();
    void testFind_data();
    void testFind();
};

void TstDatelineDetector::testParseDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO date") << QStringLiteral("2021-11-12") << QDate(2021, 11, 12);
    QTest::newRow("ISO date-time keeps the publisher's day")
        << QStringLiteral("2021-11-12T23:30:00-05:00") << QDate(2021, 11, 12);
    QTest::newRow("RFC 2822") << QStringLiteral("Fri, 12 Nov 2021 08:30:00 GMT") << QDate(2021, 11, 12);
    QTest::newRow("AP abbreviation") << QStringLiteral("Nov. 12, 2021") << QDate(2021, 11, 12);
    QTest::newRow("Sept. with ordinal") << QStringLiteral("Sept. 3rd, 2020") << QDate(2020, 9, 3);
    QTest::newRow("day month year") << QStringLiteral("12 November 2021") << QDate(2021, 11, 12);
    QTest::newRow("slashes") << QStringLiteral("2021/11/12") << QDate(2021, 11, 12);
    QTest::newRow("numeric day/month orders are not read in metadata") << QStringLiteral("10/23/2014 7:31 PM") << QDate();
    QTest::newRow("month without year is no date") << QStringLiteral("March 3") << QDate();
    QTest::newRow("impossible day") << QStringLiteral("2021-02-30") << QDate();
    QTest::newRow("no date at all") << QStringLiteral("yesterday") << QDate();
}

void TstDatelineDetector::testParseDate()
{
    QFETCH(QString, value);
    QFETCH(QDate, expected);
    QCOMPARE(DatelineDetector::instance().parseDate(value), expected);
}

void TstDatelineDetector::testDateOnly_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<bool>("dateOnly");
    QTest::addColumn<QDate>("date");
    QTest::newRow("weekday, month day, year") << QStringLiteral("Monday, May 18, 2015") << true << QDate(2015, 5, 18);
    QTest::newRow("zero-padded day (MEANTIME)") << QStringLiteral("September 04, 2008") << true << QDate(2008, 9, 4);
    QTest::newRow("Published cue") << QStringLiteral("Published: 12 November 2021") << true << QDate(2021, 11, 12);
    QTest::newRow("Updated with a time") << QStringLiteral("Updated Nov. 12, 2021 08:30 ET") << true
                                         << QDate(2021, 11, 12);
    QTest::newRow("ISO") << QStringLiteral("2021-11-12") << true << QDate(2021, 11, 12);
    QTest::newRow("US numeric date with a time, day over 12")
        << QStringLiteral("Published: 11/18/2011 2:27 AM") << true << QDate(2011, 11, 18);
    QTest::newRow("French numeric date, day over 12") << QStringLiteral("Publié le 29/10/2012") << true
                                                      << QDate(2012, 10, 29);
    QTest::newRow("numeric date with both numbers up to 12 is ambiguous")
        << QStringLiteral("Published: 11/12/2021") << false << QDate();
    QTest::newRow("sentence with a date") << QStringLiteral("The deal was signed on May 18, 2015.") << false << QDate();
}

void TstDatelineDetector::testDateOnly()
{
    QFETCH(QString, block);
    QFETCH(bool, dateOnly);
    QFETCH(QDate, date);
    QDate found;
    QCOMPARE(DatelineDetector::instance().isDateOnly(block, &found), dateOnly);
    QCOMPARE(found, date);
}

void TstDatelineDetector::testFind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("yearInferred");
    QTest::newRow("wire dateline without year takes the reference year")
        << QStringLiteral("Title\n\nWASHINGTON, March 3 (Reuters) - The Senate passed the bill.") << QDate(2021, 6, 1)
        << QDate(2021, 3, 3) << QStringLiteral("March 3") << true;
    QTest::newRow("dateline in December read in January is last year")
        << QStringLiteral("Title\n\nBEIJING, Dec. 30 (Xinhua) -- Officials said.") << QDate(2022, 1, 2)
        << QDate(2021, 12, 30) << QStringLiteral("Dec. 30") << true;
    QTest::newRow("yearless dateline without reference is unknown")
        << QStringLiteral("Title\n\nWASHINGTON, March 3 (Reuters) - The Senate passed the bill.") << QDate() << QDate()
        << QString() << false;
    QTest::newRow("dateline with year and place")
        << QStringLiteral("Title\n\nNEW YORK, Nov. 12, 2021 - Stocks fell.") << QDate() << QDate(2021, 11, 12)
        << QStringLiteral("Nov. 12, 2021") << false;
    QTest::newRow("date-only block (Wikinews)")
        << QStringLiteral(
               "Over 900 asylum seekers rescued\n\nMonday, May 18, 2015\n\nOn Friday, fishermen rescued 700 people.")
        << QDate() << QDate(2015, 5, 18) << QStringLiteral("May 18, 2015") << false;
    QTest::newRow("numeric date line under the title")
        << QStringLiteral("Title\n\nPublished: 11/18/2011 2:27 AM\n\nThe court proposed a rule.") << QDate()
        << QDate(2011, 11, 18) << QStringLiteral("11/18/2011") << false;
    QTest::newRow("a date inside the lead sentence is no dateline")
        << QStringLiteral("Title\n\nThe leaders met on September 25, 2015 in Washington.") << QDate() << QDate()
        << QString() << false;
    QTest::newRow("a date in the title is no dateline")
        << QStringLiteral("Protests on March 3, 2021\n\nThousands marched.") << QDate() << QDate() << QString()
        << false;
}

void TstDatelineDetector::testFind()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QDate, date);
    QFETCH(QString, written);
    QFETCH(bool, yearInferred);
    const Article article = TextLoader::fromText(text);
    const Dateline d = DatelineDetector::instance().find(article, reference);
    QCOMPARE(d.date, date);
    QCOMPARE(article.textOf(d.span), written);
    QCOMPARE(d.yearInferred, yearInferred);
}

QTEST_GUILESS_MAIN(TstDatelineDetector)
#include "tst_datelinedetector.moc"
