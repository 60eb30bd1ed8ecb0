// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/bratreader.h"

#include <QTest>

using namespace Byline;

class TestBratReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testReadsBratDocumentationExample()
    {
        // The example of https://brat.nlplab.org/standoff.html, with every kind of line.
        const QString text = QStringLiteral("Three people have been fatally shot, and five people, including a mayor, were seriously wounded as a "
                                            "result of a Shining Path attack today against a community in Junin department, central Peruvian "
                                            "mountain region .");
        const QString ann = QStringLiteral("T1\tOrganization 0 4\tSony\n"
                                           "T3\tOrganization 33 41\tEricsson\n"
                                           "E1\tMERGE-ORG:T2 Org1:T1 Org2:T3\n"
                                           "T2\tMERGE-ORG 14 27\tjoint venture\n"
                                           "A1\tNegation E1\n"
                                           "M2\tConfidence E1 L1\n"
                                           "R1\tOrigin Arg1:T3 Arg2:T4\n"
                                           "T4\tCountry 75 81\tSweden\n"
                                           "*\tEquiv T1 T3\n"
                                           "N1\tReference T1 Wikipedia:534366\tBarack Obama\n"
                                           "#1\tAnnotatorNotes T1\tthis annotation is suspect\n"
                                           "T5\tLocation 0 5;16 23\tNorth America\n");
        BratReader reader;
        QVERIFY2(reader.read(ann), qPrintable(reader.errorString()));
        QCOMPARE(reader.textBounds().size(), 5);
        QCOMPARE(reader.textBound(QStringLiteral("T5"))->fragments, (QList<QPair<int, int>>{{0, 5}, {16, 23}}));
        QCOMPARE(reader.textBound(QStringLiteral("T5"))->text, QStringLiteral("North America"));
        QCOMPARE(reader.relations().size(), 1);
        QCOMPARE(reader.relations().first().arg2, QStringLiteral("T4"));
        QCOMPARE(reader.attributes().size(), 2);
        QCOMPARE(reader.attributes().at(1).value, QStringLiteral("L1"));
        QCOMPARE(reader.attributes().at(0).value, QString());
        QCOMPARE(reader.equivs().size(), 1);
        QCOMPARE(reader.equivs().first().members, (QStringList{QStringLiteral("T1"), QStringLiteral("T3")}));
        QCOMPARE(reader.noteOn(QStringLiteral("T1")), QStringLiteral("this annotation is suspect"));
        // Its offsets do not match this text, and verify() says where.
        QVERIFY(!reader.verify(text));
        QCOMPARE(reader.errorString(), QStringLiteral("T1 has the text \"Sony\" but the article says \"Thre\""));
    }

    void testVerifyCountsCodePoints()
    {
        BratReader reader;
        QVERIFY(reader.read(QStringLiteral("T1\tPerson 2 5\tXi \nT2\tOther 0 1\t😀\nT3\tOther 2 4;5 7\tXi Ji\n")));
        QVERIFY2(reader.verify(QStringLiteral("😀 Xi Jinping")), qPrintable(reader.errorString()));
        QVERIFY(!reader.verify(QStringLiteral("😀")));
        QCOMPARE(reader.errorString(), QStringLiteral("T1 ends at 5, after the end of the text (1)"));
    }

    void testErrors_data()
    {
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QString>("error");
        QTest::newRow("no tab") << QStringLiteral("T1 Person 0 4 Sony") << QStringLiteral("line 1: no tab after the id");
        QTest::newRow("bad id") << QStringLiteral("X1\tPerson 0 4\tSony") << QStringLiteral("line 1: malformed line \"X1\tPerson 0 4\tSony\"");
        QTest::newRow("T without text field") << QStringLiteral("T1\tPerson 0 4") << QStringLiteral("line 1: a T line needs a type, offsets and the text");
        QTest::newRow("offsets not numbers") << QStringLiteral("T1\tPerson a 4\tSony") << QStringLiteral("line 1: bad offsets \"a 4\"");
        QTest::newRow("end before start") << QStringLiteral("T1\tPerson 5 4\tx") << QStringLiteral("line 1: the fragment 5 4 ends before it starts");
        QTest::newRow("duplicate id") << QStringLiteral("T1\tPerson 0 1\tS\n\nT1\tPerson 1 2\to")
                                      << QStringLiteral("line 3: the id T1 is used twice");
        QTest::newRow("relation without Arg2") << QStringLiteral("T1\tPerson 0 1\tS\nR1\tSpeaker Arg1:T1 T2")
                                               << QStringLiteral("line 2: an R line needs a type, Arg1: and Arg2:");
        QTest::newRow("relation to a missing T") << QStringLiteral("T1\tPerson 0 1\tS\nR1\tSpeaker Arg1:T1 Arg2:T9")
                                                 << QStringLiteral("line 2: T9 refers to no annotation");
        QTest::newRow("note on a missing T") << QStringLiteral("#1\tAnnotatorNotes T3\tnote")
                                             << QStringLiteral("line 1: T3 refers to no annotation");
        QTest::newRow("equivalence of one") << QStringLiteral("T1\tPerson 0 1\tS\n*\tEquiv T1")
                                            << QStringLiteral("line 2: an equivalence needs a type and at least two annotations");
    }
    void testErrors()
    {
        QFETCH(QString, ann);
        QFETCH(QString, error);
        BratReader reader;
        QVERIFY(!reader.read(ann));
        QCOMPARE(reader.errorString(), error);
    }

    void testCrLfAndBlankLines()
    {
        BratReader reader;
        QVERIFY(reader.read(QStringLiteral("\r\nT1\tPerson 0 2\tXi\r\n\r\n")));
        QCOMPARE(reader.textBounds().size(), 1);
        QCOMPARE(reader.textBounds().first().text, QStringLiteral("Xi"));
    }
};

QTEST_GUILESS_MAIN(TestBratReader)
#include "tst_bratreader.moc"
