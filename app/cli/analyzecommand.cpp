// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "batchanalyzer.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../export/bratexporter.h"
#include "../export/jsonexporter.h"
#include "../export/markdownexporter.h"
#include "../export/w3cexporter.h"
#include "../io/annotationstore.h"
#include "../io/articleloader.h"
#include "../model/document.h"

#include <QBuffer>
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
    if (format == QLatin1String("markdown") || format == QLatin1String("md"))
        return std::make_unique<MarkdownExporter>();
    if (format == QLatin1String("brat"))
        return std::make_unique<BratExporter>();
    if (format == QLatin1String("w3c"))
        return std::make_unique<W3cExporter>();
    return nullptr;
}

/** File name extension of batch outputs per format. */
QString outputExtension(const QString &formatName)
{
    if (formatName == QLatin1String("markdown"))
        return QStringLiteral("md");
    if (formatName == QLatin1String("brat"))
        return QStringLiteral("ann");
    if (formatName == QLatin1String("w3c"))
        return QStringLiteral("jsonld");
    return QStringLiteral("json");
}
} // namespace

int AnalyzeCommand::writeBrat(const Document &document, const QString &out, const ExportOptions &options)
{
    QTextStream err(stderr);
    QString base = out;
    if (base.endsWith(QLatin1String(".txt")) || base.endsWith(QLatin1String(".ann")))
        base.chop(4);
    QSaveFile txt(base + QStringLiteral(".txt"));
    QSaveFile ann(base + QStringLiteral(".ann"));
    BratExporter exporter;
    const QByteArray text = BratExporter::textFile(document);
    for (QSaveFile *f : {&txt, &ann}) {
        if (!f->open(QIODevice::WriteOnly)) {
            err << tr("byline analyze: cannot write %1: %2").arg(f->fileName(), f->errorString()) << '\n';
            return 1;
        }
    }
    if (txt.write(text) != text.size() || !exporter.write(document, &ann, options)) {
        err << tr("byline analyze: cannot write %1: %2").arg(base, exporter.errorString() + txt.errorString()) << '\n';
        return 1;
    }
    if (!ann.commit()) {
        err << tr("byline analyze: cannot write %1: %2").arg(ann.fileName(), ann.errorString()) << '\n';
        return 1;
    }
    if (!txt.commit()) {
        // The .ann alone would point into a text that is not there.
        QFile::remove(ann.fileName());
        err << tr("byline analyze: cannot write %1: %2").arg(txt.fileName(), txt.errorString()) << '\n';
        return 1;
    }
    return 0;
}

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
                                          tr("Output format: json, markdown, brat or w3c (W3C Web Annotation JSON-LD)."),
                                          QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write to FILE instead of standard output. For brat (required): FILE.txt and FILE.ann, "
                                          "a trailing .txt or .ann in FILE being dropped."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption templateOption(QStringLiteral("template"), tr("Markdown only: fill this template file instead of the built-in layout."),
                                            QStringLiteral("FILE"));
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
    parser.addOption(templateOption);
    const QCommandLineOption noUserOption(QStringLiteral("no-user-annotations"),
                                          tr("Leave out the notes and corrections stored in the library for this article."));
    parser.addOption(noUserOption);
    const QCommandLineOption englishOption(QStringLiteral("english-labels"),
                                           tr("Markdown only: headings, labels and type names in English, whatever the language of the messages."));
    parser.addOption(englishOption);
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
    const bool brat = exporter->formatName() == QLatin1String("brat");
    if (brat && !parser.isSet(outOption)) {
        err << tr("byline analyze: --format brat writes two files; give their name with -o FILE.") << '\n';
        return 2;
    }
    ExportOptions options;
    options.englishLabels = parser.isSet(englishOption);
    if (parser.isSet(templateOption)) {
        options.templatePath = parser.value(templateOption);
        if (!QFileInfo(options.templatePath).isReadable()) {
            err << tr("byline analyze: cannot read the template %1.").arg(options.templatePath) << '\n';
            return 2;
        }
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
            [this, format, brat, options](const Document &document, const QString &outPath, QString *error) {
                if (brat) {
                    if (writeBrat(document, outPath, options) == 0)
                        return true;
                    *error = tr("could not write the brat files");
                    return false;
                }
                std::unique_ptr<Exporter> exporter = createExporter(format);
                QSaveFile out(outPath);
                if (!out.open(QIODevice::WriteOnly) || !exporter->write(document, &out, options) || !out.commit()) {
                    *error = exporter->errorString().isEmpty() ? out.errorString() : exporter->errorString();
                    return false;
                }
                return true;
            },
            outputExtension(exporter->formatName()));
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
    options.includeNotes = !parser.isSet(noUserOption);
    // Only a library that exists is opened: analysing never creates one and only reads it
    // (a damaged one is moved aside, as the reader would).
    if (options.includeNotes && QFile::exists(AnnotationStore::defaultPath())) {
        AnnotationStore store;
        if (store.open(AnnotationStore::defaultPath())) {
            if (!store.notice().isEmpty())
                err << "byline analyze: " << store.notice() << '\n';
            const AnnotationStore::Stored stored = store.find(document.article());
            document.setUserAnnotations(stored.notes, stored.corrections);
            if (stored.published.isValid() && !published.isValid())
                document.setPublished(stored.published);
        } else {
            err << tr("byline analyze: notes and corrections left out: %1").arg(store.errorString()) << '\n';
        }
    }
    const Resources &resources = Resources::instance();
    const Pipeline pipeline = Pipeline::createDefault(resources);
    document.setAnalysis(pipeline.run(document.article(), resources));

    if (brat)
        return writeBrat(document, parser.value(outOption), options);
    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly)) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
            return 1;
        }
        if (!exporter->write(document, &out, options) || !out.commit()) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), exporter->errorString() + out.errorString()) << '\n';
            return 1;
        }
        return 0;
    }
    // Rendered in memory first so that a failing export writes nothing to standard output either.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter->write(document, &buffer, options)) {
        err << tr("byline analyze: %1").arg(exporter->errorString()) << '\n';
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.data().size()) {
        err << tr("byline analyze: cannot write the output: %1").arg(out.errorString()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace Byline
