// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sample article's quotes and sources (issue 4), as a golden listing plus the issue's expectations.
// testReferenceEntities runs the quote stages over the entities issue 3 expects for the sample;
// testDefaultPipeline runs the real default pipeline (loader, segmenter, entity layer, quote stages)
// and holds the golden listing.
// Bless a reviewed change with: BYLINE_BLESS=1 tst_quotesgolden
#include "tst_quotecontext.h"

#include "analysis/pipeline.h"
#include "io/articleloader.h"

#include <QFile>
#include <QTest>

#include <utility>

using namespace Byline;

namespace {

const QString samplePath = QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt");
const QString goldenPath = QStringLiteral(BYLINE_FIXTURES "/golden/xi-urges-us-cooperation.quotes.txt");

/** The entity layer issue 3 specifies for the sample (what a correct recogniser produces). */
const QStringList sampleEntities{
    QStringLiteral("person|Xi Jinping|Xi Jinping, Jinping|The Chinese president"),
    QStringLiteral("person|Joe Biden|Joe Biden, Biden"),
    QStringLiteral("person|John Kerry|John Kerry"),
    QStringLiteral("person|Qin Gang|Qin Gang"),
    QStringLiteral("person|Karine Jean-Pierre|Karine Jean-Pierre"),
    QStringLiteral("person|Tsai Ing-wen|Tsai Ing-wen"),
    QStringLiteral("person|Paul J. Richards|PAUL J. RICHARDS"),
    QStringLiteral("location|United States|United States, US, U.S."),
    QStringLiteral("location|China|China"),
    QStringLiteral("location|Taiwan|Taiwan"),
    QStringLiteral("location|Washington, DC|Washington, DC"),
    QStringLiteral("location|Chengdu|Chengdu"),
    QStringLiteral("location|Houston|Houston"),
    QStringLiteral("location|Hong Kong|Hong Kong"),
    QStringLiteral("organization|National Committee on US-China Relations|National Committee on US-China Relations"),
    QStringLiteral("organization|Department of State|Department of State"),
    QStringLiteral("organization|White House|White House"),
    QStringLiteral("organization|Chinese Foreign Ministry|Chinese Foreign Ministry"),
    QStringLiteral("organization|Mainland Affairs Council|Mainland Affairs Council"),
    QStringLiteral("outlet|MSN|MSN"),
    QStringLiteral("outlet|CNN|CNN"),
    QStringLiteral("outlet|BBC|BBC"),
    QStringLiteral("outlet|South China Morning Post|South China Morning Post"),
    QStringLiteral("outlet|AFP|AFP"),
    QStringLiteral("outlet|Getty Images|Getty Images"),
};

class ReferenceEntities : public Annotator
{
public:
    QString name() const override { return QStringLiteral("reference-entities"); }
    Layers requires() const override { return Layer::Tokens; }
    Layers produces() const override { return Layer::Gazetteer | Layer::Entities | Layer::Coreference; }
    void annotate(AnalysisContext &context) const override { context.result.entities = entitiesFor(context.text, sampleEntities); }
};

QString listing(const AnalysisResult &r, const Article &a)
{
    QString out = QStringLiteral("# quotes: id kind \"words\" | speaker mention -> entity | cue | source | rule\n");
    for (const Quote &q : r.quotes) {
        const Source *s = r.source(q.sourceId);
        out += q.id + QLatin1Char(' ') + quoteKindName(q.kind) + QStringLiteral(" \"") + a.textOf(q.span) + QStringLiteral("\" | ")
            + (q.speaker ? a.textOf(q.speaker->span) + QStringLiteral(" -> ") + q.speaker->name : QStringLiteral("-")) + QStringLiteral(" | ")
            + a.textOf(q.cue) + QStringLiteral(" | ") + (s ? s->name : QStringLiteral("-")) + QStringLiteral(" | ") + q.rule
            + QLatin1Char('\n');
    }
    out += QStringLiteral("# sources: id kind name: \"citation\" [cue] claims; …\n");
    for (const Source &s : r.sources) {
        QStringList cites;
        for (const Citation &c : s.citations)
            cites << QLatin1Char('"') + a.textOf(c.span) + QStringLiteral("\" [") + c.cueText + QStringLiteral("] ") + c.claims.join(QLatin1Char(','));
        out += s.id + QLatin1Char(' ') + sourceKindName(s.kind) + QLatin1Char(' ') + s.name + QStringLiteral(": ") + cites.join(QStringLiteral("; "))
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestQuotesGolden : public QObject
{
    Q_OBJECT
private:
    static void checkIssueExpectations(const AnalysisResult &r, const Article &a)
    {
        auto find = [&](QuoteKind kind, const QString &start) -> const Quote * {
            for (const Quote &q : r.quotes) {
                if (q.kind == kind && a.textOf(q.span).startsWith(start))
                    return &q;
            }
            return nullptr;
        };
        auto sourceName = [&](const Quote *q) {
            const Source *s = r.source(q->sourceId);
            return s ? s->name : QString();
        };
        const Quote *direct = find(QuoteKind::Direct, QStringLiteral("Right now, China-U.S. relations"));
        QVERIFY(direct);
        QVERIFY(a.textOf(direct->span).endsWith(QStringLiteral("win-win cooperation...,")));
        QVERIFY(direct->speaker);
        QCOMPARE(direct->speaker->name, QStringLiteral("Xi Jinping"));
        QCOMPARE(a.textOf(direct->speaker->span), QStringLiteral("Jinping"));
        QCOMPARE(a.text.mid(direct->speaker->span.start, 21), QStringLiteral("Jinping said via MSN."));
        QCOMPARE(sourceName(direct), QStringLiteral("MSN"));

        struct Indirect
        {
            QString start, speaker, cue, source;
        };
        const QList<Indirect> indirect{
            {QStringLiteral("that the meeting is part of"), QStringLiteral("Karine Jean-Pierre"), QStringLiteral("said"), QString()},
            {QStringLiteral("that there is a need for both countries"), QStringLiteral("Xi Jinping"), QStringLiteral("acknowledged"), QString()},
            {QStringLiteral("US forces to stop"), QStringLiteral("Chinese Foreign Ministry"), QStringLiteral("urged"), QString()},
            {QStringLiteral("that US troops have been training"), QStringLiteral("Tsai Ing-wen"), QStringLiteral("confirmed"), QStringLiteral("CNN")},
            {QStringLiteral("China to abandon"), QStringLiteral("Mainland Affairs Council"), QStringLiteral("urged"), QStringLiteral("BBC")},
        };
        for (const Indirect &e : indirect) {
            const Quote *q = find(QuoteKind::Indirect, e.start);
            QVERIFY2(q, qPrintable(e.start));
            QVERIFY2(q->speaker, qPrintable(e.start));
            // The speaker is the entity; the recogniser may name it by its gazetteer form
            // ("Ministry of Foreign Affairs of China") with the article's wording as an alias.
            const Entity *speaker = r.entity(q->speaker->entityId);
            QVERIFY2(speaker, qPrintable(e.start));
            QCOMPARE(q->speaker->name, speaker->name);
            QVERIFY2(speaker->name == e.speaker || speaker->aliases.contains(e.speaker), qPrintable(speaker->name));
            QCOMPARE(a.textOf(q->cue), e.cue);
            if (!e.source.isEmpty())
                QCOMPARE(sourceName(q), e.source);
        }
        const Quote *president = find(QuoteKind::Indirect, QStringLiteral("that there is a need for both countries"));
        QCOMPARE(a.textOf(president->speaker->span), QStringLiteral("The Chinese president"));

        QStringList sources;
        // A source that is an entity is listed under each of the entity's names ("Agence France-Presse", "AFP").
        for (const Source &s : r.sources) {
            QStringList names{s.name};
            if (const Entity *e = r.entity(s.entityId))
                names << e->name << e->aliases;
            for (const QString &name : std::as_const(names))
                sources << sourceKindName(s.kind) + QLatin1Char(' ') + name + QLatin1Char(' ') + QString::number(s.citations.size());
        }
        for (const QString &expected :
             {QStringLiteral("outlet MSN 1"), QStringLiteral("outlet CNN 1"), QStringLiteral("outlet BBC 1"),
              QStringLiteral("outlet South China Morning Post 1"), QStringLiteral("agency AFP 1"), QStringLiteral("agency Getty Images 1"),
              QStringLiteral("official White House spokesperson Karine Jean-Pierre 1"), QStringLiteral("official Chinese Foreign Ministry 1"),
              QStringLiteral("official Mainland Affairs Council 1"), QStringLiteral("document letter from Xi Jinping 1"),
              QStringLiteral("anonymous reports 2")})
            QVERIFY2(sources.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + sources.join(QStringLiteral(", "))));
        for (const Source &s : r.sources) {
            if (s.kind == SourceKind::Document)
                QVERIFY(a.text.mid(s.citations.first().span.start, 130).contains(QStringLiteral("was read by Qin Gang")));
        }
    }
    static void compareGolden(const QString &got)
    {
        if (qEnvironmentVariableIsSet("BYLINE_BLESS")) {
            QFile f(goldenPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(got.toUtf8());
            return;
        }
        QFile f(goldenPath);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const QString expected = QString::fromUtf8(f.readAll());
        const QStringList gotLines = got.split(QLatin1Char('\n')), expectedLines = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min(gotLines.size(), expectedLines.size()); ++i)
            QCOMPARE(gotLines.at(i), expectedLines.at(i));
        QCOMPARE(gotLines.size(), expectedLines.size());
    }

private Q_SLOTS:
    void testReferenceEntities()
    {
        const LoadResult loaded = ArticleLoader::load(samplePath);
        QVERIFY(loaded.ok());
        const Resources &resources = Resources::instance();
        std::vector<std::unique_ptr<Annotator>> stages;
        stages.push_back(std::make_unique<Segmenter>(resources));
        stages.push_back(std::make_unique<ReferenceEntities>());
        Pipeline::appendQuoteStages(stages, resources);
        const Pipeline pipeline(std::move(stages));
        QVERIFY2(pipeline.isValid(), qPrintable(pipeline.errorString()));
        QCOMPARE(pipeline.stageNames().size(), 6);
        const AnalysisResult r = pipeline.run(*loaded.article, resources);
        checkIssueExpectations(r, *loaded.article);
    }
    void testDefaultPipeline()
    {
        const LoadResult loaded = ArticleLoader::load(samplePath);
        QVERIFY(loaded.ok());
        const Pipeline pipeline = Pipeline::createDefault(Resources::instance());
        QVERIFY2(pipeline.isValid(), qPrintable(pipeline.errorString()));
        const AnalysisResult r = pipeline.run(*loaded.article, Resources::instance());
        QVERIFY(!r.entities.isEmpty());
        checkIssueExpectations(r, *loaded.article);
        compareGolden(listing(r, *loaded.article));
    }
};

QTEST_GUILESS_MAIN(TestQuotesGolden)
#include "tst_quotesgolden.moc"
