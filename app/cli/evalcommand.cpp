// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalcommand.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../io/articleloader.h"
#include "entityscorer.h"
#include "quotescorer.h"
#include "timexscorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>

namespace Byline {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::EvalCommand", s);
}

struct Job
{
    QString name;
    QString textPath;
    QString goldPath;
};

struct Outcome
{
    EvalDocument document { QString(), QString(), QJsonObject(), OffsetMap(QString()) };
    AnalysisResult result;
    QString error;
};

} // namespace

std::vector<std::unique_ptr<Scorer>> EvalCommand::createScorers()
{
    std::vector<std::unique_ptr<Scorer>> scorers;
    scorers.push_back(std::make_unique<EntityScorer>());
    scorers.push_back(std::make_unique<TimexScorer>());
    scorers.push_back(std::make_unique<QuoteScorer>());
    return scorers;
}

void EvalCommand::mapSpans(AnalysisResult &result, const Article &article, const QString &fileText)
{
    // Each block is a trimmed paragraph of the file: find it there, in order, and shift by the difference.
    QList<int> starts, deltas;
    int cursor = 0;
    for (const Block &b : article.blocks) {
        const int found = int(fileText.indexOf(article.text.mid(b.range.start, b.range.length()), cursor));
        const int at = found < 0 ? b.range.start : found;
        starts << b.range.start;
        deltas << at - b.range.start;
        cursor = at + b.range.length();
    }
    auto map = [&](int pos) {
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), pos);
        const int k = int(it - starts.cbegin()) - 1;
        return k < 0 ? pos : pos + deltas.at(k);
    };
    auto mapSpan = [&](Span &s) {
        if (s.isValid()) {
            const int len = s.length();
            s.start = map(s.start);
            s.end = s.start + len; // spans never cross a block
        }
    };
    for (Entity &e : result.entities)
        for (Mention &m : e.mentions)
            mapSpan(m.span);
    for (Quote &q : result.quotes) {
        mapSpan(q.span);
        mapSpan(q.cue);
        if (q.speaker)
            mapSpan(q.speaker->span);
    }
    for (Source &s : result.sources) {
        for (Citation &c : s.citations) {
            mapSpan(c.span);
            mapSpan(c.cue);
        }
    }
    for (TimeExpression &t : result.timeline) {
        mapSpan(t.span);
        mapSpan(t.event);
    }
}

int EvalCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Score the analysis against a gold corpus (NAME.txt + NAME.gold.json)."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("gold_dir"), tr("Folder of gold documents; sub-folders are reported as corpora."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the scores as JSON."));
    parser.addOption(jsonOption);
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
        tr("After the scores, list every error per document (missed and wrong quotes, attributions, speakers)."));
    parser.addOption(errorsOption);
    if (!parser.parse(args)) {
        err << "byline eval: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("byline eval: give exactly one gold folder (see byline eval --help).") << '\n';
        return 2;
    }
    const QDir root(parser.positionalArguments().first());
    if (!root.exists()) {
        err << tr("byline eval: the folder %1 does not exist.").arg(root.path()) << '\n';
        return 1;
    }
    QList<Job> jobs;
    QDirIterator it(
        root.path(), QStringList { QStringLiteral("*.gold.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString gold = it.next();
        QString name = root.relativeFilePath(gold);
        name.chop(int(qstrlen(".gold.json")));
        QString text = gold;
        text.chop(int(qstrlen(".gold.json")));
        jobs.append(Job { name, text + QStringLiteral(".txt"), gold });
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.name < b.name; });
    if (jobs.isEmpty()) {
        err << tr("byline eval: no NAME.gold.json files under %1.").arg(root.path()) << '\n';
        return 1;
    }

    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    const std::function<Outcome(const Job &)> analyse = [&](const Job &job) {
        Outcome o;
        QFile goldFile(job.goldPath), textFile(job.textPath);
        if (!goldFile.open(QIODevice::ReadOnly) || !textFile.open(QIODevice::ReadOnly)) {
            o.error = tr("cannot read %1 or its .txt").arg(job.goldPath);
            return o;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(goldFile.readAll(), &parseError);
        if (!json.isObject()) {
            o.error = tr("%1 is not valid JSON: %2").arg(job.goldPath, parseError.errorString());
            return o;
        }
        const QString text = QString::fromUtf8(textFile.readAll());
        o.document = EvalDocument { job.name, text, json.object(), OffsetMap(text) };
        LoadResult loaded = ArticleLoader::load(job.textPath);
        if (!loaded.ok()) {
            o.error = loaded.error;
            return o;
        }
        Article &article = *loaded.article;
        const QDate dct = QDate::fromString(o.document.gold.value(QStringLiteral("dct")).toString(), Qt::ISODate);
        if (dct.isValid()) {
            article.meta.published = dct;
            article.meta.publishedFrom = DateSource::User;
        }
        o.result = pipeline.run(article, resources);
        mapSpans(o.result, article, text);
        return o;
    };
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(jobs, analyse);

    std::vector<std::unique_ptr<Scorer>> scorers = createScorers();
    for (const Outcome &o : outcomes) {
        if (!o.error.isEmpty()) {
            err << "byline eval: " << o.error << '\n';
            return 1;
        }
        for (const auto &s : scorers)
            s->addDocument(o.document, o.result);
    }
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonObject all;
        all.insert(QStringLiteral("documents"), int(outcomes.size()));
        for (const auto &s : scorers)
            all.insert(s->task(), s->toJson());
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QCoreApplication::translate(
        "Byline::EvalCommand", "%n gold document(s) under %1", nullptr, int(outcomes.size()))
               .arg(root.path())
        << "\n\n";
    for (const auto &s : scorers)
        out << s->report() << '\n';
    if (parser.isSet(errorsOption)) {
        for (const auto &s : scorers) {
            const QString errors = s->errors();
            if (!errors.isEmpty())
                out << tr("Errors (%1)").arg(s->task()) << '\n' << errors << '\n';
        }
    }
    return 0;
}

} // namespace Byline
