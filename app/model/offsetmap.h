// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Byline {

/**
 * Converts UTF-16 offsets into a text to Unicode code point offsets and back.
 *
 * Spans live in UTF-16 units (QString); the W3C Web Annotation TextPositionSelector
 * and the JSON export use code points. Built once per text in O(n); lookups are O(log k)
 * where k is the number of astral (surrogate-pair) characters, O(1) when there are none.
 */
class OffsetMap
{
public:
    explicit OffsetMap(const QString &text);

    /** Code point offset of UTF-16 offset pos (a pos between the two halves of a pair counts as after the character). */
    int toCodePoint(int pos) const;
    /** UTF-16 offset of code point offset cp. */
    int fromCodePoint(int cp) const;

private:
    QVector<int> m_astral; ///< UTF-16 offsets of the high surrogate of each astral character
};

} // namespace Byline
