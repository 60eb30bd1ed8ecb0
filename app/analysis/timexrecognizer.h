// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"
#include "timexeventanchor.h"
#include "timexlexicon.h"

namespace Byline {

struct Token;

/**
 * Time expressions (TIMEX3) with their TimeML values and the events they date
 * (reads: Tokens, Sentences; writes: Timex, i.e. AnalysisResult::timeline).
 *
 * A rule-based recogniser in the manner of HeidelTime: it looks at the tokens of each
 * sentence and keeps the longest expression starting at a token, then TimexNormalizer
 * resolves it against AnalysisContext::dct and the dates mentioned before it, and
 * TimexEventAnchor finds the clause it dates. Every expression records its rule
 * ("month-day-year", "relative-unit", "phrase", …).
 *
 * Recognised: absolute dates ("September 25, 2015", "Sept. 25", "25 September 2015",
 * "9/25/2015", "2015-09-25", "October 1982", "in July", "in 2015", "'82", "the 1990s",
 * "the 19th century", "fiscal 2022" → FY2022, "the third quarter of 2009", "Q3 2021",
 * "the second half of 2021", "summer 2021", fixed-date holidays); dates relative to the
 * publication date ("today", "this week", "next month", "last year", "two years ago",
 * "Monday" by the tense of its sentence, "last September", "the fourth quarter", "earlier
 * this year"); relative to the previous date ("the following day", "that year", "weeks
 * later", "two days later"); durations ("three years", "five-year", "for months", "the
 * past nine days", "over a decade"); sets ("every year", "weekly", "each Monday"); clock
 * times ("15:00", "3 p.m.", "16:08 UTC", "0800 GMT") on the date of their sentence or the
 * DCT; present/past/future references ("now", "currently", "as of press writing",
 * "recently", "the near future"); modifiers ("early", "late", "about", "over", "as early
 * as") as TIMEX3 mod.
 *
 * Not covered: movable holidays (Easter, Thanksgiving), numeric dates without a year
 * ("9/25"), day-first numeric dates unless the day is > 12, ranges as one expression
 * ("1990-95"), time zones other than UTC/GMT, fiscal quarters, ages ("56-year-old"),
 * expressions in boilerplate blocks.
 *
 * Cap: the tense that places "Monday" or "March" before or after the publication date is read
 * from the nearest tense cue within 40 tokens of the expression, not the whole sentence, so
 * run-on text stays linear; a cue further away in a very long sentence is not seen.
 *
 * Order: AnalysisResult::timeline is written in timeline order (TimexOrder), ids t1, t2, …
 * follow text order. Data: resources/analysis/timex/ (TimexLexicon). The rules live in
 * TimexRules over a TimexScan of each sentence (private). Linear in the text: one lexicon
 * lookup per token, rules only at tokens that can open an expression. Thread-safe.
 */
class TimexRecognizer : public Annotator
{
public:
    explicit TimexRecognizer(const Resources &resources);

    QString name() const override { return QStringLiteral("timex"); }
    Layers requires() const override { return Layer::Tokens | Layer::Sentences; }
    Layers produces() const override { return Layer::Timex; }
    void annotate(AnalysisContext &context) const override;

private:
    TimexLexicon m_lexicon;
    TimexEventAnchor m_anchor;
};

} // namespace Byline
