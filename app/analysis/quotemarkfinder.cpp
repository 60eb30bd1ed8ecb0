// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotemarkfinder.h"

#include "../model/article.h"
#include "resources.h"

#include <QSet>

#include <QtAlgorithms>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Byline {

QuoteMarkFinder::QuoteMarkFinder(const Resources &resources)
{
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/quote-marks.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3 || columns.at(0).size() != 1 || columns.at(1).size() != 1)
            continue;
        m_pairs << Pair{columns.at(0).at(0), columns.at(1).at(0), columns.at(2) == QLatin1String("single")};
        for (QChar c : {columns.at(0).at(0), columns.at(1).at(0)}) {
            if (c.unicode() >= 128) {
                m_otherMarks.set(c.unicode());
            } else {
                m_asciiMarks[c.unicode()] = true;
                m_asciiMarkLow = std::min<char16_t>(m_asciiMarkLow, c.unicode());
                m_asciiMarkHigh = m_asciiMarkHigh == 0x80 ? char16_t(c.unicode()) : std::max<char16_t>(m_asciiMarkHigh, c.unicode());
            }
        }
    }
}

// Nearly every unit of an article is an ASCII non-mark: eight at a time are told apart from the units
// between the lowest and the highest ASCII mark (for the shipped marks '"' to '\'', so also #$%&) and from any non-ASCII unit,
// which isMark() then decides, with a few vector operations.
int QuoteMarkFinder::nextMark(const QChar *data, int pos, int end) const
{
#if defined(__SSE2__)
    const __m128i low = _mm_set1_epi16(short(m_asciiMarkLow));
    const __m128i range = _mm_set1_epi16(short(m_asciiMarkHigh - m_asciiMarkLow));
    const __m128i asciiMax = _mm_set1_epi16(0x7F);
    const __m128i zero = _mm_setzero_si128();
    for (; end - pos >= 8; pos += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        // Lanes all ones where low <= unit <= high (below low the difference wraps round and saturates).
        const __m128i inRange = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(units, low), range), zero);
        const __m128i ascii = _mm_cmpeq_epi16(_mm_subs_epu16(units, asciiMax), zero);
        // Two mask bits per lane, set for a candidate: a unit in the range or not ASCII.
        unsigned candidates = unsigned(_mm_movemask_epi8(_mm_andnot_si128(inRange, ascii))) ^ 0xFFFFu;
        while (candidates) {
            const int lane = int(qCountTrailingZeroBits(candidates)) / 2;
            if (isMark(data[pos + lane]))
                return pos + lane;
            candidates &= ~(3u << (2 * lane));
        }
    }
#endif
    while (pos < end && !isMark(data[pos]))
        ++pos;
    return pos;
}

bool QuoteMarkFinder::isOpener(QChar c, bool *single) const
{
    for (const Pair &p : m_pairs) {
        if (p.open == c) {
            *single = p.single;
            return true;
        }
    }
    return false;
}

bool QuoteMarkFinder::closes(QChar open, QChar c) const
{
    for (const Pair &p : m_pairs) {
        if (p.open == open && p.close == c)
            return true;
    }
    return false;
}

static constexpr size_t kMaxOpenQuotes = 8;

static bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

QList<QuotedSpan> QuoteMarkFinder::find(const Article &article) const
{
    struct Open
    {
        int pos;
        QChar mark;
        bool single;
        bool continued;
    };
    QList<QuotedSpan> out;
    // Depth counts only enclosing marks that are closed in the end: a stray "'90s" opener must not
    // demote the quotes after it.
    std::vector<std::vector<int>> enclosing;
    QSet<int> closedOpeners;
    const QString &text = article.text;
    std::vector<Open> stack;
    const int blockCount = int(article.blocks.size());
    for (int b = 0; b < blockCount; ++b) {
        const Span range = article.blocks.at(b).range;
        int pos = range.start;
        if (!stack.empty()) {
            // Carried over from the previous paragraph: continue only if this one reopens.
            bool single = false;
            if (pos < range.end && isOpener(text.at(pos), &single) && !single) {
                stack.front().continued = true;
                ++pos;
            } else {
                stack.clear();
            }
        }
        const QChar *data = text.constData();
        for (; pos < range.end; ++pos) {
            pos = nextMark(data, pos, range.end);
            if (pos >= range.end)
                break;
            const QChar c = data[pos];
            const QChar before = pos > range.start ? text.at(pos - 1) : QChar(QLatin1Char(' '));
            const QChar after = pos + 1 < range.end ? text.at(pos + 1) : QChar(QLatin1Char(' '));
            int closing = -1;
            for (int k = int(stack.size()) - 1; k >= 0; --k) {
                if (!closes(stack[k].mark, c))
                    continue;
                if (stack[k].single && (before.isSpace() || isWordChar(after)))
                    continue;
                closing = k;
                break;
            }
            if (closing >= 0) {
                const Open o = stack[closing];
                int s = o.pos + 1, e = pos;
                while (s < e && text.at(s).isSpace())
                    ++s;
                while (e > s && text.at(e - 1).isSpace())
                    --e;
                closedOpeners.insert(o.pos);
                if (e > s) {
                    out << QuotedSpan{o.pos, pos, Span(s, e), closing, o.continued};
                    std::vector<int> outer;
                    for (int k = 0; k < closing; ++k)
                        outer.push_back(stack[k].pos);
                    enclosing.push_back(outer);
                }
                stack.resize(closing);
                continue;
            }
            bool single = false;
            if (!isOpener(c, &single))
                continue;
            if (single && (isWordChar(before) || after.isSpace()))
                continue;
            // Quotes in news nest two or three deep; a run of openers that never close must not make
            // every later mark scan them all. Beyond the cap the oldest opener is given up: a newer
            // one is the likelier partner of the next closing mark.
            if (stack.size() >= kMaxOpenQuotes)
                stack.erase(stack.begin());
            stack.push_back(Open{pos, c, single, false});
        }
        // Only an outermost double quote may run on into the next paragraph.
        if (!stack.empty()) {
            if (stack.front().single || b + 1 >= blockCount)
                stack.clear();
            else
                stack.resize(1);
        }
    }
    for (int i = 0; i < out.size(); ++i)
        out[i].depth = int(std::count_if(enclosing[i].cbegin(), enclosing[i].cend(), [&](int p) { return closedOpeners.contains(p); }));
    std::sort(out.begin(), out.end(), [](const QuotedSpan &a, const QuotedSpan &b) { return a.open < b.open; });
    return out;
}

} // namespace Byline
