// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "markdownescaper.h"
#include "templateengine.h"

#include "../analysis/resources.h"
#include "../model/document.h"
#include "../model/offsetmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <utility>

namespace Byline {

namespace {

constexpr const char *Context = "Byline::MarkdownExporter";

QString tr(const char *s)
{
    return QCoreApplication::translate(Context, s);
}

/** A label in the interface language, or as written when the export keeps English. */
QString label(const char *s, bool english)
{
    return english ? QString::fromUtf8(s) : QCoreApplication::translate(Context, s);
}

// QT_TRANSLATE_NOOP with the class context spelled out: lupdate files a bare tr() in a free
// function under the namespace, where the run-time lookup would not find it.
const char *entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Person");
    case EntityType::Organization: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Organization");
    case EntityType::Location: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Location");
    case EntityType::Outlet: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Outlet");
    case EntityType::Other: break;
    }
    return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Other");
}

const char *sourceGroupLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Outlet: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Outlets");
    case SourceKind::Agency: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "News agencies");
    case SourceKind::Official: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Officials and official bodies");
    case SourceKind::Document: return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Documents");
    case SourceKind::Anonymous: break;
    }
    return QT_TRANSLATE_NOOP("Byline::MarkdownExporter", "Anonymous sources");
}

/** Turns UTF-16 spans into the fields every exported item carries. */
class Locator
{
public:
    explicit Locator(const Article &article) : m_article(article), m_map(article.text) { }

    void put(QVariantMap &item, Span span) const
    {
        const int cp = m_map.toCodePoint(span.start);
        item.insert(QStringLiteral("offset"), cp);
        item.insert(QStringLiteral("link"), MarkdownExporter::link(m_article.meta.path, cp));
        item.insert(QStringLiteral("paragraph"), paragraph(span.start));
    }
    int paragraph(int pos) const
    {
        const int b = m_article.blockAt(pos);
        return b >= 0 ? b + 1 : 0;
    }
    QString text(Span span) const { return m_article.textOf(span); }

private:
    const Article &m_article;
    OffsetMap m_map;
};

bool isCalendarValue(const QString &value)
{
    static const QRegularExpression calendar(QStringLiteral("^\\d{4}"));
    return calendar.match(value).hasMatch();
}

} // namespace

QString MarkdownExporter::link(const QString &path, int codePointOffset)
{
    return QStringLiteral("byline://open?path=") + MarkdownEscaper::urlQueryValue(path) + QStringLiteral("&offset=")
        + QString::number(codePointOffset);
}

QString MarkdownExporter::builtinTemplatePath()
{
    Resources::instance(); // registers the built-in resources
    return QStringLiteral(":/byline/export/markdown.md");
}

