// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexrecognizer.h"

#include "analysiscontext.h"
#include "timexnormalizer.h"
#include "timexorder.h"
#include "timexrules_p.h"
#include "timexscan_p.h"

#include <QVector>

#include <algorithm>

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


/**
 * AnalysisContext::tokenAt(pos, cursor) without walking every token of a sentence: the first token
 * from `from` on that ends after pos, found by galloping and bisecting (tokens are ordered by end);
 * from 0 when a token before `from` ends after pos.
 */
int tokenAfter(const QList<Token> &tokens, int from, int pos)
{
    const int n = int(tokens.size());
    if (from < 0 || from > n || (from > 0 && tokens.at(from - 1).span.end > pos))
        from = 0;
    int lo = from; // every token before lo ends at or before pos
    int hi = from; // tokens[hi] ends after pos, or hi == n
    for (int step = 1; hi < n && tokens.at(hi).span.end <= pos; step *= 2) {
        lo = hi + 1;
        hi = qMin(n, lo + step);
    }
    return int(std::upper_bound(tokens.cbegin() + lo, tokens.cbegin() + hi, pos, [](int p, const Token &t) { return p < t.span.end; })
               - tokens.cbegin());
}

/** "t" + n, the id of the n-th expression, without QString::number(). */
QString timexId(int n)
{
    char16_t text[12];
    int k = 12;
    do {
        text[--k] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    text[--k] = u't';
    return QString(reinterpret_cast<const QChar *>(text + k), 12 - k);
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
        scan.sb = tokenAfter(tokens, cursor, sentence.start);
        scan.se = cursor = tokenAfter(tokens, scan.sb, sentence.end);
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
        t.id = timexId(int(timeline.size()) + 1);
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
