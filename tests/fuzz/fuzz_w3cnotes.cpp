// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: W3C Web Annotation import (W3cNotesIo::read) on arbitrary bytes, anchored
// to the sample article. It must return notes or an error, never crash; every anchored note
// must lie inside the article.
#include "analysis/resources.h"
#include "export/w3cnotesio.h"
#include "io/articleloader.h"
#include "model/article.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Byline::Article article = [] {
        const Byline::LoadResult r =
            Byline::ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
        return r.ok() ? *r.article : Byline::Article();
    }();
    if (article.text.isEmpty())
        __builtin_trap(); // the sample must load, or the target tests nothing
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    const Byline::W3cNotesIo::ImportResult r = Byline::W3cNotesIo::read(bytes, article);
    if (!r.ok())
        return 0;
    for (const Byline::Note &n : r.notes) {
        if (!n.span.isValid())
            continue; // an orphan
        if (n.span.start < 0 || n.span.end > article.text.size() || n.span.start > n.span.end)
            __builtin_trap();
    }
    return 0;
}
