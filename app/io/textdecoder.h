// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Byline {

/**
 * Detects the character encoding of article bytes and converts them to a QString.
 *
 * Detection order: a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), then strict UTF-8
 * validation (pure ASCII counts as UTF-8), then uchardet's guess; conversion of anything but
 * UTF-8 goes through ICU (ucnv). A caller that knows the charset (an HTML <meta charset>) passes
 * it as a hint; an unknown hint is ignored. Line ends are left alone: see normalizeNewlines().
 *
 * Stateless; every function is thread-safe and linear in the input size.
 */
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; ///< canonical name used, e.g. "UTF-8", "UTF-16LE", "windows-1252", "GB18030"
        bool ok = false; ///< false when no converter could be opened for the detected charset
    };

    /** Encoding named by a byte-order mark at the start of bytes, or empty; *bomLength gets its size. */
    static QString encodingFromBom(const QByteArray &bytes, int *bomLength = nullptr);
    /** True when bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
    static bool isValidUtf8(const QByteArray &bytes);
    /** BOM, else UTF-8 if valid, else uchardet (falls back to windows-1252 when it has no answer). */
    static QString detect(const QByteArray &bytes);
    /** True when bytes hold NUL bytes or many control characters outside a UTF-16/UTF-32 BOM. */
    static bool looksBinary(const QByteArray &bytes);
    /** Decodes bytes (BOM stripped); encodingHint, when not empty and known to ICU, wins over detection except a BOM.
     */
    static Result decode(const QByteArray &bytes, const QString &encodingHint = QString());
    /** CRLF and lone CR become LF. */
    static QString normalizeNewlines(const QString &text);
};

} // namespace Byline
