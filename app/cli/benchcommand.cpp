// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommand.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../io/articleloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Byline {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::BenchCommand", s);
}

/** Peak resident set size of this process in bytes (0 where unknown). */
qint64 peakRss()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) * 1024;
#endif
    return 0;
}

/** Current resident set size in bytes, from /proc (0 where unknown). */
qint64 currentRss()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

double mbPerSecond(qint64 bytes, qint64 nsecs)
{
    return nsecs > 0 ? (double(bytes) / 1e6) / (double(nsecs) / 1e9) : 0.0;
}

QStringList corpusFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/byline/samples"), QStringList{QStringLiteral("*.txt")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    if (!dir.isEmpty()) {
        QDirIterator jt(dir, QStringList{QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (jt.hasNext())
            found << jt.next();
        found.sort();
        files << found;
    }
    return files;
}

} // namespace

int BenchCommand::run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Measure analysis throughput and memory."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), tr("Add every .txt under DIR to the benchmark corpus."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Megabytes of article text to analyse (default 20)."),
                                        QStringLiteral("MB"), QStringLiteral("20"));
    const QCommandLineOption scalingOption(QStringLiteral("scaling"), tr("Also analyse single articles of 1, 10 and 100 MB."));
    const QCommandLineOption scalingSizesOption(QStringLiteral("scaling-sizes"),
        tr("With --scaling: the article sizes in MB, comma-separated (default 1,10,100)."), QStringLiteral("LIST"),
        QStringLiteral("1,10,100"));
    parser.addOption(corpusOption);
    parser.addOption(sizeOption);
    parser.addOption(scalingOption);
    parser.addOption(scalingSizesOption);
    if (!parser.parse(args)) {
        err << "byline bench: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const double sizeMb = parser.value(sizeOption).toDouble(&ok);
    if (!ok || sizeMb <= 0) {
        err << tr("byline bench: --size needs a positive number of megabytes.") << '\n';
        return 2;
    }
    QList<int> scalingSizes;
    for (const QString &mb : parser.value(scalingSizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = mb.trimmed().toInt(&ok);
        if (!ok || n <= 0) {
            err << tr("byline bench: --scaling-sizes needs positive whole numbers of megabytes.") << '\n';
            return 2;
        }
        scalingSizes << n;
    }
    QString corpusDir = parser.value(corpusOption);
    if (corpusDir.isEmpty() && QDir(QStringLiteral("../shared/corpus")).exists())
        corpusDir = QStringLiteral("../shared/corpus");
    if (!corpusDir.isEmpty() && !QDir(corpusDir).exists()) {
        err << tr("byline bench: the corpus folder %1 does not exist.").arg(corpusDir) << '\n';
        return 1;
    }

    QList<Article> base;
    QList<qint64> baseSizes; // UTF-8 bytes of each article, counted once outside the timed loop
    qint64 baseBytes = 0;
    for (const QString &path : corpusFiles(corpusDir)) {
        const LoadResult r = ArticleLoader::load(path);
        if (!r.ok())
            continue;
        baseSizes << r.article->text.toUtf8().size();
        baseBytes += baseSizes.constLast();
        base << *r.article;
    }
    if (base.isEmpty() || baseBytes == 0) {
        err << tr("byline bench: no articles to analyse.") << '\n';
        return 1;
    }

    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    const qint64 target = qint64(sizeMb * 1e6);
    // Two passes over the same articles: the first times the whole pipeline as the program runs it
    // (no clock read between stages: in a virtual machine each read costs about a microsecond,
    // which on articles of ~1 KB is a tenth of the time); the second asks every stage for its CPU
    // time.
    auto analyse = [&](const std::function<void(const Article &)> &runOne) {
        qint64 done = 0;
        int count = 0;
        while (done < target) {
            for (int k = 0; k < base.size() && done < target; ++k) {
                runOne(base.at(k));
                done += baseSizes.at(k);
                ++count;
            }
        }
        return std::make_pair(done, count);
    };
    QElapsedTimer total;
    total.start();
    const qint64 cpuStart = threadCpuNsecs();
    const auto [bytes, articles] = analyse([&](const Article &a) { pipeline.run(a, resources); });
    const qint64 totalNs = threadCpuNsecs() - cpuStart;
    const qint64 wallNs = total.nsecsElapsed();

    QMap<QString, qint64> stageNs;
    const QStringList stageOrder = pipeline.stageNames();
    analyse([&](const Article &a) {
        QList<StageTiming> timings;
        pipeline.run(a, resources, nullptr, &timings);
        for (const StageTiming &t : std::as_const(timings))
            stageNs[t.name] += t.cpuNsecs;
    });

    out << tr("Corpus: %1 distinct articles (%2 MB), analysed %3 articles, %4 MB of text on one thread")
               .arg(base.size())
               .arg(double(baseBytes) / 1e6, 0, 'f', 2)
               .arg(articles)
               .arg(double(bytes) / 1e6, 0, 'f', 1)
        << "\n\n";
    out << tr("Times are CPU seconds of the analysing thread, so a busy machine does not distort them "
              "(wall clock of the whole-pipeline pass: %1 s).").arg(double(wallNs) / 1e9, 0, 'f', 3)
        << "\n\n";
    out << QStringLiteral("%1 %2 %3\n").arg(tr("stage"), -24).arg(tr("CPU s"), 10).arg(tr("MB/s per core"), 14);
    qint64 stagesNs = 0;
    for (const QString &name : std::as_const(stageOrder)) {
        const qint64 ns = stageNs.value(name);
        stagesNs += ns;
        out << QStringLiteral("%1 %2 %3\n").arg(name, -24).arg(double(ns) / 1e9, 10, 'f', 3).arg(mbPerSecond(bytes, ns), 14, 'f', 1);
    }
    out << QStringLiteral("%1 %2 %3\n")
               .arg(tr("whole pipeline"), -24)
               .arg(double(totalNs) / 1e9, 10, 'f', 3)
               .arg(mbPerSecond(bytes, totalNs), 14, 'f', 1);
    out << tr("(stages timed in a second pass, sum %1 s, which includes reading the clock around every stage; "
              "the whole pipeline in the first pass, as the program runs it, without those reads)")
               .arg(double(stagesNs) / 1e9, 0, 'f', 3)
        << '\n';

    if (parser.isSet(scalingOption)) {
        out << '\n'
            << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(tr("article"), -10)
                   .arg(tr("load s"), 9)
                   .arg(tr("analyse CPU s"), 10)
                   .arg(tr("MB/s"), 8)
                   .arg(tr("peak RSS / text"), 16);
        QTemporaryDir tmp;
        QByteArray unit;
        for (const Article &a : std::as_const(base))
            unit += a.text.toUtf8() + "\n\n";
        for (int mb : std::as_const(scalingSizes)) {
            const QString path = tmp.filePath(QStringLiteral("bench-%1mb.txt").arg(mb));
            {
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly)) {
                    err << tr("byline bench: cannot write %1").arg(path) << '\n';
                    return 1;
                }
                const qint64 want = qint64(mb) * 1000 * 1000;
                for (qint64 written = 0; written < want; written += unit.size())
                    f.write(unit);
            }
            const qint64 rssBefore = currentRss();
            QElapsedTimer t;
            t.start();
            LoadOptions options;
            options.maxBytes = qint64(mb + 10) * 1024 * 1024;
            const LoadResult r = ArticleLoader::load(path, options);
            const qint64 loadNs = t.nsecsElapsed();
            if (!r.ok()) {
                err << "byline bench: " << r.error << '\n';
                return 1;
            }
            const qint64 textBytes = r.article->text.toUtf8().size();
            const qint64 analyseStart = threadCpuNsecs();
            QList<StageTiming> timings;
            pipeline.run(*r.article, resources, nullptr, &timings);
            const qint64 analyseNs = threadCpuNsecs() - analyseStart;
            // Per stage, so a stage that grows faster than the text shows itself.
            QStringList stages;
            for (const StageTiming &st : std::as_const(timings))
                stages << QStringLiteral("%1 %2").arg(st.name).arg(double(st.cpuNsecs) / 1e9, 0, 'f', 2);
            const qint64 peak = peakRss();
            QFile::remove(path);
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("%1 MB").arg(mb), -10)
                       .arg(double(loadNs) / 1e9, 9, 'f', 2)
                       .arg(double(analyseNs) / 1e9, 10, 'f', 2)
                       .arg(mbPerSecond(textBytes, analyseNs), 8, 'f', 1)
                       .arg(QStringLiteral("%1x").arg(double(peak - rssBefore) / double(textBytes), 0, 'f', 1), 16)
                << QStringLiteral("           CPU s by stage: %1\n").arg(stages.join(QStringLiteral(", ")));
        }
        out << tr("(peak RSS / text: growth of the process's peak resident memory over its size before loading, per byte of text)") << '\n';
    }
    return 0;
}

} // namespace Byline
