// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scores quotes, speakers and attributions on ../shared/corpus/gum_news with ORACLE entities (the gold
// entity mentions and chains stand in for the entity layer until it is merged), and times the quote
// and source stages on a large repeated text. Usage: quote_eval [CORPUS_DIR] [--verbose]
#include "analysis/analysiscontext.h"
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"
#include "cli/quotescorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <ctime>
#include <map>

using namespace Byline;

namespace {

/** The gold entity chains of one document as the entity layer (oracle). */
class OracleEntities : public Annotator
{
public:
    explicit OracleEntities(const QList<Entity> *entities) : m_entities(entities) { }
    QString name() const override { return QStringLiteral("oracle-entities"); }
    Layers requires() const override { return Layer::Tokens; }
    Layers produces() const override { return Layer::Gazetteer | Layer::Entities | Layer::Coreference; }
    void annotate(AnalysisContext &context) const override { context.result.entities = *m_entities; }
    const QList<Entity> *m_entities;
};

Article articleOf(const QString &text)
{
    Article a;
    a.text = text;
    int start = 0;
    while (start < text.size()) {
        int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = int(text.size());
        if (end > start && !text.mid(start, end - start).trimmed().isEmpty())
            a.blocks << Block{Span(start, end), a.blocks.isEmpty() ? BlockRole::Title : BlockRole::Paragraph, 0};
        start = end + 1;
    }
    return a;
}

QList<Entity> oracleEntities(const EvalDocument &doc, int offset = 0)
{
    std::map<QString, Entity> chains;
    for (const QJsonValue &v : doc.gold.value(QLatin1String("entities")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString chain = o.value(QLatin1String("entity_id")).toString();
        Entity &e = chains[chain];
        EntityType type = EntityType::Other;
        entityTypeFromName(o.value(QLatin1String("type")).toString(), &type);
        e.type = type;
        const QString core = o.value(QLatin1String("core_text")).toString();
        if (core.size() > e.name.size())
            e.name = core;
        Mention m;
        m.span = Span(doc.map.fromCodePoint(o.value(QLatin1String("core_start")).toInt()) + offset,
                      doc.map.fromCodePoint(o.value(QLatin1String("core_end")).toInt()) + offset);
        m.rule = QStringLiteral("oracle");
        e.mentions << m;
    }
    QList<Entity> out;
    for (auto &kv : chains) {
        std::sort(kv.second.mentions.begin(), kv.second.mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
        out << kv.second;
    }
    std::sort(out.begin(), out.end(), [](const Entity &a, const Entity &b) { return a.mentions.first().span < b.mentions.first().span; });
    for (int i = 0; i < out.size(); ++i)
        out[i].id = QLatin1Char('e') + QString::number(i + 1);
    return out;
}

Pipeline pipelineWith(const QList<Entity> *entities, const Resources &resources)
{
    std::vector<std::unique_ptr<Annotator>> stages;
    stages.push_back(std::make_unique<Segmenter>(resources));
    stages.push_back(std::make_unique<OracleEntities>(entities));
    Pipeline::appendQuoteStages(stages, resources);
    return Pipeline(std::move(stages));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const QString dir = args.value(0, QStringLiteral(BYLINE_SHARED_DIR "/corpus/gum_news"));
    QTextStream out(stdout);
    const Resources &resources = Resources::instance();
    QuoteScorer scorer;
    QuoteScorer annotatedQuotes; // only documents whose gold lists at least one quote
    QuoteScorer noEntities;      // with an empty entity layer: what the quote stages find on their own
    const QList<Entity> none;
    QList<EvalDocument> docs;
    QString bigText;
    QList<Entity> bigEntities;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        const QString base = dir + QLatin1Char('/') + name.chopped(10);
        QFile t(base + QStringLiteral(".txt")), g(base + QStringLiteral(".gold.json"));
        if (!t.open(QIODevice::ReadOnly) || !g.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(t.readAll());
        EvalDocument doc{name.chopped(10), text, QJsonDocument::fromJson(g.readAll()).object(), OffsetMap(text)};
        const QList<Entity> entities = oracleEntities(doc);
        const Article article = articleOf(text);
        const Pipeline pipeline = pipelineWith(&entities, resources);
        const AnalysisResult result = pipeline.run(article, resources);
        scorer.addDocument(doc, result);
        noEntities.addDocument(doc, pipelineWith(&none, resources).run(article, resources));
        if (!doc.gold.value(QLatin1String("quotes")).toArray().isEmpty())
            annotatedQuotes.addDocument(doc, result);
        if (verbose) {
            out << "== " << doc.name << "\n";
            for (const Quote &q : result.quotes) {
                out << q.id << ' ' << quoteKindName(q.kind) << " [" << q.rule << "] " << text.mid(q.span.start, q.span.length()).left(70)
                    << " | cue=" << text.mid(q.cue.start, q.cue.length()) << " | speaker="
                    << (q.speaker ? text.mid(q.speaker->span.start, q.speaker->span.length()) + QLatin1String(" -> ") + q.speaker->name
                                  : QStringLiteral("-"))
                    << "\n";
            }
            for (const QJsonValue &v : doc.gold.value(QLatin1String("attributions")).toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value(QLatin1String("source")).isObject() || !o.value(QLatin1String("content")).isObject())
                    continue;
                QuoteScorer one;
                EvalDocument single = doc;
                QJsonObject gold;
                gold.insert(QStringLiteral("attributions"), QJsonArray{o});
                single.gold = gold;
                one.addDocument(single, result);
                if (one.attributions().goldFound == 0)
                    out << "MISSED " << o.value(QLatin1String("source")).toObject().value(QLatin1String("text")).toString() << " | "
                        << o.value(QLatin1String("cue")).toObject().value(QLatin1String("text")).toString() << " | "
                        << o.value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString().left(60) << "\n";
            }
            for (const Quote &q : result.quotes) {
                if (!q.speaker)
                    continue;
                AnalysisResult single;
                single.quotes << q;
                QuoteScorer one;
                EvalDocument attributionsOnly = doc;
                attributionsOnly.gold.remove(QStringLiteral("quotes"));
                one.addDocument(attributionsOnly, single);
                if (one.attributions().predictedRight == 0)
                    out << "WRONG " << q.id << ' ' << text.mid(q.span.start, q.span.length()).left(50) << " | "
                        << text.mid(q.speaker->span.start, q.speaker->span.length()) << "\n";
            }
            for (const Source &s : result.sources)
                out << s.id << ' ' << sourceKindName(s.kind) << ' ' << s.name << " x" << s.citations.size() << "\n";
        }
        docs << doc;
    }
    out << "ORACLE ENTITIES (gold entity chains as the entity layer), " << dir << "\n" << scorer.report();
    out << "-- only documents whose gold lists at least one quote (GUM_news_warhol quotes people but its gold lists none):\n"
        << annotatedQuotes.report() << "-- NO ENTITIES (empty entity layer; speakers found by form only):\n" << noEntities.report();
    out.flush();

    // Throughput of the quote and source stages: all documents repeated to about 10 MB.
    QList<Entity> merged;
    int offset = 0;
    while (bigText.size() < 5 * 1024 * 1024) {
        for (const EvalDocument &doc : docs) {
            for (Entity e : oracleEntities(doc, offset)) {
                e.id = QLatin1Char('e') + QString::number(merged.size() + 1);
                merged << e;
            }
            bigText += doc.text + QLatin1Char('\n');
            offset = int(bigText.size());
        }
    }
    bigEntities = merged;
    const Article big = articleOf(bigText);
    // Thread CPU time per stage ("per core"), so other processes on the machine do not count.
    auto cpuNow = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    std::vector<std::unique_ptr<Annotator>> stages;
    stages.push_back(std::make_unique<Segmenter>(resources));
    stages.push_back(std::make_unique<OracleEntities>(&bigEntities));
    Pipeline::appendQuoteStages(stages, resources);
    AnalysisContext context(big, resources);
    qint64 quoteNs = 0;
    for (const auto &stage : stages) {
        const qint64 t0 = cpuNow();
        stage->annotate(context);
        const qint64 ns = cpuNow() - t0;
        out << QStringLiteral("%1 %2 ms CPU\n").arg(stage->name(), -20).arg(ns / 1e6, 0, 'f', 1);
        if (stage->name() != QLatin1String("segmenter") && stage->name() != QLatin1String("oracle-entities"))
            quoteNs += ns;
    }
    const double mb = bigText.toUtf8().size() / 1e6;
    out << QStringLiteral("quotes+sources: %1 MB in %2 s CPU = %3 MB/s per core (%4 quotes, %5 sources)\n")
               .arg(mb, 0, 'f', 1)
               .arg(quoteNs / 1e9, 0, 'f', 3)
               .arg(mb / (quoteNs / 1e9), 0, 'f', 1)
               .arg(context.result.quotes.size())
               .arg(context.result.sources.size());
    return 0;
}