QVariantHash MarkdownExporter::context(const Document &document, const ExportOptions &options)
{
    const Article &article = document.article();
    const AnalysisResult &result = document.analysis();
    const Locator loc(article);
    QVariantHash c;
    // Every label below follows the interface language unless the export keeps English;
    // lupdate still files these tr() calls under Byline::MarkdownExporter.
    const bool english = options.englishLabels;
    const auto tr = [english](const char *s) { return label(s, english); };

    c.insert(QStringLiteral("frontMatter"), options.frontMatter);
    // An article without a title still gets a heading: the file it came from.
    c.insert(QStringLiteral("title"), article.meta.title.isEmpty() ? QFileInfo(article.meta.path).fileName() : article.meta.title);
    c.insert(QStringLiteral("path"), article.meta.path);
    c.insert(QStringLiteral("url"), article.meta.url);
    c.insert(QStringLiteral("source"), article.meta.url.isEmpty() ? article.meta.path : article.meta.url);
    c.insert(QStringLiteral("outlet"), article.meta.outlet);
    c.insert(QStringLiteral("authors"), article.meta.authors.join(QStringLiteral(", ")));
    c.insert(QStringLiteral("published"), article.meta.published.isValid() ? article.meta.published.toString(Qt::ISODate) : QString());
    c.insert(QStringLiteral("exported"), exportTime(options).toString(Qt::ISODate));

    const int level = std::clamp(options.headingLevel, 1, 4);
    c.insert(QStringLiteral("h1"), QString(level, QLatin1Char('#')));
    c.insert(QStringLiteral("h2"), QString(std::min(level + 1, 6), QLatin1Char('#')));
    c.insert(QStringLiteral("h3"), QString(std::min(level + 2, 6), QLatin1Char('#')));

    const QList<QPair<const char *, QString>> labels{
        {"labelEntities", tr("Entities")},
        {"labelQuotes", tr("Quotes")},
        {"labelSources", tr("Sources")},
        {"labelTimeline", tr("Timeline")},
        {"labelNotes", tr("Notes")},
        {"labelEntity", tr("Entity")},
        {"labelType", tr("Type")},
        {"labelMentions", tr("Mentions")},
        {"labelAliases", tr("Aliases")},
        {"labelFirstMention", tr("First mention")},
        {"labelVia", tr("via")},
        {"labelContext", tr("In context")},
        {"labelAnonymous", tr("anonymous")},
        {"labelDate", tr("Date")},
        {"labelExpression", tr("Expression")},
        {"labelEvent", tr("Event")},
    };
    for (const auto &l : labels)
        c.insert(QString::fromLatin1(l.first), l.second);

    QVariantList entities;
    if (options.includeEntities) {
        for (const Entity &e : result.entities) {
            QVariantMap item;
            item.insert(QStringLiteral("id"), e.id);
            item.insert(QStringLiteral("name"), e.name);
            item.insert(QStringLiteral("type"), label(entityTypeLabel(e.type), english));
            const int names = e.nameMentionCount();
            item.insert(QStringLiteral("mentions"), names > 0 ? names : int(e.mentions.size()));
            item.insert(QStringLiteral("aliases"), e.aliases.join(QStringLiteral(", ")));
            if (!e.mentions.isEmpty())
                loc.put(item, e.mentions.first().span);
            entities << item;
        }
    }
    c.insert(QStringLiteral("entities"), entities);

    QVariantList quotes;
    QStringList speakers;
    if (options.includeQuotes) {
        for (const Quote &q : result.quotes) {
            QVariantMap item;
            item.insert(QStringLiteral("id"), q.id);
            item.insert(QStringLiteral("text"), loc.text(q.span));
            item.insert(QStringLiteral("kind"), quoteKindName(q.kind));
            const QString speaker = q.speaker && !q.speaker->name.isEmpty() ? q.speaker->name : QString();
            item.insert(QStringLiteral("speaker"), speaker.isEmpty() ? tr("unattributed") : speaker);
            if (!speaker.isEmpty() && !speakers.contains(speaker))
                speakers << speaker;
            const Source *source = q.sourceId.isEmpty() ? nullptr : result.source(q.sourceId);
            // "Karine Jean-Pierre, via Karine Jean-Pierre" says nothing: a source that is the speaker is not repeated.
            // Nor is "Reports, via reports": an anonymous source names the speaker the same way.
            const bool sourceIsSpeaker = source
                && ((q.speaker && !source->entityId.isEmpty() && source->entityId == q.speaker->entityId)
                    || source->name.compare(speaker, Qt::CaseInsensitive) == 0);
            item.insert(QStringLiteral("source"), source && !sourceIsSpeaker ? source->name : QString());
            loc.put(item, q.span);
            const int b = article.blockAt(q.span.start);
            if (options.includeContext && b >= 0) {
                const Span para = article.blocks.at(b).range;
                if (para != q.span)
                    item.insert(QStringLiteral("context"), loc.text(para));
            }
            quotes << item;
        }
    }
    c.insert(QStringLiteral("quotes"), quotes);

    QVariantList groups;
    int anonymous = 0;
    if (options.includeSources) {
        for (SourceKind kind : {SourceKind::Outlet, SourceKind::Agency, SourceKind::Official, SourceKind::Document, SourceKind::Anonymous}) {
            QVariantList sources;
            for (const Source &s : result.sources) {
                if (s.kind != kind)
                    continue;
                QVariantMap item;
                item.insert(QStringLiteral("id"), s.id);
                item.insert(QStringLiteral("name"), s.name);
                item.insert(QStringLiteral("anonymous"), kind == SourceKind::Anonymous);
                QVariantList citations;
                for (const Citation &ct : s.citations) {
                    QVariantMap ci;
                    ci.insert(QStringLiteral("text"), loc.text(ct.span));
                    ci.insert(QStringLiteral("cue"), ct.cue.isValid() ? loc.text(ct.cue) : ct.cueText);
                    loc.put(ci, ct.span);
                    citations << ci;
                }
                item.insert(QStringLiteral("citations"), citations);
                sources << item;
                if (kind == SourceKind::Anonymous)
                    ++anonymous;
            }
            if (sources.isEmpty())
                continue;
            QVariantMap group;
            group.insert(QStringLiteral("kind"), label(sourceGroupLabel(kind), english));
            group.insert(QStringLiteral("sources"), sources);
            groups << group;
        }
    }
    c.insert(QStringLiteral("sourceGroups"), groups);

    QVariantList timeline;
    if (options.includeTimeline) {
        QList<const TimeExpression *> order;
        for (const TimeExpression &t : result.timeline)
            order << &t;
        // Calendar values (2015-09-25, 2021-W46, 2021-10) sort as strings; durations, sets and
        // PRESENT_REF have no place on the calendar and follow in text order.
        std::stable_sort(order.begin(), order.end(), [](const TimeExpression *a, const TimeExpression *b) {
            const bool ca = isCalendarValue(a->value), cb = isCalendarValue(b->value);
            if (ca != cb)
                return ca;
            return ca && a->value < b->value;
        });
        for (const TimeExpression *t : std::as_const(order)) {
            QVariantMap item;
            item.insert(QStringLiteral("id"), t->id);
            item.insert(QStringLiteral("date"), t->value.isEmpty() ? tr("unresolved") : t->value);
            item.insert(QStringLiteral("value"), t->value);
            item.insert(QStringLiteral("type"), timexTypeName(t->type));
            item.insert(QStringLiteral("text"), loc.text(t->span));
            item.insert(QStringLiteral("event"), t->event.isValid() ? loc.text(t->event) : QString());
            loc.put(item, t->span);
            timeline << item;
        }
    }
    c.insert(QStringLiteral("timeline"), timeline);
    // A person's notes and highlights on the text, in the order they were made; orphans (text no
    // longer found) have no place to link to and are left out.
    QVariantList notes;
    if (options.includeNotes) {
        for (const Note &n : document.notes()) {
            if (n.isOrphan() || n.span.end > article.text.size())
                continue;
            QVariantMap item;
            item.insert(QStringLiteral("quote"), loc.text(n.span).simplified());
            item.insert(QStringLiteral("body"), n.tag.isEmpty() ? n.body : QString(n.body + QStringLiteral(" #") + n.tag).trimmed());
            loc.put(item, n.span);
            notes << item;
        }
    }
    c.insert(QStringLiteral("notes"), notes);

    c.insert(QStringLiteral("entityCount"), entities.size());
    c.insert(QStringLiteral("quoteCount"), quotes.size());
    c.insert(QStringLiteral("sourceCount"), options.includeSources ? int(result.sources.size()) : 0);
    c.insert(QStringLiteral("timelineCount"), timeline.size());
    c.insert(QStringLiteral("noteCount"), notes.size());

    QStringList summary;
    if (!article.meta.outlet.isEmpty())
        summary << tr("Outlet: %1").arg(article.meta.outlet);
    if (article.meta.published.isValid())
        summary << tr("Published: %1").arg(article.meta.published.toString(Qt::ISODate));
    summary << tr("Entities: %1").arg(entities.size());
    summary << tr("Quotes: %1 (speakers: %2)").arg(quotes.size()).arg(speakers.size());
    summary << tr("Sources: %1 (anonymous: %2)").arg(options.includeSources ? result.sources.size() : 0).arg(anonymous);
    summary << tr("Timeline: %1").arg(timeline.size());
    c.insert(QStringLiteral("summary"), summary.join(QStringLiteral(" · ")));
    return c;
}

