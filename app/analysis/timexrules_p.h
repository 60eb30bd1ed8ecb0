// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timexform.h"

namespace Byline {

class TimexScan;

/**
 * The recognition rules of TimexRecognizer (private to it): each rule tries to match at a
 * token and keeps the longest expression it finds as a TimexForm with the rule's name. Which
 * rules run at a token depends on what the token is (core() dispatches), so most tokens cost
 * one lexicon lookup. Stateless apart from the scan it reads; cheap to construct.
 */
class TimexRules
{
public:
    /** Tokens [begin, end) of a sentence and what they say. */
    struct Match
    {
        int begin = -1;
        int end = -1; ///< exclusive token index
        TimexForm form;
    };

    explicit TimexRules(const TimexScan &scan) : s(scan) { }

    /** The longest expression starting at token i (with a modifier before it: "as early as next week"), if any. */
    bool matchAt(int i, Match &best) const;

private:
    /** The longest expression starting at token i without a modifier, kept in best (empty on entry); whether there is one. */
    bool core(int i, Match &best) const;
    /**
     * Whether token j, after a "the", may continue one of the rules that read "the" (all but
     * phrase()): false only where each of them fails, so core() need not try them ("the" is a
     * third of the tokens that open no expression). Keep it in step with decadeCentury(),
     * quarterHalf(), season(), relative() and counted().
     */
    bool mayFollowThe(int j) const;
    bool phrase(int i, Match &m) const;
    bool monthFirst(int i, Match &m) const;
    bool dayFirst(int i, Match &m) const;
    bool numeric(int i, Match &m) const;
    bool yearForms(int i, Match &m) const;
    bool decadeCentury(int i, Match &m) const;
    bool quarterHalf(int i, Match &m) const;
    bool season(int i, Match &m) const;
    bool mid(int i, Match &m) const;
    bool relative(int i, Match &m) const;
    bool weekday(int i, Match &m) const;
    bool counted(int i, Match &m) const;
    bool set(int i, Match &m) const;
    bool clock(int i, Match &m) const;

    /** A count at i: digits, a number word, "a few", "a couple of"; value (when not nullptr) "X" when vague. Returns tokens used. */
    int count(int i, QString *value) const;
    /** Unit of a hyphenated compound at i ("five-year", "12-year", "single-day"); tokens used or 0. */
    int compound(int i, QString *countValue, QString *unit) const;

    static void keep(Match &best, int begin, int end, const TimexForm &form)
    {
        if (end - begin > best.end - best.begin) {
            best.begin = begin;
            best.end = end;
            best.form = form;
        }
    }

    const TimexScan &s;
};

} // namespace Byline
