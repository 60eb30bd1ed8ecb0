// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole analysis pipeline on arbitrary text (as UTF-8, invalid bytes
// replaced), split into blocks at blank lines like the plain-text loader does.
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "model/article.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Byline::Pipeline pipeline = Byline::Pipeline::createDefault(Byline::Resources::instance());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    Byline::Article article;
    article.meta.published = QDate(2021, 11, 12);
    for (const QString &block : text.split(QStringLiteral("\n\n")))
        article.appendBlock(block, article.blocks.isEmpty() ? Byline::BlockRole::Title : Byline::BlockRole::Paragraph);
    const Byline::AnalysisResult result = pipeline.run(article, Byline::Resources::instance());
    // Every span must lie inside the text.
    for (const auto &e : result.entities)
        for (const auto &m : e.mentions)
            if (m.span.start < 0 || m.span.end > article.text.size() || m.span.start > m.span.end)
                __builtin_trap();
    for (const auto &t : result.timeline)
        if (t.span.start < 0 || t.span.end > article.text.size())
            __builtin_trap();
    for (const auto &q : result.quotes)
        if (q.span.start < 0 || q.span.end > article.text.size())
            __builtin_trap();
    return 0;
}
