// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Until `byline eval` exists: scores the time expressions of a gold directory (NAME.txt +
// NAME.gold.json, ../shared/corpus format) with TimexScorer, and measures throughput.
//   timexeval GOLD_DIR [-v]        scores (gold "dct" as publication date); -v lists the mistakes
//   timexeval --bench FILE [MB]    segmenter + timex over FILE repeated to about MB megabytes
#include "analysis/analysiscontext.h"
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"
#include "analysis/timexrecognizer.h"
#include "cli/timexscorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <ctime>

using namespace Byline;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

Article articleFromText(const QString &text)
{
    Article a;
    for (const QString &line : text.split(QLatin1Char('\n')))
        a.appendBlock(line, BlockRole::Paragraph);
    return a;
}

int score(const QString &dir, bool verbose)
{
    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    TimexScorer scorer;
    const QStringList golds = QDir(dir).entryList(QStringList{QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name);
    for (const QString &g : golds) {
        const QString base = g.chopped(int(QStringLiteral(".gold.json").size()));
        const QString text = readAll(QDir(dir).filePath(base + QStringLiteral(".txt")));
        const QJsonObject gold = QJsonDocument::fromJson(readAll(QDir(dir).filePath(g)).toUtf8()).object();
        Article article = articleFromText(text);
        article.meta.published = QDate::fromString(gold.value(QLatin1String("dct")).toString(), Qt::ISODate);
        const AnalysisResult result = pipeline.run(article, resources);
        scorer.addDocument(EvalDocument{base, article.text, gold, OffsetMap(article.text)}, result);
    }
    QTextStream out(stdout);
    if (verbose) {
        for (const QString &m : scorer.mistakes())
            out << m << '\n';
    }
    out << scorer.report();
    return 0;
}

int bench(const QString &path, int megabytes)
{
    const QString one = readAll(path);
    if (one.isEmpty())
        return 1;
    QString text;
    while (text.size() * 2 < qint64(megabytes) * 1024 * 1024)
        text += one + QLatin1Char('\n');
    const Article article = articleFromText(text);
    const Resources &resources = Resources::instance();
    const Segmenter segmenter(resources);
    const TimexRecognizer timex(resources);
    AnalysisContext context(article, resources);
    context.dct = QDate(2021, 11, 12);
    // CPU time of this (single) thread: "per core", and fair on a machine shared with builds.
    const auto cpu = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    qint64 t = cpu();
    segmenter.annotate(context);
    const qint64 seg = cpu() - t;
    t = cpu();
    timex.annotate(context);
    const qint64 tx = cpu() - t;
    const double mb = text.toUtf8().size() / 1e6;
    QTextStream(stdout) << QStringLiteral("%1 MB (UTF-8), %2 expressions; CPU time: segmenter %3 s (%4 MB/s), timex %5 s (%6 MB/s)\n")
                               .arg(mb, 0, 'f', 1)
                               .arg(context.result.timeline.size())
                               .arg(seg / 1e9, 0, 'f', 3)
                               .arg(mb / (seg / 1e9), 0, 'f', 1)
                               .arg(tx / 1e9, 0, 'f', 3)
                               .arg(mb / (tx / 1e9), 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--bench"))
        return bench(args.at(2), args.size() > 3 ? args.at(3).toInt() : 50);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: timexeval GOLD_DIR [-v] | timexeval --bench FILE [MB]\n";
        return 2;
    }
    return score(args.at(1), args.contains(QStringLiteral("-v")));
}
