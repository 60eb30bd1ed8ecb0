// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratexporter.h"

#include "../model/document.h"
#include "../model/offsetmap.h"

#include <QHash>

namespace Byline {

namespace {

QString entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("Person");
    case EntityType::Organization: return QStringLiteral("Organization");
    case EntityType::Location: return QStringLiteral("Location");
    case EntityType::Outlet: return QStringLiteral("Outlet");
    case EntityType::Other: break;
    }
    return QStringLiteral("Other");
}

QString quoteKindLabel(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return QStringLiteral("Direct");
    case QuoteKind::Indirect: return QStringLiteral("Indirect");
    case QuoteKind::Partial: break;
    }
    return QStringLiteral("Partial");
}

QString timexLabel(TimexType type)
{
    switch (type) {
    case TimexType::Date: return QStringLiteral("Date");
    case TimexType::Time: return QStringLiteral("Time");
    case TimexType::Duration: return QStringLiteral("Duration");
    case TimexType::Set: break;
    }
    return QStringLiteral("Set");
}

/** One line of free text in a note: brat reads a note up to the end of the line. */
QString oneLine(QString s)
{
    for (QChar &c : s)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return s;
}

class Writer
{
public:
    explicit Writer(const QString &text) : m_text(text), m_map(text) { }

    /** Writes a T line (unless one with the same type and span exists) and returns its id. */
    QString textBound(const QString &type, Span span)
    {
        const QString key = type + QLatin1Char(' ') + QString::number(span.start) + QLatin1Char(' ') + QString::number(span.end);
        const auto it = m_bySpan.constFind(key);
        if (it != m_bySpan.constEnd())
            return *it;
        QStringList offsets, texts;
        // brat text fields are single lines: split the span at every line break.
        int start = span.start;
        while (start <= span.end) {
            int end = m_text.indexOf(QLatin1Char('\n'), start);
            if (end < 0 || end > span.end)
                end = span.end;
            if (end > start || span.isEmpty()) {
                offsets << QString::number(m_map.toCodePoint(start)) + QLatin1Char(' ') + QString::number(m_map.toCodePoint(end));
                texts << m_text.mid(start, end - start);
            }
            if (end >= span.end)
                break;
            start = end + 1;
        }
        const QString id = QStringLiteral("T") + QString::number(++m_t);
        m_out += id + QLatin1Char('\t') + type + QLatin1Char(' ') + offsets.join(QLatin1Char(';')) + QLatin1Char('\t')
            + texts.join(QLatin1Char(' ')) + QLatin1Char('\n');
        m_bySpan.insert(key, id);
        m_anyBySpan.insert(QString::number(span.start) + QLatin1Char(' ') + QString::number(span.end), id);
        return id;
    }
    /** The id of any T line already written for exactly span, or empty. */
    QString existing(Span span) const
    {
        return m_anyBySpan.value(QString::number(span.start) + QLatin1Char(' ') + QString::number(span.end));
    }
    void note(const QString &target, const QString &text)
    {
        m_out += QStringLiteral("#") + QString::number(++m_notes) + QStringLiteral("\tAnnotatorNotes ") + target + QLatin1Char('\t')
            + oneLine(text) + QLatin1Char('\n');
    }
    void relation(const QString &type, const QString &arg1, const QString &arg2)
    {
        m_out += QStringLiteral("R") + QString::number(++m_r) + QLatin1Char('\t') + type + QStringLiteral(" Arg1:") + arg1
            + QStringLiteral(" Arg2:") + arg2 + QLatin1Char('\n');
    }
    void attribute(const QString &name, const QString &target, const QString &value)
    {
        m_out += QStringLiteral("A") + QString::number(++m_a) + QLatin1Char('\t') + name + QLatin1Char(' ') + target + QLatin1Char(' ')
            + value + QLatin1Char('\n');
    }
    void equiv(const QString &type, const QStringList &ids)
    {
        m_out += QStringLiteral("*\t") + type + QLatin1Char(' ') + ids.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    QString result() const { return m_out; }

private:
    const QString &m_text;
    OffsetMap m_map;
    QString m_out;
    QHash<QString, QString> m_bySpan;
    QHash<QString, QString> m_anyBySpan;
    int m_t = 0, m_r = 0, m_a = 0, m_notes = 0;
};

} // namespace

QString BratExporter::annotations(const Document &document, const ExportOptions &options)
{
    const AnalysisResult &result = document.analysis();
    Writer w(document.article().text);

    if (options.includeEntities) {
        for (const Entity &e : result.entities) {
            QStringList ids;
            for (const Mention &m : e.mentions)
                if (m.span.isValid())
                    ids << w.textBound(entityTypeLabel(e.type), m.span);
            if (ids.isEmpty())
                continue;
            w.note(ids.first(), e.id + QLatin1Char(' ') + e.name);
            ids.removeDuplicates();
            if (ids.size() > 1)
                w.equiv(QStringLiteral("Coreference"), ids);
        }
    }

    QHash<QString, QString> quoteIds; // quote id → T id
    if (options.includeQuotes) {
        for (const Quote &q : result.quotes) {
            if (!q.span.isValid())
                continue;
            const QString id = w.textBound(QStringLiteral("Quote"), q.span);
            quoteIds.insert(q.id, id);
            w.attribute(QStringLiteral("QuoteKind"), id, quoteKindLabel(q.kind));
            if (q.speaker && q.speaker->span.isValid()) {
                QString speaker = w.existing(q.speaker->span);
                if (speaker.isEmpty()) {
                    const Entity *e = q.speaker->entityId.isEmpty() ? nullptr : result.entity(q.speaker->entityId);
                    speaker = w.textBound(e ? entityTypeLabel(e->type) : QStringLiteral("Speaker"), q.speaker->span);
                }
                w.relation(QStringLiteral("Speaker"), speaker, id);
            }
        }
    }

    if (options.includeSources) {
        for (const Source &s : result.sources) {
            for (const Citation &c : s.citations) {
                if (!c.span.isValid())
                    continue;
                const QString id = w.textBound(QStringLiteral("Source"), c.span);
                w.note(id, sourceKindName(s.kind) + QStringLiteral(": ") + s.name);
                for (const QString &claim : c.claims)
                    if (quoteIds.contains(claim))
                        w.relation(QStringLiteral("Attribution"), id, quoteIds.value(claim));
            }
        }
    }

    if (options.includeTimeline) {
        for (const TimeExpression &t : result.timeline) {
            if (!t.span.isValid())
                continue;
            const QString id = w.textBound(timexLabel(t.type), t.span);
            w.note(id, t.value.isEmpty() ? QStringLiteral("unresolved") : t.value);
        }
    }
    return w.result();
}

QByteArray BratExporter::textFile(const Document &document)
{
    return document.article().text.toUtf8();
}

bool BratExporter::write(const Document &document, QIODevice *device, const ExportOptions &options)
{
    return writeAll(device, annotations(document, options).toUtf8());
}

} // namespace Byline
