// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Markdown export template parser (TemplateEngine::setTemplate) on
// arbitrary text, then render() with a context shaped like MarkdownExporter's. A template must
// be accepted or refused with a message naming the line; rendering must never crash.
#include "export/templateengine.h"

#include <QString>
#include <QVariant>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QVariantHash context = [] {
        QVariantMap mention{{QStringLiteral("text"), QStringLiteral("Xi *Jinping*")}, {QStringLiteral("start"), 12}};
        QVariantMap entity{{QStringLiteral("name"), QStringLiteral("Xi Jinping")},
                           {QStringLiteral("type"), QStringLiteral("person")},
                           {QStringLiteral("mentions"), QVariantList{mention, mention}}};
        return QVariantHash{{QStringLiteral("title"), QStringLiteral("Xi urges [US] cooperation")},
                            {QStringLiteral("entities"), QVariantList{entity, entity, QStringLiteral("plain")}},
                            {QStringLiteral("empty"), QVariantList()},
                            {QStringLiteral("flag"), true},
                            {QStringLiteral("count"), 3}};
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    Byline::TemplateEngine engine;
    engine.addFilter(QStringLiteral("upper"), [](const QString &s) { return s.toUpper(); });
    // Small work limits: 64 nested loops over a three-item list would otherwise take the default
    // 50 M steps, longer than libFuzzer's per-input timeout under the sanitizers.
    engine.setLimits(1 << 20, 200000);
    if (!engine.setTemplate(text)) {
        if (engine.errorString().isEmpty() || engine.isValid())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    QString error;
    const QString out = engine.render(context, &error);
    if (error.isEmpty() ? out.size() > (1 << 20) : !out.isEmpty())
        __builtin_trap(); // past the limit unstopped, or stopped and still returning text
    return 0;
}
