// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ArticleLoader on arbitrary bytes saved with the extension given at build
// time (BYLINE_FUZZ_EXTENSION: txt, md, html, pdf), so each loader gets its own target.
// The loader must return an article or an error, never crash, and keep blocks inside the text.
#include "io/articleloader.h"

#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/byline-fuzz-%1.").arg(::getpid()) + QStringLiteral(BYLINE_FUZZ_EXTENSION);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const Byline::LoadResult r = Byline::ArticleLoader::load(path);
    if (r.ok()) {
        int previousEnd = 0;
        for (const Byline::Block &b : r.article->blocks) {
            if (b.range.start < previousEnd || b.range.end > r.article->text.size() || b.range.start > b.range.end)
                __builtin_trap();
            previousEnd = b.range.end;
        }
    } else if (r.error.isEmpty()) {
        __builtin_trap(); // a failure must say why
    }
    return 0;
}
