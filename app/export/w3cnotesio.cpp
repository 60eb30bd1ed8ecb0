// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "w3cnotesio.h"

#include "../io/textanchor.h"
#include "../model/document.h"
#include "../model/offsetmap.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace Byline {

namespace {

const QString kContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
const QString kUrnUuid = QStringLiteral("urn:uuid:");
const QString kStylePrefix = QStringLiteral("byline-color-");

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::W3cNotesIo", s);
}

QString targetSource(const Article &article)
{
    if (!article.meta.path.isEmpty())
        return QUrl::fromLocalFile(article.meta.path).toString();
    return QStringLiteral("urn:sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A value that may be a single object or an array of them (JSON-LD allows both).
QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    return QJsonArray{v};
}

bool hasType(const QJsonObject &o, const QString &type)
{
    const QJsonArray types = asArray(o.value(QStringLiteral("type")));
    return std::any_of(types.begin(), types.end(), [&type](const QJsonValue &t) { return t.toString() == type; });
}

QJsonArray annotationItems(const QJsonValue &root)
{
    if (root.isArray())
        return root.toArray();
    const QJsonObject o = root.toObject();
    if (hasType(o, QStringLiteral("Annotation")))
        return QJsonArray{o};
    if (o.contains(QStringLiteral("items")))
        return o.value(QStringLiteral("items")).toArray();
    return o.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
}

} // namespace

QJsonObject W3cNotesIo::toJson(const Document &document)
{
    const Article &article = document.article();
    const OffsetMap map(article.text);
    const QString source = targetSource(article);
    QJsonArray items;
    for (const Note &n : document.notes()) {
        QJsonObject a;
        a.insert(QStringLiteral("@context"), kContext);
        a.insert(QStringLiteral("id"), QString(kUrnUuid + n.id));
        a.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
        a.insert(QStringLiteral("motivation"), n.body.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting"));
        if (n.created.isValid())
            a.insert(QStringLiteral("created"), n.created.toUTC().toString(Qt::ISODate));
        if (n.modified.isValid())
            a.insert(QStringLiteral("modified"), n.modified.toUTC().toString(Qt::ISODate));
        QJsonArray body;
        if (!n.body.isEmpty())
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("value"), n.body},
                                    {QStringLiteral("format"), QStringLiteral("text/plain")},
                                    {QStringLiteral("purpose"), QStringLiteral("commenting")}});
        if (!n.tag.isEmpty())
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("value"), n.tag},
                                    {QStringLiteral("purpose"), QStringLiteral("tagging")}});
        if (!body.isEmpty())
            a.insert(QStringLiteral("body"), body);

        QJsonArray selectors;
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), n.isOrphan() ? n.exact : article.textOf(n.span)},
                                     {QStringLiteral("prefix"), n.prefix},
                                     {QStringLiteral("suffix"), n.suffix}});
        if (!n.isOrphan())
            selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                         {QStringLiteral("start"), map.toCodePoint(n.span.start)},
                                         {QStringLiteral("end"), map.toCodePoint(n.span.end)}});
        QJsonObject target{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}};
        if (n.color.isValid()) {
            const QString styleClass = kStylePrefix + n.color.name().mid(1);
            target.insert(QStringLiteral("styleClass"), styleClass);
            a.insert(QStringLiteral("stylesheet"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                                 {QStringLiteral("value"), QStringLiteral(".%1 { background-color: %2; }").arg(styleClass, n.color.name())}});
        }
        a.insert(QStringLiteral("target"), target);
        items.append(a);
    }
    QJsonObject page{{QStringLiteral("type"), QStringLiteral("AnnotationPage")}, {QStringLiteral("items"), items}};
    QJsonObject collection;
    collection.insert(QStringLiteral("@context"), kContext);
    collection.insert(QStringLiteral("type"), QStringLiteral("AnnotationCollection"));
    collection.insert(QStringLiteral("label"), article.meta.title);
    collection.insert(QStringLiteral("total"), int(items.size()));
    collection.insert(QStringLiteral("first"), page);
    return collection;
}

bool W3cNotesIo::write(const Document &document, QIODevice *device, QString *error)
{
    const QByteArray data = QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
    if (!device || !device->isWritable() || device->write(data) != data.size()) {
        if (error)
            *error = tr("Could not write the annotations: %1").arg(device ? device->errorString() : QString());
        return false;
    }
    return true;
}

