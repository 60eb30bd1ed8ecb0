// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Byline {

class Document;

/** Options shared by every export format; formats ignore what does not apply to them. */
struct ExportOptions
{
    bool includeNotes = true;
    bool includeContext = true;
    bool frontMatter = true;
    int headingLevel = 1;
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

protected:
    /** Writes all of data; sets errorString() and returns false on a short write. */
    bool writeAll(QIODevice *device, const QByteArray &data);
    QString m_error;
};

} // namespace Byline
