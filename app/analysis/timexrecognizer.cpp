// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexrecognizer.h"

#include "analysiscontext.h"
#include "timexnormalizer.h"
#include "timexorder.h"
#include "timexrules_p.h"
#include "timexscan_p.h"

#include <QVector>

namespace Byline {

namespace {

using Entry = TimexLexicon::Entry;

// Inline: asked of every token of every sentence.
Q_ALWAYS_INLINE bool opens(const AnalysisContext &context, const TimexLexicon &lexicon, const Token &t, const Entry *e)
{
    if (e)
        return e->opener;
    const QChar c = context.text.at(t.span.start);
    if (t.kind == Token::Word && t.span.length() > 4 && c.isLetter()) {
        // "five-year", "first-quarter", "mid-2021", "FY2022"
        const QStringView v = QStringView(context.text).mid(t.span.start, t.span.length());
        if (v.size() == 6 && v[0] == QLatin1Char('F') && v[1] == QLatin1Char('Y')) // six-letter words are common: no Qt compare
            return true;
        const int dash = int(TimexScan::indexOfChar(v, u'-'));
        if (dash > 0) {
            if (v.left(dash).compare(QLatin1String("mid"), Qt::CaseInsensitive) == 0)
                return true;
            const Entry *n = lexicon.lookup(v.left(dash));
            return n && (n->number > 0 || n->ordinal > 0);
        }
        return false;
    }
    // An apostrophe opens only alone ("'82", "the '90s"); "'s" can start no rule.
    if (c.isDigit() || (TimexLexicon::fold(c) == QLatin1Char('\'') && t.span.length() == 1))
        return true;
    // "Q3", "H1"
    return t.span.length() == 2 && (c == QLatin1Char('Q') || c == QLatin1Char('H')) && context.text.at(t.span.start + 1).isDigit();
}


} // namespace

TimexRecognizer::TimexRecognizer(const Resources &resources)
    : m_lexicon(resources)
    , m_anchor(m_lexicon)
{
}

void TimexRecognizer::annotate(AnalysisContext &context) const
{
    const QList<Token> &tokens = context.tokens;
    QVector<const Entry *> entries(tokens.size(), nullptr);
    const Entry **entry = entries.data();
    for (const Token &t : tokens) {
        if (t.kind == Token::Word || t.kind == Token::Symbol || t.kind == Token::Punctuation)
            *entry = m_lexicon.lookup(QStringView(context.text.constData() + t.span.start, t.span.length()));
        ++entry;
    }

    TimexScan scan(context, m_lexicon, entries);
    const TimexRules rules(scan);
    struct Found
    {
        TimexRules::Match match;
        TimexEventAnchor::SentenceTokens sentence;
    };
    QList<Found> found;
    TimexRules::Match m; // reused: matchAt() reads only begin and end of what it is given
    int cursor = 0;
    for (int si = 0; si < context.sentences.size(); ++si) {
        const Span sentence = context.sentences.at(si);
        if (context.isBoilerplate(sentence.start))
            continue;
        scan.sb = context.tokenAt(sentence.start, cursor);
        scan.se = context.tokenAt(sentence.end, cursor);
        for (int i = scan.sb; i < scan.se;) {
            if (!opens(context, m_lexicon, tokens.at(i), entries.at(i))) {
                ++i;
                continue;
            }
            m.begin = m.end = -1;
            if (rules.matchAt(i, m)) {
                i = m.end;
                found.append(Found{std::move(m), {si, scan.sb, scan.se}});
            } else {
                ++i;
            }
        }
    }

    TimexNormalizer normalizer(context.dct);
    QList<TimeExpression> timeline;
    timeline.reserve(found.size());
    QList<TimexOrder::Interval> intervals; // each value parsed once, by the normalizer
    intervals.reserve(found.size());
    for (const Found &f : found) {
        const TimexForm &form = f.match.form;
        const TimexNormalizer::Result r = normalizer.normalize(form, f.sentence.sentence);
        TimeExpression t;
        t.id = QLatin1Char('t') + QString::number(timeline.size() + 1);
        t.span = Span(tokens.at(f.match.begin).span.start, tokens.at(f.match.end - 1).span.end);
        t.type = r.type;
        t.value = r.value;
        t.mod = r.mod;
        t.resolution = r.resolution;
        t.event = m_anchor.anchor(context, f.match.begin, f.match.end - 1, &entries, f.sentence);
        t.rule = form.rule;
        timeline.append(std::move(t));
        intervals.append(r.hasInterval ? r.interval : TimexOrder::Interval());
    }
    TimexOrder::sort(timeline, intervals);
    context.result.timeline = timeline;
}

} // namespace Byline
