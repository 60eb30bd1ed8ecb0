// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Byline {

class Document;

/**
 * Analyses many articles in parallel for "byline analyze DIR… -o OUTDIR [-j N]".
 *
 * Inputs are files and folders (searched recursively for .txt, .text, .md, .markdown, .html,
 * .htm, .pdf). Each article is loaded, analysed and handed to the writer with the output path
 * OUTDIR/<path relative to its input folder>.<extension>; a file that fails does not stop the
 * others. Runs on a QThreadPool of `jobs` threads (0 = all cores). Progress goes to the
 * stream given when it is a terminal; the summary always does.
 */
class BatchAnalyzer
{
public:
    /** Writes one analysed document to outPath; returns false with *error set on failure. */
    using Writer = std::function<bool(const Document &document, const QString &outPath, QString *error)>;

    struct Failure
    {
        QString path;
        QString error;
    };

    BatchAnalyzer(Writer writer, QString extension);

    void setJobs(int jobs) { m_jobs = jobs; }
    /** The publication date to impose on every article (invalid: each article's own). */
    void setPublished(const QDate &date) { m_published = date; }

    /** Expands folders into article files, sorted; sets *error for an input that does not exist. */
    static QStringList collect(const QStringList &inputs, QStringList *roots, QString *error);

    /** Runs the batch; returns the failures (empty when every article was written). */
    QList<Failure> run(const QStringList &inputs, const QString &outDir, QTextStream &progress, bool showProgress);

private:
    Writer m_writer;
    QString m_extension;
    int m_jobs = 0;
    QDate m_published;
};

} // namespace Byline
