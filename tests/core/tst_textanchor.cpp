// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"
#include "io/textanchor.h"

#include <QTest>

#include <climits>

using namespace Byline;

Q_DECLARE_METATYPE(Byline::TextAnchor::Quality)

namespace {

QString sampleText()
{
    const LoadResult r = ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
    return r.ok() ? r.article->text : QString();
}

// The span of the n-th occurrence (0-based) of what in text; invalid when there is none.
Span occurrence(const QString &text, const QString &what, int n)
{
    int pos = -1;
    for (int i = 0; i <= n; ++i) {
        pos = text.indexOf(what, pos + 1);
        if (pos < 0)
            return Span();
    }
    return Span(pos, pos + int(what.size()));
}

} // namespace

class TestTextAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDescribe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("context clipped at the start of the text")
            << QStringLiteral("Xi said yes.") << 0 << 2 << 4 << QString() << QStringLiteral("Xi") << QStringLiteral(" sai");
        QTest::newRow("context clipped at the end of the text")
            << QStringLiteral("Xi said yes.") << 8 << 12 << 5 << QStringLiteral("said ") << QStringLiteral("yes.") << QString();
        QTest::newRow("invalid span describes nothing")
            << QStringLiteral("Xi said yes.") << -1 << -1 << 5 << QString() << QString() << QString();
    }
    void testDescribe()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, context);
        const TextAnchor::Selector sel = TextAnchor::describe(text, Span(start, end), context);
        QTEST(sel.prefix, "prefix");
        QTEST(sel.exact, "exact");
        QTEST(sel.suffix, "suffix");
    }

    // A note made on the sample article, the article then edited (first occurrence of from
    // replaced by to); where the note must land: the n-th occurrence of expected in the new text.
    void testReanchor_data()
    {
        QTest::addColumn<QString>("noteText");
        QTest::addColumn<int>("noteOccurrence");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("expectedOccurrence");
        QTest::addColumn<TextAnchor::Quality>("quality");

        const QString qin = QStringLiteral("Qin Gang, China's ambassador to the US");
        QTest::newRow("unchanged article") << qin << 0 << QString() << QString() << qin << 0 << TextAnchor::Quality::Exact;
        QTest::newRow("words inserted before the note")
            << qin << 0 << QStringLiteral("This week, a letter") << QStringLiteral("Earlier this week, in Beijing, a letter") << qin << 0
            << TextAnchor::Quality::Exact;
        QTest::newRow("note's own text edited slightly")
            << QStringLiteral("Both countries will gain from cooperation and lose from confrontation.") << 0
            << QStringLiteral("will gain from") << QStringLiteral("will benefit from")
            << QStringLiteral("Both countries will benefit from cooperation and lose from confrontation.") << 0 << TextAnchor::Quality::Fuzzy;
        QTest::newRow("text gone: orphan")
            << QStringLiteral("Reports revealed that the leaders' discussion could take place as early as next week.") << 0
            << QStringLiteral("Reports revealed that the leaders' discussion could take place as early as next week.") << QString()
            << QString() << 0 << TextAnchor::Quality::Orphan;
        QTest::newRow("repeated words: the context picks the second of three")
            << QStringLiteral("mutual respect") << 1 << QStringLiteral("Following the principles")
            << QStringLiteral("Following, as ever, the principles") << QStringLiteral("mutual respect") << 1 << TextAnchor::Quality::Exact;
        QTest::newRow("repeated words: the context picks the third of three")
            << QStringLiteral("mutual respect") << 2 << QStringLiteral("This week") << QStringLiteral("Last week")
            << QStringLiteral("mutual respect") << 2 << TextAnchor::Quality::Exact;
        QTest::newRow("quoted name replaced, surroundings intact")
            << QStringLiteral("Qin Gang") << 0 << QStringLiteral("Qin Gang") << QStringLiteral("Xie Feng") << QStringLiteral("Xie Feng") << 0
            << TextAnchor::Quality::Fuzzy;
        const QString twoParagraphs = QStringLiteral(
            "Jinping's statements aren't necessarily surprising because he has always been open to working with the United "
            "States on the grounds of mutual respect. However, some Chinese officials are harsher when it comes to addressing "
            "their allies.\nThe Chinese president also acknowledged that there is a need for both countries to manage their "
            "differences");
        QString edited = twoParagraphs;
        edited.replace(QStringLiteral("aren't necessarily surprising"), QStringLiteral("aren't surprising"));
        QTest::newRow("long passage across paragraphs edited in the middle")
            << twoParagraphs << 0 << QStringLiteral("aren't necessarily surprising") << QStringLiteral("aren't surprising") << edited
            << 0 << TextAnchor::Quality::Fuzzy;
        QTest::newRow("long passage deleted: orphan")
            << twoParagraphs << 0 << twoParagraphs << QStringLiteral("Nothing to see.") << QString() << 0
            << TextAnchor::Quality::Orphan;
    }
    void testReanchor()
    {
        QFETCH(QString, noteText);
        QFETCH(int, noteOccurrence);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QFETCH(int, expectedOccurrence);
        QFETCH(TextAnchor::Quality, quality);

        const QString original = sampleText();
        QVERIFY(!original.isEmpty());
        const Span noteSpan = occurrence(original, noteText, noteOccurrence);
        QVERIFY2(noteSpan.isValid(), "the note's text is not in the sample");
        const TextAnchor::Selector sel = TextAnchor::describe(original, noteSpan);

        QString changed = original;
        if (!from.isEmpty()) {
            const int at = changed.indexOf(from);
            QVERIFY2(at >= 0, "the edit does not apply to the sample");
            changed.replace(at, from.size(), to);
        }
        const TextAnchor::Match m = TextAnchor::anchor(changed, sel, noteSpan.start);
        QCOMPARE(m.quality, quality);
        if (quality == TextAnchor::Quality::Orphan) {
            QVERIFY(!m.span.isValid());
            return;
        }
        QCOMPARE(m.span, occurrence(changed, expected, expectedOccurrence));
    }

    // A long article (the sample forty times over) where the noted sentence survives, edited,
    // in one copy only; the search near the hint and the search of the whole text must agree.
    void testLongArticle_data()
    {
        QTest::addColumn<int>("hintShift");
        QTest::newRow("hint where the note was") << 0;
        QTest::newRow("hint far off: the text moved") << -60000;
        QTest::newRow("no hint") << INT_MIN;
    }
    void testLongArticle()
    {
        QFETCH(int, hintShift);
        const QString quote = QStringLiteral("Both countries will gain from cooperation and lose from confrontation.");
        const QString edited = QStringLiteral("Both countries will benefit from cooperation and lose from confrontation.");
        const QString sample = sampleText();
        QString text;
        int notePos = -1;
        for (int i = 0; i < 40; ++i) {
            QString copy = sample;
            if (i == 30) {
                notePos = int(text.size() + copy.indexOf(quote));
                copy.replace(quote, edited);
            } else {
                copy.replace(quote, QStringLiteral("Nothing."));
            }
            text += copy + QLatin1Char('\n');
        }
        QVERIFY(text.size() > 100000);
        TextAnchor::Selector sel{quote, QStringLiteral("Right now, China-U.S. relations are at a critical historical juncture. "),
                                 QStringLiteral(" Cooperation is the only right choice.")};
        const int hint = hintShift == INT_MIN ? -1 : notePos + hintShift;
        const TextAnchor::Match m = TextAnchor::anchor(text, sel, hint);
        QCOMPARE(m.quality, TextAnchor::Quality::Fuzzy);
        QCOMPARE(m.span, Span(notePos, notePos + int(edited.size())));
        QCOMPARE(m.distance, 6); // Levenshtein("gain", "benefit")
    }

    void testHintBreaksTiesWithoutContext()
    {
        const QString text = QStringLiteral("aa xx bb xx cc xx dd");
        const TextAnchor::Selector sel{QStringLiteral("xx"), QString(), QString()};
        QCOMPARE(TextAnchor::anchor(text, sel, 9).span, Span(9, 11));
        QCOMPARE(TextAnchor::anchor(text, sel, 16).span, Span(15, 17));
        QCOMPARE(TextAnchor::anchor(text, sel, -1).span, Span(3, 5));
    }
};

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
