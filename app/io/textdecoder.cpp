// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <cstring>
#include <memory>
#include <type_traits>

namespace Byline {

QString TextDecoder::encodingFromBom(const QByteArray &bytes, int *bomLength)
{
    const auto starts = [&bytes](const char *bom, int n) {
        return bytes.size() >= n && std::memcmp(bytes.constData(), bom, size_t(n)) == 0;
    };
    struct Bom
    {
        const char *bytes;
        int length;
        const char *name;
    };
    // UTF-32LE must be tested before UTF-16LE: its BOM starts with the UTF-16LE one.
    static const Bom boms[] = { { "\xEF\xBB\xBF", 3, "UTF-8" }, { "\xFF\xFE\x00\x00", 4, "UTF-32LE" },
        { "\x00\x00\xFE\xFF", 4, "UTF-32BE" }, { "\xFF\xFE", 2, "UTF-16LE" }, { "\xFE\xFF", 2, "UTF-16BE" } };
    for (const Bom &bom : boms) {
        if (starts(bom.bytes, bom.length)) {
            if (bomLength)
                *bomLength = bom.length;
            return QString::fromLatin1(bom.name);
        }
    }
    if (bomLength)
        *bomLength = 0;
    return QString();
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: news text is mostly ASCII.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

QString TextDecoder::detect(const QByteArray &bytes)
{
    const QString bom = encodingFromBom(bytes);
    if (!bom.isEmpty())
        return bom;
    if (isValidUtf8(bytes))
        return QStringLiteral("UTF-8");
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    // uchardet settles long before the end of a large file; 1 MB keeps detection fast.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 1024 * 1024);
    uchardet_handle_data(detector.get(), bytes.constData(), size_t(sample));
    uchardet_data_end(detector.get());
    const QString name = QString::fromLatin1(uchardet_get_charset(detector.get()));
    if (name.isEmpty() || name.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("windows-1252");
    // ISO-8859-1 as labelled on the web is windows-1252 (WHATWG Encoding); the C1 range holds curly quotes.
    if (name.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("windows-1252");
    return name;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const QString bom = encodingFromBom(bytes);
    if (bom.startsWith(QLatin1String("UTF-16")) || bom.startsWith(QLatin1String("UTF-32")))
        return false;
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return true;
    // Text has a few tabs and form feeds at most; binary formats without NULs are rare but full of controls.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return sample > 0 && controls * 100 > sample * 5;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &encodingHint)
{
    Result r;
    int bomLength = 0;
    QString encoding = encodingFromBom(bytes, &bomLength);
    if (encoding.isEmpty() && !encodingHint.isEmpty()) {
        UErrorCode status = U_ZERO_ERROR;
        UConverter *probe = ucnv_open(encodingHint.toLatin1().constData(), &status);
        if (U_SUCCESS(status))
            encoding = encodingHint;
        if (probe)
            ucnv_close(probe);
        // A page that says latin-1 means windows-1252 (WHATWG); ICU would map 0x80-0x9F to C1 controls.
        const QString lower = encoding.toLower();
        if (lower == QLatin1String("iso-8859-1") || lower == QLatin1String("latin1")
            || lower == QLatin1String("us-ascii") || lower == QLatin1String("ascii"))
            encoding = QStringLiteral("windows-1252");
        else if (lower == QLatin1String("utf-8") || lower == QLatin1String("utf8"))
            encoding = QStringLiteral("UTF-8");
    }
    if (encoding.isEmpty())
        encoding = detect(bytes);
    r.encoding = encoding;
    const char *data = bytes.constData() + bomLength;
    const qsizetype size = bytes.size() - bomLength;
    if (encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0) {
        r.text = QString::fromUtf8(data, int(size));
        r.ok = true;
        return r;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(encoding.toLatin1().constData(), &status);
    if (U_FAILURE(status)) {
        if (conv)
            ucnv_close(conv);
        return r;
    }
    // Every byte yields at most two UTF-16 units, so one pass with a 2n+1 buffer always suffices.
    r.text.resize(int(2 * size + 1));
    status = U_ZERO_ERROR;
    const int32_t written = ucnv_toUChars(
        conv, reinterpret_cast<UChar *>(r.text.data()), int32_t(r.text.size()), data, int32_t(size), &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) {
        r.text.clear();
        return r;
    }
    r.text.resize(written);
    r.ok = true;
    return r;
}

QString TextDecoder::normalizeNewlines(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace Byline
