// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscontext.h"
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"
#include "analysis/timexrecognizer.h"
#include "io/articleloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Byline;

namespace {

// Runs the segmenter and the recognizer over one paragraph; the timeline comes back in text order.
QList<TimeExpression> analyse(const QString &sentence, const QString &dct, QString *text = nullptr)
{
    Article article;
    article.appendBlock(sentence, BlockRole::Paragraph);
    article.meta.published = QDate::fromString(dct, Qt::ISODate);
    const Resources &resources = Resources::instance();
    AnalysisContext context(article, resources);
    Segmenter(resources).annotate(context);
    TimexRecognizer(resources).annotate(context);
    QList<TimeExpression> timeline = context.result.timeline;
    std::sort(timeline.begin(), timeline.end(), [](const TimeExpression &a, const TimeExpression &b) { return a.span < b.span; });
    if (text)
        *text = article.text;
    return timeline;
}

// "text|TYPE|value" (+ "|mod" when there is one), the form the data rows use.
QStringList describe(const QString &sentence, const QString &dct)
{
    QString text;
    QStringList out;
    for (const TimeExpression &t : analyse(sentence, dct, &text)) {
        QString d = text.mid(t.span.start, t.span.length()) + QLatin1Char('|') + timexTypeName(t.type) + QLatin1Char('|') + t.value;
        if (!t.mod.isEmpty())
            d += QLatin1Char('|') + t.mod;
        out << d;
    }
    return out;
}

QString listing(const Article &article, const AnalysisResult &result)
{
    QString out;
    for (const TimeExpression &t : result.timeline) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t\"%6\"\t<- \"%7\"\n")
                   .arg(t.id, timexTypeName(t.type), t.value.isEmpty() ? QStringLiteral("-") : t.value,
                        t.mod.isEmpty() ? QStringLiteral("-") : t.mod, timexResolutionName(t.resolution), article.textOf(t.span),
                        article.textOf(t.event));
    }
    // The article with inline tags, so a reviewer sees every expression in place.
    QList<TimeExpression> byText = result.timeline;
    std::sort(byText.begin(), byText.end(), [](const TimeExpression &a, const TimeExpression &b) { return a.span < b.span; });
    QString tagged;
    int pos = 0;
    for (const TimeExpression &t : byText) {
        tagged += article.text.mid(pos, t.span.start - pos) + QStringLiteral("<TIMEX3 %1>").arg(t.id) + article.textOf(t.span)
            + QStringLiteral("</TIMEX3>");
        pos = t.span.end;
    }
    tagged += article.text.mid(pos);
    return out + QStringLiteral("\n") + tagged + QLatin1Char('\n');
}

} // namespace

class TestTimexRecognizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testForms_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("dct");
        QTest::addColumn<QStringList>("expected");
        const QString dct = QStringLiteral("2021-11-12"); // a Friday in ISO week 45

        // Absolute
        QTest::newRow("month day, year") << QStringLiteral("They met on September 25, 2015 in Washington.") << dct
                                         << QStringList{QStringLiteral("September 25, 2015|DATE|2015-09-25")};
        QTest::newRow("abbreviated month, no year") << QStringLiteral("The talks began Sept. 25 in Geneva.") << dct
                                                    << QStringList{QStringLiteral("Sept. 25|DATE|2021-09-25")};
        QTest::newRow("day month year") << QStringLiteral("The treaty was signed on 25 September 2015.") << dct
                                        << QStringList{QStringLiteral("25 September 2015|DATE|2015-09-25")};
        QTest::newRow("US numeric date") << QStringLiteral("The filing is dated 9/25/2015.") << dct
                                         << QStringList{QStringLiteral("9/25/2015|DATE|2015-09-25")};
        QTest::newRow("ISO date") << QStringLiteral("The file was created 2015-09-25 by the clerk.") << dct
                                  << QStringList{QStringLiteral("2015-09-25|DATE|2015-09-25")};
        QTest::newRow("month and year") << QStringLiteral("Prices have not been this low since October 1982.") << dct
                                        << QStringList{QStringLiteral("October 1982|DATE|1982-10")};
        QTest::newRow("in July, past tense") << QStringLiteral("The consulate was closed in July.") << dct
                                             << QStringList{QStringLiteral("July|DATE|2021-07")};
        QTest::newRow("month after the DCT month in the past is last year")
            << QStringLiteral("The index has not closed this high since December.") << QStringLiteral("2009-03-13")
            << QStringList{QStringLiteral("December|DATE|2008-12")};
        QTest::newRow("in 2015") << QStringLiteral("The law passed in 2015.") << dct << QStringList{QStringLiteral("2015|DATE|2015")};
        QTest::newRow("since 1949") << QStringLiteral("The US has supported Taiwan since 1949.") << dct
                                    << QStringList{QStringLiteral("1949|DATE|1949")};
        QTest::newRow("short year") << QStringLiteral("The Nikkei is at its lowest level since '82.") << dct
                                    << QStringList{QStringLiteral("'82|DATE|1982")};
        QTest::newRow("decade") << QStringLiteral("Growth was fast in the 1990s.") << dct
                                << QStringList{QStringLiteral("the 1990s|DATE|199")};
        QTest::newRow("early decade") << QStringLiteral("It began in the early 1980s.") << dct
                                      << QStringList{QStringLiteral("the early 1980s|DATE|198|START")};
        QTest::newRow("century") << QStringLiteral("The canal was dug in the 19th century.") << dct
                                 << QStringList{QStringLiteral("the 19th century|DATE|18")};
        QTest::newRow("century in words") << QStringLiteral("This is the problem of the twenty-first century.") << dct
                                          << QStringList{QStringLiteral("the twenty-first century|DATE|20")};
        QTest::newRow("fiscal year") << QStringLiteral("Revenue will grow in fiscal 2022.") << dct
                                     << QStringList{QStringLiteral("fiscal 2022|DATE|FY2022")};
        QTest::newRow("quarter of a year") << QStringLiteral("It lost $2 billion in the third quarter of 2009.") << dct
                                           << QStringList{QStringLiteral("the third quarter of 2009|DATE|2009-Q3")};
        QTest::newRow("quarter of this year") << QStringLiteral("It lost $2 billion in the third quarter of this year.") << dct
                                              << QStringList{QStringLiteral("the third quarter of this year|DATE|2021-Q3")};
        QTest::newRow("quarter alone, nearest before the DCT")
            << QStringLiteral("Foreclosures rose in the fourth quarter.") << QStringLiteral("2007-03-13")
            << QStringList{QStringLiteral("the fourth quarter|DATE|2006-Q4")};
        QTest::newRow("Q3 with year") << QStringLiteral("Sales fell in Q3 2021.") << dct << QStringList{QStringLiteral("Q3 2021|DATE|2021-Q3")};
        QTest::newRow("half of a year") << QStringLiteral("Profits doubled in the second half of 2020.") << dct
                                        << QStringList{QStringLiteral("the second half of 2020|DATE|2020-H2")};
        QTest::newRow("season with year") << QStringLiteral("The album came out in summer 2019.") << dct
                                          << QStringList{QStringLiteral("summer 2019|DATE|2019-SU")};
        QTest::newRow("this summer") << QStringLiteral("The games will open this summer.") << dct
                                     << QStringList{QStringLiteral("this summer|DATE|2021-SU")};
        QTest::newRow("holiday") << QStringLiteral("The shops will close on Christmas.") << dct
                                 << QStringList{QStringLiteral("Christmas|DATE|2021-12-25")};
        QTest::newRow("weekday, date and year as one") << QStringLiteral("Published Friday, May 8, 2009 by the desk.") << dct
                                                       << QStringList{QStringLiteral("Friday, May 8, 2009|DATE|2009-05-08")};
        QTest::newRow("decade in words") << QStringLiteral("Warhol's work of the sixties sold well.") << dct
                                         << QStringList{QStringLiteral("the sixties|DATE|196")};
        QTest::newRow("the 2000s are a decade") << QStringLiteral("Prices soared in the 2000s.") << dct
                                                << QStringList{QStringLiteral("the 2000s|DATE|200")};
        QTest::newRow("the 1800s are a century") << QStringLiteral("The town grew in the 1800s.") << dct
                                                 << QStringList{QStringLiteral("the 1800s|DATE|18")};
        QTest::newRow("mid-year") << QStringLiteral("Rates should fall by mid-2022.") << dct
                                  << QStringList{QStringLiteral("mid-2022|DATE|2022|MID")};
        QTest::newRow("first-quarter compound") << QStringLiteral("The bank reported first-quarter profit.") << QStringLiteral("2021-04-20")
                                                << QStringList{QStringLiteral("first-quarter|DATE|2021-Q1")};
        QTest::newRow("FY token") << QStringLiteral("The budget for FY2023 was approved.") << dct
                                  << QStringList{QStringLiteral("FY2023|DATE|FY2023")};
        QTest::newRow("holiday with a possessive") << QStringLiteral("The shops reopen after New Year's Day.") << dct
                                                   << QStringList{QStringLiteral("New Year's Day|DATE|2022-01-01")};
        QTest::newRow("the Fourth of July") << QStringLiteral("Fireworks are banned on the Fourth of July.") << dct
                                            << QStringList{QStringLiteral("the Fourth of July|DATE|2021-07-04")};
        QTest::newRow("dateline") << QStringLiteral("WASHINGTON, March 3 (Reuters) - The Senate voted.") << QStringLiteral("2021-03-03")
                                  << QStringList{QStringLiteral("March 3|DATE|2021-03-03")};

        // Relative to the publication date
        QTest::newRow("today") << QStringLiteral("Markets fell today.") << dct << QStringList{QStringLiteral("today|DATE|2021-11-12")};
        QTest::newRow("yesterday") << QStringLiteral("Markets fell yesterday.") << dct
                                   << QStringList{QStringLiteral("yesterday|DATE|2021-11-11")};
        QTest::newRow("this week, ISO week") << QStringLiteral("This week, a letter was read.") << dct
                                             << QStringList{QStringLiteral("This week|DATE|2021-W45")};
        QTest::newRow("next week") << QStringLiteral("The meeting is scheduled for next week.") << dct
                                   << QStringList{QStringLiteral("next week|DATE|2021-W46")};
        QTest::newRow("ISO week across the new year") << QStringLiteral("Trading resumes next week.") << QStringLiteral("2020-12-30")
                                                      << QStringList{QStringLiteral("next week|DATE|2021-W01")};
        QTest::newRow("last month") << QStringLiteral("Last month, the ministry urged restraint.") << dct
                                    << QStringList{QStringLiteral("Last month|DATE|2021-10")};
        QTest::newRow("last month in January") << QStringLiteral("Sales rose last month.") << QStringLiteral("2022-01-10")
                                               << QStringList{QStringLiteral("last month|DATE|2021-12")};
        QTest::newRow("next year") << QStringLiteral("Rates will rise next year.") << dct << QStringList{QStringLiteral("next year|DATE|2022")};
        QTest::newRow("two years ago") << QStringLiteral("The plant closed two years ago.") << dct
                                       << QStringList{QStringLiteral("two years ago|DATE|2019")};
        QTest::newRow("a week ago is a day") << QStringLiteral("The earthquake hit a week ago.") << QStringLiteral("2011-03-18")
                                             << QStringList{QStringLiteral("a week ago|DATE|2011-03-11")};
        QTest::newRow("weekday, past tense") << QStringLiteral("The minister resigned on Monday.") << dct
                                             << QStringList{QStringLiteral("Monday|DATE|2021-11-08")};
        QTest::newRow("weekday, future tense") << QStringLiteral("The minister will resign on Monday.") << dct
                                               << QStringList{QStringLiteral("Monday|DATE|2021-11-15")};
        QTest::newRow("weekday until") << QStringLiteral("Markets remain closed until Friday.") << QStringLiteral("2008-09-18")
                                       << QStringList{QStringLiteral("Friday|DATE|2008-09-19")};
        QTest::newRow("weekday of the DCT") << QStringLiteral("Stocks fell on Friday.") << dct
                                            << QStringList{QStringLiteral("Friday|DATE|2021-11-12")};
        QTest::newRow("weekday morning") << QStringLiteral("The vote was held Tuesday morning.") << dct
                                         << QStringList{QStringLiteral("Tuesday morning|TIME|2021-11-09TMO")};
        QTest::newRow("last September") << QStringLiteral("It is the best figure since last September.") << QStringLiteral("2009-10-12")
                                        << QStringList{QStringLiteral("last September|DATE|2009-09")};
        QTest::newRow("this past week") << QStringLiteral("This past week, the museum opened.") << dct
                                        << QStringList{QStringLiteral("This past week|DATE|2021-W44")};
        QTest::newRow("irregular past verb before the date")
            << QStringLiteral("The broadcasts began on August 10 and officials say they will continue.") << QStringLiteral("2015-08-21")
            << QStringList{QStringLiteral("August 10|DATE|2015-08-10")};
        QTest::newRow("present tense: the nearest occurrence") << QStringLiteral("The exhibit is to run through March 9.")
                                                               << QStringLiteral("2014-01-28")
                                                               << QStringList{QStringLiteral("March 9|DATE|2014-03-09")};
        QTest::newRow("tense of the clause, not of the sentence")
            << QStringLiteral("Republicans, who will take control of the House in January, have vowed to cut spending.") << QStringLiteral("2022-12-02")
            << QStringList{QStringLiteral("January|DATE|2023-01")};
        QTest::newRow("years later than a day is a year") << QStringLiteral("Apple was founded on April 1, 1976, and went public four years later.") << dct
                                                          << QStringList{QStringLiteral("April 1, 1976|DATE|1976-04-01"), QStringLiteral("four years later|DATE|1980")};
        QTest::newRow("a day before an event") << QStringLiteral("The vote came a day after the deal was announced.") << dct
                                               << QStringList{QStringLiteral("a day|DURATION|P1D")};
        QTest::newRow("over the past year is a preposition") << QStringLiteral("The stock gained 90% over the past year.") << dct
                                                             << QStringList{QStringLiteral("the past year|DURATION|P1Y")};
        QTest::newRow("second half of the year") << QStringLiteral("Analysts expect growth to slow in the second half of the year.") << dct
                                                 << QStringList{QStringLiteral("the second half of the year|DATE|2021-H2")};
        QTest::newRow("modal may reads as future") << QStringLiteral("He may return in the spring.") << QStringLiteral("2023-07-12")
                                                   << QStringList{QStringLiteral("the spring|DATE|2024-SP")};
        QTest::newRow("in the coming weeks") << QStringLiteral("A decision is expected in the coming weeks.") << dct
                                             << QStringList{QStringLiteral("the coming weeks|DATE|FUTURE_REF")};
        QTest::newRow("earlier this year") << QStringLiteral("The company was sold earlier this year.") << dct
                                           << QStringList{QStringLiteral("earlier this year|DATE|2021")};
        QTest::newRow("as early as next week") << QStringLiteral("The talks could take place as early as next week.") << dct
                                               << QStringList{QStringLiteral("as early as next week|DATE|2021-W46|ON_OR_AFTER")};
        QTest::newRow("this weekend") << QStringLiteral("Protests are planned this weekend.") << dct
                                      << QStringList{QStringLiteral("this weekend|DATE|2021-W45-WE")};
        QTest::newRow("tonight") << QStringLiteral("The president speaks tonight.") << dct
                                 << QStringList{QStringLiteral("tonight|TIME|2021-11-12TNI")};

        // Relative to the previous date
        QTest::newRow("the following day") << QStringLiteral("He arrived on June 3, 2020 and left the following day.") << dct
                                           << QStringList{QStringLiteral("June 3, 2020|DATE|2020-06-03"),
                                                          QStringLiteral("the following day|DATE|2020-06-04")};
        QTest::newRow("that year") << QStringLiteral("The war ended in 1945. That year, the UN was founded.") << dct
                                   << QStringList{QStringLiteral("1945|DATE|1945"), QStringLiteral("That year|DATE|1945")};
        QTest::newRow("two weeks later") << QStringLiteral("The bank failed on March 10, 2023. Two weeks later, another one did.") << dct
                                         << QStringList{QStringLiteral("March 10, 2023|DATE|2023-03-10"),
                                                        QStringLiteral("Two weeks later|DATE|2023-03-24")};
        QTest::newRow("weeks later") << QStringLiteral("Last month, the ministry protested. Weeks later, the president confirmed it.") << dct
                                     << QStringList{QStringLiteral("Last month|DATE|2021-10"), QStringLiteral("Weeks later|DATE|2021-10|AFTER")};
        QTest::newRow("a year earlier") << QStringLiteral("Sales fell in the third quarter of 2009, against a rise a year earlier.") << dct
                                        << QStringList{QStringLiteral("the third quarter of 2009|DATE|2009-Q3"),
                                                       QStringLiteral("a year earlier|DATE|2008-Q3")};

        // Durations and sets
        QTest::newRow("for months") << QStringLiteral("He has been lobbying for months.") << dct
                                    << QStringList{QStringLiteral("months|DURATION|PXM")};
        QTest::newRow("for decades") << QStringLiteral("The dispute has lasted for decades.") << dct
                                     << QStringList{QStringLiteral("decades|DURATION|PXDE")};
        QTest::newRow("three years") << QStringLiteral("The project took three years.") << dct
                                     << QStringList{QStringLiteral("three years|DURATION|P3Y")};
        QTest::newRow("hyphenated duration") << QStringLiteral("The index hit a five-year high.") << dct
                                             << QStringList{QStringLiteral("five-year|DURATION|P5Y")};
        QTest::newRow("digit hyphenated duration") << QStringLiteral("Stocks reached 12-year lows.") << dct
                                                   << QStringList{QStringLiteral("12-year|DURATION|P12Y")};
        QTest::newRow("the past nine days") << QStringLiteral("The index fell in the past nine days.") << dct
                                            << QStringList{QStringLiteral("the past nine days|DURATION|P9D")};
        QTest::newRow("over a decade") << QStringLiteral("Prices are at their lowest in over a decade.") << dct
                                       << QStringList{QStringLiteral("over a decade|DURATION|P10Y|MORE_THAN")};
        QTest::newRow("nearly five months") << QStringLiteral("It was the best gain in nearly five months.") << dct
                                            << QStringList{QStringLiteral("nearly five months|DURATION|P5M|APPROX")};
        QTest::newRow("thirty minutes") << QStringLiteral("It lost a thousand points in thirty minutes.") << dct
                                        << QStringList{QStringLiteral("thirty minutes|DURATION|PT30M")};
        QTest::newRow("consecutive quarters") << QStringLiteral("Japan posted two consecutive quarters of decline.") << dct
                                              << QStringList{QStringLiteral("two consecutive quarters|DURATION|P2Q")};
        QTest::newRow("every year") << QStringLiteral("The festival is held every year.") << dct
                                    << QStringList{QStringLiteral("every year|SET|P1Y")};
        QTest::newRow("weekly") << QStringLiteral("Weekly jobless claims rose.") << dct << QStringList{QStringLiteral("Weekly|SET|P1W")};
        QTest::newRow("twice a year") << QStringLiteral("Parliament meets twice a year to discuss it.") << dct
                                      << QStringList{QStringLiteral("twice a year|SET|P1Y")};
        QTest::newRow("three times a week") << QStringLiteral("She trains three times a week.") << dct
                                            << QStringList{QStringLiteral("three times a week|SET|P1W")};
        QTest::newRow("every Monday") << QStringLiteral("The council meets every Monday.") << dct
                                      << QStringList{QStringLiteral("every Monday|SET|XXXX-WXX-1")};

        // Present references and clock times
        QTest::newRow("now") << QStringLiteral("The company now employs 300 people.") << dct << QStringList{QStringLiteral("now|DATE|PRESENT_REF")};
        QTest::newRow("right now") << QStringLiteral("Right now, relations are at a critical juncture.") << dct
                                   << QStringList{QStringLiteral("Right now|DATE|PRESENT_REF")};
        QTest::newRow("currently") << QStringLiteral("She is currently in Beijing.") << dct
                                   << QStringList{QStringLiteral("currently|DATE|PRESENT_REF")};
        QTest::newRow("as of press writing") << QStringLiteral("As of press writing, it's unclear if they will meet.") << dct
                                             << QStringList{QStringLiteral("As of press writing|DATE|PRESENT_REF")};
        QTest::newRow("recently") << QStringLiteral("The crisis has recently worsened.") << dct
                                  << QStringList{QStringLiteral("recently|DATE|PAST_REF")};
        QTest::newRow("clock time with DCT") << QStringLiteral("The vote starts at 3 p.m. in the chamber.") << dct
                                             << QStringList{QStringLiteral("3 p.m.|TIME|2021-11-12T15:00")};
        QTest::newRow("clock time without DCT") << QStringLiteral("The vote starts at 15:00 in the chamber.") << QString()
                                                << QStringList{QStringLiteral("15:00|TIME|T15:00")};
        QTest::newRow("UTC time") << QStringLiteral("The Dow was down 2.62% at 16:08 UTC.") << QStringLiteral("2008-09-17")
                                  << QStringList{QStringLiteral("16:08 UTC|TIME|2008-09-17T16:08Z")};
        QTest::newRow("four-digit time with a zone") << QStringLiteral("At 0800 GMT, the Bank of Canada acted.") << QStringLiteral("2008-09-18")
                                                     << QStringList{QStringLiteral("0800 GMT|TIME|2008-09-18T08:00Z")};
        QTest::newRow("US time zone offset") << QStringLiteral("Trading resumes at 9:30 a.m. EDT on the exchange.") << QStringLiteral("2020-06-01")
                                             << QStringList{QStringLiteral("9:30 a.m. EDT|TIME|2020-06-01T09:30-04")};
        QTest::newRow("zone without a fixed offset") << QStringLiteral("The speech starts at 8pm ET tonight.") << QStringLiteral("2020-06-01")
                                                     << QStringList{QStringLiteral("8pm ET|TIME|2020-06-01T20:00"), QStringLiteral("tonight|TIME|2020-06-01TNI")};
        QTest::newRow("clock time on the date of its sentence")
            << QStringLiteral("The launch is set for June 3, 2022 at 10am.") << dct
            << QStringList{QStringLiteral("June 3, 2022|DATE|2022-06-03"), QStringLiteral("10am|TIME|2022-06-03T10:00")};

        // Modifiers
        QTest::newRow("early month") << QStringLiteral("The report is due in early July.") << dct
                                     << QStringList{QStringLiteral("early July|DATE|2021-07|START")};
        QTest::newRow("about three years") << QStringLiteral("The war lasted about three years.") << dct
                                           << QStringList{QStringLiteral("about three years|DURATION|P3Y|APPROX")};

        // Not time expressions
        QTest::newRow("modal may") << QStringLiteral("Prices may rise again.") << dct << QStringList();
        QTest::newRow("amounts") << QStringLiteral("The Dow fell 2,000 points to 8,017 and 1500 people left.") << dct << QStringList();
        QTest::newRow("a number before a plural noun") << QStringLiteral("The plant sold 1200 cars.") << dct << QStringList();
        QTest::newRow("a year before a plural noun after a preposition") << QStringLiteral("In 2008 sales fell.") << dct
                                                                         << QStringList{QStringLiteral("2008|DATE|2008")};
        QTest::newRow("index name with a number") << QStringLiteral("The Russell 2000 Index fell.") << dct << QStringList();
        QTest::newRow("named weekday") << QStringLiteral("The crash is known as Black Monday.") << dct << QStringList();
        QTest::newRow("fall as a verb and a noun") << QStringLiteral("Prices fall after the fall of the Berlin Wall.") << dct << QStringList();
        QTest::newRow("a month name as a first name") << QStringLiteral("April Ryan asked the first question.") << dct << QStringList();
        QTest::newRow("a newspaper named after a day") << QStringLiteral("He told the Sunday Times about it.") << dct << QStringList();
        QTest::newRow("Theresa May") << QStringLiteral("Prime Minister Theresa May resigned.") << dct << QStringList();
        QTest::newRow("a month before a title") << QStringLiteral("In April President Biden signed it.") << dct
                                                << QStringList{QStringLiteral("April|DATE|2021-04")};
        QTest::newRow("a name like Jan") << QStringLiteral("Jan Koum founded the company.") << dct << QStringList();
        QTest::newRow("a second as an ordinal") << QStringLiteral("Trading was suspended for a second consecutive day.") << dct << QStringList();
    }
    void testForms()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, dct);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(sentence, dct), expected);
    }

    void testWithoutPublicationDate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("value");
        QTest::newRow("relative to the DCT is unresolved") << QStringLiteral("This week, a letter was read.") << QStringLiteral("unresolved") << QString();
        QTest::newRow("weekday is unresolved") << QStringLiteral("The minister resigned on Monday.") << QStringLiteral("unresolved") << QString();
        QTest::newRow("month without year is unresolved") << QStringLiteral("It closed in July.") << QStringLiteral("unresolved") << QString();
        QTest::newRow("absolute date stays absolute") << QStringLiteral("They met on September 25, 2015.") << QStringLiteral("absolute")
                                                       << QStringLiteral("2015-09-25");
        QTest::newRow("present reference needs no date") << QStringLiteral("Right now, it is unclear.") << QStringLiteral("absolute")
                                                          << QStringLiteral("PRESENT_REF");
        QTest::newRow("previous-date form after an unresolved one")
            << QStringLiteral("Since 1949 and last month. Weeks later, he confirmed it.") << QStringLiteral("unresolved") << QString();
    }
    void testWithoutPublicationDate()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, resolution);
        QFETCH(QString, value);
        const QList<TimeExpression> timeline = analyse(sentence, QString());
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timexResolutionName(timeline.last().resolution), resolution);
        QCOMPARE(timeline.last().value, value);
    }

    void testResolutionAndIds()
    {
        QString text;
        const QList<TimeExpression> t = analyse(QStringLiteral("The war ended in 1945. That year, the UN was founded. It meets every year."),
                                                QStringLiteral("2021-11-12"), &text);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).id, QStringLiteral("t1"));
        QCOMPARE(t.at(1).id, QStringLiteral("t2"));
        QCOMPARE(t.at(2).id, QStringLiteral("t3"));
        QCOMPARE(t.at(0).resolution, TimexResolution::Absolute);
        QCOMPARE(t.at(1).resolution, TimexResolution::PreviousDate);
        QCOMPARE(t.at(0).rule, QStringLiteral("year"));
        QCOMPARE(t.at(2).rule, QStringLiteral("set"));
    }

    void testSampleGolden_data()
    {
        QTest::addColumn<QString>("dct");
        QTest::addColumn<QString>("golden");
        QTest::newRow("published 2021-11-12") << QStringLiteral("2021-11-12") << QStringLiteral("xi-urges-us-cooperation.timeline.txt");
        QTest::newRow("no publication date") << QString() << QStringLiteral("xi-urges-us-cooperation.timeline-nodct.txt");
    }
    void testSampleGolden()
    {
        QFETCH(QString, dct);
        QFETCH(QString, golden);
        LoadResult loaded = ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        Article article = *loaded.article;
        article.meta.published = QDate::fromString(dct, Qt::ISODate);
        const Resources &resources = Resources::instance();
        const AnalysisResult result = Pipeline::createDefault(resources).run(article, resources);
        const QString actual = listing(article, result);
        const QString path = QStringLiteral(BYLINE_FIXTURES "/golden/") + golden;
        if (qEnvironmentVariableIsSet("BYLINE_BLESS")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            QSKIP("blessed");
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
        const QString expected = QString::fromUtf8(in.readAll());
        if (actual != expected) {
            QTemporaryDir dir;
            QFile tmp(dir.filePath(golden));
            QVERIFY(tmp.open(QIODevice::WriteOnly));
            tmp.write(actual.toUtf8());
            tmp.close();
            QProcess diff;
            diff.start(QStringLiteral("diff"), QStringList{QStringLiteral("-u"), path, tmp.fileName()});
            diff.waitForFinished();
            qWarning().noquote() << diff.readAllStandardOutput();
        }
        QCOMPARE(actual, expected);
    }

    // The list, asserted explicitly as well as through the golden file.
    void testSampleExpectations()
    {
        LoadResult loaded = ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
        QVERIFY(loaded.ok());
        Article article = *loaded.article;
        article.meta.published = QDate(2021, 11, 12);
        const Resources &resources = Resources::instance();
        const AnalysisResult result = Pipeline::createDefault(resources).run(article, resources);
        const auto find = [&](const QString &text) -> const TimeExpression * {
            for (const TimeExpression &t : result.timeline) {
                if (article.textOf(t.span) == text)
                    return &t;
            }
            return nullptr;
        };
        const struct { const char *text, *type, *value, *event; } expected[] = {
            {"September 25, 2015", "DATE", "2015-09-25", "State Luncheon"},
            {"This week", "DATE", "2021-W45", "was read by Qin Gang"},
            {"months", "DURATION", "PXM", "lobbying for mutual respect"},
            {"next week", "DATE", "2021-W46", "virtual meeting scheduled"},
            {"as early as next week", "DATE", "2021-W46", "the leaders' discussion could take place"},
            {"July", "DATE", "2021-07", "it was closed"},
            {"1949", "DATE", "1949", "had provided Taiwan with all kinds of support"},
            {"Last month", "DATE", "2021-10", "the Chinese Foreign Ministry urged US forces"},
            {"Right now", "DATE", "PRESENT_REF", "China-U.S. relations are at a critical historical juncture"},
            {"As of press writing", "DATE", "PRESENT_REF", "it's unclear"},
            {"decades", "DURATION", "PXDE", "have been in existence"},
        };
        for (const auto &e : expected) {
            const TimeExpression *t = find(QString::fromUtf8(e.text));
            QVERIFY2(t, e.text);
            QCOMPARE(timexTypeName(t->type), QString::fromUtf8(e.type));
            QCOMPARE(t->value, QString::fromUtf8(e.value));
            QVERIFY2(article.textOf(t->event).contains(QString::fromUtf8(e.event)), qPrintable(article.textOf(t->event)));
        }
        QCOMPARE(article.textOf(find(QStringLiteral("as early as next week"))->event), QStringLiteral("the leaders' discussion could take place"));
        // Chronological: 1949, 2015-09-25, 2021-07, 2021-10, 2021-W45, 2021-W46 (first appearance of each value).
        QStringList order;
        for (const TimeExpression &t : result.timeline) {
            if ((t.type == TimexType::Date || t.type == TimexType::Time) && t.mod.isEmpty() && !t.value.endsWith(QLatin1String("_REF"))
                && !order.contains(t.value))
                order << t.value;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("1949"), QStringLiteral("2015-09-25"), QStringLiteral("2021-07"), QStringLiteral("2021-10"),
                                     QStringLiteral("2021-W45"), QStringLiteral("2021-W46")}));
        // Durations after the dated ones; nothing unresolved with a DCT.
        for (const TimeExpression &t : result.timeline)
            QVERIFY(t.resolution != TimexResolution::Unresolved);
        QCOMPARE(result.timeline.last().type, TimexType::Duration);
    }
};

QTEST_GUILESS_MAIN(TestTimexRecognizer)
#include "tst_timexrecognizer.moc"
