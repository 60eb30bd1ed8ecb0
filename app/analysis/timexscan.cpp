// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexscan_p.h"

#include <utility>

namespace Byline {

int TimexScan::parseDigits(QStringView v)
{
    if (v.isEmpty() || v.size() > 9)
        return -1;
    int n = 0;
    for (QChar c : v) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            n = n * 10 + (u - u'0');
            continue;
        }
        if (u < 128 || !c.isDigit())
            return -1;
        n = n * 10 + c.digitValue();
    }
    return n;
}

int TimexScan::parseDigitOrdinal(QStringView v)
{
    // Most tokens asked are words: a first character that is no digit fails parseDigits() below anyway.
    if (v.size() < 3 || !v.front().isDigit())
        return -1;
    const QStringView suffix = v.right(2);
    if (!equalsIgnoringCase(suffix, "st") && !equalsIgnoringCase(suffix, "nd") && !equalsIgnoringCase(suffix, "rd")
        && !equalsIgnoringCase(suffix, "th"))
        return -1;
    return parseDigits(v.chopped(2));
}

TimexForm::Tense TimexScan::tenseAround(int begin, int end) const
{
    // A preposition right before the expression decides ("since Monday", "until Friday").
    if (const Entry *e = at(begin - 1); e && e->tense != 0 && (is(begin - 1, "since") || is(begin - 1, "until") || is(begin - 1, "till")))
        return e->tense < 0 ? TimexForm::Tense::Past : TimexForm::Tense::Future;
    // The clause first (up to , ; : or a dash), then the whole sentence.
    const auto isClauseEnd = [&](int k) {
        const QStringView v = view(k);
        return tok(k).kind != Token::Word && tok(k).kind != Token::Number && v.size() == 1
            && (v.front() == QLatin1Char(',') || v.front() == QLatin1Char(';') || v.front() == QLatin1Char(':') || v.front() == QChar(0x2014));
    };
    // Only a window around the expression is read: scanning the whole sentence for every
    // candidate was quadratic on run-on text (a million capitalised words did not finish).
    constexpr int kTenseWindow = 40;
    const int lo = qMax(sb, begin - kTenseWindow);
    const int hi = qMin(se, end + kTenseWindow);
    int cb = begin, ce = end;
    while (cb > lo && !isClauseEnd(cb - 1))
        --cb;
    while (ce < hi && !isClauseEnd(ce))
        ++ce;
    int best = 0;
    for (const auto &range : {std::make_pair(cb, ce), std::make_pair(lo, hi)}) {
        int bestDistance = 1 << 30;
        for (int k = range.first; k < range.second; ++k) {
            if (k >= begin && k < end)
                continue;
            // The verb usually comes before its time: a cue after the expression counts double.
            const int distance = k < begin ? begin - k : 2 * (k - end + 1);
            if (distance >= bestDistance)
                continue;
            const Entry *e = at(k);
            const QStringView v = view(k);
            int tense = e ? e->tense : 0;
            // Only an 'l' or 'L' folds to 'l': test it before Qt's case-insensitive compare.
            if (tense == 0 && v.size() >= 3 && (v.back() == QLatin1Char('l') || v.back() == QLatin1Char('L'))
                && v.endsWith(QLatin1String("'ll"), Qt::CaseInsensitive))
                tense = 1;
            // A regular past form ("closed", "rallied") is a cue of its own.
            if (tense == 0 && !e && tok(k).kind == Token::Word && v.size() >= 5 && v.endsWith(QLatin1String("ed")))
                tense = -1;
            if (tense != 0) {
                bestDistance = distance;
                best = tense;
            }
        }
        if (best != 0)
            break;
    }
    return best == -1 ? TimexForm::Tense::Past : best == 1 ? TimexForm::Tense::Future : TimexForm::Tense::Unknown;
}


} // namespace Byline
