// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleloader.h"

#include "datelinedetector.h"
#include "htmlloader.h"
#include "markdownloader.h"
#include "pdfloader.h"
#include "textdecoder.h"
#include "textloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Byline {

namespace {

// The first characters of head as text: decoded per its BOM (UTF-16/32 pages exist), else as Latin-1.
QString headText(const QByteArray &head)
{
    const QString bom = TextDecoder::encodingFromBom(head);
    if (bom.isEmpty())
        return QString::fromLatin1(head.constData(), int(qMin<qsizetype>(head.size(), 4096)));
    return TextDecoder::decode(head.left(4096)).text;
}
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QString ArticleLoader::notTextError(const QString &fileName)
{
    return QCoreApplication::translate("Byline::ArticleLoader",
        "The file %1 is not a text file: it contains binary data. Open a plain-text, Markdown, HTML or PDF article.")
        .arg(fileName);
}

QString ArticleLoader::emptyError(const QString &fileName)
{
    return QCoreApplication::translate(
        "Byline::ArticleLoader", "The file %1 is empty: there is no article text to show.")
        .arg(fileName);
}

ArticleLoader::Format ArticleLoader::detectFormat(const QByteArray &head, const QString &path)
{
    if (head.left(1024).contains("%PDF-"))
        return Format::Pdf;
    QString start = headText(head);
    int i = 0;
    while (i < start.size() && start.at(i).isSpace())
        ++i;
    start = start.mid(i);
    const QString lower = start.left(1024).toLower();
    if (lower.startsWith(QLatin1String("<!doctype html")) || lower.startsWith(QLatin1String("<html"))
        || (lower.startsWith(QLatin1String("<"))
            && (lower.contains(QLatin1String("<head")) || lower.contains(QLatin1String("<body")))))
        return Format::Html;
    if (start.startsWith(QLatin1String("---\n")) || start.startsWith(QLatin1String("---\r\n")))
        return Format::Markdown;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown")
        || suffix == QLatin1String("mkd"))
        return Format::Markdown;
    return Format::Text;
}

LoadResult ArticleLoader::load(const QString &path, const LoadOptions &options)
{
    LoadResult r;
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        r.error = QCoreApplication::translate(
            "Byline::ArticleLoader", "The file %1 does not exist. It may have been moved, renamed or deleted.")
                      .arg(path);
        return r;
    }
    if (info.isDir()) {
        r.error = QCoreApplication::translate(
            "Byline::ArticleLoader", "%1 is a folder, not an article file. Choose a file inside it.")
                      .arg(path);
        return r;
    }
    if (info.size() > options.maxBytes) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The file %1 is too large (%2; the limit is %3). Open a smaller file or raise the limit in the settings.")
                      .arg(name, sizeText(info.size()), sizeText(options.maxBytes));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QCoreApplication::translate(
            "Byline::ArticleLoader", "The file %1 cannot be read (%2). Check that you are allowed to open it.")
                      .arg(path, file.errorString());
        return r;
    }
    // Read at most one byte past the limit: the size stat can be stale or wrong (pipes, /proc),
    // so after the size it gave, read on in small steps. One read of the whole limit would
    // allocate the limit (50 MB) for every file, however small.
    QByteArray bytes = file.read(qMin(qMax<qint64>(info.size(), 0), options.maxBytes) + 1);
    while (qint64(bytes.size()) <= options.maxBytes) {
        const QByteArray more = file.read(qMin<qint64>(options.maxBytes + 1 - bytes.size(), 64 * 1024));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (qint64(bytes.size()) > options.maxBytes) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader",
            "The file %1 is larger than the limit of %2. Open a smaller file or raise the limit in the settings.")
                      .arg(name, sizeText(options.maxBytes));
        return r;
    }
    if (bytes.trimmed().isEmpty()) {
        r.error = emptyError(name);
        return r;
    }

    switch (detectFormat(bytes.left(4096), path)) {
    case Format::Pdf:
        r = PdfLoader::load(bytes, name);
        break;
    case Format::Html:
        r = HtmlLoader::load(bytes, name);
        break;
    case Format::Markdown:
        r = MarkdownLoader::load(bytes, name);
        break;
    case Format::Text:
        r = TextLoader::load(bytes, name);
        break;
    }
    if (!r.ok())
        return r;

    Article &article = *r.article;
    article.meta.path = info.absoluteFilePath();
    if (article.meta.published.isValid()) {
        article.meta.publishedFrom = DateSource::Metadata;
    } else {
        const QDate reference = options.referenceDate.isValid() ? options.referenceDate : info.lastModified().date();
        const Dateline dateline = DatelineDetector::instance().find(article, reference);
        if (dateline.date.isValid()) {
            article.meta.published = dateline.date;
            article.meta.publishedFrom = DateSource::Dateline;
        }
    }
    return r;
}

QStringList ArticleLoader::nameFilters()
{
    return { QCoreApplication::translate(
                 "Byline::ArticleLoader", "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf)"),
        QCoreApplication::translate("Byline::ArticleLoader", "Plain text (*.txt *.text)"),
        QCoreApplication::translate("Byline::ArticleLoader", "Markdown (*.md *.markdown)"),
        QCoreApplication::translate("Byline::ArticleLoader", "Web pages (*.html *.htm *.xhtml)"),
        QCoreApplication::translate("Byline::ArticleLoader", "PDF documents (*.pdf)"),
        QCoreApplication::translate("Byline::ArticleLoader", "All files (*)") };
}

} // namespace Byline
