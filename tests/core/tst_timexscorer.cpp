// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/timexscorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Byline;

namespace {

// Text with an astral character first, so code point and UTF-16 offsets differ by one.
const QString text = QStringLiteral("\U0001F4F0 Stocks fell on Monday, weeks after the crash of October 2008, for months.");

QJsonObject goldTimex(int start, int end, const char *type, const char *value)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), start);
    o.insert(QStringLiteral("end"), end);
    o.insert(QStringLiteral("type"), QString::fromLatin1(type));
    o.insert(QStringLiteral("value"), QString::fromLatin1(value));
    return o;
}

TimeExpression systemTimex(const QString &what, TimexType type, const QString &value)
{
    TimeExpression t;
    const int at = int(text.indexOf(what));
    t.span = Span(at, at + int(what.size()));
    t.type = type;
    t.value = value;
    return t;
}

EvalDocument document(const QJsonArray &timex)
{
    QJsonObject gold;
    gold.insert(QStringLiteral("dct"), QStringLiteral("2008-11-04"));
    gold.insert(QStringLiteral("timex"), timex);
    return EvalDocument{QStringLiteral("doc"), text, gold, OffsetMap(text)};
}

} // namespace

class TestTimexScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testCounts()
    {
        // Gold in code points: "Monday" 17–23, "October 2008" 50–62, "months" 68–74.
        const QJsonArray gold{goldTimex(17, 23, "DATE", "2008-11-03"), goldTimex(50, 62, "DATE", "2008-10"),
                              goldTimex(68, 74, "DURATION", "PXM")};
        AnalysisResult result;
        result.timeline << systemTimex(QStringLiteral("on Monday"), TimexType::Date, QStringLiteral("2008-11-03")) // relaxed only
                        << systemTimex(QStringLiteral("October 2008"), TimexType::Date, QStringLiteral("2008-10"))  // exact
                        << systemTimex(QStringLiteral("weeks"), TimexType::Duration, QStringLiteral("PXW"));       // false alarm
        TimexScorer scorer;
        scorer.addDocument(document(gold), result);
        QCOMPARE(scorer.documents(), 1);
        QCOMPARE(scorer.strict().truePositives, 1);
        QCOMPARE(scorer.strict().falsePositives, 2);
        QCOMPARE(scorer.strict().falseNegatives, 2);
        QCOMPARE(scorer.relaxed().truePositives, 2);
        QCOMPARE(scorer.relaxed().falsePositives, 1);
        QCOMPARE(scorer.relaxed().falseNegatives, 1);
        QCOMPARE(scorer.value().truePositives, 2);
        QCOMPARE(scorer.typeAccuracy(), 1.0);
        QCOMPARE(scorer.mistakes().size(), 3); // span differs, miss, false alarm
        const QJsonObject json = scorer.toJson();
        QCOMPARE(json.value(QLatin1String("relaxed")).toObject().value(QLatin1String("tp")).toInt(), 2);
        QVERIFY(scorer.report().contains(QStringLiteral("relaxed span")));
    }

    void testWrongValueAndType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("valueTp");
        QTest::addColumn<int>("typeTp");
        QTest::newRow("right") << int(TimexType::Date) << QStringLiteral("2008-10") << 1 << 1;
        QTest::newRow("wrong value") << int(TimexType::Date) << QStringLiteral("2008") << 0 << 1;
        QTest::newRow("wrong type") << int(TimexType::Duration) << QStringLiteral("2008-10") << 1 << 0;
    }
    void testWrongValueAndType()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(int, valueTp);
        QFETCH(int, typeTp);
        AnalysisResult result;
        result.timeline << systemTimex(QStringLiteral("October 2008"), TimexType(type), value);
        TimexScorer scorer;
        scorer.addDocument(document(QJsonArray{goldTimex(50, 62, "DATE", "2008-10")}), result);
        QCOMPARE(scorer.value().truePositives, valueTp);
        QCOMPARE(scorer.type().truePositives, typeTp);
        QCOMPARE(scorer.relaxed().truePositives, 1);
    }

    void testOneSystemExpressionMatchesOnce()
    {
        // Two gold expressions inside one long system span: one match, one miss.
        AnalysisResult result;
        result.timeline << systemTimex(QStringLiteral("Monday, weeks"), TimexType::Date, QStringLiteral("2008-11-03"));
        TimexScorer scorer;
        scorer.addDocument(document(QJsonArray{goldTimex(17, 23, "DATE", "2008-11-03"), goldTimex(25, 30, "DURATION", "PXW")}), result);
        QCOMPARE(scorer.relaxed().truePositives, 1);
        QCOMPARE(scorer.relaxed().falseNegatives, 1);
    }

    void testSkipsDocumentsWithoutTimex()
    {
        QJsonObject gold;
        gold.insert(QStringLiteral("dct"), QStringLiteral("2008-11-04"));
        TimexScorer scorer;
        AnalysisResult result;
        result.timeline << systemTimex(QStringLiteral("Monday"), TimexType::Date, QStringLiteral("2008-11-03"));
        scorer.addDocument(EvalDocument{QStringLiteral("doc"), text, gold, OffsetMap(text)}, result);
        QCOMPARE(scorer.documents(), 0);
        QCOMPARE(scorer.relaxed().falsePositives, 0);
    }
};

QTEST_GUILESS_MAIN(TestTimexScorer)
#include "tst_timexscorer.moc"