QString MarkdownExporter::render(const Document &document, const ExportOptions &options)
{
    m_error.clear();
    const QString path = options.templatePath.isEmpty() ? Resources::instance().locate(QStringLiteral("export/markdown.md"))
                                                        : options.templatePath;
    QFile file(path.isEmpty() ? builtinTemplatePath() : path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the template %1: %2").arg(file.fileName(), file.errorString());
        return QString();
    }
    TemplateEngine engine;
    engine.addFilter(QStringLiteral("md"), &MarkdownEscaper::inlineText);
    engine.addFilter(QStringLiteral("yaml"), &MarkdownEscaper::yamlScalar);
    engine.addFilter(QStringLiteral("url"), &MarkdownEscaper::urlQueryValue);
    engine.setDefaultFilter(QStringLiteral("md"));
    QString templateText = QString::fromUtf8(file.readAll());
    templateText.replace(QLatin1String("\r\n"), QLatin1String("\n")); // a template saved on Windows
    if (!engine.setTemplate(templateText)) {
        m_error = tr("The template %1 is not valid. %2").arg(file.fileName(), engine.errorString());
        return QString();
    }
    QString out = engine.render(context(document, options), &m_error);
    if (!m_error.isEmpty())
        return QString(); // a work limit stopped a runaway template; m_error says which
    // Dropped sections leave blank lines behind; Markdown wants at most one in a row.
    static const QRegularExpression blankRun(QStringLiteral("\\n[ \\t]*\\n(?:[ \\t]*\\n)+"));
    out.replace(blankRun, QStringLiteral("\n\n"));
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    out += QLatin1Char('\n');
    return out;
}

bool MarkdownExporter::write(const Document &document, QIODevice *device, const ExportOptions &options)
{
    const QString text = render(document, options);
    if (text.isEmpty() && !m_error.isEmpty())
        return false;
    return writeAll(device, text.toUtf8());
}

} // namespace Byline
