// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/note.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace Byline {

class Document;
struct Article;

/**
 * A person's notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/),
 * so they travel to other tools and machines: File › Export Annotations / Import Annotations.
 *
 * Export writes an AnnotationCollection whose items are Annotations with id "urn:uuid:<note id>",
 * motivation "commenting" (or "highlighting" for an empty body), TextualBody items for the
 * body (purpose commenting) and the tag (purpose tagging), the colour as a CssStylesheet +
 * styleClass, and a target with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector in Unicode code points (left out for orphans).
 *
 * Import accepts a collection (items or first.items), a page, a list or a single annotation;
 * anchors each to the article with TextAnchor (the position is only a hint) and keeps those
 * that do not anchor as orphans. Ids are kept (an annotation without one gets a UUID derived
 * from its content), so importing the same file twice adds nothing the second time.
 */
class W3cNotesIo
{
public:
    struct ImportResult
    {
        QList<Note> notes;
        int orphans = 0;  ///< notes whose text is not in the article
        int skipped = 0;  ///< items that are not annotations with a text selector
        QString error;    ///< set when the data is not Web Annotation JSON at all

        bool ok() const { return error.isEmpty(); }
    };

    static QJsonObject toJson(const Document &document);
    /** Writes toJson(); false with *error set when the device fails. */
    static bool write(const Document &document, QIODevice *device, QString *error = nullptr);

    /** Parses data and anchors each annotation to article; changes nothing. */
    static ImportResult read(const QByteArray &data, const Article &article);
    /** read() and add the notes the document does not have yet as one undo step. Returns how many were added, -1 on error. */
    static int importInto(Document &document, const QByteArray &data, QString *error = nullptr);
};

} // namespace Byline
