// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Byline {

LoadResult ArticleLoader::load(const QString &path, const LoadOptions &options)
{
    LoadResult r;
    QFileInfo info(path);
    if (!info.exists()) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader", "The file %1 does not exist.").arg(path);
        return r;
    }
    if (info.size() > options.maxBytes) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader", "The file %1 is larger than the limit of %2 MB.")
                      .arg(path).arg(options.maxBytes / (1024 * 1024));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader", "The file %1 cannot be read: %2").arg(path, file.errorString());
        return r;
    }
    const QString text = QString::fromUtf8(file.readAll());
    Article a;
    a.meta.path = info.absoluteFilePath();
    a.meta.format = QStringLiteral("text");
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        a.appendBlock(p.trimmed(), a.blocks.isEmpty() ? BlockRole::Title : BlockRole::Paragraph);
    if (a.isEmpty()) {
        r.error = QCoreApplication::translate("Byline::ArticleLoader", "The file %1 is empty.").arg(path);
        return r;
    }
    a.meta.title = a.textOf(a.blocks.first().range);
    r.article = a;
    return r;
}

QStringList ArticleLoader::nameFilters()
{
    return {QCoreApplication::translate("Byline::ArticleLoader", "Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf)"),
            QCoreApplication::translate("Byline::ArticleLoader", "Plain text (*.txt *.text)"),
            QCoreApplication::translate("Byline::ArticleLoader", "Markdown (*.md *.markdown)"),
            QCoreApplication::translate("Byline::ArticleLoader", "Web pages (*.html *.htm)"),
            QCoreApplication::translate("Byline::ArticleLoader", "PDF documents (*.pdf)"),
            QCoreApplication::translate("Byline::ArticleLoader", "All files (*)")};
}

} // namespace Byline
