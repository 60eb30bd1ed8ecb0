// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "w3cexporter.h"

#include "../model/document.h"
#include "../model/offsetmap.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace Byline {

namespace {

constexpr int kContextLength = 32; // prefix/suffix length used by Hypothesis and Apache Annotator

QString textHash(const Article &article)
{
    return QString::fromLatin1(QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void appendEntities(const Document &document, const OffsetMap &map, QJsonArray &items)
{
    const Article &article = document.article();
    for (const Entity &e : document.analysis().entities) {
        for (int i = 0; i < e.mentions.size(); ++i) {
            const Mention &m = e.mentions.at(i);
            if (!m.span.isValid())
                continue;
            const QJsonArray bodies{W3cExporter::textualBody(QStringLiteral("classifying"), entityTypeName(e.type)),
                                    W3cExporter::textualBody(QStringLiteral("identifying"), e.name)};
            items.append(W3cExporter::annotation(article, e.id + QStringLiteral("/m") + QString::number(i + 1), QStringLiteral("identifying"),
                                                 bodies, W3cExporter::target(article, map, m.span)));
        }
    }
}

void appendQuotes(const Document &document, const OffsetMap &map, QJsonArray &items)
{
    const Article &article = document.article();
    const AnalysisResult &result = document.analysis();
    for (const Quote &q : result.quotes) {
        if (!q.span.isValid())
            continue;
        QJsonArray bodies{W3cExporter::textualBody(QStringLiteral("tagging"), QStringLiteral("quote")),
                          W3cExporter::textualBody(QStringLiteral("classifying"), quoteKindName(q.kind))};
        if (q.speaker && !q.speaker->name.isEmpty())
            bodies.append(W3cExporter::textualBody(QStringLiteral("describing"), QStringLiteral("speaker: ") + q.speaker->name));
        if (const Source *s = q.sourceId.isEmpty() ? nullptr : result.source(q.sourceId))
            bodies.append(W3cExporter::textualBody(QStringLiteral("describing"), QStringLiteral("via: ") + s->name));
        items.append(W3cExporter::annotation(article, q.id, QStringLiteral("tagging"), bodies, W3cExporter::target(article, map, q.span)));
    }
}

void appendSources(const Document &document, const OffsetMap &map, QJsonArray &items)
{
    const Article &article = document.article();
    for (const Source &s : document.analysis().sources) {
        for (int i = 0; i < s.citations.size(); ++i) {
            const Citation &c = s.citations.at(i);
            if (!c.span.isValid())
                continue;
            const QJsonArray bodies{W3cExporter::textualBody(QStringLiteral("tagging"), QStringLiteral("source")),
                                    W3cExporter::textualBody(QStringLiteral("classifying"), sourceKindName(s.kind)),
                                    W3cExporter::textualBody(QStringLiteral("identifying"), s.name)};
            items.append(W3cExporter::annotation(article, s.id + QStringLiteral("/c") + QString::number(i + 1), QStringLiteral("tagging"),
                                                 bodies, W3cExporter::target(article, map, c.span)));
        }
    }
}

void appendTimeline(const Document &document, const OffsetMap &map, QJsonArray &items)
{
    const Article &article = document.article();
    for (const TimeExpression &t : document.analysis().timeline) {
        if (!t.span.isValid())
            continue;
        QJsonArray bodies{W3cExporter::textualBody(QStringLiteral("classifying"), timexTypeName(t.type))};
        if (!t.value.isEmpty())
            bodies.append(W3cExporter::textualBody(QStringLiteral("describing"), t.value));
        items.append(W3cExporter::annotation(article, t.id, QStringLiteral("tagging"), bodies, W3cExporter::target(article, map, t.span)));
    }
}

} // namespace

QJsonObject W3cExporter::textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QString W3cExporter::sourceIri(const Article &article)
{
    if (!article.meta.url.isEmpty())
        return article.meta.url;
    return QUrl::fromLocalFile(article.meta.path).toString(QUrl::FullyEncoded);
}

QJsonObject W3cExporter::target(const Article &article, const OffsetMap &map, Span span)
{
    const QString &text = article.text;
    int from = std::max(0, span.start - kContextLength);
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    int to = std::min(int(text.size()), span.end + kContextLength);
    if (to < text.size() && to > 0 && text.at(to - 1).isHighSurrogate())
        ++to;
    const QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                            {QStringLiteral("exact"), article.textOf(span)},
                            {QStringLiteral("prefix"), text.mid(from, span.start - from)},
                            {QStringLiteral("suffix"), text.mid(span.end, to - span.end)}};
    const QJsonObject position{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                               {QStringLiteral("start"), map.toCodePoint(span.start)},
                               {QStringLiteral("end"), map.toCodePoint(span.end)}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                       {QStringLiteral("source"), sourceIri(article)},
                       {QStringLiteral("selector"), QJsonArray{quote, position}}};
}

QJsonObject W3cExporter::annotation(const Article &article, const QString &localId, const QString &motivation, const QJsonArray &bodies,
                                    const QJsonObject &target)
{
    return QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("urn:byline:") + textHash(article) + QLatin1Char(':') + localId)},
                       {QStringLiteral("type"), QStringLiteral("Annotation")},
                       {QStringLiteral("motivation"), motivation},
                       {QStringLiteral("body"), bodies},
                       {QStringLiteral("target"), target}};
}

QJsonArray W3cExporter::annotations(const Document &document, const ExportOptions &options)
{
    const OffsetMap map(document.article().text);
    QJsonArray items;
    if (options.includeEntities)
        appendEntities(document, map, items);
    if (options.includeQuotes)
        appendQuotes(document, map, items);
    if (options.includeSources)
        appendSources(document, map, items);
    if (options.includeTimeline)
        appendTimeline(document, map, items);
    // Notes (ExportOptions::includeNotes) are appended here once Document holds them.
    return items;
}

QJsonObject W3cExporter::toJson(const Document &document, const ExportOptions &options)
{
    const Article &article = document.article();
    const QJsonArray items = annotations(document, options);
    const QJsonObject page{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                           {QStringLiteral("startIndex"), 0},
                           {QStringLiteral("items"), items}};
    return QJsonObject{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                       {QStringLiteral("id"), QString(QStringLiteral("urn:byline:") + textHash(article))},
                       {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                       {QStringLiteral("label"), article.meta.title},
                       {QStringLiteral("generator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                                                                 {QStringLiteral("name"), QStringLiteral("Byline")}}},
                       {QStringLiteral("generated"), exportTime(options).toString(Qt::ISODate)},
                       {QStringLiteral("total"), int(items.size())},
                       {QStringLiteral("first"), page}};
}

bool W3cExporter::write(const Document &document, QIODevice *device, const ExportOptions &options)
{
    return writeAll(device, QJsonDocument(toJson(document, options)).toJson(QJsonDocument::Indented));
}

} // namespace Byline
