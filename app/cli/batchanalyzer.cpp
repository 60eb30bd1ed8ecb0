// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchanalyzer.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../io/articleloader.h"
#include "../model/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

namespace Byline {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::BatchAnalyzer", s);
}

const QStringList &articlePatterns()
{
    static const QStringList patterns{QStringLiteral("*.txt"),  QStringLiteral("*.text"), QStringLiteral("*.md"),
                                      QStringLiteral("*.markdown"), QStringLiteral("*.html"), QStringLiteral("*.htm"),
                                      QStringLiteral("*.pdf")};
    return patterns;
}

struct Job
{
    QString path;
    QString outPath;
};

} // namespace

BatchAnalyzer::BatchAnalyzer(Writer writer, QString extension)
    : m_writer(std::move(writer))
    , m_extension(std::move(extension))
{
}

QStringList BatchAnalyzer::collect(const QStringList &inputs, QStringList *roots, QString *error)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            *error = tr("%1 does not exist.").arg(input);
            return {};
        }
        if (info.isDir()) {
            QDirIterator it(input, articlePatterns(), QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            found.sort();
            for (const QString &f : std::as_const(found)) {
                files << f;
                roots->append(info.absoluteFilePath());
            }
        } else {
            files << input;
            roots->append(info.absolutePath());
        }
    }
    return files;
}

QList<BatchAnalyzer::Failure> BatchAnalyzer::run(const QStringList &inputs, const QString &outDir, QTextStream &progress,
                                                 bool showProgress)
{
    QList<Failure> failures;
    QStringList roots;
    QString error;
    const QStringList files = collect(inputs, &roots, &error);
    if (!error.isEmpty()) {
        progress << "byline analyze: " << error << '\n';
        progress.flush();
        failures.append(Failure{QString(), error});
        return failures;
    }
    QList<Job> jobs;
    for (int i = 0; i < files.size(); ++i) {
        const QString absolute = QFileInfo(files.at(i)).absoluteFilePath();
        const QString relative = QDir(roots.at(i)).relativeFilePath(absolute);
        jobs.append(Job{files.at(i), QDir(outDir).filePath(relative + QLatin1Char('.') + m_extension)});
    }

    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    QMutex mutex;
    std::atomic_int done{0};
    std::atomic<qint64> bytes{0};
    QElapsedTimer timer;
    timer.start();
    const int total = int(jobs.size());

    auto work = [&](const Job &job) {
        QString why;
        const LoadResult loaded = ArticleLoader::load(job.path);
        if (!loaded.ok()) {
            why = loaded.error;
        } else {
            Document document;
            document.setArticle(*loaded.article);
            if (m_published.isValid())
                document.setPublished(m_published);
            document.setAnalysis(pipeline.run(document.article(), resources));
            bytes += document.article().text.toUtf8().size();
            if (!QDir().mkpath(QFileInfo(job.outPath).absolutePath()))
                why = tr("cannot create the folder for %1").arg(job.outPath);
            else
                m_writer(document, job.outPath, &why);
        }
        const int n = ++done;
        QMutexLocker lock(&mutex);
        if (!why.isEmpty())
            failures.append(Failure{job.path, why});
        if (showProgress) {
            const int width = 30;
            const int filled = total ? n * width / total : width;
            progress << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char(' ')) << "] "
                     << n << '/' << total;
            progress.flush();
        }
    };

    // The global pool exists in Qt 5 and 6 alike (blockingMap with a pool is Qt 6 only).
    QThreadPool *pool = QThreadPool::globalInstance();
    if (m_jobs > 0)
        pool->setMaxThreadCount(m_jobs);
    QtConcurrent::blockingMap(jobs, work);

    const double secs = double(timer.nsecsElapsed()) / 1e9;
    if (showProgress)
        progress << '\n';
    progress << tr("Analysed %1 of %2 articles (%3 MB) in %4 s with %5 threads.")
                    .arg(total - int(failures.size()))
                    .arg(total)
                    .arg(double(bytes.load()) / 1e6, 0, 'f', 2)
                    .arg(secs, 0, 'f', 2)
                    .arg(pool->maxThreadCount())
             << '\n';
    std::sort(failures.begin(), failures.end(), [](const Failure &a, const Failure &b) { return a.path < b.path; });
    for (const Failure &f : std::as_const(failures))
        progress << tr("failed: %1: %2").arg(f.path, f.error) << '\n';
    progress.flush();
    return failures;
}

} // namespace Byline