W3cNotesIo::ImportResult W3cNotesIo::read(const QByteArray &data, const Article &article)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (json.isNull()) {
        result.error = tr("The file is not JSON: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonArray items = annotationItems(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
    if (items.isEmpty() && !(json.isObject() && hasType(json.object(), QStringLiteral("AnnotationCollection")))) {
        result.error = tr("The file holds no W3C Web Annotations.");
        return result;
    }
    const OffsetMap map(article.text);
    for (const QJsonValue &item : items) {
        const QJsonObject a = item.toObject();
        if (!hasType(a, QStringLiteral("Annotation"))) {
            ++result.skipped;
            continue;
        }
        Note n;
        TextAnchor::Selector quote;
        int hint = -1;
        Span position;
        bool haveQuote = false;
        for (const QJsonValue &t : asArray(a.value(QStringLiteral("target")))) {
            const QJsonObject target = t.toObject();
            for (const QJsonValue &s : asArray(target.value(QStringLiteral("selector")))) {
                const QJsonObject sel = s.toObject();
                if (hasType(sel, QStringLiteral("TextQuoteSelector"))) {
                    quote = {sel.value(QStringLiteral("exact")).toString(), sel.value(QStringLiteral("prefix")).toString(),
                             sel.value(QStringLiteral("suffix")).toString()};
                    haveQuote = !quote.exact.isEmpty();
                } else if (hasType(sel, QStringLiteral("TextPositionSelector"))) {
                    const int start = sel.value(QStringLiteral("start")).toInt(-1);
                    const int end = sel.value(QStringLiteral("end")).toInt(-1);
                    if (start >= 0 && end >= start)
                        position = Span(map.fromCodePoint(start), map.fromCodePoint(end));
                }
            }
            const QString styleClass = target.value(QStringLiteral("styleClass")).toString();
            if (styleClass.startsWith(kStylePrefix))
                n.color = QColor(QLatin1Char('#') + styleClass.mid(kStylePrefix.size()));
        }
        if (!haveQuote && !(position.isValid() && position.end <= article.text.size() && position.length() > 0)) {
            ++result.skipped;
            continue;
        }
        if (haveQuote) {
            hint = position.start;
            n.exact = quote.exact;
            n.prefix = quote.prefix;
            n.suffix = quote.suffix;
            n.span = TextAnchor::anchor(article.text, quote, hint).span;
        } else {
            const TextAnchor::Selector described = TextAnchor::describe(article.text, position);
            n.span = position;
            n.exact = described.exact;
            n.prefix = described.prefix;
            n.suffix = described.suffix;
        }
        for (const QJsonValue &b : asArray(a.value(QStringLiteral("body")))) {
            const QJsonObject body = b.toObject();
            const QString value = b.isString() ? b.toString() : body.value(QStringLiteral("value")).toString();
            if (body.value(QStringLiteral("purpose")).toString() == QLatin1String("tagging"))
                n.tag = value;
            else if (n.body.isEmpty())
                n.body = value;
        }
        n.created = QDateTime::fromString(a.value(QStringLiteral("created")).toString(), Qt::ISODate);
        n.modified = QDateTime::fromString(a.value(QStringLiteral("modified")).toString(), Qt::ISODate);
        if (!n.modified.isValid())
            n.modified = n.created;
        QString id = a.value(QStringLiteral("id")).toString();
        if (id.startsWith(kUrnUuid))
            id = id.mid(kUrnUuid.size());
        if (id.isEmpty()) {
            // Same annotation, same id: re-importing a file without ids still adds nothing.
            const QByteArray key = (n.exact + QLatin1Char('\x1f') + n.prefix + QLatin1Char('\x1f') + n.suffix + QLatin1Char('\x1f')
                                    + n.body + QLatin1Char('\x1f') + n.tag)
                                       .toUtf8();
            id = QUuid::createUuidV5(QUuid(QStringLiteral("6f1c5e36-0f3a-4c8e-9a51-5b7a2d9f2c10")), key).toString(QUuid::WithoutBraces);
        }
        n.id = id;
        if (n.isOrphan())
            ++result.orphans;
        result.notes.append(n);
    }
    return result;
}

int W3cNotesIo::importInto(Document &document, const QByteArray &data, QString *error)
{
    const ImportResult r = read(data, document.article());
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return -1;
    }
    return document.addNotes(r.notes, tr("Import Annotations"));
}

} // namespace Byline
