// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "../model/document.h"
#include "../model/offsetmap.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Byline {

namespace {

class SpanWriter
{
public:
    explicit SpanWriter(const QString &text) : m_text(text), m_map(text) { }

    void put(QJsonObject &o, Span s, bool withText = true) const
    {
        o.insert(QStringLiteral("start"), m_map.toCodePoint(s.start));
        o.insert(QStringLiteral("end"), m_map.toCodePoint(s.end));
        if (withText)
            o.insert(QStringLiteral("text"), m_text.mid(s.start, s.length()));
    }
    QJsonValue span(Span s) const
    {
        if (!s.isValid())
            return QJsonValue::Null;
        QJsonObject o;
        put(o, s);
        return o;
    }

private:
    const QString &m_text;
    OffsetMap m_map;
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject JsonExporter::toJson(const Document &document, const ExportOptions &options)
{
    const Article &article = document.article();
    const AnalysisResult &result = document.analysis();
    const SpanWriter sw(article.text);

    QJsonObject meta;
    meta.insert(QStringLiteral("path"), article.meta.path);
    meta.insert(QStringLiteral("title"), article.meta.title);
    meta.insert(QStringLiteral("outlet"), orNull(article.meta.outlet));
    meta.insert(QStringLiteral("url"), orNull(article.meta.url));
    meta.insert(QStringLiteral("authors"), QJsonArray::fromStringList(article.meta.authors));
    meta.insert(QStringLiteral("published"),
                article.meta.published.isValid() ? QJsonValue(article.meta.published.toString(Qt::ISODate)) : QJsonValue());
    meta.insert(QStringLiteral("publishedFrom"), dateSourceName(article.meta.publishedFrom));

    QJsonArray blocks;
    for (const Block &b : article.blocks) {
        QJsonObject o;
        sw.put(o, b.range, false);
        o.insert(QStringLiteral("role"), blockRoleName(b.role));
        if (b.level > 0)
            o.insert(QStringLiteral("level"), b.level);
        blocks.append(o);
    }

    QJsonArray entities;
    for (const Entity &e : result.entities) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("type"), entityTypeName(e.type));
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases));
        QJsonArray mentions;
        for (const Mention &m : e.mentions) {
            QJsonObject mo;
            sw.put(mo, m.span);
            mo.insert(QStringLiteral("kind"), mentionKindName(m.kind));
            mo.insert(QStringLiteral("rule"), m.rule);
            mentions.append(mo);
        }
        o.insert(QStringLiteral("mentions"), mentions);
        entities.append(o);
    }

    QJsonArray quotes;
    for (const Quote &q : result.quotes) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), q.id);
        sw.put(o, q.span);
        o.insert(QStringLiteral("kind"), quoteKindName(q.kind));
        if (q.speaker) {
            QJsonObject sp;
            sp.insert(QStringLiteral("entity"), orNull(q.speaker->entityId));
            sp.insert(QStringLiteral("name"), q.speaker->name);
            if (q.speaker->span.isValid()) {
                sw.put(sp, q.speaker->span);
            } else { // named by a person, not pointed at in the text
                for (const char *key : {"start", "end", "text"})
                    sp.insert(QLatin1String(key), QJsonValue());
            }
            o.insert(QStringLiteral("speaker"), sp);
        } else {
            o.insert(QStringLiteral("speaker"), QJsonValue());
        }
        o.insert(QStringLiteral("cue"), sw.span(q.cue));
        o.insert(QStringLiteral("source"), orNull(q.sourceId));
        o.insert(QStringLiteral("rule"), q.rule);
        quotes.append(o);
    }

    QJsonArray sources;
    for (const Source &s : result.sources) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("kind"), sourceKindName(s.kind));
        o.insert(QStringLiteral("entity"), orNull(s.entityId));
        QJsonArray citations;
        for (const Citation &c : s.citations) {
            QJsonObject co;
            sw.put(co, c.span);
            co.insert(QStringLiteral("cue"), c.cue.isValid() ? sw.span(c.cue) : orNull(c.cueText));
            co.insert(QStringLiteral("claims"), QJsonArray::fromStringList(c.claims));
            citations.append(co);
        }
        o.insert(QStringLiteral("citations"), citations);
        sources.append(o);
    }

    QJsonArray timeline;
    for (const TimeExpression &t : result.timeline) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), t.id);
        sw.put(o, t.span);
        o.insert(QStringLiteral("type"), timexTypeName(t.type));
        o.insert(QStringLiteral("value"), orNull(t.value));
        if (!t.mod.isEmpty())
            o.insert(QStringLiteral("mod"), t.mod);
        o.insert(QStringLiteral("resolution"), timexResolutionName(t.resolution));
        o.insert(QStringLiteral("event"), sw.span(t.event));
        o.insert(QStringLiteral("rule"), t.rule);
        timeline.append(o);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("byline-analysis"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("article"), meta);
    root.insert(QStringLiteral("text"), article.text);
    root.insert(QStringLiteral("blocks"), blocks);
    root.insert(QStringLiteral("entities"), entities);
    root.insert(QStringLiteral("quotes"), quotes);
    root.insert(QStringLiteral("sources"), sources);
    root.insert(QStringLiteral("timeline"), timeline);
    // A person's notes and corrections; left out (empty) with options.includeNotes off.
    QJsonArray notes;
    QJsonArray corrections;
    if (options.includeNotes) {
        for (const Note &n : document.notes()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), n.id);
            if (n.isOrphan()) {
                o.insert(QStringLiteral("start"), QJsonValue());
                o.insert(QStringLiteral("end"), QJsonValue());
                o.insert(QStringLiteral("text"), n.exact);
            } else {
                sw.put(o, n.span);
            }
            o.insert(QStringLiteral("orphan"), n.isOrphan());
            o.insert(QStringLiteral("body"), n.body);
            o.insert(QStringLiteral("tag"), orNull(n.tag));
            o.insert(QStringLiteral("color"), n.color.isValid() ? QJsonValue(n.color.name()) : QJsonValue());
            notes.append(o);
        }
        for (const Correction &c : document.corrections()) {
            QJsonObject o = c.toJson();
            o.remove(QStringLiteral("start"));
            o.remove(QStringLiteral("end"));
            o.insert(QStringLiteral("span"), sw.span(c.span.end <= article.text.size() ? c.span : Span()));
            corrections.append(o);
        }
    }
    root.insert(QStringLiteral("notes"), notes);
    root.insert(QStringLiteral("corrections"), corrections);
    return root;
}

bool JsonExporter::write(const Document &document, QIODevice *device, const ExportOptions &options)
{
    return writeAll(device, QJsonDocument(toJson(document, options)).toJson(QJsonDocument::Indented));
}

} // namespace Byline
