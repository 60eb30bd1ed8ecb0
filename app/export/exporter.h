// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class QIODevice;

namespace Byline {

class Document;

/** Options shared by every export format; formats ignore what does not apply to them. */
struct ExportOptions
{
    bool includeEntities = true;
    bool includeQuotes = true;
    bool includeSources = true;
    bool includeTimeline = true;
    bool includeNotes = true;
    bool includeContext = true; ///< quotes are followed by the paragraph they are in
    bool frontMatter = true;    ///< YAML front matter (Markdown)
    int headingLevel = 1;       ///< level of the title heading, 1–4; sections are one level deeper
    bool englishLabels = false; ///< Markdown: headings, labels and type names in English whatever the interface language
    QString templatePath;       ///< a template file of the person's own (Markdown); empty: the built-in layout
    QDateTime exportedAt;       ///< the "exported at" stamp; invalid: see Exporter::exportTime()
};

/**
 * Writes a Document in one format (CoreNLP outputters, KSyntaxHighlighting's back-ends).
 * write() returns false with errorString() set when the device fails; it never throws.
 */
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual QString formatName() const = 0;
    virtual bool write(const Document &document, QIODevice *device, const ExportOptions &options) = 0;
    QString errorString() const { return m_error; }

    /**
     * When the export happened, in UTC: options.exportedAt when valid, else the time given by
     * the SOURCE_DATE_EPOCH environment variable (seconds since 1970, the reproducible-builds
     * convention; tests and golden files use it), else now. Second precision.
     */
    static QDateTime exportTime(const ExportOptions &options);

protected:
    /** Writes all of data; sets errorString() and returns false on a short write. */
    bool writeAll(QIODevice *device, const QByteArray &data);
    QString m_error;
};

} // namespace Byline
