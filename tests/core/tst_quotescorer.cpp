// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/quotescorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

// Qt 5 needs the row type registered for QFETCH.
Q_DECLARE_METATYPE(Byline::Quote)

using namespace Byline;

namespace {

const QString text = QStringLiteral("\"We agree,\" Biden said. Officials said talks ended. \"Not now,\" she said. The \"Super\" seats.");

Span spanOf(const QString &words)
{
    const int start = int(text.indexOf(words));
    return Span(start, start + int(words.size()));
}

QJsonObject goldSpan(const QString &words)
{
    const Span s = spanOf(words);
    return QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}, {QStringLiteral("text"), words}};
}

Quote quote(const QString &words, QuoteKind kind, const QString &speakerWords, const QString &speakerName)
{
    Quote q;
    q.span = spanOf(words);
    q.kind = kind;
    if (!speakerWords.isEmpty())
        q.speaker = Speaker{QString(), speakerName, spanOf(speakerWords)};
    return q;
}

} // namespace

class TestQuoteScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testScores_data()
    {
        // Gold: two quotes ("We agree," by Biden, "Not now," by she -> Jill Biden) and two attributions
        // (Biden / "We agree,", Officials / "talks ended").
        QTest::addColumn<QList<Quote>>("predicted");
        QTest::addColumn<QList<int>>("expected"); // quotes found, predicted, right; speakers right; attributions found, predicted, right
        QTest::newRow("everything right")
            << QList<Quote>{quote(QStringLiteral("We agree,"), QuoteKind::Direct, QStringLiteral("Biden"), QStringLiteral("Joe Biden")),
                            quote(QStringLiteral("talks ended"), QuoteKind::Indirect, QStringLiteral("Officials"), QStringLiteral("Officials")),
                            quote(QStringLiteral("Not now,"), QuoteKind::Direct, QStringLiteral("she"), QStringLiteral("Jill Biden"))}
            << QList<int>{2, 2, 2, 2, 2, 3, 2};
        QTest::newRow("scare quote predicted, speaker by name only")
            << QList<Quote>{quote(QStringLiteral("We agree"), QuoteKind::Direct, QStringLiteral("Officials"), QStringLiteral("Biden")),
                            quote(QStringLiteral("Super"), QuoteKind::Partial, QString(), QString())}
            << QList<int>{1, 2, 1, 1, 1, 1, 1};
        QTest::newRow("indirect quotes are not quoted words")
            << QList<Quote>{quote(QStringLiteral("We agree,"), QuoteKind::Indirect, QStringLiteral("Biden"), QStringLiteral("Biden"))}
            << QList<int>{0, 0, 0, 0, 1, 1, 1};
        QTest::newRow("wrong speaker") << QList<Quote>{quote(QStringLiteral("Not now,"), QuoteKind::Direct, QStringLiteral("Officials"),
                                                             QStringLiteral("Officials"))}
                                       << QList<int>{1, 1, 1, 0, 0, 1, 0};
    }
    void testScores()
    {
        QFETCH(QList<Quote>, predicted);
        QFETCH(QList<int>, expected);
        QJsonObject agree = goldSpan(QStringLiteral("\"We agree,\""));
        agree.insert(QStringLiteral("speaker"), QStringLiteral("Biden"));
        agree.insert(QStringLiteral("speaker_start"), spanOf(QStringLiteral("Biden")).start);
        agree.insert(QStringLiteral("speaker_end"), spanOf(QStringLiteral("Biden")).end);
        agree.insert(QStringLiteral("speaker_entity"), QStringLiteral("Joe Biden"));
        QJsonObject notNow = goldSpan(QStringLiteral("\"Not now,\""));
        notNow.insert(QStringLiteral("speaker"), QStringLiteral("she"));
        notNow.insert(QStringLiteral("speaker_start"), spanOf(QStringLiteral("she")).start);
        notNow.insert(QStringLiteral("speaker_end"), spanOf(QStringLiteral("she")).end);
        notNow.insert(QStringLiteral("speaker_entity"), QStringLiteral("Jill Biden"));
        const QJsonArray attributions{
            QJsonObject{{QStringLiteral("source"), goldSpan(QStringLiteral("Biden"))}, {QStringLiteral("cue"), goldSpan(QStringLiteral("said"))},
                        {QStringLiteral("content"), goldSpan(QStringLiteral("\"We agree,\""))}},
            QJsonObject{{QStringLiteral("source"), goldSpan(QStringLiteral("Officials"))}, {QStringLiteral("cue"), QJsonValue()},
                        {QStringLiteral("content"), goldSpan(QStringLiteral("talks ended"))}},
            QJsonObject{{QStringLiteral("source"), QJsonValue()}, {QStringLiteral("cue"), QJsonValue()},
                        {QStringLiteral("content"), goldSpan(QStringLiteral("seats"))}}};
        EvalDocument doc{QStringLiteral("doc"), text,
                         QJsonObject{{QStringLiteral("quotes"), QJsonArray{agree, notNow}}, {QStringLiteral("attributions"), attributions}},
                         OffsetMap(text)};
        AnalysisResult result;
        result.quotes = predicted;
        QuoteScorer scorer;
        scorer.addDocument(doc, result);
        const QList<int> got{scorer.quotes().goldFound, scorer.quotes().predicted, scorer.quotes().predictedRight, scorer.speakersRight(),
                             scorer.attributions().goldFound, scorer.attributions().predicted, scorer.attributions().predictedRight};
        QCOMPARE(got, expected);
        QCOMPARE(scorer.quotes().gold, 2);
        QCOMPARE(scorer.attributions().gold, 2); // the one without a source is not scored
        QCOMPARE(scorer.documents(), 1);
    }
    void testSkipsDocumentsWithoutTheKeys()
    {
        QuoteScorer scorer;
        scorer.addDocument(EvalDocument{QStringLiteral("d"), text, QJsonObject{{QStringLiteral("entities"), QJsonArray()}}, OffsetMap(text)},
                           AnalysisResult());
        QCOMPARE(scorer.documents(), 0);
        QVERIFY(scorer.report().contains(QStringLiteral("0 document")));
        QCOMPARE(scorer.toJson().value(QStringLiteral("documents")).toInt(), 0);
    }
    void testErrorsListEveryMistake()
    {
        // Gold: "We agree," by Biden; predicted: the scare quote "Super" and "Not now," by the wrong speaker.
        QJsonObject agree = goldSpan(QStringLiteral("\"We agree,\""));
        agree.insert(QStringLiteral("speaker"), QStringLiteral("Biden"));
        QJsonObject notNow = goldSpan(QStringLiteral("\"Not now,\""));
        notNow.insert(QStringLiteral("speaker"), QStringLiteral("she"));
        const QJsonArray attributions{QJsonObject{{QStringLiteral("source"), goldSpan(QStringLiteral("Officials"))},
                                                  {QStringLiteral("content"), goldSpan(QStringLiteral("talks ended"))}}};
        const EvalDocument doc{QStringLiteral("corpus/doc"), text,
                               QJsonObject{{QStringLiteral("quotes"), QJsonArray{agree, notNow}}, {QStringLiteral("attributions"), attributions}},
                               OffsetMap(text)};
        AnalysisResult result;
        result.quotes = {quote(QStringLiteral("Not now,"), QuoteKind::Direct, QStringLiteral("Officials"), QStringLiteral("Officials")),
                         quote(QStringLiteral("Super"), QuoteKind::Partial, QString(), QString())};
        QuoteScorer scorer;
        scorer.addDocument(doc, result);
        const QStringList lines = scorer.errors().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("corpus/doc"));
        const auto has = [&](const QString &start, const QString &part) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.trimmed().startsWith(start) && l.contains(part); });
        };
        QVERIFY(has(QStringLiteral("quote FN"), QStringLiteral("[0,11) \"\"We agree,\"\" speaker Biden")));
        QVERIFY(has(QStringLiteral("quote FP"), QStringLiteral("partial [78,83) \"Super\"")));
        QVERIFY(has(QStringLiteral("quote SPEAKER"), QStringLiteral("gold she, predicted direct")));
        QVERIFY(has(QStringLiteral("attribution FN"), QStringLiteral("\"Officials\" content")));
        QVERIFY(has(QStringLiteral("attribution FP"), QStringLiteral("speaker Officials")));
        QCOMPARE(lines.size(), 6);

        QuoteScorer perfect;
        perfect.addDocument(doc, AnalysisResult{});
        QVERIFY(!perfect.errors().contains(QStringLiteral("FP")));
    }
    void testCreditsAndListedSourcesAttributeTheirLine()
    {
        // Gold as GUM marks captions and a Sources list: the credited name is the source of the caption
        // (or of the medium word "Video:"), the outlet after the dash the source of the listed title.
        const QString page = QStringLiteral("Opening night. Video: Miharris.\n\"Document not secret\" \u2014 CBC.ca, August 15, 2008\n"
                                            "Eczema. Image: Jambula.");
        auto at = [&](const QString &words) {
            const int start = int(page.indexOf(words));
            return Span(start, start + int(words.size()));
        };
        auto gold = [&](const QString &words) {
            const Span sp = at(words);
            return QJsonObject{{QStringLiteral("start"), sp.start}, {QStringLiteral("end"), sp.end}, {QStringLiteral("text"), words}};
        };
        const QJsonArray attributions{
            QJsonObject{{QStringLiteral("source"), gold(QStringLiteral("Miharris"))}, {QStringLiteral("content"), gold(QStringLiteral("Video:"))}},
            QJsonObject{{QStringLiteral("source"), gold(QStringLiteral("CBC.ca"))},
                        {QStringLiteral("content"), gold(QStringLiteral("\"Document not secret\""))}},
            QJsonObject{{QStringLiteral("source"), gold(QStringLiteral("Jambula"))}, {QStringLiteral("content"), gold(QStringLiteral("Eczema."))}}};
        const EvalDocument doc{QStringLiteral("d"), page, QJsonObject{{QStringLiteral("attributions"), attributions}}, OffsetMap(page)};
        auto source = [&](const QString &name, const QString &cue, const QString &cueText) {
            Source s;
            s.name = name;
            s.kind = SourceKind::Agency;
            Citation c;
            c.span = at(name);
            c.cue = at(cue);
            c.cueText = cueText;
            s.citations << c;
            return s;
        };
        AnalysisResult result;
        result.sources = {source(QStringLiteral("Miharris"), QStringLiteral("Video:"), QStringLiteral("video credit")),
                          source(QStringLiteral("CBC.ca"), QStringLiteral("\u2014"), QStringLiteral("listed source")),
                          source(QStringLiteral("Jambula"), QStringLiteral("Image:"), QStringLiteral("photo credit"))};
        // A citation with an ordinary cue attributes nothing by itself.
        result.sources << source(QStringLiteral("August"), QStringLiteral("15"), QStringLiteral("via"));
        QuoteScorer scorer;
        scorer.addDocument(doc, result);
        QCOMPARE(scorer.attributions().gold, 3);
        QCOMPARE(scorer.attributions().goldFound, 3);
        QCOMPARE(scorer.attributions().predicted, 3);
        QCOMPARE(scorer.attributions().predictedRight, 3);
    }
    void testSpeakersMatchAsWholeWords_data()
    {
        QTest::addColumn<QString>("goldSource");
        QTest::addColumn<QString>("goldEntity");
        QTest::addColumn<QString>("speakerName");
        QTest::addColumn<bool>("found");
        QTest::newRow("a pronoun source is not a letter of the name") << QStringLiteral("I") << QString() << QStringLiteral("Elaine Gustafon") << false;
        QTest::newRow("the source entity names the speaker") << QStringLiteral("I") << QStringLiteral("Elaine Gustafon")
                                                             << QStringLiteral("Elaine Gustafon") << true;
        QTest::newRow("title before the name") << QStringLiteral("Malaysia's Prime Minister") << QStringLiteral("Najib Razak")
                                               << QStringLiteral("Najib Razak") << true;
        QTest::newRow("surname") << QStringLiteral("Environment Minister John Baird") << QString() << QStringLiteral("Baird") << true;
        QTest::newRow("part of a word is no match") << QStringLiteral("Waters") << QString() << QStringLiteral("Water") << false;
    }
    void testSpeakersMatchAsWholeWords()
    {
        QFETCH(QString, goldSource);
        QFETCH(QString, goldEntity);
        QFETCH(QString, speakerName);
        QFETCH(bool, found);
        // Spans that do not overlap: only the texts can match.
        QJsonObject source = goldSpan(QStringLiteral("Officials"));
        source.insert(QStringLiteral("text"), goldSource);
        QJsonObject a{{QStringLiteral("source"), source}, {QStringLiteral("content"), goldSpan(QStringLiteral("talks ended"))}};
        if (!goldEntity.isEmpty())
            a.insert(QStringLiteral("source_entity"), goldEntity);
        const EvalDocument doc{QStringLiteral("d"), text, QJsonObject{{QStringLiteral("attributions"), QJsonArray{a}}}, OffsetMap(text)};
        AnalysisResult result;
        result.quotes = {quote(QStringLiteral("talks ended"), QuoteKind::Indirect, QStringLiteral("Biden"), speakerName)};
        result.quotes.first().speaker->span = Span(); // no mention text, the name only
        QuoteScorer scorer;
        scorer.addDocument(doc, result);
        QCOMPARE(scorer.attributions().goldFound, found ? 1 : 0);
    }
    void testAttributionsWithoutContentScoreNothing()
    {
        // MEANTIME marks a cue and a source but no content: nothing can confirm the prediction.
        const QJsonArray attributions{QJsonObject{{QStringLiteral("source"), goldSpan(QStringLiteral("Officials"))},
                                                  {QStringLiteral("cue"), goldSpan(QStringLiteral("said"))},
                                                  {QStringLiteral("content"), QJsonValue()}}};
        AnalysisResult result;
        result.quotes = {quote(QStringLiteral("talks ended"), QuoteKind::Indirect, QStringLiteral("Officials"), QStringLiteral("Officials"))};
        QuoteScorer contentless;
        contentless.addDocument(
            EvalDocument{QStringLiteral("d"), text, QJsonObject{{QStringLiteral("attributions"), attributions}}, OffsetMap(text)}, result);
        QCOMPARE(contentless.attributions().gold, 0);
        QCOMPARE(contentless.attributions().predicted, 0);
        // A document that annotates attributions and has none: the prediction is wrong.
        QuoteScorer none;
        none.addDocument(EvalDocument{QStringLiteral("d"), text, QJsonObject{{QStringLiteral("attributions"), QJsonArray()}}, OffsetMap(text)},
                         result);
        QCOMPARE(none.attributions().predicted, 1);
        QCOMPARE(none.attributions().predictedRight, 0);
    }
};

QTEST_GUILESS_MAIN(TestQuoteScorer)
#include "tst_quotescorer.moc"
