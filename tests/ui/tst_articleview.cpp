// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"
#include "readingdocument.h"
#include "io/articleloader.h"
#include "sampleanalysis.h"
#include "themeadapter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Byline;

class TestArticleView : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    /** Shows view at a fixed size, so what is laid out and visible does not depend on the platform. */
    static bool showView(ArticleView &view)
    {
        view.resize(800, 600);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    /** The sample's blocks repeated until the text holds minChars; roles only in the first copy. */
    Article repeatedSample(qsizetype minChars) const
    {
        Article big;
        for (int copy = 0; big.text.size() < minChars; ++copy)
            for (const Block &b : m_article.blocks)
                big.appendBlock(m_article.textOf(b.range), copy == 0 ? b.role : BlockRole::Paragraph);
        return big;
    }

    /** The extra selections covering pos, bottom to top, described by what they paint. */
    static QStringList layersAt(const ArticleView &view, const ThemeAdapter &theme, int pos)
    {
        QStringList layers;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
            if (pos < s.cursor.selectionStart() || pos >= s.cursor.selectionEnd())
                continue;
            const QTextCharFormat &f = s.format;
            if (f.background().color() == theme.quoteTint())
                layers << QStringLiteral("quote");
            else if (f.underlineStyle() == QTextCharFormat::DashUnderline)
                layers << QStringLiteral("time");
            else if (f.background().color() == theme.findHit())
                layers << QStringLiteral("find");
            else if (f.hasProperty(QTextFormat::TextUnderlineStyle))
                layers << QStringLiteral("focused");
            else
                layers << QStringLiteral("entity");
        }
        return layers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = ArticleLoader::load(TestSample::samplePath());
        QVERIFY(r.ok());
        m_article = *r.article;
    }

    void testZOrder_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("focus");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QStringList>("layers");
        QTest::newRow("plain entity") << QStringLiteral("Qin Gang") << false << QString()
                                      << QStringList { QStringLiteral("entity") };
        QTest::newRow("date underlined") << QStringLiteral("September 25, 2015") << false << QString()
                                         << QStringList { QStringLiteral("time") };
        QTest::newRow("text inside the quote") << QStringLiteral("Cooperation is the only") << false << QString()
                                               << QStringList { QStringLiteral("quote") };
        QTest::newRow("focused entity above entity") << QStringLiteral(
            "Qin Gang") << true << QString() << QStringList { QStringLiteral("entity"), QStringLiteral("focused") };
        QTest::newRow("find hit above focused entity above entity")
            << QStringLiteral("Qin Gang") << true << QStringLiteral("qin")
            << QStringList { QStringLiteral("entity"), QStringLiteral("focused"), QStringLiteral("find") };
    }

    void testZOrder()
    {
        QFETCH(QString, needle);
        QFETCH(bool, focus);
        QFETCH(QString, find);
        QFETCH(QStringList, layers);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(m_article);
        doc.setAnalysis(TestSample::analysis(m_article));
        if (focus)
            view.focusEntity(QStringLiteral("e3"));
        if (!find.isEmpty())
            view.setFindText(find);
        const int pos = m_article.text.indexOf(needle) + 1;
        QCOMPARE(layersAt(view, theme, pos), layers);
    }

    void testLegendToggleHidesType_data()
    {
        QTest::addColumn<int>("highlight");
        QTest::addColumn<QString>("needle");
        QTest::newRow("people") << int(ArticleView::Persons) << QStringLiteral("Qin Gang");
        QTest::newRow("places") << int(ArticleView::Locations) << QStringLiteral("Taiwan");
        QTest::newRow("outlets") << int(ArticleView::Outlets) << QStringLiteral("South China Morning Post");
    }

    void testLegendToggleHidesType()
    {
        QFETCH(int, highlight);
        QFETCH(QString, needle);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(m_article);
        doc.setAnalysis(TestSample::analysis(m_article));
        const int pos = m_article.text.indexOf(needle) + 1;
        QVERIFY(view.entityIndexAt(pos) >= 0);
        view.setHighlightVisible(static_cast<ArticleView::Highlight>(highlight), false);
        QCOMPARE(view.entityIndexAt(pos), -1);
        QVERIFY(!layersAt(view, theme, pos).contains(QStringLiteral("entity")));
        view.setHighlightVisible(static_cast<ArticleView::Highlight>(highlight), true);
        QVERIFY(view.entityIndexAt(pos) >= 0);
    }

    void testPaintedLayerPrefersLongestSpan()
    {
        // An overlapping, shorter "Xi" entity must lose to "Xi Jinping" (longest wins).
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(m_article);
        AnalysisResult r = TestSample::analysis(m_article);
        Entity xi;
        xi.id = QStringLiteral("e9");
        xi.name = QStringLiteral("Xi");
        xi.mentions << Mention { TestSample::spanOf(m_article.text, QStringLiteral("Xi Jinping")), MentionKind::Name,
            QString() };
        xi.mentions.first().span.end = xi.mentions.first().span.start + 2;
        r.entities << xi;
        doc.setAnalysis(r);
        QCOMPARE(r.entities.at(view.entityIndexAt(xi.mentions.first().span.start)).id, QStringLiteral("e1"));
    }

    void testToolTip_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("entity with one mention")
            << QStringLiteral("Qin Gang")
            << QStringList { QStringLiteral("<b>Qin Gang</b>"), QStringLiteral("Person"), QStringLiteral("1 mention"),
                   QStringLiteral("found by: test:gazetteer") };
        QTest::newRow("short form names the canonical entity") << QStringLiteral(
            "Jinping said") << QStringList { QStringLiteral("<b>Xi Jinping</b>"), QStringLiteral("13 mentions") };
        QTest::newRow("inside a quote") << QStringLiteral("Cooperation is the only")
                                        << QStringList { QStringLiteral("Quote (direct) by Xi Jinping"),
                                               QStringLiteral("found by: test:said") };
        QTest::newRow("a date") << QStringLiteral("September 25, 2015")
                                << QStringList { QStringLiteral("DATE: 2015-09-25 (absolute)") };
        QTest::newRow("plain text") << QStringLiteral("toast during") << QStringList();
    }

    void testToolTip()
    {
        QFETCH(QString, needle);
        QFETCH(QStringList, parts);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(m_article);
        doc.setAnalysis(TestSample::analysis(m_article));
        const QString tip = view.toolTipAt(m_article.text.indexOf(needle) + 1);
        if (parts.isEmpty())
            QVERIFY(tip.isEmpty());
        for (const QString &p : parts)
            QVERIFY2(tip.contains(p), qPrintable(tip));
    }

    void testLongArticleInstallsHighlightsNearThePage()
    {
        const Article big = repeatedSample(40 * m_article.text.size());
        QVERIFY(big.text.size() > 100000);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        QVERIFY(showView(view));
        doc.setArticle(big);
        doc.setAnalysis(TestSample::analysis(big));
        const Entity *xi = doc.analysis().entity(QStringLiteral("e1"));
        const Span last = xi->mentions.last().span;
        const auto covered = [&view](Span s) {
            for (const QTextEdit::ExtraSelection &x : view.extraSelections())
                if (x.cursor.selectionStart() == s.start && x.cursor.selectionEnd() == s.end)
                    return true;
            return false;
        };
        QVERIFY(covered(xi->mentions.first().span));
        QVERIFY(!covered(last));
        view.focusEntity(xi->id, xi->mentions.size() - 1);
        QVERIFY(covered(last));
        QVERIFY(!covered(xi->mentions.first().span));
        QCOMPARE(view.entityIndexAt(last.start), 0);
    }

    void testZoomKeepsPositions()
    {
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(m_article);
        const qreal before = view.document()->defaultFont().pointSizeF();
        view.setZoom(3);
        QVERIFY(view.document()->defaultFont().pointSizeF() > before * 1.3);
        view.setZoom(0);
        QCOMPARE(view.document()->defaultFont().pointSizeF(), before);
        QCOMPARE(view.document()->toPlainText(), m_article.text);
    }

    void testLineBreakInsideABlockKeepsOffsets()
    {
        Article a;
        a.appendBlock(QStringLiteral("Title"), BlockRole::Title);
        a.appendBlock(QStringLiteral("Tags\nXi Jinping, Joe Biden"), BlockRole::Tags);
        a.appendBlock(QStringLiteral("Body text."), BlockRole::Paragraph);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        doc.setArticle(a);
        QCOMPARE(view.document()->blockCount(), 3);
        QCOMPARE(view.document()->toPlainText(), a.text);
        QCOMPARE(view.document()->findBlock(a.blocks.at(2).range.start).position(), a.blocks.at(2).range.start);
        QCOMPARE(view.document()->findBlock(a.blocks.at(1).range.start).userState(), int(BlockRole::Tags));
    }

    // Appending part by part gives exactly the document that building it whole gives: text,
    // blocks, roles and formats, whether a part ends at a block or inside a long one.
    void testAppendedDocumentEqualsBuiltOne_data()
    {
        QTest::addColumn<int>("chars");
        QTest::newRow("parts inside blocks") << 7;
        QTest::newRow("parts of a few blocks") << 400;
        QTest::newRow("one part") << 1000000;
    }

    void testAppendedDocumentEqualsBuiltOne()
    {
        QFETCH(int, chars);
        Article a = m_article;
        a.appendBlock(QStringLiteral("Tags\nXi Jinping, Joe Biden"), BlockRole::Tags);
        a.appendBlock(QString(QStringLiteral("A long paragraph with \U0001F600 in it. ")).repeated(40), BlockRole::Paragraph);
        a.appendBlock(QStringLiteral("Advertisement"), BlockRole::Boilerplate);
        ThemeAdapter theme;
        QTextDocument whole;
        ReadingDocument::build(&whole, a, theme);
        QTextDocument parts;
        parts.setUndoRedoEnabled(false);
        int shown = 0;
        int steps = 0;
        while (shown < a.text.size()) {
            const int next = ReadingDocument::append(&parts, a, theme, shown, chars);
            QVERIFY(next > shown);
            QCOMPARE(parts.characterCount() - 1, next); // the document is always a prefix of the article
            QVERIFY(!QChar(a.text.at(next - 1)).isHighSurrogate());
            shown = next;
            ++steps;
        }
        QCOMPARE(shown, int(a.text.size()));
        QVERIFY(chars > 100000 ? steps == 1 : steps > 1);
        QCOMPARE(parts.toPlainText(), a.text);
        QCOMPARE(parts.blockCount(), whole.blockCount());
        for (QTextBlock p = parts.begin(), w = whole.begin(); w.isValid(); p = p.next(), w = w.next()) {
            QCOMPARE(p.position(), w.position());
            QCOMPARE(p.userState(), w.userState());
            QVERIFY(p.blockFormat() == w.blockFormat());
            QVERIFY(p.charFormat() == w.charFormat());
            QVERIFY(p.begin().fragment().charFormat() == w.begin().fragment().charFormat());
        }
        // The format of the character after pos, all through (a block continued by a later part is styled whole).
        const auto formatAt = [](QTextDocument *d, int pos) {
            QTextCursor c(d);
            c.setPosition(pos + 1);
            return c.charFormat();
        };
        for (int pos = 0; pos < a.text.size(); pos += 13)
            QVERIFY2(formatAt(&parts, pos) == formatAt(&whole, pos), qPrintable(QString::number(pos)));
    }

    // A long article is painted from its first pages while the rest is appended; a span the
    // reader asks for beyond them is shown once its text is in.
    void testLongArticleIsShownFirstAndAppended()
    {
        const Article big = repeatedSample(400000);
        Document doc;
        ThemeAdapter theme;
        ArticleView view(&doc, &theme);
        QVERIFY(showView(view));
        QSignalSpy complete(&view, &ArticleView::textComplete);
        doc.setArticle(big);
        QVERIFY(!view.isComplete());
        const int firstPart = view.document()->characterCount() - 1;
        QVERIFY(firstPart > 0 && firstPart < big.text.size() / 4);
        QCOMPARE(view.document()->toPlainText(), big.text.left(firstPart));
        const Span late(big.text.size() - 20, big.text.size() - 10);
        view.showSpan(late, true);
        QCOMPARE(view.textCursor().position(), 0); // not there yet
        QVERIFY(complete.wait(20000));
        QCOMPARE(complete.count(), 1);
        QVERIFY(view.isComplete());
        QCOMPARE(view.document()->toPlainText(), big.text);
        QCOMPARE(view.textCursor().selectionStart(), late.start);
        QCOMPARE(view.textCursor().selectionEnd(), late.end);
        QCOMPARE(view.document()->findBlock(big.blocks.last().range.start).userState(), int(BlockRole::Paragraph));
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
