// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Byline {

/**
 * A cheap exact test before a hash lookup: which (ASCII first character, length) pairs the words
 * of a list have. mayContain() false means no word of the list can match; words whose first
 * character is not ASCII always say true, lengths of 63 and more share one bit.
 */
class FirstLengthFilter
{
public:
    void add(QStringView word)
    {
        if (!word.isEmpty() && word.front().unicode() < 128)
            m_bits[word.front().unicode()] |= quint64(1) << bit(word.size());
    }
    bool mayContain(QChar first, qsizetype length) const
    {
        const char16_t u = first.unicode();
        return u >= 128 || (m_bits[u] >> bit(length)) & 1u;
    }

private:
    static int bit(qsizetype length) { return int(qMin<qsizetype>(length, 63)); }

    quint64 m_bits[128] = {}; ///< per ASCII first character: bit n for a word of length n
};

} // namespace Byline
