// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_annotationstore's crash test: writes notes into the library given as
// the only argument, one transaction each, and prints "committed <id>" after each commit
// returned. The test kills it with SIGKILL at a random moment.
#include "io/annotationstore.h"
#include "model/article.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Byline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: annotationstore_crashhelper LIBRARY\n");
        return 2;
    }
    AnnotationStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    Article article;
    article.meta.path = QStringLiteral("/crash-test/article.txt");
    article.appendBlock(QStringLiteral("Crash test article"), BlockRole::Title);
    article.appendBlock(QStringLiteral("Every note is committed before it is reported."), BlockRole::Paragraph);
    const qint64 id = store.load(article).articleId;
    for (int i = 0; i < 1000000; ++i) {
        Note n;
        n.id = Note::createId();
        n.span = Span(19, 24);
        n.exact = article.textOf(n.span);
        n.body = QStringLiteral("note %1").arg(i);
        n.created = n.modified = QDateTime::currentDateTimeUtc();
        if (!store.saveNote(id, n)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(n.id));
        std::fflush(stdout);
    }
    return 0;
}
