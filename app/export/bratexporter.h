// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QByteArray>

namespace Byline {

/**
 * brat standoff (https://brat.nlplab.org/standoff.html): write() produces the .ann file; the
 * matching .txt is exactly textFile() (Article::text as UTF-8), since brat offsets point into it.
 *
 * Offsets are Unicode code points, end-exclusive (as brat counts them). A span crossing a line
 * break is written as discontinuous fragments split at each '\n' ("0 5;6 11"), and the text
 * field joins the fragments with a space, as brat does. What is written, in this order:
 * - entities: one T line per mention, type Person|Organization|Location|Outlet|Other; a note
 *   `#n AnnotatorNotes Tk <entity id> <canonical name>` on the first mention and, when there are
 *   several, `*\tCoreference Tk Tl …` grouping the mentions.
 * - quotes: T lines of type Quote with `An\tQuoteKind Tk Direct|Indirect|Partial`; the speaker
 *   is `Rn\tSpeaker Arg1:<speaker T> Arg2:<quote T>` (the speaker mention's T, or a new T of
 *   type Speaker when the speaker resolves to no entity mention).
 * - sources: a T line of type Source per citation with the note "<kind>: <name>", and
 *   `Rn\tAttribution Arg1:<citation T> Arg2:<quote T>` for each quote the citation backs.
 * - time expressions: T lines of type Date|Time|Duration|Set with the note holding the TIMEX3
 *   value ("2015-09-25"; "unresolved" when empty).
 * Annotation ids are numbered in that order, so the file is deterministic. Not thread-safe per
 * instance (errorString()).
 */
class BratExporter : public Exporter
{
public:
    QString formatName() const override { return QStringLiteral("brat"); }
    bool write(const Document &document, QIODevice *device, const ExportOptions &options) override;

    /** The .ann content. */
    static QString annotations(const Document &document, const ExportOptions &options = ExportOptions());
    /** The .txt the offsets point into. */
    static QByteArray textFile(const Document &document);
};

} // namespace Byline
