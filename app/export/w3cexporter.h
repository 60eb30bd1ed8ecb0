// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Byline {

struct Article;
struct Span;
class OffsetMap;

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: one
 * AnnotationCollection whose single AnnotationPage holds an Annotation per entity mention,
 * quote, source citation and time expression (and, later, per note).
 *
 * Every target carries the article's IRI (its URL, else a file: URL of its path) and two
 * selectors: TextQuoteSelector (exact, plus up to 32 characters of prefix and suffix, never
 * splitting a surrogate pair) and TextPositionSelector (start/end in Unicode code points,
 * end-exclusive, as the model requires). Annotation ids are
 * "urn:byline:<first 16 hex digits of SHA-1 of the text>:<layer id>", stable across exports.
 * Bodies are TextualBody values with a purpose: classifying (type or kind), identifying
 * (canonical name), tagging ("quote", "source") and describing (speaker, TIMEX3 value).
 *
 * Extension point for notes: a person's notes are one more layer. Add a function next to the
 * four in annotations() that appends one annotation per note (motivation "commenting" or
 * "highlighting", body the note text, target from target()), honouring
 * ExportOptions::includeNotes. annotation() and target() are public so that an importer can
 * build and re-anchor the same objects.
 *
 * Not thread-safe per instance (errorString()).
 */
class W3cExporter : public Exporter
{
public:
    QString formatName() const override { return QStringLiteral("w3c"); }
    bool write(const Document &document, QIODevice *device, const ExportOptions &options) override;

    /** The AnnotationCollection that write() serialises. */
    static QJsonObject toJson(const Document &document, const ExportOptions &options = ExportOptions());
    /** Every annotation, layer by layer (entities, quotes, sources, timeline; notes go here). */
    static QJsonArray annotations(const Document &document, const ExportOptions &options);

    /** The IRI annotations target: the article URL, else a file: URL of its path. */
    static QString sourceIri(const Article &article);
    /** A SpecificResource on span (UTF-16) with both selectors; map must be built on article.text. */
    static QJsonObject target(const Article &article, const OffsetMap &map, Span span);
    /** An Annotation with id "urn:byline:<text hash>:<localId>". */
    static QJsonObject annotation(const Article &article, const QString &localId, const QString &motivation, const QJsonArray &bodies,
                                  const QJsonObject &target);
    /** A TextualBody with that purpose and value. */
    static QJsonObject textualBody(const QString &purpose, const QString &value);
};

} // namespace Byline
