// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "batchanalyzer.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../export/jsonexporter.h"
#include "../io/articleloader.h"
#include "../model/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

#include <cstdio>
#include <unistd.h>

namespace Byline {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::AnalyzeCommand", s);
}

/** The exporter for a --format value, or nullptr. */
std::unique_ptr<Exporter> createExporter(const QString &format)
{
    if (format == QLatin1String("json"))
        return std::make_unique<JsonExporter>();
    return nullptr;
}
} // namespace

int AnalyzeCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Analyse an article: entities, quotes, sources and timeline."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The article to analyse (text, Markdown, HTML or PDF); several files or folders "
                                    "analyse in parallel into the folder given with -o."),
                                 QStringLiteral("FILE|DIR..."));
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          tr("Output format: json."), QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             tr("Publication date (YYYY-MM-DD) relative dates are resolved against."),
                                             QStringLiteral("DATE"));
    parser.addOption(formatOption);
    parser.addOption(outOption);
    const QCommandLineOption jobsOption(QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
                                        tr("Analyse N articles at once (default: one per core)."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    parser.addOption(publishedOption);
    parser.addOption(jobsOption);
    if (!parser.parse(args)) {
        err << "byline analyze: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("byline analyze: give an article file (see byline analyze --help).") << '\n';
        return 2;
    }
    const QString format = parser.value(formatOption);
    std::unique_ptr<Exporter> exporter = createExporter(format);
    if (!exporter) {
        err << tr("byline analyze: unknown format \"%1\".").arg(format) << '\n';
        return 2;
    }
    QDate published;
    if (parser.isSet(publishedOption)) {
        published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!published.isValid()) {
            err << tr("byline analyze: --published needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(publishedOption)) << '\n';
            return 2;
        }
    }

    const bool batch = files.size() > 1 || QFileInfo(files.first()).isDir();
    if (batch) {
        if (!parser.isSet(outOption)) {
            err << tr("byline analyze: several articles need an output folder: -o OUTDIR.") << '\n';
            return 2;
        }
        bool jobsOk = false;
        const int jobs = parser.value(jobsOption).toInt(&jobsOk);
        if (!jobsOk || jobs < 0) {
            err << tr("byline analyze: -j needs a number of jobs.") << '\n';
            return 2;
        }
        BatchAnalyzer batchAnalyzer(
            [format](const Document &document, const QString &outPath, QString *error) {
                std::unique_ptr<Exporter> exporter = createExporter(format);
                QSaveFile out(outPath);
                if (!out.open(QIODevice::WriteOnly) || !exporter->write(document, &out, ExportOptions()) || !out.commit()) {
                    *error = exporter->errorString().isEmpty() ? out.errorString() : exporter->errorString();
                    return false;
                }
                return true;
            },
            format);
        batchAnalyzer.setJobs(jobs);
        batchAnalyzer.setPublished(published);
        const bool tty = isatty(fileno(stderr));
        return batchAnalyzer.run(files, parser.value(outOption), err, tty).isEmpty() ? 0 : 1;
    }

    const LoadResult loaded = ArticleLoader::load(files.first());
    if (!loaded.ok()) {
        err << "byline analyze: " << loaded.error << '\n';
        return 1;
    }
    Document document;
    document.setArticle(*loaded.article);
    if (published.isValid())
        document.setPublished(published);
    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    document.setAnalysis(pipeline.run(document.article(), resources));

    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly)) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
            return 1;
        }
        if (!exporter->write(document, &out, ExportOptions()) || !out.commit()) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), exporter->errorString() + out.errorString()) << '\n';
            return 1;
        }
        return 0;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !exporter->write(document, &out, ExportOptions())) {
        err << tr("byline analyze: cannot write the output: %1").arg(exporter->errorString()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace Byline
