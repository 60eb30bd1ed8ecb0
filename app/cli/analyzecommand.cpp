// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "../analysis/pipeline.h"
#include "../analysis/resources.h"
#include "../export/jsonexporter.h"
#include "../io/annotationstore.h"
#include "../io/articleloader.h"
#include "../model/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

namespace Byline {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::AnalyzeCommand", s);
}
} // namespace

int AnalyzeCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Analyse an article: entities, quotes, sources and timeline."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The article to analyse (text, Markdown, HTML or PDF)."));
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          tr("Output format: json."), QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             tr("Publication date (YYYY-MM-DD) relative dates are resolved against."),
                                             QStringLiteral("DATE"));
    parser.addOption(formatOption);
    parser.addOption(outOption);
    const QCommandLineOption noUserOption(QStringLiteral("no-user-annotations"),
                                          tr("Leave out the notes and corrections stored in the library for this article."));
    parser.addOption(publishedOption);
    parser.addOption(noUserOption);
    if (!parser.parse(args)) {
        err << "byline analyze: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("byline analyze: give exactly one article file (see byline analyze --help).") << '\n';
        return 2;
    }
    const QString format = parser.value(formatOption);
    std::unique_ptr<Exporter> exporter;
    if (format == QLatin1String("json"))
        exporter = std::make_unique<JsonExporter>();
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

    const LoadResult loaded = ArticleLoader::load(files.first());
    if (!loaded.ok()) {
        err << "byline analyze: " << loaded.error << '\n';
        return 1;
    }
    Document document;
    document.setArticle(*loaded.article);
    if (published.isValid())
        document.setPublished(published);
    ExportOptions exportOptions;
    exportOptions.includeNotes = !parser.isSet(noUserOption);
    // Only a library that exists is opened: analysing never creates one and only reads it
    // (a damaged one is moved aside, as the reader would).
    if (exportOptions.includeNotes && QFile::exists(AnnotationStore::defaultPath())) {
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

    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly)) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
            return 1;
        }
        if (!exporter->write(document, &out, exportOptions) || !out.commit()) {
            err << tr("byline analyze: cannot write %1: %2").arg(out.fileName(), exporter->errorString() + out.errorString()) << '\n';
            return 1;
        }
        return 0;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !exporter->write(document, &out, exportOptions)) {
        err << tr("byline analyze: cannot write the output: %1").arg(exporter->errorString()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace Byline
